package langid

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// funcWordFiles holds one list of function words a language, named by its
// ISO 639-1 code: "#" comment lines, then lower-case words separated by
// white space.
//
//go:embed data/funcwords/*.txt
var funcWordFiles embed.FS

// The function word lists: frequent function words of each language, used
// by the word gate (langgate.go) and to guess a document's language. A
// sentence the model calls German must also use German function words. The
// lists are short and closed-class only (articles, pronouns, prepositions,
// conjunctions, auxiliaries), so names and loanwords do not count.
//
// stopWordLangs are the languages with a list, sorted, and stopWordMask maps
// each listed word to the set of them whose list has it (bit i for
// stopWordLangs[i]), so that one look-up tells every language's count. Both
// are built once, at package init, from data/funcwords, and never changed
// after; the words stay substrings of the embedded files.
var stopWordLangs, stopWordMask = mustIndexFunctionWords()

func mustIndexFunctionWords() ([]string, map[string]langBits) {
	lists, err := loadFunctionWords()
	if err != nil {
		panic(err)
	}
	langs := make([]string, 0, len(lists))
	n := 0
	for l, ws := range lists {
		langs = append(langs, l)
		n += len(ws)
	}
	slices.Sort(langs)
	if len(langs) > 64 {
		panic("langid: more than 64 function word lists")
	}
	mask := make(map[string]langBits, n)
	for i, l := range langs {
		for _, w := range lists[l] {
			mask[w] |= 1 << i
		}
	}
	return langs, mask
}

// loadFunctionWords parses every embedded list: the words of each language.
func loadFunctionWords() (map[string][]string, error) {
	entries, err := funcWordFiles.ReadDir("data/funcwords")
	if err != nil {
		return nil, err
	}
	out := make(map[string][]string, len(entries))
	for _, e := range entries {
		name := e.Name()
		data, err := funcWordFiles.ReadFile(path.Join("data/funcwords", name))
		if err != nil {
			return nil, err
		}
		words := parseFunctionWords(string(data))
		if len(words) == 0 {
			return nil, fmt.Errorf("langid: function word list %s is empty", name)
		}
		out[strings.TrimSuffix(name, ".txt")] = words
	}
	return out, nil
}

// parseFunctionWords returns the words of a list file, in order, skipping
// comment lines.
func parseFunctionWords(data string) []string {
	var words []string
	for line := range strings.Lines(data) {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			words = append(words, strings.Fields(line)...)
		}
	}
	return words
}

// FunctionWords counts the words of text (runs of letters) and those of
// them that are frequent function words of lang; ok is false when there is
// no list for lang.
func FunctionWords(text, lang string) (function, words int, ok bool) {
	bit := langBit(lang)
	if bit == 0 {
		return 0, 0, false
	}
	start := -1
	for i, r := range text {
		switch {
		case isLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			words++
			if wordLangs(text[start:i])&bit != 0 {
				function++
			}
			start = -1
		}
	}
	if start >= 0 {
		words++
		if wordLangs(text[start:])&bit != 0 {
			function++
		}
	}
	return function, words, true
}

// IsFunctionWord reports whether word (any case) is on lang's list of
// function words.
func IsFunctionWord(word, lang string) bool {
	b := langBit(lang)
	return b != 0 && wordLangs(word)&b != 0
}

// asciiWords is stopWordMask's ASCII words in an open-addressed table keyed
// by the word's bytes packed into two integers: the look-up of a word (any
// case) costs no copy, no allocation and no string hash, and almost every
// word of Latin-script text is ASCII. Words of other letters go through
// the map.
var asciiWords = newASCIITable(stopWordMask)

// asciiKeyLen is the longest word the ASCII table holds, in bytes: the
// second integer of a key keeps its top byte for the length.
const asciiKeyLen = 15

// asciiEntry is a listed word: its lower-case bytes, little-endian and
// zero-padded, the length in the top byte of k1.
type asciiEntry struct {
	k0, k1 uint64
	langs  langBits
}

// asciiTable is a small index of slots (each an entry's number plus one,
// and bits of the hash that tell most other words apart) over a dense array
// of entries: most words of a text are on no list, and their look-up reads
// only the index, which stays in the processor's cache.
type asciiTable struct {
	slots   []uint32
	entries []asciiEntry
	mask    uint64
}

// The slots' layout: the entry's number plus one in the low bits, a tag
// of the hash above them.
const (
	asciiIndexBits = 20
	asciiIndexMask = 1<<asciiIndexBits - 1
)

func newASCIITable(m map[string]langBits) *asciiTable {
	words := make([]string, 0, len(m))
	for w := range m {
		if isASCIIKey(w) {
			words = append(words, w)
		}
	}
	slices.Sort(words) // the same table on every run
	if len(words) >= asciiIndexMask {
		panic("langid: too many ASCII function words")
	}
	size := 1
	for size < 3*len(words) {
		size <<= 1
	}
	t := &asciiTable{slots: make([]uint32, size), entries: make([]asciiEntry, 0, len(words)), mask: uint64(size - 1)}
	for _, w := range words {
		k0, k1, ok := packASCII(w)
		if !ok {
			panic("langid: function word " + w + " does not pack")
		}
		t.entries = append(t.entries, asciiEntry{k0: k0, k1: k1, langs: m[w]})
		h := asciiHash(k0, k1)
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i] == 0 {
				t.slots[i] = uint32(len(t.entries)) | asciiTag(h)
				break
			}
		}
	}
	return t
}

