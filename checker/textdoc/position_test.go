package textdoc

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// runesBefore counts what utf8.RuneCount counts, at every offset of texts
// that mix long ASCII runs (read eight bytes at a time), letters of two to
// four bytes and broken sequences, over several checkpoints.
func TestRunesBeforeAsRuneCount(t *testing.T) {
	pieces := []string{"a", "plain ascii words ", "\n", "é", "中", "😀", "\xff", "\xe2\x80", strings.Repeat("x", 40)}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for range rng.IntN(80) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		content := []byte(b.String())
		x := NewLineIndex(content)
		for off := 0; off <= len(content); off++ {
			if got, want := x.runesBefore(off), utf8.RuneCount(content[:off]); got != want {
				t.Fatalf("%q at %d: %d code points, want %d", content, off, got, want)
			}
		}
	}
}
