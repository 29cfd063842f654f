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

// asciiKeyLen is the longest word the ASCII table holds, in bytes.
const asciiKeyLen = 16

type asciiEntry struct {
	k0, k1 uint64 // the lower-case bytes, little-endian, zero-padded
	n      uint64 // the length; 0 marks an empty slot
	langs  langBits
}

type asciiTable struct {
	slots []asciiEntry
	mask  uint64
}

func newASCIITable(m map[string]langBits) *asciiTable {
	n := 0
	for w := range m {
		if isASCIIKey(w) {
			n++
		}
	}
	size := 1
	for size < 4*n {
		size <<= 1
	}
	t := &asciiTable{slots: make([]asciiEntry, size), mask: uint64(size - 1)}
	for w, bits := range m {
		if !isASCIIKey(w) {
			continue
		}
		k0, k1, ok := packASCII(w)
		if !ok {
			panic("langid: function word " + w + " does not pack")
		}
		for i := asciiHash(k0, k1, uint64(len(w))) & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i].n == 0 {
				t.slots[i] = asciiEntry{k0: k0, k1: k1, n: uint64(len(w)), langs: bits}
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
// asciiKeyLen bytes; ok is false for a longer or non-ASCII word.
func packASCII(w string) (k0, k1 uint64, ok bool) {
	if len(w) > asciiKeyLen {
		return 0, 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i < 8 {
			k0 |= uint64(c) << (8 * i)
		} else {
			k1 |= uint64(c) << (8 * (i - 8))
		}
	}
	return k0, k1, true
}

func asciiHash(k0, k1, n uint64) uint64 {
	h := (k0 ^ n<<59) * 0x9E3779B97F4A7C15
	h ^= k1 * 0xC2B2AE3D27D4EB4F
	return h ^ h>>29
}

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
	n := uint64(len(w))
	if n == 0 {
		return 0, true
	}
	for i := asciiHash(k0, k1, n) & t.mask; ; i = (i + 1) & t.mask {
		e := &t.slots[i]
		if e.n == 0 {
			return 0, true
		}
		if e.k0 == k0 && e.k1 == k1 && e.n == n {
			return e.langs, true
		}
	}
}
