package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/mtlint/mtlint/checker"
)

// TestAppendFindingJSON compares the hand-written encoding of a finding
// with encoding/json's, for strings that need every kind of escape.
func TestAppendFindingJSON(t *testing.T) {
	texts := []string{"", "plain", `say "hi"`, `back\slash`, "tab\tnew\nline\r", "bell\a\x7f", "<html> & co",
		"Bürger „Zitat“ – café", "line\u2028sep\u2029", "bad \xff utf8", "emoji 🙂", "\x00"}
	for _, s := range texts {
		f := checker.Finding{Rule: "rule-id", Severity: checker.Warning, Path: "dir/" + s + ".txt", Line: 3, Column: 14,
			EndLine: 4, EndColumn: 1, Offset: 120, EndOffset: 1234567, Text: s, Message: "message " + s, Suggestion: s}
		for _, sev := range []checker.Severity{checker.Info, checker.Warning, checker.Error, 0} {
			f.Severity = sev
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("    ", "  ")
			if err := enc.Encode(&f); err != nil {
				t.Fatal(err)
			}
			want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
			if got := appendFindingJSON(nil, &f, "    "); !bytes.Equal(got, want) {
				t.Errorf("text %q:\ngot  %s\nwant %s", s, got, want)
			}
		}
	}
}
