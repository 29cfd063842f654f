//go:build ignore

// gen_source_case writes rules/data/source-case/en.txt, the English
// lexicon of the source-capitalization rule, and en.idx, its hash index: the words that SCOWL, as
// Debian's wamerican and wbritish packages ship it (/usr/share/dict), lists
// only in lower case. A word listed capitalised anywhere (a name, a month, a
// homograph such as "Bush" or "Rose") is left out, and so are words with an
// apostrophe or fewer than three letters. SCOWL's licence (MIT-like, see
// rules/data/source-case/LICENSE.scowl) allows redistributing derived lists.
//
// Run it from the rules folder after `apt-get install wamerican wbritish`:
//
//	go run gen_source_case.go
package main

import (
	"bufio"
	"encoding/binary"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	words := map[string]bool{}
	for _, path := range []string{"/usr/share/dict/american-english", "/usr/share/dict/british-english"} {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			words[sc.Text()] = true
		}
		f.Close()
	}
	var lower []string
	for w := range words {
		if utf8.RuneCountInString(w) < 3 || !isLowerWord(w) {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		if words[string(unicode.ToUpper(r))+w[n:]] || words[strings.ToUpper(w)] {
			continue
		}
		lower = append(lower, w)
	}
	// Byte order, which the rule's search in place relies on.
	sort.Strings(lower)
	if err := os.WriteFile("data/source-case/en.txt", []byte(strings.Join(lower, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("data/source-case/en.idx", index(lower), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d words", len(lower))
}

// index builds the open-addressing hash table that caseLexicon.has probes:
// a power of two of little-endian uint32 slots, at least twice as many as
// words, each empty (0) or a word's line in the list, its byte offset
// shifted left by 8 and its length in bytes in the low 8 bits. A word's
// first slot is the top bits of its FNV-1a hash; collisions take the next
// slot (linear probing). Words go in in sorted order, so the file is the
// same on every run.
func index(words []string) []byte {
	size := 1
	for size < 2*len(words) {
		size *= 2
	}
	shift := 64 - bits(size)
	slots := make([]uint32, size)
	off := 0
	for _, w := range words {
		if len(w) > 0xff || off >= 1<<24 {
			log.Fatalf("%q at %d does not fit a slot", w, off)
		}
		i := int(fnv1a(w) >> shift)
		for slots[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		slots[i] = uint32(off)<<8 | uint32(len(w))
		off += len(w) + 1
	}
	out := make([]byte, 4*size)
	for i, s := range slots {
		binary.LittleEndian.PutUint32(out[4*i:], s)
	}
	return out
}

// bits returns log2 of size, a power of two.
func bits(size int) int {
	n := 0
	for size > 1 {
		size >>= 1
		n++
	}
	return n
}

// fnv1a is FNV-1a over the bytes of w, the hash caseLexicon.has computes.
func fnv1a(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// isLowerWord reports whether w is letters only, all lower case.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
