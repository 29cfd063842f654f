package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// Garbled finds sentences with several independent signs of damage.
var Garbled = &checker.Rule{
	ID:    "garbled",
	Title: "a sentence with several signs of garbled text",
	Doc: `Machine translation of damaged input (crawled pages, OCR, text glued from several
fields) produces sentences that are not fluent: words glued together ("theFerry"),
clashing punctuation (",," ".,"), stray single letters, runs of words without any
of the language's function words. Any one of these signs has innocent causes, so
the rule is deliberately conservative: it reports a sentence only when two
different signs occur in it. Signs counted:

  - a glued word: lower-case letters run straight into a capitalised word
    ("ferryThe"; brand names such as iPhone, eBay, YouTube are left alone);
  - clashing punctuation: ",," ",." ".," ";," ",;" "::";
  - two or more stray single lower-case letters that are not words of the
    language (initials, list markers and "a", "I", "à", "y", "w", "и" are
    words or left alone);
  - a sentence of ten or more mostly lower-case words with (almost) none of the
    language's function words (under 4 %), in languages with a word list.

Headings, captions and table cells, text in another language (the untranslated
rule's), and documents of unknown language get no finding. Fragments, repeated
words and lone punctuation have rules of their own.`,
	Bad:           "the ferry company said,, that x the boats would q stop on the evening trips",
	Good:          "The ferry company said that the boats would stop on the evening trips.",
	Severity:      checker.Warning,
	Locale:        true,
	NeedsLanguage: true,
	Check:         checkGarbled,
}

// singleLetterWords are the one-letter words of each language.
var singleLetterWords = map[string]string{
	"en": "ai", "de": "", "fr": "aày", "es": "aoeuy", "it": "aeèio", "pt": "aeoàé",
	"nl": "u", "pl": "aiouwz", "ru": "авикосуя", "uk": "авзійоуя",
}

func checkGarbled(p *checker.Pass) error {
	lang := p.Doc.Lang
	if lang == "" || p.Locale.NoWordSpaces {
		return nil
	}
	rep, err := p.Languages()
	if err != nil {
		return err
	}
	for i, b := range p.Doc.Blocks {
		if b.Kind == textdoc.Heading || b.Kind == textdoc.Caption || b.Kind == textdoc.TableCell {
			continue
		}
		for _, sen := range b.Sentences {
			if foreignOverlap(rep.Blocks[i].Foreign, sen) {
				continue
			}
			signs := garbledSigns(b.Text[sen.Start:sen.End], lang)
			if len(signs) >= 2 {
				p.Report(b, sen, "sentence looks garbled: "+strings.Join(signs, "; "), "rewrite the sentence from the source")
			}
		}
	}
	return nil
}

func foreignOverlap(fs []langid.ForeignSpan, s textdoc.Span) bool {
	for _, f := range fs {
		if f.Span.Start < s.End && s.Start < f.Span.End {
			return true
		}
	}
	return false
}

// garbledSigns returns the signs of damage found in a sentence, one entry a
// kind. The sentence's fields are walked without a slice of them, and the
// signs that cost the most (the share of lower-case words, the function-word
// count) are taken only when another sign was found, since a sentence is
// reported only for two signs.
func garbledSigns(text, lang string) []string {
	letters, strayKnown := singleLetterWords[lang]
	var (
		glued        string
		stray        []string
		pendingStray string // a stray letter kept until the next field shows it is not a list marker ("a)")
	)
	for rest := text; ; {
		f, next, glue, ok := textutil.NextField(rest)
		if !ok {
			break
		}
		rest = next
		if pendingStray != "" {
			if f[0] != ')' {
				stray = append(stray, pendingStray)
			}
			pendingStray = ""
		}
		if glued == "" && glue {
			glued = gluedWord(f)
		}
		if strayKnown && len(f) <= utf8.UTFMax {
			if r, n := utf8.DecodeRuneInString(f); n == len(f) && unicode.IsLower(r) && !strings.ContainsRune(letters, r) {
				pendingStray = f
			}
		}
	}
	if pendingStray != "" {
		stray = append(stray, pendingStray)
	}
	var signs []string
	if glued != "" {
		signs = append(signs, fmt.Sprintf("glued words %q", glued))
	}
	for _, clash := range []string{",,", ",.", ".,", ";,", ",;", "::"} {
		if strings.Contains(text, clash) {
			signs = append(signs, fmt.Sprintf("clashing punctuation %q", clash))
			break
		}
	}
	if len(stray) >= 2 {
		signs = append(signs, fmt.Sprintf("stray letters %q", strings.Join(stray, " ")))
	}
	if len(signs) == 0 {
		return signs
	}
	fields, lower := 0, 0
	for rest := text; ; {
		f, next, _, ok := textutil.NextField(rest)
		if !ok {
			break
		}
		rest = next
		fields++
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			lower++
		}
	}
	if lower*2 < fields {
		return signs
	}
	if fw, words, ok := langid.FunctionWords(text, lang); ok && words >= 10 && fw*25 < words {
		signs = append(signs, fmt.Sprintf("%d words with %d function words", words, fw))
	}
	return signs
}

// gluedTrim reports the characters trimmed from a field's ends before it is
// judged as a glued word.
func gluedTrim(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '„', '«', '»', '(', ')', '[', ']':
		return true
	}
	return false
}

// gluedWord returns a field's glued pair of words ("ferryThe"): three or
// more lower-case letters followed by a capital and a lower-case letter.
// It decodes the field in place, without a copy; garbledSigns calls it only
// for a field that nextField found may hold such a pair.
func gluedWord(field string) string {
	w := strings.TrimFunc(field, gluedTrim)
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(first) {
		return ""
	}
	run := 0
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			run++
		case unicode.IsUpper(r) && run >= 3:
			if next, _ := utf8.DecodeRuneInString(w[i+utf8.RuneLen(r):]); i+utf8.RuneLen(r) < len(w) && unicode.IsLower(next) {
				if !utf8.ValidString(w) {
					return string([]rune(w)) // as a rune slice would have spelt it
				}
				return w
			}
			run = 0
		default:
			run = 0
		}
	}
	return ""
}
