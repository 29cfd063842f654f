package rules

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/quotes"
)

func TestIsListMarker(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"1) first", true},
		{"see 12) below", true},
		{"options a) and b)", true},
		{"phase ii) starts", true},
		{"phase IV) starts", true},
		{"пункт б) дальше", true},
		{"100) three digits", true},
		{"1234) too long", false},
		{"sharply) rose", false},
		{"x(a) inside", false},
		{"word) rest", false},
	}
	for _, tt := range tests {
		off := strings.IndexByte(tt.text, ')')
		if got := isListMarker(tt.text, off); got != tt.want {
			t.Errorf("isListMarker(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestUnbalancedBrackets(t *testing.T) {
	tests := []struct {
		text string
		want string // the unmatched marks, in order
	}{
		{"balanced (a [b] {c}) text", ""},
		{"open (never closed", "("},
		{"closed) never opened", ")"},
		{"mixed ( [ ) text", "["},
		{"1) first 2) second", ""},
		{"happy :) and sad :( and more :-)) here", ""},
		{"the interval [0, 1) is half open", ""},
		{"(nested (twice) once", "("},
		{"full width （约3亿円 open", "（"},
		{"section 3(a) and (b)", ""},
		{"【news】 headline", ""},
	}
	for _, tt := range tests {
		var got strings.Builder
		for _, m := range unbalancedBrackets(tt.text, nil) {
			got.WriteRune(m.R)
		}
		if got.String() != tt.want {
			t.Errorf("unbalancedBrackets(%q) = %q, want %q", tt.text, got.String(), tt.want)
		}
	}
}

func TestUnbalancedBracketsSkipsVerbatim(t *testing.T) {
	text := "call f( with care"
	i := strings.Index(text, "f(")
	if got := unbalancedBrackets(text, []textdoc.Span{{Start: i, End: i + 2}}); len(got) != 0 {
		t.Errorf("bracket inside a verbatim span reported: %v", got)
	}
}

func TestPairQuotes(t *testing.T) {
	tests := []struct {
		text     string
		spaced   bool
		pairs    string // opening and closing marks of each pair, in order of closing
		unclosed string
		unopened string
	}{
		{"“English” and “more”", false, "“”“”", "", ""},
		{"„German“ and »books«", false, "„“»«", "", ""},
		{"„Polish” text", false, "„”", "", ""},
		{"«Spanish» y “inglés”", false, "«»“”", "", ""},
		{"“outer „inner“ outer”", false, "„““”", "", ""},
		{"“open only", false, "", "“", ""},
		{"closed only” here", false, "", "", "”"},
		{"well“, he said", false, "", "", "“"},
		{"Gut\": missing", false, "", "", "\""},
		{"he said \"yes\" twice", false, "\"\"", "", ""},
		{"“He said \"yes” today", false, "“”", "\"", ""},
		{"a 12\" record and \"quoted\"", false, "\"\"", "", ""},
		{"Home » World » Europe", false, "", "", ""},
		{"Home » World » Europe", true, "", "", ""},
		{"« Bonjour » dit-il", true, "«»", "", ""},
		{"« Bonjour » dit-il", false, "", "", ""},
		{"« Bonjour, dit-il", true, "", "«", ""},
		{"「日本」と『本』", false, "「」『』", "", ""},
		{"‘single’ and don’t", false, "", "", ""},
	}
	for _, tt := range tests {
		qp := quotes.PairQuotes(tt.text, nil, quotes.DoubleQuoteStyles, tt.spaced)
		var pairs, unclosed, unopened strings.Builder
		for _, p := range qp.Pairs {
			pairs.WriteRune(p[0].R)
			pairs.WriteRune(p[1].R)
		}
		for _, m := range qp.Unclosed {
			unclosed.WriteRune(m.R)
		}
		for _, m := range qp.Unopened {
			unopened.WriteRune(m.R)
		}
		if pairs.String() != tt.pairs || unclosed.String() != tt.unclosed || unopened.String() != tt.unopened {
			t.Errorf("pairQuotes(%q, spaced=%v) = pairs %q, unclosed %q, unopened %q; want %q, %q, %q",
				tt.text, tt.spaced, pairs.String(), unclosed.String(), unopened.String(), tt.pairs, tt.unclosed, tt.unopened)
		}
	}
}

func TestPairQuotesNordic(t *testing.T) {
	qp := quotes.PairQuotes("Han sa ”hej” och »adjö»", nil, quotes.NordicQuoteStyles, false)
	if len(qp.Pairs) != 2 || len(qp.Unclosed) != 0 || len(qp.Unopened) != 0 {
		t.Errorf("Swedish quotes: %+v", qp)
	}
}

func TestQuotesAcrossParagraphs(t *testing.T) {
	tests := []struct {
		paras []string
		want  int // marks left alone
	}{
		{[]string{"He said: “We stay.", "We always will,” he added."}, 2},
		{[]string{"He said: “We stay.", "No quotes here.", "We always will,” he added."}, 2},
		{[]string{"He said: “We stay.", "She said “no” twice.", "We always will,” he added."}, 0},
		{[]string{"He said: “We stay.", "a", "b", "c", "We always will,” he added."}, 0},
		{[]string{"“One” and “two.", "Three” and four."}, 2},
		{[]string{"“Open, then “another” pair.", "Closed” here."}, 0},
		{[]string{"He said: “We stay.", "And “so” we will” he added."}, 0},
		{[]string{"„Wir bleiben.", "Immer“, sagte er."}, 2},
		{[]string{"«Nous restons.", "Toujours”, dit-il."}, 0},
	}
	for _, tt := range tests {
		pairs := make([]quotes.QuotePairs, len(tt.paras))
		for i, p := range tt.paras {
			pairs[i] = quotes.PairQuotes(p, nil, quotes.DoubleQuoteStyles, false)
		}
		if got := len(quotesAcrossParagraphs(pairs, quotes.DoubleQuoteStyles)); got != tt.want {
			t.Errorf("quotesAcrossParagraphs(%q) left %d marks alone, want %d", tt.paras, got, tt.want)
		}
	}
}