// isASCIIKey reports whether a listed word is kept in the ASCII table:
// ASCII and lower case, as the lists are. Such a word longer than
// asciiKeyLen would not pack, and the table's build panics.
func isASCIIKey(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// packASCII packs the lower-case form of an ASCII word of at most
// asciiKeyLen bytes, its length in the top byte of k1; ok is false for a
// longer or non-ASCII word. Eight bytes are loaded, tested and lowered at
// once.
func packASCII(w string) (k0, k1 uint64, ok bool) {
	n := len(w)
	if n > asciiKeyLen {
		return 0, 0, false
	}
	if n >= 8 {
		k0 = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		k1 = loadPartial(w[8:])
	} else {
		k0 = loadPartial(w)
	}
	const high = 0x8080808080808080
	if (k0|k1)&high != 0 {
		return 0, 0, false
	}
	return lowerASCII(k0), lowerASCII(k1) | uint64(n)<<56, true
}

// loadPartial packs fewer than eight bytes, little-endian: two loads that
// overlap in the middle, whose common bytes are the same.
func loadPartial(s string) uint64 {
	switch n := len(s); {
	case n >= 4:
		return uint64(le32(s, 0)) | uint64(le32(s, n-4))<<(8*(n-4)&63)
	case n >= 2:
		return uint64(le16(s, 0)) | uint64(le16(s, n-2))<<(8*(n-2)&63)
	case n == 1:
		return uint64(s[0])
	}
	return 0
}

func le32(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func le16(s string, i int) uint16 {
	b := s[i : i+2]
	return uint16(b[0]) | uint16(b[1])<<8
}

// lowerASCII lowers the capitals A-Z among eight packed ASCII bytes (each
// under 0x80, so that no sum carries into the next byte).
func lowerASCII(x uint64) uint64 {
	const ones = 0x0101010101010101
	atLeastA := x + (0x80-'A')*ones  // bit 7 set where the byte is >= 'A'
	pastZ := x + (0x80-('Z'+1))*ones // bit 7 set where the byte is > 'Z'
	upper := (atLeastA &^ pastZ) & (0x80 * ones)
	return x | upper>>2 // 0x80 >> 2 is 0x20, the case bit
}

func asciiHash(k0, k1 uint64) uint64 {
	h := k0 * 0x9E3779B97F4A7C15
	h ^= k1 * 0xC2B2AE3D27D4EB4F
	return h ^ h>>29
}

// asciiTag is the bits of a hash kept in a slot beside the entry's number.
func asciiTag(h uint64) uint32 { return uint32(h>>52) << asciiIndexBits }

// lookup returns the languages of an ASCII word (any case); ok is false
// when w is not ASCII (the caller asks the map).
func (t *asciiTable) lookup(w string) (bits langBits, ok bool) {
	if len(w) > asciiKeyLen {
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return 0, false
			}
		}
		return 0, true // longer than every ASCII function word
	}
	k0, k1, ascii := packASCII(w)
	if !ascii {
		return 0, false
	}
	if len(w) == 0 {
		return 0, true
	}
	return t.find(k0, k1), true
}

// lookupLetters is lookup for text[start:end], a run of ASCII letters:
// the key's bytes are read from text eight at a time where text goes on
// far enough, and lowered by setting the case bit of each.
func (t *asciiTable) lookupLetters(text string, start, end int) langBits {
	n := end - start
	if n > asciiKeyLen {
		return 0 // longer than every ASCII function word
	}
	var k0, k1 uint64
	if n <= 8 {
		if start+8 <= len(text) {
			k0 = load64(text, start) & lowBytes(n)
		} else {
			k0 = loadPartial(text[start:end])
		}
	} else {
		k0 = load64(text, start)
		if start+16 <= len(text) {
			k1 = load64(text, start+8) & lowBytes(n-8)
		} else {
			k1 = loadPartial(text[start+8 : end])
		}
	}
	const caseBits = 0x2020202020202020
	k0 |= caseBits & lowBytes(min(n, 8))
	k1 |= caseBits&lowBytes(max(n-8, 0)) | uint64(n)<<56
	return t.find(k0, k1)
}

// load64 packs the eight bytes of s from i, little-endian (one load).
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// lowBytes is the mask of the low n bytes of a word, n from 0 to 8.
func lowBytes(n int) uint64 { return lowBytesMasks[n&15] }

// lowBytesMasks holds lowBytes by n: a load costs less than a shift by a
// variable count, which Go must guard against counts of 64 and more.
var lowBytesMasks = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff,
	0xffffffffffffff, 0xffffffffffffffff}

// find returns the languages of the entry with key k0, k1.
func (t *asciiTable) find(k0, k1 uint64) langBits {
	h := asciiHash(k0, k1)
	tag := asciiTag(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if s&^asciiIndexMask != tag {
			continue
		}
		if e := &t.entries[s&asciiIndexMask-1]; e.k0 == k0 && e.k1 == k1 {
			return e.langs
		}
	}
}
