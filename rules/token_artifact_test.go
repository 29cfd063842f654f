package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSpacedHyphens checks spacedHyphens against strings.Contains.
func TestSpacedHyphens(t *testing.T) {
	pieces := []string{"-", " ", "a", "--", " - ", "é"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		half, full := spacedHyphens(text)
		if half != strings.Contains(text, " -") || full != strings.Contains(text, " - ") {
			t.Fatalf("spacedHyphens(%q) = %v, %v", text, half, full)
		}
	}
}
