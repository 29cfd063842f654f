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

// TestWalkIgnores checks that a folder walk honours .gitignore (the
// repository's, a subfolder's, and "!" re-inclusion) and leaves out
// node_modules and vendor, that a file named is still checked, and that
// NoIgnore walks everything.
func TestWalkIgnores(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		".git/HEAD":                  "ref: refs/heads/main\n",
		".gitignore":                 "build/\n*.tmp.md\n",
		"a.md":                       "x\n",
		"drafts.tmp.md":              "x\n",
		"build/out.md":               "x\n",
		"node_modules/pkg/README.md": "x\n",
		"vendor/lib/doc.md":          "x\n",
		"docs/.gitignore":            "private.md\n!keep.tmp.md\n",
		"docs/guide.md":              "x\n",
		"docs/private.md":            "x\n",
		"docs/keep.tmp.md":           "x\n",
	}
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(ps []string) []string {
		var out []string
		for _, p := range ps {
			r, _ := filepath.Rel(root, p)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	ex := ExpandInputsWith([]string{root}, ExpandOptions{})
	want := []string{"a.md", "docs/guide.md", "docs/keep.tmp.md"}
	if got := rel(ex.Inputs); !reflect.DeepEqual(got, want) {
		t.Errorf("walk = %q, want %q", got, want)
	}
	if ex.Ignored != 5 { // drafts.tmp.md, build, node_modules, vendor, docs/private.md
		t.Errorf("ignored = %d, want 5", ex.Ignored)
	}
	// From a subfolder, the repository's .gitignore still applies.
	ex = ExpandInputsWith([]string{filepath.Join(root, "docs")}, ExpandOptions{})
	if got, want := rel(ex.Inputs), []string{"docs/guide.md", "docs/keep.tmp.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("walk of docs = %q, want %q", got, want)
	}
	// A glob honours them too.
	ex = ExpandInputsWith([]string{filepath.Join(root, "**", "*.md")}, ExpandOptions{})
	if got := rel(ex.Inputs); !reflect.DeepEqual(got, want) {
		t.Errorf("glob = %q, want %q", got, want)
	}
	// Named, an ignored file or folder is checked.
	named := []string{filepath.Join(root, "build", "out.md"), filepath.Join(root, "vendor")}
	ex = ExpandInputsWith(named, ExpandOptions{})
	if got, want := rel(ex.Inputs), []string{"build/out.md", "vendor/lib/doc.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("named = %q, want %q", got, want)
	}
	ex = ExpandInputsWith([]string{root}, ExpandOptions{NoIgnore: true})
	want = []string{"a.md", "build/out.md", "docs/guide.md", "docs/keep.tmp.md", "docs/private.md", "drafts.tmp.md",
		"node_modules/pkg/README.md", "vendor/lib/doc.md"}
	if got := rel(ex.Inputs); !reflect.DeepEqual(got, want) || ex.Ignored != 0 {
		t.Errorf("--no-ignore walk = %q (ignored %d), want %q", got, ex.Ignored, want)
	}
}
