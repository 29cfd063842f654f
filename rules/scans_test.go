package rules

// The tests of this file check fast scans against the plain searches they
// stand for.

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenArtifactScans checks the one-pass scans of checkTokenArtifact
// against the searches they stand for, on strings of the bytes that matter.
func TestTokenArtifactScans(t *testing.T) {
	const alphabet = " a)]\xe2\x80\x81\x87\x96\x97\x9c\x9d\x9e"
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(b)
		want := 0
		if strings.Contains(s, "⁇") {
			want |= markUnknown
		}
		if strings.Contains(s, "▁") {
			want |= markPiece
		}
		if strings.Contains(s, "\xe2\x96") || strings.Contains(s, "\xe2\x97") {
			want |= markGeometric
		}
		if strings.Contains(s, "“ ") || strings.Contains(s, "„ ") || strings.Contains(s, " ”") || strings.Contains(s, " “") {
			want |= markSpacedQuote
		}
		if got := e2Marks(s); got != want {
			t.Fatalf("e2Marks(%q) = %b, want %b", s, got, want)
		}
		for _, c := range []byte{')', ']'} {
			if got, want := spaceBefore(s, c), strings.Contains(s, " "+string(c)); got != want {
				t.Fatalf("spaceBefore(%q, %q) = %v, want %v", s, c, got, want)
			}
		}
	}
}

// TestLowerWordByByte checks isLowerWord's reading of ASCII by byte, and
// capitalisedWord, against tests of each rune.
func TestLowerWordByByte(t *testing.T) {
	pieces := []string{"a", "z", "A", "Z", "é", "É", "ß", "1", "-", "'", "ǅ", "\xff", "ª"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		lower := s != ""
		for _, r := range s {
			lower = lower && unicode.IsLower(r)
		}
		if got := isLowerWord(s); got != lower {
			t.Fatalf("isLowerWord(%q) = %v, want %v", s, got, lower)
		}
		r, size := utf8.DecodeRuneInString(s)
		capitalised := unicode.IsUpper(r) && utf8.RuneCountInString(s) >= 2
		for _, r := range s[size:] {
			capitalised = capitalised && unicode.IsLower(r)
		}
		if got := capitalisedWord(s); got != capitalised {
			t.Fatalf("capitalisedWord(%q) = %v, want %v", s, got, capitalised)
		}
	}
}
