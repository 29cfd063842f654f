package textutil

import (
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// FirstRune returns the first rune of s and its size.
func FirstRune(s string) (rune, int) {
	return utf8.DecodeRuneInString(s)
}

// LastRune returns the last rune of s and its size.
func LastRune(s string) (rune, int) {
	return utf8.DecodeLastRuneInString(s)
}

// HasLetter reports whether s contains a letter or a digit.
func HasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// LanguageName returns the English name of a language for messages
// ("German" for "de"), or "the document's language" when it is unknown.
func LanguageName(lang string) string {
	if name, ok := languageNames.Load(lang); ok {
		return name.(string)
	}
	name := lookupLanguageName(lang)
	// Rules ask for the name of every number or quotation they judge, so
	// the answers are kept; the cache takes a bounded number of codes, as
	// the codes come from the input.
	if languageNamesKept.Add(1) <= maxLanguageNames {
		languageNames.Store(lang, name)
	}
	return name
}

// languageNames caches languageName's answers, up to maxLanguageNames codes.
var (
	languageNames     sync.Map
	languageNamesKept atomic.Int32
)

const maxLanguageNames = 256

// lookupLanguageName is languageName without the cache.
func lookupLanguageName(lang string) string {
	if lang == "tl" {
		return "Tagalog" // x/text reads tl as Filipino; lingua's model is Tagalog
	}
	tag, err := language.Parse(lang)
	if lang == "" || err != nil {
		return "the document's language"
	}
	if name := display.English.Languages().Name(tag); name != "" {
		return name
	}
	return "the document's language"
}
