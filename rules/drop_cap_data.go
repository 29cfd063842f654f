package rules

import (
	"embed"
	"path"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// dropCapFS holds the word data of the drop-cap rule:
//
//	data/words/<lang>.txt    common words of the language, lower case
//	data/dropcap/<lang>.txt  sentence-initial candidates, most frequent first
//	data/dropcap/names.txt   names and brands that look like mangled drop caps
//
// One entry a line; "#" starts a comment.
//
//go:embed data/words/*.txt data/dropcap/*.txt
var dropCapFS embed.FS

// dropCapLang is the word data of one language, built once and read-only.
type dropCapLang struct {
	// words holds the lexicon and the candidates, lower case.
	words map[string]bool
	// onsets holds the first two letters (lower case) of the known words of
	// three or more letters.
	onsets map[[2]rune]bool
	// candidates maps a lower-case candidate to its written form.
	candidates map[string]string
	// bySuffix maps a candidate without its first letter ("he" for "The") to
	// the candidates that end so, most frequent first.
	bySuffix map[string][]string
	// top is the most frequent candidate ("The" in English): a split word
	// that may be it or a rarer candidate ("Dhe": "The" or "She") is fixed
	// to it.
	top string
}

// dropCapData is the word data of every language, each language's built on
// first use: a run checks one target language or a few, and building all
// of them was a quarter of a cold start's instructions.
type dropCapData struct {
	// langs maps a language code to its data, built on the first call.
	langs map[string]func() *dropCapLang
	// names are names and brands as written ("Sven", "FFmpeg").
	names map[string]bool
}

// dropCapWords returns the drop-cap word data, loaded on first use.
var dropCapWords = sync.OnceValue(loadDropCapData)

// lang returns the data of language tag ("en", "pt-BR"), nil when there is
// none.
func (d *dropCapData) lang(tag string) *dropCapLang {
	base := strings.ToLower(tag)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	if build, ok := d.langs[base]; ok {
		return build()
	}
	return nil
}

// known reports whether w is a word of a supported language or a known name:
// a first word that is a word of another language is an untranslated
// leftover, not a drop cap. Only a word that already looks like a mangled
// drop cap asks, so the word lists are searched as text rather than every
// language's data being built for it.
func (d *dropCapData) known(w string) bool {
	if d.names[w] {
		return true
	}
	lower := strings.ToLower(w)
	for _, list := range dropCapLists() {
		if list.candidates && utf8.RuneCountInString(lower) < 3 {
			// Shorter candidates are left out (loadDropCapLang).
			continue
		}
		if wordListHas(list.text, lower, list.candidates) {
			return true
		}
	}
	return false
}

// dropCapList is the text of one embedded word list: a lexicon, whose
// entries are lower case, or a list of candidates, whose entries are lower
// case after their first letter (TestDropCapData checks both).
type dropCapList struct {
	text       string
	candidates bool
}

// dropCapLists returns the lexicons and the candidate lists of every
// language: the words of dropCapLang.words.
var dropCapLists = sync.OnceValue(func() []dropCapList {
	var lists []dropCapList
	entries, _ := dropCapFS.ReadDir("data/dropcap")
	for _, e := range entries {
		if e.Name() == "names.txt" {
			continue
		}
		lex, _ := dropCapFS.ReadFile(path.Join("data/words", e.Name()))
		cands, _ := dropCapFS.ReadFile(path.Join("data/dropcap", e.Name()))
		lists = append(lists, dropCapList{string(lex), false}, dropCapList{string(cands), true})
	}
	return lists
})

// wordListHas reports whether the word list text has an entry whose lower
// case is w, entries read as readWordList reads them: the entry stands
// alone on its line, with only spaces around it and perhaps a comment after
// it. When capitalised is set, the entry's first letter is compared in
// lower case and the rest as written; otherwise the whole entry is.
func wordListHas(text, w string, capitalised bool) bool {
	first, n := utf8.DecodeRuneInString(w)
	find := w
	if capitalised {
		find = w[n:]
	}
	if find == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(text[off:], find)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(find)
		off = start + 1
		if capitalised {
			r, m := utf8.DecodeLastRuneInString(text[:start])
			if m == 0 || unicode.ToLower(r) != first {
				continue
			}
			start -= m
		}
		if onlySpaceBefore(text[:start]) && onlySpaceAfter(text[end:]) {
			return true
		}
	}
}

// onlySpaceBefore reports whether the line that s ends in is blank so far.
func onlySpaceBefore(s string) bool {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
		s = s[:len(s)-n]
	}
	return true
}

// onlySpaceAfter reports whether s is blank up to its first line break or
// comment.
func onlySpaceAfter(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '#' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func loadDropCapData() *dropCapData {
	d := &dropCapData{
		langs: map[string]func() *dropCapLang{},
		names: map[string]bool{},
	}
	for _, n := range readWordList("data/dropcap/names.txt") {
		d.names[n] = true
	}
	entries, _ := dropCapFS.ReadDir("data/dropcap")
	for _, e := range entries {
		code := strings.TrimSuffix(e.Name(), ".txt")
		if code == "names" {
			continue
		}
		d.langs[code] = sync.OnceValue(func() *dropCapLang { return loadDropCapLang(code) })
	}
	return d
}

// loadDropCapLang builds the word data of one language from its lexicon and
// its candidates.
func loadDropCapLang(code string) *dropCapLang {
	lexicon := readWordList(path.Join("data/words", code+".txt"))
	cands := readWordList(path.Join("data/dropcap", code+".txt"))
	l := &dropCapLang{
		words:      make(map[string]bool, len(lexicon)+len(cands)),
		onsets:     make(map[[2]rune]bool, 256),
		candidates: make(map[string]string, len(cands)),
		bySuffix:   make(map[string][]string, len(cands)),
	}
	for _, w := range lexicon {
		l.addWord(strings.ToLower(w))
	}
	for _, c := range cands {
		lower := strings.ToLower(c)
		if _, dup := l.candidates[lower]; dup || utf8.RuneCountInString(c) < 3 {
			continue
		}
		l.candidates[lower] = c
		if l.top == "" {
			l.top = c
		}
		_, n := utf8.DecodeRuneInString(lower)
		l.bySuffix[lower[n:]] = append(l.bySuffix[lower[n:]], c)
		l.addWord(lower)
	}
	return l
}

func (l *dropCapLang) addWord(w string) {
	l.words[w] = true
	r0, n0 := utf8.DecodeRuneInString(w)
	r1, n1 := utf8.DecodeRuneInString(w[n0:])
	if n1 > 0 && len(w) > n0+n1 {
		l.onsets[[2]rune{r0, r1}] = true
	}
}

// readWordList returns the entries of an embedded list, comments and blank
// lines removed. A missing file is an empty list.
func readWordList(name string) []string {
	b, err := dropCapFS.ReadFile(name)
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
