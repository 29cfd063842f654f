package textutil

import (
	"strings"
	"testing"
)

func TestLanguageName(t *testing.T) {
	for lang, want := range map[string]string{
		"de": "German", "nb": "Norwegian Bokmål", "tl": "Tagalog", "": "the document's language", "!!": "the document's language",
	} {
		if got := LanguageName(lang); got != want {
			t.Errorf("languageName(%q) = %q, want %q", lang, got, want)
		}
	}
}

// TestSkipASCII compares SkipASCII with a byte-by-byte scan at every start
// and with stops inside, outside and beyond ASCII.
func TestByteSetSkip(t *testing.T) {
	texts := []string{"", "a", "plain ASCII text of some length, with (brackets) in it.",
		"caf\u00e9 au lait, na\u00efve \u201cquoted\u201d", "((((((((((", "12345678\x00\x01(abcdefgh", "abcdefghijklmnop\u00ab"}
	for _, s := range texts {
		for _, set := range []struct {
			stops    string
			nonASCII bool
		}{{"(", false}, {"()[]", true}, {"", true}, {"\x00 ", false}, {"", false}} {
			bs := NewByteSet(set.stops, set.nonASCII)
			for i := 0; i <= len(s); i++ {
				want := i
				for want < len(s) && !(strings.IndexByte(set.stops, s[want]) >= 0 || set.nonASCII && s[want] >= 0x80) {
					want++
				}
				if got := bs.Skip(s, i); got != want {
					t.Errorf("Skip(%q, %d) with %q (non-ASCII %v) = %d, want %d", s, i, set.stops, set.nonASCII, got, want)
				}
			}
		}
	}
}

func TestSkipASCII(t *testing.T) {
	texts := []string{"", "a", "plain ASCII text of some length, with \"quotes\" in it.",
		"caf\u00e9 au lait, na\u00efve \u201cquoted\u201d", "\"\"\"\"\"\"\"\"\"", "12345678\x00\x01\"abcdefgh", "abcdefghijklmnop\u00ab"}
	for _, s := range texts {
		for _, stop := range []byte{'"', ' ', 0, 0x7f, 0x80, 0xc2} {
			for i := 0; i <= len(s); i++ {
				want := i
				for want < len(s) && s[want] < 0x80 && s[want] != stop {
					want++
				}
				if got := SkipASCII(s, i, stop); got != want {
					t.Errorf("SkipASCII(%q, %d, %#x) = %d, want %d", s, i, stop, got, want)
				}
			}
		}
	}
}
