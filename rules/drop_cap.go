package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// DropCap finds a block whose first word is a drop cap (a large initial
// letter styled apart from its word) that machine translation or crawling
// split from its word, doubled, or glued onto the translated word.
var DropCap = &checker.Rule{
	ID:    "drop-cap",
	Title: "a paragraph's first word is a drop cap split from, doubled onto or detached from its word",
	Doc: `Articles often set a paragraph's first letter apart as a drop cap. Crawlers and
machine translation treat that letter as separate text, and readers then see one of
four shapes at the start of a paragraph:

  split     "Dhe press conference": the source word's initial (D of German "Die")
            stayed and the translation ("The") lost its own first letter;
  doubled   "AAlready", "TThe", "AAnti-Semitic": the initial appears twice;
  glued     "DThe", "Dthe": the source initial is glued onto the whole
            translated word;
  detached  "T he press", "D ie Regierung": the initial stands alone.

The rule looks only at a block's first word. Every shape except "doubled" needs the
word data of the target language (en, de, fr, es, it, pt, nl, pl, ru, uk): a list of
frequent sentence-initial function words (the candidates: "The", "This", "And",
"Die", "Eine", "Это", ...) and a lexicon of common words.

A split word is reported when it is capitalised, has three or more letters, is a
whole word (not part of a compound or code), differs from a candidate only in its
first letter (an accent alone does not count), is neither a word of any supported
language nor a known name, and its first two letters begin no known word of the
target language ("Dh", "Oh" in English, "Tn" in Spanish). Words and names that merely
share a candidate's ending ("Gore" and "More", "Dis" and "His", "Kate" and "Late",
German "Ehe") are left alone, and so are foreign words, which the rules for
untranslated text judge. This favours precision: a split whose new first letters
look ordinary ("Tie Regierung" in German) is not reported.

A doubled initial (two equal capitals followed by at least two lower-case letters)
is reported in any language; acronyms and their plurals ("AAA", "AAs"), Roman
numerals with an ordinal ("IInd") and a few brand names ("CCleaner") are left alone.
A glued initial is reported when what follows the first letter is a candidate
("DThe") and the whole is no word of its own ("MEine" is a slip of the shift key on
"Meine", "IPhone" and "EBay" are brands), or, in lower case ("Dthe"), when the first
two letters begin no known word.

A detached initial is reported when a lone capital letter, one or two spaces and a
lower-case word join into a candidate ("T he", "E ine") or, when the word alone is
not a known word, into a known word. A letter that is a word of its own ("A new
study", "I am", French "À la", Spanish "Y", Polish "W", Russian "В", Ukrainian "І")
is reported only when the rest is not a word and the joined form is a candidate
("A nd").

When the target language is unknown or has no word data, only doubled initials are
reported. Chinese and Japanese have no letter case, so nothing is reported there. A
Cyrillic letter before Latin ones (or the reverse) is a homoglyph for the
mixed-script rule, not a drop cap. Table cells are skipped; headings, captions,
quotes and list items are checked like paragraphs. Names the rule should never
report can be listed in the "ignore" option.

"mtlint fix" replaces the word when the intended word is known: a doubled, glued or
detached initial, a split word with one candidate, or a split word whose first
candidate is the language's most frequent paragraph opener ("Dhe" becomes "The",
not the rarer "She"; review the diff before writing).`,
	Bad:      "Dhe press conference began half an hour late.",
	Good:     "The press conference began half an hour late.",
	Severity: checker.Error,
	Locale:   true,
	Options: []checker.Option{{
		Name:    "ignore",
		Default: "",
		Doc:     "comma-separated first words never to report, as written (names, brands: \"Dhoni,AAdvantage\")",
		Kind:    checker.List,
	}},
	Check: checkDropCap,
}

// dropCapShape names the ways a drop cap is mangled.
type dropCapShape int

const (
	splitInitial    dropCapShape = iota + 1 // "Dhe" for "The"
	doubledInitial                          // "TThe", "AAlready"
	gluedInitial                            // "DThe", "Dthe"
	detachedInitial                         // "T he"
)

func (s dropCapShape) describe() string {
	switch s {
	case splitInitial:
		return "a split drop cap"
	case doubledInitial:
		return "a doubled drop cap"
	case gluedInitial:
		return "a drop cap glued onto its word"
	case detachedInitial:
		return "a drop cap detached from its word"
	}
	return "a drop cap"
}

// dropCapMatch is a mangled drop cap found at the start of a block.
type dropCapMatch struct {
	shape dropCapShape
	span  textdoc.Span
	// fixes are the likely intended words, most likely first.
	fixes []string
	// certain is set when fixes[0] may replace the word in `mtlint fix`:
	// a doubled, glued or detached initial, or a split word with one
	// candidate or whose first candidate is the language's most frequent.
	certain bool
}

