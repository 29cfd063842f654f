package rules

import (
	"path/filepath"
	"sort"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/mtlint/mtlint/checker"
)

// copiedSourceTestRule runs reportCopiedSources alone, until it is wired
// into the untranslated rule.
var copiedSourceTestRule = &checker.Rule{
	ID:       "untranslated-copy-test",
	Title:    "target copies its source (test only)",
	Severity: checker.Error,
	Check: func(p *checker.Pass) error {
		reportCopiedSources(p)
		return nil
	},
}

// TestCopiedSourceFixtures checks the copied-source part of untranslated on
// testdata/untranslated-copy/. The fixtures mark copies "# want
// untranslated", the ID the check reports under once wired, so they can move
// to testdata/rules/untranslated/ unchanged.
func TestCopiedSourceFixtures(t *testing.T) {
	files := fixtureFiles(t, filepath.Join("..", "testdata", "untranslated-copy"))
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/untranslated-copy")
	}
	for _, path := range files {
		checkFixtureRule(t, path, copiedSourceTestRule, "untranslated")
	}
}

// checkFixtureRule runs rule alone over the fixture at path and compares its
// findings with the markers naming markerID.
func checkFixtureRule(t *testing.T, path string, rule *checker.Rule, markerID string) {
	t.Helper()
	f := readFixture(t, path)
	doc, err := checker.ParseWith(path, f.Content, checker.ParseOptions{Lang: f.Lang, SourceLang: f.SourceLang})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	eng, err := checker.NewEngine([]*checker.Rule{rule}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	findings, err := eng.Check(doc)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	checker.Resolve(doc, findings)
	found := map[int]bool{}
	for _, fd := range findings {
		found[fd.Line] = true
		if !wants(f.Want[fd.Line], markerID) {
			t.Errorf("%s:%d:%d: unexpected finding: %s: %q", path, fd.Line, fd.Column, fd.Message, fd.Text)
		}
	}
	var lines []int
	for l, ids := range f.Want {
		if wants(ids, markerID) {
			lines = append(lines, l)
		}
	}
	sort.Ints(lines)
	for _, l := range lines {
		if !found[l] {
			t.Errorf("%s:%d: missing finding", path, l)
		}
	}
}

func wants(ids []string, id string) bool {
	for _, w := range ids {
		if w == id {
			return true
		}
	}
	return false
}

func TestNearCopy(t *testing.T) {
	for _, tc := range []struct {
		s, t string
		want bool
	}{
		{"The talks will continue next week.", "The talks will continue next week.", true},
		{"The talks will continue next week.", "the talks will continue next week!", true},
		{"Die Zahl stieg auf 8.400 Menschen.", "Die Zahl stieg auf 8,400 Menschen.", true},
		{"Die Zahl stieg auf 8.400 Menschen.", "The number rose to 8,400 people.", false},
		{"Die Lage ist ernst.", "The situation is serious.", false},
		{"Problema grave", "Problema grave de salud pública en la región", false},
	} {
		if got := nearCopy(diffmatchpatchNew(), tc.s, tc.t); got != tc.want {
			t.Errorf("nearCopy(%q, %q) = %v, want %v", tc.s, tc.t, got, tc.want)
		}
	}
}

func TestProseWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Frank-Walter Steinmeier", 0},
		{"Deutsche Bank AG", 0},
		{"https://example.org/a/b info@example.org", 0},
		{"F-16, S-400 und 8.400", 1},
		{"The minister said the talks would continue.", 7},
		{"Lesen Sie auch: Was die neue Regel bedeutet", 8},
	} {
		if got := proseWords(tc.text); got != tc.want {
			t.Errorf("proseWords(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func diffmatchpatchNew() *diffmatchpatch.DiffMatchPatch { return diffmatchpatch.New() }
