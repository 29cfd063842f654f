package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// EntityMismatch reports acronyms, codes and names of a unit's source that
// its target lacks.
var EntityMismatch = &checker.Rule{
	ID:    "entity-mismatch",
	Title: "an acronym, code or name of the source missing in the target",
	Doc: `Compares each unit's source with its target and reports acronyms (NATO,
OSCE), codes (F-16, S-400, A320, COVID-19) and names (Lavrov, Macron) of the
source that the target lacks: MT drops and garbles exactly these.

The comparison is forgiving where translation legitimately changes the form:
Cyrillic is transliterated (Лавров = Lavrov, С-400 = S-400), accents and the
usual spelling differences between romanisations are ignored (Selenskyj =
Zelensky), inflection endings of up to three letters are allowed on either
side (Putins, Лаврова), hyphens in codes are ignored (F16 = F-16), and a
table knows the translated forms of common acronyms and place names (NATO =
OTAN, EU = UE = ЕС, UN = ONU = ООН, USA = États-Unis, Moscow = Moskau = Москва,
rules/data/entity/equivalents.txt).

Names are looked for only where capitals mark them: capitalised words inside
a sentence in English, French, Spanish, Italian, Russian and Ukrainian sources,
minus the source language's common words and a list of capitalised words that
translations translate (titles, institutions, days, demonyms). German
capitalises every noun, so a German source yields only acronyms, codes and
names with an inner capital (AfD, McAllister). Title-case headlines and
all-capital text yield no names; a run of names ("Olaf Scholz") is found when
any of its words is. In software strings (PO, XLIFF) capitalised words are the
words of Title Case labels ("Enter Backup Code"), not names: only acronyms, codes,
names with an inner capital (OAuth, WebAuthn) and the table's acronyms are compared
there, and lists of unit symbols ("kilobyte,kilobytes,kB") are left alone. A code is found next to Chinese or Japanese letters and inside brackets
("ISBN-10コード", "(OAuth2)"); a code whose letters the target keeps with other
digits ("ISBN-11") is number-mismatch's. An acronym is taken as translated when
the target holds a capitalised word the source lacks ("ENTRÉE" for "ENTER", "И-НЕ"
for "NAND"), and a country is not required where the example around it was
localised ("+1 for the US" as "+49 für Deutschland"). Numbers are left to
number-mismatch. The finding covers the target and names what is missing.`,
	Bad:           "Die Ukraine erhält weitere F-16.\tUkraine is getting more fighter jets.",
	Good:          "Die Ukraine erhält weitere F-16.\tUkraine is getting more F-16s.",
	ExampleFormat: textdoc.FormatTSV,
	Severity:      checker.Warning,
	Check:         checkEntityMismatch,
}

// nameLanguages are the source languages in which a capital inside a sentence
// marks a name.
var nameLanguages = map[string]bool{"en": true, "fr": true, "es": true, "it": true, "ru": true, "uk": true}

// acronymSkip are acronyms that translations routinely drop or expand.
var acronymSkip = map[string]bool{
	"TV": true, "OK": true, "CEO": true, "PC": true, "ID": true, "PR": true, "AM": true, "PM": true,
	"GMT": true, "UTC": true, "CET": true, "MEZ": true, "VIP": true, "DJ": true, "PS": true, "CV": true,
	"FAQ": true, "USB": true, "SMS": true, "GPS": true, "LGBT": true, "LGBTQ": true,
	"UI": true, // translated as a word ("Benutzeroberfläche", "interface")
}

var romanNumeral = regexp.MustCompile(`^[IVXLCDM]+$`)

// sourceEntity is one thing of the source the target should carry: the text
// as written, and how to find it.
type sourceEntity struct {
	text  string
	code  string         // folded code ("f16"), for codes
	group *entityGroup   // for table entities
	alts  []*entityGroup // other table entities of the same form ("GB")
	names []string       // folded words of a name run: one found is enough
}

// entityToken is a run of letters, digits and inner hyphens in a text.
type entityToken struct {
	text       string
	start, end int
	initial    bool // first word of a sentence, or after an opening quote or colon
}

