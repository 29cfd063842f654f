package quotes

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// TestPairQuotesLatin1 checks that PairQuotes, which passes over the
// accented letters without decoding them, pairs as a walk that decodes
// every character, with styles that have a mark of U+00C0 to U+00FF and
// styles that do not.
func TestPairQuotesLatin1(t *testing.T) {
	pieces := []string{"a", " ", "ä", "Ü", "ß", "×", "\xc3", "“", "”", "„", "«", "»", "\"", "1", "÷", ",", "."}
	odd := append([]textdoc.QuotePair{{Open: 'Ä', Close: 'Ö'}}, DoubleQuoteStyles...)
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for _, styles := range [][]textdoc.QuotePair{DoubleQuoteStyles, NordicQuoteStyles, odd} {
			got, want := PairQuotes(s, nil, styles, n%2 == 0), pairQuotesReference(s, nil, styles, n%2 == 0)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("PairQuotes(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

func pairQuotesReference(text string, verbatim []textdoc.Span, styles []textdoc.QuotePair, spacedGuillemets bool) QuotePairs {
	var res QuotePairs
	var stack []PairMark
	v := 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '"' {
			// The common case: ASCII letters, digits, spaces and marks.
			i = textutil.SkipASCII(text, i, '"')
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		off := i
		i += n
		if !isQuoteOf(styles, r) {
			continue
		}
		for v < len(verbatim) && verbatim[v].End <= off {
			v++
		}
		if v < len(verbatim) && verbatim[v].Start <= off {
			continue
		}
		if r == '"' && !hasOpen(stack, '"') {
			if prev, _ := textutil.LastRune(text[:off]); unicode.IsDigit(prev) {
				continue // 12" vinyl, 5'11"
			}
		}
		if (r == '«' || r == '»') && standsAlone(text, off, n) {
			if !spacedGuillemets || (r == '»' && !containsRuneBefore(text, off, '«')) {
				continue
			}
		}
		if r == '"' && len(stack) > 0 && stack[len(stack)-1].R == '"' && straightOpens(text, off) {
			// Straight marks pair by their neighbours, not by turns: a mark
			// that can only open leaves the open one stray, so that one stray
			// mark does not shift every pair after it.
			res.Unclosed = append(res.Unclosed, stack[len(stack)-1])
			stack[len(stack)-1] = PairMark{r, off}
			continue
		}
		if len(stack) > 0 && Closes(styles, stack[len(stack)-1].R, r) {
			res.Pairs = append(res.Pairs, [2]PairMark{stack[len(stack)-1], {r, off}})
			stack = stack[:len(stack)-1]
			continue
		}
		// A mark right before a placeholder opens: "を“%s”に" quotes the
		// value the placeholder stands for.
		beforePlaceholder := v < len(verbatim) && verbatim[v].Start == off+n
		if opens(styles, r) && !(closesAny(styles, r) && looksClosing(text, off, n) && !beforePlaceholder) {
			stack = append(stack, PairMark{r, off})
			continue
		}
		// A closing mark that does not close the innermost quotation: it may
		// close an outer one, leaving the inner ones open.
		j := len(stack) - 2
		for j >= 0 && !Closes(styles, stack[j].R, r) {
			j--
		}
		if j < 0 {
			res.Unopened = append(res.Unopened, PairMark{r, off})
			continue
		}
		res.Unclosed = append(res.Unclosed, stack[j+1:]...)
		res.Pairs = append(res.Pairs, [2]PairMark{stack[j], {r, off}})
		stack = stack[:j]
	}
	res.Unclosed = append(res.Unclosed, stack...)
	return res
}
