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

// romanceDeterminers are the articles, contractions with an article,
// possessives and demonstratives that stand right before a noun, in the
// Romance languages that write their common nouns in lower case.
var romanceDeterminers = map[string]map[string]bool{
	"fr": textutil.WordSet("le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs"),
	"es": textutil.WordSet("el la los las un una unos unas del al este esta estos estas ese esa esos esas su sus mi mis nuestro nuestra nuestros nuestras"),
	"it": textutil.WordSet("il lo la i gli le un uno una del dello della dei degli delle al allo alla ai agli alle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle questo questa questi queste"),
	"pt": textutil.WordSet("o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas este esta estes estas esse essa esses essas"),
}

// romanceStyleCapitals are the nouns that these languages capitalise by
// style when they name one institution, office or body ("le Parlement",
// "la Repubblica", "el Gobierno", "a Câmara"): they count as written in
// lower case.
var romanceStyleCapitals = map[string]map[string]bool{
	"fr": textutil.WordSet("état états parlement sénat assemblée gouvernement conseil commission cour constitution république président présidente premier première ministre ministère élysée église union nation nations région département ville mairie préfecture justice armée police gendarmerie parti bourse banque académie université état-major opposition majorité"),
	"es": textutil.WordSet("estado gobierno congreso senado parlamento cortes ministerio ministro ministra consejo comisión tribunal supremo constitución rey reina corona ejército policía guardia ayuntamiento generalitat junta presidente presidenta iglesia papa unión república partido banco universidad fiscalía audiencia"),
	"it": textutil.WordSet("stato governo parlamento camera senato deputati repubblica presidente ministero ministro ministra consiglio commissione corte costituzione chiesa papa regione provincia comune quirinale procura tribunale polizia carabinieri guardia esercito unione partito banca università"),
	"pt": textutil.WordSet("estado governo congresso senado parlamento assembleia câmara ministério ministro ministra conselho comissão tribunal supremo constituição república presidente presidenta prefeitura polícia exército igreja papa união partido banco universidade"),
}

// romanceNounEndings end common nouns (actions, qualities, states) and
// seldom a name: a paragraph of team or place names ("la Roma, la Lazio, il
// Napoli") has none of them.
var romanceNounEndings = map[string][]string{
	"fr": {"tion", "tions", "ment", "ments", "ité", "ités", "ence", "ences", "ance", "ances", "ure", "ures", "age", "ages", "eur", "eurs", "ise", "isme"},
	"es": {"ción", "ciones", "sión", "siones", "miento", "mientos", "idad", "idades", "encia", "encias", "ancia", "ancias", "ura", "uras", "aje", "ajes", "ismo"},
	"it": {"zione", "zioni", "sione", "sioni", "mento", "menti", "ità", "enza", "enze", "anza", "anze", "ura", "ure", "aggio", "aggi", "ismo"},
	"pt": {"ção", "ções", "são", "sões", "mento", "mentos", "idade", "idades", "ência", "ências", "ância", "âncias", "ura", "uras", "agem", "agens", "ismo"},
}

// romanceElisions are the determiners that elide before a vowel and join
// the noun with an apostrophe ("l'Équilibre", "dell'Unione").
var romanceElisions = map[string][]string{
	"fr": {"l'", "l’"},
	"it": {"l'", "l’", "dell'", "dell’", "nell'", "nell’", "all'", "all’", "dall'", "dall’", "sull'", "sull’", "un'", "un’"},
}

// Thresholds for a paragraph that writes its nouns with the source's
// capitals: at least romanceCapitalsMin distinct capitalised words after a
// determiner, and at least three fifths of the words after a determiner.
// Paragraphs of professional French, Spanish and Italian news have up to
// five such capitals (names of places, teams, festivals), at most 44 % of
// the words after a determiner.
const romanceCapitalsMin = 5

// romanceCapital is a capitalised word after a determiner: its span in the
// block's text, and the word.
type romanceCapital struct {
	span textdoc.Span
	word string
}

