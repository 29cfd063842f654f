package rules

import (
	"embed"
	"path"
	"strings"
	"sync"

	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// wordListFiles holds the per-language word lists that several rules read
// (fragment, repeated-word, missing-space): rules/data/<kind>/<lang>.txt, words separated by white
// space, "#" starting a comment. A file named common.txt applies to every
// language of its kind.
//
//go:embed data/fragment-abbreviations data/dangling-words data/speech-verbs data/doublings data/doubling-errors
var wordListFiles embed.FS

// wordLists is one kind of per-language word list, parsed on first use and
// never changed afterwards.
type wordLists struct {
	dir  string
	once sync.Once
	// byLang maps a language to its words, common.txt merged in.
	byLang map[string]map[string]bool
	// common holds common.txt alone; union holds every file's words.
	common, union map[string]bool
}

func newWordLists(dir string) *wordLists { return &wordLists{dir: dir} }

func (w *wordLists) load() {
	w.once.Do(func() {
		w.byLang = map[string]map[string]bool{}
		w.common, w.union = map[string]bool{}, map[string]bool{}
		entries, err := wordListFiles.ReadDir(w.dir)
		if err != nil {
			// The directory is embedded at build time; a missing one is a
			// build mistake that the rules' tests catch as missing findings.
			return
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || !strings.HasSuffix(name, ".txt") {
				continue
			}
			data, err := wordListFiles.ReadFile(path.Join(w.dir, name))
			if err != nil {
				continue
			}
			words := textutil.ParseWordList(string(data))
			lang := strings.TrimSuffix(name, ".txt")
			if lang == "common" {
				w.common = words
			} else {
				w.byLang[lang] = words
			}
			for k := range words {
				w.union[k] = true
			}
		}
		for _, words := range w.byLang {
			for k := range w.common {
				words[k] = true
			}
		}
	})
}

// lang returns the words of language lang with the common ones, the common
// words alone for a language without a file, and nil when neither exists.
func (w *wordLists) lang(lang string) map[string]bool {
	w.load()
	if m, ok := w.byLang[lang]; ok {
		return m
	}
	if len(w.common) > 0 {
		return w.common
	}
	return nil
}

// has reports whether language lang has a file of its own.
func (w *wordLists) has(lang string) bool {
	w.load()
	_, ok := w.byLang[lang]
	return ok
}

// all returns the words of every language together, for documents whose
// language is unknown.
func (w *wordLists) all() map[string]bool {
	w.load()
	return w.union
}

var (
	fragmentAbbreviations = newWordLists("data/fragment-abbreviations")
	danglingWords         = newWordLists("data/dangling-words")
	speechVerbs           = newWordLists("data/speech-verbs")
	correctDoublings      = newWordLists("data/doublings")
	doublingErrors        = newWordLists("data/doubling-errors")
)
