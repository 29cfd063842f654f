package rules

import (
	"embed"
	"encoding/binary"
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// SourceCapitalization finds common lower-case words that keep the capital
// of a German noun in the middle of a sentence.
var SourceCapitalization = &checker.Rule{
	ID:    "source-capitalization",
	Title: "a common word capitalised mid-sentence, as the source language writes its nouns",
	Doc: `German capitalises every noun. Machine translation into English often keeps
the capital: "the Situation", "a Reporter", "don't Complain", "your Statement",
"further Closures". A reader sees a typo or a name that is not there.

The rule reports a capitalised word inside a sentence when its lower-case form is
a common English word that the SCOWL word lists (Debian's wamerican and wbritish)
never write with a capital, and the words around it say it is a common noun or
verb: an article, possessive, quantifier, frequent adjective or negation right
before it ("the", "your", "further", "new", "don't"), or the capitalised half of
a prefixed compound ("anti-Semitism Discrimination"); and after it punctuation or
a function word ("the Situation more under control", "your Statement.").

Left alone, because they are correct: the first word of a sentence, of a quotation
or of a bracket, a word after a colon, semicolon, comma, dash or digit, or after a
noun, verb or preposition (names follow those: "her spaniel Willow", "in Fife"); a
word followed by another noun that it names ("the Matrix trilogy", "a Labour
government") or by a number ("Title 42"); a word the text capitalises three or
more times and never writes in lower case (a product, "Bard"); every word of a
multi-word name ("Federal Constitutional Court", "the White House", "Ministry of
Defence", "van Dam") and a word next to any capitalised word; acronyms and words
with inner capitals or an apostrophe; titles, institutions and camps capitalised
by style ("the Chancellor", "the Commission", "the Greens", "the West"),
companies, products and teams named by a common word ("Apple", "the Warriors"),
and any plural right after "the" (a team or a group: "the Rangers"); words the
lists know with a capital (months, "May", "Bush", "Rose", "Mark", "Bill");
sentences written in Title Case (headlines), headings and table cells; units of
bilingual files (interface strings capitalise the names of buttons and menus); a
word set apart by markup (a link, an emphasis); texts about code (with code
spans or calls), which capitalise the names of types ("a Task", "the Region").
The rule runs on English text whose source is German, Luxembourgish or unknown:
sources that do not capitalise nouns do not cause it.

French, Spanish, Italian and Portuguese write common nouns in lower case but
capitalise names, institutions and titles, often right after an article ("la France",
"le Parlement", "la Juventus"), so in those languages one capital says nothing and a
paragraph is judged as a whole: its capitals after an article, contraction or
possessive ("la politique des Réfugiés", "l'Équilibre", "votre Parti") are reported
when there are at least five of them, distinct, at least three fifths of the words
after a determiner, two with the ending of a common noun ("-tion", "-ità"). Nouns
capitalised by style for one institution ("le Sénat", "il Governo") count as lower
case; a word the text also capitalises with no determiner before it is a name.`,
	Bad:         "The minister said that further Closures of schools must be avoided.",
	Good:        "The minister said that further closures of schools must be avoided.",
	Severity:    checker.Warning,
	RunningText: true, // UI strings are Title Case by design
	Locale:      true,
	Check:       checkSourceCapitalization,
}

// nounCapitalSources are the source languages that capitalise common nouns.
var nounCapitalSources = map[string]bool{"de": true, "lb": true}

// The English lexicon is generated from SCOWL (Debian's wamerican and
// wbritish) by gen_source_case.go; it needs those packages installed.
//
//go:generate go run gen_source_case.go
//go:embed data/source-case/en-style.txt data/source-case/en-names.txt
var sourceCaseFiles embed.FS

// englishWords is the lexicon's word list, sorted, one word a line, and
// englishIndex its hash table (see caseLexicon.has), both written by
// gen_source_case.go. They are embedded as they are searched, so loading them
// costs nothing: unzipping the list and indexing its lines at run time was a
// third of a cold run's instructions on a short article.
//
//go:embed data/source-case/en.txt
var englishWords string

//go:embed data/source-case/en.idx
var englishIndex []byte

// caseLexicon is a language's lower-case-only common words, the words that
// style capitalises when they mean one particular office or body, and the
// words that name one thing.
type caseLexicon struct {
	// words holds the lower-case-only words, one a line, and index the
	// open-addressing hash table of their lines: one string and one byte
	// slice keep the tens of thousands of words out of the garbage
	// collector's pointer scans and cost nothing to load.
	words        string
	index        []byte
	style, names map[string]bool
}

// has reports whether w is one of the words. index is a power of two of
// little-endian uint32 slots, each empty (0) or a word's byte offset in words
// shifted left by 8 with its length in the low 8 bits; a word's first slot is
// the top bits of its FNV-1a hash and collisions take the next slot. Half the
// slots are empty, so a search ends after two or three probes.
func (l *caseLexicon) has(w string) bool {
	size := len(l.index) / 4
	if size == 0 {
		return false
	}
	h := uint64(offset64)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= prime64
	}
	mask := size - 1
	i := int(h>>(64-bits.TrailingZeros(uint(size)))) & mask
	for {
		slot := binary.LittleEndian.Uint32(l.index[4*i:])
		if slot == 0 {
			return false
		}
		if n, off := int(slot&0xff), int(slot>>8); n == len(w) && l.words[off:off+n] == w {
			return true
		}
		i = (i + 1) & mask
	}
}

