package rules

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in          string
		spaceGroups bool
		shape       numberShape
		group, dec  rune
		int_, frac  string // integer groups joined by '|'
	}{
		{"1.200", false, shapeAmbiguous, '.', '.', "1", "200"},
		{"8,400", false, shapeAmbiguous, ',', ',', "8", "400"},
		{"200,000", false, shapeAmbiguous, ',', ',', "200", "000"},
		{"1.200.000", false, shapeGrouped, '.', 0, "1|200|000", ""},
		{"1,200,000", false, shapeGrouped, ',', 0, "1|200|000", ""},
		{"3,5", false, shapeDecimal, 0, ',', "3", "5"},
		{"7.50", false, shapeDecimal, 0, '.', "7", "50"},
		{"0.500", false, shapeDecimal, 0, '.', "0", "500"},
		{"1234.567", false, shapeDecimal, 0, '.', "1234", "567"},
		{"1,234.56", false, shapeGroupedDecimal, ',', '.', "1|234", "56"},
		{"1.234,56", false, shapeGroupedDecimal, '.', ',', "1|234", "56"},
		{"12.345.678,9", false, shapeGroupedDecimal, '.', ',', "12|345|678", "9"},
		{"1 200", true, shapeGrouped, ' ', 0, "1|200", ""},
		{"1\u00a0200\u00a0000", true, shapeGrouped, ' ', 0, "1|200|000", ""},
		{"1\u202f234,5", true, shapeGroupedDecimal, ' ', ',', "1|234", "5"},
		{"42", false, shapePlain, 0, 0, "42", ""},
		// Not numbers of any locale.
		{"12.03.2024", false, shapeInvalid, 0, 0, "", ""},
		{"3.12.", false, shapeDecimal, 0, '.', "3", "12"},
		{"192.168.1.10", false, shapeInvalid, 0, 0, "", ""},
		{"10.100.200.100", false, shapeInvalid, 0, 0, "", ""},
		{"1,00,000", false, shapeInvalid, 0, 0, "", ""},
		{"007.500", false, shapeInvalid, 0, 0, "", ""},
		{"1.2.300", false, shapeInvalid, 0, 0, "", ""},
		{"1,234,56", false, shapeInvalid, 0, 0, "", ""},
		{"1.234,567.8", false, shapeInvalid, 0, 0, "", ""},
	} {
		tok := scanNumber(tc.in, 0, tc.spaceGroups)
		form := parseNumber(tok.Groups, tok.Seps)
		if form.Shape != tc.shape {
			t.Errorf("%q: shape %v, want %v", tc.in, form.Shape, tc.shape)
			continue
		}
		if tc.shape == shapeInvalid {
			continue
		}
		if form.Group != tc.group || form.Decimal != tc.dec ||
			strings.Join(form.Int, "|") != tc.int_ || form.Frac != tc.frac {
			t.Errorf("%q: got group %q decimal %q int %q frac %q, want %q %q %q %q",
				tc.in, form.Group, form.Decimal, strings.Join(form.Int, "|"), form.Frac, tc.group, tc.dec, tc.int_, tc.frac)
		}
	}
}

