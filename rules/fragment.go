package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/furniture"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// Fragment finds sentences that cannot stand: a clause that goes on in lower
// case after a full stop because the words between were dropped, a short
// lower-case line between paragraphs (a translated section kicker or a mangled
// photo credit), a sentence that ends on an article or a conjunction, a body
// paragraph that starts in lower case, a title cut after a dash, and an
// article left before a preposition.
var Fragment = &checker.Rule{
	ID:    "fragment",
	Title: "a sentence that cannot stand: cut after a full stop, a lower-case start or stub line, a dangling article, a cut title",
	Doc: `Machine translation and crawling cut sentences apart. The rule reports these shapes:

  - a clause that continues in lower case after a full stop, often after a closing
    quote: …in a short time.” are under French command. The words that carried the
    subject were lost. UAX #29 sentence splitting does not break there, so the rule
    scans for the full stop itself;
  - a short line (2 to max-line-words words) between two paragraphs that starts with
    a lower-case letter, has a capitalised word later and no final punctuation: a
    section kicker or photo credit translated word by word ("abroad Harbour
    dispute", "combo tank Anna Berg");
  - a sentence or paragraph that ends on an article or a coordinating conjunction
    ("…signed by the mayor and." / "…und."), from per-language closed lists, also
    before a closing ellipsis: a teaser cut by the site ("Scholz explained that
    the...");
  - a body paragraph, a sentence or more, that starts with an ordinary word in
    lower case ("you have a modified view on ..."): its beginning was cut or its
    capital lost;
  - a title of up to 15 words that ends on a spaced dash ("Merkel warns of –"):
    its second half was cut;
  - in English, an article right before a preposition ("the of Berlin", "a
    during"): the noun between them was lost.

Left alone, because they are correct or belong to other rules: abbreviations and
initials before the full stop (e.g., i.e., etc., vs., a.m., z. B., bzw., M., pág.,
the locale's list, any dotted or vowel-less token), numbers and ordinals ("vom 3. bis
5."), Roman numerals ("Wilhelm II. ließ"), ellipses, question and exclamation marks
("“Really?” she asked"), a lower-case speech tag after a quote ("…over.” she said,
"« C’est fini. » a-t-il dit"), a full stop followed by a line break, words with
inner capitals or digits (iPhone, eBay, mp3), URLs, e-mail addresses and file
names, lower-case name particles before a name ("von der Leyen"), headings and
table cells for the first shape; for the second, the first and last block, lines
entirely in lower case (labels styled that way, and furniture for the boilerplate
rule), bylines ("by Jane Doe", "von", "par", "por", "di"), agency names (dpa, afp),
lines with digits or punctuation (tags, credits with a slash, handles, hashtags),
and a line after one that ends with a comma, colon or dash. A paragraph that starts
in lower case is left alone when it is a list item or a table cell, starts with a
brand, a code, a byline or a name particle, continues a block that breaks off
mid-sentence (a comma, a dash, a long line without final punctuation), is followed
by another lower-case block (hard-wrapped text), or when three or more paragraphs
and a quarter of them start that way (a style, not damage). A title ending on a dash
is not reported when it is a dateline (an upper-case place, digits or brackets:
"HAMBURG, 3 June (dpa) –"). Prepositions that double as adjectives or nouns after an
article ("the in crowd", "the on switch", "a for loop") are not listed. Prepositions may end a
sentence ("what it belongs to."), and articles that double as pronouns are not
listed (German "das", French "une", Dutch "het"). Languages written without case
or spaces get no finding; in a document of unknown language only a clause after a
closing quote and the stub line are reported.`,
	Bad:      "The minister said: “Help will reach the coast within days.” are already on their way.",
	Good:     "The minister said: “Help will reach the coast within days.” Two ships are already on their way.",
	Severity: checker.Warning,
	Locale:   true,
	Options: []checker.Option{
		{Name: "max-line-words", Default: "15", Doc: "the longest lower-case line, in words, reported as a stub between paragraphs", Kind: checker.Integer},
	},
	Check: checkFragment,
}

