package langid

import (
	"math/bits"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// GuessLanguage returns the most likely ISO 639-1 language of the blocks'
// text, or "" when the text is too short or no language stands out. It is a
// cheap stand-in for statistical detection, from the script and the function
// word lists (stopWords): it only has to pick the locale whose typographic
// rules apply and put the language among the candidates the models judge.
func GuessLanguage(blocks []*textdoc.Block) string {
	var han, kana, hangul, cyr, arabic, latin, greek, hebrew, thai int
	// counts holds, for each language with a list, the words on it; the
	// script decides below which languages compete.
	var counts [64]int
	words := 0
	for _, b := range blocks {
		// One pass: the script of each letter, and the runs of letters
		// (words) looked up once each. ASCII letters are Latin and an ASCII
		// word is looked up in the ASCII table, without a call a byte.
		text := b.Text
		for i := 0; i < len(text); {
			// Past the characters that are no letters to the start of a
			// run.
			if c := text[i]; c < utf8.RuneSelf {
				if asciiLetter[c] == 0 {
					i++
					continue
				}
			} else if r, n := utf8.DecodeRuneInString(text[i:]); !isLetter(r) {
				i += n
				continue
			}
			// The run of letters: ASCII ones read eight at a time where
			// the text goes on that far, else by table (a byte outside ASCII
			// is no letter there), the others by script.
			start, ascii := i, true
			for i < len(text) {
				j := i
				if i+8 <= len(text) {
					if m := asciiLetterMask(load64(text, i)); m == highBits {
						latin += 8
						i += 8
						continue
					} else {
						i += bits.TrailingZeros64(^m&highBits) >> 3
					}
				} else {
					for i < len(text) && asciiLetter[text[i]] != 0 {
						i++
					}
				}
				latin += i - j
				if i == len(text) || text[i] < utf8.RuneSelf {
					break
				}
				r, n := utf8.DecodeRuneInString(text[i:])
				if !isLetter(r) {
					break
				}
				ascii = false
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
				i += n
			}
			words++
			countWord(&counts, text, start, i, ascii)
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
	var allowed langBits
	for i, lang := range stopWordLangs {
		if LanguageScripts(lang).has(script) {
			allowed |= 1 << i
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
		// The words are looked up again: this is rare, and keeps the
		// first pass from holding every word's languages.
		own, other := 0, 0
		b, s := langBits(1)<<best, langBits(1)<<second
		for _, bl := range blocks {
			eachWordLangs(bl.Text, func(m langBits) {
				switch m & (b | s) {
				case b:
					own++
				case s:
					other++
				}
			})
		}
		if own < 3 || own < 2*other {
			return ""
		}
	}
	return stopWordLangs[best]
}

// countWord adds the languages of the word text[start:end] to counts;
// ascii says that the word is ASCII letters, looked up in the ASCII table.
func countWord(counts *[64]int, text string, start, end int, ascii bool) {
	var m langBits
	if ascii {
		m = asciiWords.lookupLetters(text, start, end)
	} else {
		m = wordLangs(text[start:end])
	}
	for ; m != 0; m &= m - 1 {
		counts[bits.TrailingZeros64(uint64(m))]++
	}
}

// eachWordLangs calls fn with the languages of each run of letters of text
// (a word) on a list, as GuessLanguage looks them up.
func eachWordLangs(text string, fn func(langBits)) {
	start := -1
	for i, r := range text {
		if isLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if m := wordLangs(text[start:i]); m != 0 {
				fn(m)
			}
			start = -1
		}
	}
	if start >= 0 {
		if m := wordLangs(text[start:]); m != 0 {
			fn(m)
		}
	}
}