func checkEntityMismatch(p *checker.Pass) error {
	if !p.Doc.Bilingual() {
		return nil
	}
	data := entityData()
	srcLang := baseLang(p.Doc.SourceLang)
	// Targets in a script without Latin or Cyrillic letters (Chinese,
	// Japanese, Arabic...) write names in their own script ("Geneva" is
	// 日内瓦): only codes such as F-16 can be compared there.
	codesOnly := p.Locale.NoWordSpaces || !latinOrCyrillic(p.Doc.Lang)
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		if nameList(u.Source.Text) {
			continue // unit symbols and names localised one by one ("Mo" for "MB")
		}
		ents := sourceEntities(u.Source, srcLang, data, !softwareStrings(p.Doc))
		if softwareStrings(p.Doc) {
			// "South African Rand", "Norwegian Krone": the table's places
			// and demonyms are Title Case words of labels here; its
			// acronyms (NATO = OTAN) still count.
			ents = slices.DeleteFunc(ents, func(e sourceEntity) bool { return e.group != nil && !isAcronym(e.text) })
		}
		if localisedCallingCode(u.Source.Text, u.Target.Text) {
			// "+1 for the US" as "+49 für Deutschland": the example was
			// localised, country and all.
			ents = slices.DeleteFunc(ents, func(e sourceEntity) bool { return e.group != nil })
		}
		if codesOnly {
			ents = slices.DeleteFunc(ents, func(e sourceEntity) bool { return e.code == "" })
		}
		if len(ents) == 0 {
			continue
		}
		needCodes, needWords := false, false
		for _, e := range ents {
			needCodes = needCodes || e.code != ""
			needWords = needWords || e.code == ""
		}
		tgt := targetWords(u.Target.Text, needCodes, needWords)
		var missing []string
		for _, e := range ents {
			if !entityFound(e, tgt) && !(isAcronym(e.text) && translatedCapitals(u.Source.Text, u.Target.Text, min(3, utf8.RuneCountInString(e.text)))) &&
				!(e.code != "" && codeRenumbered(e.text, u.Source.Text, u.Target.Text)) {
				missing = append(missing, strconv.Quote(e.text))
			}
		}
		if len(missing) == 0 {
			continue
		}
		p.Report(u.Target, proseSpan(u.Target),
			fmt.Sprintf("the target lacks %s from the source", joinAnd(missing)), "")
	}
	return nil
}

// latinOrCyrillic reports whether lang is written in Latin or Cyrillic
// script, where names are spelt or transliterated letter for letter; an
// unknown language counts as such.
func latinOrCyrillic(lang string) bool {
	switch baseLang(lang) {
	case "zh", "ja", "ko", "ar", "fa", "he", "el", "hi", "th", "ka", "hy", "am", "bn", "ta", "ur":
		return false
	}
	return true
}

// targetWords holds a target's words in the forms entities are compared in.
type targetWordSet struct {
	folded  []string // foldName of each word, in order (for names and table forms)
	compact []string // each white-space field, transliterated, letters and digits only (codes, "U.S.")
}

