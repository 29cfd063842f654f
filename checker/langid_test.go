package checker

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// fakeModel scores text by the stop words of each candidate, so tests of the
// language logic need no models. It records the candidate lists it is asked
// about.
type fakeModel struct {
	mu        sync.Mutex
	calls     int
	preloaded []string
	asked     map[string]bool
}

func (m *fakeModel) Preload(langs []string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.preloaded = append(m.preloaded, langs...)
}

func (m *fakeModel) Scores(text string, langs []string) []langid.LangScore {
	m.mu.Lock()
	m.calls++
	if m.asked == nil {
		m.asked = map[string]bool{}
	}
	for _, l := range langs {
		m.asked[l] = true
	}
	m.mu.Unlock()
	hits := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, l := range langs {
			if langid.IsFunctionWord(w, l) {
				hits[l]++
				total++
			}
		}
	}
	out := make([]langid.LangScore, len(langs))
	for i, l := range langs {
		out[i] = langid.LangScore{Lang: l}
		if total > 0 {
			out[i].Conf = float64(hits[l]) / float64(total)
		}
	}
	// Saturate like lingua: a clear winner gets 1.
	slices.SortStableFunc(out, func(a, b langid.LangScore) int {
		switch {
		case a.Conf > b.Conf:
			return -1
		case a.Conf < b.Conf:
			return 1
		}
		return 0
	})
	if len(out) > 1 && out[0].Conf >= 0.75 {
		for i := range out {
			out[i].Conf = 0
		}
		out[0].Conf = 1
	}
	return out
}

