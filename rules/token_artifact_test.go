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
