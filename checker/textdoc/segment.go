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

// A Segmenter segments blocks one after another, as Segment does. It finds
// a block's words and sentences in a scratch slice it reuses, then copies
// them into a chunk that many blocks share, each block's slice cut to its
// own length: a block's spans cost one copy, not append's doublings and a
// copy to fit. The zero value is ready; it is not safe for concurrent use.
type Segmenter struct {
	scratch, chunk []Span
	lang           string
	loc            *Locale // LocaleFor(lang), kept for the next block
}

// Chunks start small, for a short file, and grow to segmentChunk spans;
// a block with more than a quarter of that gets a slice of its own.
const (
	segmentFirstChunk = 256
	segmentChunk      = 4096
)

// Segment fills b.Sentences and b.Words.
func (s *Segmenter) Segment(b *Block, lang string) {
	s.scratch = appendWords(s.scratch[:0], b.Text)
	b.Words = s.keep(s.scratch)
	if s.loc == nil || lang != s.lang {
		s.lang, s.loc = lang, LocaleFor(lang)
	}
	s.scratch = appendSentences(s.scratch[:0], b.Text, s.loc)
	b.Sentences = s.keep(s.scratch)
}

// keep returns a copy of spans in the current chunk, nil for none.
func (s *Segmenter) keep(spans []Span) []Span {
	n := len(spans)
	switch {
	case n == 0:
		return nil
	case n > segmentChunk/4:
		return append(make([]Span, 0, n), spans...)
	}
	if cap(s.chunk)-len(s.chunk) < n {
		size := min(max(2*cap(s.chunk), segmentFirstChunk), segmentChunk)
		s.chunk = make([]Span, 0, size)
	}
	l := len(s.chunk)
	s.chunk = append(s.chunk, spans...)
	return s.chunk[l : l+n : l+n]
}

// SplitWords returns the spans of the words in text: UAX #29 word tokens that
// hold a letter or a digit.
func SplitWords(text string) []Span {
	return fit(appendWords(nil, text))
}

// appendWords appends the spans of the words in text to out.
func appendWords(out []Span, text string) []Span {
	if isASCII(text) {
		return asciiWords(text, 0, out)
	}
	if !utf8.ValidString(text) {
		// The library reads a broken sequence at the end of a piece
		// otherwise than before a space.
		return appendUAXWords(words.FromString(text), 0, out)
	}
	// No word holds a space, and where a word ends does not depend on
	// what stands beyond a space: the text is split at spaces, and only
	// the pieces with other characters than ASCII go to the library.
	start := len(out)
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
		} else if latinLettersOnly(piece) {
			out = latinWords(text[:end], off, out)
		} else if r, _ := utf8.DecodeRuneInString(piece); extendsSpace(r) || unicode.Is(unicode.Zs, r) {
			// A mark or format character after a space joins the space
			// ("ﾟ" after " " makes one token of both), and so does
			// another space with what follows it: the whole text goes to
			// the library.
			return appendUAXWords(words.FromString(text), 0, out[:start])
		} else {
			it.SetText(piece)
			out = appendUAXWords(it, off, out)
		}
		off = end + 1
	}
	return out
}

// extendsSpace reports whether r, after a space, belongs to the space's
// token under UAX #29's rule WB4: a mark, a format character, or a
// character of Grapheme_Extend or an emoji modifier.
func extendsSpace(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc, unicode.Cf, unicode.Other_Grapheme_Extend) || 0x1f3fb <= r && r <= 0x1f3ff
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
func uaxSentences(text string, raw []Span) []Span {
	it := sentences.FromString(text)
	for it.Next() {
		raw = append(raw, Span{it.Start(), it.End()})
	}
	return raw
}

// Sentence break classes of UAX #29, for the characters latinSentences
// knows.
const (
	sbOther = iota
	sbCR
	sbLF
	sbSp
	sbLower
	sbUpper
	sbNumeric
	sbATerm
	sbSTerm
	sbClose
	sbSContinue
)

