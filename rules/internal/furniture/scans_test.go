package furniture

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// TestEndsSentenceToken checks endsSentenceToken's reading of the last
// byte against trimming the closing marks first, on random tokens.
func TestEndsSentenceToken(t *testing.T) {
	pieces := []string{"a", "J", "é", ".", "!", "?", "\"", "”", "»", "’", "'", ")", "]", "|", "–", "—", ",", "\xff"}
	reference := func(s string) bool {
		if s == "|" || s == "–" || s == "—" {
			return true
		}
		s = strings.TrimRight(s, "\"”»’')]")
		r, _ := textutil.LastRune(s)
		if r == '!' || r == '?' {
			return true
		}
		if r != '.' {
			return false
		}
		return utf8.RuneCountInString(strings.TrimSuffix(s, ".")) >= 2
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if s := b.String(); endsSentenceToken(s) != reference(s) {
			t.Fatalf("endsSentenceToken(%q) = %v, want %v", s, endsSentenceToken(s), reference(s))
		}
	}
}

// TestLowerASCII checks that the tokens FurnitureTokens folds by the
// lowered copy of their line are what foldToken makes of them.
func TestLowerASCII(t *testing.T) {
	lines := []string{"Photo: AP/John Doe", "FOTO:dpa Berlin", "© Reuters – Read More", "Quelle: ÄRZTE Zeitung", "a\tB  c"}
	pieces := []string{"a", "B", "Ä", "ß", "’", ":", "：", "©", " ", "\t", ".", "»", "\xff", "1"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(20); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	var buf []FurnitureToken
	for _, line := range lines {
		buf = FurnitureTokens(line, buf)
		for _, tok := range buf {
			if want := foldToken(line[tok.Start:tok.End]); tok.Text != want {
				t.Errorf("%q: token %q, want %q", line, tok.Text, want)
			}
		}
	}
}
