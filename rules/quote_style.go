package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/quotes"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// QuoteStyle finds quotations set in the quotation marks of another language,
// left over from the source text: „Zitat“ or «citation» in English, „…“ in
// French.
var QuoteStyle = &checker.Rule{
	ID:    "quote-style",
	Title: "quotation marks of another language",
	Doc: `Each language has its own quotation marks: English “…”, German „…“ or »…«, French
« … », Polish „…”, Russian «…», Japanese 「…」. Machine translation often copies the
source's marks into the target, so an English text quotes „like this“ or «like this».

The rule pairs the quotation marks of each paragraph and reports the opening mark of a
quotation whose opening mark the target language does not use, once per quotation, with
the language's usual opening mark as the suggestion (the closing mark needs the same
change). Single marks are reported only for the unmistakable ‚…‘, ‹…› and ›…‹, and only
in languages that use single marks at all.

What counts as correct is the language's locale data, read generously: German accepts
„…“, »…«, «…» and “…”; Russian «…», „…“ and “…”; Polish „…”, „…“, «…» and »…«;
Spanish, Italian and Portuguese «…» and “…”. Left alone: apostrophes (’), straight quotes
(") unless the option straight names the language, a quotation whose opening mark is right and only the closing mark is of another
style („…” in German), a mark without a partner (unbalanced-pair's job), and every
document whose language is unknown or has no locale data.

Straight quotes are common on the web, professional German news included, so they are
reported only where asked: with straight set to "de, fr", a German or French text gets one
finding for each pair of " marks (annotators of professional MT evaluations mark them as
punctuation errors in German).

Two kinds of damage are reported as well, in every language whose marks the rule
knows (with or without locale data):
- a guillemet turned the wrong way: in languages that quote «…» (French, Spanish,
  Italian, Portuguese, Russian, Ukrainian, Norwegian, Greek, ...) a « where a
  quotation closes ("enorme«, sa hun", "ødelagt«Den") or a » where one opens; in
  languages that use both »…« and «…» (German, Danish, Czech, Polish, ...) a
  quotation closed with the mark it opened with («…« or »…»). Swedish and Finnish
  (»…») are left alone, and so are spaced marks (arrows, breadcrumbs), a lone »
  at the start of a paragraph (a link arrow), and a « glued between two words that
  a » closes later ("sa«Vi kommer»": an opening mark that lost its space);
- a German low opening mark „ flattened into a comma or two: a comma after white
  space, a colon or the start, glued to a capital, with a closing mark later in
  the paragraph (",We must act'", ",,Wir müssen handeln''"). A comma with a space
  before it and none after ("a later ferry ,a second boat") has no closing mark
  to match and is left to space-before-punctuation.`,
	Options: []checker.Option{
		{Name: "straight", Default: "", Kind: checker.List,
			Doc: "languages whose texts must not quote with straight marks (\"…\"), such as de, fr: each pair is reported with the language's marks"},
	},
	Bad:      "The mayor spoke of „a fresh start“ for the harbour.",
	Good:     "The mayor spoke of “a fresh start” for the harbour.",
	Severity: checker.Warning,
	Locale:   true,
	Check:    checkQuoteStyle,
}

func checkQuoteStyle(p *checker.Pass) error {
	loc := p.Locale
	checkQuoteDamage(p)
	if !quotes.KnownLocale(loc.Lang) {
		return nil
	}
	double := preferredQuote(loc, false)
	single := preferredQuote(loc, true)
	name := textutil.LanguageName(loc.Lang)
	straight := slices.Contains(p.ListOption("straight"), baseLang(loc.Lang)) && double.Open != 0
	for _, b := range p.Doc.Blocks {
		qp := quotes.PairQuotes(b.Text, b.Verbatim(), quotes.DoubleQuoteStyles, true)
		for _, pr := range qp.Pairs {
			open, close := pr[0].R, pr[1].R
			if open == '"' && close == '"' && straight {
				p.Report(b, quotes.MarkSpan(pr[0]), "straight quotation marks; "+name+" uses "+string(double.Open)+"…"+string(double.Close), string(double.Open))
				continue
			}
			if open == '"' || localeOpens(loc, open) {
				continue
			}
			p.Report(b, quotes.MarkSpan(pr[0]), quoteStyleMessage(open, close, name, double), string(double.Open))
		}
		if single.Open == 0 {
			continue
		}
		for _, pr := range singleQuotePairs(b.Text, b.Verbatim()) {
			open, close := pr[0].R, pr[1].R
			if localeOpens(loc, open) {
				continue
			}
			p.Report(b, quotes.MarkSpan(pr[0]), quoteStyleMessage(open, close, name, single), string(single.Open))
		}
	}
	return nil
}

func quoteStyleMessage(open, close rune, lang string, want textdoc.QuotePair) string {
	return string(open) + "…" + string(close) + " quotation marks are not used in " + lang +
		"; use " + string(want.Open) + "…" + string(want.Close)
}

