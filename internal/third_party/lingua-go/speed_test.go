package lingua

// This file is mtlint's, not upstream's: it checks that the changes that
// make the detector faster (README.md) compute what upstream's code does.

import (
	"math"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/exp/maps"
)

// speedSamples returns texts of many scripts, of letters that are no word
// characters of their script's regular expression (々, ー), of digits,
// punctuation, combining marks and invalid UTF-8.
func speedSamples() []string {
	texts := []string{"", "a", "\xff", "abc漢字def", "ÄÖÜ straße İstanbul", "日本語のテキスト、カタカナー々〇",
		"한국어 텍스트", "e\u0301te\u0301", "x1y2-z_w", "Ⅻ ǅungla ǈ", "\xe6\x97", "ab\xffcd"}
	for _, s := range writtenSamples {
		texts = append(texts, s.text)
	}
	pool := []rune("aZéßİıǅ漢字日本かなカナー々〇한국ΑαЖжअआ١٢ש ת ,.-'’1٣\u0301\u200d\t\n")
	rnd := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for j := rnd.Intn(12); j >= 0; j-- {
			if rnd.Intn(40) == 0 {
				b.WriteByte(0xff)
				continue
			}
			b.WriteRune(pool[rnd.Intn(len(pool))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestSplitTextIntoWordsAsUpstream(t *testing.T) {
	for _, s := range speedSamples() {
		want := letters.FindAllString(strings.ToLower(s), -1)
		if got := splitTextIntoWords(s); !reflect.DeepEqual(got, want) {
			t.Errorf("splitTextIntoWords(%q) = %q, upstream %q", s, got, want)
		}
	}
}

func TestAlphabetMatchesAsUpstream(t *testing.T) {
	for _, s := range speedSamples() {
		var texts []string
		texts = append(texts, s)
		for _, r := range s {
			texts = append(texts, string(r))
		}
		texts = append(texts, splitTextIntoWords(s)...)
		for _, text := range texts {
			for _, a := range allAlphabets() {
				if got, want := a.matches(text), a.matchesRegexp(text); got != want {
					t.Errorf("alphabet %d matches %q: %v, upstream %v", a, text, got, want)
				}
			}
			got := allOfScripts(text, scripts[hiragana], scripts[katakana], scripts[han])
			if want := japaneseCharacterSet.MatchString(text); got != want {
				t.Errorf("Japanese characters %q: %v, upstream %v", text, got, want)
			}
		}
	}
}

// upstreamTestDataNgrams is upstream's newTestDataLanguageModel and
// rangeOfLowerOrderNgrams, n-grams as strings.
func upstreamTestDataNgrams(words []string, ngramLength int) map[string][]string {
	out := map[string][]string{}
	for _, word := range words {
		chars := []rune(word)
		for i := 0; i <= len(chars)-ngramLength; i++ {
			ng := []rune(string(chars[i : i+ngramLength]))
			var lower []string
			for j := len(ng); j > 0; j-- {
				lower = append(lower, string(ng[:j]))
			}
			out[string(ng)] = lower
		}
	}
	return out
}

func TestTestDataModelAsUpstream(t *testing.T) {
	for _, s := range speedSamples() {
		words := splitTextIntoWords(s)
		words = append(words, strings.Fields(s)...) // invalid UTF-8 too
		for n := 1; n <= 3; n++ {
			got := map[string][]string{}
			for _, lower := range newTestDataLanguageModel(words, n).ngrams {
				var l []string
				for _, ng := range lower {
					l = append(l, ng.value)
				}
				got[l[0]] = l
			}
			if want := upstreamTestDataNgrams(words, n); !reflect.DeepEqual(got, want) {
				t.Fatalf("%d-grams of %q: %q, upstream %q", n, words, got, want)
			}
		}
	}
}

func TestCollectionsAsUpstream(t *testing.T) {
	want := map[alphabet]Language{}
	for _, a := range allAlphabets() {
		if ls := a.supportedLanguages(); len(ls) == 1 {
			want[a] = ls[0]
		}
	}
	if got := allAlphabetsSupportingSingleLanguage(); !reflect.DeepEqual(got, want) {
		t.Errorf("alphabets of one language: %v, upstream %v", got, want)
	}
	for _, a := range allAlphabets() {
		var want []Language
		for _, l := range AllLanguages() {
			if l.alphabets()[0] == a {
				want = append(want, l)
			}
		}
		got := allLanguagesWithScript(a)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("languages of alphabet %d: %v, upstream %v", a, got, want)
		}
		if len(got) > 0 {
			got[0] = Unknown // a copy: the next call is unchanged
			if again := allLanguagesWithScript(a); again[0] == Unknown {
				t.Errorf("allLanguagesWithScript(%d) returns a shared slice", a)
			}
		}
	}
}

func TestRulesAsUpstream(t *testing.T) {
	detectors := [][]Language{
		{English, German}, {English, Russian}, {German, English, French, Spanish},
		{Turkish, Azerbaijani, English}, {Chinese, Japanese, Korean}, {Ukrainian, Russian, Kazakh},
		AllLanguages(),
	}
	samples := speedSamples()
	samples = append(samples, "Straße ĳssel ¿qué? Ærø Åland şehir ǅ Ōsaka Ђурђевдан", "daß die Maße größer")
	for _, ls := range detectors {
		d := newLanguageDetector(ls, 0, false, true)
		for _, s := range samples {
			words := splitTextIntoWords(s)
			if got, want := d.detectLanguageWithRules(words), upstreamDetectLanguageWithRules(d, words); got != want {
				t.Errorf("%v: detectLanguageWithRules(%q) = %v, upstream %v", ls, words, got, want)
			}
			if topAlphabetTied(words) {
				continue // upstream picks one of the tied alphabets at random
			}
			got, want := d.filterLanguagesByRules(words), upstreamFilterLanguagesByRules(d, words)
			// Both return the languages of a map in its random order.
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%v: filterLanguagesByRules(%q) = %v, upstream %v", ls, words, got, want)
			}
		}
	}
}

// topAlphabetTied reports whether two alphabets match the most words.
func topAlphabetTied(words []string) bool {
	counts := map[alphabet]int{}
	for _, w := range words {
		for _, a := range allAlphabets() {
			if a.matchesRegexp(w) {
				counts[a]++
				break
			}
		}
	}
	top, n := 0, 0
	for _, c := range counts {
		switch {
		case c > top:
			top, n = c, 1
		case c == top:
			n++
		}
	}
	return n > 1
}

// upstreamDetectLanguageWithRules and upstreamFilterLanguagesByRules are
// upstream's detectLanguageWithRules and filterLanguagesByRules, with
// upstream's regular expressions.
func upstreamDetectLanguageWithRules(detector languageDetector, words []string) Language {
	totalLanguageCounts := make(map[Language]uint32)
	halfWordCount := float64(len(words)) * 0.5

	for _, word := range words {
		wordLanguageCounts := make(map[Language]uint32)

		for _, chr := range []rune(word) {
			char := string(chr)
			isMatch := false

			for alphabet, language := range detector.oneLanguageAlphabets {
				if alphabet.matchesRegexp(char) {
					wordLanguageCounts[language]++
					isMatch = true
					break
				}
			}

			if !isMatch {
				if han.matchesRegexp(char) {
					wordLanguageCounts[Chinese]++
				} else if japaneseCharacterSet.MatchString(char) {
					wordLanguageCounts[Japanese]++
				} else if latin.matchesRegexp(char) || cyrillic.matchesRegexp(char) || devanagari.matchesRegexp(char) {
					for _, language := range detector.languagesWithUniqueCharacters {
						if strings.Contains(language.uniqueCharacters(), char) {
							wordLanguageCounts[language]++
						}
					}
				}
			}
		}

		if len(wordLanguageCounts) == 0 {
			totalLanguageCounts[Unknown]++
		} else if len(wordLanguageCounts) == 1 {
			var language Language
			for key := range wordLanguageCounts {
				language = key
			}
			if slices.Contains(detector.languages, language) {
				totalLanguageCounts[language]++
			} else {
				totalLanguageCounts[Unknown]++
			}
		} else {
			_, containsChinese := wordLanguageCounts[Chinese]
			_, containsJapanese := wordLanguageCounts[Japanese]
			if containsChinese && containsJapanese {
				totalLanguageCounts[Japanese]++
			} else {
				keys := maps.Keys(wordLanguageCounts)
				sort.Slice(keys, func(i, j int) bool {
					return wordLanguageCounts[keys[i]] > wordLanguageCounts[keys[j]]
				})
				mostFrequentLanguage := keys[0]
				mostFrequentLanguageCount := wordLanguageCounts[keys[0]]
				secondMostFrequentLanguageCount := wordLanguageCounts[keys[1]]

				if mostFrequentLanguageCount > secondMostFrequentLanguageCount &&
					slices.Contains(detector.languages, mostFrequentLanguage) {
					totalLanguageCounts[mostFrequentLanguage]++
				} else {
					totalLanguageCounts[Unknown]++
				}
			}
		}
	}
	var unknownLanguageCount float64 = 0
	if value, exists := totalLanguageCounts[Unknown]; exists {
		unknownLanguageCount = float64(value)
	}
	if unknownLanguageCount < halfWordCount {
		delete(totalLanguageCounts, Unknown)
	}
	if len(totalLanguageCounts) == 0 {
		return Unknown
	}
	if len(totalLanguageCounts) == 1 {
		for language := range totalLanguageCounts {
			return language
		}
	}
	if len(totalLanguageCounts) == 2 {
		_, containsChinese := totalLanguageCounts[Chinese]
		_, containsJapanese := totalLanguageCounts[Japanese]
		if containsChinese && containsJapanese {
			return Japanese
		}
	}
	sortedLanguages := maps.Keys(totalLanguageCounts)
	sort.Slice(sortedLanguages, func(i, j int) bool {
		return totalLanguageCounts[sortedLanguages[i]] > totalLanguageCounts[sortedLanguages[j]]
	})
	mostFrequentLanguage := sortedLanguages[0]
	mostFrequentLanguageCount := totalLanguageCounts[sortedLanguages[0]]
	secondMostFrequentLanguageCount := totalLanguageCounts[sortedLanguages[1]]

	if mostFrequentLanguageCount == secondMostFrequentLanguageCount {
		return Unknown
	}

	return mostFrequentLanguage
}

func upstreamFilterLanguagesByRules(detector languageDetector, words []string) []Language {
	detectedAlphabets := make(map[alphabet]uint32)
	halfWordCount := float64(len(words)) * 0.5

	for _, word := range words {
		for _, alphabet := range allAlphabets() {
			if alphabet.matchesRegexp(word) {
				detectedAlphabets[alphabet]++
				break
			}
		}
	}

	if len(detectedAlphabets) == 0 {
		return detector.languages
	}

	if len(detectedAlphabets) > 1 {
		distinctAlphabetCounts := make(map[uint32]struct{})
		for _, count := range detectedAlphabets {
			distinctAlphabetCounts[count] = struct{}{}
		}
		if len(distinctAlphabetCounts) == 1 {
			return detector.languages
		}
	}

	sortedAlphabets := maps.Keys(detectedAlphabets)
	sort.Slice(sortedAlphabets, func(i, j int) bool {
		return detectedAlphabets[sortedAlphabets[i]] > detectedAlphabets[sortedAlphabets[j]]
	})

	mostFrequentAlphabet := sortedAlphabets[0]
	var filteredLanguages []Language

	for _, language := range detector.languages {
		if slices.Contains(language.alphabets(), mostFrequentAlphabet) {
			filteredLanguages = append(filteredLanguages, language)
		}
	}

	languageCounts := make(map[Language]uint32)

	for characters, languages := range charsToLanguagesMapping {
		var relevantLanguages []Language
		for _, language := range languages {
			if slices.Contains(filteredLanguages, language) {
				relevantLanguages = append(relevantLanguages, language)
			}
		}
		for _, word := range words {
			for _, character := range []rune(characters) {
				if strings.ContainsRune(word, character) {
					for _, language := range relevantLanguages {
						languageCounts[language]++
					}
				}
			}
		}
	}

	var languageSubset []Language

	for language, count := range languageCounts {
		if float64(count) >= halfWordCount {
			languageSubset = append(languageSubset, language)
		}
	}

	if len(languageSubset) > 0 {
		return languageSubset
	}

	return filteredLanguages
}

// TestDecimalFromFloatAsNewFromFloat checks that decimalFromFloat gives
// decimal.NewFromFloat's coefficient and exponent: for the exponentials of
// summed log-probabilities computeExponent converts, and for random bit
// patterns of every magnitude, subnormal ones too.
func TestDecimalFromFloatAsNewFromFloat(t *testing.T) {
	rnd := rand.New(rand.NewSource(2))
	check := func(f float64) {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return
		}
		got, want := decimalFromFloat(f), decimal.NewFromFloat(f)
		if got.Exponent() != want.Exponent() || got.Coefficient().Cmp(want.Coefficient()) != 0 {
			t.Fatalf("decimalFromFloat(%v) = %v×10^%d, NewFromFloat %v×10^%d", f,
				got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
		}
	}
	for _, f := range []float64{0, 1, -1, 100, 1e-300, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1, 123456789012345678} {
		check(f)
	}
	for i := 0; i < 20000; i++ {
		check(math.Exp(-rnd.Float64() * 745))
		check(math.Float64frombits(rnd.Uint64()))
	}
}
