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
// offensichtlich - und schwach", "Berlin - Die Regierung"). Compounds in
// any paragraph:
//   - a number before a suffix of measure ("16 - Jähriger"), a prefix
//     written with a hyphen ("Anti - Terror"), a currency ("US - Dollar");
//   - a first part that stands only in compounds ("Rettungs -
//     Hubschrauber"), two adjectives of origin or two colours ("US -
//     amerikanische Forscher", "die schwarz - gelbe Koalition"), a known
//     hyphenated name ("Jean - Claude", "Nordrhein - Westfalen");
//   - two quoted words ("„Kreditgeber - Uhr“"), a title before a name
//     ("CBN - Gouverneur Godwin Emefiele");
//   - a capitalised word and a noun or an acronym in the place of one noun
//     after an article, with up to two words between ("der neuen Naira -
//     Noten", "der 10. Asiatischen Leichtathletik - Hallenmeisterschaften",
//     "der Tennis - WM").
//
// In a paragraph that ends as a sentence, before a lower-case word that is
// no common finite verb, also a capitalised pair after a preposition, a
// number or a quantifier ("als Labour - Kandidat ausgewählt", "5 Abo -
// Artikel"), a genitive name ("Keir Starmers Labour - Partei"), an
// inflected adjective or an acronym, or before a further part ("COVID -
// Impf-Zentrum"). Headlines join their clauses with a dash ("Orkanböen in
// Baden-Württemberg - Straßen gesperrt"), so a paragraph without an end
// mark gets none of these. A dash is marked by another capitalised word
// after the second part (a new clause, "Frankfurt - Werder Bremen"), a
// list after a comma ("die Medaille - Gold, Silber"), a second dash, a
// quoted title's subtitle ("„Kunst im Museum - Gegensätze“") and a
// headline's media label ("im Einsatz - Video").
func germanCompound(t string, m [6]int) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	if isDigits(left) {
		return germanMeasureTail(strings.ToLower(right))
	}
	if germanPrefixes[strings.ToLower(left)] {
		return utf8.RuneCountInString(right) >= 3 && !germanClauseWords[strings.ToLower(right)]
	}
	if germanCompoundAdjective(t, m) || hyphenatedName(t, m) || germanBoundPart(left, right) || germanAdjectivePair(t, m) ||
		germanColourPair(t, m) {
		return true
	}
	// An acronym second part ("der Tennis - WM") only after an article.
	acronym := textutil.IsAllUpper(right) && utf8.RuneCountInString(right) >= 2 && utf8.RuneCountInString(right) <= 4
	if !textutil.StartsUpper(left) || !textutil.StartsUpper(right) || utf8.RuneCountInString(right) < 3 && !acronym ||
		textutil.HasInnerCapital(right) && !acronym || textutil.IsAllUpper(right) && !acronym ||
		acronym && (textutil.IsAllUpper(left) || utf8.RuneCountInString(left) < 3) ||
		germanClauseWords[strings.ToLower(left)] || germanClauseWords[strings.ToLower(right)] {
		return false
	}
	rest := t[m[5]:]
	// A currency named by a country's code: "US - Dollar", "HK - Dollar".
	if quotedPair(t, m) || textutil.IsAllUpper(left) && len(left) <= 3 && strings.HasPrefix(right, "Dollar") {
		return true
	}
	// A quoted title ends with its subtitle after a dash: "die Ausstellung
	// „Kunst im Museum - Gegensätze“".
	if quotedSubtitle(t, m) {
		return false
	}
	// A headline ends with the kind of item its dash adds:
	// "Rettungshubschrauber im Einsatz - Video".
	if strings.TrimRight(rest, " \t\n") == "" && germanMediaLabels[strings.ToLower(right)] {
		return false
	}
	// The three words before the compound (before all of "Anti-Flüchtlings
	// - Demonstration" and "O'Mara - Debakel"), nearest first.
	start := m[2]
	for start > 1 && (t[start-1] == '-' || t[start-1] == '\'') && isWordRune(lastRuneOf(t[:start-1])) {
		start--
		for start > 0 && (isWordRune(lastRuneOf(t[:start])) || t[start-1] == '-' || decimalMark(t, start-1)) {
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
	// A list after a comma marks a dash ("die Medaille - Gold, Silber"),
	// but an acronym does not start one: "den CBN - Gouverneur, Herrn
	// Emefiele" names an office; nor does the first item of a list
	// ("darunter Pop - Tarts, Salat und Katzenfutter").
	if strings.HasPrefix(rest, ",") && !textutil.IsAllUpper(left) && !germanListStarts[strings.ToLower(prev[0])] {
		after := strings.TrimLeft(rest[1:], " ")
		if after == "" || !unicode.IsLower(firstRuneOf(after)) {
			return false
		}
	}
	// A second dash soon after closes an aside ("eine externe
	// Anwaltskanzlei - Debevoise & Plimpton - beauftragt", "im 72-stöckigen
	// Gebäude - Trumps wertvollstem Besitz - stieg").
	if k := strings.Index(rest, " - "); k >= 0 && !strings.ContainsAny(rest[:k], ".!?:") &&
		(!hasLowerWord(rest[:k]) || germanShortAside(rest[:k])) {
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
	next := ""
	if after, ok := strings.CutPrefix(rest, " "); ok {
		next = firstWordOf(after)
	}
	nextUpper := next != "" && unicode.IsUpper(firstRuneOf(next))
	if nextUpper && prev[0] != "" && !strings.ContainsRune(".!?:", lastRuneOf(prev[0])) && germanTitle(right) &&
		!germanClauseWords[strings.ToLower(next)] && !germanDeterminers[strings.ToLower(next)] {
		return true
	}
	det := func(w string) bool { return germanDeterminers[strings.ToLower(w)] }
	modifier := func(w string) bool { return germanAdjective(w) || germanOrdinal(w) || germanNameAdjective(w) }
	if acronym {
		return !nextUpper && (det(prev[0]) || modifier(prev[0]) && det(prev[1]))
	}
	if det(prev[0]) || modifier(prev[0]) && (det(prev[1]) || (isLowerWord(prev[1]) || germanOrdinal(prev[1])) && det(prev[2])) {
		return true
	}
	// Without an article, only in a paragraph that ends as a sentence
	// and before a lower-case word that is no finite verb: after a
	// preposition or a genitive name ("als Labour - Kandidat", "Keir
	// Starmers Labour - Partei"), after an inflected adjective ("neue
	// Naira - Noten"), before a further part ("COVID - Impf-Zentrum"), or
	// after an acronym.
	end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, " \t\n"))
	if nextUpper || germanFiniteVerbs[next] || !strings.ContainsRune(".!?\"“»)", end) || prev[0] == "" || strings.ContainsRune(".!?:", lastRuneOf(prev[0])) {
		return false
	}
	head := func(w string) bool {
		w = strings.ToLower(w)
		return germanDeterminers[w] || germanPrepositions[w] || germanQuantifiers[w] || isDigits(w)
	}
	// A hyphenated first part stands before a dash as often ("in
	// Baden-Württemberg - Straßen gesperrt").
	joined := start < m[2] && strings.IndexFunc(t[start:m[2]-1], unicode.IsLetter) >= 0
	return strings.HasPrefix(rest, "-") ||
		!joined && head(prev[0]) || modifier(prev[0]) && (head(prev[1]) || isLowerWord(prev[1]) && head(prev[2])) ||
		!joined && germanGenitive(prev[0]) && (head(prev[1]) || textutil.StartsUpper(prev[1]) && !germanClauseWords[strings.ToLower(prev[1])]) ||
		germanAdjective(prev[0]) && !strings.HasSuffix(prev[0], "n") && !germanClauseWords[prev[0]] && !germanAdverbs[prev[0]] ||
		(textutil.IsAllUpper(left) && utf8.RuneCountInString(left) >= 2 || germanVehicles[left])
}