func parseDoc(t *testing.T, text, lang string) *textdoc.Document {
	t.Helper()
	doc, err := read.Parse("t.txt", []byte(text), textdoc.FormatText, lang)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestAnalyzeForeignSentenceAndParagraph(t *testing.T) {
	doc := parseDoc(t, "The ferry will stop at the pier in the evening, and the crews will go home. Die Firma prüft aber, ob die Fahrten am Wochenende noch bleiben und wie sie das bezahlen kann.\n\n"+
		"Die Opposition in der Stadt hat die Pläne kritisiert und will das Thema auf die Tagesordnung setzen, sagte ein Sprecher am Dienstag nach der Sitzung.\n\n"+
		"A ferry of line 62 docks at the Finkenwerder pier near Övelgönne.\n", "en")
	m := &fakeModel{}
	rep := langid.NewLanguageService(m, nil).Analyze(doc, "en", "de")
	if got := len(rep.Blocks); got != 3 {
		t.Fatalf("blocks: %d", got)
	}
	b0 := rep.Blocks[0]
	if len(b0.Foreign) != 1 || b0.Foreign[0].Unit != langid.UnitSentence || b0.Foreign[0].Lang != "de" {
		t.Fatalf("block 0: %+v", b0)
	}
	if got := doc.Blocks[0].Text[b0.Foreign[0].Span.Start:b0.Foreign[0].Span.End]; !strings.HasPrefix(got, "Die Firma") {
		t.Errorf("block 0 span: %q", got)
	}
	if f := rep.Blocks[1].Foreign; len(f) != 1 || f[0].Unit != langid.UnitParagraph {
		t.Errorf("block 1: %+v", rep.Blocks[1])
	}
	if f := rep.Blocks[2].Foreign; len(f) != 0 {
		t.Errorf("block 2 (names only): %+v", f)
	}
	// The script gate keeps Russian and Chinese out of a Latin-script text.
	if m.asked["ru"] || m.asked["zh"] {
		t.Errorf("non-Latin candidates were scored: %v", m.asked)
	}
	if slices.Contains(m.preloaded, "ru") || slices.Contains(m.preloaded, "zh") {
		t.Errorf("non-Latin candidates were loaded: %v", m.preloaded)
	}
}

func TestAnalyzeScriptGate(t *testing.T) {
	doc := parseDoc(t, "Компания намерена отменить вечерние рейсы на четырёх линиях с марта, сообщили в мэрии во вторник.\n\n"+
		"The mayor quoted a Russian newspaper, которое было опубликовано без обсуждения с жителями района, at the meeting.\n", "en")
	m := &fakeModel{}
	rep := langid.NewLanguageService(m, []string{"de"}).Analyze(doc, "en", "")
	f := rep.Blocks[0].Foreign
	if len(f) != 1 || f[0].Script != langid.Cyrillic || f[0].Unit != langid.UnitParagraph || f[0].Lang != "ru" {
		t.Errorf("block 0: %+v", rep.Blocks[0])
	}
	f = rep.Blocks[1].Foreign
	if len(f) != 1 || f[0].Script != langid.Cyrillic || f[0].Unit != langid.UnitClause {
		t.Fatalf("block 1: %+v", rep.Blocks[1])
	}
	if got := doc.Blocks[1].Text[f[0].Span.Start:f[0].Span.End]; got != "которое было опубликовано без обсуждения с жителями района" {
		t.Errorf("block 1 span: %q", got)
	}
	if m.asked["ru"] {
		t.Error("the script alone should decide the Cyrillic text")
	}
}

func TestAnalyzeShortTextUndecided(t *testing.T) {
	doc := parseDoc(t, "Source: AP\n\nDie Zeit\n", "en")
	rep := langid.NewLanguageService(&fakeModel{}, nil).Analyze(doc, "en", "de")
	for i, bl := range rep.Blocks {
		if len(bl.Foreign) > 0 {
			t.Errorf("block %d: %+v", i, bl)
		}
	}
}

// langRule is a rule that needs detection and reports every foreign span.
var langRule = &Rule{ID: "lang", Title: "t", Doc: "d", Bad: "b", Good: "g", Severity: Warning, NeedsLanguage: true,
	Check: func(p *Pass) error {
		rep, err := p.Languages()
		if err != nil {
			return err
		}
		for i, bl := range rep.Blocks {
			for _, f := range bl.Foreign {
				p.Report(p.Doc.Blocks[i], f.Span, string(f.Unit), "")
			}
		}
		return nil
	}}

func TestLanguagesNeedsDeclaration(t *testing.T) {
	r := &Rule{ID: "undeclared", Severity: Warning, Check: func(p *Pass) error { _, err := p.Languages(); return err }}
	e, err := NewEngine([]*Rule{r}, Config{LanguageModel: func() langid.LanguageModel { return &fakeModel{} }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Check(parseDoc(t, "Some text here.", "en")); err == nil {
		t.Error("a rule without NeedsLanguage got a language report")
	}
}

// FuzzAnalyze checks that foreign spans lie inside their block, on rune
// boundaries, whatever the text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"The ferry will stop. Die Firma prüft aber, ob die Fahrten am Wochenende noch bleiben und wie sie das bezahlen kann.",
		"Компания ПAO сообщила, что the boats will stop running on the evening lines from March.",
		"港口渡轮 The company said on Tuesday that the cuts were needed 的 报道。",
		"a, b; c: (d) „e“ «f» — g",
	} {
		f.Add(s, "en", "de")
	}
	f.Fuzz(func(t *testing.T, text, target, source string) {
		doc, err := read.Parse("f.txt", []byte(text), textdoc.FormatText, target)
		if err != nil {
			return
		}
		rep := langid.NewLanguageService(&fakeModel{}, nil).Analyze(doc, target, source)
		for i, bl := range rep.Blocks {
			b := doc.Blocks[i]
			for _, fs := range bl.Foreign {
				s := fs.Span
				if s.Start < 0 || s.End > len(b.Text) || s.Start >= s.End {
					t.Fatalf("span %v out of block %q", s, b.Text)
				}
				if !utf8.RuneStart(b.Text[s.Start]) || s.End < len(b.Text) && !utf8.RuneStart(b.Text[s.End]) {
					t.Fatalf("span %v not on rune boundaries in %q", s, b.Text)
				}
			}
		}
	})
}
