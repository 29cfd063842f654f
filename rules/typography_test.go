package rules

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/fixture"
	"github.com/mtlint/mtlint/rules/internal/quotes"
)

// checkWithLang runs one rule over text as language lang; lang "" is the
// unknown language, which Parse would otherwise try to guess.
func checkWithLang(t *testing.T, r *checker.Rule, text, lang string) []checker.Finding {
	t.Helper()
	return checkWithOptions(t, r, text, lang, nil)
}

// checkWithOptions is checkWithLang with the rule's options set.
func checkWithOptions(t *testing.T, r *checker.Rule, text, lang string, opts map[string]string) []checker.Finding {
	t.Helper()
	doc, err := read.Parse("t.txt", []byte(text), textdoc.FormatText, "en")
	if err != nil {
		t.Fatal(err)
	}
	doc.Lang = lang
	eng, err := checker.NewEngine([]*checker.Rule{r}, checker.Config{Options: map[string]map[string]string{r.ID: opts}})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := eng.Check(doc)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// TestTypographyUnknownLanguage keeps the rules conservative when the
// language is unknown.
func TestTypographyUnknownLanguage(t *testing.T) {
	tests := []struct {
		rule *checker.Rule
		text string
		want int
	}{
		{QuoteStyle, "He spoke of „promises“ and «plans».", 0},
		{SpaceBeforePunctuation, "Vraiment ? Oui : demain ; peut-être !", 0},
		{SpaceBeforePunctuation, "He left , then came back .", 2},
		{UnbalancedPair, "„Zitat“ and “quote” and «citation» and ”citat”", 0},
		{UnbalancedPair, "“open and never closed", 1},
		{UnbalancedPair, "„offen und nie geschlossen", 1},
	}
	for _, tt := range tests {
		if got := len(checkWithLang(t, tt.rule, tt.text, "")); got != tt.want {
			t.Errorf("%s on %q with unknown language: %d findings, want %d", tt.rule.ID, tt.text, got, tt.want)
		}
	}
	// A language without locale data accepts every style too.
	if got := checkWithLang(t, QuoteStyle, "Han talade om „löften“.", "sv"); len(got) != 0 {
		t.Errorf("quote-style in Swedish: %v", got)
	}
}

// BenchmarkTypography runs the four typography rules over an article-sized
// text (~1,300 words) built from the English fixtures.
func BenchmarkTypography(b *testing.B) {
	var sb strings.Builder
	for _, dir := range []string{"space-before-punctuation", "double-space", "unbalanced-pair", "quote-style"} {
		f, err := fixture.Read(filepath.Join("..", "testdata", "rules", dir, "en.txt"))
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(f.Content)
	}
	text := sb.String()
	for len(strings.Fields(text)) < 1300 {
		text += "\n" + sb.String()
	}
	doc, err := read.Parse("bench.txt", []byte(text), textdoc.FormatText, "en")
	if err != nil {
		b.Fatal(err)
	}
	eng, err := checker.NewEngine([]*checker.Rule{DoubleSpace, QuoteStyle, SpaceBeforePunctuation, UnbalancedPair}, checker.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := eng.Check(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzTypographyHelpers checks that the scanners never panic and return
// spans inside the text, on rune boundaries.
func FuzzTypographyHelpers(f *testing.F) {
	for _, s := range []string{
		"at six . Then", "in May.  The ferry", "“open (never", "„Zitat“ «x» »y«",
		"a) b) :) [0, 1)", "港口 。", "12\" vinyl", "« Bonjour » !", "‚x‘ ‹y› ›z‹", "\xff( \"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		valid := utf8.ValidString(text)
		check := func(name string, s textdoc.Span) {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End ||
				valid && (!utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End]))) {
				t.Fatalf("%s: bad span %v in %q", name, s, text)
			}
		}
		for _, s := range spacesBeforePunctuation(text, false) {
			check("spacesBeforePunctuation", s)
		}
		for _, s := range doubleSpaces(text) {
			check("doubleSpaces", s)
		}
		for _, m := range unbalancedBrackets(text, nil) {
			check("unbalancedBrackets", quotes.MarkSpan(m))
		}
		qp := quotes.PairQuotes(text, nil, quotes.NordicQuoteStyles, true)
		for _, m := range append(qp.Unclosed, qp.Unopened...) {
			check("pairQuotes", quotes.MarkSpan(m))
		}
		for _, p := range singleQuotePairs(text, nil) {
			check("singleQuotePairs", quotes.MarkSpan(p[0]))
		}
	})
}
