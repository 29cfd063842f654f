package rules

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// Glossary checks bilingual units against a terminology file.
var Glossary = newGlossaryRule()

func newGlossaryRule() *checker.Rule {
	cache := &glossaryCache{byPath: map[string]*glossaryLoad{}}
	return &checker.Rule{
		ID:    "glossary",
		Title: "a glossary term translated otherwise, or a forbidden term used",
		Doc: `Checks every unit of a bilingual input against a glossary, a TSV file given
with --glossary FILE (the rule's "file" option). Each line is one entry:

  source term<TAB>target term            required: when the source has the
                                          term, the target must have its translation
  source term<TAB>target a|target b      required, either translation will do
  source term<TAB>!target term           forbidden when the source has the term
  <TAB>!target term                      forbidden in every target ("!term" alone too)

Blank lines and lines starting with "#" are skipped, and so is a first line
"source<TAB>target". Terms match whole words, ignoring case and accents, and
each word of a term may carry an inflection ending of up to three letters
("Kanzler" matches "Kanzlers", "Лавров" matches "Лаврова"). A forbidden term in
the target is an error at the term; a missing required translation is a
warning on the whole target. In a text without sources (an article), only
the terms forbidden everywhere apply. Without a glossary the rule does nothing. The
glossary is read once per run; an unreadable or malformed glossary stops the
run with exit status 2 and names the file and line.`,
		Bad:           "Der Bundeskanzler sprach in Paris.\tThe Federal President spoke in Paris.",
		Good:          "Der Bundeskanzler sprach in Paris.\tThe chancellor spoke in Paris.",
		ExampleFormat: textdoc.FormatTSV,
		ExampleLang:   "en",
		Severity:      checker.Error,
		Locale:        true,
		Options: []checker.Option{{
			Name: "file",
			Doc:  "path of the glossary TSV file; empty: no glossary",
			Kind: checker.File,
		}, {
			Name: "terms",
			Doc:  "inline entries in the file's format, one a line (set from the glossary key of .mtlint.yaml)",
			Kind: checker.Terms,
		}},
		// glossary: in .mtlint.yaml is a file name, or a mapping with the
		// file and inline terms.
		Section: &checker.Section{Key: "glossary", Value: "file", Keys: []string{"file", "terms"}},
		Check: func(p *checker.Pass) error {
			path, terms := p.Option("file"), p.Option("terms")
			if path == "" && terms == "" {
				return nil
			}
			if path != "" {
				g, err := cache.get(path)
				if err != nil {
					return err
				}
				if err := checkGlossary(p, g); err != nil {
					return err
				}
			}
			if terms != "" {
				g, err := cache.inline(terms)
				if err != nil {
					return err
				}
				return checkGlossary(p, g)
			}
			return nil
		},
	}
}

// glossaryCache reads each glossary file once, however many documents and
// goroutines ask for it. It lives inside the rule value, not in a package
// variable of its own, and is never changed after a load.
type glossaryCache struct {
	mu     sync.Mutex
	byPath map[string]*glossaryLoad
}

type glossaryLoad struct {
	once sync.Once
	g    *glossary
	err  error
}

// inline parses inline entries once per distinct text.
func (c *glossaryCache) inline(terms string) (*glossary, error) {
	c.mu.Lock()
	l := c.byPath["\x00inline\x00"+terms]
	if l == nil {
		l = &glossaryLoad{}
		c.byPath["\x00inline\x00"+terms] = l
	}
	c.mu.Unlock()
	l.once.Do(func() { l.g, l.err = parseGlossary("glossary terms", strings.NewReader(terms)) })
	return l.g, l.err
}

func (c *glossaryCache) get(path string) (*glossary, error) {
	c.mu.Lock()
	l := c.byPath[path]
	if l == nil {
		l = &glossaryLoad{}
		c.byPath[path] = l
	}
	c.mu.Unlock()
	l.once.Do(func() { l.g, l.err = LoadGlossary(path) })
	return l.g, l.err
}

// glossary is a parsed glossary file.
type glossary struct {
	entries []glossaryEntry
}

// glossaryEntry is one line of a glossary. source is empty for a target term
// forbidden everywhere; targets holds the alternatives, each split into
// words.
type glossaryEntry struct {
	line       int
	sourceTerm string
	source     []string
	targetTerm string
	targets    [][]string
	forbidden  bool
}

// LoadGlossary reads and parses the glossary file at path. Its errors name
// the file, and the line for a malformed entry ("terms.tsv:4: ...").
func LoadGlossary(path string) (*glossary, error) {
	b, err := read.ReadFile(path, 0)
	if err != nil {
		return nil, err // an *fs.PathError: it names the file
	}
	return parseGlossary(path, bytes.NewReader(b))
}