// targetWords builds the forms of text that codes (codes) and names and
// table entities (words) are looked up in; each only when asked for.
func targetWords(text string, codes, words bool) targetWordSet {
	var t targetWordSet
	if words {
		for _, tok := range termTokens(text) {
			t.folded = append(t.folded, foldName(tok.word))
		}
	}
	// Brackets, quotation marks and letters of scripts without capitals
	// end a code as white space does: "(OAuth1)", "ISBN-10コード".
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("()[]{}「」『』（）【】\"«»“”„", r) ||
			unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
	})
	for i, f := range fields {
		c := compactCode(f)
		if c == "" {
			continue
		}
		if words && strings.ContainsAny(f, ".") {
			t.folded = append(t.folded, foldName(c)) // "U.S." as "us"
		}
		if !codes || !hasDigit(c) && (i+1 >= len(fields) || !hasDigit(fields[i+1])) {
			continue
		}
		t.compact = append(t.compact, c)
		if i+1 < len(fields) {
			// "1700 MW" for "1700MW", "F 16" for "F-16".
			t.compact = append(t.compact, c+compactCode(fields[i+1]))
		}
	}
	return t
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// compactCode transliterates s and keeps only its letters and digits:
// "F-16" -> "f16", "С-400" -> "s400", "U.S." -> "us".
func compactCode(s string) string {
	var b strings.Builder
	for _, r := range textdoc.Transliterate(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func entityFound(e sourceEntity, t targetWordSet) bool {
	switch {
	case e.code != "":
		for _, c := range t.compact {
			// "f16" in "f16s", "f16kampfjets", but not in "f160".
			for i := strings.Index(c, e.code); i >= 0; {
				before, _ := utf8.DecodeLastRuneInString(c[:i])
				after, _ := utf8.DecodeRuneInString(c[i+len(e.code):])
				if (i == 0 || !unicode.IsDigit(before) && !unicode.IsLetter(before)) && !unicode.IsDigit(after) {
					return true
				}
				j := strings.Index(c[i+1:], e.code)
				if j < 0 {
					break
				}
				i += 1 + j
			}
		}
		return false
	case e.group != nil:
		if e.group.foundIn(t.folded) {
			return true
		}
		for _, g := range e.alts {
			if g.foundIn(t.folded) {
				return true
			}
		}
		return false
	}
	for _, n := range e.names {
		for _, w := range t.folded {
			if similarName(n, w) {
				return true
			}
		}
	}
	return false
}

// sourceEntities lists the acronyms, codes and names of a source block that
// its translation should carry, each once.
//
// Without withNames only acronyms, codes, names with an inner capital and
// table entities are listed: in software strings capitalised words are the
// words of Title Case labels ("Enter Device Code"), not names.
func sourceEntities(b *textdoc.Block, lang string, data *entityTables, withNames bool) []sourceEntity {
	toks := entityTokens(b)
	shouting := mostlyUpper(b.Text)
	lexicon := map[string]bool(nil)
	if l := dropCapWords().lang(lang); l != nil {
		lexicon = l.words
	}
	names := withNames && nameLanguages[lang] && !titleCase(toks, lexicon)
	common := data.common[lang]
	var out []sourceEntity
	seen := map[string]bool{}
	add := func(e sourceEntity, key string) {
		if !seen[key] {
			seen[key] = true
			out = append(out, e)
		}
	}
	var run []entityToken // the current run of names
	flush := func() {
		// In Latin script a lone capitalised word is too often a common
		// noun of a named thing ("the Channel", "the Constitution"); a run
		// of two or more ("Annalena Baerbock") is a person's name. Russian
		// and Ukrainian capitalise names only.
		if len(run) == 0 || len(run) == 1 && (!isCyrillic(run[0].text) || cyrillicAdjective(run[0].text)) {
			run = run[:0]
			return
		}
		e := sourceEntity{text: b.Text[run[0].start:run[len(run)-1].end]}
		for _, r := range run {
			e.names = append(e.names, foldName(r.text))
			if stem := cyrillicStem(r.text); stem != r.text {
				e.names = append(e.names, foldName(stem))
			}
		}
		add(e, "n:"+strings.Join(e.names, " "))
		run = run[:0]
	}
	for i, tok := range toks {
		parts := strings.FieldsFunc(tok.text, isHyphen)
		isName := false
		for j := 0; j < len(parts); j++ {
			part := parts[j]
			// A code: "A320", "MH17", "5G", or letters and digits split by a
			// hyphen ("F-16", "S-400", "COVID-19", "Су-35").
			if j+1 < len(parts) && isCodeLetters(part) && entityLeadingDigit(parts[j+1]) {
				code := part + "-" + parts[j+1]
				add(sourceEntity{text: code, code: compactCode(code)}, "c:"+compactCode(code))
				j++
				continue
			}
			if isCode(part) {
				add(sourceEntity{text: part, code: compactCode(part)}, "c:"+compactCode(part))
				continue
			}
			if !textutil.HasLetter(part) || !textutil.StartsUpper(part) {
				continue
			}
			lower := strings.ToLower(part)
			folded := foldName(part)
			if g := data.lookup(part, folded); g != nil && (isAcronym(part) || !tok.initial || !lexicon[lower]) {
				add(sourceEntity{text: part, group: g, alts: data.alternatives[folded]}, "g:"+g.label)
				continue
			}
			if isAcronym(part) {
				// A word in capitals for emphasis ("NOT", "NEW") is no acronym.
				if !shouting && !acronymSkip[part] && !lexicon[lower] && !romanNumeral.MatchString(part) && !isCyrillic(part) {
					add(sourceEntity{text: part, names: []string{folded}}, "a:"+folded)
				}
				continue
			}
			if shouting || utf8.RuneCountInString(part) < 3 || !textutil.HasLower(part) {
				continue
			}
			if textutil.HasInnerCapital(part) {
				add(sourceEntity{text: part, names: []string{folded}}, "n:"+folded)
				continue
			}
			if names && !tok.initial && !lexicon[lower] && !common[lower] && len(parts) == 1 && !commonNounEnding(lower) {
				isName = true
			}
		}
		if isName {
			if len(run) > 0 && !adjacent(b.Text, toks[i-1], tok) {
				flush()
			}
			run = append(run, tok)
		} else {
			flush()
		}
	}
	flush()
	return out
}

// entityTokens splits a block's text into runs of letters, digits, marks and
// inner hyphens, and marks the ones that open a sentence or a quotation.
func entityTokens(b *textdoc.Block) []entityToken {
	var out []entityToken
	text := b.Text
	start := -1
	// Letters of scripts without capitals (Han, kana, Arabic...) end a token:
	// "Bard回答" is the name "Bard" and Chinese text.
	wordRune := func(r rune) bool {
		return unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek) || unicode.IsDigit(r) ||
			unicode.Is(unicode.Mn, r) || isHyphen(r)
	}
	emit := func(s, e int) {
		// Trim hyphens at the ends ("-" as a dash, "Nato-" in "Nato- und").
		for s < e && isHyphen(rune(text[s])) {
			s++
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !isHyphen(r) {
				break
			}
			e -= n
		}
		if s < e {
			out = append(out, entityToken{text: text[s:e], start: s, end: e, initial: opensSentence(b, s)})
		}
	}
	for i, r := range text {
		switch {
		case wordRune(r) && start < 0:
			start = i
		case !wordRune(r) && start >= 0:
			emit(start, i)
			start = -1
		}
	}
	if start >= 0 {
		emit(start, len(text))
	}
	return out
}

// opensSentence reports whether the word at off is the first of its
// sentence, or follows an opening quotation mark, bracket, dash or colon.
func opensSentence(b *textdoc.Block, off int) bool {
	s := b.SentenceAt(off)
	if s.End <= s.Start {
		s.Start = 0
	}
	if !hasLetterOrDigit(b.Text[min(s.Start, off):off]) {
		return true
	}
	prev := strings.TrimRightFunc(b.Text[:off], unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(prev)
	return strings.ContainsRune(`:"«»„“”‚‘'(—–`, r)
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// adjacent reports whether two tokens are separated by white space only.
func adjacent(text string, a, b entityToken) bool {
	return strings.TrimSpace(text[a.end:b.start]) == ""
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func entityLeadingDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// isAcronym reports whether s is two to six capital letters.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// isCodeLetters reports whether s can be the letter part of a hyphenated
// code: one to three letters, the first a capital ("F", "S", "Su", "COVID").
func isCodeLetters(s string) bool {
	if !textutil.StartsUpper(s) {
		return false
	}
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n <= 3 || isAcronym(s)
}

// isCode reports whether s mixes letters and digits like a model or flight
// number ("A320", "MH17", "G7", "5G"), not like an ordinal or a unit ("19th",
// "10km", "3-й"): it starts with a capital, or all its letters are capitals.
func isCode(s string) bool {
	letters, digits, upper := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		default:
			return false
		}
	}
	return letters > 0 && digits > 0 && (textutil.StartsUpper(s) || upper == letters)
}

func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// mostlyUpper reports whether text is written mostly in capitals (a shouted
// headline), where capitals mark nothing.
func mostlyUpper(text string) bool {
	letters, upper := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 12 && upper*10 > letters*6
}

// titleCase reports whether a segment is written in title case, as English
// headlines are ("Police Arrest Fifteen After Violent Protest"): its common
// words inside the sentences are mostly capitalised, or it has no lower-case
// word of three letters or more but several capitalised ones.
func titleCase(toks []entityToken, lexicon map[string]bool) bool {
	common, commonCapital, lower, capital := 0, 0, 0, 0
	for _, t := range toks {
		if t.initial || !textutil.HasLetter(t.text) {
			continue
		}
		up := textutil.StartsUpper(t.text)
		if up {
			capital++
		} else if utf8.RuneCountInString(t.text) >= 3 {
			lower++
		}
		if lexicon[strings.ToLower(t.text)] {
			common++
			if up {
				commonCapital++
			}
		}
	}
	return commonCapital >= 2 && commonCapital*2 > common || lower == 0 && capital >= 3
}

// commonNounEndings are English, French, Spanish and Italian endings of
// common nouns and adjectives, which names rarely have: a capitalised word
// ending so is part of a named thing that translations translate ("Indoor
// Championships", "Founding Fathers", "Monetary Fund").
var commonNounEndings = []string{
	"ship", "ships", "tion", "tions", "ment", "ments", "ness", "ity", "ities", "ance", "ence", "ism", "ists",
	"ing", "ings", "ers", "ed", "ary", "ory", "ery", "ous", "ive", "ful", "less", "ical", "ics",
	"ción", "ciones", "zione", "zioni", "mente", "ité", "eur", "eurs",
}

func commonNounEnding(lower string) bool {
	for _, e := range commonNounEndings {
		if strings.HasSuffix(lower, e) && utf8.RuneCountInString(lower) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// cyrillicCaseEndings are Russian and Ukrainian case endings of names,
// longest first.
var cyrillicCaseEndings = []string{
	"ого", "его", "ому", "ему", "ыми", "ими", "ові", "еві",
	"ым", "им", "ом", "ем", "ой", "ей", "ую", "юю", "ая", "яя", "ах", "ях", "ам", "ям", "ою", "ею",
	"а", "я", "у", "ю", "е", "ы", "и", "і", "ї",
}

// cyrillicAdjectiveEndings are the endings of Russian and Ukrainian
// adjectives. A lone capitalised adjective starts a proper name whose words
// are translated ("Красной площади" is Red Square, "Белый дом" the White
// House), so it is no name to look for; surnames of that shape (Толстой) are
// missed, which precision allows.
var cyrillicAdjectiveEndings = []string{"ая", "яя", "ое", "ее", "ой", "ый", "ий", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ыми", "ими", "ых", "их", "ім", "ій", "ої"}

// cyrillicAdjective reports whether a Cyrillic word has an adjective ending.
func cyrillicAdjective(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range cyrillicAdjectiveEndings {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// cyrillicStem strips a case ending from a Cyrillic name ("Байденом" ->
// "Байден", "Лаврова" -> "Лавров"), keeping at least three letters; other
// words are returned unchanged. The transliterated stem then meets the
// target's spelling ("Biden") within similarName's tolerance.
func cyrillicStem(w string) string {
	if !isCyrillic(w) {
		return w
	}
	lw := strings.ToLower(w)
	for _, e := range cyrillicCaseEndings {
		if strings.HasSuffix(lw, e) && utf8.RuneCountInString(lw)-utf8.RuneCountInString(e) >= 3 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// translatedCapitals reports whether target holds a word in capitals of
// minLen letters or more that source does not: a key or label name written in capitals was translated
// ("ENTER" as "ENTRÉE"), so a source acronym missing from the target may
// be that word.
func translatedCapitals(source, target string, minLen int) bool {
	src := map[string]bool{}
	for _, f := range strings.FieldsFunc(source, func(r rune) bool { return !unicode.IsLetter(r) }) {
		src[f] = true
	}
	// A hyphen joins the parts of one capitalised term ("И-НЕ" for "NAND").
	for _, f := range strings.FieldsFunc(target, func(r rune) bool { return !unicode.IsLetter(r) && !isHyphen(r) }) {
		f = strings.TrimFunc(f, isHyphen)
		letters := strings.Map(func(r rune) rune {
			if isHyphen(r) {
				return -1
			}
			return r
		}, f)
		if utf8.RuneCountInString(f) >= minLen && !src[f] && textutil.IsAllUpper(letters) {
			return true
		}
	}
	return false
}

// codeRenumbered reports whether the target keeps the letters of the
// source code with other digits ("ISBN-11" for "ISBN-10"):
// number-mismatch reports that as a changed number.
func codeRenumbered(code, source, target string) bool {
	codes := findCodes(code)
	if len(codes) == 0 {
		return false
	}
	return changedCode(strings.ToLower(codes[0].letters(code)), codeDigits(source), codeDigits(target)) != ""
}