func checkFragment(p *checker.Pass) error {
	loc := p.Locale
	if loc.NoWordSpaces {
		return nil
	}
	lang := loc.Lang
	known := p.Doc.Lang != "" && danglingWords.has(lang)
	abbr, verbs := fragmentAbbreviations.all(), speechVerbs.all()
	var dangling map[string]bool
	if known {
		abbr, verbs, dangling = fragmentAbbreviations.lang(lang), speechVerbs.lang(lang), danglingWords.lang(lang)
	}
	maxWords := p.IntOption("max-line-words")
	// Neighbours and counts are the whole document's: a large document is
	// checked a window of blocks at a time (textdoc.Document.Windowed), and
	// Document.Offset places the window in it.
	root := p.Doc.Root()
	blocks := root.Blocks
	// Texts about code start paragraphs with the lower-case names of
	// programs and commands ("pflag is a drop-in ..."), and units of a
	// bilingual file are not paragraphs of one text.
	lowerStarts := !p.Doc.SegmentList() && !textutil.MentionsCode(p.Doc) &&
		root.Memo("fragment.fewLowerStarts", func(d *textdoc.Document) any { return fewLowerStarts(d.Blocks) }).(bool)
	starts := root.Memo("fragment.blockStarts", func(*textdoc.Document) any { return &blockStarts{} }).(*blockStarts)
	for k, b := range p.Doc.Blocks {
		i := p.Doc.Offset() + k
		if b.Kind != textdoc.Heading && b.Kind != textdoc.TableCell {
			checkFullStops(p, b, loc, abbr, verbs, dangling, !known)
		}
		// Units of a bilingual file are not paragraphs of one text: a short
		// lower-case unit between two others is an ordinary UI string.
		stub := i > 0 && i < len(blocks)-1 && !p.Doc.SegmentList() && isStubLine(b, blocks[i-1], blocks[i+1], maxWords) && !isFurnitureLine(b, loc)
		if stub {
			p.Report(b, textdoc.Span{Start: 0, End: len(b.Text)},
				fmt.Sprintf("short lower-case line %q between paragraphs: a kicker, credit or heading was translated or cut", b.Text),
				"restore the line as written in the source, or remove it")
		}
		if !stub && lowerStarts && isLowerStartParagraph(root, i, starts) {
			w := b.Words[0]
			p.Report(b, w,
				fmt.Sprintf("paragraph starts in lower case (%q): its beginning was cut or its capital lost", b.WordText(0)),
				"restore the beginning of the sentence, or capitalise its first word")
		}
		if i < len(blocks)-1 && !p.Doc.SegmentList() && isDashTitle(b) {
			p.Report(b, textdoc.Span{Start: 0, End: len(b.Text)},
				fmt.Sprintf("title %q ends on a dash: its second half was cut", b.Text),
				"restore the end of the title, or remove the dash")
		}
		if lang == "en" && known {
			checkArticleBeforePreposition(p, b)
		}
		if dangling != nil && b.Kind == textdoc.Paragraph && (i == len(blocks)-1 || !startsLower(blocks[i+1])) {
			// A paragraph followed by one in lower case is a hard-wrapped
			// line of the same sentence, not a cut one.
			checkDanglingEnd(p, b, dangling)
		}
	}
	return nil
}

