package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// germanCompound reports whether the spaced hyphen at m stands inside a
// German compound ("die Biden - Regierung", "ein 16 - Jähriger", "Anti -
// Terror"), where German writes a dash with spaces just as often ("sind
// offensichtlich - und schwach", "Berlin - Die Regierung"). A compound is
// a number before a suffix of measure ("-jährig", "-fach"), a prefix
// written with a hyphen, or a capitalised word and a capitalised noun in
// the place of one noun: after an article (with up to two words between,
// "der neuen Naira - Noten") and, in a paragraph that ends as a sentence,
// after a preposition or an inflected adjective, after or inside another
// compound ("COVID-19-Impf - Zentrum") or after an acronym ("EU -
// Kommission"). Headlines join their clauses with a dash ("Orkanböen in
// Baden-Württemberg - Straßen gesperrt"), so a paragraph without an end
// mark gets only the article case. A capitalised word after the second
// part (a name, "CBN - Sprecher Osita") or a list after a comma ("die
// Medaille - Gold, Silber") marks a dash.
func germanCompound(t string, m [6]int) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	if isDigits(left) {
		return germanMeasureTail(strings.ToLower(right))
	}
	if germanPrefixes[strings.ToLower(left)] {
		return utf8.RuneCountInString(right) >= 3
	}
	if germanCompoundAdjective(t, m) {
		return true
	}
	if !textutil.StartsUpper(left) || !textutil.StartsUpper(right) || utf8.RuneCountInString(right) < 3 ||
		textutil.HasInnerCapital(right) || textutil.IsAllUpper(right) ||
		germanClauseWords[strings.ToLower(left)] || germanClauseWords[strings.ToLower(right)] {
		return false
	}
	rest := t[m[5]:]
	// A list after a comma marks a dash ("die Medaille - Gold, Silber"),
	// but an acronym does not start one: "den CBN - Gouverneur, Herrn
	// Emefiele" names an office.
	if strings.HasPrefix(rest, ",") && !textutil.IsAllUpper(left) {
		after := strings.TrimLeft(rest[1:], " ")
		if after == "" || !unicode.IsLower(firstRuneOf(after)) {
			return false
		}
	}
	// A second dash after names closes an aside ("eine externe
	// Anwaltskanzlei - Debevoise & Plimpton - beauftragt").
	if k := strings.Index(rest, " - "); k >= 0 && !strings.ContainsAny(rest[:k], ".!?:") && !hasLowerWord(rest[:k]) {
		return false
	}
	// Names or nouns joined after the second part list what a dash
	// introduced ("die Wahl - Schmidt oder Weber").
	if w, after, ok := strings.Cut(strings.TrimLeft(rest, " "), " "); ok && germanCoordinators[w] && unicode.IsUpper(firstRuneOf(after)) &&
		!germanDeterminers[strings.ToLower(firstWordOf(after))] {
		return false
	}
	// A capitalised word next: a name after a compound ("der ehemalige
	// Spurs - Manager Sherwood"), or a new clause after a dash.
	nextUpper := false
	if after, ok := strings.CutPrefix(rest, " "); ok && after != "" && unicode.IsUpper(firstRuneOf(after)) {
		nextUpper = true
	}
	// The three words before the compound (before all of "Anti-Flüchtlings
	// - Demonstration" and "O'Mara - Debakel"), nearest first.
	start := m[2]
	for start > 1 && (t[start-1] == '-' || t[start-1] == '\'') && isWordRune(lastRuneOf(t[:start-1])) {
		start--
		for start > 0 && (isWordRune(lastRuneOf(t[:start])) || t[start-1] == '-') {
			_, n := utf8.DecodeLastRuneInString(t[:start])
			start -= n
		}
	}
	before := t[:start]
	var prev [3]string
	for i := range prev {
		if !strings.HasSuffix(before, " ") {
			break
		}
		before = strings.TrimRight(before, " ")
		j := strings.LastIndexAny(before, " \t\n")
		prev[i] = before[j+1:]
		before = before[:j+1]
	}
	det := func(w string) bool { return germanDeterminers[strings.ToLower(w)] }
	if det(prev[0]) || germanAdjective(prev[0]) && (det(prev[1]) || isLowerWord(prev[1]) && det(prev[2])) {
		return true
	}
	// Without an article, only in a paragraph that ends as a sentence
	// and before a lower-case word: after an inflected adjective ("neue
	// Naira - Noten"), before a further part ("COVID - Impf-Zentrum"),
	// or after an acronym.
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, " \t\n"))
	if nextUpper || !strings.ContainsRune(".!?\"“»)", end) || prev[0] == "" || strings.ContainsRune(".!?:", lastRuneOf(prev[0])) {
		return false
	}
	return strings.HasPrefix(rest, "-") ||
		germanAdjective(prev[0]) && !strings.HasSuffix(prev[0], "n") && !germanClauseWords[prev[0]] && !germanAdverbs[prev[0]] ||
		textutil.IsAllUpper(left) && utf8.RuneCountInString(left) >= 2
}

