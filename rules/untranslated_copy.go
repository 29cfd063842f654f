package rules

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// copySimilarity is the similarity (1 - edit distance / length, in runes) at
// which a target counts as a copy of its source: a copy with a changed
// number, a fixed typo or different quotation marks is still a copy.
const copySimilarity = 0.9

// copyCognateWords is the longest target, in words, that may equal its source
// between closely related languages ("Hotel Central", "Banco Santander SA").
const copyCognateWords = 4

// reportCopiedSources reports units whose target is its source, copied
// unchanged or nearly so: the unit was left untranslated. It is part of the
// untranslated rule, and returns the targets it judged: those it reported,
// and in software strings the exact copies it kept as deliberate (a name, a
// list of unit symbols) and the translators' credits, about which language
// detection has nothing to add.
//
// Left alone: targets without prose (numbers, codes, URLs, e-mail addresses),
// units of one or two words (names, brands, "OK", "Radio", "Internet" are
// the same in many languages) and targets whose words are all capitalised
// (names and titles: "Deutsche Bank", "Frank-Walter Steinmeier") unless, in
// software strings, the file translates their words elsewhere; short targets
// between closely related languages (Spanish and Portuguese, German and
// Dutch, Russian and Ukrainian), and documents whose source and target
// language are the same.
func reportCopiedSources(p *checker.Pass) map[*textdoc.Block]bool {
	copies := map[*textdoc.Block]bool{}
	src, tgt := p.Doc.SourceLang, p.Doc.Lang
	if src != "" && tgt != "" && baseLang(src) == baseLang(tgt) {
		return copies // a locale variant (en-GB -> en-US): copies are expected
	}
	related := closelyRelated(src, tgt)
	software := softwareStrings(p.Doc)
	otherScript := !latinScriptLang(tgt) && latinScriptLang(src)
	var uses map[string]*termUse // built when a short copy needs it
	var lowerInSource, namedInSource map[string]bool
	// loadTerms reads what the file's other units keep: all of them, not a
	// window's (Document.Memo).
	loadTerms := func() {
		if uses == nil {
			f := p.Doc.Memo("untranslated.fileTerms."+tgt, func(d *textdoc.Document) any { return newFileTerms(d.Units, tgt) }).(fileTerms)
			uses, lowerInSource, namedInSource = f.uses, f.lowerInSource, f.namedInSource
		}
	}
	dmp := diffmatchpatch.New()
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		if creditsUnit(u) {
			copies[u.Target] = true // names and addresses, in no language
			continue
		}
		s, t := strings.TrimSpace(u.Source.Text), strings.TrimSpace(u.Target.Text)
		if software && strings.EqualFold(s, t) {
			copies[u.Target] = true // judged here, reported or kept on purpose
		}
		words := proseWords(maskPlaceholders(t)) // the "s" of "%s" is no word
		switch {
		case nameList(t):
			continue // "Pound per Square Inch,psi": a program's list of unit names
		case words >= 3 && !(related && words <= copyCognateWords):
			if !nearCopy(dmp, s, t) || s != t && addsFunctionWords(s, t, src, tgt) {
				continue
			}
		case software && strings.EqualFold(s, t) && !hasAcronym(t) && !identifier(t):
			// A label of a word or two ("Password", "New Password") is the
			// same in many languages ("Browser", "Code", "WebAuthn"): it
			// counts as left untranslated when the file translates its
			// words elsewhere and keeps them less often.
			loadTerms()
			// In a language of another script, a Latin label the file
			// keeps nowhere else was left, not borrowed; so is one made of
			// common English words ("Continue", "Warning:"), which no
			// Russian or Japanese interface borrows as they are.
			if !translatedElsewhere(t, tgt, uses, lowerInSource) && !(otherScript && keptNowhere(t, uses)) &&
				!(otherScript && baseLang(src) == "en" && commonEnglishLabel(t, uses, lowerInSource, namedInSource)) &&
				!(!otherScript && s == t && baseLang(src) == "en" && englishPhraseLabel(t, tgt, uses, lowerInSource, namedInSource)) &&
				!sourceFunctionWord(t, src, tgt) {
				continue
			}
		case software && otherScript && baseLang(src) == "en" && strings.EqualFold(s, t) && !identifier(t):
			// A label with an acronym ("IP Address") in another script is
			// left untranslated when its other words are common English
			// ones: an acronym alone ("MFA") is kept on purpose.
			loadTerms()
			if !commonEnglishLabel(t, uses, lowerInSource, namedInSource) {
				continue
			}
		default:
			continue
		}
		p.ReportSeverity(u.Target, proseSpan(u.Target), checker.Error,
			"target copies its source: the unit was left untranslated", "translate the text")
		copies[u.Target] = true
	}
	return copies
}

