package rules

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// TestNumberDiff compares numbers of a source and a target the way
// number-mismatch does; missing and extra list the text of the numbers that
// should be left over.
func TestNumberDiff(t *testing.T) {
	tests := []struct {
		srcLang, src, tgtLang, tgt string
		missing, extra             []string
	}{
		{"de", "8.400 Soldaten", "en", "8,400 troops", nil, nil},
		{"de", "8.400 Soldaten", "en", "8,500 troops", []string{"8.400"}, []string{"8,500"}},
		{"de", "3,5 Prozent", "en", "3.5 percent", nil, nil},
		{"de", "3,5 Prozent", "en", "35 percent", []string{"3,5"}, []string{"35"}},
		{"en", "1,200 people", "fr", "1\u00a0200 personnes", nil, nil},
		{"en", "1,200 people", "fr", "1\u202f200 personnes", nil, nil},
		{"fr", "2\u00a0500,75 euros", "en", "2,500.75 euros", nil, nil},
		{"de", "1,2 Millionen Euro", "en", "1.2 million euros", nil, nil},
		{"en", "1.2 million euros", "de", "1.200.000 Euro", nil, nil},
		{"de", "drei Tage", "en", "3 days", nil, nil},
		{"en", "3 days", "de", "drei Tage", nil, nil},
		{"en", "five of 12 ministers", "ru", "пять из двенадцати министров", nil, nil},
		{"de", "am 3. Juni", "en", "on June 3rd", nil, nil},
		{"de", "am 12.03.2024", "en", "on March 12, 2024", nil, nil},
		{"de", "am 12.03.2024", "en", "on 12/03/2024", nil, nil},
		{"de", "am 12.03.", "en", "on 12 March", nil, nil},
		{"de", "am 12.03.2024", "en", "on March 13, 2024", []string{"12"}, []string{"13"}},
		{"de", "um 14 Uhr", "en", "at 2 p.m.", nil, nil},
		{"de", "um 14 Uhr", "en", "at 14:00", nil, nil},
		{"de", "um 7.50 Uhr", "en", "at 7:50", nil, nil},
		{"fr", "à 14 h 30", "en", "at 2:30 p.m.", nil, nil},
		{"fr", "à 14h30", "en", "at 2.30 p.m.", nil, nil},
		{"de", "um 14 Uhr", "en", "at 3 p.m.", []string{"14 Uhr"}, []string{"3 p.m."}},
		{"de", "10 bis 12 Prozent", "en", "10-12 percent", nil, nil},
		{"de", "Kampfjets vom Typ F-16 und S-400", "en", "F-16 jets and S-400 systems", nil, nil},
		{"de", "Kampfjets vom Typ F-16", "en", "F-35 jets", nil, nil},
		{"en", "the G7 and 5G", "de", "die G7 und 5G", nil, nil},
		{"en", "{0} files in 2024", "de", "{1} Dateien 2024", nil, nil},
		{"en", "see https://example.com/2024/07", "de", "siehe https://example.com/2023/07", nil, nil},
		{"en", "in 2024", "de", "2025", []string{"2024"}, []string{"2025"}},
		{"en", "in 2024 and 2025", "de", "2024", []string{"2025"}, nil},
		{"zh", "2024年3月12日", "en", "March 12, 2024", nil, nil},
		{"en", "30,000 people", "zh", "3万人", nil, nil},
		{"en", "the 1990s", "de", "der 1990er Jahre", nil, nil},
		{"de", "192.168.0.1", "en", "192.168.0.1", nil, nil},
		{"de", "der 32-Jährige", "en", "the 32-year-old", nil, nil},
		{"de", "Temperaturen von -5 Grad", "en", "temperatures of minus 5 degrees", nil, nil},
		{"de", "im Jahr '24", "en", "in 2024", nil, nil},
		{"", "1 200 visiteurs", "en", "1,200 visitors", nil, nil},
		{"zh", "九二共识", "en", "the 1992 consensus", nil, nil},
		{"en", "around 10 miles downstream", "de", "etwa 16 Kilometer flussabwärts", nil, nil},
		{"en", "a 1,000-foot tower", "de", "ein 300 Meter hoher Turm", nil, nil},
		{"en", "around 10 miles downstream", "de", "etwa 26 Kilometer flussabwärts", []string{"10"}, []string{"26"}},
		{"zh", "尚有500余万的缺口", "en", "a gap of more than 5 million", nil, nil},
		{"zh", "火星17飞弹", "en", "a Hwasong-17 missile", nil, nil},
		{"zh", "党的二十大", "en", "the 20th party congress", nil, nil},
		{"zh", "蒸发千亿美元", "en", "lost $100 billion", nil, nil},
		{"zh", "140亿年", "en", "fourteen billion years", nil, nil},
		{"zh", "138亿至143亿新元", "en", "13.8 to 14.3 billion dollars", nil, nil},
		{"zh", "出口315.1亿美元", "en", "exports of 31.1 billion dollars", []string{"315.1"}, []string{"31.1"}},
		{"", "en 2023 150 personnes", "en", "150 people in 2023", nil, nil},
	}
	for _, tt := range tests {
		src := extractNumbers(maskMarkup(tt.src), textdoc.LocaleFor(tt.srcLang))
		tgt := extractNumbers(maskMarkup(tt.tgt), textdoc.LocaleFor(tt.tgtLang))
		missing, extra := numberDiff(src, tgt)
		if got := tokenTexts(tt.src, missing); !equalStrings(got, tt.missing) {
			t.Errorf("%s %q -> %s %q: missing %q, want %q", tt.srcLang, tt.src, tt.tgtLang, tt.tgt, got, tt.missing)
		}
		if got := tokenTexts(tt.tgt, extra); !equalStrings(got, tt.extra) {
			t.Errorf("%s %q -> %s %q: extra %q, want %q", tt.srcLang, tt.src, tt.tgtLang, tt.tgt, got, tt.extra)
		}
	}
}

