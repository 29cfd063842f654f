package rules

import (
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// TestParenthesisSpacingSeverity checks the two kinds of spaced
// parentheses: spaced inside on both sides, a detokeniser's output, is a
// warning; on one side, also a typing slip, is info.
func TestParenthesisSpacingSeverity(t *testing.T) {
	eng, err := checker.NewEngine([]*checker.Rule{TokenArtifact}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, suggestion string
		severity         checker.Severity
	}{
		{"The rangers ( volunteers from the village ) closed the path.\n", "(volunteers from the village)", checker.Warning},
		{"The rangers (volunteers from the village ) closed the path.\n", "(volunteers from the village)", checker.Info},
		{"The rangers ( volunteers from the village) closed the path.\n", "(volunteers from the village)", checker.Info},
	} {
		doc, err := read.Parse("a.txt", []byte(tc.text), textdoc.FormatText, "en")
		if err != nil {
			t.Fatal(err)
		}
		fs, err := eng.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 1 || fs[0].Severity != tc.severity || fs[0].Suggestion != tc.suggestion {
			t.Errorf("%q: got %+v, want one %s finding suggesting %q", tc.text, fs, tc.severity, tc.suggestion)
		}
	}
}

// TestQuoteSpacingSeverity checks spaced curly quotation marks: spaced on
// both sides is a warning, on one side info, and nothing outside a pair.
func TestQuoteSpacingSeverity(t *testing.T) {
	eng, err := checker.NewEngine([]*checker.Rule{TokenArtifact}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, suggestion string
		severity         checker.Severity
	}{
		{"She called it “ a fresh start ” for the wetland.\n", "“a fresh start”", checker.Warning},
		{"She called it “a fresh start ” for the wetland.\n", "“a fresh start”", checker.Info},
		{"Sie nannte es „ einen Neuanfang“ für das Moor.\n", "„einen Neuanfang“", checker.Info},
		{"She called it “a start” and “a signal” for the wetland.\n", "", 0},
	} {
		doc, err := read.Parse("a.txt", []byte(tc.text), textdoc.FormatText, "en")
		if err != nil {
			t.Fatal(err)
		}
		fs, err := eng.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		if tc.suggestion == "" {
			if len(fs) != 0 {
				t.Errorf("%q: got %+v, want none", tc.text, fs)
			}
			continue
		}
		if len(fs) != 1 || fs[0].Severity != tc.severity || fs[0].Suggestion != tc.suggestion {
			t.Errorf("%q: got %+v, want one %s finding suggesting %q", tc.text, fs, tc.severity, tc.suggestion)
		}
	}
}
