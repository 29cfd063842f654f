package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// MixedScript finds words that mix Latin, Cyrillic and Greek letters.
var MixedScript = &checker.Rule{
	ID:    "mixed-script",
	Title: "a word mixing Latin, Cyrillic or Greek letters",
	Doc: `A Latin "a" or "o" inside a Cyrillic word (or a Cyrillic "е" inside an English
word) looks right but is a different character: search, spelling checks, screen
readers and hyphenation fail on it. Such homoglyphs come from keyboard switching,
OCR and copy-paste between systems.

The rule looks at each run of letters inside a word and reports one whose letters
belong to more than one of Latin, Cyrillic and Greek. When the odd letters all have
a look-alike in the word's main script, the suggestion is the word spelled in that
script. A change of script at a hyphen, dot or apostrophe is left alone
("IT-компания", "ID-картки", "Яндекс.Go"), as are words with a micro or ohm sign
("µg", "kΩ") and Greek letters in Latin text that have no Latin look-alike
("β-blocker", "πr²"). No language detection is involved.`,
	Bad:         "Компания ПAO «Аэрофлот» отчиталась о прибыли.",
	Good:        "Компания ПАО «Аэрофлот» отчиталась о прибыли.",
	ExampleLang: "ru",
	Severity:    checker.Warning,
	Check:       checkMixedScript,
}

// homoglyphs maps letters to their look-alikes in the other script.
var homoglyphs = map[rune]rune{}

func init() {
	pairs := []string{
		"aа", "cс", "eе", "oо", "pр", "xх", "yу", "iі", "jј", "sѕ",
		"AА", "BВ", "CС", "EЕ", "HН", "IІ", "JЈ", "KК", "MМ", "OО", "PР", "SЅ", "TТ", "XХ", "YУ",
		"AΑ", "BΒ", "EΕ", "HΗ", "IΙ", "KΚ", "MΜ", "NΝ", "OΟ", "PΡ", "TΤ", "XΧ", "YΥ", "ZΖ", "oο", "vν",
	}
	for _, p := range pairs {
		r := []rune(p)
		homoglyphs[r[0]] = r[1]
		if _, ok := homoglyphs[r[1]]; !ok {
			homoglyphs[r[1]] = r[0]
		}
	}
}

func checkMixedScript(p *checker.Pass) error {
	var runs []textdoc.Span // letterRuns' array, kept from word to word
	for _, b := range p.Doc.Blocks {
		// from and next: text[from:next] is ASCII, and next is len(text)
		// or a byte outside ASCII. A word inside that range is ASCII; most
		// blocks are, and are scanned once instead of once a word.
		from, next := 0, 0
		for _, w := range b.Words {
			if w.Start < from || w.Start > next {
				from, next = w.Start, textutil.SkipASCII(b.Text, w.Start, utf8.RuneSelf)
			}
			if w.End <= next {
				continue // ASCII
			}
			word := b.Text[w.Start:w.End]
			if latinOnly(word) {
				continue // ASCII and accented Latin letters: one script
			}
			runs = letterRuns(word, runs[:0])
			for _, run := range runs {
				text := word[run.Start:run.End]
				msg, fix, ok := mixedRun(text)
				if !ok {
					continue
				}
				p.Report(b, textdoc.Span{Start: w.Start + run.Start, End: w.Start + run.End}, msg, fix)
			}
		}
	}
	return nil
}

// latinOnly reports whether word holds ASCII and characters of U+00C0 to
// U+00FF only: its letters are all Latin, so no run of them mixes scripts.
func latinOnly(word string) bool {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= utf8.RuneSelf {
			if _, _, ok := textutil.Latin1Letter(word, i); !ok {
				return false
			}
			i++
		}
	}
	return true
}

// letterRuns appends to out the spans of the runs of letters (and combining
// marks) in a word.
func letterRuns(word string, out []textdoc.Span) []textdoc.Span {
	start := -1
	for i, r := range word {
		letter := unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, textdoc.Span{Start: start, End: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, textdoc.Span{Start: start, End: len(word)})
	}
	return out
}

// mixedRun decides whether a run of letters mixes scripts, and words the
// finding.
func mixedRun(run string) (msg, fix string, ok bool) {
	var n [3]int // Latin, Cyrillic, Greek
	for _, r := range run {
		switch {
		case r < utf8.RuneSelf:
			// ASCII, the most of a Latin word, without a table search:
			// its Latin letters are A-Z and a-z.
			if lc := r | 0x20; 'a' <= lc && lc <= 'z' {
				n[0]++
			}
		case r == 'µ' || r == 'Ω' || r == 'Å':
			return "", "", false // micro, ohm and ångström signs in units
		case unicode.Is(unicode.Latin, r):
			n[0]++
		case unicode.Is(unicode.Cyrillic, r):
			n[1]++
		case unicode.Is(unicode.Greek, r):
			n[2]++
		}
	}
	scripts := 0
	main := 0
	for i, c := range n {
		if c > 0 {
			scripts++
		}
		if c > n[main] {
			main = i
		}
	}
	if scripts < 2 {
		return "", "", false
	}
	names := [3]string{"Latin", "Cyrillic", "Greek"}
	// The main script is one into which the odd letters can all be spelled
	// with look-alikes ("ПAO" is Cyrillic with a Latin A and O), else the
	// script of most letters.
	fix, fixable := "", false
	for i, c := range n {
		if c == 0 {
			continue
		}
		if f, ok := respell(run, i); ok && (!fixable || c > n[main]) {
			main, fix, fixable = i, f, true
		}
	}
	if main == 0 && n[1] == 0 && !fixable {
		// Greek letters in Latin text without look-alikes are symbols:
		// "β", "π", "λ".
		return "", "", false
	}
	var odd []string
	for _, r := range run {
		if s := scriptIndex(r); s >= 0 && s != main {
			odd = append(odd, string(r))
		}
	}
	msg = fmt.Sprintf("%s word %q has %s letters: %s", names[main], run, oddScripts(n, main, names), strings.Join(odd, " "))
	if fixable {
		return msg, fix, true
	}
	return msg, "retype the word in one script", true
}

// respell returns run with every letter outside script main replaced by its
// look-alike in main, and false when a letter has none.
func respell(run string, main int) (string, bool) {
	var sb strings.Builder
	for _, r := range run {
		s := scriptIndex(r)
		if s < 0 || s == main {
			sb.WriteRune(r)
			continue
		}
		g, ok := lookAlike(r, main)
		if !ok {
			return "", false
		}
		sb.WriteRune(g)
	}
	return sb.String(), true
}

// lookAlike returns the letter of script that looks like r.
func lookAlike(r rune, script int) (rune, bool) {
	if g, ok := homoglyphs[r]; ok && scriptIndex(g) == script {
		return g, true
	}
	for k, v := range homoglyphs {
		if v == r && scriptIndex(k) == script {
			return k, true
		}
	}
	return 0, false
}

func oddScripts(n [3]int, main int, names [3]string) string {
	var out []string
	for i, c := range n {
		if c > 0 && i != main {
			out = append(out, names[i])
		}
	}
	return strings.Join(out, " and ")
}

func scriptIndex(r rune) int {
	switch {
	case unicode.Is(unicode.Latin, r):
		return 0
	case unicode.Is(unicode.Cyrillic, r):
		return 1
	case unicode.Is(unicode.Greek, r):
		return 2
	}
	return -1
}
