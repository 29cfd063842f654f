package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// TestSpacedHyphens checks spacedHyphens against strings.Contains.
func TestSpacedHyphens(t *testing.T) {
	pieces := []string{"-", " ", "a", "--", " - ", "é"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		text := randomText(rng, pieces, 8)
		half, full := spacedHyphens(text)
		if half != strings.Contains(text, " -") || full != strings.Contains(text, " - ") {
			t.Fatalf("spacedHyphens(%q) = %v, %v", text, half, full)
		}
	}
}

// TestSpacingSeverity checks the severities of spaced brackets and
// quotation marks: spaced inside on both sides, a detokeniser's output, is a
// warning; on one side, also a typing slip, is info; nothing outside a pair.
func TestSpacingSeverity(t *testing.T) {
	for _, tc := range []struct {
		text, suggestion string
		severity         checker.Severity
	}{
		{"The rangers ( volunteers from the village ) closed the path.\n", "(volunteers from the village)", checker.Warning},
		{"The rangers (volunteers from the village ) closed the path.\n", "(volunteers from the village)", checker.Info},
		{"The rangers ( volunteers from the village) closed the path.\n", "(volunteers from the village)", checker.Info},
		{"She called it “ a fresh start ” for the wetland.\n", "“a fresh start”", checker.Warning},
		{"She called it “a fresh start ” for the wetland.\n", "“a fresh start”", checker.Info},
		{"Sie nannte es „ einen Neuanfang“ für das Moor.\n", "„einen Neuanfang“", checker.Info},
		{"She called it “a start” and “a signal” for the wetland.\n", "", 0},
		{"The scholar was born in Khiva [ 11 ] and worked in Baghdad.\n", "[11]", checker.Warning},
		{"The scholar was born in Khiva [ 11] and worked in Baghdad.\n", "[11]", checker.Info},
	} {
		fs := checkWithLang(t, TokenArtifact, tc.text, "en")
		switch {
		case tc.suggestion == "" && len(fs) != 0:
			t.Errorf("%q: got %+v, want none", tc.text, fs)
		case tc.suggestion != "" && (len(fs) != 1 || fs[0].Severity != tc.severity || fs[0].Suggestion != tc.suggestion):
			t.Errorf("%q: got %+v, want one %s finding suggesting %q", tc.text, fs, tc.severity, tc.suggestion)
		}
	}
}

// TestSpacedHyphensRandom runs the English and German compound tests on
// random text made of the words and marks they read (prepositions, titles,
// ordinals, quotation marks, decimals, party codes, asides): every finding
// covers a spaced hyphen and suggests its text with the spaces around the
// hyphens removed.
func TestSpacedHyphensRandom(t *testing.T) {
	pieces := []string{" - ", " ", "-", "als ", "der ", "Labour", "Partei", "Gouverneur ", "Godwin", "„", "“", "\"", "(", ")",
		"R", "GA", "La", "10.", "12,5", "US", "Dollar", "neue ", "Starmers ", "war ", ",", ".", "\n\n", "Ä", "ß", "Video",
		"third", "largest", "post", "match", "and ", "like ", "one ", "31-4", "B&B", "well", "known", "re", "join"}
	rng := rand.New(rand.NewPCG(7, 8))
	for _, lang := range []string{"de", "en"} {
		found := 0
		for n := 0; n < 50000; n++ {
			text := randomText(rng, pieces, 20)
			reportSpacedHyphens(text, lang, func(s textdoc.Span, _ checker.Severity, _, suggestion string) {
				found++
				if s.Start < 0 || s.End > len(text) || s.Start >= s.End || !utf8.ValidString(text[s.Start:s.End]) {
					t.Fatalf("%s %q: span %v out of the text", lang, text, s)
				}
				got := text[s.Start:s.End]
				if !strings.Contains(got, " - ") || strings.ReplaceAll(got, " - ", "-") != suggestion {
					t.Fatalf("%s %q: span %q, suggestion %q", lang, text, got, suggestion)
				}
			})
		}
		if found < 300 {
			t.Errorf("%s: %d findings in 50,000 texts: the pieces no longer make compounds", lang, found)
		}
	}
}
