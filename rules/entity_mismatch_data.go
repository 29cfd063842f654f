package rules

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// entityFS holds the data of entity-mismatch:
//
//	data/entity/equivalents.txt   names and acronyms with their forms in other languages
//	data/entity/common-<lang>.txt capitalised words of a source language that translations translate
//
//go:embed data/entity/*.txt
var entityFS embed.FS

// entityForm is one way of writing an entity: its words, folded with
// foldName. A stem matches any word that starts with it; a name stem (written
// capitalised in the data) also identifies the entity in a source.
type entityForm struct {
	words    []string
	stem     bool
	nameStem bool
}

// entityGroup is an entity with all its forms; label is the first form as
// written, for messages and tests.
type entityGroup struct {
	label string
	forms []entityForm
}

// entityTables is the loaded data, read-only after loading.
type entityTables struct {
	groups []*entityGroup
	// exact maps a folded one-word form to its entity; acronyms holds the
	// forms written in capitals ("EU", "IA"), which only a source word in
	// capitals (or, from four letters, capitalised: "Nato") names.
	exact, acronyms map[string]*entityGroup
	// alternatives maps a folded form that names more than one entity ("GB":
	// Great Britain, gigabyte) to the entities after the first.
	alternatives map[string][]*entityGroup
	// nameStems are the capitalised stems, for source words.
	nameStems []struct {
		stem  string
		group *entityGroup
	}
	// common maps a source language to its capitalised words that are not
	// names (lower case, not folded).
	common map[string]map[string]bool
}

// entityData returns the entity tables, loaded on first use.
var entityData = sync.OnceValue(loadEntityData)

func loadEntityData() *entityTables {
	t := &entityTables{exact: map[string]*entityGroup{}, acronyms: map[string]*entityGroup{},
		alternatives: map[string][]*entityGroup{}, common: map[string]map[string]bool{}}
	b, _ := entityFS.ReadFile("data/entity/equivalents.txt")
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		g := &entityGroup{}
		for _, f := range strings.Split(line, "|") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			if g.label == "" {
				g.label = f
			}
			form := entityForm{stem: strings.HasSuffix(f, "*")}
			f = strings.TrimSuffix(f, "*")
			r, _ := utf8.DecodeRuneInString(f)
			form.nameStem = form.stem && unicode.IsUpper(r)
			for _, w := range strings.Fields(f) {
				if fw := foldName(w); fw != "" {
					form.words = append(form.words, fw)
				}
			}
			if len(form.words) == 0 {
				continue
			}
			g.forms = append(g.forms, form)
			switch {
			case form.nameStem:
				t.nameStems = append(t.nameStems, struct {
					stem  string
					group *entityGroup
				}{form.words[0], g})
			case !form.stem && len(form.words) == 1 && unicode.IsUpper(r):
				// Lower-case forms ("british") are adjectives: they only
				// find target words.
				m := t.exact
				if isAcronym(strings.ReplaceAll(f, ".", "")) {
					m = t.acronyms
				}
				if m[form.words[0]] == nil {
					m[form.words[0]] = g
				} else if m[form.words[0]] != g {
					t.alternatives[form.words[0]] = append(t.alternatives[form.words[0]], g)
				}
			}
		}
		t.groups = append(t.groups, g)
	}
	entries, _ := entityFS.ReadDir("data/entity")
	for _, e := range entries {
		lang, ok := strings.CutPrefix(strings.TrimSuffix(e.Name(), ".txt"), "common-")
		if !ok {
			continue
		}
		b, _ := entityFS.ReadFile("data/entity/" + e.Name())
		words := map[string]bool{}
		for _, line := range strings.Split(string(b), "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			for _, w := range strings.Fields(line) {
				words[w] = true
			}
		}
		t.common[lang] = words
	}
	return t
}

// lookup returns the entity a source word (as written, and folded) names, or
// nil. Name stems identify
// inflected names ("России"); lower-case stems (adjectives) never do.
func (t *entityTables) lookup(word, folded string) *entityGroup {
	if g := t.acronyms[folded]; g != nil && (isAcronym(word) || utf8.RuneCountInString(word) >= 4) {
		return g
	}
	if g := t.exact[folded]; g != nil {
		return g
	}
	for _, s := range t.nameStems {
		if len(s.stem) >= 4 && strings.HasPrefix(folded, s.stem) {
			return s.group
		}
	}
	return nil
}

// foundIn reports whether any form of g occurs in the folded target words.
func (g *entityGroup) foundIn(words []string) bool {
	for _, f := range g.forms {
		for i := 0; i+len(f.words) <= len(words); i++ {
			ok := true
			for j, w := range f.words {
				tw := words[i+j]
				if f.stem && j == len(f.words)-1 {
					ok = strings.HasPrefix(tw, w)
				} else {
					ok = tw == w || len(w) > 3 && prefixMatch(tw, w)
				}
				if !ok {
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}
