package langid

import (
	"github.com/mtlint/mtlint/checker/textdoc"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A single word is too short for the language model (lingua decides one
// word right about two times in three) and has no function words, so a
// word left in the source language is recognised by its shape instead:
// endings that the source language's nouns and adjectives have and the
// target's words never do. Joints inside compounds ("-ungs-") and letters
// such as "ß" are no evidence: place and street names have them
// ("Landungsbrücken", "Friedrichstraße"). German is the source whose
// leftovers are single words (its compounds: "Endzeitstimmung",
// "Regierungserklärung"); its shape is described here.

// wordShape describes the words of one source language.
type wordShape struct {
	// suffixes end a word of the language only ("-ung", "-keit").
	suffixes []string
	// joints stand inside the language's compounds only ("Regierungs-",
	// "Migrations-"). Place names have them too ("Landungsbrücken"), so
	// they count only after a determiner.
	joints []string
	// genderForms match its gender-inclusive forms ("Kanzler:in",
	// "BK'in", "Bürger*innen", "LehrerInnen").
	genderForms func(field string) bool
	// loanwords are words of the language that the target languages use
	// as they are ("Bundestag", "Zeitgeist").
	loanwords map[string]bool
	// nameEndings end the source language's place names and surnames
	// ("-berg", "-stein", "-hausen"): such a word is left alone by the
	// model test, which cannot tell a name from a noun.
	nameEndings []string
	// markers are letter sequences of the source language that the
	// target's words seldom have; a word without one is not given to the
	// model.
	markers []string
	// lastBytes are the last bytes of the suffixes and name endings: a word
	// ending in another byte has neither, and is not compared with them.
	// The sets and their lengths in bytes make a look-up of each length.
	lastBytes            [256]bool
	tails                map[string]bool // the last two bytes of each ending
	suffixSet, nameSet   map[string]bool
	suffixLens, nameLens []int
	// cognates tell, by target language, whether a lower-case word is the
	// language's spelling of a word of the target's word list (German
	// "Kollision", English "collision"): a word that the list does not
	// hold and that differs from one of its words only by the source's
	// regular spelling is a source word, name or not.
	cognates map[string]func(lower string, has func(string) bool) bool
	// targets are the languages whose text is judged: their own words do
	// not have the shape (Dutch and the Scandinavian languages share
	// German's endings, and are not listed).
	targets map[string]bool
}

// minShapeLetters is the shortest word judged by its shape.
const minShapeLetters = 9

// wordThreshold is the source language's confidence on the {target,
// source} pair that a single word needs. lingua's single-word scores
// saturate near 1 for long compounds ("Arbeitsgruppe" 0.9999999) and stay
// lower for target words and most names ("Washington" 0.003, "Microsoft"
// 0.9986).
const wordThreshold = 0.9

var wordShapes = map[string]*wordShape{
	"de": indexed(&wordShape{
		suffixes: []string{
			"ung", "ungen", "keit", "keiten", "heit", "heiten", "schaft", "schaften",
			"lich", "liche", "lichen", "licher", "liches", "isch", "ische", "ischen",
			"ischer", "isches", "nisse", "nissen", "ierung", "ierungen",
			// The heads of compounds that only German writes in one word.
			"zeit", "werk", "gruppe", "gruppen", "frage", "fragen", "gericht", "gerichts",
			"gesetz", "gesetze", "verfahren", "wesen", "wahl", "wahlen", "politik", "kraft",
			"kräfte", "krieg", "kosten", "steuer", "kammer", "bericht", "ministerium", "verband",
			"verein", "anstalt", "behörde", "bereich", "betrieb", "beitrag", "dienst", "einsatz",
			"gebiet", "konzern",
			// More heads and endings that no English word has (checked
			// against the English word list of source-capitalization).
			"weise", "zustand", "kanzlei", "grund", "punkt", "angehörige", "angehörigen",
			"ismus", "ität", "itäten", "ionen", "quelle", "quellen",
			// The genitives of the heads ("des Amtsenthebungsverfahrens"),
			// equally absent from the English word list.
			"verfahrens", "ministeriums", "wesens", "krieges", "kriegs", "berichts", "verbands",
			"vereins", "bereichs", "betriebs", "beitrags", "dienstes", "einsatzes", "gebiets",
			"konzerns", "zustands", "punkts", "gesetzes",
		},
		joints:      []string{"ungs", "heits", "keits", "schafts"},
		genderForms: GermanGenderForm,
		nameEndings: []string{"berg", "burg", "dorf", "stein", "mann", "hausen", "heim", "feld", "bach", "ingen",
			"hagen", "rode", "thal", "furt", "kirchen", "münster", "leben", "witz", "itz", "ow", "brück",
			"brücken", "horst", "wald", "beck", "rath", "weiler", "roth", "reuth", "ried", "platz", "spitze",
			"straße", "strasse", "damm", "see", "tor", "gasse", "allee", "ufer", "markt", "fest", "haus",
			"werder", "stedt", "büttel", "hude", "kamp", "moor", "wik", "fleth", "walde", "wedel", "brook",
			"bek", "hain", "holz", "zell", "hof", "stätt", "städt", "ach", "au", "ina", "ede"},
		markers: []string{"ä", "ö", "ü", "ß", "sch", "tz", "cht", "ck", "pf", "ei", "ie", "z", "gr", "kr", "en"},
		loanwords: setOfWords(`bundestag bundesrat bundesliga bundeswehr bundesbank bundesländer
			wehrmacht reichstag kristallnacht weltanschauung schadenfreude gemütlichkeit zeitgeist
			energiewende mittelstand ostpolitik realpolitik gleichschaltung vergangenheitsbewältigung
			götterdämmerung kindergarten gesamtkunstwerk bildungsroman gastarbeiter wirtschaftswunder
			machtergreifung fingerspitzengefühl weltschmerz wanderlust heimatschutz wiedervereinigung
			kulturkampf sprechgesang singspiel liederabend novelle festschrift gedankenexperiment
			hochschule fachhochschule abitur verfremdungseffekt stolperstein stolpersteine
			lebensraum anschluss sturmabteilung schutzstaffel gestapo volkswagen`),
		cognates: map[string]func(string, func(string) bool) bool{"en": germanCognate},
		targets:  setOfWords("en fr es it pt ro ca"),
	}),
}

// indexed fills in w's look-up tables and returns w.
func indexed(w *wordShape) *wordShape {
	w.tails = map[string]bool{}
	index := func(l []string) (map[string]bool, []int) {
		set := map[string]bool{}
		var lens []int
		for _, s := range l {
			w.lastBytes[s[len(s)-1]] = true
			w.tails[s[len(s)-2:]] = true
			set[s] = true
			if !slices.Contains(lens, len(s)) {
				lens = append(lens, len(s))
			}
		}
		return set, lens
	}
	w.suffixSet, w.suffixLens = index(w.suffixes)
	w.nameSet, w.nameLens = index(w.nameEndings)
	return w
}

// GermanGenderForm reports whether a field is a German gender-inclusive
// form: a word with ":in", "*in", "_in", "'in" or "’in" (plural "-innen")
// after it ("Kanzler:in", "Bürger*innen", "BK'in"), or a lower-case stem
// with a capital "Innen" ("LehrerInnen").
func GermanGenderForm(field string) bool {
	for _, mark := range []string{":in", "*in", "_in", "'in", "’in"} {
		i := strings.Index(field, mark)
		if i <= 0 {
			continue
		}
		stem, rest := field[:i], field[i+len(mark):]
		if rest != "" && rest != "nen" {
			continue
		}
		if mark == "'in" || mark == "’in" {
			// English has "'in" only as a dropped g ("somethin'"), not
			// after a capital abbreviation: "BK'in", "MP'in".
			if !allUpper(stem) || utf8.RuneCountInString(stem) > 5 {
				continue
			}
		} else if utf8.RuneCountInString(stem) < 3 || !allLetters(stem) {
			continue
		}
		return true
	}
	if stem, ok := strings.CutSuffix(field, "Innen"); ok && utf8.RuneCountInString(stem) >= 4 && allLetters(stem) {
		r, _ := utf8.DecodeLastRuneInString(stem)
		return unicode.IsLower(r) && isCapitalised(stem)
	}
	return false
}

func allUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

func allLetters(s string) bool {
	i := 0
	for i+8 <= len(s) && asciiLetterMask(load64(s, i)) == highBits {
		i += 8 // eight ASCII letters
	}
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII without decoding: its letters are A-Z and a-z.
			if asciiLetter[c] == 0 {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			return false
		}
		i += n
	}
	return s != ""
}

func setOfWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// sourceShape is what SourceWords needs of an analysis: the source
// language assumed, its word shape (nil when the target is not judged),
// and the target's word list and cognate test (nil when there are none).
type sourceShape struct {
	source  string
	shape   *wordShape
	known   func(string) bool
	cognate func(string, func(string) bool) bool
}

// newSourceShape looks up what SourceWords needs for target and source.
func newSourceShape(target, source string) *sourceShape {
	if source == "" {
		source = "de"
	}
	ss := &sourceShape{source: source}
	shape := wordShapes[source]
	if shape == nil || !shape.targets[target] {
		return ss
	}
	ss.shape = shape
	ss.known = WordList(target)
	ss.cognate = shape.cognates[target]
	return ss
}

// sourceShape returns the analysis's sourceShape, looked up when it was
// not before the blocks were judged.
func (a *Analysis) sourceShape() *sourceShape {
	if a.shape != nil {
		return a.shape
	}
	return newSourceShape(a.Rep.Target, a.Rep.Source)
}

// SourceWords finds single words of the source language in a block of the
// target's script by their shape. Without a known source, German is
// assumed: it is the language whose leftovers are single compounds. Words
// inside spans already found, in a run of capitalised words (a name:
// "Süddeutsche Zeitung", "Humboldt-Universität"), in quotation marks or
// brackets right after a translation, and the loanwords are left alone.
func (a *Analysis) SourceWords(b *textdoc.Block, found []ForeignSpan) []ForeignSpan {
	ss := a.sourceShape()
	if ss.shape == nil {
		return nil
	}
	var out []ForeignSpan
	text := b.Text
	// The fields to judge: every field when the block has a mark of a
	// gender form, else only those around a word long enough (the block's
	// words are known; most are too short to judge and cost nothing).
	if genderGate(text) {
		for _, f := range fieldSpans(text) {
			out = a.sourceWord(b, f, found, ss, out)
		}
		return out
	}
	last := -1
	for _, w := range b.Words {
		if w.Len() < minShapeLetters || w.Start < last {
			continue
		}
		f := fieldAround(text, w)
		out = a.sourceWord(b, f, found, ss, out)
		last = f.End
	}
	return out
}

// sourceWord judges field f of block b for SourceWords, appending to out.
func (a *Analysis) sourceWord(b *textdoc.Block, f textdoc.Span, found []ForeignSpan, ss *sourceShape, out []ForeignSpan) []ForeignSpan {
	source, shape, known, cognate := ss.source, ss.shape, ss.known, ss.cognate
	text := b.Text
	if f.Len() < minShapeLetters && !genderMark(text[f.Start:f.End]) {
		return out
	}
	s := trimWordPunct(b.Text, f)
	if s.Start >= s.End || overlapsAny(found, s) {
		return out
	}
	word := b.Text[s.Start:s.End]
	if shape.genderForms != nil && genderMark(word) && shape.genderForms(word) {
		out = append(out, ForeignSpan{Span: s, Lang: source, Unit: UnitWord})
		return out
	}
	if !allLetters(word) || utf8.RuneCountInString(word) < minShapeLetters || allUpper(word) {
		return out
	}
	// A word of the target's list is passed over first: the look-up
	// costs less than reading the words around a capital for a name.
	capital := isCapitalised(word)
	lower := lowerWord(word)
	if known != nil && known(lower) {
		return out
	}
	if capital && inNameRun(b.Text, f) {
		return out
	}
	shaped := shape.has(lower) || known != nil && cognate != nil && cognate(lower, known)
	if !shaped && !capital {
		// A lower-case word is judged by its shape only: lingua
		// misjudges single lower-case target words too often
		// ("challenge" is German at 0.97).
		shaped = shape.joint(lower) && !shape.nameEnding(lower)
		if !shaped {
			return out
		}
	}
	if !shaped {
		// A capitalised word may be a name ("Steinmeier said"); a noun
		// left in the source language keeps the target's article
		// ("the Endzeitstimmung"), which names seldom take.
		if !afterDeterminer(b.Text[:f.Start], a.Rep.Target) || shape.nameEnding(lower) {
			return out
		}
		shaped = shape.joint(lower)
	}
	if shaped {
		if !shape.loanwords[lower] {
			out = append(out, ForeignSpan{Span: s, Lang: source, Unit: UnitWord})
		}
		return out
	}
	// Without the shape, the model judges the word on the {target,
	// source} pair, when the source is known, the word has the
	// source's letters and ends its noun phrase: a name used before a
	// noun ("the Köhlbrand bridge") does not.
	if a.Rep.Source == "" || shape.loanwords[lower] || !shape.letters(lower) || !nounEnd(b.Text[s.End:], a.Rep.Target) {
		return out
	}
	pair := sortedPair(a.Rep.Target, source)
	if conf := confOf(a.scores(word, pair), source); conf >= wordThreshold {
		out = append(out, ForeignSpan{Span: s, Lang: source, Conf: conf, Unit: UnitWord})
	}
	return out
}

// fieldAround widens span w to the white-space separated field holding it.
func fieldAround(text string, w textdoc.Span) textdoc.Span {
	f := w
	for f.Start > 0 && !isFieldSpace(text[f.Start-1]) {
		f.Start--
	}
	for f.End < len(text) && !isFieldSpace(text[f.End]) {
		f.End++
	}
	return f
}

func isFieldSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// lowerWord returns w in lower case, without a copy when it is lower-case
// ASCII already.
func lowerWord(w string) string {
	i := 0
	for ; i+8 <= len(w); i += 8 {
		// Eight bytes at a time: none outside ASCII, none from 'A' to 'Z'
		// (the sums stay under 0x100 for ASCII bytes).
		const ones = 0x0101010101010101
		x := load64(w, i)
		if x&highBits != 0 || (x+(0x80-'A')*ones)&^(x+(0x80-'Z'-1)*ones)&highBits != 0 {
			return strings.ToLower(w)
		}
	}
	for ; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// genderGate reports whether text may hold a gender form: one of the
// marks followed by "in", or "Innen".
func genderGate(text string) bool {
	for _, m := range []string{":in", "*in", "_in", "'in", "’in", "Innen"} {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// genderMark reports whether a field has a mark of a gender form: a colon,
// asterisk, underscore or apostrophe.
func genderMark(f string) bool {
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case ':', '*', '_', '\'', 0xe2: // 0xe2 starts ’ in UTF-8
			return true
		}
	}
	return false
}

// has reports whether a lower-case word has the language's shape.
func (w *wordShape) has(lower string) bool {
	return w.endsIn(lower, w.suffixSet, w.suffixLens)
}

// endsIn reports whether one of the endings in set, whose lengths are
// lens, ends lower.
func (w *wordShape) endsIn(lower string, set map[string]bool, lens []int) bool {
	if !w.lastBytes[lower[len(lower)-1]] || !w.tails[lower[len(lower)-2:]] {
		return false
	}
	for _, n := range lens {
		if n < len(lower) && set[lower[len(lower)-n:]] {
			return true
		}
	}
	return false
}

// determiners are the articles and determiners before a noun in the
// target languages judged.
var determiners = map[string]map[string]bool{
	"en": setOfWords("the a an this that these those its their his her our my your every each no some any such another"),
	"fr": setOfWords("le la les l un une des du ce cet cette ces son sa ses leur leurs notre votre"),
	"es": setOfWords("el la los las un una unos unas este esta estos estas ese esa su sus del al"),
	"it": setOfWords("il lo la i gli le l un uno una questo questa quel quella suo sua dei del della"),
	"pt": setOfWords("o a os as um uma uns umas este esta esse essa seu sua do da dos das no na"),
	"ro": setOfWords("un o acest această"),
	"ca": setOfWords("el la els les l un una aquest aquesta"),
}

// nounEnd reports whether the text after a word ends its noun phrase:
// punctuation, the end of the block, or a function word of the target
// ("has", "of", "and").
func nounEnd(after, target string) bool {
	after = strings.TrimLeft(after, " ")
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsLetter(r) {
		return true
	}
	next := after
	if i := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		next = after[:i]
	}
	return wordLangs(next)&langBit(target) != 0
}

// afterDeterminer reports whether the word before the end of before is a
// determiner of the target language.
func afterDeterminer(before, target string) bool {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexAny(before, " \n\t(\"“'’")
	prev := strings.ToLower(before[i+1:])
	if target == "en" && (strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s")) {
		return true // a possessive: "the city's Endzeitstimmung"
	}
	return determiners[target][prev]
}

// joint reports whether a lower-case word has one of the language's
// compound joints inside it.
func (w *wordShape) joint(lower string) bool {
	for _, j := range w.joints {
		if i := strings.Index(lower, j); i > 0 && i+len(j) < len(lower) && !strings.HasPrefix(lower[i-1:], "oungs") {
			return true // not English "youngster"
		}
	}
	return false
}

// nameEnding reports whether a lower-case word ends like a name of the
// language.
func (w *wordShape) nameEnding(lower string) bool {
	return w.endsIn(lower, w.nameSet, w.nameLens)
}

// letters reports whether a lower-case word has one of the language's
// marker letter sequences.
func (w *wordShape) letters(lower string) bool {
	for _, m := range w.markers {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// trimWordPunct narrows a field to its word: punctuation and quotation
// marks around it are dropped, a possessive "'s" too.
func trimWordPunct(text string, s textdoc.Span) textdoc.Span {
	s = trimPunct(text, s)
	for s.End > s.Start {
		if c := text[s.End-1]; c < utf8.RuneSelf {
			if asciiLetter[c] != 0 {
				break
			}
			s.End--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if unicode.IsLetter(r) {
			break
		}
		s.End -= n
	}
	if strings.HasSuffix(text[s.Start:s.End], "'s") {
		s.End -= len("'s")
	}
	if strings.HasSuffix(text[s.Start:s.End], "’s") {
		s.End -= len("’s")
	}
	return s
}

// inNameRun reports whether the field at f stands next to another
// capitalised word, joined by a space or a hyphen, or is hyphenated
// itself: part of a multi-word name.
func inNameRun(text string, f textdoc.Span) bool {
	field := text[f.Start:f.End]
	if strings.IndexByte(field, '-') >= 0 || strings.Contains(field, "‐") || strings.Contains(field, "–") {
		return true
	}
	before := strings.TrimRight(text[:f.Start], " ")
	if r, _ := utf8.DecodeLastRuneInString(before); before != "" && !strings.ContainsRune(",.;:!?)\"”»", r) {
		i := len(before) - 1
		for i >= 0 && before[i] != ' ' && before[i] != '\n' && before[i] != '\t' {
			i--
		}
		prev := strings.TrimLeft(before[i+1:], "(\"“„«'")
		// A capitalised function word ("The", "In") starts a sentence, not
		// a name, and a possessive ends one ("China's").
		if isCapitalised(prev) && wordLangs(prev) == 0 && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") {
			return true
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(field); strings.ContainsRune(",.;:!?\"”»)", last) {
		return false // punctuation ends the name: "the Komponente, I said"
	}
	after := strings.TrimLeft(text[f.End:], " ")
	if len(after) < len(text[f.End:]) || strings.HasPrefix(after, "-") {
		next := strings.TrimLeft(after, "-")
		return isCapitalised(next)
	}
	return false
}
