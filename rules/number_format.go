package rules

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// NumberFormat finds numbers written in another locale's convention, which
// machine translation copies from the source ("8.400 troops" and "3,5
// percent" in English, "8,400 Soldaten" in German).
var NumberFormat = &checker.Rule{
	ID:    "number-format",
	Title: "a number written in another locale's format (8.400 troops, 3,5 percent)",
	Doc: `Languages write numbers differently: English groups thousands with a comma and
marks decimals with a point (8,400; 3.5); German, Italian, Portuguese and Dutch do the
reverse (8.400; 3,5); French, Polish, Russian and Ukrainian group with a (no-break) space
and mark decimals with a comma (8 400; 3,5). Machine translation often copies the source
format, and then "1.200" means 1.2 to an English reader.

The rule reports, in the document's language:
- several thousands groups joined by the decimal mark ("1.200.000" in English), and
  swapped grouped decimals ("1.234,56" in English);
- one group that can be read both ways ("1.200", "8,400") when a count noun follows
  ("1.200 residents", "8,400 Soldaten", "1,200 habitants"); before a measure it is only
  info, and before percent, million or a currency nothing but a round amount (below):
  2.125 million and a fuel price of 1,859 Euro are fine decimals;
- the wrong decimal mark before a unit, percent, million or currency ("3,5 percent",
  "7,80 meters", "3.5 Prozent"); a bare "3,5" can be a list or a reference and is left
  alone;
- in English, a time with a period and a dotted "p.m." or "a.m." ("7.50 p.m." for 7:50
  p.m.); the British "7.50pm" is fine.
Groupings that are unusual but not confusing (a period grouping thousands in French) are
info. The suggestion is the number in the document's format.

- in English, a German time with a period: a 24-hour time with AM or PM ("17.02 PM"),
  a time before "o'clock", "Uhr" or "at:" (a calque of "Uhr"), and a time that opens
  a line with a colon after it, as live tickers do ("17.12:", "at 17.00:"); the British
  "at 17.00" inside a sentence is fine;
- a round amount of money with one group ("1.500 euros", "€2.000") in a language
  whose decimal mark is the separator: a price with three decimals ends in another
  digit (a fuel price of 1.859 euros) or is a rate ("1.500 euros per litre", "the
  euro rose to 1.100 dollars"); in German, a round number before a capitalised noun
  that the count list lacks ("1,200 Pendler") is a count too.
Left alone: Spanish and documents of unknown language (both conventions are in use),
numbers glued to letters or codes (v1.2.300, F-16, S-400, COVID-19), numbers after words
such as "version", "article" or "ISBN", IP addresses, dates (12.03.2024, 3.12.), phone
numbers and numbers with a leading zero as thousands groups, times before "Uhr" or
"heures", plain numbers without separators, and Indian grouping (1,00,000).`,
	Bad:      "Washington put 8.400 troops on alert.",
	Good:     "Washington put 8,400 troops on alert.",
	Severity: checker.Warning,
	Locale:   true,
	Check:    checkNumberFormat,
}

func checkNumberFormat(p *checker.Pass) error {
	loc := p.Locale
	if loc.NumbersAmbiguous || loc.Decimal == 0 || loc.Group == 0 {
		return nil
	}
	lex := numberLexiconFor(loc.Lang)
	for _, b := range p.Doc.Blocks {
		for _, v := range findNumberFormat(b.Text, loc, lex) {
			p.ReportSeverity(b, textdoc.Span{Start: v.Start, End: v.End}, v.sev, v.Message, v.Suggestion)
		}
	}
	return nil
}

// numberFinding is a number in the wrong format.
type numberFinding struct {
	encodingFinding
	sev checker.Severity
}

