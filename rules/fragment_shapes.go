package rules

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// This file holds the fragment shapes that look at a whole block: a body
// paragraph that starts in lower case, a title that ends on a dash, a teaser
// cut on an ellipsis, and an article left before a preposition.

// fewLowerStarts reports whether lower-case paragraph starts are rare enough
// in the document to be damage: a text that starts three or more paragraphs,
// and a quarter or more of them, in lower case is written that way (a chat
// log, a poem, a style).
func fewLowerStarts(blocks []*textdoc.Block) bool {
	paragraphs, lower := 0, 0
	for _, b := range blocks {
		if b.Kind != textdoc.Paragraph {
			continue
		}
		paragraphs++
		if r, _ := utf8.DecodeRuneInString(b.Text); unicode.IsLower(r) {
			lower++
		}
	}
	return lower < 3 || lower*4 < paragraphs
}

// isLowerStartParagraph reports whether block i of blocks is a body
// paragraph, a full sentence or more, whose first word is an ordinary word
// in lower case: the start of its first sentence was cut or lost its
// capital ("you have a modified view on ..."). List items, brands (iPhone,
// eBay), codes, URLs, bylines, name particles ("von der Leyen") and the
// continuation of a paragraph broken by a page's layout are left alone.
func isLowerStartParagraph(d *textdoc.Document, i int, starts *blockStarts) bool {
	b := d.Blocks[i]
	if b.Kind != textdoc.Paragraph || len(b.Words) < 6 || b.Words[0].Start != 0 {
		return false
	}
	word := b.WordText(0)
	token := b.Text
	if e := strings.IndexFunc(token, textutil.IsBlank); e >= 0 {
		token = token[:e]
	}
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsLower(r) {
		return false
	}
	if start := b.Start(); start > 0 {
		// Emphasis or a link right before the first word ("**all** - tests
		// whether"): a term being defined.
		if r, _ := utf8.DecodeLastRuneInString(string(d.Content[max(0, start-4):start])); strings.ContainsRune("*_[`", r) {
			return false
		}
	}
	if word != textutil.LeadingWord(token) || strings.ContainsRune(token, '-') || !mayStartSentence(word, token) || bylineWords[word] || textutil.StartsName(b.Text) || agencies[word] {
		return false // "go-tuf,", "eBay", "dpa", "von der Leyen"
	}
	if starts.otherBlock(d, i, word) {
		return false // a name written in lower case ("groupcache is ...") that the text uses again
	}
	// A paragraph, not a stub: it ends a sentence.
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(b.Text, textutil.IsBlank))
	if !strings.ContainsRune(".!?…\"”»’", last) {
		return false
	}
	if i+1 < len(d.Blocks) && startsLower(d.Blocks[i+1]) {
		return false // hard-wrapped text: one sentence over several blocks
	}
	if i == 0 {
		return true
	}
	pb := d.Blocks[i-1]
	if pb.Kind == textdoc.ListItem {
		return false // the sentence that introduced a list goes on after it
	}
	gap := d.Content[min(pb.End(), b.Start()):b.Start()]
	if len(bytes.TrimSpace(withoutTags(gap))) > 0 {
		return false // a code block, an image or a table between: the text goes on around it
	}
	if pb.Kind == textdoc.Heading {
		return true
	}
	prev := strings.TrimRightFunc(pb.Text, textutil.IsBlank)
	pl, _ := utf8.DecodeLastRuneInString(prev)
	switch {
	case strings.ContainsRune(",;:-–—(/", pl):
		return false // the previous block breaks off mid-sentence
	case unicode.IsLetter(pl) || unicode.IsDigit(pl):
		// A short capitalised line without a comma, set apart by a blank
		// line, is a heading; a line right above, or a long one without
		// final punctuation, was broken by the layout and this block
		// continues it.
		pf, _ := utf8.DecodeRuneInString(pb.Text)
		return len(pb.Words) <= 10 && !strings.ContainsRune(pb.Text, ',') && unicode.IsUpper(pf) && bytes.Count(gap, []byte("\n")) >= 2
	}
	return true
}

// withoutTags returns b without HTML tags ("</p>\n<p>" between two
// paragraphs is no content between them).
func withoutTags(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		i := bytes.IndexByte(b, '<')
		if i < 0 {
			return append(out, b...)
		}
		out = append(out, b[:i]...)
		j := bytes.IndexByte(b[i:], '>')
		if j < 0 {
			return append(out, b[i:]...)
		}
		b = b[i+j+1:]
	}
	return out
}

