package checker

import (
	"math/bits"
	"strings"
	"sync"
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
	var counts [len(guessLangs)]int
	words := 0
	guessIndex.once.Do(loadGuessIndex)
	for _, b := range blocks {
		start := -1
		word := func(end int) {
			words++
			for m := guessIndex.words[strings.ToLower(b.Text[start:end])]; m != 0; m &= m - 1 {
				counts[bits.TrailingZeros16(m)]++
			}
			start = -1
		}
		for i, r := range b.Text {
			if !isLetter(r) {
				if start >= 0 {
					word(i)
				}
				continue
			}
			if start < 0 {
				start = i
			}
			switch ScriptOf(r) {
			case Kana:
				kana++
			case Han:
				han++
			case Hangul:
				hangul++
			case Cyrillic:
				cyr++
			case Arabic:
				arabic++
			case Greek:
				greek++
			case Hebrew:
				hebrew++
			case Thai:
				thai++
			case Latin:
				latin++
			}
		}
		if start >= 0 {
			word(len(b.Text))
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
	best, second := -1, -1
	for i, lang := range guessLangs {
		isCyr := lang == "ru" || lang == "uk"
		if isCyr != (cyr*2 > total) {
			continue
		}
		switch {
		case best < 0 || counts[i] > counts[best]:
			best, second = i, best
		case second < 0 || counts[i] > counts[second]:
			second = i
		}
	}
	// Abstain unless function words are frequent and one language leads clearly.
	if best < 0 || counts[best]*10 < words || (second >= 0 && counts[best] < counts[second]*3/2) {
		return ""
	}
	return guessLangs[best]
}

// guessLangs are the languages of functionWords in the order GuessLanguage
// weighs them (the first wins a tie).
var guessLangs = [...]string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk"}

// guessIndex maps a function word to the guessLangs whose list holds it, one
// bit each, so that a word is looked up once.
var guessIndex struct {
	once  sync.Once
	words map[string]uint16
}

func loadGuessIndex() {
	guessIndex.words = map[string]uint16{}
	for i, l := range guessLangs {
		for w := range functionWords[l] {
			guessIndex.words[w] |= 1 << i
		}
	}
}
