package langid

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"strings"
)

// funcWordFiles holds one list of function words a language, named by its
// ISO 639-1 code: "#" comment lines, then lower-case words separated by
// white space.
//
//go:embed data/funcwords/*.txt
var funcWordFiles embed.FS

// The function word lists: frequent function words of each language, used
// by the word gate (langgate.go) and to guess a document's language. A
// sentence the model calls German must also use German function words. The
// lists are short and closed-class only (articles, pronouns, prepositions,
// conjunctions, auxiliaries), so names and loanwords do not count.
//
// stopWordLangs are the languages with a list, sorted, and stopWordMask maps
// each listed word to the set of them whose list has it (bit i for
// stopWordLangs[i]), so that one look-up tells every language's count. Both
// are built once, at package init, from data/funcwords, and never changed
// after; the words stay substrings of the embedded files.
var stopWordLangs, stopWordMask = mustIndexFunctionWords()

func mustIndexFunctionWords() ([]string, map[string]langBits) {
	lists, err := loadFunctionWords()
	if err != nil {
		panic(err)
	}
	langs := make([]string, 0, len(lists))
	n := 0
	for l, ws := range lists {
		langs = append(langs, l)
		n += len(ws)
	}
	slices.Sort(langs)
	if len(langs) > 64 {
		panic("langid: more than 64 function word lists")
	}
	mask := make(map[string]langBits, n)
	for i, l := range langs {
		for _, w := range lists[l] {
			mask[w] |= 1 << i
		}
	}
	return langs, mask
}

// loadFunctionWords parses every embedded list: the words of each language.
func loadFunctionWords() (map[string][]string, error) {
	entries, err := funcWordFiles.ReadDir("data/funcwords")
	if err != nil {
		return nil, err
	}
	out := make(map[string][]string, len(entries))
	for _, e := range entries {
		name := e.Name()
		data, err := funcWordFiles.ReadFile(path.Join("data/funcwords", name))
		if err != nil {
			return nil, err
		}
		words := parseFunctionWords(string(data))
		if len(words) == 0 {
			return nil, fmt.Errorf("langid: function word list %s is empty", name)
		}
		out[strings.TrimSuffix(name, ".txt")] = words
	}
	return out, nil
}

// parseFunctionWords returns the words of a list file, in order, skipping
// comment lines.
func parseFunctionWords(data string) []string {
	var words []string
	for line := range strings.Lines(data) {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			words = append(words, strings.Fields(line)...)
		}
	}
	return words
}

// FunctionWords counts the words of text (runs of letters) and those of
// them that are frequent function words of lang; ok is false when there is
// no list for lang.
func FunctionWords(text, lang string) (function, words int, ok bool) {
	bit := langBit(lang)
	if bit == 0 {
		return 0, 0, false
	}
	start := -1
	for i, r := range text {
		switch {
		case isLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			words++
			if wordLangs(text[start:i])&bit != 0 {
				function++
			}
			start = -1
		}
	}
	if start >= 0 {
		words++
		if wordLangs(text[start:])&bit != 0 {
			function++
		}
	}
	return function, words, true
}

// IsFunctionWord reports whether word (any case) is on lang's list of
// function words.
func IsFunctionWord(word, lang string) bool {
	b := langBit(lang)
	return b != 0 && wordLangs(word)&b != 0
}
