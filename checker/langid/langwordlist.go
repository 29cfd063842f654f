package langid

import (
	"strings"
	"sync"
)

// The word lists of target languages are kept by the packages that ship
// them (the rules' English lexicon, generated from SCOWL): this package
// knows nothing of them but what is registered. A word of the target's list
// is never a source word, and a source word that is spelt like one of the
// list's words after the source's regular spelling changes is a cognate left
// untranslated ("Kollision", "collision").
var (
	wordListsMu sync.RWMutex
	wordLists   = map[string]func(lower string) bool{}
)

// RegisterWordList makes has the test of lang's word list: it reports
// whether a lower-case word is a common word of the language. It may load
// its list on first use; it must be safe for concurrent use.
func RegisterWordList(lang string, has func(lower string) bool) {
	wordListsMu.Lock()
	defer wordListsMu.Unlock()
	if has == nil {
		delete(wordLists, lang)
		return
	}
	wordLists[lang] = has
}

// WordList returns the test of lang's registered word list, or nil.
func WordList(lang string) func(lower string) bool {
	wordListsMu.RLock()
	defer wordListsMu.RUnlock()
	return wordLists[lang]
}

// cognateEnding is a regular correspondence between a source ending and
// the target's ("-ität" and "-ity"). german marks the endings that only
// German has; the endings that Romance words share ("-e", "-s") count
// only together with a consonant that English spells otherwise.
type cognateEnding struct {
	from   string
	to     []string
	german bool
}

// germanEnglishEndings are the regular correspondences of German and English
// endings of words of Latin and Greek origin, and German's plural and case
// endings.
var germanEnglishEndings = []cognateEnding{
	{"", []string{"", "e"}, false},
	{"e", []string{""}, false},
	{"s", []string{""}, false},
	// A stem in "s" is left out: Scandinavian surnames end in "-sen"
	// ("Christensen" is not "christens").
	{"en", []string{"", "e", "s"}, true},
	{"ern", []string{"er", "ers"}, true},
	{"ionen", []string{"ions"}, true},
	{"um", []string{"e"}, true},
	{"ums", []string{"e"}, true},
	{"ie", []string{"y"}, true},
	{"ien", []string{"ies"}, true},
	{"ur", []string{"ure"}, true},
	{"uren", []string{"ures"}, true},
	{"ität", []string{"ity"}, true},
	{"itäten", []string{"ities"}, true},
	{"ismus", []string{"ism"}, true},
	{"ik", []string{"ic", "ics"}, true},
	{"iken", []string{"ics"}, true},
	{"enz", []string{"ence"}, true},
	{"enzen", []string{"ences"}, true},
	{"anz", []string{"ance"}, true},
	{"anzen", []string{"ances"}, true},
	{"at", []string{"ate"}, false},
	{"aten", []string{"ates"}, true},
	{"iv", []string{"ive"}, false},
	{"iven", []string{"ives"}, true},
}

// germanCognate reports whether a lower-case word, which is not a word of
// the English list has, is a German spelling of one: German writes "k" and
// "z" where English writes "c" ("Kollision", "Zivilisation") and has
// endings of its own ("Universum", "Kakophonie", "Kreaturen"). Only a
// change that English words never need counts: a German ending, or a "k" or
// "z" spelt "c"; a word that differs from an English one by a final "-e"
// alone may be Italian or Spanish ("presidente").
func germanCognate(lower string, has func(string) bool) bool {
	for _, e := range germanEnglishEndings {
		stem, ok := strings.CutSuffix(lower, e.from)
		if !ok || len(stem) < 4 || e.from == "en" && strings.HasSuffix(stem, "s") {
			continue
		}
		for _, to := range e.to {
			if e.german && has(stem+to) {
				return true
			}
			if respelt(stem, to, has) {
				return true
			}
		}
	}
	return false
}

// respelt reports whether stem+ending is an English word once one or more
// of the stem's "k" and "z" are written "c". At most four letters are
// changed in all combinations; a stem with more is not a cognate.
func respelt(stem, ending string, has func(string) bool) bool {
	var at []int
	for i := 0; i < len(stem); i++ {
		if stem[i] == 'k' || stem[i] == 'z' {
			at = append(at, i)
		}
	}
	if len(at) == 0 || len(at) > 4 {
		return false
	}
	b := []byte(stem)
	for mask := 1; mask < 1<<len(at); mask++ {
		for j, i := range at {
			b[i] = stem[i]
			if mask&(1<<j) != 0 {
				b[i] = 'c'
			}
		}
		if has(string(b) + ending) {
			return true
		}
	}
	return false
}
