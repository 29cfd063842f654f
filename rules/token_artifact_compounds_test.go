package rules

import (
	"strings"
	"testing"
)

// TestCompoundListsSorted checks what sortedHas relies on: each list is
// sorted in byte order, one compound a line, lower-case letters joined by
// hyphens, no line twice.
func TestCompoundListsSorted(t *testing.T) {
	for name, list := range map[string]string{"en.txt": englishCompounds, "en-news.txt": englishNewsCompounds} {
		lines := strings.Split(strings.TrimSuffix(list, "\n"), "\n")
		for i, w := range lines {
			if i > 0 && lines[i-1] >= w {
				t.Errorf("%s:%d: %q not after %q", name, i+1, w, lines[i-1])
			}
			parts := strings.Split(w, "-")
			if len(parts) < 2 {
				t.Errorf("%s:%d: %q has no hyphen", name, i+1, w)
			}
			for _, p := range parts {
				if !asciiLetters(p) || p != strings.ToLower(p) {
					t.Errorf("%s:%d: %q is not lower-case letters joined by hyphens", name, i+1, w)
				}
			}
		}
	}
}

func TestSortedHas(t *testing.T) {
	list := "ab-c\nfar-off\nwell-being\nzz-top\n"
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"ab-c", true}, {"far-off", true}, {"well-being", true}, {"zz-top", true},
		{"", false}, {"a", false}, {"far", false}, {"far-of", false}, {"well-beings", false}, {"zz-topz", false}, {"zzz", false},
	} {
		if got := sortedHas(list, tc.w); got != tc.want {
			t.Errorf("sortedHas(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	for _, w := range []string{"well-being", "hard-line", "space-time", "in-depth", "state-run"} {
		if !isEnglishCompound(w) {
			t.Errorf("isEnglishCompound(%q) = false", w)
		}
	}
}

func TestHyphenatedName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"A reporter for Agence France - Presse said", true},
		{"Jean - Claude Juncker said", true},
		{"The ranger met France - Presse reporters", false},
		{"at Nagence France - Presse", false},
		{"The Jean - Claudette family", false},
	} {
		k := strings.Index(tc.text, " - ")
		m, ok := hyphenLink(tc.text, k)
		if !ok {
			t.Fatalf("no link in %q", tc.text)
		}
		if got := hyphenatedName(tc.text, m); got != tc.want {
			t.Errorf("hyphenatedName(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
