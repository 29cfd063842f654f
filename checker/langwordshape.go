package checker

import (
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
	// genderForms match its gender-inclusive forms ("Kanzler:in",
	// "BK'in", "Bürger*innen", "LehrerInnen").
	genderForms func(field string) bool
	// loanwords are words of the language that the target languages use
	// as they are ("Bundestag", "Zeitgeist").
	loanwords map[string]bool
	// targets are the languages whose text is judged: their own words do
	// not have the shape (Dutch and the Scandinavian languages share
	// German's endings, and are not listed).
	targets map[string]bool
}

// minShapeLetters is the shortest word judged by its shape.
const minShapeLetters = 9

var wordShapes = map[string]*wordShape{
	"de": {
		suffixes: []string{
			"ung", "ungen", "keit", "keiten", "heit", "heiten", "schaft", "schaften",
			"lich", "liche", "lichen", "licher", "liches", "isch", "ische", "ischen",
			"ischer", "isches", "nisse", "nissen", "ierung", "ierungen",
		},
		genderForms: germanGenderForm,
		loanwords: setOfWords(`bundestag bundesrat bundesliga bundeswehr bundesbank bundesländer
			wehrmacht reichstag kristallnacht weltanschauung schadenfreude gemütlichkeit zeitgeist
			energiewende mittelstand ostpolitik realpolitik gleichschaltung vergangenheitsbewältigung
			götterdämmerung kindergarten gesamtkunstwerk bildungsroman gastarbeiter wirtschaftswunder
			machtergreifung fingerspitzengefühl weltschmerz wanderlust heimatschutz wiedervereinigung
			kulturkampf sprechgesang singspiel liederabend novelle festschrift gedankenexperiment
			hochschule fachhochschule abitur verfremdungseffekt stolperstein stolpersteine
			lebensraum anschluss sturmabteilung schutzstaffel gestapo volkswagen`),
		targets: setOfWords("en fr es it pt ro ca"),
	},
}

// germanGenderForm reports whether a field is a German gender-inclusive
// form: a word with ":in", "*in", "_in", "'in" or "’in" (plural "-innen")
// after it ("Kanzler:in", "Bürger*innen", "BK'in"), or a lower-case stem
// with a capital "Innen" ("LehrerInnen").
func germanGenderForm(field string) bool {
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
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
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

// sourceWords finds single words of the source language in a block of the
// target's script by their shape. Without a known source, German is
// assumed: it is the language whose leftovers are single compounds. Words
// inside spans already found, in a run of capitalised words (a name:
// "Süddeutsche Zeitung", "Humboldt-Universität"), in quotation marks or
// brackets right after a translation, and the loanwords are left alone.
func (a *analysis) sourceWords(b *Block, found []ForeignSpan) []ForeignSpan {
	source := a.rep.Source
	if source == "" {
		source = "de"
	}
	shape := wordShapes[source]
	if shape == nil || !shape.targets[a.rep.Target] {
		return nil
	}
	var out []ForeignSpan
	for _, f := range fieldSpans(b.Text) {
		s := trimWordPunct(b.Text, f)
		if s.Start >= s.End || overlapsAny(found, s) {
			continue
		}
		word := b.Text[s.Start:s.End]
		if shape.genderForms != nil && shape.genderForms(word) {
			out = append(out, ForeignSpan{Span: s, Lang: source, Unit: UnitWord})
			continue
		}
		if !allLetters(word) || utf8.RuneCountInString(word) < minShapeLetters || allUpper(word) {
			continue
		}
		lower := strings.ToLower(word)
		if shape.loanwords[lower] || !shape.has(lower) {
			continue
		}
		if isCapitalised(word) && inNameRun(b.Text, f) {
			continue
		}
		out = append(out, ForeignSpan{Span: s, Lang: source, Unit: UnitWord})
	}
	return out
}

// has reports whether a lower-case word has the language's shape.
func (w *wordShape) has(lower string) bool {
	for _, s := range w.suffixes {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return false
}

// trimWordPunct narrows a field to its word: punctuation and quotation
// marks around it are dropped, a possessive "'s" too.
func trimWordPunct(text string, s Span) Span {
	s = trimPunct(text, s)
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if unicode.IsLetter(r) {
			break
		}
		s.End -= n
	}
	for _, poss := range []string{"'s", "’s"} {
		if strings.HasSuffix(text[s.Start:s.End], poss) {
			s.End -= len(poss)
		}
	}
	return s
}

// inNameRun reports whether the field at f stands next to another
// capitalised word, joined by a space or a hyphen, or is hyphenated
// itself: part of a multi-word name.
func inNameRun(text string, f Span) bool {
	field := text[f.Start:f.End]
	if strings.ContainsAny(field, "-‐–") {
		return true
	}
	before := strings.TrimRight(text[:f.Start], " ")
	if before != "" && len(before) == len(strings.TrimRight(before, ",.;:!?)\"”»")) {
		i := strings.LastIndexAny(before, " \n\t")
		prev := strings.TrimLeft(before[i+1:], "(\"“„«'")
		// A capitalised function word ("The", "In") starts a sentence, not
		// a name.
		if isCapitalised(prev) && wordLangs(prev) == 0 {
			return true
		}
	}
	after := strings.TrimLeft(text[f.End:], " ")
	if len(after) < len(text[f.End:]) || strings.HasPrefix(after, "-") {
		next := strings.TrimLeft(after, "-")
		return isCapitalised(next)
	}
	return false
}
