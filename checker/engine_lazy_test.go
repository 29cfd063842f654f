package checker

import (
	"testing"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

func TestEngineBuildsLanguageServiceLazily(t *testing.T) {
	builds := 0
	cfg := func(disable ...string) Config {
		return Config{Disable: disable, LanguageModel: func() langid.LanguageModel { builds++; return &fakeModel{} }}
	}
	rules := []*Rule{wordRule("plain", "x", Error, ""), langRule}
	text := []byte("The ferry will stop at the pier. Die Firma prüft aber, ob die Fahrten am Wochenende noch bleiben und wie sie das bezahlen kann.\n")
	check := func(e *Engine, lang string, times int) []Finding {
		var all []Finding
		for range times {
			doc, err := read.Parse("a.txt", text, textdoc.FormatText, lang)
			if err != nil {
				t.Fatal(err)
			}
			fs, err := e.Check(doc)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, fs...)
		}
		return all
	}

	e, err := NewEngine(rules, cfg("lang"))
	if err != nil {
		t.Fatal(err)
	}
	check(e, "", 2)
	check(e, "en", 1)
	if builds != 0 || e.LanguageServiceBuilds() != 0 {
		t.Errorf("language service built %d times with no rule needing it", builds)
	}

	e, err = NewEngine(rules, cfg())
	if err != nil {
		t.Fatal(err)
	}
	fs := check(e, "en", 3)
	if builds != 1 || e.LanguageServiceBuilds() != 1 {
		t.Errorf("language service built %d times, want once", builds)
	}
	if len(fs) != 3 {
		t.Errorf("findings: %+v", fs)
	}
}
