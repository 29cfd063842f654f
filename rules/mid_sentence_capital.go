package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// MidSentenceCapital finds a function word written with a capital inside a
// sentence: the start of a segment that the engine translated alone and
// the page joined back ("Il a déclaré que Des opérations ont été menées",
// "... zu landen; Wenn der Spieler ...").
var MidSentenceCapital = &checker.Rule{
	ID:    "mid-sentence-capital",
	Title: "a function word capitalised in the middle of a sentence",
	Doc: `A translation made segment by segment capitalises the first word of each segment. When
the page joins the segments back into one sentence, an article, conjunction or
preposition keeps its capital in the middle of it: "Il a déclaré que Des opérations
ont été menées", "um auf dem Mond zu landen; Wenn der Spieler ...". Readers see a
capital where none belongs.

The rule reports a function word of the text's language (its article, conjunction,
preposition or pronoun list) written with a capital and then lower case, when it stands
after a comma, a semicolon or another function word, and a word in lower case follows.
Left alone: names with capitalised articles or particles ("Des Moines", "Le Monde",
"Van der Bellen": a capital or a particle follows), titles of works and items of a list
(four words or fewer before a comma, a bracket or the sentence's end: "con La decisión
(Blackbird)", "La isla mínima, La novia"; or titles joined by a conjunction: "Las
meninas o El jardín de las Delicias"), the German polite "Sie" and "Ihr",
English "I", titles of works after a noun ("le film La haine"), single letters, and
headings, captions and table cells. Texts whose language is not known are not checked.`,
	Bad:         "Il a déclaré que Des opérations ont été menées dans six provinces.",
	Good:        "Il a déclaré que des opérations ont été menées dans six provinces.",
	ExampleLang: "fr",
	Severity:    checker.Warning,
	Locale:      true,
	RunningText: true,
	Check:       checkMidSentenceCapital,
}

// politeForms are German pronouns written with a capital by rule.
var politeForms = map[string]bool{"sie": true, "ihr": true, "ihre": true, "ihrer": true, "ihren": true,
	"ihrem": true, "ihres": true, "ihnen": true}

func checkMidSentenceCapital(p *checker.Pass) error {
	lang := baseLang(p.Doc.Lang)
	if lang == "" || p.Locale.NoWordSpaces {
		return nil
	}
	for _, b := range p.Doc.Blocks {
		if b.Kind != textdoc.Paragraph && b.Kind != textdoc.ListItem && b.Kind != textdoc.Quote {
			continue
		}
		text, words := b.Text, b.Words
		for i := 1; i+1 < len(words); i++ {
			w := words[i]
			// Most words start with an ASCII letter other than a capital:
			// they are passed over without decoding.
			if w.Start >= w.End || text[w.Start] < utf8.RuneSelf && text[w.Start]-'A' >= 26 {
				continue
			}
			word := text[w.Start:w.End]
			if !capitalisedWord(word) {
				continue
			}
			// The function words are looked up in any case: most capitalised
			// words (names) are none, and are passed over without a copy.
			if !langid.IsFunctionWord(word, lang) {
				continue
			}
			lower := strings.ToLower(word)
			if lower == "i" || lang == "de" && politeForms[lower] {
				continue
			}
			next := b.Words[i+1]
			nextWord := b.Text[next.Start:next.End]
			// "Van der Bellen", "De la Cruz": a particle after a particle is a
			// name.
			if b.Text[w.End:next.Start] != " " || !isLowerWord(nextWord) || langid.IsNameParticle(lower) && langid.IsNameParticle(nextWord) {
				continue
			}
			prev := b.Words[i-1]
			gap := b.Text[prev.End:w.Start]
			prevWord := b.Text[prev.Start:prev.End]
			switch gap {
			case ", ", "; ":
			case " ":
				// After a function word: a title of a work follows a noun
				// ("le film La haine"), a split segment follows anything.
				if !isLowerWord(prevWord) || !langid.IsFunctionWord(prevWord, lang) {
					continue
				}
			default:
				continue
			}
			if titleRun(b.Text[w.Start:]) {
				continue
			}
			p.Report(b, w, "\""+word+"\" capitalised in the middle of a sentence", lower)
		}
	}
	return nil
}

// capitalisedWord reports whether w is a capital followed by lower-case
// letters only, one or more ("Et", "Des").
func capitalisedWord(w string) bool {
	// A word of one character has an empty rest, which isLowerWord
	// rejects.
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && isLowerWord(w[n:])
}

// titleRun reports whether text, from a capitalised function word on, reads
// as the title of a work or an item of a list rather than a clause that a
// segment restarted: four words or fewer before a comma, a bracket or the
// end of the sentence ("con La decisión (Blackbird)", "La isla mínima, La
// novia", "di Nel blu dipinto di blu,"). A restarted segment goes on as a
// clause ("que Des opérations ont été menées dans six provinces"). Titles
// joined by a conjunction are a list too.
func titleRun(text string) bool {
	// A title or a list item is short: reading further would cost a
	// paragraph of many capitals the square of its length.
	text = text[:min(len(text), 200)]
	end := strings.IndexAny(text, ",;:()[].!?\n")
	if end < 0 {
		end = len(text)
	}
	words := strings.Fields(text[:end])
	if len(words) <= 4 {
		return true
	}
	// Titles joined by a conjunction: "Las meninas o El jardín de las
	// Delicias".
	for i := 1; i+1 < len(words); i++ {
		if titleJoiners[words[i]] && capitalisedWord(words[i+1]) {
			return true
		}
	}
	return false
}

// titleJoiners join two titles or names of a list.
var titleJoiners = textutil.WordSet("and or et ou y o e ou und oder en of i")
