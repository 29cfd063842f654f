package rules

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/furniture"
	"github.com/mtlint/mtlint/rules/internal/quotes"
)

func TestShareBar(t *testing.T) {
	set, err := furniture.BoilerplatePhrases()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"FacebookXTelegramWhatsApp", true},
		{"Facebook Twitter E-Mail", true},
		{"Share | Facebook | Print", true},
		{"FacebookXVKontakteTelegramWhatsAppViber", true},
		{"Facebook", false},           // one word may be a heading
		{"Share Print E-Mail", false}, // no network
		{"Facebook and Instagram", false},
		{"Facebookx", false}, // a one-letter name must be a capital
		{"The mayor posted on Facebook.", false},
	} {
		if got := set.ShareBar(tc.line); got != tc.want {
			t.Errorf("shareBar(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestFurnitureShapes(t *testing.T) {
	set, err := furniture.BoilerplatePhrases()
	if err != nil {
		t.Fatal(err)
	}
	en := textdoc.LocaleFor("en")
	for _, tc := range []struct {
		line  string
		title bool
		want  string // the reported text, "" for none
	}{
		{"Home » World » News from the harbour", false, "Home » World »"},
		{"Home » World » Europe", false, "Home » World » Europe"},
		{"Home / Away record of the club", false, ""},
		{"VIDEO OF THE DAY At this point the ferry left.", false, "VIDEO OF THE DAY"},
		{"VIDEO OF THE DAY", false, ""}, // a whole-line phrase: the phrase lists' job
		{"Video of the day at the harbour was popular.", false, ""},
		{"1 Apr 2022 3:57 p.m According to the police the road is closed.", false, "1 Apr 2022 3:57 p.m"},
		{"1 April 2022 was a quiet day at the harbour.", false, ""},
		{"April 1, 2022, 15:57: According to the police the road is closed.", false, ""},
		{"The mayor opened the pier on Monday. Photo: dpa", false, "Photo: dpa"},
		{"The mayor opened the pier. Source: the council said the count was final.", false, ""},
		{"The chart shows arrivals by month. Source: \"Harbour Report 2022\"", false, ""},
		{"Claudia Roth on art and politics – Culture", true, "– Culture"},
		{"Claudia Roth on art and politics – Culture", false, ""},
		{"Art – the new culture", true, ""},
	} {
		toks := furniture.FurnitureTokens(tc.line, nil)
		words := len(strings.Fields(tc.line))
		m, ok := set.Shape(tc.line, toks, words, furniture.ShapeContext{Kind: textdoc.Paragraph, Title: tc.title, Loc: en})
		got := ""
		if ok {
			got = tc.line[m.Start:m.End]
		}
		if got != tc.want {
			t.Errorf("shape(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestWrongWayGuillemets(t *testing.T) {
	for _, tc := range []struct {
		text   string
		orient guillemetOrientation
		want   string // offsets of the reported marks, in runes, joined by ","
	}{
		{"«Tapene er enorme«, skrev hun.", guillemetsOut, "17"},
		{"Fabrikken ble ødelagt«Den daglige lederen", guillemetsOut, "21"},
		{"«Vi kommer», sa hun.", guillemetsOut, ""},
		{"Hun sa«Vi kommer» og gikk.", guillemetsOut, ""},
		{"Hjem » Nyheter » Innenriks", guillemetsOut, ""},
		{"»Les også", guillemetsOut, ""},
		{"Hun sa »nei« til planen.", guillemetsOut, "7"},
		{"Sie sagte «nein« zum Plan.", guillemetsEither, "15"},
		{"Sie sagte »nein« zum Plan.", guillemetsEither, ""},
		{"Sie sagte «nein» zum Plan.", guillemetsEither, ""},
		{"Sie sagte »nein» zum Plan.", guillemetsEither, "15"},
	} {
		var got []string
		for _, d := range wrongWayGuillemets(tc.text, nil, tc.orient, "X") {
			got = append(got, strconv.Itoa(len([]rune(tc.text[:d.off]))))
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("wrongWayGuillemets(%q) at %v, want %s", tc.text, got, tc.want)
		}
	}
}

func TestCommaQuotes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int // findings
	}{
		{"Merkel said: ,We must act'. It is serious.", 1},
		{",,Wir müssen handeln'', sagte sie.", 1},
		{"The options are a later ferry ,a second boat and no change.", 0},
		{"He said ,We will see, and left.", 0}, // no closing mark
		{"Prices rose in 2023 , 2024 and 2025.", 0},
	} {
		if got := len(commaQuotes(tc.text, nil)); got != tc.want {
			t.Errorf("commaQuotes(%q): %d findings, want %d", tc.text, got, tc.want)
		}
	}
}

func TestStraightQuotesPairByNeighbours(t *testing.T) {
	for _, tc := range []struct {
		text               string
		unclosed, unopened int
	}{
		// One stray opening mark does not shift the pairs after it.
		{`He called it "final. The union called it "a first step" and "a fair start".`, 1, 0},
		{`take it seriously!" Most people agreed. "I will always be grateful.`, 1, 1},
		{`"Yes," he said. "No," she said.`, 0, 0},
		{`She said: "We are ready. "The island is our home," the mayor added.`, 1, 0},
		{`A 12" vinyl and a "special" edition.`, 0, 0},
	} {
		qp := quotes.PairQuotes(tc.text, nil, quotes.DoubleQuoteStyles, false)
		if len(qp.Unclosed) != tc.unclosed || len(qp.Unopened) != tc.unopened {
			t.Errorf("pairQuotes(%q): %d unclosed, %d unopened; want %d, %d", tc.text, len(qp.Unclosed), len(qp.Unopened), tc.unclosed, tc.unopened)
		}
	}
}

func TestGermanTime(t *testing.T) {
	en := textdoc.LocaleFor("en")
	lex := numberLexiconFor("en")
	for _, tc := range []struct {
		text string
		want string // the reported text, "" for none
	}{
		{"17.12 at: Police closed the bridge.", "17.12 at:"},
		{"17.02 PM: The fire spread.", "17.02 PM"},
		{"at 17.00: The mayor spoke.", "17.00"},
		{"Update at 17.00: The mayor spoke.", "17.00"},
		{"The mayor spoke to reporters outside at 17.00: he was calm.", ""},
		{"The fire brigade came at 17.30 o'clock.", "17.30 o'clock"},
		{"The council meets at 17.00 on Tuesdays.", ""},
		{"The winning time was 17.12 seconds.", ""},
		{"Score: 17.12: a record.", ""},
		{"The ferry leaves at 5.30pm.", ""},
		{"It costs 1.500 euros.", "1.500"},
		{"Diesel cost 1.859 euros a litre.", ""},
		{"Heating oil cost 1.250 euros per litre.", ""},
	} {
		got := ""
		for _, f := range findNumberFormat(tc.text, en, lex) {
			got = tc.text[f.Start:f.End]
		}
		if got != tc.want {
			t.Errorf("findNumberFormat(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestCaptionMarkers(t *testing.T) {
	cm, err := loadCaptionMarkers()
	if err != nil {
		t.Fatal(err)
	}
	if len(cm.bracketed) < 30 {
		t.Errorf("%d bracketed markers, want at least 30", len(cm.bracketed))
	}
	for _, tc := range []struct {
		text  string
		words []string
		want  int
	}{
		{"V. l. n. r.: Anna", []string{"v.", "l.", "n.", "r."}, 11},
		{"v.l.n.r. Anna", []string{"v.", "l.", "n.", "r."}, 8},
		{"v.l.n.rx", []string{"v.", "l.", "n.", "r."}, -1},
	} {
		if got := matchLoose(tc.text, 0, tc.words); got != tc.want {
			t.Errorf("matchLoose(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
	if _, err := parseCaptionMarkers("de name left"); err == nil {
		t.Error("a line without a marker parsed")
	}
}

// FuzzShapesAndQuotes runs the rules of furniture shapes, quotation damage,
// caption markers and number formats over any text in languages with
// guillemets of both orientations: no panic, spans inside the text and on
// code-point boundaries.
func FuzzShapesAndQuotes(f *testing.F) {
	for _, s := range []string{
		"Home » World » News\n\nFacebookXTelegram\n\n1 Apr 2022 3:57 p.m According to it.",
		"VIDEO OF THE DAY At this point. Photo: dpa\n\nOlaf Scholz (l.) and v. l. n. r.: A",
		"«Tapene er enorme«, skrev hun. ødelagt«Den »nei« ,We must act'.",
		"17.02 PM: 1.500 euros at 17.00: x 1,200 Pendler",
	} {
		f.Add(s, uint8(0))
	}
	langs := []string{"en", "de", "fr", "nb", "sv", ""}
	e, err := checker.NewEngine([]*checker.Rule{Boilerplate, QuoteStyle, UnbalancedPair, CaptionMarker, NumberFormat}, checker.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, lang uint8) {
		doc, err := read.Parse("a.txt", []byte(text), textdoc.FormatText, langs[int(lang)%len(langs)])
		if err != nil {
			return
		}
		fs, err := e.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		checker.Resolve(doc, fs)
		for _, fd := range fs {
			if fd.Offset < 0 || fd.EndOffset < fd.Offset || fd.EndOffset > len(text) {
				t.Fatalf("%s: span [%d,%d) outside %d bytes", fd.Rule, fd.Offset, fd.EndOffset, len(text))
			}
			if utf8.ValidString(text) {
				for _, o := range []int{fd.Offset, fd.EndOffset} {
					if o < len(text) && !utf8.RuneStart(text[o]) {
						t.Fatalf("%s: offset %d inside a code point", fd.Rule, o)
					}
				}
			}
		}
	})
}
