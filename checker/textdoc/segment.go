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
	if isASCII(text) {
		return fit(asciiWords(text, 0, nil))
	}
	if !utf8.ValidString(text) {
		// The library reads a broken sequence at the end of a piece
		// otherwise than before a space.
		return fit(uaxWords(text))
	}
	// No word holds a space, and where a word ends does not depend on
	// what stands beyond a space: the text is split at spaces, and only
	// the pieces with other characters than ASCII go to the library.
	var out []Span
	it := words.FromString("")
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], ' ')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if piece := text[off:end]; isASCII(piece) {
			out = asciiWords(text[:end], off, out)
		} else {
			it.SetText(piece)
			out = appendUAXWords(it, off, out)
		}
		off = end + 1
	}
	return fit(out)
}

// uaxWords returns the spans of the words of text through the UAX #29
// library.
func uaxWords(text string) []Span {
	return appendUAXWords(words.FromString(text), 0, nil)
}

// appendUAXWords appends to out the spans of the words it finds, moved by
// off.
func appendUAXWords(it *words.Iterator[string], off int, out []Span) []Span {
	for it.Next() {
		if hasLetterOrDigit(it.Value()) {
			out = append(out, Span{off + it.Start(), off + it.End()})
		}
	}
	return out
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

// uaxSentences returns the UAX #29 sentence segments of text through the
// library, white space included.
func uaxSentences(text string) []Span {
	var raw []Span
	it := sentences.FromString(text)
	for it.Next() {
		raw = append(raw, Span{it.Start(), it.End()})
	}
	return raw
}

// asciiSentences returns the UAX #29 sentence segments of text, ASCII only,
// as uaxSentences does. In ASCII a sentence ends only after a line break
// (a CR and LF together) or after a terminator: ".", "!" or "?", the
// closing brackets and quotes after it, the spaces after those and one line
// break. It does not end there when the terminator is a period before a
// digit ("3.5") or between a letter and a capital ("e.G"), when a comma,
// semicolon, hyphen, colon or another terminator follows (", he said"), or,
// after a period, when the next letter, past anything but letters, line
// breaks and terminators, is in lower case ("etc. and"). The library reads every
// character through its tables, which made sentence splitting a twelfth
// of a check of English text.
func asciiSentences(text string) []Span {
	var raw []Span
	start := 0
	cut := func(at int) {
		if at > start {
			raw = append(raw, Span{start, at})
			start = at
		}
	}
	n := len(text)
	for i := 0; i < n; {
		switch c := text[i]; c {
		case '\r':
			if i+1 < n && text[i+1] == '\n' {
				i++
			}
			i++
			cut(i)
		case '\n':
			i++
			cut(i)
		case '.', '!', '?':
			j := i + 1
			if c == '.' && j < n && (isASCIIDigit(text[j]) || isASCIIUpper(text[j]) && i > 0 && isASCIILetter(text[i-1])) {
				i = j
				continue
			}
			for j < n && isASCIIClose(text[j]) {
				j++
			}
			k := j
			for k < n && isASCIISentenceSpace(text[k]) {
				k++
			}
			if k < n && (text[k] == '\r' || text[k] == '\n') {
				if text[k] == '\r' && k+1 < n && text[k+1] == '\n' {
					k++
				}
				i = k + 1
				cut(i)
				continue
			}
			if k < n {
				if d := text[k]; d == ',' || d == ';' || d == '-' || d == ':' || d == '.' || d == '!' || d == '?' {
					i = k
					continue
				}
				if c == '.' {
					m := k
					for m < n && !isASCIILetter(text[m]) && text[m] != '\r' && text[m] != '\n' && text[m] != '.' && text[m] != '!' && text[m] != '?' {
						m++
					}
					if m < n && 'a' <= text[m] && text[m] <= 'z' {
						i = m
						continue
					}
				}
			}
			i = k
			cut(i)
		default:
			i++
		}
	}
	cut(n)
	return raw
}

func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// isASCIIClose reports whether c is a closing or opening bracket or a
// quotation mark, UAX #29's Close.
func isASCIIClose(c byte) bool {
	switch c {
	case '"', '\'', '(', ')', '[', ']', '{', '}':
		return true
	}
	return false
}

// isASCIISentenceSpace reports whether c is white space other than a line
// break, UAX #29's Sp.
func isASCIISentenceSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// isASCII reports whether s is ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiWords appends to out the spans of the words of text[from:], ASCII only, as
// UAX #29 finds them (SplitWords): a word token is a run of letters, digits
// and underscores, held together across a colon, period or apostrophe
// between two letters ("can't", "e.g", "k:a") and across a comma,
// semicolon, period or apostrophe between two digits ("3,5", "1.000");
// tokens of underscores alone are none. The library reads every character
// through its tables, which made word splitting a tenth of a check of
// English text.
func asciiWords(text string, from int, out []Span) []Span {
	for i := from; i < len(text); {
		c := text[i]
		if !asciiWordByte(c) {
			i++
			continue
		}
		start, hasWord := i, c != '_'
		for i++; i < len(text); i++ {
			c, prev := text[i], text[i-1]
			if asciiWordByte(c) {
				hasWord = hasWord || c != '_'
				continue
			}
			if i+1 >= len(text) {
				break
			}
			next := text[i+1]
			if isASCIILetter(prev) && isASCIILetter(next) && (c == ':' || c == '.' || c == '\'') ||
				isASCIIDigit(prev) && isASCIIDigit(next) && (c == ',' || c == ';' || c == '.' || c == '\'') {
				i++ // the middle character; the loop steps past the next
				continue
			}
			break
		}
		if hasWord {
			out = append(out, Span{start, i})
		}
	}
	return out
}

func asciiWordByte(c byte) bool { return isASCIILetter(c) || isASCIIDigit(c) || c == '_' }

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

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
	if isASCII(text) {
		raw = asciiSentences(text)
	} else {
		raw = uaxSentences(text)
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
