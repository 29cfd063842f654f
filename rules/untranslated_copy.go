package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/mtlint/mtlint/checker"
)

// copySimilarity is the similarity (1 - edit distance / length, in runes) at
// which a target counts as a copy of its source: a copy with a changed
// number, a fixed typo or different quotation marks is still a copy.
const copySimilarity = 0.9

// copyCognateWords is the longest target, in words, that may equal its source
// between closely related languages ("Hotel Central", "Banco Santander SA").
const copyCognateWords = 4

// reportCopiedSources reports units whose target is its source, copied
// unchanged or nearly so: the unit was left untranslated. It is part of the
// untranslated rule.
//
// Left alone: targets without prose (numbers, codes, URLs, e-mail addresses),
// units of one or two words (names, brands, "OK", "Radio", "Internet" are
// the same in many languages), targets whose words are all capitalised (names
// and titles: "Deutsche Bank", "Frank-Walter Steinmeier"), short targets
// between closely related languages (Spanish and Portuguese, German and
// Dutch, Russian and Ukrainian), and documents whose source and target
// language are the same.
func reportCopiedSources(p *checker.Pass) map[*checker.Block]bool {
	copies := map[*checker.Block]bool{}
	src, tgt := p.Doc.SourceLang, p.Doc.Lang
	if src != "" && tgt != "" && baseLang(src) == baseLang(tgt) {
		return copies // a locale variant (en-GB -> en-US): copies are expected
	}
	related := closelyRelated(src, tgt)
	dmp := diffmatchpatch.New()
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		s, t := strings.TrimSpace(u.Source.Text), strings.TrimSpace(u.Target.Text)
		words := proseWords(t)
		if words < 3 || related && words <= copyCognateWords {
			continue
		}
		if !nearCopy(dmp, s, t) {
			continue
		}
		p.ReportSeverity(u.Target, checker.Span{Start: 0, End: len(u.Target.Text)}, checker.Error,
			"target copies its source: the unit was left untranslated", "translate the text")
		copies[u.Target] = true
	}
	return copies
}

// nearCopy reports whether t is s, or differs from it by at most
// 1-copySimilarity of its length, ignoring case.
func nearCopy(dmp *diffmatchpatch.DiffMatchPatch, s, t string) bool {
	if s == t {
		return true
	}
	s, t = strings.ToLower(s), strings.ToLower(t)
	ls, lt := utf8.RuneCountInString(s), utf8.RuneCountInString(t)
	n := max(ls, lt)
	// The edit distance is at least the difference in length: skip the diff
	// when that alone rules a copy out.
	if n == 0 || float64(abs(ls-lt)) > (1-copySimilarity)*float64(n) {
		return false
	}
	// A copy shares nearly all its words with the source; a translation of
	// similar length rarely does. Checking that first spares the diff, which
	// is slow on long unrelated texts.
	if !sharesMostWords(s, t) {
		return false
	}
	d := dmp.DiffLevenshtein(dmp.DiffMain(s, t, false))
	return 1-float64(d)/float64(n) >= copySimilarity
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// proseWords counts the words of text that are prose: letters only (an
// apostrophe or hyphen inside allowed), at least one lower-case letter,
// and not part of a URL or e-mail address. Names and titles written all in
// capitalised words count as no prose at all, so the result is 0 then.
func proseWords(text string) int {
	prose, lower := 0, 0
	for _, f := range strings.Fields(text) {
		if strings.Contains(f, "://") || strings.Contains(f, "@") || strings.HasPrefix(strings.ToLower(f), "www.") {
			continue
		}
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f == "" {
			continue
		}
		letters, hasLower, other := 0, false, false
		for _, r := range f {
			switch {
			case unicode.IsLetter(r):
				letters++
				hasLower = hasLower || unicode.IsLower(r)
			case r == '-' || r == '\'' || r == '’' || unicode.Is(unicode.Mn, r):
			default:
				other = true // digits, dots, slashes: a number, code or path
			}
		}
		if other || letters == 0 || !hasLower {
			continue
		}
		prose++
		if first, _ := utf8.DecodeRuneInString(f); unicode.IsLower(first) {
			lower++
		}
	}
	if lower == 0 {
		return 0 // "Frank-Walter Steinmeier", "Deutsche Bank AG"
	}
	return prose
}

// sharesMostWords reports whether at least half of t's words occur in s.
func sharesMostWords(s, t string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(s) {
		words[w] = true
	}
	shared, all := 0, 0
	for _, w := range strings.Fields(t) {
		all++
		if words[w] {
			shared++
		}
	}
	return shared*2 >= all
}
