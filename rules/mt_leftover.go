package rules

import (
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// MTLeftover finds what a translation service or a language model wrote
// around the translation and what was published with it: "Here is the
// translation:", "As an AI language model", "I hope this helps!",
// "Translated with DeepL", "This audio version was artificially generated".
var MTLeftover = &checker.Rule{
	ID:    "mt-leftover",
	Title: "a preamble, postamble or stamp of a translation service or language model left in the text",
	Doc: `Text that went through a language model or a translation service often keeps
what the tool wrote around the translation: a preamble ("Certainly, here's a
paraphrased version of the text:", "Hier ist die Übersetzung:"), a postamble ("I
hope this helps!", "Let me know if you'd like any changes."), a refusal ("As an AI
language model, I ..."), the service's stamp ("Translated with DeepL", "Übersetzer:
DeepL") or the note of a generated audio version ("This audio version was
artificially generated").

The rule reports a sentence that starts with a listed phrase, optionally after an
interjection ("Certainly,", "Gerne,", "Bien sûr,"). The phrases are data files, one
per language (rules/data/mt-leftover/<lang>.txt: en, de, fr, es, it, nl, pl, pt, ru) plus
service stamps for every language (common.txt); English phrases are checked in
every document, since models often answer in English around a translation into
another language. Matching is by whole words at the start of a sentence,
ignoring case, the shape of quotation marks and apostrophes, and runs of spaces,
so that the same words inside a sentence ("she said she hoped this helps") and
credits of human translators ("Translated by Jane Doe") are left alone.`,
	Bad:      "Certainly, here's a paraphrased version of the text:\n\nThe council approved the budget on Tuesday.",
	Good:     "The council approved the budget on Tuesday.",
	Severity: checker.Warning,
	Check:    checkMTLeftover,
}

//go:embed data/mt-leftover
var mtLeftoverFiles embed.FS

// leftoverPhrases is one language's phrase list: phrases by their first
// word, and the interjections that may come before a phrase.
type leftoverPhrases struct {
	byFirst map[string][]leftoverPhrase
	leads   []string
	// pairs holds the first two words of every phrase (leadWords' form),
	// and leadStarts the first word of every interjection, so that most
	// sentences are passed over after two map look-ups and no allocation.
	pairs, leadStarts map[string]bool
}

// leftoverPhrase is one listed phrase. A preamble ("here is the translation
// …:") announces the text with a colon; without the colon the same words are
// an ordinary sentence ("Here is the translation of the first chapter, she
// said").
type leftoverPhrase struct {
	text     string
	preamble bool
}

// preambleMark ends a phrase in the data files that must be followed by a
// colon later in its sentence.
const preambleMark = " …:"

// leftoverFiles holds each phrase file ("en", "common"), parsed on first
// use: a run with a known language reads three of them.
var leftoverFiles = newPerKey(parseLeftoverFile)

// leftoverList returns the phrases of data/mt-leftover/NAME.txt, nil when
// there is no such file.
func leftoverList(name string) *leftoverPhrases { return leftoverFiles.get(name) }

// parseLeftoverFile parses one embedded phrase file.
func parseLeftoverFile(name string) *leftoverPhrases {
	if name == "" || strings.ContainsAny(name, "/.") {
		return nil
	}
	data, err := mtLeftoverFiles.ReadFile("data/mt-leftover/" + name + ".txt")
	if err != nil {
		return nil // no list for this language
	}
	lp := &leftoverPhrases{byFirst: map[string][]leftoverPhrase{}, pairs: map[string]bool{}, leadStarts: map[string]bool{}}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = normalizeLeftover(line)
		if line == "" {
			continue
		}
		if lead, ok := strings.CutPrefix(line, "lead "); ok {
			lp.leads = append(lp.leads, lead)
			var buf [leadKeySize]byte
			lp.leadStarts[string(leadWords(buf[:0], lead, 1))] = true
			continue
		}
		text, preamble := strings.CutSuffix(line, preambleMark)
		first := firstLeftoverWord(text)
		var buf [leadKeySize]byte
		lp.pairs[string(leadWords(buf[:0], text, 2))] = true
		lp.byFirst[first] = append(lp.byFirst[first], leftoverPhrase{text, preamble})
	}
	return lp
}

// leftoverNames lists the phrase files, sorted.
func leftoverNames() []string {
	entries, err := mtLeftoverFiles.ReadDir("data/mt-leftover")
	if err != nil {
		return nil // embedded at build time; the fixture tests catch a broken build
	}
	var names []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".txt"); ok {
			names = append(names, name)
		}
	}
	return names
}

// leftoverLists parses every embedded phrase file, by name.
func leftoverLists() map[string]*leftoverPhrases {
	out := map[string]*leftoverPhrases{}
	for _, name := range leftoverNames() {
		if lp := leftoverList(name); lp != nil {
			out[name] = lp
		}
	}
	return out
}

