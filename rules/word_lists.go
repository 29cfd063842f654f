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

// wordLists is one kind of per-language word list. Each file is parsed on
// first use, so that a run reads the lists of its documents' languages only,
// and never changed afterwards.
type wordLists struct {
	dir    string
	common func() map[string]bool   // common.txt alone
	union  func() map[string]bool   // every file's words
	byLang *perKey[map[string]bool] // a language's words, common.txt merged in; nil without a file
}

func newWordLists(dir string) *wordLists {
	w := &wordLists{dir: dir}
	w.common = sync.OnceValue(func() map[string]bool { return w.read("common") })
	w.byLang = newPerKey(func(lang string) map[string]bool {
		words := w.read(lang)
		if words == nil {
			return nil
		}
		for k := range w.common() {
			words[k] = true
		}
		return words
	})
	w.union = sync.OnceValue(func() map[string]bool {
		union := map[string]bool{}
		entries, err := wordListFiles.ReadDir(w.dir)
		if err != nil {
			// The directory is embedded at build time; a missing one is a
			// build mistake that the rules' tests catch as missing findings.
			return union
		}
		for _, e := range entries {
			if name, ok := strings.CutSuffix(e.Name(), ".txt"); ok && !e.IsDir() {
				for k := range w.read(name) {
					union[k] = true
				}
			}
		}
		return union
	})
	return w
}

// read parses the file of one language (or "common"), nil when there is
// none.
func (w *wordLists) read(name string) map[string]bool {
	if name == "" || strings.ContainsAny(name, "/.") {
		return nil
	}
	data, err := wordListFiles.ReadFile(path.Join(w.dir, name+".txt"))
	if err != nil {
		return nil
	}
	return textutil.ParseWordList(string(data))
}

// own returns the words of language lang merged with the common ones, nil
// when lang has no file of its own.
func (w *wordLists) own(lang string) map[string]bool {
	if lang == "common" {
		return nil
	}
	return w.byLang.get(lang)
}

// lang returns the words of language lang with the common ones, the common
// words alone for a language without a file, and nil when neither exists.
func (w *wordLists) lang(lang string) map[string]bool {
	if m := w.own(lang); m != nil {
		return m
	}
	if c := w.common(); len(c) > 0 {
		return c
	}
	return nil
}

// has reports whether language lang has a file of its own.
func (w *wordLists) has(lang string) bool { return w.own(lang) != nil }

// all returns the words of every language together, for documents whose
// language is unknown.
func (w *wordLists) all() map[string]bool { return w.union() }

var (
	fragmentAbbreviations = newWordLists("data/fragment-abbreviations")
	danglingWords         = newWordLists("data/dangling-words")
	speechVerbs           = newWordLists("data/speech-verbs")
	correctDoublings      = newWordLists("data/doublings")
	doublingErrors        = newWordLists("data/doubling-errors")
)