// sbClass returns the sentence break class of r; ok is false for a
// character latinSentences leaves to the library: outside ASCII, it knows
// the letters of Latin-1 and Latin Extended-A, the typographic quotes, the
// en and em dash, the no-break spaces and a few signs.
func sbClass(r rune) (class int, ok bool) {
	if r < utf8.RuneSelf {
		c := byte(r)
		switch {
		case 'a' <= c && c <= 'z':
			return sbLower, true
		case 'A' <= c && c <= 'Z':
			return sbUpper, true
		case '0' <= c && c <= '9':
			return sbNumeric, true
		}
		switch c {
		case '\r':
			return sbCR, true
		case '\n':
			return sbLF, true
		case ' ', '\t', '\v', '\f':
			return sbSp, true
		case '.':
			return sbATerm, true
		case '!', '?':
			return sbSTerm, true
		case '"', '\'', '(', ')', '[', ']', '{', '}':
			return sbClose, true
		case ',', ';', '-', ':':
			return sbSContinue, true
		}
		return sbOther, true
	}
	switch r {
	case '„', '“', '”', '‚', '‘', '’', '«', '»':
		return sbClose, true
	case '–', '—':
		return sbSContinue, true
	case '\u00a0', '\u202f':
		return sbSp, true
	case '…', '€', '°', '§':
		return sbOther, true
	}
	if r >= 0xc0 && r <= 0x17f {
		switch {
		case unicode.IsLower(r):
			return sbLower, true
		case unicode.IsUpper(r):
			return sbUpper, true
		}
	}
	return sbOther, false
}

// asciiSentenceClass holds sbClass of every ASCII character.
var asciiSentenceClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		k, _ := sbClass(rune(c))
		t[c] = uint8(k)
	}
	return t
}()

// latinSentences returns the UAX #29 sentence segments of text, as
// uaxSentences does, when every character of text is one sbClass knows;
// ok is false otherwise. A sentence ends only after a line break (a CR and
// LF together) or after a terminator: ".", "!" or "?", the closing
// brackets and quotes after it, the spaces after those and one line break.
// It does not end there when the terminator is a period before a digit
// ("3.5") or between a letter and a capital ("e.G"), when a comma,
// semicolon, hyphen, dash, colon or another terminator follows (", he
// said"), or, after a period, when the next letter, past anything but
// letters, line breaks and terminators, is in lower case ("etc. and"). The
// library reads every character through its tables, which made sentence
// splitting a twelfth of a check of English text.
func latinSentences(text string, raw []Span) ([]Span, bool) {
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if _, known := sbClass(r); !known || r == utf8.RuneError {
			return nil, false
		}
		i += size
	}
	class := func(i int) (int, int) {
		if c := text[i]; c < utf8.RuneSelf {
			return int(asciiSentenceClass[c]), 1
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		k, _ := sbClass(r)
		return k, size
	}
	start := 0
	cut := func(at int) {
		if at > start {
			raw = append(raw, Span{start, at})
			start = at
		}
	}
	n := len(text)
	for i := 0; i < n; {
		// Only a line break or a terminator can end a sentence.
		k := strings.IndexAny(text[i:], ".!?\r\n")
		if k < 0 {
			break
		}
		i += k
		c := text[i]
		switch c {
		case '\r':
			i++
			if i < n && text[i] == '\n' {
				i++
			}
			cut(i)
			continue
		case '\n':
			i++
			cut(i)
			continue
		}
		j := i + 1
		if c == '.' && j < n {
			next, _ := class(j)
			if next == sbNumeric || next == sbUpper && i > 0 {
				r, _ := utf8.DecodeLastRuneInString(text[:i])
				if prev, _ := sbClass(r); next == sbNumeric || prev == sbUpper || prev == sbLower {
					i = j
					continue
				}
			}
		}
		for j < n {
			d, sz := class(j)
			if d != sbClose {
				break
			}
			j += sz
		}
		k = j
		for k < n {
			d, sz := class(k)
			if d != sbSp {
				break
			}
			k += sz
		}
		if k < n {
			d, sz := class(k)
			switch {
			case d == sbCR || d == sbLF:
				k += sz
				if d == sbCR && k < n && text[k] == '\n' {
					k++
				}
				i = k
				cut(i)
				continue
			case d == sbSContinue || d == sbATerm || d == sbSTerm:
				i = k
				continue
			case c == '.':
				m := k
				for m < n {
					e, sz := class(m)
					if e == sbLower || e == sbUpper || e == sbCR || e == sbLF || e == sbATerm || e == sbSTerm {
						break
					}
					m += sz
				}
				if m < n {
					if e, _ := class(m); e == sbLower {
						i = m
						continue
					}
				}
			}
		}
		i = k
		cut(i)
	}
	cut(n)
	return raw, true
}

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
	n := len(text)
	for i := from; i < n; {
		if asciiClass[text[i]]&cWord == 0 {
			i++
			continue
		}
		start := i
		var seen uint8 // the classes of the token's bytes
		for {
			for i < n {
				c := asciiClass[text[i]]
				if c&cWord == 0 {
					break
				}
				seen |= c
				i++
			}
			if i+1 >= n {
				break
			}
			c, prev, next := text[i], asciiClass[text[i-1]], asciiClass[text[i+1]]
			if prev&next&cLetter != 0 && (c == ':' || c == '.' || c == '\'') ||
				prev&next&cDigit != 0 && (c == ',' || c == ';' || c == '.' || c == '\'') {
				i += 2 // the middle character and the one after it
				continue
			}
			break
		}
		if seen&(cLetter|cDigit) != 0 {
			out = append(out, Span{start, i})
		}
	}
	return out
}

