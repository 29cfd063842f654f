// This file is mtlint's, not upstream's: see README.md in this directory.

package lingua

import (
	_ "embed"
	"math"
	"strings"
	"unicode/utf8"
)

//go:generate go run gen_compact.go

// compactModels holds the unigram, bigram and trigram models of every
// language in language-models/, written by gen_compact.go in a form that is
// read in place: loading a model is reading its header, not unzipping and
// decoding a protocol buffer into a map. A string keeps the data in the
// binary's read-only memory, with no copy.
//
// Layout, integers little-endian:
//
//	"LGC1", count uint32
//	count entries: ISO 639-1 code [2]byte, n-gram length uint8, 0, offset uint32, size uint32
//	the models, at their offsets
//
// and a model:
//
//	n-gram length uint8, key width w uint8, 0, 0
//	A (letters) uint32, P (probabilities) uint32, K (n-grams) uint32
//	A letters, uint32 each, ascending
//	P probabilities, the bits of a float64 each, ascending
//	K keys, w bytes each, ascending
//	K probability indexes, uint16 each, in the order of the keys
//
// The key of an n-gram is its letters' positions in the alphabet read as
// the digits of a number in base A.
//
//go:embed compact-models.bin
var compactModels string

// compactModel is one language's model of one n-gram length, a view of
// compactModels.
type compactModel struct {
	n        int
	width    int
	alphabet string
	probs    string
	keys     string
	indexes  string
	// ascii holds the position in the alphabet of each ASCII character
	// plus one, 0 for those not in it: most letters scored are ASCII,
	// and the alphabet's binary search is for the others.
	ascii [utf8.RuneSelf]uint16
}

// findCompactModel returns the model of language and n-gram length, nil when
// the language has none of that length.
func findCompactModel(language Language, ngramLength int) *compactModel {
	iso := strings.ToLower(language.IsoCode639_1().String())
	data := compactModels
	count := int(le32(data, 4))
	for i := 0; i < count; i++ {
		e := data[8+12*i : 8+12*(i+1)]
		if e[:2] != iso || int(e[2]) != ngramLength {
			continue
		}
		m := data[le32(e, 4):][:le32(e, 8)]
		a, p, k := int(le32(m, 4)), int(le32(m, 8)), int(le32(m, 12))
		w := int(m[1])
		m = m[16:]
		model := &compactModel{n: ngramLength, width: w}
		model.alphabet, m = m[:4*a], m[4*a:]
		model.probs, m = m[:8*p], m[8*p:]
		model.keys, m = m[:w*k], m[w*k:]
		model.indexes = m[:2*k]
		// The alphabet is ascending: its ASCII letters come first.
		for i := 0; i < a && i < len(model.ascii); i++ {
			r := le32(model.alphabet, 4*i)
			if r >= utf8.RuneSelf {
				break
			}
			model.ascii[r] = uint16(i + 1)
		}
		return model
	}
	return nil
}

// len returns the number of n-grams in the model.
func (m *compactModel) len() int {
	if m == nil {
		return 0
	}
	return len(m.indexes) / 2
}

// probability returns the probability of ngram, 0 when the model lacks it.
func (m *compactModel) probability(ngram string) float64 {
	if m == nil {
		return 0
	}
	size := uint64(len(m.alphabet) / 4)
	var key uint64
	runes := 0
	for len(ngram) > 0 {
		r, width := utf8.DecodeRuneInString(ngram)
		ngram = ngram[width:]
		i, ok := m.letter(r)
		if !ok || r == utf8.RuneError && width == 1 {
			// Invalid UTF-8 is no n-gram of a model, whose n-grams are
			// valid text, even if the model has U+FFFD.
			return 0
		}
		key = key*size + uint64(i)
		runes++
	}
	if runes != m.n {
		return 0
	}
	lo, hi := 0, len(m.indexes)/2
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		k := m.key(mid)
		switch {
		case k < key:
			lo = mid + 1
		case k > key:
			hi = mid
		default:
			j := int(m.indexes[2*mid]) | int(m.indexes[2*mid+1])<<8
			return math.Float64frombits(le64(m.probs, 8*j))
		}
	}
	return 0
}

// letter returns the position of r in the model's alphabet.
func (m *compactModel) letter(r rune) (int, bool) {
	if 0 <= r && r < utf8.RuneSelf {
		if i := int(m.ascii[r]); i > 0 {
			return i - 1, true
		}
		return 0, false
	}
	lo, hi := 0, len(m.alphabet)/4
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		v := rune(le32(m.alphabet, 4*mid))
		switch {
		case v < r:
			lo = mid + 1
		case v > r:
			hi = mid
		default:
			return mid, true
		}
	}
	return 0, false
}

// key returns the i-th key.
func (m *compactModel) key(i int) uint64 {
	s := m.keys[i*m.width : (i+1)*m.width]
	// The common widths without a loop.
	switch len(s) {
	case 1:
		return uint64(s[0])
	case 2:
		return uint64(s[0]) | uint64(s[1])<<8
	case 3:
		return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16
	case 4:
		return uint64(le32(s, 0))
	}
	var k uint64
	for j := len(s) - 1; j >= 0; j-- {
		k = k<<8 | uint64(s[j])
	}
	return k
}

// each calls f with every n-gram of the model and its probability, in the
// order of the keys.
func (m *compactModel) each(f func(ngram string, probability float64)) {
	if m == nil {
		return
	}
	size := uint64(len(m.alphabet) / 4)
	letters := make([]rune, m.n)
	for i := 0; i < m.len(); i++ {
		k := m.key(i)
		for j := m.n - 1; j >= 0; j-- {
			letters[j] = rune(le32(m.alphabet, 4*int(k%size)))
			k /= size
		}
		j := int(m.indexes[2*i]) | int(m.indexes[2*i+1])<<8
		f(string(letters), math.Float64frombits(le64(m.probs, 8*j)))
	}
}

func le32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func le64(s string, i int) uint64 {
	return uint64(le32(s, i)) | uint64(le32(s, i+4))<<32
}
