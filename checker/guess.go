package checker

import (
	"strings"
	"unicode"
)

// functionWords are very frequent words of each language with a locale, used
// to guess a document's language when --lang is not given. This is a cheap
// stand-in for statistical detection: it only has to pick the locale whose
// typographic rules apply, and it abstains ("") when unsure.
var functionWords = map[string]map[string]bool{
	"en": set("the and of to in is that for it with as was on are by this be from have has had not but or which an they were been their its will would who"),
	"de": set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als werden wird sind war nach bei einer aus um wie noch nur oder"),
	"fr": set("le la les et des est un une du que qui dans pour pas sur au avec ce il elle sont par plus ne se aux mais ont été cette leur"),
	"es": set("el la los las y es que en un una del por con para se no al lo como más pero sus le ha fue este esta son entre cuando muy"),
	"it": set("il la le gli e è che di un una del della per con non sono si ha dei nel alla anche come più ma questo questa stato essere"),
	"pt": set("o a os as e é que de um uma do da em para com não se por mais dos das como mas foi ao ele ela são está também"),
	"nl": set("de het een en van is dat in op te zijn met voor niet aan er die ook als bij maar om door wordt worden naar heeft"),
	"pl": set("i w na z się nie do to że jest jak o przez ale po co od za jego tym być są czy który która które tak także"),
	"ru": set("и в не на что с по это как к из но от за то для же о у так его она они был было бы все если когда"),
	"uk": set("і в не на що з до це як у за але від та його її вони був було були для якщо коли також щоб цей яка який"),
}

// GuessLanguage returns the most likely ISO 639-1 language of the blocks'
// text, or "" when the text is too short or no language stands out.
func GuessLanguage(blocks []*Block) string {
	var han, kana, hangul, cyr, arabic, latin, greek, hebrew, thai int
	counts := map[string]int{}
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
			for lang, fw := range functionWords {
				if fw[w] {
					counts[lang]++
				}
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
	best, second := "", ""
	for _, lang := range []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk"} {
		isCyr := lang == "ru" || lang == "uk"
		if isCyr != (cyr*2 > total) {
			continue
		}
		switch {
		case best == "" || counts[lang] > counts[best]:
			best, second = lang, best
		case second == "" || counts[lang] > counts[second]:
			second = lang
		}
	}
	// Abstain unless function words are frequent and one language leads clearly.
	if best == "" || counts[best]*10 < words || (second != "" && counts[best] < counts[second]*3/2) {
		return ""
	}
	return best
}
