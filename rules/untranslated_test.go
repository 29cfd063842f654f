package rules

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/run"
)

// TestNoModelsWithoutLanguageRules: disabling the rules that need detection
// keeps the language models unloaded.
func TestNoModelsWithoutLanguageRules(t *testing.T) {
	var needs []string
	for _, r := range All() {
		if r.NeedsLanguage {
			needs = append(needs, r.ID)
		}
	}
	if len(needs) < 2 {
		t.Fatalf("rules needing detection: %v", needs)
	}
	builds := 0
	model := func() langid.LanguageModel { builds++; return langid.NewLinguaModel() }
	eng, err := checker.NewEngine(All(), checker.Config{Disable: needs, LanguageModel: model})
	if err != nil {
		t.Fatal(err)
	}
	run.Run(eng, []string{exampleArticle}, run.Options{})
	run.Run(eng, []string{exampleArticle}, run.Options{Lang: "en", SourceLang: "de"})
	if builds != 0 {
		t.Errorf("--disable %v still built the language model", needs)
	}
	eng, err = checker.NewEngine(All(), checker.Config{LanguageModel: model})
	if err != nil {
		t.Fatal(err)
	}
	run.Run(eng, []string{exampleArticle}, run.Options{Lang: "en"})
	if builds != 1 {
		t.Errorf("language model built %d times, want 1", builds)
	}
}

func TestForeignName(t *testing.T) {
	for _, tt := range []struct {
		f    langid.ForeignSpan
		want string
	}{
		{langid.ForeignSpan{Lang: "de", Conf: 0.984}, "German (0.98)"},
		{langid.ForeignSpan{Lang: "ru", Conf: 1, Script: langid.Cyrillic}, "Russian (Cyrillic script)"},
		{langid.ForeignSpan{Conf: 1, Script: langid.Arabic}, "in Arabic script"},
	} {
		if got := foreignName(tt.f); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.f, got, tt.want)
		}
	}
}

// TestExampleArticleLanguage runs the real models on our example article:
// the German paragraph (line 39) and sentence (line 55) are found, the
// German place names elsewhere are not.
func TestExampleArticleLanguage(t *testing.T) {
	eng, err := checker.NewEngine(All(), checker.Config{Disable: []string{"all"}, Enable: languageRules()})
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []run.Options{{Lang: "en", SourceLang: "de"}, {Lang: "en"}, {}} {
		r := run.Run(eng, []string{exampleArticle}, opts)
		if r.Files[0].Language != "en" {
			t.Errorf("%+v: language %q, want en", opts, r.Files[0].Language)
		}
		var got []string
		for _, f := range r.Findings {
			got = append(got, fmt.Sprintf("%d:%d %s %s", f.Line, f.Column, f.Rule, f.Severity))
		}
		want := []string{"39:1 untranslated error", "55:141 untranslated warning"}
		if !slices.Equal(got, want) {
			t.Errorf("%+v: findings %v, want %v", opts, got, want)
		}
	}
}

// TestDocumentLanguage detects the language of each clean article without
// --lang, with the real models: the file name says what it must be.
func TestDocumentLanguage(t *testing.T) {
	files := fixtureFiles(t, filepath.Join("..", "testdata", "clean"))
	eng, err := checker.NewEngine(All(), checker.Config{Disable: []string{"all"}, Enable: languageRules()})
	if err != nil {
		t.Fatal(err)
	}
	r := run.Run(eng, files, run.Options{})
	for _, f := range r.Files {
		want := readFixture(t, f.Path).Lang // a bilingual file's name gives source and target
		if f.Language != want {
			t.Errorf("%s: detected %q, want %q", f.Path, f.Language, want)
		}
	}
	for _, f := range r.Findings {
		t.Errorf("%s:%d: [%s] %s", f.Path, f.Line, f.Rule, f.Message)
	}
}
