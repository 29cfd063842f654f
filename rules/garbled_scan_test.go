package rules

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// TestGarbledSignsWalk checks garbledSigns's walk over the fields and its
// search for clashing punctuation against a walk with textutil.NextField
// and a search for each pair.
func TestGarbledSignsWalk(t *testing.T) {
	words := []string{"the", "ferry", "a", "x", "q", "é", "ü", "ferryThe", "iPhone", "theFährе", ",,", ",", ".", ";", ":", "a)", ")", "ß", "Über", "über", "и", "\u00a0", "\u2003", "\xe2", "\t", "\n", " "}
	rng := rand.New(rand.NewSource(1))
	seen := map[string]int{}
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			if rng.Intn(3) > 0 {
				b.WriteByte(" ,.;:"[rng.Intn(5)])
			}
		}
		s := b.String()
		for _, lang := range []string{"en", "de", "fr", "xx"} {
			if got, want := garbledSigns(s, lang), garbledSignsReference(s, lang); !reflect.DeepEqual(got, want) {
				t.Fatalf("garbledSigns(%q, %s) = %q, want %q", s, lang, got, want)
			} else {
				for _, sign := range got {
					kind := strings.Fields(sign)[0]
					if strings.HasSuffix(sign, "function words") {
						kind = "function"
					}
					seen[kind]++
				}
			}
		}
	}
	// Every kind of sign must have been met.
	for _, kind := range []string{"glued", "clashing", "stray", "function"} {
		if seen[kind] == 0 {
			t.Errorf("no %s sign in the random sentences: %v", kind, seen)
		}
	}
}

func garbledSignsReference(text, lang string) []string {
	letters, strayKnown := singleLetterWords[lang]
	var (
		glued        string
		stray        []string
		pendingStray string // a stray letter kept until the next field shows it is not a list marker ("a)")
	)
	for rest := text; ; {
		f, next, glue, ok := textutil.NextField(rest)
		if !ok {
			break
		}
		rest = next
		if pendingStray != "" {
			if f[0] != ')' {
				stray = append(stray, pendingStray)
			}
			pendingStray = ""
		}
		if glued == "" && glue {
			glued = gluedWord(f)
		}
		if strayKnown && len(f) <= utf8.UTFMax {
			if r, n := utf8.DecodeRuneInString(f); n == len(f) && unicode.IsLower(r) && !strings.ContainsRune(letters, r) {
				pendingStray = f
			}
		}
	}
	if pendingStray != "" {
		stray = append(stray, pendingStray)
	}
	var signs []string
	if glued != "" {
		signs = append(signs, fmt.Sprintf("glued words %q", glued))
	}
	for _, clash := range []string{",,", ",.", ".,", ";,", ",;", "::"} {
		if strings.Contains(text, clash) {
			signs = append(signs, fmt.Sprintf("clashing punctuation %q", clash))
			break
		}
	}
	if len(stray) >= 2 {
		signs = append(signs, fmt.Sprintf("stray letters %q", strings.Join(stray, " ")))
	}
	if len(signs) == 0 {
		return signs
	}
	fields, lower := 0, 0
	for rest := text; ; {
		f, next, _, ok := textutil.NextField(rest)
		if !ok {
			break
		}
		rest = next
		fields++
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			lower++
		}
	}
	if lower*2 < fields {
		return signs
	}
	if fw, words, ok := langid.FunctionWords(text, lang); ok && words >= 10 && fw*25 < words {
		signs = append(signs, fmt.Sprintf("%d words with %d function words", words, fw))
	}
	return signs
}
