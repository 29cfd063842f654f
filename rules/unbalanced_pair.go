package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/quotes"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// UnbalancedPair finds brackets and quotation marks that open and never close
// in their paragraph, or close what was never opened: the trace of a clause
// dropped or moved by machine translation.
var UnbalancedPair = &checker.Rule{
	ID:    "unbalanced-pair",
	Title: "a bracket or quotation mark without its partner in the paragraph",
	Doc: `When machine translation drops, moves or merges part of a sentence, the brackets and
quotation marks around it lose their partner: "He said: “We are ready." or "the
council (nine members voted for it". The rule pairs, within each paragraph, the brackets
( ) [ ] { } （ ） 【 】 and the language's double quotation marks (English “ ”, German
„ “ and » «, French « », Polish „ ”, Russian « » and „ “, Japanese 「 」 『 』, straight
"...") and reports each mark left without a partner.

Pairing follows the language: the German closing “ is the English opening mark, so in
German „Zitat“ pairs, in English “quote” does. Straight marks pair by their neighbours,
not by turns: a " after white space and before a word opens, so a stray mark earlier
in the paragraph is reported itself instead of shifting every pair after it. Marks of another language still pair
with each other but are never reported here (quote-style does that). With an unknown
language every style is accepted, including the Swedish ”…” and »…».

Left alone: single quotation marks and apostrophes (’ is both); list markers such as
"1)", "a)", "ii)" at the start of a paragraph or after white space; smileys (":)",
";-("), half-open intervals ("[0, 1)"); an inch mark after a digit (5'11", 12" vinyl);
guillemets with white space on both sides outside French (arrows and breadcrumbs,
"Home » World"), and in French a spaced » with no « before it. Quotations may run over
paragraphs: a quotation left open at the end of a paragraph is not reported when the next
paragraph opens with a quotation mark too (the usual convention), nor when one of the
next three paragraphs closes it before any other quotation mark, with no quotation in
between (a paragraph split at a line break, or a house style). In Italian, a quotation
closed with its opening mark's twin (“…“, as web text often writes it) counts as closed.`,
	Bad:      "“We are ready for the winter, the harbour master said after the meeting.",
	Good:     "“We are ready for the winter,” the harbour master said after the meeting.",
	Severity: checker.Warning,
	Locale:   true,
	Check:    checkUnbalancedPair,
}

func checkUnbalancedPair(p *checker.Pass) error {
	styles := quotes.StylesFor(p.Locale.Lang)
	spaced := p.Locale.SpaceBeforeHighPunct
	// A quotation may run over up to four paragraphs: the blocks checked
	// are paired with three more on each side, which a large document
	// checked a window at a time (textdoc.Document.Windowed) has beyond the
	// window.
	blocks, first := p.Doc.Blocks, 0
	if len(blocks) > 0 && p.Doc.Root() != p.Doc {
		root := p.Doc.Root().Blocks
		lo, hi := p.Doc.Offset(), p.Doc.Offset()+len(blocks)
		first = lo - max(lo-3, 0)
		blocks = root[lo-first : min(hi+3, len(root))]
	}
	pairs := make([]quotes.QuotePairs, len(blocks))
	for i, b := range blocks {
		pairs[i] = quotes.PairQuotes(b.Text, b.Verbatim(), styles, spaced)
	}
	spanning := quotesAcrossParagraphs(pairs, styles)

	for bi, b := range blocks[first : first+len(p.Doc.Blocks)] {
		bi += first
		for _, m := range unbalancedBrackets(b.Text, b.Verbatim()) {
			if (m.R == '{' || m.R == '}') && p.Doc.SegmentList() {
				// Braces in software strings belong to placeholders and
				// ICU messages, which placeholder-mismatch compares.
				continue
			}
			if isClosingBracket(m.R) {
				p.Report(b, quotes.MarkSpan(m), "closing "+string(m.R)+" has no opening "+string(openingBracket(m.R))+" in the paragraph",
					"add the opening "+string(openingBracket(m.R))+" or remove this "+string(m.R))
			} else {
				p.Report(b, quotes.MarkSpan(m), "opening "+string(m.R)+" is not closed in the paragraph",
					"add the closing "+string(closingBracket(m.R)))
			}
		}

		qp := pairs[bi]
		continued := bi+1 < len(blocks) && quotes.StartsWithOpeningQuote(blocks[bi+1].Text, styles)
		for _, m := range qp.Unclosed {
			if continued || spanning[blockMark{bi, m.Off}] || !p.Locale.HasQuote(m.R) {
				continue
			}
			p.Report(b, quotes.MarkSpan(m), "quotation opened with "+string(m.R)+" is not closed in the paragraph",
				"add the closing "+string(closingQuote(p.Locale, m.R)))
		}
		for _, m := range qp.Unopened {
			if spanning[blockMark{bi, m.Off}] || !p.Locale.HasQuote(m.R) {
				continue
			}
			p.Report(b, quotes.MarkSpan(m), "closing quotation mark "+string(m.R)+" has no opening mark in the paragraph",
				"add the opening quotation mark or remove this "+string(m.R))
		}
	}
	return nil
}

