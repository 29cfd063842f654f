package textutil

import "testing"

func TestLanguageName(t *testing.T) {
	for lang, want := range map[string]string{
		"de": "German", "nb": "Norwegian Bokmål", "tl": "Tagalog", "": "the document's language", "!!": "the document's language",
	} {
		if got := LanguageName(lang); got != want {
			t.Errorf("languageName(%q) = %q, want %q", lang, got, want)
		}
	}
}