func TestScanNumberStops(t *testing.T) {
	for _, tc := range []struct {
		in          string
		spaceGroups bool
		want        string
	}{
		{"1.200 residents", false, "1.200"},
		{"1 200 habitants", false, "1"},
		{"1 200 habitants", true, "1 200"},
		{"en 2023 150 personnes", true, "2023"},
		{"1 200,5 km", true, "1 200,5"},
		{"3.12. Dezember", false, "3.12"},
		{"4,000, and", false, "4,000"},
		{"12 34 56", true, "12"},
	} {
		i := strings.IndexAny(tc.in, "0123456789")
		tok := scanNumber(tc.in, i, tc.spaceGroups)
		if got := tc.in[tok.Start:tok.End]; got != tc.want {
			t.Errorf("%q: scanned %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFindNumberFormat(t *testing.T) {
	const nbsp = "\u00a0"
	for _, tc := range []struct {
		lang, text string
		want       string // the reported text, "" for none
		sev        checker.Severity
		sugg       string
	}{
		// English.
		{"en", "About 1.200 residents left.", "1.200", checker.Warning, "1,200"},
		{"en", "It sent 8.400 troops.", "8.400", checker.Warning, "8,400"},
		{"en", "around 1.200 NATO soldiers", "1.200", checker.Warning, "1,200"},
		{"en", "some 1.200 new homes", "1.200", checker.Warning, "1,200"},
		{"en", "about 1.200 pensioners", "1.200", checker.Warning, "1,200"},
		{"en", "a city of 1.200.000", "1.200.000", checker.Warning, "1,200,000"},
		{"en", "It grew 3,5 percent.", "3,5", checker.Warning, "3.5"},
		{"en", "It grew 3,5 per cent.", "3,5", checker.Warning, "3.5"},
		{"en", "It grew 3,5%.", "3,5", checker.Warning, "3.5"},
		{"en", "a wall 7,80 meters high", "7,80", checker.Warning, "7.80"},
		{"en", "a 2,5 million deficit", "2,5", checker.Warning, "2.5"},
		{"en", "cost €3,50 each", "3,50", checker.Warning, "3.50"},
		{"en", "a 3,5km walk", "3,5", checker.Warning, "3.5"},
		{"en", "worth 1.234,56 euros", "1.234,56", checker.Warning, "1,234.56"},
		{"en", "around 7.50 p.m. on Wednesday", "7.50 p.m.", checker.Warning, "7:50 p.m."},
		{"en", "at 10.15 a.m.", "10.15 a.m.", checker.Warning, "10:15 a.m."},
		{"en", "a 1.500 km border", "1.500", checker.Info, "check the source: 1,500 or 1.5"},
		{"en", "There are 4,000 soldiers.", "", 0, ""},
		{"en", "some 200,000 men", "", 0, ""},
		{"en", "between 1,200–1,500 people", "", 0, ""},
		{"en", "at 7.50pm on Friday", "", 0, ""},
		{"en", "at 7.50 pm on Friday", "", 0, ""},
		{"en", "at 7:50 p.m. on Friday", "", 0, ""},
		{"en", "rates of 4.375 percent", "", 0, ""},
		{"en", "a 2.125 million budget", "", 0, ""},
		{"en", "in version 1.200 of the app", "", 0, ""},
		{"en", "update v1.2.300 today", "", 0, ""},
		{"en", "server 10.100.200.100 responded", "", 0, ""},
		{"en", "on 12.03.2024 the court", "", 0, ""},
		{"en", "Belgian F-16 jets and S-400 systems", "", 0, ""},
		{"en", "ISBN 978-3-16-148410-0", "", 0, ""},
		{"en", "call 555.123.4567 now", "", 0, ""},
		{"en", "a 0.500 ratio", "", 0, ""},
		{"en", "won 3,1 in the final", "", 0, ""},
		{"en", "chapters 3,5 and 7", "", 0, ""},
		{"en", "John 3,16 says", "", 0, ""},
		{"en", "it rose to 1.200 in May", "", 0, ""},
		{"en", "a total of 1.200 was paid", "", 0, ""},
		{"en", "$1.859 a gallon", "", 0, ""},
		{"en", "Article 3,5 percent", "", 0, ""},
		{"en", "the 1990s", "", 0, ""},
		{"en", "a flat for £7.50 p.m. plus bills", "", 0, ""},
		{"en", "she scored 14.533 points on the beam", "", 0, ""},
		{"en", "between 2.000 and 3.000 people", "3.000", checker.Warning, "3,000"},
		{"en", "1.200 volts", "1.200", checker.Info, "check the source: 1,200 or 1.2"},
		// German.
		{"de", "Die USA versetzten 8,400 Soldaten in Bereitschaft.", "8,400", checker.Warning, "8.400"},
		{"de", "rund 8,400 amerikanische Soldaten", "8,400", checker.Warning, "8.400"},
		{"de", "rund 8,400 US-Soldaten", "8,400", checker.Warning, "8.400"},
		{"de", "Die Wirtschaft wuchs um 3.5 Prozent.", "3.5", checker.Warning, "3,5"},
		{"de", "ein Defizit von 2.5 Mio. Euro", "2.5", checker.Warning, "2,5"},
		{"de", "eine Stadt mit 1,200,000 Einwohnern", "1,200,000", checker.Warning, "1.200.000"},
		{"de", "Es kostet 1,234.56 Euro.", "1,234.56", checker.Warning, "1.234,56"},
		{"de", "Rund 8.400 Soldaten und 1.200 Panzer", "", 0, ""},
		{"de", "Die Wirtschaft wuchs um 3,5 Prozent.", "", 0, ""},
		{"de", "um 19.50 Uhr am Mittwoch", "", 0, ""},
		{"de", "am 3.12. in Berlin", "", 0, ""},
		{"de", "Der Liter kostet 1,859 Euro.", "", 0, ""},
		{"de", "eine 1,200 km lange Grenze", "1,200", checker.Info, "check the source: 1.200 or 1,2"},
		{"de", "ein Plus von 1,375 Prozent", "", 0, ""},
		// French and the space-grouping locales.
		{"fr", "La ville compte 1,200 habitants.", "1,200", checker.Warning, "1" + nbsp + "200"},
		{"fr", "une hausse de 3.5 %", "3.5", checker.Warning, "3,5"},
		{"fr", "1.200 habitants", "1.200", checker.Info, "1" + nbsp + "200"},
		{"fr", "La ville compte 1 200 habitants.", "", 0, ""},
		{"fr", "La ville compte 1\u202f200 habitants et 3,5 % de chômeurs.", "", 0, ""},
		{"fr", "à 19 h 30, 1 234,5 km", "", 0, ""},
		{"pl", "miasto liczy 1,200 mieszkańców", "1,200", checker.Warning, "1" + nbsp + "200"},
		{"pl", "wzrost o 2,5 proc.", "", 0, ""},
		{"ru", "в городе 1,200 жителей", "1,200", checker.Warning, "1" + nbsp + "200"},
		{"ru", "рост на 3.5 процента", "3.5", checker.Warning, "3,5"},
		{"ru", "в городе 1 200 жителей", "", 0, ""},
		{"uk", "у місті 1,200 мешканців", "1,200", checker.Warning, "1" + nbsp + "200"},
		// Not judged.
		{"es", "unos 1.200 habitantes y 3,5 por ciento", "", 0, ""},
		{"", "about 1.200 residents", "", 0, ""},
	} {
		loc := textdoc.LocaleFor(tc.lang)
		var fs []numberFinding
		if !loc.NumbersAmbiguous {
			fs = findNumberFormat(tc.text, loc, numberLexiconFor(loc.Lang))
		}
		if tc.want == "" {
			if len(fs) != 0 {
				t.Errorf("%s %q: got %+v, want nothing", tc.lang, tc.text, fs)
			}
			continue
		}
		if len(fs) != 1 {
			t.Errorf("%s %q: got %d findings %+v, want 1", tc.lang, tc.text, len(fs), fs)
			continue
		}
		f := fs[0]
		if got := tc.text[f.Start:f.End]; got != tc.want || f.sev != tc.sev || f.Suggestion != tc.sugg {
			t.Errorf("%s %q: got %q %v %q (%s), want %q %v %q", tc.lang, tc.text, got, f.sev, f.Suggestion, f.Message, tc.want, tc.sev, tc.sugg)
		}
	}
}

func TestNumberLexiconsLoad(t *testing.T) {
	for _, lang := range []string{"en", "de", "fr", "it", "pt", "nl", "pl", "ru", "uk"} {
		lex := numberLexiconFor(lang)
		counts := map[wordClass]int{}
		for _, e := range lex.entries {
			counts[e.class]++
		}
		if counts[wordUnit] == 0 || counts[wordScale] == 0 || counts[wordCount] < 20 {
			t.Errorf("%s: thin lexicon: %v", lang, counts)
		}
	}
}

// TestNumberLexiconsParse loads every language's number lexicon: they are
// parsed on first use, so a broken file would otherwise fail only in a run
// on text of its language.
func TestNumberLexiconsParse(t *testing.T) {
	files, err := numberData.ReadDir("data/numbers")
	if err != nil || len(files) == 0 {
		t.Fatalf("no number lexicons: %v", err)
	}
	for _, fi := range files {
		lang := strings.TrimSuffix(fi.Name(), ".txt")
		if lex := numberLexiconFor(lang); lex.lang != lang || len(lex.entries) == 0 {
			t.Errorf("%s: lexicon of %q with %d entries", fi.Name(), lex.lang, len(lex.entries))
		}
	}
	if lex := numberLexiconFor("xx"); len(lex.entries) != 0 || !lex.before["version"] {
		t.Errorf("a language without data gets %d entries", len(lex.entries))
	}
}
