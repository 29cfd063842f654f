package config

import (
	"errors"
	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// testRules are stand-ins with the shapes the parser validates against.
func testRules() []*checker.Rule {
	noop := func(*checker.Pass) error { return nil }
	return []*checker.Rule{
		{ID: "boilerplate", Severity: checker.Warning, Check: noop, Options: []checker.Option{
			{Name: "max-words", Default: "10", Kind: checker.Integer}, {Name: "phrases", Kind: checker.List}, {Name: "prefixes", Kind: checker.List}},
			Section: &checker.Section{Key: "boilerplate", Value: "phrases", Keys: []string{"phrases", "prefixes"}}},
		{ID: "double-space", Severity: checker.Info, Check: noop},
		{ID: "drop-cap", Severity: checker.Error, Check: noop},
	}
}

// glossaryRule is a stand-in for the glossary rule: a rule with its own
// section of the configuration, with a file and inline terms.
func glossaryRule() *checker.Rule {
	return &checker.Rule{ID: "glossary", Severity: checker.Error, Check: func(*checker.Pass) error { return nil },
		Options: []checker.Option{{Name: "file", Kind: checker.File}, {Name: "terms", Kind: checker.Terms}},
		Section: &checker.Section{Key: "glossary", Value: "file", Keys: []string{"file", "terms"}}}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	// outer/.mtlint.yaml sits above the repository and must not be found
	// from inside it.
	writeFile(t, filepath.Join(root, "outer", ConfigFileName), "lang: de\n")
	repo := filepath.Join(root, "outer", "repo")
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(repo, "docs", ConfigFileName), "lang: fr\n")
	if err := os.MkdirAll(filepath.Join(repo, "docs", "a", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(repo, "blog"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ dir, want string }{
		{filepath.Join(repo, "docs", "a", "b"), filepath.Join(repo, "docs", ConfigFileName)},
		{filepath.Join(repo, "docs"), filepath.Join(repo, "docs", ConfigFileName)},
		{filepath.Join(repo, "blog"), ""}, // stops at the folder holding .git
		{repo, ""},
		{filepath.Join(root, "outer"), filepath.Join(root, "outer", ConfigFileName)},
	} {
		got, err := FindConfig(tc.dir)
		if err != nil || got != tc.want {
			t.Errorf("FindConfig(%s) = %q, %v; want %q", tc.dir, got, err, tc.want)
		}
	}
	// A .git file (a worktree or submodule) marks the root too.
	wt := filepath.Join(root, "outer", "wt")
	writeFile(t, filepath.Join(wt, ".git"), "gitdir: elsewhere\n")
	if got, _ := FindConfig(wt); got != "" {
		t.Errorf("FindConfig(worktree) = %q, want none", got)
	}
}

func TestParseConfig(t *testing.T) {
	src := `# a comment
lang: en-GB
source_lang: de
candidates: [de, fr, en]
rules:
  all: off
  drop-cap: warning
  double-space: off
  boilerplate:
    severity: error
    options:
      max-words: 12
      phrases: [Top stories, Zum Weiterlesen]
boilerplate:
  phrases: Our picks
  prefixes: ["Bildrechte:"]
glossary:
  file: terms.tsv
  terms:
    Bundestag: Bundestag
    Kanzler: [chancellor, Chancellor]
ignore:
  - drafts/**
  - "**/*.orig.md"
`
	c, err := ParseConfig("dir/.mtlint.yaml", []byte(src), append(testRules(), glossaryRule()))
	if err != nil {
		t.Fatal(err)
	}
	if c.Lang != "en" || c.SourceLang != "de" || !reflect.DeepEqual(c.Candidates, []string{"de", "fr", "en"}) {
		t.Errorf("languages: %q %q %q", c.Lang, c.SourceLang, c.Candidates)
	}
	if !reflect.DeepEqual(c.Disable, []string{"all", "double-space"}) || !reflect.DeepEqual(c.Enable, []string{"drop-cap", "boilerplate"}) {
		t.Errorf("selection: disable %q enable %q", c.Disable, c.Enable)
	}
	if c.Severity["drop-cap"] != checker.Warning || c.Severity["boilerplate"] != checker.Error {
		t.Errorf("severity: %v", c.Severity)
	}
	want := map[string]string{"max-words": "12", "phrases": "Top stories, Zum Weiterlesen, Our picks", "prefixes": "Bildrechte:"}
	if !reflect.DeepEqual(c.Options["boilerplate"], want) {
		t.Errorf("options: %q, want %q", c.Options["boilerplate"], want)
	}
	abs, _ := filepath.Abs("dir")
	wantGlossary := map[string]string{"file": filepath.Join(abs, "terms.tsv"), "terms": "Bundestag\tBundestag\nKanzler\tchancellor|Chancellor"}
	if !reflect.DeepEqual(c.Options["glossary"], wantGlossary) {
		t.Errorf("glossary: %q, want %q", c.Options["glossary"], wantGlossary)
	}
	if !reflect.DeepEqual(c.Ignore, []string{"drafts/**", "**/*.orig.md"}) {
		t.Errorf("ignore: %q", c.Ignore)
	}
	// The engine built from it runs exactly the rules the file leaves on.
	e, err := checker.NewEngine(append(testRules(), glossaryRule()), c.EngineConfig(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if got := engineRuleIDs(e); !reflect.DeepEqual(got, []string{"boilerplate", "drop-cap"}) {
		t.Errorf("rules = %q", got)
	}
}

func engineRuleIDs(e *checker.Engine) []string {
	var ids []string
	for _, r := range e.Rules() {
		ids = append(ids, r.ID)
	}
	return ids
}

func TestParseConfigEmpty(t *testing.T) {
	for _, src := range []string{"", "# only a comment\n", "---\n", "lang:\nrules:\n  # drop-cap: off\nignore:\nboilerplate:\nglossary:\ncandidates:\n"} {
		c, err := ParseConfig(".mtlint.yaml", []byte(src), append(testRules(), glossaryRule()))
		if err != nil || c.Lang != "" || c.Severity != nil || c.Options != nil {
			t.Errorf("ParseConfig(%q) = %+v, %v", src, c, err)
		}
	}
}

func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"lang: en\nlnag: de\n", `.mtlint.yaml:2: unknown key "lnag" (want lang, source_lang, candidates, rules, boilerplate, glossary or ignore)`},
		{"rules:\n  drop-cap: hgih\n", `.mtlint.yaml:2: rules.drop-cap: unknown severity "hgih" (want off, info, warning or error)`},
		{"rules:\n  drop-caps: off\n", `.mtlint.yaml:2: rules: unknown rule "drop-caps" (did you mean "drop-cap"?) (see ` + "`mtlint rules`" + `)`},
		{"rules:\n  boilerplate:\n    severty: info\n", `.mtlint.yaml:3: rules.boilerplate: unknown key "severty" (want severity or options)`},
		{"rules:\n  boilerplate:\n    options:\n      max-words: ten\n", `.mtlint.yaml:4: rules.boilerplate.options.max-words: want an integer, got "ten"`},
		{"rules:\n  boilerplate:\n    options:\n      phrase: x\n", `.mtlint.yaml:4: rules.boilerplate.options: unknown option "phrase" (want max-words, phrases or prefixes)`},
		{"rules:\n  drop-cap:\n    options:\n      x: 1\n", `.mtlint.yaml:4: rules.drop-cap.options: unknown option "x" (the rule has no options)`},
		{"rules:\n  all: error\n", "`all: off`"},
		{"rules: [drop-cap]\n", `.mtlint.yaml:1: rules: want a mapping, got a list`},
		{"lang: xx-!!\n", `.mtlint.yaml:1: lang: invalid language`},
		{"candidates: [en, 12x]\n", `.mtlint.yaml:1: candidates: invalid language "12x"`},
		{"lang: [en]\n", `.mtlint.yaml:1: lang: want a single value, got a list`},
		{"lang: en\nlang: de\n", `.mtlint.yaml:2: duplicate key "lang"`},
		{"boilerplate:\n  - ok\n  - \"a, b\"\n", `.mtlint.yaml:3: boilerplate: an entry may not contain a comma: "a, b"`},
		{"boilerplate:\n  suffixes: [x]\n", `.mtlint.yaml:2: boilerplate: unknown key "suffixes" (want phrases or prefixes)`},
		{"glossary:\n  terms: [a]\n", `.mtlint.yaml:2: glossary.terms: want a mapping, got a list`},
		{"glossary:\n  terms:\n    Kanzler: {a: b}\n", `.mtlint.yaml:3: glossary.terms.Kanzler: want a single value, got a mapping`},
		{"ignore: [\"a/[\"]\n", `.mtlint.yaml:1: ignore: bad glob "a/["`},
		{"lang: en\n  bad: indent\n", `.mtlint.yaml:2: mapping values are not allowed in this context`},
		{"- a\n- b\n", `.mtlint.yaml:1: want a mapping, got a list`},
		{"lang: en\n---\nlang: de\n", `.mtlint.yaml:2: more than one YAML document`},
	} {
		_, err := ParseConfig(".mtlint.yaml", []byte(tc.src), append(testRules(), glossaryRule()))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseConfig(%q) error = %v\nwant it to contain %s", tc.src, err, tc.want)
		}
	}
}

