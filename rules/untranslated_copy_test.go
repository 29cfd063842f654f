package rules

import (
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"
)

func TestNearCopy(t *testing.T) {
	for _, tc := range []struct {
		s, t string
		want bool
	}{
		{"The talks will continue next week.", "The talks will continue next week.", true},
		{"The talks will continue next week.", "the talks will continue next week!", true},
		{"Die Zahl stieg auf 8.400 Menschen.", "Die Zahl stieg auf 8,400 Menschen.", true},
		{"Die Zahl stieg auf 8.400 Menschen.", "The number rose to 8,400 people.", false},
		{"Die Lage ist ernst.", "The situation is serious.", false},
		{"Problema grave", "Problema grave de salud pública en la región", false},
	} {
		if got := nearCopy(diffmatchpatchNew(), tc.s, tc.t); got != tc.want {
			t.Errorf("nearCopy(%q, %q) = %v, want %v", tc.s, tc.t, got, tc.want)
		}
	}
}

func TestProseWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Frank-Walter Steinmeier", 0},
		{"Deutsche Bank AG", 0},
		{"https://example.org/a/b info@example.org", 0},
		{"F-16, S-400 und 8.400", 1},
		{"The minister said the talks would continue.", 7},
		{"Lesen Sie auch: Was die neue Regel bedeutet", 8},
	} {
		if got := proseWords(tc.text); got != tc.want {
			t.Errorf("proseWords(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func diffmatchpatchNew() *diffmatchpatch.DiffMatchPatch { return diffmatchpatch.New() }