// checkRomanceCapitals reports the nouns of a French, Spanish, Italian or
// Portuguese paragraph that keep the capitals of a German source ("la
// politique des Réfugiés", "votre Parti", "l'Équilibre entre la
// Disponibilité"). These languages write common nouns in lower case but
// capitalise names, institutions and titles, often right after an article
// ("la France", "le Parlement", "l'Assemblée nationale"), so one capital
// says nothing: a paragraph is judged by its words after a determiner, and
// its capitals are reported when there are at least five of them, distinct,
// and they are at least three fifths of those words, and two of them have
// the ending of a common noun ("-tion", "-ità"). The nouns these
// languages capitalise by style for one institution ("le Parlement", "il
// Senato") count as lower case. A word the document also
// writes capitalised without a determiner inside a sentence is a name
// ("France a annoncé") and is not reported; nor is a word followed by
// another capitalised word (a name of several words).
func checkRomanceCapitals(p *checker.Pass, lang string) {
	dets := romanceDeterminers[lang]
	if dets == nil {
		return
	}
	var bare map[string]bool // capitalised words seen without a determiner, built on first use
	for _, b := range p.Doc.Blocks {
		if b.Kind != textdoc.Paragraph && b.Kind != textdoc.ListItem && b.Kind != textdoc.Quote {
			continue
		}
		caps, pairs := romanceCapitals(b, dets, romanceElisions[lang], romanceStyleCapitals[lang])
		distinct := map[string]bool{}
		nouns := 0
		for _, c := range caps {
			if !distinct[c.word] && hasAnySuffix(strings.ToLower(c.word), romanceNounEndings[lang]) {
				nouns++
			}
			distinct[c.word] = true
		}
		if len(distinct) < romanceCapitalsMin || 5*len(caps) < 3*pairs || nouns < 2 {
			continue
		}
		if bare == nil {
			bare = p.Doc.Memo("source-capitalization.bare."+lang, func(d *textdoc.Document) any { return bareCapitals(d, dets, romanceElisions[lang]) }).(map[string]bool)
		}
		for _, c := range caps {
			if bare[c.word] {
				continue
			}
			p.Report(b, c.span, fmt.Sprintf("%q is capitalised mid-sentence, as the source language writes nouns", c.word), strings.ToLower(c.word))
		}
	}
}

// romanceCapitals returns the capitalised words right after a determiner
// inside the sentences of b, and how many words, capitalised or not, stand
// right after one.
func romanceCapitals(b *textdoc.Block, dets map[string]bool, elisions []string, style map[string]bool) (caps []romanceCapital, pairs int) {
	for _, sent := range b.Sentences {
		first, last := wordRange(b, sent)
		for i := first; i < last; i++ {
			w := b.Words[i]
			word := b.Text[w.Start:w.End]
			start := w.Start
			if elided := elidedNoun(word, elisions); elided != "" {
				start, word = w.End-len(elided), elided
			} else if i == first || !dets[b.Text[b.Words[i-1].Start:b.Words[i-1].End]] || b.Text[b.Words[i-1].End:w.Start] != " " {
				continue
			}
			r, _ := utf8.DecodeRuneInString(word)
			if !unicode.IsLetter(r) {
				continue
			}
			pairs++
			if !capitalisedWord(word) || utf8.RuneCountInString(word) < 4 || style[strings.ToLower(word)] {
				continue
			}
			// A name of several words: "la Maison Blanche".
			if i+1 < last && b.Text[w.End:b.Words[i+1].Start] == " " && textutil.StartsUpper(b.Text[b.Words[i+1].Start:b.Words[i+1].End]) {
				continue
			}
			caps = append(caps, romanceCapital{textdoc.Span{Start: start, End: w.End}, word})
		}
	}
	return caps, pairs
}

// elidedNoun returns the noun after an elided determiner in word ("Équilibre"
// of "l'Équilibre"), or "".
func elidedNoun(word string, elisions []string) string {
	for _, e := range elisions {
		if len(word) > len(e) && strings.EqualFold(word[:len(e)], e) {
			return word[len(e):]
		}
	}
	return ""
}

// bareCapitals returns the capitalised words that doc writes inside a
// sentence with no determiner before them: names ("France a annoncé",
// "Merkel").
func bareCapitals(doc *textdoc.Document, dets map[string]bool, elisions []string) map[string]bool {
	out := map[string]bool{}
	for _, b := range doc.Blocks {
		words, sentences := textdoc.Spans(b, doc.Lang)
		for _, s := range sentences {
			first, last := spanRange(words, s)
			for i := first + 1; i < last; i++ {
				w := b.Text[words[i].Start:words[i].End]
				if !capitalisedWord(w) || elidedNoun(w, elisions) != "" {
					continue
				}
				prev := b.Text[words[i-1].Start:words[i-1].End]
				if !dets[prev] && elidedNoun(prev, elisions) == "" {
					out[w] = true
				}
			}
		}
	}
	return out
}
