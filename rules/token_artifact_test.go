package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
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
