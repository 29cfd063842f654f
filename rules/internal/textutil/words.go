package textutil

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// QuoteShort quotes s for a message, shortened to about 40 characters.
func QuoteShort(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		n := 0
		for i := range s {
			if n == 37 {
				s = s[:i] + "…"
				break
			}
			n++
		}
	}
	return "“" + s + "”"
}

// IsBlank reports whether r is white space, no-break spaces included.
func IsBlank(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007'
}

// IsCloser reports whether r closes a quotation or a bracket.
func IsCloser(r rune) bool {
	return strings.ContainsRune("\"'”’»«“‘›‹)]}」』", r)
}

// IsAbbreviationToken reports whether tok, the word before a full stop, is
// one that a full stop abbreviates rather than ends.
func IsAbbreviationToken(tok string, sets ...map[string]bool) bool {
	if strings.ContainsRune(tok, '.') || strings.ContainsFunc(tok, unicode.IsDigit) {
		return true // "e.g", "z.B", "3", "2024": dotted forms, numbers, ordinals
	}
	n := utf8.RuneCountInString(tok)
	if n == 1 {
		return true // an initial or "z. B.", "d. h."
	}
	if isRomanNumeral(tok) || (n <= 2 && strings.ToUpper(tok) == tok) {
		return true // "Wilhelm II.", "EE. UU."
	}
	if !HasVowel(tok) {
		return true // "bzw", "np", "Nr", "см"
	}
	lower := strings.ToLower(tok)
	for _, s := range sets {
		if s[lower] {
			return true
		}
	}
	return false
}

// StartsName reports whether s starts with lower-case name particles followed
// by a capitalised word: "von der Leyen", "de Gaulle", "al-Assad".
func StartsName(s string) bool {
	for n := 0; n < 3; n++ {
		w := LeadingWord(s)
		if n == 0 && !nameLeads[w] || n > 0 && !nameInner[w] {
			return false
		}
		s = s[len(w):]
		if len(s) == 0 {
			return false
		}
		r, size := utf8.DecodeRuneInString(s)
		if w == "al" && r != '-' {
			return false // Spanish "al Gobierno"; Arabic names hyphenate "al-"
		}
		if r != '-' && r != '\'' && r != '’' && !IsBlank(r) {
			return false
		}
		s = strings.TrimLeftFunc(s[size:], IsBlank)
		if next, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(next) {
			return true
		}
	}
	return false
}

// ParseWordList reads white-space separated words, lower-cased, skipping
// comments.
func ParseWordList(data string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		for _, f := range strings.Fields(line) {
			m[strings.ToLower(f)] = true
		}
	}
	return m
}

func IsAllUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// HasInnerCapital reports whether a word has a capital after a lower-case
// letter ("AfD", "McAllister", "DeSantis"), which common nouns never have.
func HasInnerCapital(s string) bool {
	lower := false
	for _, r := range s {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = lower || unicode.IsLower(r)
	}
	return false
}

// HasLower reports whether s has a lower-case letter.
func HasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// StartsUpper reports whether s starts with an upper-case letter.
func StartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// MentionsCode reports whether a document talks about code: it has code spans
// or blocks, or calls with "()" or backticks in its prose. In such a text a
// lower-case word, a point and a capitalised word is a qualified name.
// The answer is the whole document's, computed once for it and its
// windows.
func MentionsCode(d *textdoc.Document) bool {
	return d.Memo("textutil.MentionsCode", func(d *textdoc.Document) any {
		for _, b := range d.Blocks {
			if blockMentionsCode(b) {
				return true
			}
		}
		return false
	}).(bool)
}