// checkFullStops looks at every full stop of b: a lower-case word after it
// (shape one) and an article or conjunction before it (shape three).
// needQuote asks for a closing quote or bracket between the full stop and the
// lower-case word, the only evidence trusted when the language is unknown.
func checkFullStops(p *checker.Pass, b *textdoc.Block, loc *textdoc.Locale, abbr, verbs, dangling map[string]bool, needQuote bool) {
	text := b.Text
	first := strings.IndexFunc(text, unicode.IsLetter)
	if first < 0 {
		return
	}
	for i := first; i < len(text); i++ {
		j := strings.IndexByte(text[i:], '.')
		if j < 0 {
			break
		}
		// text[first] is a letter, so a full stop has a byte before it.
		if i += j; text[i-1] == '.' || (i+1 < len(text) && text[i+1] == '.') {
			continue
		}
		if i > 1 && text[i-1] == ' ' && text[i-2] == '.' {
			continue // a spaced ellipsis ". . ."
		}
		// Closing quotes and brackets and white space (French puts a no-break
		// space before »), then the next word.
		k, closed, blank := i+1, false, false
		for k < len(text) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if textutil.IsCloser(r) {
				closed = true
			} else if textutil.IsBlank(r) && r != '\n' && r != '\r' {
				blank = true
			} else {
				break
			}
			k += n
		}
		if k < len(text) && !blank {
			continue // no white space after: a decimal, a domain, "U.S.-led", a line break
		}
		if closed && quoteBefore(text, i) {
			continue // a quoted full stop: names cannot be »..« or «.»
		}
		cut := false
		if k < len(text) && (closed || !needQuote) {
			if w, ok := cutClause(text, i, k, closed, loc, abbr, verbs); ok {
				cut = true
				context := strings.Map(normalizeBlank, contextBefore(text, i)+text[i:k+w])
				p.Report(b, textdoc.Span{Start: k, End: k + w},
					fmt.Sprintf("sentence continues in lower case after a full stop (%q): a quote or clause was cut", context),
					"restore the missing words, or end the sentence properly")
			}
		}
		if !cut && dangling != nil {
			checkDanglingWord(p, b, i, dangling)
		}
	}
}

// cutClause decides whether the lower-case text at k, after the full stop at
// i, continues a cut sentence. It returns the length of the word to report.
func cutClause(text string, i, k int, closed bool, loc *textdoc.Locale, abbr, verbs map[string]bool) (int, bool) {
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsLower(r) {
		return 0, false
	}
	if endsInAbbreviation(text[:i], loc, abbr) {
		return 0, false
	}
	token := text[k:]
	if e := strings.IndexFunc(token, textutil.IsBlank); e >= 0 {
		token = token[:e]
	}
	word := textutil.LeadingWord(token)
	if !mayStartSentence(word, token) || textutil.StartsName(text[k:]) {
		return 0, false
	}
	if closed && speechTagAhead(text[k:], verbs) {
		return 0, false
	}
	return len(word), true
}

// endsInAbbreviation reports whether the text before a full stop ends in a
// token that takes an abbreviation point rather than ending a sentence: an
// abbreviation, an initial, a number or ordinal, a Roman numeral, a dotted or
// vowel-less token.
func endsInAbbreviation(before string, loc *textdoc.Locale, abbr map[string]bool) bool {
	tok := lastWordBefore(before, len(before))
	if tok == "" {
		// A full stop after a quote or bracket: a sentence end.
		return false
	}
	return textutil.IsAbbreviationToken(tok, loc.Abbreviations, abbr)
}

// mayStartSentence reports whether word (the letters at the start of token)
// is an ordinary lower-case word that would have to be capitalised at the
// start of a sentence. Brand names with inner capitals, codes with digits,
// vowel-less tokens, agency names and anything that looks like a URL, an
// e-mail address or a file name may legitimately start lower case.
func mayStartSentence(word, token string) bool {
	if word == "" || !textutil.HasVowel(word) || agencies[strings.ToLower(word)] {
		return false
	}
	for i, r := range word {
		if i > 0 && unicode.IsUpper(r) {
			return false // iPhone, eBay
		}
	}
	core := strings.TrimRightFunc(token, func(r rune) bool { return unicode.IsPunct(r) })
	if strings.ContainsAny(core, "./@_:\\=") || strings.ContainsFunc(core, unicode.IsDigit) {
		return false // example.com, a@b.org, file_name, mp3
	}
	return true
}

// speechTagAhead reports whether one of the first three words of s is a
// speech verb ("she said", "dit-il", "a-t-il déclaré").
func speechTagAhead(s string, verbs map[string]bool) bool {
	for n := 0; n < 3; n++ {
		s = strings.TrimLeftFunc(s, textutil.IsBlank)
		if s == "" {
			return false
		}
		field := s
		if e := strings.IndexFunc(s, textutil.IsBlank); e >= 0 {
			field, s = s[:e], s[e:]
		} else {
			s = ""
		}
		for _, part := range strings.FieldsFunc(field, func(r rune) bool { return r == '-' || unicode.IsPunct(r) }) {
			if verbs[strings.ToLower(part)] {
				return true
			}
		}
	}
	return false
}