// germanBoundPart reports whether left is a first part that stands only
// inside a compound: a feminine noun with the linking s ("Rettungs -
// Hubschrauber", "Sicherheits - Konferenz"), which no genitive has.
func germanBoundPart(left, right string) bool {
	if utf8.RuneCountInString(left) < 6 || !textutil.StartsUpper(left) || textutil.HasInnerCapital(left) ||
		!hasAnySuffix(left, []string{"ungs", "heits", "keits", "schafts", "tions", "täts"}) {
		return false
	}
	lower := strings.ToLower(right)
	return utf8.RuneCountInString(right) >= 3 && !germanClauseWords[lower] && !germanDeterminers[lower] && !germanCoordinators[lower]
}

// germanAdjectivePair reports whether the spaced hyphen at m joins two
// adjectives of origin before their noun: "US - amerikanische Forscher",
// "die deutsch - französische Freundschaft", "der Schwäbisch -
// alemannischen Fasnet".
func germanAdjectivePair(t string, m [6]int) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	l := strings.ToLower(left)
	if !(textutil.IsAllUpper(left) && len(left) >= 2 && len(left) <= 3 || strings.HasSuffix(l, "isch") || l == "deutsch") {
		return false
	}
	if !isLowerWord(right) || !strings.HasSuffix(germanUninflected(right), "isch") {
		return false
	}
	after, ok := strings.CutPrefix(t[m[5]:], " ")
	next := firstWordOf(after)
	return ok && textutil.StartsUpper(next) && !textutil.IsAllUpper(next) && !germanDeterminers[strings.ToLower(next)] &&
		!germanClauseWords[strings.ToLower(next)]
}