// LeadRune returns the first rune of s, or utf8.RuneError for "".
func LeadRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// NextField returns the first field of s as strings.Fields splits it (runs
// of characters that are not unicode.IsSpace) and the text after it, or
// false when s holds no field. ASCII is judged by a table. glue reports
// whether the field may hold a glued pair of words: a capital or a character
// outside ASCII after its first character.
func NextField(s string) (field, rest string, glue, ok bool) {
	i, n := 0, 0
	for ; i < len(s); i += n {
		if c := s[i]; c < utf8.RuneSelf {
			n = 1
			if fieldByte[c] != fieldSpace {
				break
			}
		} else {
			var r rune
			if r, n = utf8.DecodeRuneInString(s[i:]); !unicode.IsSpace(r) {
				break
			}
		}
	}
	if i == len(s) {
		return "", "", false, false
	}
	start := i
	i += n // a capital first glues nothing
	var class uint8
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			t := fieldByte[c]
			if t == fieldSpace {
				return s[start:i], s[i:], class != 0, true
			}
			class |= t
			i++
			continue
		}
		r, m := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return s[start:i], s[i:], class != 0, true
		}
		class |= fieldCapital // outside ASCII: it may be a capital
		i += m
	}
	return s[start:], "", class != 0, true
}

// SkipSpace returns the offset of the first non-space at or after i.
func SkipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// blockMentionsCode reports whether block b has a code span or a call.
func blockMentionsCode(b *textdoc.Block) bool {
	return len(b.Verbatim()) > 0 || strings.Contains(b.Text, "()") || strings.ContainsRune(b.Text, '`')
}

// isRomanNumeral reports whether s is an upper-case Roman numeral.
func isRomanNumeral(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return s != ""
}

// HasVowel reports whether s has a vowel of the Latin or Cyrillic alphabet.
// Words in other scripts count as vowel-less, so that the rule stays quiet on
// them.
func HasVowel(s string) bool {
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęаеёиоуыэюяіїє", r) {
			return true
		}
	}
	return false
}

// LeadingWord returns the letters (and combining marks) at the start of s.
func LeadingWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return s[:i]
		}
	}
	return s
}

// nameLeads are lower-case particles that start a surname ("von der Leyen",
// "de Gaulle", "van der Bellen", "bin Salman"); nameInner may follow them.
// Articles alone ("der", "la", "el") are not leads: a capitalised noun after
// them is ordinary German or Spanish.
var (
	nameLeads = ParseWordList("von vom van de da di du del della dos ter ten zu bin ibn al")
	nameInner = ParseWordList("der den des de la le van von di du del della zu")
)

// fieldByte classifies the ASCII bytes for nextField: the white space that
// unicode.IsSpace reports, and the capitals.
var fieldByte = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range "\t\n\v\f\r " {
		t[c] = fieldSpace
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = fieldCapital
	}
	return t
}()

const (
	fieldSpace   = 1
	fieldCapital = 2
)

// SkipASCII returns the offset of the first byte of s at or after i that is
// outside ASCII or equal to stop (len(s) when none is), reading eight bytes
// at once: the scanners of marks and non-ASCII characters skip the plain
// ASCII that is most of a text with it. A stop of 0x80 or more stops at
// non-ASCII bytes only.
func SkipASCII(s string, i int, stop byte) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	pattern := uint64(stop) * ones
	for ; i+16 <= len(s); i += 16 {
		b := s[i : i+16]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		x2 := uint64(b[8]) | uint64(b[9])<<8 | uint64(b[10])<<16 | uint64(b[11])<<24 |
			uint64(b[12])<<32 | uint64(b[13])<<40 | uint64(b[14])<<48 | uint64(b[15])<<56
		y, y2 := x^pattern, x2^pattern
		if (x|x2|(y-ones)&^y|(y2-ones)&^y2)&high != 0 {
			break // the eight-byte loop finds which half
		}
	}
	for ; i+8 <= len(s); i += 8 {
		// The slice of eight bytes lets the compiler drop the bounds
		// checks of the single load it makes of them.
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		y := x ^ pattern
		// A byte of y is zero where x holds stop; the test may also flag
		// a byte above a zero one, but the first flagged byte is a true
		// one.
		if found := (x | (y-ones)&^y) & high; found != 0 {
			return i + bits.TrailingZeros64(found)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == stop {
			break
		}
	}
	return i
}