// fileTerms is what reportCopiedSources reads of all a file's units.
type fileTerms struct {
	uses                         map[string]*termUse
	lowerInSource, namedInSource map[string]bool
}

func newFileTerms(units []*textdoc.Unit, lang string) fileTerms {
	f := fileTerms{uses: termUses(units, lang)}
	f.lowerInSource, f.namedInSource = sourceWordCase(units)
	return f
}

// termUse counts the units of a file whose source holds a word and whose
// target kept it or not.
type termUse struct {
	kept, translated int
	// keptCapital and keptLower count the units whose target has the
	// word inside a sentence (not first), capitalised or in lower case: a
	// German translation borrows "Client", not "client".
	keptCapital, keptLower int
}

// termUses counts, for every word of three letters or more in the sources
// of units, how often the file's translations keep it and how often they
// do not. Units whose target is their source are left out: they show
// nothing about how the file translates. Placeholders and addresses are no
// words ("created" in "%(created_at)s"). A word is kept when the target
// has it as a word of its own, or, in a language that writes compounds as
// one word, inside one ("Browserfenster"); elsewhere also with an ending of
// number or gender ("octale", "sources"), which the bare word takes only
// if it is a word of the language. A target word that merely starts with
// it is a cognate of another form, a translation ("confirmar" for
// "confirm").
func termUses(units []*textdoc.Unit, lang string) map[string]*termUse {
	compounds := compoundingLangs[baseLang(lang)]
	uses := map[string]*termUse{}
	for _, u := range units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		s, t := strings.ToLower(maskMarkup(u.Source.Text)), strings.ToLower(maskMarkup(u.Target.Text))
		if strings.TrimSpace(s) == strings.TrimSpace(t) {
			continue
		}
		targetWords := map[string]bool{}
		for _, w := range strings.FieldsFunc(t, notLetter) {
			targetWords[w] = true
			if compounds {
				continue
			}
			for _, end := range agreementEndings {
				if stem, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(stem) >= 3 {
					targetWords[stem] = true
				}
			}
		}
		capital, lower := midSentenceCase(maskMarkup(u.Target.Text))
		seen := map[string]bool{}
		for _, w := range strings.FieldsFunc(s, notLetter) {
			if seen[w] || utf8.RuneCountInString(w) < 3 {
				continue
			}
			seen[w] = true
			use := uses[w]
			if use == nil {
				use = &termUse{}
				uses[w] = use
			}
			if !(compounds && strings.Contains(t, w) || targetWords[w]) {
				use.translated++
				continue
			}
			use.kept++
			if capital[w] {
				use.keptCapital++
			}
			if lower[w] {
				use.keptLower++
			}
		}
	}
	return uses
}

// midSentenceCase returns, in lower case, the words of text that stand
// inside a sentence, after another word, capitalised and in lower case.
func midSentenceCase(text string) (capital, lower map[string]bool) {
	capital, lower = map[string]bool{}, map[string]bool{}
	inside := false // a word came before in the same sentence
	start := -1
	for i, r := range text + " " {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := text[start:i]
			if inside {
				if textutil.StartsUpper(w) {
					if !textutil.IsAllUpper(w) {
						capital[strings.ToLower(w)] = true
					}
				} else {
					lower[w] = true
				}
			}
			inside, start = true, -1
		}
		if strings.ContainsRune(".!?:;\n", r) {
			inside = false
		}
	}
	return capital, lower
}

// compoundingLangs are the languages that write a compound as one word, so
// that a borrowed term may stand inside a longer word ("Anmeldecode").
var compoundingLangs = map[string]bool{"de": true, "nl": true, "sv": true, "da": true, "nb": true, "nn": true, "no": true, "is": true, "fi": true, "et": true, "hu": true, "af": true, "lb": true}

// agreementEndings are the endings of number and gender that Romance
// languages add to a word, borrowed or not ("octal", "octale", "octales").
var agreementEndings = []string{"s", "e", "es", "x"}