// germanCompoundAdjective reports whether the spaced hyphen at m stands
// inside an adjective compounded with a noun before the noun it describes:
// "die Corbyn - unterstützenden Abgeordneten", "des Jupiter - ähnlichen
// Planeten". The second part is an inflected present participle or ends
// in a suffix that makes adjectives of nouns; a dash does not stand
// between a noun and the inflected adjective of the next noun phrase.
// Only in a paragraph that ends as a sentence, never in a headline.
func germanCompoundAdjective(t string, m [6]int) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	if !textutil.StartsUpper(left) || germanClauseWords[strings.ToLower(left)] || !germanAdjective(right) || germanAdverbs[right] {
		return false
	}
	stem := strings.TrimRight(right, "enrsm")
	if !strings.HasSuffix(stem, "end") && !hasAnySuffix(stem, germanAdjectiveSuffixes) {
		return false
	}
	after, ok := strings.CutPrefix(t[m[5]:], " ")
	if !ok || !textutil.StartsUpper(firstWordOf(after)) || germanDeterminers[strings.ToLower(firstWordOf(after))] {
		return false
	}
	// An aside between two dashes, or one that cites ("die Regierung -
	// übereinstimmenden Berichten zufolge - plant"), starts with such an
	// adjective. It is short (asideMaxBytes).
	sentence := after[:min(len(after), asideMaxBytes)]
	if k := strings.IndexAny(sentence, ".!?"); k >= 0 {
		sentence = sentence[:k]
	}
	if strings.Contains(sentence, " - ") || strings.Contains(sentence, " – ") || strings.Contains(sentence, "zufolge") || strings.Contains(sentence, "zum Trotz") {
		return false
	}
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, " \t\n"))
	return strings.ContainsRune(".!?\"“»)", end)
}

// germanAdjectiveSuffixes make adjectives of nouns ("jupiterähnlich",
// "kinderfreundlich"); the stems they end are uninflected. Those that
// often stand alone before a noun ("kritisch", "reich") are left out.
var germanAdjectiveSuffixes = []string{"ähnlich", "artig", "förmig", "freundlich", "feindlich", "bezogen", "basiert", "gestützt",
	"orientiert", "getrieben", "gesteuert", "spezifisch", "pflichtig", "haltig"}

// hasAnySuffix reports whether s ends in one of suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// hasLowerWord reports whether s has a word that starts with a lower-case
// letter.
func hasLowerWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if unicode.IsLower(firstRuneOf(w)) {
			return true
		}
	}
	return false
}

// germanAdjective reports whether w is a lower-case word with the ending
// of an inflected adjective ("neuen", "ehemalige", "trostlosem").
func germanAdjective(w string) bool {
	if !isLowerWord(w) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// germanMeasureTail reports whether w, lower-cased, is a suffix German
// joins to a number with a hyphen: "16-jährige", "10-fachen",
// "72-stöckigen".
func germanMeasureTail(w string) bool {
	for _, s := range germanMeasureTails {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

var (
	germanMeasureTails = []string{"jährig", "fach", "stöckig", "tägig", "wöchig", "monatig", "stündig", "minütig", "köpfig",
		"teilig", "seitig", "prozentig", "malig", "stellig", "spurig", "karätig", "sekündig", "gliedrig", "zeilig", "sitzig", "türig", "zimmrig"}
	germanPrefixes     = textutil.WordSet("anti ex vize co ko neo pseudo semi multi ultra non pro")
	germanDeterminers  = textutil.WordSet("der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins ans kein keine keinen keinem keiner sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres dieser diese dieses diesem diesen jener jene jenes jenem jenen jede jeder jedes jedem jeden unser unsere unseren unserem unserer euer eure mein meine meinen meinem meiner dein deine deren dessen")
	germanCoordinators = textutil.WordSet("und oder sowie bzw beziehungsweise")
	// germanAdverbs end like an inflected adjective but are none.
	germanAdverbs = textutil.WordSet("aber oder immer wieder weder über unter hinter sehr ohne gerne heute gerade bereits ebenfalls jedoch außer seither später früher danke bitte habe sage gebe")
	// germanClauseWords start a clause or stand between clauses; a
	// compound never has one as a part.
	germanClauseWords = textutil.WordSet("die der das den dem des ein eine einen einem einer eines er sie es wir ich man und aber doch denn auch so dann da als wie wenn was wer nicht noch nur mit für bei in im am auf aus nach vor von zu zum zur um an ab seit bis dass weil ob hier dort heute jetzt mehr alle viele diese dieser dieses ihr ihre sein seine unser unsere kein keine trotzdem damit dabei danach deshalb zudem außerdem oder sondern")
)