// findNumberFormat returns the numbers of text written in another locale's
// format.
func findNumberFormat(text string, loc *textdoc.Locale, lex *numberLexicon) []numberFinding {
	var out []numberFinding
	for i := 0; i < len(text); {
		if i = textutil.SkipToDigit(text, i); i == len(text) {
			break
		}
		tok := scanNumber(text, i, loc.Group == ' ')
		i = tok.End
		if len(tok.Seps) == 0 {
			continue
		}
		if f, ok := judgeNumber(text, tok, loc, lex); ok {
			out = append(out, f)
		}
	}
	return out
}

// judgeNumber decides whether the number tok of text is in the locale's
// format.
func judgeNumber(text string, tok numberToken, loc *textdoc.Locale, lex *numberLexicon) (numberFinding, bool) {
	if !numberStandsAlone(text, tok, lex) {
		return numberFinding{}, false
	}
	form := parseNumber(tok.Groups, tok.Seps)
	if form.Shape == shapeInvalid || form.Shape == shapePlain {
		return numberFinding{}, false
	}
	next, nextEnd := classifyAfter(text, tok.End, lex)
	if next == wordSkip {
		return numberFinding{}, false
	}
	moneyBefore := currencyBefore(text, tok.Start)
	if moneyBefore && next == wordNone {
		next = wordCurrencySymbol
	}
	raw := text[tok.Start:tok.End]
	lang := textutil.LanguageName(loc.Lang)
	dec, grp := loc.Decimal, loc.Group
	f := numberFinding{encodingFinding: encodingFinding{Start: tok.Start, End: tok.End}, sev: checker.Warning}
	report := func(sev checker.Severity, msg, sugg string) (numberFinding, bool) {
		f.sev, f.Message, f.Suggestion = sev, msg, sugg
		return f, true
	}

	switch form.Shape {
	case shapeGrouped:
		switch {
		case form.Group == grp:
			return f, false
		case form.Group == dec:
			return report(checker.Warning,
				fmt.Sprintf("%s groups thousands with %s, the decimal mark in %s", textutil.QuoteShort(raw), sepName(form.Group), lang),
				formatNumber(form.Int, "", grp, dec))
		default:
			return report(checker.Info,
				fmt.Sprintf("%s groups thousands with %s; %s groups them with %s", textutil.QuoteShort(raw), sepName(form.Group), lang, sepName(grp)),
				formatNumber(form.Int, "", grp, dec))
		}

	case shapeGroupedDecimal:
		switch {
		case form.Group == grp && form.Decimal == dec:
			return f, false
		case form.Decimal != dec:
			return report(checker.Warning,
				fmt.Sprintf("%s uses %s as decimal mark; %s uses %s", textutil.QuoteShort(raw), sepName(form.Decimal), lang, sepName(dec)),
				formatNumber(form.Int, form.Frac, grp, dec))
		default:
			return report(checker.Info,
				fmt.Sprintf("%s groups thousands with %s; %s groups them with %s", textutil.QuoteShort(raw), sepName(form.Group), lang, sepName(grp)),
				formatNumber(form.Int, form.Frac, grp, dec))
		}

	case shapeDecimal:
		if loc.Lang == "en" && form.Decimal == '.' && !moneyBefore {
			if end, sugg, why, ok := germanTime(text, tok, form, next, nextEnd); ok {
				f.End = end
				return report(checker.Warning,
					fmt.Sprintf("time %s is written the German way (%s); English uses a colon", textutil.QuoteShort(text[tok.Start:end]), why),
					sugg)
			}
		}
		if loc.Lang == "en" && next == wordTimeDotted && form.Decimal == '.' && clockTime(form) && !moneyBefore {
			// "7.50 p.m." is a time; "£7.50 p.m." is a price per month.
			f.End = nextEnd
			return report(checker.Warning,
				fmt.Sprintf("time %s has a period between hours and minutes; before %s English uses a colon", textutil.QuoteShort(text[tok.Start:nextEnd]), textutil.QuoteShort(strings.TrimSpace(text[tok.End:nextEnd]))),
				form.Int[0]+":"+form.Frac+text[tok.End:nextEnd])
		}
		if form.Decimal == dec || !next.measure() {
			return f, false
		}
		return report(checker.Warning,
			fmt.Sprintf("%s uses %s as decimal mark; %s uses %s", textutil.QuoteShort(raw), sepName(form.Decimal), lang, sepName(dec)),
			formatNumber(groupDigits(form.Int[0], grp), form.Frac, grp, dec))

	case shapeAmbiguous:
		sep := form.Group
		if sep == grp {
			return f, false
		}
		asGroup := formatNumber([]string{form.Int[0], form.Frac}, "", grp, dec)
		asDecimal := formatNumber(form.Int, strings.TrimRight(form.Frac, "0"), grp, dec)
		if strings.TrimRight(form.Frac, "0") == "" {
			asDecimal = form.Int[0]
		}
		if next == wordNone && sep == dec && loc.Lang == "de" && roundThousands(form) && germanNounAfter(text, tok.End) {
			// German capitalises its nouns, so a noun the count list lacks
			// ("1,200 Pendler") still shows; a round decimal with three
			// digits would be written shorter ("1,2").
			next = wordCount
		}
		if sep == dec && (next == wordCurrency || next == wordCurrencySymbol) && roundThousands(form) && !rateAfter(text, nextEnd) && !exchangeRateBefore(text, tok.Start) {
			// "1.500 euros": a price with three decimals ends in a digit
			// other than zero (a fuel price of 1.859), so a round one is a
			// thousands group.
			return report(checker.Warning,
				fmt.Sprintf("%s groups thousands with %s, which is the decimal mark in %s (it reads as %s)", textutil.QuoteShort(raw), sepName(sep), lang, asDecimal),
				asGroup)
		}
		switch {
		case next == wordCount && sep == dec:
			return report(checker.Warning,
				fmt.Sprintf("%s groups thousands with %s, which is the decimal mark in %s (it reads as %s)", textutil.QuoteShort(raw), sepName(sep), lang, asDecimal),
				asGroup)
		case next == wordCount:
			return report(checker.Info,
				fmt.Sprintf("%s groups thousands with %s; %s groups them with %s", textutil.QuoteShort(raw), sepName(sep), lang, sepName(grp)),
				asGroup)
		case next == wordUnit:
			return report(checker.Info,
				fmt.Sprintf("%s is ambiguous in %s: it reads as %s, but may be %s with thousands grouped by %s", textutil.QuoteShort(raw), lang, asDecimal, asGroup, sepName(sep)),
				"check the source: "+asGroup+" or "+asDecimal)
		}
	}
	return f, false
}

