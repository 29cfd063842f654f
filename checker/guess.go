package checker

import (
	"slices"
	"strings"
	"unicode"
)

// GuessLanguage returns the most likely ISO 639-1 language of the blocks'
// text, or "" when the text is too short or no language stands out. It is a
// cheap stand-in for statistical detection, from the script and the function
// word lists (stopWords): it only has to pick the locale whose typographic
// rules apply and put the language among the candidates the models judge.
func GuessLanguage(blocks []*Block) string {
	var han, kana, hangul, cyr, arabic, latin, greek, hebrew, thai int
	var words []string
	for _, b := range blocks {
		for _, r := range b.Text {
			switch {
			case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
				kana++
			case unicode.Is(unicode.Han, r):
				han++
			case unicode.Is(unicode.Hangul, r):
				hangul++
			case unicode.Is(unicode.Cyrillic, r):
				cyr++
			case unicode.Is(unicode.Arabic, r):
				arabic++
			case unicode.Is(unicode.Greek, r):
				greek++
			case unicode.Is(unicode.Hebrew, r):
				hebrew++
			case unicode.Is(unicode.Thai, r):
				thai++
			case unicode.Is(unicode.Latin, r):
				latin++
			}
		}
		words = append(words, strings.FieldsFunc(strings.ToLower(b.Text), func(r rune) bool { return !unicode.IsLetter(r) })...)
	}
	total := han + kana + hangul + cyr + arabic + latin + greek + hebrew + thai
	if total < 20 {
		return ""
	}
	switch {
	case kana*10 > total:
		return "ja"
	case han*2 > total:
		return "zh"
	case hangul*2 > total:
		return "ko"
	case arabic*2 > total:
		return "ar"
	case greek*2 > total:
		return "el"
	case hebrew*2 > total:
		return "he"
	case thai*2 > total:
		return "th"
	}
	// The function word lists of the languages written in the text's
	// script compete.
	script := Latin
	if cyr*2 > total {
		script = Cyrillic
	}
	langs := make([]string, 0, len(stopWords))
	for lang := range stopWords {
		if LanguageScripts(lang).has(script) {
			langs = append(langs, lang)
		}
	}
	slices.Sort(langs)
	counts := map[string]int{}
	for _, w := range words {
		for _, lang := range langs {
			if stopWords[lang][w] {
				counts[lang]++
			}
		}
	}
	best, second := "", ""
	for _, lang := range langs {
		switch {
		case best == "" || counts[lang] > counts[best]:
			best, second = lang, best
		case second == "" || counts[lang] > counts[second]:
			second = lang
		}
	}
	// Abstain unless function words are frequent and one language leads
	// clearly.
	if best == "" || counts[best]*10 < len(words) {
		return ""
	}
	if second != "" && counts[best] < counts[second]*3/2 {
		// Close relatives (Danish and Norwegian, Czech and Slovak) share
		// their commonest words: the words only one of the two has decide.
		own, other := 0, 0
		for _, w := range words {
			inB, inS := stopWords[best][w], stopWords[second][w]
			switch {
			case inB && !inS:
				own++
			case inS && !inB:
				other++
			}
		}
		if own < 3 || own < 2*other {
			return ""
		}
	}
	return best
}