var (
	englishCaseOnce sync.Once
	englishCase     *caseLexicon
)

// englishLexicon loads the English lexicon on first use: the rule needs it
// only when a sentence has a candidate word.
func englishLexicon() *caseLexicon {
	englishCaseOnce.Do(func() {
		lex := &caseLexicon{style: map[string]bool{}, names: map[string]bool{}}
		if data, err := sourceCaseFiles.ReadFile("data/source-case/en-style.txt"); err == nil {
			lex.style = textutil.ParseWordList(string(data))
		}
		if data, err := sourceCaseFiles.ReadFile("data/source-case/en-names.txt"); err == nil {
			lex.names = textutil.ParseWordList(string(data))
		}
		lex.words, lex.index = englishWords, englishIndex
		englishCase = lex
	})
	return englishCase
}

// lowerOnly reports whether w (lower case) is a common word that is written
// in lower case. A style capital counts only when indefinite is set: after
// "a" or "an" no particular office or body is meant.
func (l *caseLexicon) lowerOnly(w string, indefinite bool) bool {
	if l.names[w] || l.style[w] && !indefinite {
		return false
	}
	return l.has(w)
}

// nounDeterminers are the English words that announce a common noun:
// articles, possessives, demonstratives and quantifiers. nounModifiers
// announce a common noun or a verb inside a sentence: frequent adjectives and
// negations ("don't Complain").
var (
	nounDeterminers = textutil.ParseWordList(`the a an your my his her its our their this these those
some any no every each all more most further other another many much few several
such both either neither own whole entire same`)
	nounModifiers = textutil.ParseWordList(`new old great big small large high low important current recent
different possible certain main real full clear serious strong good bad best worst previous
additional similar`)
	negations = textutil.ParseWordList(`don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't not never`)
)

// nameConnectors join the words of a multi-word name ("Ministry of Defence",
// "Office for Migration and Refugees", "Bank of the West").
var nameConnectors = textutil.ParseWordList("of for and the on in at to de du des la le el van von der den und &")

func checkSourceCapitalization(p *checker.Pass) error {
	if src := p.Doc.SourceLang; src != "" && !nounCapitalSources[src] {
		return nil
	}
	if p.Locale.Lang != "en" {
		checkRomanceCapitals(p, p.Locale.Lang)
		return nil
	}
	if textutil.MentionsCode(p.Doc) {
		// Technical text capitalises the names of types and features ("a
		// Task", "the Region"); it is not what this rule is for.
		return nil
	}
	var lex *caseLexicon
	var nameCache map[string]bool
	for _, b := range p.Doc.Blocks {
		if b.Kind == textdoc.Heading || b.Kind == textdoc.TableCell {
			continue
		}
		for _, sent := range b.Sentences {
			first, last := wordRange(b, sent)
			titleCase := -1 // unknown until a candidate needs it
			for i := first + 1; i < last; i++ {
				// Most words start with an ASCII byte that is no capital:
				// they are passed over before any decoding.
				if w := b.Words[i]; w.Start >= w.End || b.Text[w.Start] < utf8.RuneSelf && (b.Text[w.Start] < 'A' || b.Text[w.Start] > 'Z') {
					continue
				}
				if !capitalCandidate(b, i, first, last) {
					continue
				}
				if lex == nil {
					lex = englishLexicon()
				}
				word := b.WordText(i)
				lower := strings.ToLower(word)
				before := b.WordText(i - 1)
				if !lex.lowerOnly(lower, before == "a" || before == "an") {
					continue
				}
				if nameCache == nil {
					// Kept across the windows of a large document: the answer is
					// the whole document's.
					nameCache = p.DocState(func() any { return map[string]bool{} }).(map[string]bool)
				}
				if usedAsName(p.Doc, word, nameCache) {
					continue
				}
				if before == "the" && strings.HasSuffix(lower, "s") {
					continue // "the Rangers", "the Greens": a team or a group
				}
				if titleCase < 0 {
					titleCase = 0
					if isTitleCase(b, first, last, lex) {
						titleCase = 1
					}
				}
				if titleCase == 1 {
					break
				}
				p.Report(b, b.Words[i],
					fmt.Sprintf("%q is capitalised mid-sentence, as the source language writes nouns", word),
					lower)
			}
		}
	}
	return nil
}