func checkDropCap(p *checker.Pass) error {
	data := dropCapWords()
	lang := data.lang(p.Doc.Lang)
	ignore := p.ListOption("ignore")
	for _, b := range p.Doc.Blocks {
		if b.Kind == textdoc.TableCell {
			continue
		}
		m, ok := findDropCap(b.Text, lang, data)
		if !ok {
			continue
		}
		text := b.Text[m.span.Start:m.span.End]
		if slices.Contains(ignore, text) {
			continue
		}
		var msg strings.Builder
		msg.WriteString(blockName(b.Kind))
		msg.WriteString(" starts with ")
		msg.WriteString(m.shape.describe())
		msg.WriteString(": \"")
		msg.WriteString(text)
		msg.WriteString("\" is probably \"")
		msg.WriteString(m.fixes[0])
		msg.WriteString("\"")
		if len(m.fixes) > 1 {
			msg.WriteString(" (or \"")
			msg.WriteString(strings.Join(m.fixes[1:], "\", \""))
			msg.WriteString("\")")
		}
		if m.certain {
			p.ReportFix(b, m.span, msg.String(), m.fixes[0], checker.Replace(m.span, m.fixes[0]))
		} else {
			p.Report(b, m.span, msg.String(), m.fixes[0])
		}
	}
	return nil
}

// blockName names a block kind for a message.
func blockName(k textdoc.BlockKind) string {
	if k == textdoc.ListItem {
		return "list item"
	}
	return k.String()
}

// findDropCap looks for a mangled drop cap at the start of text. lang is the
// target language's word data, nil when it has none.
func findDropCap(text string, lang *dropCapLang, data *dropCapData) (dropCapMatch, bool) {
	start := len(text) - len(strings.TrimLeft(text, " \t\u00a0"))
	end := start
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	if end == start {
		return dropCapMatch{}, false
	}
	w, after := text[start:end], text[end:]
	r0, n0 := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r0) && !unicode.IsTitle(r0) {
		return dropCapMatch{}, false
	}
	if n0 == len(w) {
		if lang == nil {
			return dropCapMatch{}, false
		}
		return lang.detached(start, w, after)
	}
	if data.names[w] {
		return dropCapMatch{}, false
	}
	if r1, _ := utf8.DecodeRuneInString(w[n0:]); !sameScript(r0, r1) {
		return dropCapMatch{}, false
	}
	span := textdoc.Span{Start: start, End: end}
	if fix, ok := doubledFix(w); ok {
		return dropCapMatch{doubledInitial, span, []string{fix}, true}, true
	}
	if lang == nil || !endsWholeWord(after) {
		return dropCapMatch{}, false
	}
	if fixes := lang.splitFixes(w, data); len(fixes) > 0 {
		return dropCapMatch{splitInitial, span, fixes, len(fixes) == 1 || fixes[0] == lang.top}, true
	}
	if fix, ok := lang.gluedFix(w, data); ok {
		return dropCapMatch{gluedInitial, span, []string{fix}, true}, true
	}
	return dropCapMatch{}, false
}

// endsWholeWord reports whether the text after a first word ends it as a whole
// word: a hyphen, period, slash or the like would make it part of a compound,
// an abbreviation or a code, where the rule has nothing to say.
func endsWholeWord(after string) bool {
	if after == "" {
		return true
	}
	r, n := utf8.DecodeRuneInString(after)
	switch {
	case unicode.IsSpace(r), r == ',', r == ';', r == ':', r == '!', r == '?':
		return true
	case r == '\'' || r == '’':
		// "Dhere's" for "There's".
		r2, _ := utf8.DecodeRuneInString(after[n:])
		return unicode.IsLower(r2)
	}
	return false
}

// doubledFix returns the word without its first letter when w starts with
// the same capital twice and goes on in lower case ("TThe", "AAlready").
func doubledFix(w string) (string, bool) {
	r0, n0 := utf8.DecodeRuneInString(w)
	r1, n1 := utf8.DecodeRuneInString(w[n0:])
	tail := w[n0+n1:]
	if r1 != r0 || utf8.RuneCountInString(tail) < 2 || !isLowerWord(tail) {
		return "", false
	}
	switch tail {
	case "st", "nd", "rd", "th", "es":
		// Roman numerals with an ordinal ("IInd Corps") and plurals.
		return "", false
	}
	return w[n0:], true
}

// splitFixes returns the candidates that w, a capitalised word, could be
// with its first letter restored ("Dhe" → "The"), most frequent first; none
// when w is a known word or name or starts like a word of the language.
func (l *dropCapLang) splitFixes(w string, data *dropCapData) []string {
	r0, n0 := utf8.DecodeRuneInString(w)
	rest := w[n0:]
	if utf8.RuneCountInString(w) < 3 || !isLowerWord(rest) {
		return nil
	}
	cands := l.bySuffix[rest]
	if len(cands) == 0 || !l.rareOnset(w) || data.known(w) {
		return nil
	}
	b0 := baseLetter(r0)
	var fixes []string
	for _, c := range cands {
		// A first letter that differs only by an accent ("Ónder", Dutch
		// emphasis) is the same word, not a split.
		if c0, _ := utf8.DecodeRuneInString(c); baseLetter(c0) != b0 {
			fixes = append(fixes, c)
		}
	}
	return fixes
}

