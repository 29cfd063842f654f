package lingua

// This file is mtlint's, not upstream's: it checks that the changes that
// make the detector faster (README.md) compute what upstream's code does.

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
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