// numberStandsAlone reports whether the number tok is a quantity of its own, not
// part of a code, version, date, phone number, URL or reference.
func numberStandsAlone(text string, tok numberToken, lex *numberLexicon) bool {
	if tok.Start > 0 {
		prev, n := utf8.DecodeLastRuneInString(text[:tok.Start])
		switch {
		case unicode.IsLetter(prev) || unicode.IsDigit(prev) || unicode.Is(unicode.M, prev):
			return false // v1.2, A4, 2,5 after a digit of another script
		case strings.ContainsRune("_/\\#@+.,:&=^'’*§№", prev):
			return false
		case prev == '-' || prev == '‑':
			// A code such as F-16 or S-400; a minus sign after a space is fine.
			if before, _ := utf8.DecodeLastRuneInString(text[:tok.Start-n]); unicode.IsLetter(before) || unicode.IsDigit(before) {
				return false
			}
		}
	}
	if tok.End < len(text) {
		c := text[tok.End]
		switch {
		case c == '/' || c == '\\' || c == '@' || c == '_':
			return false // a fraction, a date or a path
		case (c == ':' || c == '-') && tok.End+1 < len(text) && isASCIIAlnum(text[tok.End+1]):
			return false // a time range, a code, an ISBN
		case (c == '.' || c == ',') && tok.End+1 < len(text) && isASCIIDigit(text[tok.End+1]):
			return false
		}
	}
	if w := wordBefore(text, tok.Start); w != "" && lex.before[strings.ToLower(w)] {
		return false
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return isASCIIDigit(c) || 'a' <= c&^0x20 && c&^0x20 <= 'Z'
}

// wordBefore returns the word before offset i, skipping white space and an
// opening bracket or section sign.
func wordBefore(text string, i int) string {
	s := strings.TrimRightFunc(text[:i], func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '§' || r == '№' })
	s = strings.TrimSuffix(s, ".")
	j := len(s)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return s[j:]
}