// latinLettersOnly reports whether every character of s beyond ASCII is a
// letter of the Latin-1 Supplement or Latin Extended-A and -B (U+00C0 to
// U+024F, but for × and ÷): letters that UAX #29 classes ALetter, like
// ASCII letters, so that latinWords finds the words the library would.
func latinLettersOnly(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && (r < 0xC0 || r > 0x24F || r == 0xD7 || r == 0xF7) {
			return false
		}
	}
	return true
}

// latinWords is asciiWords for a piece whose characters beyond ASCII are
// Latin letters (latinLettersOnly): "Straße", "l'été", "Größe:Wert".
func latinWords(text string, from int, out []Span) []Span {
	n := len(text)
	class := func(i int) (uint8, int) {
		if c := text[i]; c < utf8.RuneSelf {
			return asciiClass[c], 1
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		return cLetter, size
	}
	for i := from; i < n; {
		c, size := class(i)
		if c&cWord == 0 {
			i += size
			continue
		}
		start := i
		var seen, last uint8 // the classes of the token's characters, of its last
		for {
			for i < n {
				c, size := class(i)
				if c&cWord == 0 {
					break
				}
				seen |= c
				last = c
				i += size
			}
			if i+1 >= n || text[i] >= utf8.RuneSelf {
				break
			}
			c := text[i]
			next, _ := class(i + 1)
			if last&next&cLetter != 0 && (c == ':' || c == '.' || c == '\'') ||
				last&next&cDigit != 0 && (c == ',' || c == ';' || c == '.' || c == '\'') {
				i++ // the middle character; the loop goes on with the next
				continue
			}
			break
		}
		if seen&(cLetter|cDigit) != 0 {
			out = append(out, Span{start, i})
		}
	}
	return out
}

// The classes of ASCII bytes in words, for asciiWords.
const (
	cLetter uint8 = 1 << iota
	cDigit
	cUnderscore
	cWord = cLetter | cDigit | cUnderscore
)

var asciiClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case isASCIILetter(byte(c)):
			t[c] = cLetter
		case isDigit(byte(c)):
			t[c] = cDigit
		case c == '_':
			t[c] = cUnderscore
		}
	}
	return t
}()

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

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
	return fit(appendSentences(nil, text, loc))
}

// appendSentences appends the sentence spans of text to out.
func appendSentences(out []Span, text string, loc *Locale) []Span {
	start := len(out)
	raw, ok := latinSentences(text, out)
	if !ok {
		raw = uaxSentences(text, out[:start])
	}
	// Sentences are only ever merged, never added: the merged ones are
	// written over the raw ones, from the same start.
	out = raw[:start]
	for i := start; i < len(raw); i++ {
		s := raw[i]
		for i+1 < len(raw) && continuesAfter(text[s.Start:s.End], text[raw[i+1].Start:raw[i+1].End], loc) {
			i++
			s.End = raw[i].End
		}
		if t := TrimSpan(text, s); t.Start < t.End {
			out = append(out, t)
		}
	}
	return out
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
