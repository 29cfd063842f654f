package rules

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/fixture"
)

// TestWindowsChangeNoFinding checks every text, Markdown and HTML file of
// testdata, every segment list (PO, XLIFF, TMX, TSV, CSV), and an article
// and a PO file made of many of them, as one document and again in windows
// of blocks (of units), as a large document is checked
// (textdoc.WindowedAbove): the findings, their order, the cut counts and
// the word count must be the same. The windows are made as small as they
// go (one block each) and a little larger, so that every rule meets a
// window's edge on every kind of text: a rule that keeps state from block
// to block, or reads another block, without going through Pass.DocState,
// Document.Root or textdoc.Spans fails here.
func TestWindowsChangeNoFinding(t *testing.T) {
	if testing.Short() {
		t.Skip("checks every testdata file three times")
	}
	paths := testdataFiles(t)
	e, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	type input struct {
		name    string
		content []byte
		lang    string
	}
	var inputs []input
	var joined, joinedPO []byte
	for _, p := range paths {
		content, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if bilingualFixture(p) {
			// A marker after a PO string or in a TSV row would make it
			// another input (or none): it is stripped as the fixture
			// test strips it.
			content = fixture.Parse(p, content).Content
		}
		inputs = append(inputs, input{p, content, ""})
		if filepath.Ext(p) == ".txt" && strings.Contains(p, "/en") {
			joined = append(append(joined, content...), "\n\n"...)
		}
		if filepath.Ext(p) == ".po" && strings.Contains(p, "testdata/rules/") && !strings.Contains(string(content), "Plural-Forms") {
			joinedPO = append(append(joinedPO, content...), "\n\n"...)
		}
	}
	// One long PO file of many rules' fixtures: a source translated two
	// ways far apart, terms kept in one unit and translated in another.
	inputs = append(inputs, input{"joined.po", joinedPO, ""})
	// One long English article of many fixtures: duplicates, quotations
	// and names far apart, checked with its language given and detected.
	inputs = append(inputs, input{"joined.txt", joined, "en"}, input{"joined.txt", joined, ""})
	// A word used as a name in other paragraphs than the one where it
	// stands capitalised mid-sentence (source-capitalization reads them all).
	names := "Yesterday the council met Harbour in the town hall.\n\nLater that day Harbour said the plans were ready.\n\n" +
		"After the vote Harbour left the building.\n\nIn the evening Harbour spoke to the press.\n\n" +
		"The city will expand the Harbour, the mayor said.\n"
	inputs = append(inputs, input{"names.txt", []byte(names), "en"})

	check := func(in input, windowed bool, windowLen int) (string, error) {
		defer func(a, l int) { textdoc.WindowedAbove, textdoc.WindowLen = a, l }(textdoc.WindowedAbove, textdoc.WindowLen)
		if windowed {
			textdoc.WindowedAbove, textdoc.WindowLen = 0, windowLen
		} else {
			textdoc.WindowedAbove = 1 << 30
		}
		doc, err := read.ParseWith(in.name, in.content, read.ParseOptions{Lang: in.lang})
		if err != nil {
			return "", err
		}
		if windowed && !doc.Windowed() && (len(doc.Blocks) > 0 || doc.SegmentList()) {
			return "", fmt.Errorf("%s: not windowed", in.name)
		}
		fs, err := run.Document(e, doc, in.lang != "")
		var b strings.Builder
		fmt.Fprintf(&b, "lang %s, %d words, cut %v, err %v\n", doc.Lang, doc.Words(), doc.Cut, err)
		for _, f := range fs {
			fmt.Fprintf(&b, "%d-%d %s %s %s | %s\n", f.Offset, f.EndOffset, f.Rule, f.Severity, f.Message, f.Suggestion)
		}
		return b.String(), nil
	}
	for _, in := range inputs {
		whole, err := check(in, false, 0)
		if err != nil {
			continue // an input that is refused is refused either way
		}
		for _, n := range []int{1, 700} {
			got, err := check(in, true, n)
			if err != nil {
				t.Errorf("%s, windows of %d bytes: %v", in.name, n, err)
				continue
			}
			if got != whole {
				t.Errorf("%s (lang %q), windows of %d bytes: findings differ\nwhole:\n%s\nwindows:\n%s", in.name, in.lang, n, firstLines(whole, got), firstLines(got, whole))
			}
		}
	}
}

// testdataFiles returns the files of testdata in every format mtlint reads.
func testdataFiles(t *testing.T) []string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch filepath.Ext(path) {
		case ".txt", ".md", ".html", ".po", ".xlf", ".xliff", ".tmx", ".tsv", ".csv":
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

// bilingualFixture reports whether path is a segment list of
// testdata/rules, whose fixture markers are stripped before it is checked.
func bilingualFixture(path string) bool {
	switch filepath.Ext(path) {
	case ".po", ".xlf", ".xliff", ".tmx", ".tsv", ".csv":
		return strings.Contains(path, "testdata/rules/")
	}
	return false
}

// firstLines returns the lines of a that b lacks, at most ten.
func firstLines(a, b string) string {
	bl := strings.Split(b, "\n")
	var out []string
	for _, l := range strings.Split(a, "\n") {
		if !slices.Contains(bl, l) {
			out = append(out, l)
		}
		if len(out) == 10 {
			break
		}
	}
	return strings.Join(out, "\n")
}