// localeOpens reports whether r opens a quotation in the locale.
func localeOpens(loc *textdoc.Locale, r rune) bool {
	for _, q := range loc.Quotes {
		if q.Open == r {
			return true
		}
	}
	return false
}

// isSingleQuote reports whether r is a single quotation mark.
func isSingleQuote(r rune) bool {
	switch r {
	case '‘', '’', '‚', '‹', '›', '\'':
		return true
	}
	return false
}

// preferredQuote returns the locale's first pair of curly (not straight)
// double or single quotation marks, or the zero pair when it has none.
func preferredQuote(loc *textdoc.Locale, single bool) textdoc.QuotePair {
	for _, q := range loc.Quotes {
		if q.Open != '"' && isSingleQuote(q.Open) == single {
			return q
		}
	}
	return textdoc.QuotePair{}
}

// hasSingleLowOrAngle reports whether text holds ‚ ‹ or ›: the bytes E2 80
// and 9A, B9 or BA. One pass over the bytes E2 finds them, where a search
// for each would stop at every curly quote three times.
func hasSingleLowOrAngle(text string) bool {
	for i := strings.IndexByte(text, 0xe2); i >= 0 && i+2 < len(text); {
		if text[i+1] == 0x80 && (text[i+2] == 0x9a || text[i+2] == 0xb9 || text[i+2] == 0xba) {
			return true
		}
		j := strings.IndexByte(text[i+1:], 0xe2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// singleQuotePairs returns the unmistakable single quotations of text: ‚…‘,
// ‹…› and ›…‹, opening before a letter or digit after white space, an opening
// mark or the start, and closing after a non-space before anything but a
// letter or digit. Apostrophes are never involved.
func singleQuotePairs(text string, verbatim []textdoc.Span) [][2]quotes.PairMark {
	var out [][2]quotes.PairMark
	if !hasSingleLowOrAngle(text) {
		return out // no mark to pair: most text, found without decoding it
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		off := i
		i += n
		var want rune
		switch r {
		case '‚':
			want = '‘'
		case '‹':
			want = '›'
		case '›':
			want = '‹'
		default:
			continue
		}
		if inSpans(verbatim, off) || !opensSingle(text, off, n) {
			continue
		}
		for j := i; j < len(text); {
			c, m := utf8.DecodeRuneInString(text[j:])
			if c == r {
				break // another opening mark first: give up on this one
			}
			if c == want && closesSingle(text, j, m) {
				out = append(out, [2]quotes.PairMark{{R: r, Off: off}, {R: c, Off: j}})
				i = j + m
				break
			}
			j += m
		}
	}
	return out
}

func opensSingle(text string, off, n int) bool {
	if off > 0 {
		prev, _ := textutil.LastRune(text[:off])
		if !unicode.IsSpace(prev) && !unicode.Is(unicode.Ps, prev) && !unicode.Is(unicode.Pi, prev) &&
			prev != '„' && prev != '«' && prev != '»' && prev != '"' {
			return false
		}
	}
	next, _ := textutil.FirstRune(text[off+n:])
	return unicode.IsLetter(next) || unicode.IsDigit(next)
}

func closesSingle(text string, off, n int) bool {
	if off == 0 {
		return false
	}
	if prev, _ := textutil.LastRune(text[:off]); unicode.IsSpace(prev) {
		return false
	}
	if off+n == len(text) {
		return true
	}
	next, _ := textutil.FirstRune(text[off+n:])
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

func inSpans(spans []textdoc.Span, off int) bool {
	for _, s := range spans {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// checkQuoteDamage reports quotation marks broken rather than merely foreign:
// guillemets turned the wrong way for the language, and a low opening mark
// flattened into a comma. It runs for every language it knows the marks of,
// with or without locale data.
func checkQuoteDamage(p *checker.Pass) {
	lang := baseLang(p.Locale.Lang)
	orient := guillemetLanguages[lang]
	open := preferredQuote(p.Locale, false).Open
	if open == 0 || lang == "de" {
		open = '„'
		if lang != "de" {
			open = '“'
		}
	}
	for _, b := range p.Doc.Blocks {
		var found []quoteDamage
		if orient != 0 && hasGuillemet(b.Text) {
			found = wrongWayGuillemets(b.Text, b.Verbatim(), orient, textutil.LanguageName(lang))
		}
		if strings.Contains(b.Text, ",") {
			for _, d := range commaQuotes(b.Text, b.Verbatim()) {
				d.suggestion = string(open)
				found = append(found, d)
			}
		}
		for _, d := range found {
			p.Report(b, textdoc.Span{Start: d.off, End: d.end}, d.msg, d.suggestion)
		}
	}
}

// hasGuillemet reports whether s holds « or », both encoded as 0xC2 and a
// second byte: a search for that byte, faster than strings.ContainsAny
// with characters outside ASCII.
func hasGuillemet(s string) bool {
	for {
		i := strings.IndexByte(s, 0xC2)
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if s[i+1] == 0xAB || s[i+1] == 0xBB {
			return true
		}
		s = s[i+1:]
	}
}
