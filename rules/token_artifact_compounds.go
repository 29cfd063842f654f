package rules

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// englishCompounds is the list of English words written with a hyphen
// ("well-being", "hard-line", "space-time"), sorted, one a line, generated
// from WordNet 3.0 by gen_compounds.go. It is embedded as it is searched,
// one string bisected in place, so that loading it costs nothing.
//
//go:generate go run gen_compounds.go
//go:embed data/compounds/en.txt
var englishCompounds string

// englishNewsCompounds adds, sorted the same way, compounds frequent in
// news that WordNet does not list ("in-depth", "state-run",
// "high-profile"); it is written by hand.
//
//go:embed data/compounds/en-news.txt
var englishNewsCompounds string

// isEnglishCompound reports whether w, lower case, is an English compound
// written with a hyphen.
func isEnglishCompound(w string) bool {
	return sortedHas(englishCompounds, w) || sortedHas(englishNewsCompounds, w)
}

// sortedHas reports whether w is a line of s, whose lines are sorted in
// byte order. The search bisects the text itself: lo and hi are always the
// start of a line (or the end).
func sortedHas(s, w string) bool {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(s[lo:mid], '\n') + 1
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		switch c := strings.Compare(s[start:end], w); {
		case c == 0:
			return true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// listedCompound reports whether the words either side of the spaced
// hyphen at m, with the next part when a further hyphen follows ("well -
// to - do", "state - of-the-art"), are an English compound of the list:
// "well - being", "hard - line". The words are lower case, the first may be
// capitalised at the start of a sentence. A second part that starts a
// clause ("cut - in the end") marks a dash.
func listedCompound(t string, m [6]int) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	if !asciiLetters(right) || right != strings.ToLower(right) || clauseWords[right] || !asciiLetters(left) {
		return false
	}
	if left != strings.ToLower(left) {
		if textutil.HasInnerCapital(left) || !sentenceStart(t[:m[2]]) {
			return false
		}
		left = strings.ToLower(left)
	}
	// A word that also ends a clause, after a verb that makes it the
	// clause's last word, stands before a dash: "prices were high - tech
	// stocks fell".
	if softPrefixes[left] && linkingVerbs[strings.ToLower(lastWordOf(t[:m[2]]))] {
		return false
	}
	// A particle before a preposition or an article ("time - out of
	// breath", "work - off the coast") starts a phrase after a dash; before
	// "and" it ends a compound ("one - off and technical factors").
	if w := firstWordOf(strings.TrimLeft(t[m[5]:], " ")); particles[right] && clauseWords[w] && w != "and" && w != "or" && w != "but" {
		return false
	}
	key := left + "-" + right
	// A third part, spaced or not, belongs to the same compound.
	rest := t[m[5]:]
	for _, sep := range []string{" - ", "-"} {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			if next := firstWordOf(after); next != "" && isEnglishCompound(key+"-"+next) {
				return true
			}
		}
	}
	return isEnglishCompound(key)
}

// particles end phrasal compounds ("set-up", "time-out") and start a
// phrase after a dash ("out of", "up to").
var particles = textutil.WordSet("out up off down away back about around along")

// linkingVerbs join a subject to the adjective that ends a clause ("prices
// were high").
var linkingVerbs = textutil.WordSet("is are was were be been being am seem seems seemed remain remains remained stay stays stayed become becomes became get gets got grow grows grew run runs ran")

// lastWordOf returns the last word of before, spaces after it ignored.
func lastWordOf(before string) string {
	before = strings.TrimRight(before, " ")
	return before[strings.LastIndexAny(before, " \t\n")+1:]
}

// sentenceStart reports whether before, the text in front of a word, ends
// a sentence or is empty: the word starts a sentence.
func sentenceStart(before string) bool {
	before = strings.TrimRight(before, " ")
	if before == "" {
		return true
	}
	before = strings.TrimRight(before, "\"'“‘")
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?", r) && !abbreviationEnd(before)
}

// abbreviationEnd reports whether the word that ends before (with its end
// mark) is an abbreviation of one letter or with dots inside ("J.",
// "U.S."), after which a capital starts a name, not a sentence.
func abbreviationEnd(before string) bool {
	w := before[strings.LastIndexAny(before, " \t\n")+1:]
	return utf8.RuneCountInString(strings.TrimRight(w, ".!?")) <= 1 || strings.Contains(strings.TrimRight(w, "."), ".")
}

// relationNouns name what joins two countries, parties or teams: "the
// China - Philippines relations", "US - Fiji defence talks". Before one of
// them, a pair of names joined by a spaced hyphen is one compound.
var relationNouns = textutil.WordSet(`relations relationship ties talks dialogue negotiations summit border borders
trade war conflict dispute tensions rivalry friendship partnership cooperation co-operation alliance agreement
deal treaty pact accord exchanges match game final derby clash fixture railway pipeline corridor highway flights
defence defense security`)

