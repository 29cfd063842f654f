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
	Title: "a paragraph of punctuation only, or one starting with a comma or period",
	Doc: `Machine translation and crawling leave punctuation behind when the words around
it are dropped: a paragraph that is a lone "." or ",", or a dateline whose author was
removed (", Brussels"). Readers see a stray mark at once.

The rule reports a paragraph made only of the marks . , ; : (and the same marks in
full width), and a paragraph that starts with one of them followed by text. Section
breaks ("***", "* * *", "—", "⁂"), ellipses ("…and then"), dialogue dashes, list
bullets, opening quotes and brackets, and Spanish ¿ ¡ are correct and left alone.`,
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
	for _, b := range p.Doc.Blocks {
		text := b.Text
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