// SkipToDigit returns the offset of the first ASCII digit of s at or after
// i, len(s) when there is none, testing eight bytes at once: digits are
// rare in prose.
func SkipToDigit(s string, i int) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
		low7 = 0x7f7f7f7f7f7f7f7f
		// For c, the low seven bits of a byte, upTo-c and c+from both
		// have the high bit set exactly when c is '0' to '9'; a byte
		// with its own high bit set is no digit. Nothing borrows or
		// carries from one byte to the next.
		upTo = (0x7f + '9' + 1) * ones
		from = (0x7f - '0' + 1) * ones
	)
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		seven := x & low7
		if digits := (upTo - seven) & (seven + from) &^ x & high; digits != 0 {
			return i + bits.TrailingZeros64(digits)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' {
			break
		}
	}
	return i
}

// SkipPrintable returns the offset of the first byte of s at or after i
// that is a control other than tab, line feed and carriage return, DEL, or
// a byte of a character outside ASCII; len(s) when there is none. It tests
// eight bytes at once.
func SkipPrintable(s string, i int) int {
	const (
		ones, high = 0x0101010101010101, 0x8080808080808080
		space      = 0x20 * ones
		del        = 0x7f * ones
	)
	for i+8 <= len(s) {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		y := x ^ del
		// The bytes outside ASCII, the controls and DEL; the first
		// flagged byte of each test is a true one.
		found := x&high | (x-space)&^x&high | (y-ones)&^y&high
		if found == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(found) / 8
		if c := s[i]; c != '\t' && c != '\n' && c != '\r' {
			return i
		}
		i++ // tab and the line breaks are passed over
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			break
		}
	}
	return i
}

// ByteSet is a set of bytes, the bytes at which a scanner stops; the
// others it passes over with Skip.
type ByteSet [256]uint8

// NewByteSet returns the set of the bytes of stops, and of every byte of
// 0x80 or more (the bytes of the characters outside ASCII) when nonASCII
// is set.
func NewByteSet(stops string, nonASCII bool) *ByteSet {
	var t ByteSet
	for i := 0; i < len(stops); i++ {
		t[stops[i]] = 1
	}
	if nonASCII {
		for c := utf8.RuneSelf; c < 256; c++ {
			t[c] = 1
		}
	}
	return &t
}

// Add adds byte c to the set.
func (t *ByteSet) Add(c byte) { t[c] = 1 }

// Skip returns the offset of the first byte of s at or after i that is in
// the set, len(s) when none is. It tests eight bytes a round without a
// branch a byte: most of a text holds none of the bytes a scanner looks
// for.
func (t *ByteSet) Skip(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		if t[b[0]]|t[b[1]]|t[b[2]]|t[b[3]]|t[b[4]]|t[b[5]]|t[b[6]]|t[b[7]] != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if t[s[i]] != 0 {
			break
		}
	}
	return i
}

// latin1Lower holds, for each character of U+00C0 to U+00FF (the bytes C3
// 80 to C3 BF in UTF-8), the second byte of its lower-case form when it is
// a letter whose lower-case form is in the same range, and 0 for the others
// (× and ÷). It is made with the unicode package, so it answers as
// unicode.IsLetter and unicode.ToLower do.
var latin1Lower = func() (t [64]byte) {
	for b := 0; b < 64; b++ {
		r := rune(0xc0 + b)
		lower := unicode.ToLower(r)
		if unicode.IsLetter(r) && 0xc0 <= lower && lower <= 0xff {
			t[b] = byte(0x80 + lower - 0xc0)
		}
	}
	return t
}()

// Latin1Letter reads the character at s[i] when it is one of U+00C0 to
// U+00FF, the accented letters of the Latin alphabets (and × and ÷), which
// most of the non-ASCII text of European languages is: ok reports whether
// it is, letter whether it is a letter, and lower is the second byte of
// its lower-case form, whose first byte is C3 too. A scanner saves
// decoding it and the tables of the unicode package.
func Latin1Letter(s string, i int) (lower byte, letter, ok bool) {
	if i+1 >= len(s) || s[i] != 0xc3 || s[i+1]&0xc0 != 0x80 {
		return 0, false, false
	}
	lower = latin1Lower[s[i+1]&0x3f]
	return lower, lower != 0, true
}