// sourceFunctionWord reports whether text holds a function word of the
// source language that is none of the target's ("Changing to", "Started
// At"): a phrase of the source language, not a term borrowed from it.
func sourceFunctionWord(text, srcLang, tgtLang string) bool {
	words := strings.FieldsFunc(text, notLetter)
	lower := false
	for _, w := range words {
		lower = lower || !textutil.StartsUpper(w)
	}
	if len(words) < 2 || !lower {
		return false // a keyword ("in") or a name ("The GNOME Project")
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notLetter) {
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		if f, _, ok := langid.FunctionWords(w, srcLang); ok && f > 0 {
			if f, _, ok := langid.FunctionWords(w, tgtLang); ok && f == 0 {
				return true
			}
		}
	}
	return false
}

// hasAcronym reports whether text is a technical label: a word in
// capitals or a number among capitalised words only ("Windows (CR+LF)",
// "TOTP Authenticator", "Type 1C"), kept on purpose. A phrase with a
// lower-case word ("Invalid CSRF token.") is none.
func hasAcronym(text string) bool {
	technical := strings.IndexFunc(text, unicode.IsDigit) >= 0
	for _, w := range strings.FieldsFunc(text, notLetter) {
		if !textutil.StartsUpper(w) {
			return false
		}
		technical = technical || utf8.RuneCountInString(w) >= 2 && textutil.IsAllUpper(w)
	}
	return technical
}

// identifier reports whether text is one lower-case word joined by hyphens
// ("page-label-entry"): a name in the program, not a label.
func identifier(text string) bool {
	return !strings.ContainsAny(text, " \t") && strings.Contains(text, "-") && strings.ToLower(text) == text
}

// titleName reports whether text is three or more capitalised words ("The
// GNOME Project", "British Thermal Units"): a name.
func titleName(text string) bool {
	words := strings.FieldsFunc(text, notLetter)
	if len(words) < 3 {
		return false
	}
	for _, w := range words {
		if !textutil.StartsUpper(w) {
			return false
		}
	}
	return true
}

// keptNowhere reports whether text has a lower-case word of five letters
// or more, no capitalised or shorter one, and the file's other
// translations keep none of its words.
func keptNowhere(text string, uses map[string]*termUse) bool {
	n := 0
	for _, f := range strings.Fields(text) {
		if strings.ContainsAny(f, "_./@:=0123456789") {
			return false
		}
		for _, w := range strings.FieldsFunc(f, notLetter) {
			if utf8.RuneCountInString(w) < 3 {
				continue
			}
			// Acronyms, names with an inner capital and short capitalised
			// abbreviations ("Pmt", "Term") are kept as they are.
			// Capitalised words are names ("Samba") or kept labels, and
			// short lower-case ones symbols ("nmi", "kbps").
			if textutil.StartsUpper(w) || textutil.HasInnerCapital(w) || utf8.RuneCountInString(w) < 5 {
				return false
			}
			if use := uses[strings.ToLower(w)]; use != nil && use.kept > 0 {
				return false
			}
			n++
		}
	}
	return n > 0
}

// latinScriptLang reports whether lang is written in Latin script; an
// unknown language counts as such.
func latinScriptLang(lang string) bool {
	switch baseLang(lang) {
	case "ru", "uk", "bg", "sr", "mk", "be", "kk", "el", "zh", "ja", "ko", "ar", "fa", "he", "hi", "th", "ka", "hy":
		return false
	}
	return true
}

// translatedElsewhere reports whether a word of text that is neither an
// acronym nor a name with an inner capital ("MFA", "WebAuthn") is one the
// file translates more often than it keeps. A title of common English words
// that the sources write in lower case ("Sign-In Code" beside "sign in with
// a code") is a label, not a name, and one such word is enough.
func translatedElsewhere(text, lang string, uses map[string]*termUse, lowerInSource map[string]bool) bool {
	n := translatedWords(text, uses, sharedWords(lang))
	if n >= 1 && titleName(text) && n < 2 {
		l, ok := readEnglishLabel(text, uses, lowerInSource)
		return ok && !l.titled
	}
	return n >= 1
}