// wordRange returns the indices of the first word of sentence s and of the
// first word after it.
func wordRange(b *textdoc.Block, s textdoc.Span) (int, int) { return spanRange(b.Words, s) }

// spanRange returns the indexes [first, last) of the words inside span s.
func spanRange(words []textdoc.Span, s textdoc.Span) (int, int) {
	first := sort.Search(len(words), func(i int) bool { return words[i].Start >= s.Start })
	last := sort.Search(len(words), func(i int) bool { return words[i].Start >= s.End })
	return first, last
}

// capitalCandidate reports whether word i of b, inside the sentence of words
// [first, last), has the shape of a noun that kept its source capital: a
// capital and two or more lower-case letters, after a determiner, adjective or
// negation and a space, with no capitalised word around it and punctuation or
// a function word after it.
func capitalCandidate(b *textdoc.Block, i, first, last int) bool {
	w := b.Words[i]
	word := b.Text[w.Start:w.End]
	r, n := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(word) < 3 {
		return false
	}
	for _, c := range word[n:] {
		if !unicode.IsLower(c) {
			return false // "NATO", "McDonald", "People's", "G7"
		}
	}
	prev := b.Words[i-1]
	if between := b.Text[prev.End:w.Start]; between != " " && between != "\u00a0" {
		return false // a comma (an appositive name), a colon, a quotation mark, a bracket, a dash, a line break
	}
	if b.RawEnd(w.End)-b.Raw(prev.Start) != w.End-prev.Start {
		return false // markup around the word: a link or an emphasis names a term
	}
	// A determiner or quantifier before the word says it is a common noun
	// here; after a verb, a noun or a preposition a capitalised homograph is
	// as often a name ("her spaniel Willow", "in Fife"). The capitalised
	// second half of a lower-case compound ("anti-Semitism Discrimination")
	// is prose as well.
	pw := strings.ReplaceAll(b.Text[prev.Start:prev.End], "’", "'")
	compound := lowerCompound(b.Text, prev)
	if i-1 == first {
		// "Every Decision" at a sentence start; after a capitalised article,
		// adjective or negation the pair is as often a title ("The Hill", "A
		// Quiet Place", "Don't Panic").
		if pw == "The" || pw == "A" || pw == "An" || !nounDeterminers[strings.ToLower(pw)] {
			return false
		}
	} else if !nounDeterminers[pw] && !nounModifiers[pw] && !negations[pw] && !compound {
		return false
	}
	// A capitalised word before, across name connectors and other short
	// function words, is a name or a title: "Ministry of Defence", "Office
	// for Migration and Refugees", "About a Boy", "An Officer and a
	// Gentleman". The sentence's first word does not count.
	for j, steps := i-1, 0; j > first && steps < 4; j, steps = j-1, steps+1 {
		t := b.WordText(j)
		if nameConnectors[t] || titleFunctionWords[t] {
			continue
		}
		if j < i-1 && capitalInitial(t) {
			return false
		}
		break
	}
	if i+1 >= last {
		return true
	}
	next := b.Words[i+1]
	gap := b.Text[w.End:next.Start]
	nt := b.Text[next.Start:next.End]
	if strings.HasPrefix(gap, "-") || strings.HasPrefix(gap, "'") || strings.HasPrefix(gap, "’") {
		return false // "Corona-Virus", "Party's"
	}
	if g := strings.TrimFunc(gap, textutil.IsBlank); g == "&" && capitalInitial(nt) {
		return false // "the Oil & Natural Gas Corporation"
	} else if g != "" {
		return true // punctuation after the word: "your Statement."
	}
	switch {
	case capitalInitial(nt):
		return false // a name run: "the Situation Room"
	case unicode.IsDigit(textutil.LeadRune(nt)):
		return false // "Title 42", "Rule 48", "Article 5"
	case nameConnectors[nt] || nt == "or":
		// "Party of Regions", "the Sage or Baltic", "the Sound of 2005", "a
		// Speaker of the House": connectors, then a name or a number.
		for j := i + 2; j < last && j <= i+3; j++ {
			t := b.WordText(j)
			if capitalInitial(t) || unicode.IsDigit(textutil.LeadRune(t)) {
				return false
			}
			if !nameConnectors[t] {
				break
			}
		}
	}
	// A name often modifies the noun after it ("the Matrix trilogy", "a
	// Labour government", "the Wayfarer dinghy"); a noun that kept its
	// source capital is followed by punctuation or a function word ("the
	// Situation more under control", "further Closures of schools").
	return continuationWords[nt] || compound || negations[pw]
}

