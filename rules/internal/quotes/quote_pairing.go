package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// The double quotation mark styles that quote pairing knows, in every locale:
// a mark of another locale still has to be paired so that its closing mark
// (the German closing “ is the English opening mark) is not taken for an
// opening one. Single quotation marks are never paired: ’ is an apostrophe.
var (
	DoubleQuoteStyles = []textdoc.QuotePair{
		{Open: '“', Close: '”'}, // English and many more
		{Open: '„', Close: '“'}, // German, Russian inner
		{Open: '„', Close: '”'}, // Polish, Dutch, Hungarian
		{Open: '«', Close: '»'}, // French, Spanish, Russian
		{Open: '»', Close: '«'}, // German books, Danish
		{Open: '"', Close: '"'},
		{Open: '「', Close: '」'},
		{Open: '『', Close: '』'},
	}
	// NordicQuoteStyles adds the Swedish and Finnish marks that open and
	// close alike (”…”, »…»), for languages without locale data.
	NordicQuoteStyles = append(append([]textdoc.QuotePair(nil), DoubleQuoteStyles...),
		textdoc.QuotePair{Open: '”', Close: '”'},
		textdoc.QuotePair{Open: '»', Close: '»'},
	)
)

// PairMark is one quotation mark in a block's text.
type PairMark struct {
	R   rune
	Off int // byte offset in the text
}

// QuotePairs is what PairQuotes found in a text.
type QuotePairs struct {
	Pairs    [][2]PairMark // opening and closing mark, in order of closing
	Unclosed []PairMark    // opening marks never closed
	Unopened []PairMark    // closing marks with no opening mark
}

// PairQuotes pairs the double quotation marks of text, skipping the verbatim
// spans. Nested quotations pair innermost first; a mark that can open one
// style and close another (“, ", ») closes the quotation on top when it can,
// and counts as a closing mark without a partner when nothing is open that it
// closes but it sits where closing marks go ("well“, he said").
// spacedGuillemets says whether « » with white space on both sides are
// quotation marks (French, « Bonjour ») rather than arrows or breadcrumb
// separators ("Home » World"). A straight " right after a digit is an inch
// mark unless a straight quotation is open.
func PairQuotes(text string, verbatim []textdoc.Span, styles []textdoc.QuotePair, spacedGuillemets bool) QuotePairs {
	var res QuotePairs
	var stack []PairMark
	v := 0
	latin1 := -1 // whether a style has a mark of U+00C0 to U+00FF; found when first needed
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '"' {
			// The common case: ASCII letters, digits, spaces and marks.
			i = textutil.SkipASCII(text, i, '"')
			continue
		}
		if _, _, ok := textutil.Latin1Letter(text, i); ok {
			// An accented letter, most of the other characters of
			// European text: no quotation mark of any style.
			if latin1 < 0 {
				latin1 = 0
				if slices.ContainsFunc(styles, func(q textdoc.QuotePair) bool {
					return 0xc0 <= q.Open && q.Open <= 0xff || 0xc0 <= q.Close && q.Close <= 0xff
				}) {
					latin1 = 1
				}
			}
			if latin1 == 0 {
				i += 2
				continue
			}
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

func isQuoteOf(styles []textdoc.QuotePair, r rune) bool {
	for _, q := range styles {
		if q.Open == r || q.Close == r {
			return true
		}
	}
	return false
}

func opens(styles []textdoc.QuotePair, r rune) bool {
	for _, q := range styles {
		if q.Open == r {
			return true
		}
	}
	return false
}

func Closes(styles []textdoc.QuotePair, open, r rune) bool {
	for _, q := range styles {
		if q.Open == open && q.Close == r {
			return true
		}
	}
	return false
}

// closesAny reports whether r closes a quotation in one of the styles.
func closesAny(styles []textdoc.QuotePair, r rune) bool {
	for _, q := range styles {
		if q.Close == r {
			return true
		}
	}
	return false
}

// looksClosing reports whether the mark text[off:off+n] sits where a closing
// mark goes: glued to the end of a word or sentence, and followed by white
// space, punctuation or the end of the text.
func looksClosing(text string, off, n int) bool {
	if off == 0 {
		return false
	}
	prev, _ := textutil.LastRune(text[:off])
	if unicode.IsSpace(prev) || unicode.Is(unicode.Ps, prev) || unicode.Is(unicode.Pi, prev) || unicode.Is(unicode.Pd, prev) {
		return false
	}
	if off+n == len(text) {
		return true
	}
	next, _ := textutil.FirstRune(text[off+n:])
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// straightOpens reports whether the straight mark at text[off] can only open a
// quotation: it follows white space, an opening bracket or a dash and comes
// right before a letter or digit (` "We`). A mark glued on both sides or
// spaced on both sides could be either and is paired by turns.
func straightOpens(text string, off int) bool {
	if off > 0 {
		prev, _ := textutil.LastRune(text[:off])
		if !unicode.IsSpace(prev) && !unicode.Is(unicode.Ps, prev) && !unicode.Is(unicode.Pd, prev) {
			return false
		}
	}
	next, _ := textutil.FirstRune(text[off+1:])
	return unicode.IsLetter(next) || unicode.IsDigit(next)
}

func hasOpen(stack []PairMark, r rune) bool {
	for _, m := range stack {
		if m.R == r {
			return true
		}
	}
	return false
}

// standsAlone reports whether text[off:off+n] has white space or a text edge
// on both sides.
func standsAlone(text string, off, n int) bool {
	if off > 0 {
		if r, _ := textutil.LastRune(text[:off]); !unicode.IsSpace(r) {
			return false
		}
	}
	if off+n < len(text) {
		if r, _ := textutil.FirstRune(text[off+n:]); !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func containsRuneBefore(text string, off int, r rune) bool {
	for _, c := range text[:off] {
		if c == r {
			return true
		}
	}
	return false
}

// StartsWithOpeningQuote reports whether text begins with a mark that opens a
// quotation in one of the styles.
func StartsWithOpeningQuote(text string, styles []textdoc.QuotePair) bool {
	r, _ := textutil.FirstRune(text)
	return opens(styles, r)
}

func MarkSpan(m PairMark) textdoc.Span {
	return textdoc.Span{Start: m.Off, End: m.Off + utf8.RuneLen(m.R)}
}

// italianQuoteStyles adds, for Italian, a quotation closed with its
// opening mark's twin, “…“, as Italian web text often writes it: the mark
// is the wrong one, not missing. (In English the same pairing would close
// an unclosed quotation with the next one's opening mark.)
var italianQuoteStyles = append(append([]textdoc.QuotePair(nil), DoubleQuoteStyles...), textdoc.QuotePair{Open: '“', Close: '“'})

// StylesFor returns the double quotation mark styles that pair the marks of
// a text in lang: DoubleQuoteStyles for a language with locale data,
// NordicQuoteStyles for one without, and for Italian the twin closing mark
// too.
func StylesFor(lang string) []textdoc.QuotePair {
	switch base, _, _ := strings.Cut(lang, "-"); {
	case base == "it":
		return italianQuoteStyles
	case !KnownLocale(lang):
		return NordicQuoteStyles
	}
	return DoubleQuoteStyles
}

// KnownLocale reports whether lang has its own locale data.
func KnownLocale(lang string) bool {
	return lang != "" && slices.Contains(textdoc.KnownLocales(), lang)
}