// translatedWords counts the words of text that are neither acronyms nor
// names with an inner capital and that the file translates more often than
// it keeps; a name of capitalised words ("British Thermal Units") may share
// one word with the file's labels, so it counts none unless it shares two.
// A word that is also a word of the target language (shared) counts only
// when the file translates it more than once: one translation in another
// context ("this action" as "ici") does not make the French "Action" English.
func translatedWords(text string, uses map[string]*termUse, shared map[string]bool) int {
	var spans []textdoc.Span
	for _, a := range findAddresses(text) {
		spans = append(spans, a.Span)
	}
	text = maskSpans(text, spans)
	fields := strings.Fields(text)
	if len(fields) == 1 && strings.ContainsAny(text, ",;|") {
		return 0 // a list of names or units: "gigabyte,gigabytes,GB"
	}
	var words []string
	for _, f := range fields {
		f = strings.TrimRight(f, ".,:;!?…)") // "password." ends a sentence
		if strings.ContainsAny(f, "_./@:=0123456789") {
			continue // an identifier, path or code: "oauth_token", "v2"
		}
		words = append(words, strings.FieldsFunc(f, notLetter)...)
	}
	evidence := 0
	for _, w := range words {
		if utf8.RuneCountInString(w) < 3 || textutil.IsAllUpper(w) || textutil.HasInnerCapital(w) {
			continue
		}
		lower := strings.ToLower(w)
		if use := uses[lower]; use != nil && use.translated > use.kept && (use.translated >= 2 || !shared[lower]) {
			evidence++
		}
	}
	return evidence
}