// titleFunctionWords are short words inside titles of works and names
// besides the name connectors: "Who Wants to be a Millionaire".
var titleFunctionWords = textutil.ParseWordList("a an be is with by from")

// continuationWords are the function words that may follow a common noun:
// prepositions, conjunctions, auxiliaries and a few adverbs.
var continuationWords = textutil.ParseWordList(`of and or but nor in on at to for with from by as than that which who whom whose
is are was were be been being has have had will would can could should must may might shall do does did
more less also not no still again too very so into onto about over under after before between against
during without within through because if when while where since until although though around among
across along behind beyond near off out up down here there now then already even only just`)

// lowerCompound reports whether word w of text is the capitalised second part
// of a compound with a lower-case prefix ("anti-Semitism", "pro-European"):
// ordinary prose, not a name.
func lowerCompound(text string, w textdoc.Span) bool {
	if w.Start < 2 || text[w.Start-1] != '-' {
		return false
	}
	before := text[:w.Start-1]
	start := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	return compoundPrefixes[before[start:]]
}

// compoundPrefixes are the lower-case prefixes joined by a hyphen to a
// capitalised word in ordinary English prose.
var compoundPrefixes = textutil.ParseWordList("anti pro non")

// usedAsName reports whether the document uses word as a name: capitalised
// mid-sentence three or more times and never written in lower case ("Bard",
// a product, in every paragraph of an article about it). cache keeps the
// answers for the document.
func usedAsName(d *textdoc.Document, word string, cache map[string]bool) bool {
	if v, ok := cache[word]; ok {
		return v
	}
	lower := strings.ToLower(word)
	capital := 0
	// The whole document's blocks: a window of a large one has only its
	// own, and the blocks outside it no words of their own (Spans).
	for _, b := range d.Root().Blocks {
		if !strings.Contains(b.Text, word) && !strings.Contains(b.Text, lower) {
			continue
		}
		words, sentences := textdoc.Spans(b, d.Lang)
		for _, s := range sentences {
			first, last := spanRange(words, s)
			for i := first; i < last; i++ {
				switch t := b.Text[words[i].Start:words[i].End]; {
				case t == lower:
					cache[word] = false
					return false
				case t == word && i > first:
					capital++
				}
			}
		}
	}
	cache[word] = capital >= 3
	return capital >= 3
}

// capitalInitial reports whether s starts with an upper-case letter.
func capitalInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isTitleCase reports whether the sentence of words [first, last) is written
// in Title Case, as headlines are: a third or more of its common words of
// four or more letters after the first are capitalised, and at least two.
func isTitleCase(b *textdoc.Block, first, last int, lex *caseLexicon) bool {
	common, capital := 0, 0
	for i := first + 1; i < last; i++ {
		t := b.WordText(i)
		if utf8.RuneCountInString(t) < 4 {
			continue
		}
		if !lex.lowerOnly(strings.ToLower(t), false) {
			continue
		}
		common++
		if capitalInitial(t) {
			capital++
		}
	}
	return capital >= 2 && capital*3 >= common
}
