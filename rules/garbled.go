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
	for i := 0; ; {
		start, end, glue := garbledField(text, i, pendingStray != "")
		if start == len(text) {
			break
		}
		i = end
		f := text[start:end]
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
	if clash := clashingPunctuation(text); clash != "" {
		signs = append(signs, fmt.Sprintf("clashing punctuation %q", clash))
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

// The classes of garbledByte.
const (
	garbledPlain   = iota // an ASCII character that is neither a capital nor a space
	garbledCapital        // A to Z
	garbledSpace          // the ASCII white space of unicode.IsSpace
	garbledOther          // a byte of a character outside ASCII
)

// garbledByte classifies the bytes for the walk over a sentence's fields in
// garbledSigns.
var garbledByte = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = garbledCapital
	}
	for _, c := range "\t\n\v\f\r " {
		t[c] = garbledSpace
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = garbledOther
	}
	return t
}()

// garbledField returns the bounds of the first field of text at or after
// i that garbledSigns has to see, start == len(text) when there is none.
// The fields are runs of characters that are not unicode.IsSpace, as
// strings.Fields splits them. glue reports whether the field may hold a
// glued pair of words: a capital or a character outside ASCII after its
// first character. garbledSigns has to see a field that may glue words or
// be a stray letter (one character), and with next the field after i
// whatever it is; the others are passed over here. The walk reads a byte a
// step through a table, the plain bytes of a field in a loop of their own.
func garbledField(text string, i int, next bool) (start, end int, glue bool) {
	for {
		n := 1
		for ; i < len(text); i += n {
			n = 1
			if k := garbledByte[text[i]]; k == garbledOther {
				var r rune
				if r, n = utf8.DecodeRuneInString(text[i:]); !unicode.IsSpace(r) {
					break
				}
			} else if k != garbledSpace {
				break
			}
		}
		if i == len(text) {
			return i, i, false
		}
		start = i
		var class uint8
		for i += n; ; {
			for i < len(text) && garbledByte[text[i]] == garbledPlain {
				i++
			}
			if i == len(text) {
				break
			}
			k := garbledByte[text[i]]
			if k == garbledCapital {
				class = garbledCapital
				i++
				continue
			}
			if k == garbledSpace {
				break
			}
			r, m := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				break
			}
			class = garbledCapital // outside ASCII: it may be a capital
			i += m
		}
		if next || class != 0 || i-start == n {
			return start, i, class != 0
		}
	}
}

// clashingPunctuation returns the first of ",," ",." ".," ";," ",;" "::"
// that text holds, or "". All but the last hold a comma, so one search for
// the commas finds them.
func clashingPunctuation(text string) string {
	found := 0 // a bit for each pair, in the order above
	for i := strings.IndexByte(text, ','); i >= 0; {
		if i+1 < len(text) {
			switch text[i+1] {
			case ',':
				found |= 1 << 0
			case '.':
				found |= 1 << 1
			case ';':
				found |= 1 << 4
			}
		}
		if i > 0 {
			switch text[i-1] {
			case '.':
				found |= 1 << 2
			case ';':
				found |= 1 << 3
			}
		}
		j := strings.IndexByte(text[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if found == 0 && strings.Contains(text, "::") {
		return "::"
	}
	for k, clash := range []string{",,", ",.", ".,", ";,", ",;"} {
		if found&(1<<k) != 0 {
			return clash
		}
	}
	return ""
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
