package rules

import (
	"strings"
	"unicode"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// StrayPunctuation finds paragraphs that are only a punctuation mark, and
// paragraphs that start with one that cannot open text (", Brussels" where a
// byline lost its author).
var StrayPunctuation = &checker.Rule{
	ID:    "stray-punctuation",
	Title: "a paragraph of punctuation only or starting with a comma or period, a full stop after ? or !, a source's quotation punctuation",
	Doc: `Machine translation and crawling leave punctuation behind when the words around
it are dropped: a paragraph that is a lone "." or ",", or a dateline whose author was
removed (", Brussels"). Readers see a stray mark at once.

The rule reports a paragraph made only of the marks . , ; : (and the same marks in
full width), and a paragraph that starts with one of them followed by text. Section
breaks ("***", "* * *", "—", "⁂"), ellipses ("…and then"), dialogue dashes, list
bullets, opening quotes and brackets, and Spanish ¿ ¡ are correct and left alone.

It also reports a full stop right after a question or exclamation mark ("Europe?."),
except in texts about code, and, in languages other than Russian, Ukrainian, Belarusian,
Bulgarian, Serbian, Macedonian and Kazakh, a comma and a dash after a closing quotation
mark ('"...", — afirmou ela'): the way those languages write a quotation's attribution,
carried over by the translation.`,
	Bad:      ", Brussels",
	Good:     "By Anna Berg, Brussels",
	Severity: checker.Error,
	// A unit of ":" or ", " is a UI separator, translated as such.
	RunningText: true,
	Check:       checkStrayPunctuation,
}

// strayMarks are the marks that cannot stand alone or open a paragraph.
const strayMarks = ".,;:，。；：、"

func checkStrayPunctuation(p *checker.Pass) error {
	code := textutil.MentionsCode(p.Doc)
	quoteDash := !cyrillicQuotation[baseLang(p.Doc.Lang)] && p.Doc.Lang != ""
	for _, b := range p.Doc.Blocks {
		text := b.Text
		if !code && (strings.Contains(text, "?.") || strings.Contains(text, "!.")) {
			reportMarkThenPeriod(p, b)
		}
		if quoteDash && strings.Contains(text, ", ") {
			reportQuotationDash(p, b)
		}
		if !textutil.HasLetter(text) {
			if strings.Trim(text, strayMarks+" \u00a0") == "" && !strings.Contains(text, "..") {
				whole := textdoc.Span{Start: 0, End: len(text)}
				p.ReportFix(b, whole, "paragraph is only punctuation", "remove the paragraph",
					checker.RemoveLines(whole))
			}
			continue
		}
		r, n := textutil.FirstRune(text)
		if !strings.ContainsRune(strayMarks, r) {
			continue
		}
		rest := text[n:]
		if r == '.' && (strings.HasPrefix(rest, ".") || startsWithDigit(rest)) {
			// An ellipsis, or a decimal such as ".5" or a file name ".env".
			continue
		}
		if r2, _ := textutil.FirstRune(rest); r == '.' && unicode.IsLetter(r2) {
			// ".NET", ".com": a name, not a stray period.
			continue
		}
		end := n + len(rest) - len(strings.TrimLeft(rest, " \u00a0"))
		p.Report(b, textdoc.Span{Start: 0, End: end},
			"paragraph starts with a stray "+quoteMark(r), "remove the "+quoteMark(r)+"; restore what was dropped before it")
	}
	return nil
}

// reportMarkThenPeriod reports a full stop right after a question or
// exclamation mark that ends a sentence ("A blow to... Europe?."): the
// mark ends it already.
func reportMarkThenPeriod(p *checker.Pass, b *textdoc.Block) {
	t := b.Text
	for i := 1; i+1 < len(t); i++ {
		if t[i] != '.' || t[i-1] != '?' && t[i-1] != '!' {
			continue
		}
		if i+1 < len(t) && t[i+1] != ' ' && t[i+1] != '\n' {
			continue // "?.." or a path or code ("a?.b")
		}
		p.ReportFix(b, textdoc.Span{Start: i, End: i + 1}, "full stop after a "+quoteMark(rune(t[i-1])), "remove the full stop",
			checker.Replace(textdoc.Span{Start: i, End: i + 1}, ""))
	}
}

// cyrillicQuotation are the languages that write a quotation's attribution
// after a comma and a dash ("«...», — сказал он"), which is right there.
var cyrillicQuotation = map[string]bool{"ru": true, "uk": true, "be": true, "bg": true, "sr": true, "mk": true, "kk": true}

// reportQuotationDash reports a comma and a dash after a closing quotation
// mark ('"...", — afirmou ela'): the punctuation of a Russian or Ukrainian
// source kept in a language that writes the attribution after the comma
// alone.
func reportQuotationDash(p *checker.Pass, b *textdoc.Block) {
	t := b.Text
	for off := 0; ; {
		k := strings.Index(t[off:], ", ")
		if k < 0 {
			return
		}
		k += off
		off = k + 2
		q, _ := textutil.LastRune(t[:k])
		if !strings.ContainsRune("\"”»“'’", q) {
			continue
		}
		d, n := textutil.FirstRune(t[k+2:])
		if d != '—' && d != '–' && d != '-' {
			continue
		}
		if after := t[k+2+n:]; !strings.HasPrefix(after, " ") {
			continue
		}
		p.Report(b, textdoc.Span{Start: k, End: k + 2 + n}, "comma and dash after a quotation, as Russian writes it", ",")
	}
}

func startsWithDigit(s string) bool {
	r, _ := textutil.FirstRune(s)
	return unicode.IsDigit(r)
}

// quoteMark names a punctuation mark for a message.
func quoteMark(r rune) string {
	switch r {
	case ',', '，', '、':
		return "comma"
	case '.', '。':
		return "period"
	case ';', '；':
		return "semicolon"
	case ':', '：':
		return "colon"
	}
	return "\"" + string(r) + "\""
}
