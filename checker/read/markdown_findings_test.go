package read_test

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules"
)

// markdownFindings checks content as Markdown in English with every rule
// and returns the findings, resolved to lines and columns.
func markdownFindings(t *testing.T, e *checker.Engine, content string) []checker.Finding {
	t.Helper()
	doc, err := read.Parse("doc.md", []byte(content), textdoc.FormatMarkdown, "en")
	if err != nil {
		t.Fatal(err)
	}
	fs, err := run.Document(e, doc, true)
	if err != nil {
		t.Fatal(err)
	}
	checker.Resolve(doc, fs)
	return fs
}

// TestMarkdownPiecesFindings checks the generated documents parsed whole and
// in pieces of a few lines, and wants the same findings.
func TestMarkdownPiecesFindings(t *testing.T) {
	e, err := checker.NewEngine(rules.All(), checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	docs := read.MarkdownPieceDocs()
	names := make([]string, 0, len(docs))
	for name := range docs {
		names = append(names, name)
	}
	sort.Strings(names)
	total := 0
	for _, name := range names {
		doc := docs[name]
		if strings.HasPrefix(name, "snippet") {
			continue // the mixes hold them
		}
		want := markdownFindings(t, e, doc)
		restore := read.SetMarkdownPieces(0, 97)
		got := markdownFindings(t, e, doc)
		restore()
		total += len(want)
		if !reflect.DeepEqual(want, got) {
			t.Errorf("%s: %d findings whole, %d in pieces; first whole %+v", name, len(want), len(got), want[:min(1, len(want))])
		}
	}
	if total == 0 {
		t.Fatal("no findings: the test compares nothing")
	}
}
