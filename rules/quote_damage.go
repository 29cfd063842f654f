package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// guillemetOrientation says which way a language's guillemets point.
type guillemetOrientation uint8

const (
	// guillemetsOut: «…» only (French, Spanish, Russian, Norwegian, ...).
	guillemetsOut guillemetOrientation = iota + 1
	// guillemetsEither: »…« and «…» both in use (German, Danish, Czech,
	// Polish, ...), but one quotation keeps one orientation.
	guillemetsEither
)

// guillemetLanguages lists the languages whose quotation marks include
// guillemets, with the way they point. Swedish and Finnish (»…») are left
// out: there one mark opens and closes.
var guillemetLanguages = func() map[string]guillemetOrientation {
	m := map[string]guillemetOrientation{}
	for _, l := range strings.Fields("fr es it pt ru uk be nb nn no el ca eu gl ro bg lv ar fa hy kk ky uz az sq tr") {
		m[l] = guillemetsOut
	}
	for _, l := range strings.Fields("de da hr sl cs sk hu pl sr bs") {
		m[l] = guillemetsEither
	}
	return m
}()

// quoteDamage is a quotation mark broken on its way through machine
// translation.
type quoteDamage struct {
	off, end   int
	msg        string
	suggestion string
}

// wrongWayGuillemets finds guillemets that point the wrong way for their
// place: in «…» languages a « that closes ("enorme«, sa hun",
// "ødelagt«Den") or a » that opens; in languages that use both orientations,
// a quotation closed with the mark it opened with («…« or »…»). Spaced marks
// (arrows, breadcrumbs) and a » that starts a paragraph with no other
// guillemet (a link arrow) are left alone.
func wrongWayGuillemets(text string, verbatim []textdoc.Span, orient guillemetOrientation, lang string) []quoteDamage {
	var out []quoteDamage
	type mark struct {
		r       rune
		off     int
		opening bool
	}
	var last *mark // the previous guillemet in the paragraph
	count := strings.Count(text, "«") + strings.Count(text, "»")
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		off := i
		i += n
		if r != '«' && r != '»' || inSpans(verbatim, off) {
			continue
		}
		opening, closing := guillemetPlace(text, off, n)
		if closing && r == '«' && gluedBetweenWords(text, off, n) && closedLater(text, off+n) {
			// "sa«Vi kommer»": an opening mark that lost its space, not
			// one turned the wrong way.
			opening, closing = true, false
		}
		cur := mark{r, off, opening}
		switch {
		case !opening && !closing:
		case orient == guillemetsOut && r == '«' && closing && last != nil && last.r == '»' && last.opening:
			// The closing mark of a reversed quotation (»…«), reported at
			// its opening mark.
		case orient == guillemetsOut && r == '«' && closing:
			out = append(out, quoteDamage{off: off, end: off + n,
				msg:        "closing guillemet « points the wrong way; " + lang + " closes a quotation with »",
				suggestion: "»"})
		case orient == guillemetsOut && r == '»' && opening && !(off == 0 && count == 1):
			out = append(out, quoteDamage{off: off, end: off + n,
				msg:        "opening guillemet » points the wrong way; " + lang + " opens a quotation with «",
				suggestion: "«"})
		case orient == guillemetsEither && closing && last != nil && last.opening && last.r == r:
			want := '»'
			if r == '»' {
				want = '«'
			}
			out = append(out, quoteDamage{off: off, end: off + n,
				msg:        "quotation opened with " + string(r) + " is closed with " + string(r) + "; it closes with " + string(want),
				suggestion: string(want)})
		}
		if opening || closing {
			last = &cur
		}
	}
	return out
}