// leftoverListsFor returns the phrase lists that apply to a document in
// language lang: its own, English and the service stamps; every list, in
// the order of their names, when the language is unknown.
func leftoverListsFor(lang string) []*leftoverPhrases {
	var names []string
	if lang == "" {
		names = leftoverNames()
	} else {
		names = []string{"common", "en"}
		if lang != "en" && lang != "common" {
			names = append(names, lang)
		}
	}
	out := make([]*leftoverPhrases, 0, len(names))
	for _, name := range names {
		if lp := leftoverList(name); lp != nil {
			out = append(out, lp)
		}
	}
	return out
}

func checkMTLeftover(p *checker.Pass) error {
	lists := leftoverListsFor(p.Doc.Lang)
	for _, b := range p.Doc.Blocks {
		for _, s := range b.Sentences {
			sent := b.Text[s.Start:s.End]
			if nl := strings.IndexByte(sent, '\n'); nl > 0 {
				sent = sent[:nl] // a preamble line before the translation
			}
			if phrase, ok := matchLeftover(sent, lists); ok {
				p.Report(b, textdoc.Span{Start: s.Start, End: s.Start + len(sent)},
					fmt.Sprintf("leftover of a translation service or language model (%q): not part of the text", phrase),
					"remove the sentence")
			}
		}
	}
	return nil
}

// matchLeftover reports the listed phrase that sentence s starts with, after
// an optional interjection.
func matchLeftover(s string, lists []*leftoverPhrases) (string, bool) {
	if len(s) > 200 {
		s = s[:200]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	var pairBuf, firstBuf [leadKeySize]byte
	pair := leadWords(pairBuf[:0], s, 2)
	first := leadWords(firstBuf[:0], s, 1)
	if len(first) == 0 {
		return "", false
	}
	var norm string
	for _, lp := range lists {
		if lp == nil || !lp.pairs[string(pair)] && !lp.leadStarts[string(first)] {
			continue
		}
		if norm == "" {
			norm = normalizeLeftover(s)
		}
		if ph, ok := lp.match(norm); ok {
			return ph, true
		}
		for _, lead := range lp.leads {
			rest, ok := strings.CutPrefix(norm, lead)
			if !ok || rest == "" || !strings.ContainsRune(",!.", rune(rest[0])) {
				continue
			}
			rest = strings.TrimLeft(rest[1:], " ")
			if ph, ok := lp.match(rest); ok {
				return ph, true
			}
		}
	}
	return "", false
}

// match reports the phrase of lp that the normalised text starts with, as
// whole words.
func (lp *leftoverPhrases) match(norm string) (string, bool) {
	for _, ph := range lp.byFirst[firstLeftoverWord(norm)] {
		rest, ok := strings.CutPrefix(norm, ph.text)
		if !ok {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(next) || unicode.IsDigit(next) {
			continue // the phrase ends inside a word
		}
		if ph.preamble && !strings.Contains(rest, ":") {
			continue
		}
		return ph.text, true
	}
	return "", false
}

// leadKeySize bounds the bytes of a key made by leadWords; longer keys are
// cut, the same way for phrases and sentences.
const leadKeySize = 64

// leadWords appends to buf the first n words of s, lower-cased, with
// typographic apostrophes made straight and one space between them: the key
// under which a phrase is filed and a sentence is looked up. Words are runs
// of letters, digits and apostrophes; anything else separates them.
func leadWords(buf []byte, s string, n int) []byte {
	words, in := 0, false
	for i := 0; i < len(s); {
		// ASCII is read by table: its letters lower-cased, its digits and
		// the apostrophe as they are.
		var r rune
		word := false
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if l := asciiLetterLower[c]; l != 0 {
				r, word = rune(l), true
			} else {
				r, word = rune(c), c-'0' < 10 || c == '\''
			}
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			if r == '’' || r == 'ʼ' {
				r = '\''
			}
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
			r = unicode.ToLower(r)
		}
		if word {
			if !in {
				if words == n {
					break
				}
				if words > 0 {
					buf = append(buf, ' ')
				}
				words++
				in = true
			}
			if len(buf)+utf8.UTFMax > leadKeySize {
				break
			}
			buf = utf8.AppendRune(buf, r)
			continue
		}
		in = false
	}
	return buf
}

// firstLeftoverWord returns the leading letters and apostrophes of s.
func firstLeftoverWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && r != '\'' && r != '¡' && r != '¿' {
			return s[:i]
		}
	}
	return s
}

// normalizeLeftover lower-cases s, turns typographic apostrophes and
// quotation marks into straight ones and collapses white space, so that a
// phrase list needs one spelling.
func normalizeLeftover(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case textutil.IsBlank(r):
			space = sb.Len() > 0
			continue
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case strings.ContainsRune("“”„«»", r):
			r = '"'
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