// nearCopy reports whether t is s, or differs from it by at most
// 1-copySimilarity of its length, ignoring case.
func nearCopy(dmp *diffmatchpatch.DiffMatchPatch, s, t string) bool {
	if s == t {
		return true
	}
	s, t = strings.ToLower(s), strings.ToLower(t)
	ls, lt := utf8.RuneCountInString(s), utf8.RuneCountInString(t)
	n := max(ls, lt)
	// The edit distance is at least the difference in length: skip the diff
	// when that alone rules a copy out.
	if n == 0 || float64(abs(ls-lt)) > (1-copySimilarity)*float64(n) {
		return false
	}
	// A copy shares nearly all its words with the source; a translation of
	// similar length rarely does. Checking that first spares the diff, which
	// is slow on long unrelated texts.
	if !sharesMostWords(s, t) {
		return false
	}
	d := dmp.DiffLevenshtein(dmp.DiffMain(s, t, false))
	return 1-float64(d)/float64(n) >= copySimilarity
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// proseWords counts the words of text that are prose: letters only (an
// apostrophe or hyphen inside allowed), at least one lower-case letter,
// and not part of a URL or e-mail address. Names and titles written all in
// capitalised words count as no prose at all, so the result is 0 then.
func proseWords(text string) int {
	prose, lower := 0, 0
	for _, f := range strings.Fields(text) {
		if strings.Contains(f, "://") || strings.Contains(f, "@") || strings.HasPrefix(strings.ToLower(f), "www.") {
			continue
		}
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f == "" {
			continue
		}
		letters, hasLower, other := 0, false, false
		for _, r := range f {
			switch {
			case unicode.IsLetter(r):
				letters++
				hasLower = hasLower || unicode.IsLower(r)
			case r == '-' || r == '\'' || r == '’' || unicode.Is(unicode.Mn, r):
			default:
				other = true // digits, dots, slashes: a number, code or path
			}
		}
		if other || letters == 0 || !hasLower {
			continue
		}
		prose++
		if first, _ := utf8.DecodeRuneInString(f); unicode.IsLower(first) {
			lower++
		}
	}
	if lower == 0 {
		return 0 // "Frank-Walter Steinmeier", "Deutsche Bank AG"
	}
	return prose
}

// sharesMostWords reports whether at least half of t's words occur in s.
func sharesMostWords(s, t string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(s) {
		words[w] = true
	}
	shared, all := 0, 0
	for _, w := range strings.Fields(t) {
		all++
		if words[w] {
			shared++
		}
	}
	return shared*2 >= all
}

// addsFunctionWords reports whether the words t has and s lacks include a
// function word of the target language that is none of the source's
// ("oder"), or a word in a script the source does not use ("или"): the
// translator wrote the sentence and kept its terms
// ("oauth_token" (OAuth1) oder "access token"), rather than leaving it.
func addsFunctionWords(s, t, srcLang, tgtLang string) bool {
	have, sourceScripts := map[string]bool{}, map[langid.Script]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notLetter) {
		have[w] = true
		for _, r := range w {
			sourceScripts[langid.ScriptOf(r)] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), notLetter) {
		if have[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !sourceScripts[langid.ScriptOf(r)] {
			return true // "или": a word in the target's own script
		}
		if f, _, ok := langid.FunctionWords(w, tgtLang); ok && f > 0 {
			if f, _, ok := langid.FunctionWords(w, srcLang); !ok || f == 0 {
				return true
			}
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// keptTerms reports whether a foreign paragraph found by script in a unit's
// target b is a translation that kept terms of its source in their script
// ("「oauth_token」(OAuth1) もしくは Access Token"): the target also holds
// words in a script of its own. A unit left wholly untranslated is the
// copy check's to report.
func keptTerms(b *textdoc.Block, f langid.ForeignSpan) bool {
	if f.Unit != langid.UnitParagraph || f.Script == langid.NoScript {
		return false
	}
	other := 0
	for _, r := range b.Text {
		if sc := langid.ScriptOf(r); sc != langid.NoScript && sc != f.Script {
			other++
		}
	}
	return other >= 2
}

// kanjiOnly reports whether a Chinese span found in a Japanese target is
// written in Han characters only: a short Japanese label may use no kana
// ("逆数修飾子"), and Han alone does not tell the two languages apart.
func kanjiOnly(b *textdoc.Block, f langid.ForeignSpan, lang string) bool {
	if baseLang(lang) != "ja" || baseLang(f.Lang) != "zh" {
		return false
	}
	for _, r := range b.Text[f.Span.Start:f.Span.End] {
		if langid.ScriptOf(r) == langid.Kana {
			return false
		}
	}
	return true
}

// keptName reports whether target b is one or two capitalised words that
// its unit's source holds ("Javascript" for "Contains Javascript"): the
// translation kept a name and dropped the rest, by choice or not, but it
// is no text in another language.
func keptName(doc *textdoc.Document, b *textdoc.Block) bool {
	words := strings.FieldsFunc(b.Text, notLetter)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, u := range doc.Units {
		if u.Target != b || u.Source == nil {
			continue
		}
		src := map[string]bool{}
		for _, w := range strings.FieldsFunc(u.Source.Text, notLetter) {
			src[w] = true
		}
		for _, w := range words {
			if !textutil.StartsUpper(w) || !src[w] {
				return false
			}
		}
		return true
	}
	return false
}

// englishLabel describes a label made of common English words: words that
// English writes in lower case, with no acronym, brand ("WebAuthn"),
// identifier or number among them.
type englishLabel struct {
	// fields counts the label's words as white space separates them,
	// placeholders aside; words those of three letters or more.
	fields, words int
	// borrowed counts the words that the file's translations keep
	// elsewhere ("token" beside "Token-Geheimnis") and the units of
	// measure ("Joules").
	borrowed int
	// unkept holds the words of three letters or more that they keep
	// nowhere.
	unkept []string
	// titled is a capitalised word that does not start the label
	// ("Stay Signed In") and the sources write in lower case nowhere: the
	// label may be a name or a title ("The Example Foundation").
	titled bool
	// capital is the label's first word when it is capitalised.
	capital string
	// lowerWord: a word of the label is written in lower case ("Grant
	// permissions", "date joined"): a phrase, not a name.
	lowerWord bool
	// miscased: a word in lower case that the file's translations keep
	// only capitalised inside a sentence ("token" where they write "das
	// Token").
	miscased bool
	// participle: a word of six letters or more that the file keeps
	// nowhere ends in "-ed" ("Unverified", "created"), a form of English
	// grammar that no other language borrows as a word.
	participle bool
}

// readEnglishLabel reads text as a label of common English words, and
// reports false when it is none.
func readEnglishLabel(text string, uses map[string]*termUse, lowerInSource map[string]bool) (englishLabel, bool) {
	return readLabel(text, uses, lowerInSource, false)
}

// readLabel is readEnglishLabel; with acronyms, a short acronym among the
// words ("IP Address") is passed over rather than ending the reading.
func readLabel(text string, uses map[string]*termUse, lowerInSource map[string]bool, acronyms bool) (englishLabel, bool) {
	var l englishLabel
	lex := englishLexicon()
	// A placeholder's name ("%(model)s") is no word of the label.
	fields := strings.Fields(maskMarkup(text))
	for _, f := range fields {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			l.fields++ // "(" left of "(%(id)s)" is none
		}
	}
	for i, f := range fields {
		f = strings.TrimRight(f, ".,:;!?…)")
		if strings.ContainsAny(f, "_./@:=0123456789") {
			return l, false
		}
		for j, w := range strings.FieldsFunc(f, notLetter) {
			if acronyms && textutil.IsAllUpper(w) && len(w) >= 2 && len(w) <= 5 {
				continue
			}
			if textutil.IsAllUpper(w) || textutil.HasInnerCapital(w) {
				return l, false
			}
			lower := strings.ToLower(w)
			switch {
			case !textutil.StartsUpper(w):
				l.lowerWord = true
			case i == 0 && j == 0:
				l.capital = lower
			case !lowerInSource[lower]:
				l.titled = true
			}
			n := utf8.RuneCountInString(w)
			if n < 3 {
				continue
			}
			// A word SCOWL also lists as a name ("grant", "bill") is a
			// common word when the sources use it as one.
			if !lex.lowerOnly(lower, true) && !(lowerInSource[lower] && n >= 5) {
				return l, false
			}
			l.words++
			use := uses[lower]
			if use != nil && use.kept > 0 && lower == w && use.keptCapital > 0 && use.keptLower == 0 {
				// The file borrows the word, but only capitalised, as German
				// writes a noun: "token" beside "das Token" was left.
				l.miscased = true
				l.unkept = append(l.unkept, lower)
				continue
			}
			if use != nil && use.kept > 0 || measureUnit(lower) {
				l.borrowed++
				continue
			}
			l.unkept = append(l.unkept, lower)
			l.participle = l.participle || n >= 6 && strings.HasSuffix(lower, "ed")
		}
	}
	return l, l.words > 0
}

// commonEnglishLabel reports whether text, copied into a language of
// another script, is a label of common English words left untranslated:
// the file keeps none of them elsewhere. A capital may start a label of two
// words or more ("Grant permissions") or one that ends in a colon
// ("Warning:"); a capitalised word inside a label counts only when the
// file's sources write it in lower case elsewhere. A single capitalised
// word is a name when the sources write it so inside a sentence ("connect
// to a Samba share") or when it is shorter than five letters and no command
// (an abbreviation such as "Term" or "Pmt"); otherwise it is a word
// ("Public", "Manage", "Save") that no Russian or Japanese interface keeps.
func commonEnglishLabel(text string, uses map[string]*termUse, lowerInSource, namedInSource map[string]bool) bool {
	// An interface in another script writes "IP-адрес", "IPアドレス": an
	// acronym beside the words keeps none of them.
	l, ok := readLabel(text, uses, lowerInSource, true)
	if !ok || l.titled || l.borrowed > 0 {
		return false
	}
	if l.capital == "" || l.fields > 1 || strings.HasSuffix(strings.TrimSpace(text), ":") || lowerInSource[l.capital] {
		return true
	}
	return (utf8.RuneCountInString(l.capital) >= 5 || commandWords[l.capital]) && !namedInSource[l.capital] && !labelNames[l.capital]
}

// commandWords are the short English verbs of interface commands: copied
// into Russian or Japanese, "Save" or "Deny" was left, as no interface
// keeps them, where a short capitalised word may otherwise be an
// abbreviation ("Term", "Pmt").
var commandWords = textutil.WordSet("save open edit copy exit help back next undo redo send stop play view move find sort zoom done skip show hide load quit deny sign join vote mute lock drag drop")

// englishPhraseLabel reports whether text, copied into a language of Latin
// script, is English that no translator keeps on purpose: a label with an
// English participle ("Unverified", "Authenticator App Activated"), a
// phrase of common English words with one in lower case that the file
// keeps none of ("Grant permissions"), or, where mtlint knows which English
// words are words of the target language too, a label with a word that is
// none of them and that the file keeps nowhere ("Confirm" in Spanish, but
// not "Code" or "Public" in French). Without that knowledge a single word
// ("Browser", "Code" in German) is left to the file's own evidence.
func englishPhraseLabel(text, lang string, uses map[string]*termUse, lowerInSource, namedInSource map[string]bool) bool {
	l, ok := readEnglishLabel(text, uses, lowerInSource)
	if !ok || l.titled {
		return false
	}
	if l.participle || l.miscased || l.lowerWord && l.borrowed == 0 && l.fields > 1 {
		return true
	}
	if l.capital != "" && l.fields == 1 && (namedInSource[l.capital] || labelNames[l.capital]) {
		return false
	}
	shared := sharedWords(lang)
	for _, w := range l.unkept {
		// The target language borrows a word with its English plural
		// ("pixels") when it borrows the word. German, without a list,
		// borrows nouns of every shape ("Stereo", "Markup", "Home"), but
		// no word of a shape it writes otherwise ("Headless",
		// "Confidential").
		if shared != nil && !shared[w] && !shared[strings.TrimSuffix(w, "s")] ||
			shared == nil && baseLang(lang) == "de" && englishOnlyShape(w) {
			return true
		}
	}
	return false
}

// englishOnlyShape reports whether w, in lower case, ends in an English
// suffix that German writes otherwise ("-less", "-ful", "-ness", "-ous",
// "-ial" for "-iell", "-able" for "-abel", "-ity" for "-ität", "-ary" for
// "-är", "-ize"), with an English plural or not.
func englishOnlyShape(w string) bool {
	if utf8.RuneCountInString(w) < 6 {
		return false
	}
	singular := strings.TrimSuffix(w, "s")
	for _, suffix := range []string{"less", "ful", "ness", "ous", "ial", "able", "ible", "ity", "ize", "ized", "ward", "ary"} {
		if strings.HasSuffix(w, suffix) || strings.HasSuffix(singular, suffix) {
			return true
		}
	}
	return false
}

//go:embed data/shared-words/*.txt
var sharedWordFiles embed.FS

var (
	sharedWordsOnce sync.Once
	sharedWordLists map[string]map[string]bool
)

// sharedWords returns the English words that are also words of lang
// (rules/data/shared-words, derived from Hunspell dictionaries by
// gen_shared_words.go), or nil when mtlint has no list for lang.
func sharedWords(lang string) map[string]bool {
	sharedWordsOnce.Do(func() {
		sharedWordLists = map[string]map[string]bool{}
		entries, err := sharedWordFiles.ReadDir("data/shared-words")
		if err != nil {
			return // embedded at build time: the rule's fixtures catch a loss
		}
		for _, e := range entries {
			data, err := sharedWordFiles.ReadFile("data/shared-words/" + e.Name())
			if err != nil {
				continue
			}
			sharedWordLists[strings.TrimSuffix(e.Name(), ".txt")] = textutil.ParseWordList(string(data))
		}
	})
	return sharedWordLists[baseLang(lang)]
}

// labelNames are common English words that name a program, a protocol or a
// key in interfaces of every language, and are kept there as they are.
var labelNames = textutil.ParseWordList(`samba evolution chrome safari opera thunderbird
backspace spacebar`)

// measureUnits are the units of measure whose names are the same in many
// languages, most named after people ("Joules", "Gigahertz", "Kilobytes"),
// or that a language without a name of its own borrows ("Stone"): a
// program's list of units keeps them.
var measureUnits = textutil.ParseWordList(`bit byte nibble octet hertz joule watt erg calorie
pascal bar newton volt ampere ohm kelvin celsius fahrenheit rankine parsec baud decibel lumen
lux mole candela tesla weber coulomb farad sievert becquerel electronvolt radian gradian
steradian stone`)

// measurePrefixes are the decimal and binary prefixes of units.
var measurePrefixes = []string{"kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta",
	"kibi", "mebi", "gibi", "tebi", "pebi", "exbi", "zebi", "yobi", "hecto", "deca", "deci",
	"centi", "milli", "micro", "nano", "pico"}

// measureUnit reports whether w (lower case) names a unit of measure, with
// a prefix or a plural or not ("gigabytes", "joule").
func measureUnit(w string) bool {
	for _, p := range measurePrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			w = rest
			break
		}
	}
	return measureUnits[w] || measureUnits[strings.TrimSuffix(w, "s")]
}

// sourceWordCase returns, in lower case, the words that the sources of
// units write in lower case, and those they capitalise after a word in
// lower case, inside a sentence: words the program uses as words, and
// names. Placeholders and addresses are left aside.
func sourceWordCase(units []*textdoc.Unit) (lower, named map[string]bool) {
	lower, named = map[string]bool{}, map[string]bool{}
	for _, u := range units {
		if u.Source == nil {
			continue
		}
		after := false // the previous word is in lower case
		for _, w := range strings.FieldsFunc(maskMarkup(u.Source.Text), notLetter) {
			if !textutil.StartsUpper(w) {
				lower[w], after = true, true
				continue
			}
			if after && !textutil.IsAllUpper(w) {
				named[strings.ToLower(w)] = true
			}
			after = false
		}
	}
	return lower, named
}
