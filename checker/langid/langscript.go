package langid

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	lingua "github.com/mtlint/mtlint/internal/third_party/lingua-go"
)

// Script is a writing system, as far as language detection cares: the script
// gate decides from it alone, without language models, that a Cyrillic
// sentence in a Latin-script article is foreign.
type Script uint8

// The scripts the gate knows. Kana covers Hiragana and Katakana; Han is shared
// by Chinese and Japanese.
const (
	NoScript Script = iota
	Latin
	Cyrillic
	Greek
	Arabic
	Hebrew
	Han
	Kana
	Hangul
	Devanagari
	Thai
	Armenian
	Georgian
	OtherScript
	numScripts
)

var scriptNames = [numScripts]string{"none", "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Kana", "Hangul", "Devanagari", "Thai", "Armenian", "Georgian", "other"}

func (s Script) String() string { return scriptNames[s] }

// ScriptOf returns the script of a letter, NoScript for anything else
// (digits, punctuation, marks, spaces).
func ScriptOf(r rune) Script {
	if r < 0x80 {
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			return Latin
		}
		return NoScript
	}
	if 0xc0 <= r && r <= 0x24f && r != 0xd7 && r != 0xf7 {
		// The letters of Latin-1, Latin Extended-A and -B ("ä", "ł",
		// "ș"), without the tables: German and French text is full of them.
		return Latin
	}
	return scriptByTables(r)
}

// scriptByTables is ScriptOf for a character outside ASCII, by the
// Unicode tables.
func scriptByTables(r rune) Script {
	if !unicode.IsLetter(r) {
		return NoScript
	}
	switch {
	case unicode.Is(unicode.Latin, r):
		return Latin
	case unicode.Is(unicode.Cyrillic, r):
		return Cyrillic
	case unicode.Is(unicode.Greek, r):
		return Greek
	case unicode.Is(unicode.Arabic, r):
		return Arabic
	case unicode.Is(unicode.Hebrew, r):
		return Hebrew
	case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r), r == 'ー':
		return Kana
	case unicode.Is(unicode.Han, r):
		return Han
	case unicode.Is(unicode.Hangul, r):
		return Hangul
	case unicode.Is(unicode.Devanagari, r):
		return Devanagari
	case unicode.Is(unicode.Thai, r):
		return Thai
	case unicode.Is(unicode.Armenian, r):
		return Armenian
	case unicode.Is(unicode.Georgian, r):
		return Georgian
	}
	return OtherScript
}

// scriptSet is a set of scripts as a bit mask.
type scriptSet uint32

func (s scriptSet) has(x Script) bool { return s&(1<<x) != 0 }

func setOf(xs ...Script) scriptSet {
	var s scriptSet
	for _, x := range xs {
		s |= 1 << x
	}
	return s
}

// LanguageScripts returns the scripts a language is written in; Japanese is
// Han and Kana, and Latin letters are normal in none but Latin-script
// languages. An unknown language gets no scripts: nothing is decided by
// script for it.
func LanguageScripts(lang string) scriptSet {
	if i, ok := twoLetterIndex(lang); ok {
		if s := linguaCodes()[i].scripts; s != 0 {
			return s
		}
	}
	return languageScripts(lang)
}

// linguaCode is what linguaCodes holds for an ISO 639-1 code: lingua's
// language and its scripts, or Unknown and none.
type linguaCode struct {
	lang    lingua.Language
	scripts scriptSet
}

// linguaCodes holds every ISO 639-1 code lingua knows, by twoLetterIndex,
// computed once: the candidates of every document are looked up in it, an
// index where a map was a hash and a compare.
var linguaCodes = sync.OnceValue(func() *[26 * 26]linguaCode {
	var t [26 * 26]linguaCode
	for i := range t {
		t[i].lang = lingua.Unknown
	}
	for _, l := range lingua.AllLanguages() {
		code := isoCode(l)
		if i, ok := twoLetterIndex(code); ok && t[i].lang == lingua.Unknown {
			t[i] = linguaCode{lang: l, scripts: scriptsOf(code, l)}
		}
	}
	return &t
})

// languageScripts returns the scripts lang is written in: those of its
// lingua language, or of a few languages by name.
func languageScripts(lang string) scriptSet { return scriptsOf(lang, linguaLanguage(lang)) }

// scriptsOf returns the scripts of lang, whose lingua language is l.
func scriptsOf(lang string, l lingua.Language) scriptSet {
	switch lang {
	case "zh":
		return setOf(Han)
	case "ja":
		return setOf(Han, Kana)
	case "ko":
		return setOf(Hangul, Han)
	case "el":
		return setOf(Greek)
	case "he":
		return setOf(Hebrew)
	case "th":
		return setOf(Thai)
	case "hy":
		return setOf(Armenian)
	case "ka":
		return setOf(Georgian)
	}
	if l == lingua.Unknown {
		return 0
	}
	for _, group := range []struct {
		langs  []lingua.Language
		script Script
	}{
		{lingua.AllLanguagesWithLatinScript(), Latin},
		{lingua.AllLanguagesWithCyrillicScript(), Cyrillic},
		{lingua.AllLanguagesWithArabicScript(), Arabic},
		{lingua.AllLanguagesWithDevanagariScript(), Devanagari},
	} {
		for _, x := range group.langs {
			if x == l {
				return setOf(group.script)
			}
		}
	}
	return setOf(OtherScript)
}

// linguaLanguage maps an ISO 639-1 code (of any case) to lingua's language,
// Unknown when lingua has no model for it. It is asked for every
// document's candidates: a table built once replaces lingua's scan of all
// its languages a call.
func linguaLanguage(lang string) lingua.Language {
	if len(lang) != 2 {
		return lingua.Unknown
	}
	i, ok := twoLetterIndex(lang)
	if !ok {
		if i, ok = twoLetterIndex(strings.ToLower(lang)); !ok {
			return lingua.Unknown
		}
	}
	return linguaCodes()[i].lang
}

// KnownLanguage reports whether lingua has a model for an ISO 639-1 code.
func KnownLanguage(lang string) bool { return linguaLanguage(lang) != lingua.Unknown }

// scriptCounts counts the letters of each script in text.
type scriptCounts [numScripts]int

func countScripts(text string) scriptCounts {
	var c scriptCounts
	for i := 0; i < len(text); {
		// Eight ASCII bytes at a time, their letters counted in one word.
		if i+8 <= len(text) {
			if x := load64(text, i); x&highBits == 0 {
				n := asciiLetters8(x)
				c[Latin] += n
				c[NoScript] += 8 - n
				i += 8
				continue
			}
		}
		if b := text[i]; b < utf8.RuneSelf {
			// ScriptOf for ASCII, without a call a byte.
			if 'a' <= b|0x20 && b|0x20 <= 'z' {
				c[Latin]++
			} else {
				c[NoScript]++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		c[ScriptOf(r)]++
		i += n
	}
	return c
}

// letters returns the number of letters counted.
func (c *scriptCounts) letters() int {
	n := 0
	for s := Latin; s < numScripts; s++ {
		n += c[s]
	}
	return n
}

// in returns the number of letters in the scripts of set.
func (c *scriptCounts) in(set scriptSet) int {
	n := 0
	for s := Latin; s < numScripts; s++ {
		if set.has(s) {
			n += c[s]
		}
	}
	return n
}

// dominant returns the script with the most letters.
func (c *scriptCounts) dominant() Script {
	best := NoScript
	for s := Latin; s < numScripts; s++ {
		if c[s] > c[best] || best == NoScript && c[s] > 0 {
			best = s
		}
	}
	return best
}
