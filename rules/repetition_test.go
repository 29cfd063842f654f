package rules

import (
	"math/rand/v2"
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

// TestLetterCount checks letterCount against counting rune by rune with
// unicode.IsLetter, on random strings of ASCII, Latin and other letters and
// broken UTF-8.
func TestLetterCount(t *testing.T) {
	pieces := []string{"a", "Z", " ", "1", ".", "word ", "abcdefgh", "é", "ß", "ж", "日本", "\xff", "\xe2\x80", "\t\n"}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 20000; n++ {
		text := randomText(rng, pieces, 16)
		want := 0
		for _, r := range text {
			if unicode.IsLetter(r) {
				want++
			}
		}
		if got := letterCount(text); got != want {
			t.Fatalf("letterCount(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestDisjunctionFilter checks that the filter passes the hash of every
// word for "or".
func TestDisjunctionFilter(t *testing.T) {
	f := disjunctionFilter()
	for _, w := range disjunctions {
		if !f.has(wordHash(w)) || !f.has(wordHash(strings.ToUpper(w))) {
			t.Errorf("%q: the filter rules it out", w)
		}
	}
}