// blockMark names a mark by its block index and offset.
type blockMark struct{ block, off int }

// quotesAcrossParagraphs finds quotations that run over paragraph breaks
// without repeating the opening mark: a paragraph ends with its last opening
// mark unclosed, the next paragraphs hold no quotation marks, and one of the
// next three starts its quotation marks with the matching closing mark. This
// is both a house style for long quotations and what a paragraph split at a
// line break looks like; both marks are then left alone.
func quotesAcrossParagraphs(pairs []quotes.QuotePairs, styles []textdoc.QuotePair) map[blockMark]bool {
	found := map[blockMark]bool{}
	for i, qp := range pairs {
		if len(qp.Unclosed) != 1 {
			continue
		}
		open := qp.Unclosed[0]
		if pairOpenedAfter(qp, open.Off) {
			continue
		}
		for k := i + 1; k < len(pairs) && k <= i+3; k++ {
			next := pairs[k]
			if len(next.Unopened) == 0 {
				if len(next.Pairs) > 0 || len(next.Unclosed) > 0 {
					break // another quotation intervenes
				}
				continue
			}
			close := next.Unopened[0]
			if quotes.Closes(styles, open.R, close.R) && !pairOpenedBefore(next, close.Off) &&
				(len(next.Unclosed) == 0 || next.Unclosed[0].Off > close.Off) {
				found[blockMark{i, open.Off}] = true
				found[blockMark{k, close.Off}] = true
			}
			break
		}
	}
	return found
}

// pairOpenedAfter reports whether a quotation of qp opens after offset off.
func pairOpenedAfter(qp quotes.QuotePairs, off int) bool {
	for _, p := range qp.Pairs {
		if p[0].Off > off {
			return true
		}
	}
	return false
}

// pairOpenedBefore reports whether a quotation of qp opens before offset off.
func pairOpenedBefore(qp quotes.QuotePairs, off int) bool {
	for _, p := range qp.Pairs {
		if p[0].Off < off {
			return true
		}
	}
	return false
}

// closingQuote returns the mark that closes a quotation opened with open in
// the locale, the first style listed for it.
func closingQuote(loc *textdoc.Locale, open rune) rune {
	for _, q := range loc.Quotes {
		if q.Open == open {
			return q.Close
		}
	}
	for _, q := range quotes.DoubleQuoteStyles {
		if q.Open == open {
			return q.Close
		}
	}
	return open
}

// bracketPairs lists the brackets that pair, opening then closing.
const bracketPairs = "()[]{}（）【】"

func isOpeningBracket(r rune) bool {
	i := strings.IndexRune(bracketPairs, r)
	return i >= 0 && runeIndex(bracketPairs, i)%2 == 0
}

func isClosingBracket(r rune) bool {
	i := strings.IndexRune(bracketPairs, r)
	return i >= 0 && runeIndex(bracketPairs, i)%2 == 1
}

// runeIndex converts byte offset i of s to a rune index.
func runeIndex(s string, i int) int { return utf8.RuneCountInString(s[:i]) }

func closingBracket(r rune) rune {
	rs := []rune(bracketPairs)
	for i := 0; i < len(rs); i += 2 {
		if rs[i] == r {
			return rs[i+1]
		}
	}
	return r
}

func openingBracket(r rune) rune {
	rs := []rune(bracketPairs)
	for i := 1; i < len(rs); i += 2 {
		if rs[i] == r {
			return rs[i-1]
		}
	}
	return r
}

