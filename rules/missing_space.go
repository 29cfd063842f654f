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

// MissingSpace finds two sentences glued together: a full stop, question or
// exclamation mark, or a quotation mark, with a capitalised word right after
// it and no space between.
var MissingSpace = &checker.Rule{
	ID:    "missing-space",
	Title: "no space after a sentence end or a quotation mark: sentences glued together",
	Doc: `Crawlers and machine translation drop the space between two sentences when
they join lines or move quotation marks: a word, a full stop and the next
sentence's capital with nothing between ("the complex.In practice"), or a
quotation mark glued to the words on both sides ("behind."Merkel",
"February.»Coke", "business«He"). A reader sees one run-on token.

The rule reports a lower-case word of three or more letters, then a full stop,
question or exclamation mark, optional quotation marks or brackets, and a
capitalised word; a lower-case word, a comma, colon or semicolon, a double
quotation mark and a capitalised word (said,"We); and a lower-case letter, a
double quotation mark and a capitalised word, with no white space anywhere in
between.

Left alone, because they are correct or belong to other rules: URLs, domains
and e-mail addresses (any token with "/", "@" or a second dot), file names and
domains with a capitalised extension (report.PDF, Web.DE), abbreviations and
initials before the point (U.S., e.g., z.B., J.R.R., Mr.), numbers, decimals,
versions and ordinals (v1.2.3, "1.Bauen": a detokenisation artifact for
token-artifact), ellipses, camelCase and words with inner capitals around the
point (code such as console.WriteLine, brands), a lower-case name, a point and
a capitalised name in a text that has code spans or calls ("sync.Map",
"client.Close"), words that markup separates in the file ("end.<br>Next"),
apostrophes and single quotation marks, lower-case words after the point
(domains such as pravda.com.ua), and languages written without spaces between
words. Quotation marks spaced by the locale's convention (French « », German
„…“, Scandinavian »…«) are never glued, so they never match.`,
	Bad:      `The school must not leave anyone behind."The opposition disagreed.`,
	Good:     `The school must not leave anyone behind." The opposition disagreed.`,
	Severity: checker.Warning,
	Check:    checkMissingSpace,
}

// oneLetterWords are the capital letters that are words of their own in the
// Latin, Greek and Cyrillic languages mtlint reads.
const oneLetterWords = "AEIOUYÀÅÄÖØÆÓWZVSKАВИКОСУЯ"

// tokenSuffixes are file extensions and top-level domains that may follow a
// point in capitals ("Web.DE", "Report.Pdf"); a word after the point that is
// one of them is a name, not a new sentence.
var tokenSuffixes = textutil.ParseWordList(`com net org edu gov int mil info biz io co uk de fr it es ru ua
nl be at ch pl eu us ca au jp cn in tv me
pdf doc docx xls xlsx ppt pptx txt csv rtf odt jpg jpeg png gif svg tif tiff bmp webp heic
mp3 mp4 mov avi wav zip rar exe dll html htm php js css json xml yml yaml md go py java`)

