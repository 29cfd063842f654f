package rules

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
)

// FuzzFix checks that fixing any text in any markup never panics, keeps
// valid UTF-8 valid, adds no line break, and leaves nothing more to fix.
func FuzzFix(f *testing.F) {
	for _, s := range []string{
		"It belongs to .\n\n.\n\nAlso read\n", "Dhe press.\r\n\r\n.\r\n", "T he vote.  Yes , the the end.",
		"cafÃ© Ã©tÃ©\n", "<p>Also read</p>\n<p>.</p>", "# Also read\n\n- .\n\n.\n", "\ufeff.\n\nOne.",
		"A ferry docks at the pier in the evening.\n\nA ferry docks at the pier in the evening.\n",
	} {
		for _, m := range []string{"a.txt", "a.md", "a.html"} {
			f.Add(m, s)
		}
	}
	e, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, path, s string) {
		if path != "a.txt" && path != "a.md" && path != "a.html" {
			return
		}
		in := []byte(s)
		out, _, err := run.Fix(e, path, in, read.ParseOptions{Lang: "en"})
		if err != nil {
			return // binary input
		}
		if string(in) != s {
			t.Fatalf("input changed")
		}
		if utf8.Valid(in) && !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 %q from %q", out, s)
		}
		for _, br := range []string{"\n", "\r"} {
			if bytes.Count(out, []byte(br)) > bytes.Count(in, []byte(br)) {
				t.Fatalf("line breaks added: %q from %q", out, s)
			}
		}
		if again, _, _ := run.Fix(e, path, out, read.ParseOptions{Lang: "en"}); !bytes.Equal(again, out) {
			t.Fatalf("not idempotent: %q became %q (from %q)", out, again, s)
		}
	})
}