// germanColourPair reports whether the spaced hyphen at m joins two
// colours, as names, coalitions and their adjectives do ("Rot - Weiss
// Essen", "die schwarz - gelbe Koalition"); not before a verb, where the
// second colour starts a clause ("auf Rot - Grün kam später").
func germanColourPair(t string, m [6]int) bool {
	left, right := strings.ToLower(t[m[2]:m[3]]), strings.ToLower(t[m[4]:m[5]])
	if left == right || !germanColours[left] || !germanColours[germanUninflected(right)] {
		return false
	}
	after, _ := strings.CutPrefix(t[m[5]:], " ")
	return !germanFiniteVerbs[firstWordOf(after)]
}

// germanShortAside reports whether s, the words between the second part
// and a further dash, can finish an aside: up to six words, no common
// finite verb ("Biden - Kandidatur sind offensichtlich - und schwach"
// has one).
func germanShortAside(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if germanFiniteVerbs[w] {
			return false
		}
	}
	return len(ws) <= 6
}

// germanUninflected returns w without the ending of an inflected
// adjective, if it has one: "gelbe" and "gelben" give "gelb".
func germanUninflected(w string) string {
	for _, e := range []string{"en", "er", "es", "em", "e"} {
		if s, ok := strings.CutSuffix(w, e); ok && len(s) >= 3 {
			return s
		}
	}
	return w
}

// quotedSubtitle reports whether the spaced hyphen at m stands inside a
// quotation of three to five words that ends right after its second part:
// a title and its subtitle.
func quotedSubtitle(t string, m [6]int) bool {
	if m[5] >= len(t) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t[m[5]:]); !strings.ContainsRune(closingQuotes, r) {
		return false
	}
	before := t[max(0, m[2]-asideMaxBytes):m[2]]
	i := strings.LastIndexAny(before, openingQuotes)
	if i < 0 || strings.ContainsAny(before[i:], ".!?") {
		return false
	}
	n := len(strings.Fields(before[i:]))
	return n >= 2 && n <= 4
}

// germanOrdinal reports whether w is a number written as an ordinal:
// "10.".
func germanOrdinal(w string) bool {
	n, ok := strings.CutSuffix(w, ".")
	return ok && len(n) <= 3 && isDigits(n)
}

// germanNameAdjective reports whether w is a capitalised inflected
// adjective, a part of a name: "der 10. Asiatischen
// Leichtathletik-Hallenmeisterschaften", "der Deutschen Eishockey-Liga".
func germanNameAdjective(w string) bool {
	if !textutil.StartsUpper(w) || textutil.HasInnerCapital(w) || germanClauseWords[strings.ToLower(w)] {
		return false
	}
	return hasAnySuffix(w, []string{"ischen", "ische", "ischer", "isches"}) || strings.HasPrefix(w, "Deutsch") && len(w) <= len("Deutschen")
}