func TestEngineConfigLayers(t *testing.T) {
	c, err := ParseConfig(".mtlint.yaml", []byte("rules:\n  drop-cap: off\n  double-space: warning\n"), testRules())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		enable, disable []string
		want            []string
	}{
		{nil, nil, []string{"boilerplate", "double-space"}},
		{[]string{"drop-cap"}, nil, []string{"boilerplate", "double-space", "drop-cap"}}, // --enable beats off
		{nil, []string{"double-space"}, []string{"boilerplate"}},                         // --disable beats a severity
		{[]string{"drop-cap"}, []string{"all"}, []string{"drop-cap"}},
	} {
		e, err := checker.NewEngine(testRules(), c.EngineConfig(tc.enable, tc.disable))
		if err != nil {
			t.Fatal(err)
		}
		if got := engineRuleIDs(e); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("enable %q disable %q: rules %q, want %q", tc.enable, tc.disable, got, tc.want)
		}
	}
	// `all: off` with one rule named: only that rule, until the command
	// line disables it too.
	c, err = ParseConfig(".mtlint.yaml", []byte("rules:\n  drop-cap: error\n  all: off\n"), testRules())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		disable []string
		want    []string
	}{{nil, []string{"drop-cap"}}, {[]string{"drop-cap"}, nil}} {
		e, _ := checker.NewEngine(testRules(), c.EngineConfig(nil, tc.disable))
		if got := engineRuleIDs(e); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("all: off, disable %q: rules %q, want %q", tc.disable, got, tc.want)
		}
	}
}

