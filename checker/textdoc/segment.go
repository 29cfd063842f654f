package textdoc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
	"github.com/clipperhouse/uax29/v2/words"
)

// Segment fills b.Sentences and b.Words. Sentence boundaries come from UAX #29
// (which already keeps decimals, "e.g. the" and CJK full stops right) and are
// then joined back after abbreviations and initials that UAX #29 cannot know
// ("Dr. Smith", "z. B. Berlin", "U.S. Army", "M. Macron").
func Segment(b *Block, lang string) {
	b.Words = SplitWords(b.Text)
	b.Sentences = SplitSentences(b.Text, LocaleFor(lang))
}

// SplitWords returns the spans of the words in text: UAX #29 word tokens that
// hold a letter or a digit.
func SplitWords(text string) []Span {
	var out []Span
	it := words.FromString(text)
	for it.Next() {
		tok := it.Value()
		if hasLetterOrDigit(tok) {
			out = append(out, Span{it.Start(), it.End()})
		}
	}
	return fit(out)
}

// FirstWord returns the span of text's first word as SplitWords finds it,
// without splitting the rest; ok is false when text has no word.
func FirstWord(text string) (s Span, ok bool) {
	it := words.FromString(text)
	for it.Next() {
		if hasLetterOrDigit(it.Value()) {
			return Span{it.Start(), it.End()}, true
		}
	}
	return Span{}, false
}

// fit returns spans in a slice of their own length: a document keeps the
// spans of every block while it is checked, and append's spare capacity
// (up to half of a paragraph's spans) would be kept with them.
func fit(spans []Span) []Span {
	if cap(spans)-len(spans) <= len(spans)/8 {
		return spans
	}
	return append(make([]Span, 0, len(spans)), spans...)
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// SplitSentences returns the sentence spans of text, white space trimmed.
func SplitSentences(text string, loc *Locale) []Span {
	var raw []Span
	it := sentences.FromString(text)
	for it.Next() {
		raw = append(raw, Span{it.Start(), it.End()})
	}
	out := raw[:0] // sentences are only ever merged, never added
	for i := 0; i < len(raw); i++ {
		s := raw[i]
		for i+1 < len(raw) && continuesAfter(text[s.Start:s.End], text[raw[i+1].Start:raw[i+1].End], loc) {
			i++
			s.End = raw[i].End
		}
		if t := TrimSpan(text, s); t.Start < t.End {
			out = append(out, t)
		}
	}
	return fit(out)
}

// TrimSpan shrinks s to exclude leading and trailing white space.
func TrimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// continuesAfter reports whether the sentence next continues sentence prev,
// because prev ends in an abbreviation or an initial rather than a full stop.
func continuesAfter(prev, next string, loc *Locale) bool {
	p := strings.TrimRightFunc(prev, unicode.IsSpace)
	if !strings.HasSuffix(p, ".") || strings.HasSuffix(p, "..") {
		return false
	}
	nextWord := firstWord(next)
	if loc.OrdinalDot && endsWithShortNumber(p[:len(p)-1]) {
		// "am 3. Juni", "im 20. Jahrhundert": an ordinal, unless a sentence
		// starter follows ("bis 3. Dann ...").
		return !loc.Starters[strings.ToLower(nextWord)]
	}
	tok := lastToken(p[:len(p)-1])
	if tok == "" {
		return false
	}
	lower := strings.ToLower(tok)
	startsWithDigit := nextWord != "" && unicode.IsDigit(FirstRune(nextWord))
	letters := utf8.RuneCountInString(tok)

	switch {
	case startsWithDigit && letters <= 4 && unicode.IsUpper(FirstRune(tok)):
		// "No. 10", "Art. 5", "Nr. 3", "Fig. 2".
		return true
	case letters == 1 && unicode.IsUpper(FirstRune(tok)):
		// An initial ("J. Smith", "M. Macron", "z. B."), unless a frequent
		// sentence starter follows ("... vitamin C. The ...").
		return !loc.Starters[strings.ToLower(nextWord)]
	case strings.Contains(tok, "."):
		// A dotted abbreviation ("U.S.", "e.g.", "z.B."): same test.
		return loc.Abbreviations[lower] && !loc.Starters[strings.ToLower(nextWord)]
	case letters == 1:
		// A lower-case one-letter abbreviation: "z. B.", "d. h.", "u. a.".
		return loc.Abbreviations[lower]
	default:
		return loc.Abbreviations[lower] && !loc.Starters[strings.ToLower(nextWord)]
	}
}

// endsWithShortNumber reports whether s ends in a number of one to three
// digits that is a word of its own.
func endsWithShortNumber(s string) bool {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	n := len(s) - i
	if n == 0 || n > 3 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || unicode.IsSpace(r) || r == '(' || r == '-' || r == '–'
}

// lastToken returns the run of letters and periods that ends s.
func lastToken(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= n
	}
	return strings.TrimLeft(s[i:], ".")
}

// firstWord returns the leading run of letters and digits of s, after any
// white space and opening punctuation.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

func FirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
