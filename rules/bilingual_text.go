package rules

import (
	"strings"
	"unicode"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// Helpers shared by the rules that compare a unit's source with its target
// (entity-mismatch, glossary, inconsistent-translation, the copied-source
// check of untranslated): transliteration, name folding, fuzzy word matching.

// nameFolds rewrites spellings that differ between romanisations and
// languages to one form, in order. It runs on transliterated text.
var nameFolds = strings.NewReplacer(
	"shch", "sh", "tsch", "ch", "sch", "sh", "kh", "h", "ck", "k", "ph", "f",
	"ts", "s", "tz", "s", "z", "s", "ue", "u", "oe", "o", "ae", "a",
	"y", "i", "j", "i", "w", "v", "c", "k", "q", "k", "x", "ks",
)

// foldName reduces a name to a skeleton that survives transliteration and
// the usual spelling differences between languages: "Лавров" and "Lavrov",
// "Selenskyj" and "Zelensky", "Müller" and "Mueller" fold alike. Doubled
// letters are collapsed ("Россия" -> "rosia", "Russia" -> "rusia").
func foldName(s string) string {
	f := nameFolds.Replace(textdoc.Transliterate(s))
	var b strings.Builder
	b.Grow(len(f))
	var prev rune
	for _, r := range f {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// inflectionSuffix is the longest ending, in runes, that an inflected form may
// add to a name or term: German "Putins", Russian "Лаврову", "Лавровым".
const inflectionSuffix = 3

// prefixMatch reports whether two folded words are the same word up to an
// inflection ending: the shorter is a prefix of the longer, at least three
// runes long, and the longer adds at most inflectionSuffix runes.
func prefixMatch(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) < 3 || len(rb)-len(ra) > inflectionSuffix {
		return false
	}
	for i := range ra {
		if ra[i] != rb[i] {
			return false
		}
	}
	return true
}

// similarName reports whether two folded names are spellings of one name:
// equal, equal up to an inflection ending, or (five runes or more) close by
// edit distance ("moskau"/"moskov", "kiev"/"kiiv" after folding).
func similarName(a, b string) bool {
	if prefixMatch(a, b) {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	n := max(len(ra), len(rb))
	if min(len(ra), len(rb)) < 4 {
		return false
	}
	// Compare the stems: an inflection ending on either side should not
	// count against the spelling.
	d := levenshtein(ra, rb)
	return float64(d) <= 0.3*float64(n)
}

// levenshtein is the edit distance between two rune slices.
func levenshtein(a, b []rune) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cur := row[j]
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, prev+cost)
			prev = cur
		}
	}
	return row[len(b)]
}

// languageFamilies groups languages close enough that short phrases are often
// written the same in both ("Hotel Central", "problema grave").
var languageFamilies = map[string]int{
	"es": 1, "pt": 1, "it": 1, "ca": 1, "gl": 1, "fr": 1, "ro": 1,
	"de": 2, "nl": 2, "lb": 2, "af": 2,
	"da": 3, "no": 3, "nb": 3, "nn": 3, "sv": 3,
	"cs": 4, "sk": 4,
	"ru": 5, "uk": 5, "be": 5,
	"hr": 6, "sr": 6, "bs": 6, "sl": 6,
}

// closelyRelated reports whether two languages belong to one of
// languageFamilies.
func closelyRelated(a, b string) bool {
	fa, fb := languageFamilies[baseLang(a)], languageFamilies[baseLang(b)]
	return fa != 0 && fa == fb
}

// termToken is a word of a text for term and name matching: its folded or
// lower-cased form and its byte span in the text.
type termToken struct {
	word       string
	start, end int
}

// termTokens splits text into runs of letters and digits (a hyphen or
// apostrophe inside a word splits it too), lower-cased and transliterated
// with transliterate, keeping each run's byte span.
func termTokens(text string) []termToken {
	var out []termToken
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, termToken{textdoc.Transliterate(text[start:i]), start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, termToken{textdoc.Transliterate(text[start:]), start, len(text)})
	}
	return out
}

// sourceOfTarget maps each target block of a bilingual document to its
// unit's source text, normalised with segmentKey; nil for a monolingual
// document.
func sourceOfTarget(doc *textdoc.Document) map[*textdoc.Block]string {
	if !doc.Bilingual() {
		return nil
	}
	m := make(map[*textdoc.Block]string, len(doc.Units))
	for _, u := range doc.Units {
		if u.Target != nil && u.Source != nil {
			m[u.Target] = segmentKey(u.Source.Text)
		}
	}
	return m
}

// sameSource reports whether two target blocks translate the same source
// segment: a repeated segment translated alike is consistent, not a
// duplicate left by the MT pipeline.
func sameSource(sources map[*textdoc.Block]string, a, b *textdoc.Block) bool {
	sa, ok := sources[a]
	return ok && sa != "" && sa == sources[b]
}