func TestIgnored(t *testing.T) {
	dir := t.TempDir()
	c := &FileConfig{Dir: dir, Ignore: []string{"drafts", "**/*.orig.md", "b/*.txt"}}
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"drafts/x.md", true},
		{"drafts/deep/x.md", true},
		{"x.orig.md", true},
		{"a/b/x.orig.md", true},
		{"b/x.txt", true},
		{"b/c/x.txt", false},
		{"x.md", false},
		{"draftsman.md", false},
	} {
		if got := c.Ignored(filepath.Join(dir, tc.path)); got != tc.want {
			t.Errorf("Ignored(%s) = %v, want %v", tc.path, got, tc.want)
		}
	}
	if c.Ignored(filepath.Join(filepath.Dir(dir), "x.orig.md")) || c.Ignored("-") {
		t.Error("a file outside the config's folder, or stdin, was ignored")
	}
}

func TestConfigsPerFile(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(root, "de", ConfigFileName), "lang: de\ncandidates: [de, en]\nrules:\n  drop-cap: off\nignore: [old/**]\n")
	writeFile(t, filepath.Join(root, "de", "a.txt"), "x")
	writeFile(t, filepath.Join(root, "de", "old", "b.txt"), "x")
	writeFile(t, filepath.Join(root, "en", "c.txt"), "x")
	writeFile(t, filepath.Join(root, "bad", ConfigFileName), "rules:\n  drop-cap: hgih\n")
	writeFile(t, filepath.Join(root, "bad", "d.txt"), "x")
	writeFile(t, filepath.Join(root, "bad", "e.txt"), "x")

	cs, err := NewConfigs(testRules(), nil, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	inputs, _ := run.ExpandInputs([]string{root})
	kept, errs := cs.Prepare(inputs)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), ":2: rules.drop-cap: unknown severity") {
		t.Errorf("errors = %v, want one for the bad config", errs)
	}
	want := []string{filepath.Join(root, "de", "a.txt"), filepath.Join(root, "en", "c.txt")}
	if !reflect.DeepEqual(kept, want) {
		t.Errorf("kept %q, want %q", kept, want)
	}
	e1, o1, err := cs.For(want[0], run.Options{})
	if err != nil || o1.Lang != "de" || !reflect.DeepEqual(e1.Candidates(), []string{"de", "en"}) || len(e1.Rules()) != 2 {
		t.Errorf("de: %v %+v %v", e1, o1, err)
	}
	// The command line's --lang beats the file's.
	if _, o, _ := cs.For(want[0], run.Options{Lang: "fr"}); o.Lang != "fr" {
		t.Errorf("--lang fr gave %q", o.Lang)
	}
	e2, o2, err := cs.For(want[1], run.Options{})
	if err != nil || o2.Lang != "" || len(e2.Rules()) != 3 {
		t.Errorf("en: %v %+v %v", e2, o2, err)
	}
	// One engine per configuration file.
	if e3, _, _ := cs.For(filepath.Join(root, "de", "old", "b.txt"), run.Options{}); e3 != e1 {
		t.Error("two files under one config got two engines")
	}

	// --config applies one file to every input and must itself be valid.
	cs, err = NewConfigs(testRules(), nil, nil, filepath.Join(root, "de", ConfigFileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, o, _ := cs.For(filepath.Join(root, "en", "c.txt"), run.Options{}); o.Lang != "de" {
		t.Errorf("--config: lang %q", o.Lang)
	}
	if _, err := NewConfigs(testRules(), nil, nil, filepath.Join(root, "bad", ConfigFileName)); err == nil {
		t.Error("a bad --config was accepted")
	}
	if _, err := NewConfigs(testRules(), nil, nil, filepath.Join(root, "none.yaml")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("a missing --config: %v", err)
	}
}

// TestRunForFile checks Run's hook: each input gets the engine and options
// the hook picks, and a hook error becomes that file's error only.
func TestRunForFile(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	writeFile(t, a, "Hello there.\n")
	writeFile(t, b, "Hello there.\n")
	eng, err := checker.NewEngine(testRules(), checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	opts := run.Options{Stdin: strings.NewReader("Hi.\n")}
	opts.ForFile = func(path string, o run.Options) (*checker.Engine, run.Options, error) {
		if path == b || path == "-" {
			return nil, o, errors.New("bad config")
		}
		o.Lang = "de"
		return eng, o, nil
	}
	r := run.Run(eng, []string{a, b, "-"}, opts)
	if r.Files[0].Error != "" || r.Files[0].Language != "de" {
		t.Errorf("a: %+v", r.Files[0])
	}
	if r.Files[1].Error != "bad config" || r.Files[2].Path != read.StdinPath || r.Files[2].Error != "bad config" {
		t.Errorf("b, stdin: %+v %+v", r.Files[1], r.Files[2])
	}
}