// decimalMark reports whether t[i] is a comma or point between digits:
// "126,5".
func decimalMark(t string, i int) bool {
	return (t[i] == ',' || t[i] == '.') && i > 0 && i+1 < len(t) && isASCIIDigit(t[i-1]) && isASCIIDigit(t[i+1])
}

// germanGenitive reports whether w is a name in the genitive that stands
// for an article: "Starmers", "Trumps".
func germanGenitive(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "s") && textutil.StartsUpper(w) &&
		!textutil.HasInnerCapital(w) && !textutil.IsAllUpper(w) && !germanClauseWords[strings.ToLower(w)]
}

// germanTitle reports whether w is, or ends in, a noun for a person's
// office or role, which stands before a name without an article:
// "Gouverneur", "CBN-Sprecherin", "Abgeordneten". English ones that
// German uses ("Manager", "Coach") count.
func germanTitle(w string) bool {
	w = strings.ToLower(w)
	for _, s := range []string{"", "in", "innen", "en", "n", "e", "s"} {
		stem, ok := strings.CutSuffix(w, s)
		if !ok {
			continue
		}
		for _, r := range germanTitles {
			if strings.HasSuffix(stem, r) {
				return true
			}
		}
	}
	return false
}

// openingQuotes and closingQuotes are the marks that open and close a
// quotation in German, English and French text, straight ones in both.
const (
	openingQuotes = "\"„“‚‘»«"
	closingQuotes = "\"“”‘’«»"
)

