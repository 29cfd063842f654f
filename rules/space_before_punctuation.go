package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// SpaceBeforePunctuation finds a space between a word and the period, comma,
// colon, semicolon, question or exclamation mark that ends it ("twice a day .").
// French, where a (no-break) space before ; : ! ? is the rule, gets only the
// period and comma reported.
var SpaceBeforePunctuation = &checker.Rule{
	ID:    "space-before-punctuation",
	Title: "a space between a word and the punctuation mark after it",
	Doc: `Machine translation and the reassembly of split sentences leave a space in front of
punctuation: "the ferry leaves at six .", "the mayor : we are ready". In most languages
. , ; : ! ? follow the word directly.

The rule reports the space (one or more spaces, no-break spaces included) plus the mark
when a letter, digit or closing bracket or quotation mark comes before the space and the
mark ends the word: white space, the end of the paragraph or a closing quotation mark
follows it. The suggestion is the mark without the space. A space before the full-width
marks of Chinese and Japanese (，。、；：！？) is reported in every language.

French puts a (narrow) no-break space before ; : ! ? and inside « »; in French text only a
space before a period or comma is reported. When the language is unknown, the same
lenient French reading applies.

Left alone: ellipses (" …", " ...", " . . ."), a leading-dot token (" .NET", " .com",
" .5"), a comma or period glued to the next word, smileys (" :)", " ;-)"), times, scores
and ratios with spaced colons ("2 : 1"), and marks after other punctuation (Spanish
"¿ ?", "– ?").`,
	Bad:      "The ferry will call at the island twice a day .",
	Good:     "The ferry will call at the island twice a day.",
	Severity: checker.Warning,
	Locale:   true,
	Check:    checkSpaceBeforePunctuation,
}

func checkSpaceBeforePunctuation(p *checker.Pass) error {
	// French spacing is correct French; an unknown language may be French.
	spacedHigh := p.Locale.SpaceBeforeHighPunct || p.Locale.Lang == ""
	for _, b := range p.Doc.Blocks {
		for _, s := range spacesBeforePunctuation(b.Text, spacedHigh) {
			mark, size := textutil.LastRune(b.Text[:s.End])
			p.ReportFix(b, s, "space before "+punctName(mark), string(mark),
				checker.Replace(textdoc.Span{Start: s.Start, End: s.End - size}, ""))
		}
	}
	return nil
}

// spacesBeforePunctuation returns the spans of text that hold a run of spaces
// and the punctuation mark after it, where the space should not be there.
// With spacedHigh, a space before ; : ! ? is correct (French) and left alone.
//
// The scan stops at the marks, not at the spaces, which are far more
// common: a mark's run of spaces is found by reading back from it.
func spacesBeforePunctuation(text string, spacedHigh bool) []textdoc.Span {
	var out []textdoc.Span
	for i := 0; i < len(text); {
		if i = spaceMarkStops.Skip(text, i); i == len(text) {
			break
		}
		mark, size := utf8.DecodeRuneInString(text[i:])
		at := i
		i += size
		fullWidth := mark >= utf8.RuneSelf
		if fullWidth && !strings.ContainsRune(fullWidthMarks, mark) {
			continue // another character of the marks' first byte
		}
		start := at
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:start])
			if !isInlineSpace(r) {
				break
			}
			start -= n
		}
		if start == at || start == 0 {
			continue // no space before the mark, or nothing before the space
		}
		before, _ := textutil.LastRune(text[:start])
		if !endsWord(before) {
			continue
		}
		if fullWidth {
			out = append(out, textdoc.Span{Start: start, End: at + size})
			continue
		}
		if spacedHigh && strings.ContainsRune(";:!?", mark) {
			continue
		}
		if !markEndsWord(text, at, mark, before) {
			continue
		}
		out = append(out, textdoc.Span{Start: start, End: at + size})
	}
	return out
}

// spaceMarkStops are the bytes at which spacesBeforePunctuation looks: the
// first bytes of the ASCII and full-width marks.
var spaceMarkStops = firstBytes(".,;:!?" + fullWidthMarks)

// fullWidthMarks are the CJK punctuation marks that never follow a space.
const fullWidthMarks = "，。、；：！？"

// isInlineSpace reports whether r is a space that can sit between words on one
// line: the space and the no-break, narrow no-break, thin and hair spaces.
// Tabs and line breaks are layout, not typing errors.
func isInlineSpace(r rune) bool {
	switch r {
	case ' ', '\u00a0', '\u202f', '\u2009', '\u200a':
		return true
	}
	return false
}

// endsWord reports whether r can end the word a punctuation mark belongs to:
// a letter, a digit, or a closing bracket or quotation mark.
func endsWord(r rune) bool {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true
	}
	switch r {
	case ')', ']', '”', '’', '」', '』':
		return true
	}
	return false
}

// markEndsWord reports whether the ASCII mark at text[i] is punctuation that
// closes the word before the space, rather than the start of a token (".NET",
// ".5"), an ellipsis, a smiley or the colon of a score. before is the rune
// before the space.
func markEndsWord(text string, i int, mark rune, before rune) bool {
	rest := text[i+1:]
	if mark == '!' || mark == '?' {
		// "?!", "!!": look past the run of marks.
		rest = strings.TrimLeft(rest, "!?")
	}
	if mark == '.' {
		if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, " .") || strings.HasPrefix(rest, "\u00a0.") {
			// An ellipsis, typed or spaced (". . .").
			return false
		}
	}
	if mark == ':' && unicode.IsDigit(before) {
		// A score, time or ratio: "2 : 1", "1 : 50 000".
		if r, _ := textutil.FirstRune(strings.TrimLeft(rest, " \u00a0\u202f")); unicode.IsDigit(r) {
			return false
		}
	}
	if rest == "" {
		return true
	}
	if mark == '.' && len(rest) > 0 && strings.ContainsRune(":,;", rune(rest[0])) {
		// An abbreviation's period spaced off before the mark that follows
		// it: "12:37 p.m .:", "etc .,".
		if after, _ := textutil.FirstRune(rest[1:]); rest[1:] == "" || unicode.IsSpace(after) {
			return true
		}
	}
	next, _ := textutil.FirstRune(rest)
	if unicode.IsSpace(next) || isInlineSpace(next) {
		return true
	}
	switch next {
	case '”', '’', '"', '»', '」', '』':
		return true
	}
	// A letter, digit, bracket or other mark follows: ".NET", ",5", ":)",
	// ";-)", "...".
	return false
}

// punctName names a punctuation mark for a message.
func punctName(r rune) string {
	switch r {
	case '!', '！':
		return "exclamation mark"
	case '?', '？':
		return "question mark"
	case '、':
		return "ideographic comma"
	}
	return quoteMark(r)
}