// agencies are news agencies written in lower case in credits and datelines.
var agencies = map[string]bool{
	"dpa": true, "afp": true, "epd": true, "kna": true, "apa": true, "ots": true, "dts": true,
	"sid": true, "efe": true, "ansa": true, "ddp": true, "aap": true, "anp": true, "belga": true,
	"lusa": true, "pap": true, "tass": true, "ria": true, "unian": true, "reuters": true, "ap": true,
	// Photo agencies that style their names in lower case.
	"imago": true, "picture": true, "istock": true, "shutterstock": true, "getty": true,
}

// bylineWords start a byline, which may be written in lower case ("von Anna
// Berg", "by Jane Doe").
var bylineWords = map[string]bool{
	"by": true, "von": true, "vom": true, "par": true, "por": true, "di": true, "door": true,
	"de": true, "da": true, "van": true, "od": true, "przez": true, "від": true, "от": true,
}

// startsLower reports whether b's text starts with a lower-case letter, other
// than a byline's "by" or "di".
func startsLower(b *textdoc.Block) bool {
	r, _ := utf8.DecodeRuneInString(b.Text)
	return unicode.IsLower(r) && !bylineWords[textutil.LeadingWord(b.Text)]
}

// isStubLine reports whether b is a short lower-case line without final
// punctuation: a translated kicker or a mangled credit. prev and next are the
// blocks around it.
func isStubLine(b, prev, next *textdoc.Block, maxWords int) bool {
	if b.Kind != textdoc.Paragraph && b.Kind != textdoc.Heading && b.Kind != textdoc.Caption {
		return false
	}
	if n := len(b.Words); n < 2 || n > maxWords {
		return false
	}
	if strings.Contains(b.Text, " - ") {
		return false // a name and its description: "docker-build - Build an image"
	}
	first, _ := utf8.DecodeRuneInString(b.Text)
	last, _ := utf8.DecodeLastRuneInString(b.Text)
	if !unicode.IsLower(first) || !unicode.IsLetter(last) {
		return false
	}
	for _, r := range b.Text {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != ' ' && r != '-' && r != '\'' && r != '’' && r != '&' {
			return false // digits, punctuation: tags, credits with a slash, URLs, handles
		}
	}
	word := b.WordText(0)
	if bylineWords[word] || !mayStartSentence(word, word) {
		return false
	}
	// A capitalised word later in the line shows that the text uses case
	// and the first word lost its own. A line all in lower case is reported
	// too when the text around it is capitalised prose (a kicker such as
	// "region harbour traffic"); known furniture is left to boilerplate.
	capital := false
	for _, w := range b.Words[1:] {
		r, _ := utf8.DecodeRuneInString(b.Text[w.Start:])
		capital = capital || unicode.IsUpper(r)
	}
	if !capital {
		pf, _ := utf8.DecodeRuneInString(prev.Text)
		nf, _ := utf8.DecodeRuneInString(next.Text)
		if !unicode.IsUpper(pf) || !unicode.IsUpper(nf) {
			return false
		}
	}
	// A line after one that breaks off mid-sentence continues it; one
	// followed by a lower-case line is part of hard-wrapped text.
	pl, _ := utf8.DecodeLastRuneInString(prev.Text)
	return !strings.ContainsRune(",;:-–—", pl) && !startsLower(next)
}

// isFurnitureLine reports whether b is page furniture that the boilerplate
// rule reports ("also read", "source site"), so fragment stays quiet on it.
func isFurnitureLine(b *textdoc.Block, loc *textdoc.Locale) bool {
	ok, _ := furniture.IsFurniture(b, loc, nil)
	return ok
}