// namePair reports whether the spaced hyphen at m joins two names or
// acronyms before a noun that names a relation between them ("China -
// Philippines relations", "the US - Fiji defence talks"), or after "the"
// before a further capitalised word, the whole a name ("the FPT - UBD
// Global Center", "the Vietnam - Laos Friendship Association"), in a
// paragraph that ends as a sentence. A pair at the start of a paragraph is
// left alone: a dateline ends there with a dash ("Hanoi - China trade
// grew"), and so does a headline's first part.
func namePair(t string, m [6]int, next string) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	if m[2] < 2 || t[m[2]-1] != ' ' || m[5] >= len(t) || t[m[5]] != ' ' {
		return false
	}
	before := strings.TrimRight(t[:m[2]], " ")
	if !textutil.HasLetter(before) || strings.ContainsRune(":)", lastRuneOf(before)) {
		return false
	}
	name := func(w string) bool {
		return asciiLetters(w) && textutil.StartsUpper(w) && (textutil.IsAllUpper(w) && len(w) >= 2 && len(w) <= 5 ||
			len(w) >= 3 && !textutil.HasInnerCapital(w) && !clauseWords[strings.ToLower(w)])
	}
	if !name(left) || !name(right) {
		return false
	}
	if relationNouns[next] {
		return true
	}
	// A title runs on in capitals after its parts' dash ("The Stage - London
	// Theatre Reviews"): only "the" inside a sentence counts.
	end := lastRuneOf(strings.TrimRight(t, " \t\n"))
	return lastWordOf(before) == "the" && strings.ContainsRune(".!?\"”)", end) &&
		textutil.StartsUpper(next) && !textutil.IsAllUpper(next) && !clauseWords[strings.ToLower(next)]
}

// pairNouns name the two sides of a relation, which English joins with a
// hyphen before a noun: "the father-daughter bond", "doctor-patient
// trust", "supply-demand gap".
var pairNouns = textutil.WordSet(`father mother son daughter parent child brother sister husband wife grandfather grandmother
grandson granddaughter uncle aunt nephew niece teacher student pupil doctor patient employer employee
buyer seller landlord tenant supplier customer producer consumer supply demand`)

// rolePair reports whether left and right are two different nouns of a
// pair of roles ("father - daughter", "supply - demand").
func rolePair(left, right string) bool {
	return left != right && pairNouns[left] && pairNouns[right]
}

// englishHyphenNames are well-known names written with a hyphen, one a
// line, with the words of the name before the hyphenated one
// ("Agence France-Presse").
//
//go:embed data/compounds/en-names.txt
var englishHyphenNames string

// hyphenatedName reports whether the spaced hyphen at m splits a name of
// englishHyphenNames: "Agence France - Presse", "Jean - Claude Juncker".
// The list is short and searched only for two capitalised words.
func hyphenatedName(t string, m [6]int) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	if !textutil.StartsUpper(left) || !textutil.StartsUpper(right) {
		return false
	}
	key := left + "-" + right
	// A German genitive: "Baden - Württembergs Schulen".
	genitive := key
	if g, ok := strings.CutSuffix(key, "s"); ok {
		genitive = g
	}
	before := strings.TrimRight(t[:m[2]], " ")
	for rest := englishHyphenNames; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		head, ok := strings.CutSuffix(line, key)
		if !ok {
			head, ok = strings.CutSuffix(line, genitive)
		}
		if !ok || head != "" && !strings.HasSuffix(head, " ") {
			continue
		}
		if head = strings.TrimRight(head, " "); head == "" {
			return true
		}
		if strings.HasSuffix(before, head) && (len(before) == len(head) || !isWordRune(lastRuneOf(before[:len(before)-len(head)]))) {
			return true
		}
	}
	return false
}

// usPartyState reports whether the spaced hyphen at m stands between a US
// party's letter and a state: its postal code in brackets ("(R - GA)",
// "(D - NY)") or the abbreviation news style gives it, with its period,
// after a bracket or a comma ("(D - Calif.)", "Mike Johnson, R - La.,").
func usPartyState(t string, m [6]int) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	if len(left) != 1 || !strings.Contains("RDI", left) || m[2] == 0 || m[5] >= len(t) {
		return false
	}
	switch {
	case t[m[2]-1] == '(' && t[m[5]] == ')':
		return usStates[right]
	case t[m[5]] == '.' && (t[m[2]-1] == '(' || strings.HasSuffix(t[:m[2]], ", ")):
		return usStateAbbreviations[right]
	}
	return false
}

// usStates are the postal codes of US states and the capital's district.
var usStates = textutil.WordSet("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC")

// usStateAbbreviations are the states' abbreviations of news style that end
// in a period ("Calif.", "La."); the states written in full and those
// abbreviated with inner periods ("N.Y.") are left out.
var usStateAbbreviations = textutil.WordSet("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo")
