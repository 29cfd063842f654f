package rules

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/fixture"
)

// Fixtures live in testdata/rules/<rule-id>/ and testdata/clean/. A fixture is
// a real input (.txt, .md or .html) whose name starts with its language
// ("en.txt", "de-quotes.md"). Lines that should get a finding carry a marker,
// stripped before checking:
//
//	plain text:      some text  # want rule-id[, rule-id]
//	Markdown, HTML:  some text <!-- want rule-id -->
//
// Every finding of the folder's rule must sit on a marked line, and every
// finding of another rule at warning or above too; in testdata/clean/ every
// finding of any rule must be marked. A marker without a finding fails.

// checkFixture runs every rule over the fixture and compares findings with
// its markers. rule is the folder's rule ("" for the clean corpus).
func checkFixture(t *testing.T, path, rule string) {
	t.Helper()
	f := readFixture(t, path)
	for _, ids := range f.Want {
		for _, id := range ids {
			if ByID(id) == nil {
				t.Errorf("%s: marker names unknown rule %q", path, id)
			}
		}
	}
	doc, err := read.ParseWith(path, f.Content, read.ParseOptions{Lang: f.Lang, SourceLang: f.SourceLang})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	eng, err := checker.NewEngine(All(), fixtureConfig(t, filepath.Dir(path)))
	if err != nil {
		t.Fatal(err)
	}
	findings, err := eng.Check(doc)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	checker.Resolve(doc, findings)

	found := map[int]map[string]bool{}
	for _, fd := range findings {
		if found[fd.Line] == nil {
			found[fd.Line] = map[string]bool{}
		}
		found[fd.Line][fd.Rule] = true
		marked := false
		for _, id := range f.Want[fd.Line] {
			marked = marked || id == fd.Rule
		}
		strict := rule == "" || fd.Rule == rule || fd.Severity >= checker.Warning
		if !marked && strict {
			t.Errorf("%s:%d:%d: unexpected finding [%s] %s: %q", path, fd.Line, fd.Column, fd.Rule, fd.Message, fd.Text)
		}
	}
	lines := make([]int, 0, len(f.Want))
	for l := range f.Want {
		lines = append(lines, l)
	}
	sort.Ints(lines)
	for _, l := range lines {
		for _, id := range f.Want[l] {
			if !found[l][id] {
				t.Errorf("%s:%d: missing finding [%s]", path, l, id)
			}
		}
	}
}

func readFixture(t *testing.T, path string) fixture.Fixture {
	t.Helper()
	f, err := fixture.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func fixtureFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := fixture.Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestRuleFixtures checks every rule against its fixture folder.
func TestRuleFixtures(t *testing.T) {
	for _, r := range All() {
		t.Run(r.ID, func(t *testing.T) {
			files := fixtureFiles(t, filepath.Join("..", "testdata", "rules", r.ID))
			if len(files) == 0 {
				t.Fatalf("no fixtures in testdata/rules/%s", r.ID)
			}
			for _, path := range files {
				checkFixture(t, path, r.ID)
			}
		})
	}
}

// TestCleanCorpus checks that clean professional text in many languages gets
// no finding at all.
func TestCleanCorpus(t *testing.T) {
	files := fixtureFiles(t, filepath.Join("..", "testdata", "clean"))
	if len(files) == 0 {
		t.Fatal("no clean fixtures in testdata/clean")
	}
	for _, path := range files {
		checkFixture(t, path, "")
	}
}

// TestFixtureCoverage asks of every rule fixtures in at least three languages,
// and both marked (positive) and unmarked (negative) lines.
func TestFixtureCoverage(t *testing.T) {
	for _, r := range All() {
		langs := map[string]bool{}
		positives, negatives := 0, 0
		for _, path := range fixtureFiles(t, filepath.Join("..", "testdata", "rules", r.ID)) {
			f := readFixture(t, path)
			langs[f.Lang] = true
			for _, ids := range f.Want {
				for _, id := range ids {
					if id == r.ID {
						positives++
					}
				}
			}
			for _, line := range strings.Split(string(f.Content), "\n") {
				if strings.TrimSpace(line) != "" {
					negatives++
				}
			}
		}
		negatives -= positives
		if len(langs) < 3 || positives == 0 || negatives < 5 {
			t.Errorf("%s: fixtures in %d languages, %d positive and %d negative lines; want >= 3 languages, >= 1 positive, >= 5 negative",
				r.ID, len(langs), positives, negatives)
		}
	}
}

// TestRuleMetadata keeps the catalogue usable: IDs are kebab-case and unique,
// every rule has a title, doc, examples and a severity.
func TestRuleMetadata(t *testing.T) {
	id := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	for _, r := range All() {
		if !id.MatchString(r.ID) || seen[r.ID] {
			t.Errorf("bad or duplicate rule ID %q", r.ID)
		}
		seen[r.ID] = true
		if r.Title == "" || r.Doc == "" || r.Bad == "" || r.Good == "" || r.Check == nil {
			t.Errorf("%s: title, doc, bad/good examples and Check are required", r.ID)
		}
		if r.Title != strings.ToLower(r.Title[:1])+r.Title[1:] {
			t.Errorf("%s: title should start lower-case: %q", r.ID, r.Title)
		}
		if r.Severity < checker.Info || r.Severity > checker.Error {
			t.Errorf("%s: invalid severity", r.ID)
		}
	}
	if !sort.SliceIsSorted(All(), func(i, j int) bool { return All()[i].ID < All()[j].ID }) {
		t.Error("All() is not sorted by ID")
	}
}

// TestRuleExamples keeps the documented examples true: Bad gets a finding from
// its rule, Good gets none. Examples are plain text unless the rule sets
// ExampleFormat (bilingual rules: a TSV row in ExampleSourceLang ->
// ExampleLang).
func TestRuleExamples(t *testing.T) {
	for _, r := range All() {
		lang := r.ExampleLang
		if lang == "" {
			lang = "en"
		}
		// The rule's fixture folder may set options the examples need
		// (the glossary of glossary).
		cfg := fixtureConfig(t, filepath.Join("..", "testdata", "rules", r.ID))
		cfg.Disable = nil // the example runs its own rule alone
		eng, err := checker.NewEngine([]*checker.Rule{r}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range []struct {
			text string
			bad  bool
		}{{r.Bad, true}, {r.Good, false}} {
			format := r.ExampleFormat
			if format == "" {
				format = textdoc.FormatText
			}
			doc, err := read.ParseWith("example", []byte(ex.text), read.ParseOptions{
				Format: format, Lang: lang, SourceLang: r.ExampleSourceLang})
			if err != nil {
				t.Fatal(err)
			}
			fs, err := eng.Check(doc)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(fs) > 0; got != ex.bad {
				t.Errorf("%s: example %q: got %d findings, want findings: %v", r.ID, ex.text, len(fs), ex.bad)
			}
		}
	}
}
