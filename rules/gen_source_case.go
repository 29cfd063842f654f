//go:build ignore

// gen_source_case writes rules/data/source-case/en.txt, the English
// lexicon of the source-capitalization rule: the words that SCOWL, as
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
	log.Printf("%d words", len(lower))
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