// currencyBefore reports a currency symbol right before offset i.
func currencyBefore(text string, i int) bool {
	s := strings.TrimRightFunc(text[:i], isNumberSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.Is(unicode.Sc, r)
}

// clockTime reports whether a decimal can be a time of day on a 12-hour clock.
func clockTime(form numberForm) bool {
	h, m := form.Int[0], form.Frac
	return len(h) <= 2 && len(m) == 2 && (len(h) == 1 || h <= "12") && m < "60"
}

// groupDigits splits a run of digits into thousands groups when the locale
// groups numbers of that length; four-digit numbers stay whole.
func groupDigits(digits string, group rune) []string {
	if len(digits) <= 4 || group == 0 {
		return []string{digits}
	}
	var out []string
	first := len(digits) % 3
	if first > 0 {
		out = append(out, digits[:first])
	}
	for i := first; i < len(digits); i += 3 {
		out = append(out, digits[i:i+3])
	}
	return out
}

// sepName names a separator for a message.
func sepName(r rune) string {
	switch r {
	case '.':
		return "a period"
	case ',':
		return "a comma"
	case ' ':
		return "a space"
	}
	return fmt.Sprintf("%q", r)
}

// wordClass is what a word after a number says about the number.
type wordClass int

const (
	wordNone wordClass = iota
	wordSkip           // letters glued to the number: a code, not a quantity
	wordUnit
	wordPercent
	wordScale
	wordScore
	wordCurrency
	wordCurrencySymbol
	wordCount
	wordAdjective
	wordTimeDotted // a.m., p.m.
	wordTimeBare   // am, pm
)

// measure reports the classes after which a number is a quantity with
// decimals.
func (c wordClass) measure() bool {
	switch c {
	case wordUnit, wordPercent, wordScale, wordScore, wordCurrency, wordCurrencySymbol:
		return true
	}
	return false
}

// classifyAfter looks at what follows a number ending at offset i and
// returns its class and the offset after the deciding word.
func classifyAfter(text string, i int, lex *numberLexicon) (wordClass, int) {
	if i >= len(text) {
		return wordNone, i
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	if unicode.IsLetter(r) {
		// Glued letters: "3,5km" and "7.50pm" are quantities, "1.2a" a code.
		words := readWords(text, i, 1)
		if len(words) == 0 {
			return wordSkip, i
		}
		switch c, end := lex.classify(words); {
		case c == wordNone || c == wordAdjective || c == wordCount:
			return wordSkip, i
		default:
			return c, end
		}
	}
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isNumberSpace(r) {
			break
		}
		j += n
	}
	if j >= len(text) {
		return wordNone, j
	}
	r, n := utf8.DecodeRuneInString(text[j:])
	switch {
	case r == '%' || r == '‰' || r == '‱':
		return wordPercent, j + n
	case r == '°':
		return wordUnit, j + n
	case unicode.Is(unicode.Sc, r):
		return wordCurrencySymbol, j + n
	case j == i || !unicode.IsLetter(r):
		return wordNone, j
	}
	words := readWords(text, j, 4)
	c, end := lex.classify(words)
	if c == wordAdjective || c == wordNone && lex.adjectiveSkip(words) {
		// "1.200 new residents", "8,400 amerikanische Soldaten".
		if c2, end2 := lex.classify(words[1:]); c2 == wordCount {
			return wordCount, end2
		}
		return wordNone, end
	}
	return c, end
}

// textWord is a word after a number, with its byte span.
type textWord struct {
	text       string // as written
	lower      string
	start, end int
}

// readWords reads up to n words from text[i:], separated by single spaces.
// A word is letters and digits with inner periods, hyphens, apostrophes and
// slashes ("p.m.", "US-Soldaten", "auto's", "km/h"), and a final period when
// one is attached ("Mio.").
func readWords(text string, i, n int) []textWord {
	var out []textWord
	for len(out) < n && i < len(text) {
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == '²' || r == '³' {
				j += size
				continue
			}
			if strings.ContainsRune(".-'’/", r) && j > i {
				if r2, _ := utf8.DecodeRuneInString(text[j+size:]); unicode.IsLetter(r2) {
					j += size
					continue
				}
				if r == '.' {
					j += size // a final abbreviation period, tried with and without
				}
			}
			break
		}
		if j == i {
			break
		}
		w := text[i:j]
		out = append(out, textWord{text: w, lower: strings.ToLower(w), start: i, end: j})
		if j >= len(text) || text[j] != ' ' && !strings.HasPrefix(text[j:], "\u00a0") {
			break
		}
		_, size := utf8.DecodeRuneInString(text[j:])
		i = j + size
	}
	return out
}

