package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// InvisibleCharacter finds zero-width, bidi-control and other invisible
// characters that copy and paste, CMS exports and MT carry into text.
var InvisibleCharacter = &checker.Rule{
	ID:    "invisible-character",
	Title: "an invisible character inside the text (zero-width space, bidi control, stray BOM)",
	Doc: `Invisible characters travel with text through web pages, CMS exports and machine
translation. Readers cannot see them, but they break search, spell checking, word counts
and line breaking, and bidi controls can reorder what a reader sees.

The rule reports the zero-width space U+200B, the word joiner U+2060, a byte order mark
U+FEFF anywhere but at the start of the file, the bidi embeddings, overrides and isolates
U+202A to U+202E and U+2066 to U+2069, the left-to-right and right-to-left marks U+200E,
U+200F and U+061C in text without right-to-left script, C0 control characters other than
tab, line feed and carriage return, and other invisible format characters. Soft hyphens
U+00AD are reported at info severity: they are hyphenation hints, harmless on screen but
noise in a translation. In paragraphs with Arabic or Hebrew script, bidi embeddings and
isolates are reported at info severity too.

Deliberately left alone: the zero-width joiner and non-joiner U+200D and U+200C (emoji
sequences, Persian, Indic scripts, German ligature control), the bidi marks in or next to
right-to-left script, a zero-width space between Thai, Lao, Khmer, Myanmar, Tibetan or
CJK characters (a word-break hint there), emoji tag sequences (the flags of England,
Scotland and Wales), script-specific format characters such as the Arabic number sign,
and all no-break and narrow spaces, which are correct typography (French « … »).
C1 control characters are left to the mojibake rule.`,
	Bad:      "The council\u200b approved the budget.",
	Good:     "The council approved the budget.",
	Severity: checker.Warning,
	Check:    checkInvisibleCharacter,
}

func checkInvisibleCharacter(p *checker.Pass) error {
	for _, b := range p.Doc.Blocks {
		for _, f := range findInvisible(b.Text, b.Raw(0) == 0) {
			p.ReportSeverity(b, textdoc.Span{Start: f.Start, End: f.End}, f.sev, f.Message, f.Suggestion)
		}
	}
	return nil
}

// invisibleFinding is a run of invisible characters in a string.
type invisibleFinding struct {
	encodingFinding
	sev checker.Severity
}

// findInvisible returns the runs of reportable invisible characters in text.
// atFileStart says text starts the file, where a byte order mark is correct.

func findInvisible(text string, atFileStart bool) []invisibleFinding {
	rtl := -1 // whether text has right-to-left script; computed on demand
	hasRTL := func() bool {
		if rtl < 0 {
			rtl = 0
			if strings.IndexFunc(text, isRTL) >= 0 {
				rtl = 1
			}
		}
		return rtl == 1
	}
	var out []invisibleFinding
	for i := 0; i < len(text); {
		// Printable ASCII and line breaks, the common case, are passed over
		// eight bytes at a time.
		if i = textutil.SkipPrintable(text, i); i == len(text) {
			break
		}
		if _, _, ok := textutil.Latin1Letter(text, i); ok {
			i += 2 // an accented letter, × or ÷: visible
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		sev := invisibleSeverity(text, i, r, n, atFileStart, hasRTL)
		if sev == 0 {
			i += n
			continue
		}
		if r == 0xad {
			// Soft hyphens: one finding for the word, the word without them
			// as suggestion.
			start, end := wordAround(text, i, i+n)
			word := text[start:end]
			out = append(out, invisibleFinding{
				encodingFinding: encodingFinding{Start: start, End: end,
					Message:    "invisible character " + runeName(r) + " in " + textutil.QuoteShort(strings.ReplaceAll(word, "\u00ad", "-")),
					Suggestion: strings.ReplaceAll(word, "\u00ad", "")},
				sev: sev,
			})
			i = end
			continue
		}
		// A run of reportable characters is one finding.
		start, end := i, i+n
		names := []rune{r}
		for end < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			s2 := invisibleSeverity(text, end, r2, n2, atFileStart, hasRTL)
			if s2 == 0 || r2 == 0xad {
				break
			}
			sev = max(sev, s2)
			if !containsRune(names, r2) {
				names = append(names, r2)
			}
			end += n2
		}
		out = append(out, invisibleFinding{
			encodingFinding: encodingFinding{Start: start, End: end,
				Message: invisibleMessage(names), Suggestion: invisibleSuggestion(end-start > len(string(r)))},
			sev: sev,
		})
		i = end
	}
	return out
}

