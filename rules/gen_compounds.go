//go:build ignore

// gen_compounds writes rules/data/compounds/en.txt, the English compounds
// written with a hyphen that the token-artifact rule recognises when a
// detokenizer spaced their hyphen ("well - being", "hard - line"): every
// hyphenated word of a WordNet 3.0 lemma ("long-term", and "long-term" of
// "long-term_memory") whose parts are lower-case ASCII letters. Lemmas
// written with a capital (names: "Guinea-Bissau") are left out. Compounds
// with a function word as a part stay ("so-called", "well-being",
// "sit-in"): the rule itself takes a second part that starts a clause for
// a clause after a dash ("they had to sit - in the end"). WordNet's
// licence (BSD-like, see rules/data/compounds/LICENSE.wordnet) allows
// redistributing derived lists with its notice.
//
// Run it from the rules folder after `apt-get install wordnet-base`, which
// puts WordNet's database in /usr/share/wordnet:
//
//	go run gen_compounds.go
package main

import (
	"bufio"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	compounds := map[string]bool{}
	for _, pos := range []string{"noun", "adj", "adv", "verb"} {
		f, err := os.Open("/usr/share/wordnet/data." + pos)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			for _, lemma := range lemmas(sc.Text()) {
				for _, w := range strings.Split(lemma, "_") {
					if compound(w) {
						compounds[w] = true
					}
				}
			}
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	list := make([]string, 0, len(compounds))
	for w := range compounds {
		list = append(list, w)
	}
	// Byte order, which the rule's search in place relies on.
	sort.Strings(list)
	if err := os.WriteFile("data/compounds/en.txt", []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d compounds", len(list))
}

// lemmas returns the words of a synset line of a WordNet data file:
// "offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] ...",
// with w_cnt in hexadecimal and an adjective's marker ("(a)") cut off.
// Lines of the licence header start with spaces and give none.
func lemmas(line string) []string {
	if strings.HasPrefix(line, " ") {
		return nil
	}
	f := strings.Fields(line)
	if len(f) < 4 {
		return nil
	}
	n, err := strconv.ParseInt(f[3], 16, 0)
	if err != nil {
		return nil
	}
	var out []string
	for i := 0; i < int(n) && 4+2*i < len(f); i++ {
		w := f[4+2*i]
		if k := strings.IndexByte(w, '('); k > 0 {
			w = w[:k]
		}
		out = append(out, w)
	}
	return out
}

// compound reports whether w is two or more parts of lower-case ASCII
// letters joined by hyphens.
func compound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < 'a' || p[i] > 'z' {
				return false
			}
		}
	}
	return true
}
