package rules

import (
	"embed"
	"path"
	"strings"
	"sync"
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

// dropCapData is the word data of every language.
type dropCapData struct {
	langs map[string]*dropCapLang
	// anyWord is the union of all lexicons, lower case: a first word that is a
	// word of another language is an untranslated leftover, not a drop cap.
	anyWord map[string]bool
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
	return d.langs[base]
}

// known reports whether w is a word of a supported language or a known name.
func (d *dropCapData) known(w string) bool {
	return d.names[w] || d.anyWord[strings.ToLower(w)]
}

func loadDropCapData() *dropCapData {
	d := &dropCapData{
		langs:   map[string]*dropCapLang{},
		anyWord: map[string]bool{},
		names:   map[string]bool{},
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
		l := &dropCapLang{
			words:      map[string]bool{},
			onsets:     map[[2]rune]bool{},
			candidates: map[string]string{},
			bySuffix:   map[string][]string{},
		}
		for _, w := range readWordList(path.Join("data/words", code+".txt")) {
			l.addWord(strings.ToLower(w))
		}
		for _, c := range readWordList(path.Join("data/dropcap", e.Name())) {
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
		for w := range l.words {
			d.anyWord[w] = true
		}
		d.langs[code] = l
	}
	return d
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