// numberLexicon holds one language's words that follow numbers.
type numberLexicon struct {
	lang     string
	entries  []lexEntry
	before   map[string]bool // words after which a number is a version or a reference
	adjSkip  bool            // a lower-case word may stand before the noun (German)
	plurals  bool            // an unknown plural noun counts as a count noun (English)
	stopList map[string]bool // words that look plural but are not nouns
	// byFirst indexes the entries by their first word, in order; wild
	// holds the entries whose first word matches more than itself (a
	// suffix, or a prefix of a one-word entry). classify compares a word
	// with these only.
	byFirst map[string][]int32
	wild    []int32
}

type lexEntry struct {
	class  wordClass
	words  []string // lower case
	prefix bool     // last word matches any ending
	suffix bool     // first word matches any beginning
}

// classify matches the longest entry at the start of words.
func (lex *numberLexicon) classify(words []textWord) (wordClass, int) {
	if len(words) == 0 {
		return wordNone, 0
	}
	first := words[0].lower
	switch strings.TrimSuffix(first, ".") {
	case "a.m", "p.m":
		if strings.HasSuffix(first, ".") || first == "a.m" || first == "p.m" {
			return wordTimeDotted, words[0].end
		}
	case "am", "pm":
		return wordTimeBare, words[0].end
	}
	// The entries that can match the first word, in the list's order:
	// the longest match wins, the first of equals.
	var candBuf [64]int32
	cands := append(candBuf[:0], lex.wild...)
	cands = append(cands, lex.byFirst[first]...)
	if bare := strings.TrimSuffix(first, "."); bare != first {
		cands = append(cands, lex.byFirst[bare]...)
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	best, bestLen, bestEnd := wordNone, 0, 0
	for _, k := range cands {
		e := &lex.entries[k]
		if len(e.words) > len(words) || len(e.words) <= bestLen {
			continue
		}
		ok := true
		for k, ew := range e.words {
			w := words[k].lower
			if k == len(e.words)-1 && !e.prefix && !e.suffix {
				// An attached final period: "Mio." matches "mio" and "mio.".
				ok = ok && (w == ew || strings.TrimSuffix(w, ".") == ew)
				continue
			}
			w = strings.TrimSuffix(w, ".")
			switch {
			case k == 0 && e.suffix:
				ok = ok && strings.HasSuffix(w, ew)
			case k == len(e.words)-1 && e.prefix:
				ok = ok && strings.HasPrefix(w, ew)
			default:
				ok = ok && w == ew
			}
		}
		if ok {
			best, bestLen, bestEnd = e.class, len(e.words), words[len(e.words)-1].end
		}
	}
	if best != wordNone {
		return best, bestEnd
	}
	if lex.plurals && looksPlural(first, lex.stopList) {
		return wordCount, words[0].end
	}
	return wordNone, words[0].end
}

// adjectiveSkip reports whether words start with a word that may stand
// between a number and its count noun: a capitalised word in English ("1.200
// NATO soldiers"), a lower-case one in German ("8,400 amerikanische Soldaten").
func (lex *numberLexicon) adjectiveSkip(words []textWord) bool {
	if len(words) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[0].text)
	switch {
	case lex.lang == "en":
		return unicode.IsUpper(r)
	case lex.adjSkip:
		return unicode.IsLower(r)
	}
	return false
}

