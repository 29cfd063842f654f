package checker

import (
	"math/bits"
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
	// masks holds, for each word that is on a list, the languages whose
	// lists have it.
	var masks []uint64
	words := 0
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
		for _, w := range strings.FieldsFunc(strings.ToLower(b.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			words++
			if m := stopWordMask[w]; m != 0 {
				masks = append(masks, m)
			}
		}
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
	var allowed uint64
	for i, lang := range stopWordLangs {
		if LanguageScripts(lang).has(script) {
			allowed |= 1 << i
		}
	}
	var counts [64]int
	for _, m := range masks {
		for m &= allowed; m != 0; m &= m - 1 {
			counts[bits.TrailingZeros64(m)]++
		}
	}
	best, second := -1, -1
	for i := range stopWordLangs {
		if allowed&(1<<i) == 0 {
			continue
		}
		switch {
		case best < 0 || counts[i] > counts[best]:
			best, second = i, best
		case second < 0 || counts[i] > counts[second]:
			second = i
		}
	}
	// Abstain unless function words are frequent and one language leads
	// clearly.
	if best < 0 || counts[best]*10 < words {
		return ""
	}
	if second >= 0 && counts[best] < counts[second]*3/2 {
		// Close relatives (Danish and Norwegian, Czech and Slovak) share
		// their commonest words: the words only one of the two has decide.
		own, other := 0, 0
		b, s := uint64(1)<<best, uint64(1)<<second
		for _, m := range masks {
			switch m & (b | s) {
			case b:
				own++
			case s:
				other++
			}
		}
		if own < 3 || own < 2*other {
			return ""
		}
	}
	return stopWordLangs[best]
}
