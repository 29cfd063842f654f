package run

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestWalkExtensions checks that a folder walk picks up every article and
// translation format by its extension, and leaves PO templates and tables
// (which are checked when named) alone.
func TestWalkExtensions(t *testing.T) {
	root := t.TempDir()
	names := []string{"a.txt", "b.text", "c.md", "d.markdown", "e.mdown", "f.mkd", "g.html", "h.htm",
		"i.xhtml", "j.xlf", "k.xliff", "l.sdlxliff", "m.po", "n.tmx", "o.MD",
		"skip.pot", "skip.tsv", "skip.tab", "skip.csv", "skip.json", "skip.go"}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(root, n), []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, skipped := ExpandInputs([]string{root})
	var want []string
	for _, n := range names[:15] {
		want = append(want, filepath.Join(root, n))
	}
	if !reflect.DeepEqual(got, want) || len(skipped) != 0 {
		t.Errorf("walk = %q (skipped %v), want %q", got, skipped, want)
	}
	// Named, a table is checked.
	if got, _ := ExpandInputs([]string{filepath.Join(root, "skip.csv")}); len(got) != 1 {
		t.Errorf("named csv = %q", got)
	}
}