func tokenTexts(text string, toks []numToken) []string {
	var out []string
	for _, t := range toks {
		out = append(out, text[t.Span.Start:t.Span.End])
	}
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestNumberWords(t *testing.T) {
	tests := []struct {
		lang, word string
		want       float64
		ok         bool
	}{
		{"de", "zwölf", 12, true},
		{"de", "zweiten", 2, true},
		{"de", "Dutzende", 12, true},
		{"ru", "двенадцати", 12, true},
		{"ru", "марта", 3, true},
		{"uk", "п’ять", 5, true},
		{"fr", "douze", 12, true},
		{"en", "Twelve", 12, true},
		{"en", "house", 0, false},
		{"de", "zehnfachen", 10, true},
		{"de", "sechzehnten", 16, true},
		{"de", "zehnmal", 10, true},
		{"xx", "one", 0, false},
	}
	for _, tt := range tests {
		v, ok := numberWordsFor(tt.lang).value(tt.word)
		if ok != tt.ok || ok && v != tt.want {
			t.Errorf("%s %q: got %v %v, want %v %v", tt.lang, tt.word, v, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatFor(t *testing.T) {
	src := extractNumbers("8.400 und 1.250.000 und 3,5", textdoc.LocaleFor("de"))
	want := []string{"8,400", "1,250,000", "3.5"}
	for i, tok := range src.Tokens {
		if got := formatFor(tok, textdoc.LocaleFor("en")); got != want[i] {
			t.Errorf("token %d: got %q, want %q", i, got, want[i])
		}
	}
}

// TestFindCodesMatchesPattern compares findCodes with the regular
// expression it reads by hand, on codes and their near misses and on random
// strings of the characters that matter.
func TestFindCodesMatchesPattern(t *testing.T) {
	re := regexp.MustCompile(`\b([A-Za-z][A-Za-z]*?)[-‐‑]?(\d+)\b`)
	check := func(s string) {
		t.Helper()
		var want [][]int
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, []int{m[0], m[3], m[4], m[5]})
		}
		var got [][]int
		for _, m := range findCodes(s) {
			got = append(got, []int{m.start, m.lettersEnd, m.digitsStart, m.end})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findCodes(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"UTF-8", "ISBN-10 or ISBN-13", "OAuth1", "MP3 and mp4", "abc12x", "a_1 b1_ c‐2 d‑3 e–4",
		"x-", "-5", "é1 A1é", "x12y3", "3D", "IPv6.", "", "a", "Q‐", "A-‐1", "_a1", "9a1", "a1b2 c3"} {
		check(s)
	}
	alphabet := []string{"a", "Z", "1", "0", "_", "-", "‐", "‑", " ", "é", ".", "x"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		check(randomText(r, alphabet, 10))
	}
}

func TestLocalisedCallingCode(t *testing.T) {
	const src = "Enter your number with the country code (e.g. +1 for the US)."
	for target, want := range map[string]bool{
		"Mit Ländervorwahl (z. B. +49 für Deutschland).":      true,
		"Mit Ländervorwahl (z. B. +40 für Deutschland).":      false,
		"Avec l'indicatif (par exemple, +33 pour la France).": true,
		"Avec l'indicatif (par exemple, +34 pour la France).": false,
		"Con el prefijo (ej. +34 para ES).":                   true,
		"Con el prefijo (ej. +35 para ES).":                   false,
		"С кодом страны (например, +7 для России).":           true,
		"С кодом страны (например, +8 для России).":           false,
		"国番号を付けて入力 (例: 日本は +81)。":                             true,
		"国番号を付けて入力 (例: 日本は +82)。":                             false,
		"Mit Ländervorwahl (z. B. +43).":                      true,  // no country named: taken as adapted
		"Mit Ländervorwahl (z. B. +1 für die USA).":           false, // the same code: compared as numbers
	} {
		if got := localisedCallingCode(src, target); got != want {
			t.Errorf("%q: got %v, want %v", target, got, want)
		}
	}
}