// checkDanglingWord reports an article or conjunction right before the full
// stop at i ("in the." or "in the .").
func checkDanglingWord(p *checker.Pass, b *textdoc.Block, i int, dangling map[string]bool) {
	end := i
	if end > 0 && b.Text[end-1] == ' ' {
		end--
	}
	reportDangling(p, b, end, dangling, "sentence ends with %q: the rest of the sentence was cut")
}

// checkDanglingEnd reports a paragraph whose text stops on an article or a
// conjunction, without punctuation.
func checkDanglingEnd(p *checker.Pass, b *textdoc.Block, dangling map[string]bool) {
	if len(b.Words) < 4 {
		return
	}
	// A teaser cut by a site ends on an ellipsis after the article ("Scholz
	// explained that the..."): the words after it were never published.
	if end, ok := trailingEllipsis(b.Text); ok {
		reportDangling(p, b, end, dangling, "paragraph breaks off after %q with an ellipsis: a teaser was cut")
		return
	}
	reportDangling(p, b, len(b.Text), dangling, "paragraph ends with %q: the rest of the sentence was cut")
}

// reportDangling reports the word of b that ends at end when it is a dangling
// article or conjunction, written in lower case after white space, with at
// least two words of its sentence before it.
func reportDangling(p *checker.Pass, b *textdoc.Block, end int, dangling map[string]bool, format string) {
	wi := sort.Search(len(b.Words), func(i int) bool { return b.Words[i].End >= end })
	if wi >= len(b.Words) || b.Words[wi].End != end || wi < 2 {
		return
	}
	w := b.Words[wi]
	word := b.Text[w.Start:w.End]
	if !dangling[word] {
		return // not listed, or not written in lower case
	}
	if r, _ := utf8.DecodeLastRuneInString(b.Text[:w.Start]); !textutil.IsBlank(r) {
		return // "and/or", "-le", a quoted "the"
	}
	if strings.EqualFold(b.WordText(wi-1), word) {
		return // the idiom "und und und.", a deliberate repetition
	}
	if before := strings.TrimRightFunc(b.Text[:w.Start], textutil.IsBlank); strings.HasSuffix(before, ",") {
		return // a question tag: "Das stimmt doch, oder."
	}
	between := b.Text[b.Words[wi-2].Start:w.Start]
	if strings.ContainsAny(between, ".!?:;") {
		return // a sentence of one or two words
	}
	if utf8.RuneCountInString(word) == 1 {
		// "x e y", "1 y 2": a single-letter conjunction between symbols.
		prev := b.WordText(wi - 1)
		if utf8.RuneCountInString(prev) == 1 || strings.ContainsFunc(prev, unicode.IsDigit) {
			return
		}
	}
	p.Report(b, w, fmt.Sprintf(format, word), "restore the missing words")
}

// contextBefore returns the word, with any closing quotes and brackets after
// it, that ends at offset end of text: what a message quotes before a full
// stop.
func contextBefore(text string, end int) string {
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !textutil.IsCloser(r) && !(textutil.IsBlank(r) && r != '\n') {
			break
		}
		i -= n
	}
	i -= len(lastWordBefore(text, i))
	return text[i:end]
}

// normalizeBlank maps no-break and other spaces to a plain space, for
// messages.
func normalizeBlank(r rune) rune {
	if textutil.IsBlank(r) {
		return ' '
	}
	return r
}

// lastWordBefore returns the token of letters, digits, periods and hyphens
// that ends at offset end of s, without leading periods or hyphens.
func lastWordBefore(s string, end int) string {
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) && r != '.' && r != '-' {
			break
		}
		i -= n
	}
	return strings.TrimLeft(s[i:end], ".-")
}

// quoteBefore reports whether the full stop at text[i] follows a quotation
// mark, white space aside: it is quoted, not the end of a sentence.
func quoteBefore(text string, i int) bool {
	prev := strings.TrimRightFunc(text[:i], textutil.IsBlank)
	r, _ := utf8.DecodeLastRuneInString(prev)
	return unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Pf, r) || strings.ContainsRune("\"'«»„‚", r)
}
