package baseline

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/testrules"
)

// baselineReport checks content as path with a rule finding "Dhe".
func baselineReport(t *testing.T, path, content string) *report.Report {
	t.Helper()
	eng, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("drop", "Dhe", checker.Error, "")}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := read.Parse(path, []byte(content), textdoc.FormatText, "en")
	if err != nil {
		t.Fatal(err)
	}
	fs, err := eng.Check(doc)
	if err != nil {
		t.Fatal(err)
	}
	checker.Resolve(doc, fs)
	return &report.Report{Files: []report.FileResult{{Path: path, Doc: doc}}, Findings: fs}
}

func findingLines(r *report.Report) []int {
	var out []int
	for _, f := range r.Findings {
		out = append(out, f.Line)
	}
	return out
}

func TestBaselineKeyedByContent(t *testing.T) {
	old := "Dhe ferry left at noon.\n\nThe crew waved. Dhe ferry left at noon.\n\nDhe ferry left at noon.\n"
	b := New(baselineReport(t, "./news/a.txt", old), "")
	if len(b.Findings) != 2 {
		t.Fatalf("entries %+v, want two (one with count 2)", b.Findings)
	}
	if e := b.Findings[0]; e.Path != "news/a.txt" || e.Before != "" || e.After != "ferry left at noon." || e.Count != 2 {
		t.Errorf("first entry %+v", e)
	}

	// Lines added on top and between, a third copy of a known finding and a
	// finding in new words: only the new ones are reported.
	edited := "New intro line.\n\nAnother.\n\nDhe ferry left at noon.\n\nThe crew waved. Dhe ferry left at noon.\n\nInserted.\n\nDhe ferry left at noon.\n\nDhe bus was late.\n\nDhe ferry left at noon.\n"
	r := baselineReport(t, "news/a.txt", edited)
	if hidden := b.Filter(r); hidden != 3 {
		t.Errorf("hid %d findings, want 3", hidden)
	}
	if got, want := findingLines(r), []int{13, 15}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings on lines %v, want %v", got, want)
	}

	// Another file with the same text is not covered.
	r = baselineReport(t, "news/b.txt", old)
	if b.Filter(r) != 0 || len(r.Findings) != 3 {
		t.Errorf("baseline of a.txt hid findings in b.txt")
	}
}

func TestWordsAround(t *testing.T) {
	c := []byte("one two three four five six Dhe seven eight nine ten eleven\nnext line")
	i := strings.Index(string(c), "Dhe")
	b, a := wordsAround(c, i, i+3)
	if b != "three four five six" || a != "seven eight nine ten" {
		t.Errorf("wordsAround = %q, %q", b, a)
	}
	if got := report.NormalizeSpace("to \t ."); got != "to ." {
		t.Errorf("normalizeSpace = %q", got)
	}
	if got := report.NormalizeSpace("  "); got != " " {
		t.Errorf("normalizeSpace of white space = %q", got)
	}
	// NFD and NFC spellings are the same finding.
	if report.NormalizeSpace("Fa\u0308hre") != report.NormalizeSpace("F\u00e4hre") {
		t.Error("normalizeSpace does not compose")
	}
}

func TestBaselineFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "baseline.json")
	b := New(baselineReport(t, "a.txt", "Dhe one.\n\nDhe two.\n"), dir)
	if err := Write(path, b); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	if err := Write(path, b); err != nil {
		t.Fatalf("overwriting a baseline: %v", err)
	}
	second, _ := os.ReadFile(path)
	if string(first) != string(second) {
		t.Error("baseline output is not stable")
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, b) {
		t.Errorf("read %+v, wrote %+v", got, b)
	}

	article := filepath.Join(dir, "article.txt")
	os.WriteFile(article, []byte("Precious text.\n"), 0o644)
	if err := Write(article, b); err == nil || !strings.Contains(err.Error(), "refusing to overwrite") {
		t.Errorf("overwriting an article: %v", err)
	}
	if c, _ := os.ReadFile(article); string(c) != "Precious text.\n" {
		t.Error("the article was changed")
	}

	for name, content := range map[string]string{
		"corrupt.json": `{"version": 1, "tool": "mtlint", "findings": [`,
		"report.json":  `{"version": 1, "files": [], "findings": [], "summary": {}}`,
		"future.json":  `{"version": 9, "tool": "mtlint", "findings": []}`,
		"nocount.json": `{"version": 1, "tool": "mtlint", "findings": [{"path": "a.txt", "rule": "x"}]}`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		if _, err := Read(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: error %v, want one naming the file", name, err)
		}
	}
	if _, err := Read(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing baseline: %v", err)
	}
}

// FuzzFindingKeyWords: the words around a finding found through the line
// index are those the plain definition (wordsAround, scanning the content
// for line ends) finds, on any text and span.
func FuzzFindingKeyWords(f *testing.F) {
	f.Add([]byte("one two  three four five six\r\nseven eight\rnine ten\n"), 5, 12)
	f.Add([]byte("a b c\n\nd e f"), 2, 8)
	f.Add([]byte("x\r\n"), 0, 2)
	f.Fuzz(func(t *testing.T, content []byte, start, end int) {
		if len(content) == 0 {
			return
		}
		start = min(max(start, 0), len(content))
		end = min(max(end, start), len(content))
		doc := &textdoc.Document{Content: content}
		wb, wa := wordsAround(content, start, end)
		k := findingKey(checker.Finding{TextOffset: start, TextEndOffset: end}, "", doc)
		if k.before != wb || k.after != wa {
			t.Fatalf("span %d-%d: %q, %q; want %q, %q", start, end, k.before, k.after, wb, wa)
		}
	})
}

// TestBaselinePathsRelativeToItsFolder: a baseline written at the root of a
// project matches from a subfolder, with absolute paths, and after the
// project moved; a version 1 baseline keeps matching paths as given.
func TestBaselinePathsRelativeToItsFolder(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "news")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	content := "Dhe ferry left.\n\nDhe crew waved.\n"
	if err := os.WriteFile(filepath.Join(sub, "a.txt"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, ".mtlint-baseline.json")
	t.Chdir(root)
	if err := Write(path, New(baselineReport(t, "news/a.txt", content), filepath.Dir(path))); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), `"path": "news/a.txt"`) || !strings.Contains(string(raw), `"version": 2`) {
		t.Fatalf("baseline:\n%s", raw)
	}
	hides := func(findingPath, baselinePath string) int {
		t.Helper()
		b, err := Read(baselinePath)
		if err != nil {
			t.Fatal(err)
		}
		return b.Filter(baselineReport(t, findingPath, content))
	}
	if n := hides(filepath.Join(sub, "a.txt"), path); n != 2 {
		t.Errorf("absolute path: %d hidden, want 2", n)
	}
	t.Chdir(sub)
	if n := hides("a.txt", "../.mtlint-baseline.json"); n != 2 {
		t.Errorf("from a subfolder: %d hidden, want 2", n)
	}
	if n := hides("b.txt", "../.mtlint-baseline.json"); n != 0 {
		t.Errorf("another file: %d hidden, want 0", n)
	}

	// Version 1: paths as given, relative to the working folder.
	v1 := filepath.Join(root, "v1.json")
	os.WriteFile(v1, []byte(`{"version": 1, "tool": "mtlint", "findings": [{"path": "a.txt", "rule": "drop", "text": "Dhe", "before": "", "after": "ferry left.", "count": 1}]}`), 0o644)
	if n := hides("a.txt", v1); n != 1 {
		t.Errorf("version 1 baseline: %d hidden, want 1", n)
	}
}
