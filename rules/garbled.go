package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
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
// kind.
func garbledSigns(text, lang string) []string {
	var signs []string
	fields := strings.Fields(text)
	for _, f := range fields {
		if g := gluedWord(f); g != "" {
			signs = append(signs, fmt.Sprintf("glued words %q", g))
			break
		}
	}
	for _, clash := range []string{",,", ",.", ".,", ";,", ",;", "::"} {
		if strings.Contains(text, clash) {
			signs = append(signs, fmt.Sprintf("clashing punctuation %q", clash))
			break
		}
	}
	if letters, ok := singleLetterWords[lang]; ok {
		var stray []string
		for i, f := range fields {
			r, n := utf8.DecodeRuneInString(f)
			if n != len(f) || !unicode.IsLower(r) || strings.ContainsRune(letters, r) {
				continue
			}
			if i+1 < len(fields) && strings.HasPrefix(fields[i+1], ")") {
				continue
			}
			stray = append(stray, f)
		}
		if len(stray) >= 2 {
			signs = append(signs, fmt.Sprintf("stray letters %q", strings.Join(stray, " ")))
		}
	}
	if fw, words, ok := langid.FunctionWords(text, lang); ok && words >= 10 && fw*25 < words {
		lower := 0
		for _, f := range fields {
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
				lower++
			}
		}
		if lower*2 >= len(fields) {
			signs = append(signs, fmt.Sprintf("%d words with %d function words", words, fw))
		}
	}
	return signs
}

// gluedWord returns a field's glued pair of words ("ferryThe"): three or
// more lower-case letters followed by a capital and a lower-case letter.
func gluedWord(field string) string {
	rs := []rune(strings.Trim(field, ".,;:!?\"'“”„«»()[]"))
	run := 0
	for i, r := range rs {
		switch {
		case unicode.IsLower(r):
			run++
		case unicode.IsUpper(r) && run >= 3 && i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsLower(rs[0]):
			return string(rs)
		default:
			run = 0
		}
	}
	return ""
}