// invisibleSeverity rates the character r of size n at offset i of text: 0
// when it is visible or correct where it stands.
func invisibleSeverity(text string, i int, r rune, n int, atFileStart bool, hasRTL func() bool) checker.Severity {
	switch {
	case r < 0x80:
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return checker.Warning
		}
		return 0
	case r <= 0x9f:
		return 0 // C1 controls: the mojibake rule's
	case r == 0xad:
		if p := prevRune(text, i); p == 'Ã' || p == 'Â' {
			return 0 // "Ã\u00ad" is í read as Windows-1252: the mojibake rule's
		}
		return checker.Info
	case r == 0x200c || r == 0x200d:
		return 0 // ZWNJ, ZWJ
	case r == 0x200e || r == 0x200f || r == 0x061c:
		if hasRTL() {
			return 0
		}
		return checker.Warning
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		if hasRTL() {
			return checker.Info
		}
		return checker.Warning
	case r == 0x200b:
		if breakHintScript(prevRune(text, i)) || breakHintScript(nextRune(text, i+n)) {
			return 0
		}
		return checker.Warning
	case r == 0xfeff:
		if i == 0 && atFileStart {
			return 0
		}
		return checker.Warning
	case r >= 0xe0000 && r <= 0xe007f:
		// Tag characters spell the subdivision flags after U+1F3F4.
		j := i
		for j > 0 {
			p, pn := utf8.DecodeLastRuneInString(text[:j])
			if p == 0x1f3f4 {
				return 0
			}
			if p < 0xe0000 || p > 0xe007f {
				break
			}
			j -= pn
		}
		return checker.Warning
	case scriptFormat(r):
		return 0
	case unicode.Is(unicode.Cf, r):
		return checker.Warning
	}
	return 0
}

// scriptFormat reports format characters that belong to a script's writing
// system and show as marks or control its shaping.
func scriptFormat(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06dd, r == 0x070f, r == 0x0890, r == 0x0891, r == 0x08e2,
		r == 0x180e, r == 0x110bd, r == 0x110cd, r >= 0x13430 && r <= 0x1345f,
		r >= 0x1bca0 && r <= 0x1bca3, r >= 0x1d173 && r <= 0x1d17a:
		return true
	}
	return false
}

// isRTL reports whether r belongs to a right-to-left script.
func isRTL(r rune) bool {
	return r >= 0x0590 && r <= 0x08ff || r >= 0xfb1d && r <= 0xfdff || r >= 0xfe70 && r <= 0xfefc ||
		r >= 0x10800 && r <= 0x10fff || r >= 0x1e800 && r <= 0x1efff
}

// breakHintScript reports whether r belongs to a script written without
// spaces, where a zero-width space marks a word boundary.
func breakHintScript(r rune) bool {
	return r >= 0x0e00 && r <= 0x0fff || // Thai, Lao, Tibetan
		r >= 0x1000 && r <= 0x109f || // Myanmar
		r >= 0x1780 && r <= 0x17ff || // Khmer
		r >= 0x3000 && r <= 0x30ff || r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff || // CJK, kana
		r >= 0xa980 && r <= 0xa9df || r >= 0x1b00 && r <= 0x1b7f // Javanese, Balinese
}

func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func nextRune(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// runeName names r for a message: "U+200B ZERO WIDTH SPACE".
func runeName(r rune) string {
	name := runenames.Name(r)
	switch {
	case r == 0xfeff:
		name = "ZERO WIDTH NO-BREAK SPACE (byte order mark)"
	case name == "" || strings.HasPrefix(name, "<"):
		name = "control character"
	}
	return fmt.Sprintf("U+%04X %s", r, name)
}

// wordAround widens [start, end) to the letters, digits, marks and soft
// hyphens around it.
func wordAround(text string, start, end int) (int, int) {
	in := func(r rune) bool {
		return r == 0xad || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
	}
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !in(r) {
			break
		}
		start -= n
	}
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !in(r) {
			break
		}
		end += n
	}
	return start, end
}

func invisibleMessage(rs []rune) string {
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = runeName(r)
	}
	if len(names) == 1 {
		return "invisible character " + names[0]
	}
	return "invisible characters " + strings.Join(names, ", ")
}

func invisibleSuggestion(several bool) string {
	if several {
		return "remove them"
	}
	return "remove it"
}
