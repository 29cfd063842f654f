package rules

import (
	"testing"

	"github.com/mtlint/mtlint/checker"
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
	model := func() checker.LanguageModel { builds++; return checker.NewLinguaModel() }
	eng, err := checker.NewEngine(All(), checker.Config{Disable: needs, LanguageModel: model})
	if err != nil {
		t.Fatal(err)
	}
	eng.Run([]string{exampleArticle}, checker.RunOptions{})
	eng.Run([]string{exampleArticle}, checker.RunOptions{Lang: "en", SourceLang: "de"})
	if builds != 0 {
		t.Errorf("--disable %v still built the language model", needs)
	}
	eng, err = checker.NewEngine(All(), checker.Config{LanguageModel: model})
	if err != nil {
		t.Fatal(err)
	}
	eng.Run([]string{exampleArticle}, checker.RunOptions{Lang: "en"})
	if builds != 1 {
		t.Errorf("language model built %d times, want 1", builds)
	}
}

func TestForeignName(t *testing.T) {
	for _, tt := range []struct {
		f    checker.ForeignSpan
		want string
	}{
		{checker.ForeignSpan{Lang: "de", Conf: 0.984}, "German (0.98)"},
		{checker.ForeignSpan{Lang: "ru", Conf: 1, Script: checker.Cyrillic}, "Russian (Cyrillic script)"},
		{checker.ForeignSpan{Conf: 1, Script: checker.Arabic}, "in Arabic script"},
	} {
		if got := foreignName(tt.f); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.f, got, tt.want)
		}
	}
}