// isDashTitle reports whether b is a title that ends on a dash after a space
// ("Merkel warns Germany of –"): the second half of a title was cut. A
// dateline ("HAMBURG, 3 June (dpa) –") ends on a dash by convention and has
// an upper-case place, digits or brackets; it is left alone.
func isDashTitle(b *textdoc.Block) bool {
	if b.Kind != textdoc.Paragraph && b.Kind != textdoc.Heading {
		return false
	}
	if n := len(b.Words); n < 2 || n > 15 {
		return false
	}
	text := strings.TrimRightFunc(b.Text, textutil.IsBlank)
	last, n := utf8.DecodeLastRuneInString(text)
	if last != '–' && last != '—' && last != '-' {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:len(text)-n]); !textutil.IsBlank(r) {
		return false // "pro-", a hyphenated word cut on purpose
	}
	first := b.WordText(0)
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) || strings.ToUpper(first) == first {
		return false // a dateline's upper-case place
	}
	return !strings.ContainsAny(text, "()[]0123456789/|•·")
}

// trailingEllipsis returns the offset where a trailing ellipsis ("...",
// "…", " ...") of text starts, with the spaces before it.
func trailingEllipsis(text string) (int, bool) {
	t := strings.TrimRightFunc(text, textutil.IsBlank)
	switch {
	case strings.HasSuffix(t, "..."):
		t = strings.TrimRight(t, ".")
	case strings.HasSuffix(t, "…"):
		t = strings.TrimSuffix(t, "…")
	default:
		return 0, false
	}
	return len(strings.TrimRightFunc(t, textutil.IsBlank)), true
}

// englishPrepositions are prepositions that never follow an article in
// English prose: "the of Berlin" has lost the noun between them. Words that
// double as adjectives or nouns after an article ("the in crowd", "the on
// switch", "a for loop", "the to-do list") are not listed.
var englishPrepositions = textutil.ParseWordList("of at into onto through during upon among amongst within without towards toward")

// checkArticleBeforePreposition reports an English article followed by a
// preposition ("the of Berlin", "a during"): a word was lost between them.
func checkArticleBeforePreposition(p *checker.Pass, b *textdoc.Block) {
	text, words := b.Text, b.Words
	for i := 0; i+1 < len(words); i++ {
		a := words[i]
		if n := a.End - a.Start; n == 0 || n > 3 || text[a.Start] != 't' && text[a.Start] != 'a' {
			continue // told from an article by its length and first letter
		}
		w := words[i+1]
		art := b.Text[a.Start:a.End]
		if art != "the" && art != "a" && art != "an" {
			continue
		}
		if b.Text[a.End:w.Start] != " " {
			continue
		}
		prep := b.Text[w.Start:w.End]
		if !englishPrepositions[prep] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(b.Text[w.End:]); strings.ContainsRune("-'’", r) {
			continue // "a through-line", "the of-counts"
		}
		if r, _ := utf8.DecodeLastRuneInString(b.Text[:a.Start]); strings.ContainsRune("\"'“‘", r) {
			continue // a quoted phrase discussed as words
		}
		p.Report(b, textdoc.Span{Start: a.Start, End: w.End},
			fmt.Sprintf("article before a preposition (%q): a word was lost between them", b.Text[a.Start:w.End]),
			"restore the missing word")
	}
}

// blockStarts indexes a document's blocks by their first words, and the
// words of its headings, so that each lower-case paragraph start is looked
// up instead of compared with every block: a long text has many of them.
// It is built on first use; the words are substrings of the blocks' text.
// One index serves a document and all its windows (Document.Memo); the
// blocks outside the window being checked have no words of their own, so
// their first word, and a heading's words, are found for it.
type blockStarts struct {
	built   bool
	first   map[string]int  // blocks whose first word is the key
	heading map[string]bool // words of headings
}

// otherBlock reports whether word, the first word of block i (not a
// heading), stands in a heading or also starts two other blocks: a name that
// the text writes in lower case ("# groupcache" ... "groupcache is a
// library").
func (s *blockStarts) otherBlock(d *textdoc.Document, i int, word string) bool {
	if !s.built {
		s.built = true
		s.first, s.heading = map[string]int{}, map[string]bool{}
		for _, b := range d.Blocks {
			words := b.Words
			if words == nil && d.Windowed() {
				if b.Kind == textdoc.Heading {
					words = textdoc.SplitWords(b.Text)
				} else if w, ok := textdoc.FirstWord(b.Text); ok {
					words = []textdoc.Span{w}
				}
			}
			if len(words) == 0 {
				continue
			}
			s.first[b.Text[words[0].Start:words[0].End]]++
			if b.Kind == textdoc.Heading {
				for _, w := range words {
					s.heading[b.Text[w.Start:w.End]] = true
				}
			}
		}
	}
	if s.heading[word] {
		return true
	}
	others := s.first[word]
	if b := d.Blocks[i]; len(b.Words) > 0 && b.WordText(0) == word {
		others-- // block i itself
	}
	return others >= 2
}