// parseGlossary reads the glossary format documented on the rule; name is
// used in error messages.
func parseGlossary(name string, r interface{ Read([]byte) (int, error) }) (*glossary, error) {
	g := &glossary{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	bad := func(n int, format string, a ...any) error {
		return fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, a...))
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if !utf8.ValidString(line) {
			return nil, bad(n, "not UTF-8 text")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if n == 1 && len(cols) == 2 && strings.EqualFold(strings.TrimSpace(cols[0]), "source") &&
			strings.EqualFold(strings.TrimSpace(cols[1]), "target") {
			continue
		}
		switch {
		case len(cols) == 1 && strings.HasPrefix(strings.TrimSpace(line), "!"):
			cols = []string{"", strings.TrimSpace(line)}
		case len(cols) == 1:
			return nil, bad(n, "want source term<TAB>target term, or !forbidden term")
		case len(cols) > 2:
			return nil, bad(n, "%d tab-separated columns, want source term<TAB>target term", len(cols))
		}
		e := glossaryEntry{line: n, sourceTerm: strings.TrimSpace(cols[0])}
		tgt := strings.TrimSpace(cols[1])
		if strings.HasPrefix(tgt, "!") {
			e.forbidden = true
			tgt = strings.TrimSpace(tgt[1:])
		}
		e.targetTerm = tgt
		e.source = termWords(e.sourceTerm)
		if e.sourceTerm != "" && len(e.source) == 0 {
			return nil, bad(n, "source term %q has no letters or digits", e.sourceTerm)
		}
		if len(e.source) == 0 && !e.forbidden {
			return nil, bad(n, "empty source term: only a forbidden term (!term) may stand alone")
		}
		for _, alt := range strings.Split(tgt, "|") {
			if w := termWords(alt); len(w) > 0 {
				e.targets = append(e.targets, w)
			} else {
				return nil, bad(n, "empty target term")
			}
		}
		g.entries = append(g.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}

// termWords splits a term into its matching words.
func termWords(term string) []string {
	var out []string
	for _, t := range termTokens(term) {
		out = append(out, t.word)
	}
	return out
}

// findTerm returns the span of the first occurrence of term (words) in
// tokens, each word allowed an inflection ending.
func findTerm(tokens []termToken, term []string) (textdoc.Span, bool) {
	for i := 0; i+len(term) <= len(tokens); i++ {
		ok := true
		for j, w := range term {
			if !termWordMatch(tokens[i+j].word, w) {
				ok = false
				break
			}
		}
		if ok {
			return textdoc.Span{Start: tokens[i].start, End: tokens[i+len(term)-1].end}, true
		}
	}
	return textdoc.Span{}, false
}

// termWordMatch reports whether word is the term word w, or w with an
// inflection ending; words of three runes or fewer must match exactly ("EU"
// is not "Europe").
func termWordMatch(word, w string) bool {
	if word == w {
		return true
	}
	if !strings.HasPrefix(word, w) {
		return false
	}
	n := utf8.RuneCountInString(w)
	return n > 3 && utf8.RuneCountInString(word)-n <= inflectionSuffix
}

func checkGlossary(p *checker.Pass, g *glossary) error {
	if !p.Doc.Bilingual() {
		checkForbiddenEverywhere(p, g)
		return nil
	}
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		src, tgt := termTokens(u.Source.Text), termTokens(u.Target.Text)
		for _, e := range g.entries {
			if len(e.source) > 0 {
				if _, ok := findTerm(src, e.source); !ok {
					continue
				}
			}
			if e.forbidden {
				for _, alt := range e.targets {
					if sp, ok := findTerm(tgt, alt); ok {
						msg := fmt.Sprintf("glossary forbids %q in the target", u.Target.Text[sp.Start:sp.End])
						if e.sourceTerm != "" {
							msg = fmt.Sprintf("glossary forbids %q as a translation of %q", u.Target.Text[sp.Start:sp.End], e.sourceTerm)
						}
						p.ReportSeverity(u.Target, sp, checker.Error, msg, "")
					}
				}
				continue
			}
			found := false
			for _, alt := range e.targets {
				if _, ok := findTerm(tgt, alt); ok {
					found = true
					break
				}
			}
			if !found {
				var alts []string
				for _, a := range strings.Split(e.targetTerm, "|") {
					alts = append(alts, strconv.Quote(strings.TrimSpace(a)))
				}
				want := strings.Join(alts, " or ")
				p.ReportSeverity(u.Target, textdoc.Span{Start: 0, End: len(u.Target.Text)}, checker.Warning,
					fmt.Sprintf("the source has %q: the glossary wants %s in the target", e.sourceTerm, want),
					fmt.Sprintf("translate %q as %s", e.sourceTerm, want))
			}
		}
	}
	return nil
}

// checkForbiddenEverywhere reports, in a text without sources (an article),
// the target terms the glossary forbids everywhere ("<TAB>!term"): the
// entries that depend on a source term cannot apply.
func checkForbiddenEverywhere(p *checker.Pass, g *glossary) {
	for _, b := range p.Doc.Blocks {
		var toks []termToken
		for _, e := range g.entries {
			if !e.forbidden || len(e.source) > 0 {
				continue
			}
			if toks == nil {
				toks = termTokens(b.Text)
			}
			for _, alt := range e.targets {
				if sp, ok := findTerm(toks, alt); ok {
					p.ReportSeverity(b, sp, checker.Error, fmt.Sprintf("glossary forbids %q", b.Text[sp.Start:sp.End]), "")
				}
			}
		}
	}
}