// guillemetPlace says whether the guillemet text[off:off+n] sits where an
// opening mark goes (after white space, an opening bracket or the start, and
// before a letter or digit) or where a closing one goes (after a letter, digit
// or sentence mark, and before white space, punctuation, the end, or a
// capital glued to it: "ødelagt«Den").
func guillemetPlace(text string, off, n int) (opening, closing bool) {
	prev, next := ' ', ' '
	if off > 0 {
		prev, _ = textutil.LastRune(text[:off])
	}
	if off+n < len(text) {
		next, _ = textutil.FirstRune(text[off+n:])
	}
	prevSpace := off == 0 || unicode.IsSpace(prev) || unicode.Is(unicode.Ps, prev) || unicode.Is(unicode.Pd, prev)
	nextWord := unicode.IsLetter(next) || unicode.IsDigit(next)
	prevWord := unicode.IsLetter(prev) || unicode.IsDigit(prev) || strings.ContainsRune(".,!?…;:)]", prev)
	nextEnd := off+n == len(text) || unicode.IsSpace(next) || strings.ContainsRune(".,!?…;:)]", next) || unicode.Is(unicode.Pd, next)
	switch {
	case prevSpace && nextWord:
		return true, false
	case prevWord && nextEnd:
		return false, true
	case unicode.IsLower(prev) && unicode.IsUpper(next):
		// Glued on both sides, where a quotation ended and a sentence
		// begins.
		return false, true
	}
	return false, false
}

// gluedBetweenWords reports whether the mark text[off:off+n] has a letter
// right before and right after it.
func gluedBetweenWords(text string, off, n int) bool {
	if off == 0 || off+n >= len(text) {
		return false
	}
	prev, _ := textutil.LastRune(text[:off])
	next, _ := textutil.FirstRune(text[off+n:])
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// closedLater reports whether the next guillemet after offset i is a » where
// a quotation closes.
func closedLater(text string, i int) bool {
	for j := i; j < len(text); {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '«' {
			return false
		}
		if r == '»' {
			_, closing := guillemetPlace(text, j, n)
			return closing
		}
		j += n
	}
	return false
}

// commaQuotes finds a German low opening quotation mark „ that machine
// translation or a keyboard flattened into a comma or two (",We must act'",
// ",,Wir müssen handeln”"): a comma after white space, a colon or the start,
// glued to a capital, with a closing quotation mark later in the paragraph.
func commaQuotes(text string, verbatim []textdoc.Span) []quoteDamage {
	var out []quoteDamage
	for i := 0; i < len(text); i++ {
		j := strings.IndexByte(text[i:], ',')
		if j < 0 {
			break
		}
		if i += j; inSpans(verbatim, i) {
			continue
		}
		start := i
		if i > 0 {
			prev, _ := textutil.LastRune(text[:i])
			if !unicode.IsSpace(prev) && prev != ':' && prev != '(' {
				continue
			}
		}
		end := i + 1
		if end < len(text) && text[end] == ',' {
			end++
		}
		next, _ := textutil.FirstRune(text[end:])
		if !unicode.IsUpper(next) || !closingQuoteAfter(text, end) {
			i = end - 1
			continue
		}
		out = append(out, quoteDamage{off: start, end: end,
			msg: "a comma where a low opening quotation mark „ was meant"})
		i = end - 1
	}
	return out
}

// closingQuoteAfter reports a closing quotation mark, single or double, glued
// to the end of a word or sentence after offset i and within the next 400
// bytes: the other end of a quotation whose opening mark was lost.
func closingQuoteAfter(text string, i int) bool {
	limit := min(len(text), i+400)
	for j := i; j < limit; {
		r, n := utf8.DecodeRuneInString(text[j:])
		if strings.ContainsRune("'’‘“”\"´`", r) && j > i {
			prev, _ := textutil.LastRune(text[:j])
			after := ' '
			if j+n < len(text) {
				after, _ = textutil.FirstRune(text[j+n:])
			}
			if (unicode.IsLetter(prev) || strings.ContainsRune(".!?,", prev)) && !unicode.IsLetter(after) {
				return true
			}
		}
		j += n
	}
	return false
}