func checkMissingSpace(p *checker.Pass) error {
	if p.Locale.NoWordSpaces {
		return nil
	}
	abbr := fragmentAbbreviations.all()
	// Units of a bilingual file are separate strings: one that shows code
	// says nothing about the others.
	units := p.Doc.SegmentList()
	code := !units && textutil.MentionsCode(p.Doc)
	for _, b := range p.Doc.Blocks {
		text := b.Text
		if units {
			// Placeholders are the verbatim spans of a unit, not code.
			code = strings.Contains(b.Text, "()") || strings.ContainsRune(b.Text, '`')
		}
		for i := 0; i < len(text); {
			// The common case: nothing starts here.
			if i = missingSpaceStops.Skip(text, i); i == len(text) {
				break
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			var start, end int
			ok := false
			switch {
			case r == '.' || r == '!' || r == '?':
				start, end, ok = gluedSentence(text, i, p.Locale, abbr)
				if ok && code && r == '.' && !strings.ContainsFunc(text[i:end], isDoubleQuote) {
					// "sync.Map", "client.Close": a qualified name in a text
					// about code. Glued quotation marks still count.
					ok = false
				}
			case r == ',' || r == ':' || r == ';':
				// A quotation glued to the clause that introduces it:
				// said,"We ... / sagte:„Wir ...
				if q, qn := utf8.DecodeRuneInString(text[i+1:]); isDoubleQuote(q) {
					if start, ok = sentenceWordBefore(text, i); ok {
						end, ok = sentenceWordAfter(text, i+1+qn)
					}
				}
			case isDoubleQuote(r):
				start, end, ok = gluedQuote(text, i, n)
			}
			if ok && b.RawEnd(end)-b.Raw(start) != end-start {
				// Markup between the words ("template.<br>Refer", an
				// entity): the file separates what the text joins.
				ok = false
			}
			if ok {
				glued := text[start:end]
				p.Report(b, textdoc.Span{Start: start, End: end},
					fmt.Sprintf("missing space in %q: a sentence or quotation is glued to the text before it", glued),
					"insert a space after the punctuation")
				i = end
				continue
			}
			i += n
		}
	}
	return nil
}

// isDoubleQuote reports whether r is a double quotation mark of any locale.
// Single marks double as apostrophes and are left alone.
func isDoubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»':
		return true
	}
	return false
}

// missingSpaceStops are the bytes the rule's scan stops at: the first bytes
// of the characters at which a glued sentence or quotation can start (the
// sentence marks, the marks before a quotation, and the double quotation
// marks of isDoubleQuote).
var missingSpaceStops = firstBytes(missingSpaceMarks)

// missingSpaceMarks are the characters missingSpaceStops stops at.
const missingSpaceMarks = `.!?,:;"“”„‟«»`

// gluedSentenceNext marks the ASCII bytes that may follow the mark of a glued
// sentence: the capitals, and the quotation marks and brackets that
// gluedSentence passes over before the capital.
var gluedSentenceNext = func() (t [utf8.RuneSelf]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for _, c := range "\"'()[]{}" {
		t[c] = true
	}
	return t
}()

// gluedSentence checks the sentence mark at i: a lower-case word before it,
// optional quotation marks and brackets, then a capitalised word, all without
// white space. It returns the span from the word before to the word after.
func gluedSentence(text string, i int, loc *textdoc.Locale, abbr map[string]bool) (int, int, bool) {
	// Most marks end the text or stand before a space, a lower-case letter
	// or a digit: the word after them must start with a capital, after
	// quotation marks and brackets only.
	if i+1 == len(text) || text[i+1] < utf8.RuneSelf && !gluedSentenceNext[text[i+1]] {
		return 0, 0, false
	}
	if i+1 < len(text) && strings.ContainsRune(".!?", rune(text[i+1])) || i > 0 && text[i-1] == '.' {
		return 0, 0, false // an ellipsis or "?!": not the shape
	}
	// A quotation or bracket may close before the point: «basta».Después,
	// and French spaces the guillemet: « accord ».Les.
	w := i
	for n := 0; n < 2 && w > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:w])
		if !strings.ContainsRune("\"”“«»)]", r) {
			break
		}
		w -= size
		if r == '»' || r == '«' {
			if sp, n := utf8.DecodeLastRuneInString(text[:w]); sp == ' ' || sp == '\u00a0' || sp == '\u202f' {
				w -= n
				break
			}
		}
	}
	start, ok := sentenceWordBefore(text, w)
	if !ok {
		return 0, 0, false
	}
	if textutil.IsAbbreviationToken(text[start:w], loc.Abbreviations, abbr) {
		return 0, 0, false
	}
	brand := w == i && unicode.IsUpper(textutil.LeadRune(text[start:w]))
	k := i + 1
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !textutil.IsCloser(r) && !strings.ContainsRune("„‟([{‘‚‛\"“«»", r) {
			break
		}
		k += n
	}
	end, ok := sentenceWordAfter(text, k)
	if !ok {
		return 0, 0, false
	}
	if brand && k == i+1 && utf8.RuneCountInString(text[k:end]) <= 3 {
		return 0, 0, false // a dotted brand: "One.Tel", "Web.De"
	}
	return start, end, true
}