// gluedFix returns the candidate that follows the first letter of w, when
// that letter is a source initial glued onto the translated word: "DThe",
// or "Dthe" when "Dt" starts no word of the language.
func (l *dropCapLang) gluedFix(w string, data *dropCapData) (string, bool) {
	_, n0 := utf8.DecodeRuneInString(w)
	rest := w[n0:]
	r1, n1 := utf8.DecodeRuneInString(rest)
	if utf8.RuneCountInString(rest) < 3 || !isLowerWord(rest[n1:]) {
		return "", false
	}
	if unicode.IsUpper(r1) {
		c, ok := l.candidates[strings.ToLower(rest)]
		if !ok || data.known(strings.ToLower(w)) {
			// "THis", "MEine": a slip of the shift key on a word of its
			// own, not an initial glued onto "His" or "Eine".
			return "", false
		}
		return c, true
	}
	c, ok := l.candidates[rest]
	if !ok || !l.rareOnset(w) || data.known(w) {
		return "", false
	}
	return c, true
}

// detached checks a block that starts with a lone capital letter w followed
// by after: "T he press" for "The press".
func (l *dropCapLang) detached(start int, w, after string) (dropCapMatch, bool) {
	// One or two spaces (or no-break spaces) between letter and word.
	sp, spaces := 0, 0
	for spaces < 3 {
		r, n := utf8.DecodeRuneInString(after[sp:])
		if r != ' ' && r != '\u00a0' {
			break
		}
		sp += n
		spaces++
	}
	if spaces == 0 || spaces > 2 {
		return dropCapMatch{}, false
	}
	rest := after[sp:]
	x := rest
	for i, r := range rest {
		if !unicode.IsLetter(r) {
			x = rest[:i]
			break
		}
	}
	if utf8.RuneCountInString(x) < 2 || !isLowerWord(x) || !endsWholeWord(rest[len(x):]) {
		return dropCapMatch{}, false
	}
	joined := w + x
	lower := strings.ToLower(joined)
	cand, isCand := l.candidates[lower]
	letterIsWord := l.words[strings.ToLower(w)]
	restIsWord := l.words[x]
	switch {
	case letterIsWord && restIsWord:
		// "A new study", "I am", "À la", "W tym": ordinary text.
		return dropCapMatch{}, false
	case letterIsWord || restIsWord:
		// "A nd", "T he": only a frequent function word is trusted.
		if !isCand {
			return dropCapMatch{}, false
		}
	case !isCand && !l.words[lower]:
		return dropCapMatch{}, false
	}
	fix := joined
	if isCand {
		fix = cand
	}
	end := start + len(w) + sp + len(x)
	return dropCapMatch{detachedInitial, textdoc.Span{Start: start, End: end}, []string{fix}, true}, true
}

// sameScript reports whether a and b are letters of the same script. A
// Cyrillic "Т" before Latin "he" is a homoglyph (the mixed-script rule's
// business), not a drop cap.
func sameScript(a, b rune) bool {
	for _, s := range []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek} {
		if unicode.Is(s, a) {
			return unicode.Is(s, b)
		}
	}
	return !unicode.Is(unicode.Latin, b) && !unicode.Is(unicode.Cyrillic, b) && !unicode.Is(unicode.Greek, b)
}

// rareOnset reports whether the first two letters of w begin no known word
// of three or more letters in the language: "Dh" in English, "Tn" in
// Spanish. Ordinary names and words start like known words.
func (l *dropCapLang) rareOnset(w string) bool {
	r0, n0 := utf8.DecodeRuneInString(w)
	r1, _ := utf8.DecodeRuneInString(w[n0:])
	return !l.onsets[[2]rune{unicode.ToLower(r0), unicode.ToLower(r1)}]
}

// isLowerWord reports whether s is made only of lower-case letters.
func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	// ASCII is judged by byte: its lower-case letters are a to z.
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if !unicode.IsLower(r) {
					return false
				}
			}
			return true
		} else if c-'a' >= 26 {
			return false
		}
	}
	return true
}

// accentedLetters maps lower-case Latin letters with diacritics to their base
// letter, for the first letters that the languages with word data use.
var accentedLetters = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ą': 'a',
	'ç': 'c', 'ć': 'c', 'č': 'c',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ę': 'e', 'ě': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i',
	'ł': 'l', 'ñ': 'n', 'ń': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o',
	'ś': 's', 'š': 's',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u',
	'ý': 'y', 'ÿ': 'y', 'ź': 'z', 'ż': 'z', 'ž': 'z',
	'ё': 'е', 'ї': 'і', 'й': 'и',
}

// baseLetter returns r in lower case without its diacritic.
func baseLetter(r rune) rune {
	r = unicode.ToLower(r)
	if b, ok := accentedLetters[r]; ok {
		return b
	}
	return r
}
