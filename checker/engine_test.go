package checker

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

func ruleIDs(rs []*Rule) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func TestEngineEnableDisable(t *testing.T) {
	all := []*Rule{wordRule("a", "x", Error, ""), wordRule("b", "x", Error, ""), wordRule("c", "x", Error, "")}
	tests := []struct {
		cfg  Config
		want []string
	}{
		{Config{}, []string{"a", "b", "c"}},
		{Config{Disable: []string{"b"}}, []string{"a", "c"}},
		{Config{Disable: []string{"all"}, Enable: []string{"c"}}, []string{"c"}},
		{Config{Disable: []string{"a"}, Enable: []string{"a"}}, []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		e, err := NewEngine(all, tt.cfg)
		if err != nil {
			t.Fatal(err)
		}
		if got := ruleIDs(e.Rules()); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%+v: rules %v, want %v", tt.cfg, got, tt.want)
		}
	}
	for _, cfg := range []Config{
		{Enable: []string{"nope"}},
		{Disable: []string{"nope"}},
		{Severity: map[string]Severity{"nope": Info}},
		{Options: map[string]map[string]string{"a": {"nope": "1"}}},
	} {
		if _, err := NewEngine(all, cfg); err == nil {
			t.Errorf("%+v: no error for an unknown name", cfg)
		}
	}
}

func TestEngineSeverityAndOptions(t *testing.T) {
	r := &Rule{ID: "opt", Severity: Warning, Options: []Option{{Name: "min", Default: "3", Kind: Integer}}, Check: func(p *Pass) error {
		for _, b := range p.Doc.Blocks {
			for _, w := range b.Words {
				if w.Len() >= p.IntOption("min") {
					p.ReportSeverity(b, w, Error, "long word", "")
				}
			}
		}
		return nil
	}}
	doc, err := read.Parse("a.txt", []byte("ab abc abcd"), textdoc.FormatText, "en")
	if err != nil {
		t.Fatal(err)
	}
	count := func(cfg Config) (int, Severity) {
		e, err := NewEngine([]*Rule{r}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := e.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			return 0, 0
		}
		return len(fs), fs[0].Severity
	}
	if n, sev := count(Config{}); n != 2 || sev != Error {
		t.Errorf("defaults: %d findings at %v, want 2 at error (the rule's own choice)", n, sev)
	}
	if n, _ := count(Config{Options: map[string]map[string]string{"opt": {"min": "4"}}}); n != 1 {
		t.Errorf("min=4: %d findings, want 1", n)
	}
	if n, sev := count(Config{Severity: map[string]Severity{"opt": Info}}); n != 2 || sev != Info {
		t.Errorf("severity override: %d findings at %v, want 2 at info", n, sev)
	}
	if _, err := NewEngine([]*Rule{r}, Config{Options: map[string]map[string]string{"opt": {"min": "many"}}}); err == nil {
		t.Error("a non-integer value for an integer option was accepted")
	}
}

func TestEnginePanicIsAnError(t *testing.T) {
	bad := &Rule{ID: "bad", Severity: Error, Check: func(p *Pass) error { panic("boom") }}
	good := wordRule("good", "x", Error, "")
	e, err := NewEngine([]*Rule{bad, good}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := read.Parse("a.txt", []byte("x y x"), textdoc.FormatText, "en")
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.Check(doc)
	if err == nil || !strings.Contains(err.Error(), "bad: panic: boom") {
		t.Errorf("err = %v, want the rule's panic", err)
	}
	if len(fs) != 2 {
		t.Errorf("got %d findings from the good rule, want 2", len(fs))
	}
}

func TestEngineDropsVerbatim(t *testing.T) {
	doc, err := read.Parse("a.md", []byte("Dhe `Dhe` Dhe\n"), "", "en")
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEngine([]*Rule{wordRule("w", "Dhe", Error, "")}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.Check(doc)
	if err != nil {
		t.Fatal(err)
	}
	var offs []int
	for _, f := range fs {
		offs = append(offs, f.Offset)
	}
	if !reflect.DeepEqual(offs, []int{0, 10}) {
		t.Errorf("finding offsets %v, want [0 10] (the code span dropped)", offs)
	}
}

func TestEngineMasks(t *testing.T) {
	mask := &Rule{ID: "mask", Severity: Error, Masks: true, Check: func(p *Pass) error {
		b := p.Doc.Blocks[0]
		p.Report(b, textdoc.Span{Start: 0, End: len("Ã¼ber")}, "garbled", "über")
		return nil
	}}
	inner := &Rule{ID: "inner", Severity: Warning, Check: func(p *Pass) error {
		for _, b := range p.Doc.Blocks {
			for i, r := range b.Text {
				if r == '¼' || r == 'x' {
					p.Report(b, textdoc.Span{Start: i, End: i + len(string(r))}, "odd", "")
				}
			}
		}
		return nil
	}}
	e, err := NewEngine([]*Rule{mask, inner}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := read.Parse("a.txt", []byte("Ã¼ber x"), textdoc.FormatText, "de")
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.Check(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule+":"+f.Text)
	}
	if !reflect.DeepEqual(got, []string{"mask:Ã¼ber", "inner:x"}) {
		t.Errorf("findings %v: the finding inside the masking span should be dropped", got)
	}
}

// TestEngineLanguageVerdict: when a LanguageVerdict rule reports the file,
// the findings of Locale rules go; other rules' stay, and without the
// verdict (or with it suppressed) nothing goes.
func TestEngineLanguageVerdict(t *testing.T) {
	reportFirst := func(id string, sev Severity, locale, verdict bool) *Rule {
		return &Rule{ID: id, Severity: sev, Locale: locale, LanguageVerdict: verdict, Check: func(p *Pass) error {
			if strings.Contains(p.Doc.Blocks[0].Text, "Deutsch") || !verdict {
				p.Report(p.Doc.Blocks[0], textdoc.Span{Start: 0, End: 3}, id, "")
			}
			return nil
		}}
	}
	rules := []*Rule{reportFirst("verdict", Error, false, true), reportFirst("quotes", Warning, true, false), reportFirst("spaces", Warning, false, false)}
	e, err := NewEngine(rules, Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Das ist Deutsch.", []string{"spaces", "verdict"}},
		{"This is English.", []string{"quotes", "spaces"}},
		{"<!-- mtlint-disable-next-line verdict -->\nDas ist Deutsch.", []string{"quotes", "spaces"}},
	} {
		doc, err := read.Parse("a.md", []byte(tt.text), textdoc.FormatMarkdown, "en")
		if err != nil {
			t.Fatal(err)
		}
		fs, err := e.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.Rule)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: findings %v, want %v", tt.text, got, tt.want)
		}
	}
}

// wordRule reports every occurrence of a word; it stands in for real rules so
// formatter tests do not change when rules do.
func wordRule(id, word string, sev Severity, suggestion string) *Rule {
	return &Rule{ID: id, Title: "test rule", Severity: sev, Check: func(p *Pass) error {
		for _, b := range p.Doc.Blocks {
			for _, w := range b.Words {
				if b.Text[w.Start:w.End] == word {
					p.Report(b, w, "found "+word, suggestion)
				}
			}
		}
		return nil
	}}
}