// unbalancedBrackets returns the brackets of text without a partner, skipping
// verbatim spans, list markers ("a)"), smileys (":-)") and half-open intervals
// ("[0, 1)").
func unbalancedBrackets(text string, verbatim []textdoc.Span) []quotes.PairMark {
	var out, stack []quotes.PairMark
	v := 0
	for i := 0; i < len(text); {
		if i = bracketStops.Skip(text, i); i == len(text) {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		off := i
		i += n
		open, close := isOpeningBracket(r), isClosingBracket(r)
		if !open && !close {
			continue
		}
		for v < len(verbatim) && verbatim[v].End <= off {
			v++
		}
		if v < len(verbatim) && verbatim[v].Start <= off {
			continue
		}
		if open {
			if !isSmiley(text, off) {
				stack = append(stack, quotes.PairMark{R: r, Off: off})
			}
			continue
		}
		top := len(stack) - 1
		if top >= 0 && closingBracket(stack[top].R) == r {
			stack = stack[:top]
			continue
		}
		if top >= 0 && isInterval(text, stack[top], off) {
			stack = stack[:top]
			continue
		}
		if isListMarker(text, off) || isSmiley(text, off) {
			continue
		}
		j := top - 1
		for j >= 0 && closingBracket(stack[j].R) != r {
			j--
		}
		if j < 0 {
			out = append(out, quotes.PairMark{R: r, Off: off})
			continue
		}
		out = append(out, stack[j+1:]...)
		stack = stack[:j]
	}
	out = append(out, stack...)
	slices.SortFunc(out, func(a, b quotes.PairMark) int { return a.Off - b.Off })
	return out
}

// bracketStops are the bytes unbalancedBrackets looks at: the first bytes of
// the brackets of bracketPairs (the others, umlauts and accents, are
// passed over with the ASCII).
var bracketStops = firstBytes(bracketPairs)

// firstBytes returns the set of the first bytes of the characters of s.
func firstBytes(s string) *textutil.ByteSet {
	var t textutil.ByteSet
	for _, r := range s {
		t.Add(string(r)[0])
	}
	return &t
}

// isListMarker reports whether the ")" at text[off] ends a list marker: a
// number of up to three digits, one letter or a short Roman numeral, at the
// start of the text or after white space ("1)", "b)", "iv)").
func isListMarker(text string, off int) bool {
	if text[off] != ')' {
		return false
	}
	start := off
	for start > 0 {
		r, n := textutil.LastRune(text[:start])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		start -= n
	}
	if start > 0 {
		if r, _ := textutil.LastRune(text[:start]); !unicode.IsSpace(r) {
			return false
		}
	}
	tok := text[start:off]
	switch {
	case tok == "":
		return false
	case strings.Trim(tok, "0123456789") == "":
		return len(tok) <= 3
	case utf8.RuneCountInString(tok) == 1:
		return true
	default:
		return len(tok) <= 4 && (strings.Trim(tok, "ivx") == "" || strings.Trim(tok, "IVX") == "")
	}
}

// isSmiley reports whether the bracket at text[off] is the mouth of a smiley:
// ":)", ":-(", ";)", ":'(", "=)", or a run of them (":))").
func isSmiley(text string, off int) bool {
	mouth := text[off]
	if mouth != '(' && mouth != ')' {
		return false
	}
	i := off
	for i > 0 && text[i-1] == mouth {
		i--
	}
	if i > 0 && (text[i-1] == '-' || text[i-1] == '\'' || text[i-1] == '^') {
		i--
	}
	return i > 0 && (text[i-1] == ':' || text[i-1] == ';' || text[i-1] == '=')
}

// isInterval reports whether open and the mismatched bracket at text[off]
// enclose a half-open numeric interval such as "[0, 1)" or "(2, 5]".
func isInterval(text string, open quotes.PairMark, off int) bool {
	if !(open.R == '[' && text[off] == ')') && !(open.R == '(' && text[off] == ']') {
		return false
	}
	inner := text[open.Off+1 : off]
	if !strings.ContainsAny(inner, ",;") {
		return false
	}
	return strings.Trim(inner, "0123456789.,; -−∞+") == ""
}
