package rules

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordHashMatchesTokens checks that the hashes the echoed-alternative
// search looks words for "or" up by are the ones repTokens gives them, in
// any case.
func TestWordHashMatchesTokens(t *testing.T) {
	words := append([]string{}, disjunctions...)
	for _, ws := range localDisjunctions {
		words = append(words, ws...)
	}
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		for _, form := range []string{w, strings.ToUpper(w), string(unicode.ToUpper(r)) + w[n:]} {
			toks := repTokens(form, nil)
			if len(toks) != 1 || toks[0].hash != wordHash(w) {
				t.Errorf("%q: tokens %v, want one with hash %d", form, toks, wordHash(w))
			}
		}
	}
}