// gluedQuote checks the double quotation mark at i (n bytes long): a
// lower-case letter right before it and a capitalised word right after it.
func gluedQuote(text string, i, n int) (int, int, bool) {
	start, ok := sentenceWordBefore(text, i)
	if !ok {
		return 0, 0, false
	}
	end, ok := sentenceWordAfter(text, i+n)
	if !ok {
		return 0, 0, false
	}
	return start, end, true
}

// sentenceWordBefore returns the start of the word that ends at i when it is a
// sentence's last word: three or more letters ending in a lower-case letter,
// preceded by white space, a quotation mark or a bracket, and not part of a
// URL, a dotted name, a handle or a hyphenated code.
func sentenceWordBefore(text string, i int) (int, bool) {
	j := i
	letters := 0
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		if letters == 0 && !unicode.IsLower(r) {
			return 0, false
		}
		letters++
		j -= n
		if unicode.IsUpper(r) && j > 0 {
			// An upper-case letter inside the word: camelCase code
			// ("tokenSource.Token") unless the word starts there.
			if p, _ := utf8.DecodeLastRuneInString(text[:j]); unicode.IsLetter(p) {
				return 0, false
			}
		}
	}
	if letters < 3 {
		return 0, false
	}
	// What precedes the word must not make it part of a larger token.
	if j > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:j])
		if !textutil.IsBlank(r) && !textutil.IsCloser(r) && !strings.ContainsRune("„‟([{‘‚\"“«»-–—", r) {
			return 0, false // "pravda.com.Ua", "user@mail.Com", "a/b.Txt", "v2beta.X"
		}
	}
	// A token with a slash, an at sign or a second point anywhere is a URL,
	// an address or a path.
	tokStart := strings.LastIndexFunc(text[:j], textutil.IsBlank) + 1
	if strings.ContainsAny(text[tokStart:i], "/@\\_=#:") {
		return 0, false
	}
	return j, true
}

// sentenceWordAfter returns the end of the capitalised word that starts at k: an
// upper-case letter followed by lower-case letters (or the single-letter
// words "I", "A" followed by a space), not a file extension or a domain,
// and not followed by a point and a letter, a bracket or an at sign (code, a
// domain).
func sentenceWordAfter(text string, k int) (int, bool) {
	r, n := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsUpper(r) {
		return 0, false
	}
	e := k + n
	for e < len(text) {
		r2, n2 := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
			break
		}
		if !unicode.IsLower(r2) && !unicode.Is(unicode.Mn, r2) {
			return 0, false // "ASP.NET", "console.WriteLine", "Report.PDF"
		}
		e += n2
	}
	word := text[k:e]
	if e == k+n {
		// One capital letter: a one-letter word ("I", Norwegian "I", Polish
		// "W", Russian "В") followed by a space and a word; another letter
		// is an initial or a code ("Ph.D", "Zafi.D virus").
		if !strings.ContainsRune(oneLetterWords, r) || e+1 >= len(text) || text[e] != ' ' || !unicode.IsLetter(textutil.LeadRune(text[e+1:])) {
			return 0, false
		}
	}
	if tokenSuffixes[strings.ToLower(word)] {
		return 0, false
	}
	if e < len(text) {
		next, nn := utf8.DecodeRuneInString(text[e:])
		if strings.ContainsRune("(@_/\\=", next) || unicode.IsDigit(next) {
			return 0, false
		}
		if next == '.' && e+nn < len(text) && !textutil.IsBlank(textutil.LeadRune(text[e+nn:])) {
			return 0, false // "Foo.Bar.baz", "Example.Com.ua"
		}
	}
	return e, true
}