// looksPlural reports an English word that is probably a plural noun.
func looksPlural(w string, stop map[string]bool) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || stop[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

//go:embed data/numbers/*.txt
var numberData embed.FS

// numberLexicons holds each language's lexicon, parsed on first use: a run
// reads only the languages of its documents.
var numberLexicons = newPerKey(loadNumberLexicon)

// numberLexiconFor returns the lexicon of lang; an empty one when there is
// no data for it.
func numberLexiconFor(lang string) *numberLexicon { return numberLexicons.get(lang) }

// versionWords are words after which a number is a version, a section, an
// identifier or a page, never a quantity ("version 1.200", "Art. 3,5").
var versionWords = textutil.WordSet(`version versions v ver release build update firmware android ios windows
macos linux python kernel patch versión versiones versão versões versione versioni versie wersja
wersji версия версии версії версія art article articles artikel artikels artículo artigo articolo
artykuł artykułu статья статьи стаття статті section sections abschnitt paragraph paragraphe párrafo
paragrafo rozdział chapter kapitel chapitre capítulo capitolo hoofdstuk глава главы розділ isbn issn
doi ip tel phone fax nr nº núm clause page pages seite seiten pagina página strona table tabelle
tableau tabla figure fig abb psalm john`)

// englishNotPlural are English words ending in s that are not plural nouns.
var englishNotPlural = textutil.WordSet(`this thus plus minus less unless across always perhaps towards
besides whereas afterwards upwards downwards onwards sometimes nevertheless hers ours yours theirs
does goes was has its his yes various previous famous serious numerous obvious anxious series
species news means gas lens`)

var numberClasses = map[string]wordClass{
	"unit": wordUnit, "percent": wordPercent, "scale": wordScale, "score": wordScore, "currency": wordCurrency,
	"count": wordCount, "adj": wordAdjective,
}

// loadNumberLexicon parses data/numbers/<lang>.txt; a language without a
// file gets a lexicon with the version words only.
func loadNumberLexicon(lang string) *numberLexicon {
	name := lang + ".txt"
	data, err := numberData.ReadFile("data/numbers/" + name)
	if err != nil || lang == "" || strings.ContainsAny(lang, "/.") {
		return &numberLexicon{lang: lang, before: versionWords}
	}
	lex := &numberLexicon{lang: lang, before: versionWords, adjSkip: lang == "de"}
	if lang == "en" {
		lex.plurals, lex.stopList = true, englishNotPlural
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		tag, phrase, _ := strings.Cut(text, " ")
		class, ok := numberClasses[tag]
		words := strings.Fields(strings.ToLower(phrase))
		if !ok || len(words) == 0 {
			panic(fmt.Sprintf("data/numbers/%s:%d: want a tag (%s) and a word", name, line, "unit, percent, scale, score, currency, count, adj"))
		}
		e := lexEntry{class: class, words: words}
		if last := words[len(words)-1]; strings.HasSuffix(last, "*") {
			e.prefix, words[len(words)-1] = true, strings.TrimSuffix(last, "*")
		}
		if strings.HasPrefix(words[0], "*") {
			e.suffix, words[0] = true, strings.TrimPrefix(words[0], "*")
		}
		lex.entries = append(lex.entries, e)
	}
	lex.byFirst = map[string][]int32{}
	for k, e := range lex.entries {
		if e.suffix || len(e.words) == 1 && e.prefix {
			lex.wild = append(lex.wild, int32(k))
		} else {
			lex.byFirst[e.words[0]] = append(lex.byFirst[e.words[0]], int32(k))
		}
	}
	return lex
}