// quotedPair reports whether the spaced hyphen at m joins the only two
// words inside quotation marks: "„Kreditgeber - Uhr“".
func quotedPair(t string, m [6]int) bool {
	if m[2] == 0 || m[5] >= len(t) {
		return false
	}
	open, _ := utf8.DecodeLastRuneInString(t[:m[2]])
	closing, _ := utf8.DecodeRuneInString(t[m[5]:])
	return strings.ContainsRune(openingQuotes, open) && strings.ContainsRune(closingQuotes, closing)
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
	stem := germanUninflected(right)
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
// of an inflected adjective ("neuen", "ehemalige", "trostlosem",
// "49-jährigen").
func germanAdjective(w string) bool {
	// A number joined to an adjective: "49-jährigen".
	if n, a, ok := strings.Cut(w, "-"); ok && isDigits(n) {
		w = a
	}
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
	germanPrefixes     = textutil.WordSet("anti ex vize co ko neo pseudo semi multi ultra non pro top")
	germanDeterminers  = textutil.WordSet("der die das den dem des ein eine einen einem einer eines im am vom zum zur beim ins ans fürs übers ums aufs durchs unters vors kein keine keinen keinem keiner sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres dieser diese dieses diesem diesen jener jene jenes jenem jenen jede jeder jedes jedem jeden unser unsere unseren unserem unserer euer eure mein meine meinen meinem meiner dein deine deren dessen")
	germanCoordinators = textutil.WordSet("und oder sowie bzw beziehungsweise")
	// germanPrepositions stand before a noun phrase, as an article does.
	germanPrepositions = textutil.WordSet("als mit ohne von bei nach für über unter gegen durch aus seit vor zu auf an in um hinter neben zwischen wegen trotz während laut gemäß dank inklusive einschließlich darunter samt")
	// germanRelatives are the relative pronouns that germanClauseWords
	// leave out.
	germanRelatives = textutil.WordSet("denen deren dessen welche welcher welches welchen welchem")
	// germanVehicles are abbreviations written in lower case after their
	// capital, which compound as acronyms do ("Pkw-Lenker").
	germanVehicles = textutil.WordSet("Pkw Lkw Kfz")
	// germanColours pair in names and coalitions: "Rot-Weiss Essen",
	// "Rot-Grün".
	germanColours = textutil.WordSet("rot weiß weiss grün blau schwarz gelb")
	// germanMediaLabels name what a headline's last part after a dash
	// offers.
	germanMediaLabels = textutil.WordSet("video videos bilder fotos fotostrecke bildergalerie galerie live liveticker ticker newsblog audio podcast interview kommentar analyse update eilmeldung reportage dokumentation trailer rezension kritik test ergebnisse tabelle")
	// germanQuantifiers stand before a noun phrase without an article.
	germanQuantifiers = textutil.WordSet("beiden viele vielen einige einigen mehrere mehreren wenige wenigen andere anderen alle allen manche manchen sämtliche sämtlichen zwei drei vier fünf sechs zehn")
	// germanListStarts introduce a list whose first item may be a compound.
	germanListStarts = textutil.WordSet("darunter einschließlich inklusive samt etwa wie")
	// germanFiniteVerbs are the commonest finite verbs: after a dash they
	// end the subject of a new clause ("in Hochhaus - Anwohnerin muss").
	germanFiniteVerbs = textutil.WordSet("ist war sind waren hat hatte haben hatten wird wurde werden wurden kann konnte können konnten muss musste müssen mussten soll sollte sollen sollten will wollte wollen wollten darf durfte dürfen möchte möchten sei seien wäre wären hätte hätten würde würden gibt gab geht ging gehen kommt kam kommen bleibt blieb steht stand sagt sagte sagten macht machte spielt spielte liegt lag zieht zog gewinnt gewann verliert verlor fordert forderte plant plante droht drohte warnt warnte sucht suchte erhält erhielt bekommt bekam setzt setzte trifft traf siegt siegte feiert feierte bringt brachte zeigt zeigte findet fand läuft lief fällt fiel steigt stieg sinkt sank stirbt starb startet startete beginnt begann endet endete scheitert scheiterte meldet meldete berichtet berichtete heißt hieß kostet kostete braucht brauchte lässt ließ tritt trat nimmt nahm gilt galt weiß wusste glaubt glaubte hofft hoffte")
	// germanTitles are nouns, lower-cased, for an office or role; a
	// compound ends in one before a name ("Bayern-Trainer Tuchel").
	germanTitles = []string{
		"sprecher", "chef", "gouverneur", "governor", "manager", "trainer", "coach", "schauspieler", "abgeordnete", "präsident",
		"minister", "kandidat", "senator", "direktor", "leiter", "vorsitzende", "botschafter", "kommissar", "bürgermeister", "sänger",
		"spieler", "stürmer", "moderator", "berater", "unterstützer", "anwalt", "anwältin", "kapitän", "gründer", "kommandeur",
		"sekretär", "autor", "regisseur", "musiker", "torhüter", "verteidiger", "funktionär", "aktivist", "experte", "expertin",
		"reporter", "journalist", "korrespondent", "pilot", "fahrer", "meteorologe", "forscher", "wissenschaftler", "ökonom", "star",
		"profi", "absteiger", "aufsteiger", "meister", "libero", "neuling", "rivale", "konkurrent", "legende", "boss", "goali", "goalie", "keeper", "torwart", "rätin", "stadtrat", "landrat", "politiker", "diplomat",
		"kanzler", "premier", "ermittler", "staatsanwalt", "fürst", "könig", "königin", "prinz", "prinzessin", "bischof", "richter",
		"oberst"}
	// germanAdverbs end like an inflected adjective but are none.
	germanAdverbs = textutil.WordSet("aber oder immer wieder weder über unter hinter sehr ohne gerne heute gerade bereits ebenfalls jedoch außer seither später früher danke bitte habe sage gebe")
	// germanClauseWords start a clause or stand between clauses; a
	// compound never has one as a part.
	germanClauseWords = textutil.WordSet("die der das den dem des ein eine einen einem einer eines er sie es wir ich man und aber doch denn auch so dann da als wie wenn was wer nicht noch nur mit für bei in im am auf aus nach vor von zu zum zur um an ab seit bis dass weil ob hier dort heute jetzt mehr alle viele diese dieser dieses ihr ihre sein seine unser unsere kein keine trotzdem damit dabei danach deshalb zudem außerdem oder sondern")
)
