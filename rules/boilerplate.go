package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/furniture"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// Boilerplate finds page furniture that crawling and machine translation left
// in an article's body: "also read" link labels, "source site", agency and
// photo credits, reading times, timestamps, share, subscribe and cookie lines.
var Boilerplate = &checker.Rule{
	ID:    "boilerplate",
	Title: "page furniture (link labels, credits, share and cookie lines) left in the text",
	Doc: `A crawled article brings the furniture of its page along: link labels such as
"Read also" or "Mehr zum Thema", "source site", photo and agency credits ("Source: AP",
"Foto: picture alliance/dpa"), reading times, "Updated:" stamps, share, subscribe
and cookie lines. Machine translation then renders them into the target language
("also read", "more on the topic", "to the topic") or leaves them as they were, so
every language's list is checked on every document.

The phrase lists are data, one file a language in rules/internal/furniture/data/boilerplate/. Each
line is "line PHRASE", "prefix PHRASE", "credit PHRASE" or "stamp PHRASE":

  line    the whole paragraph is the phrase ("Also read", "► Lesen Sie auch:",
          "À lire aussi…"), or, for a phrase of two words or more, the phrase,
          a colon or dash and a linked headline on a paragraph of at most 20
          words ("Read also: Talks fail in Geneva").
  prefix  a short paragraph (at most max-words words, default 10) starts with the
          phrase ("Source: AP", "Photo: dpa", "Reading time: 3 minutes",
          "Partager sur Facebook").
  credit  a prefix that is a credit ("Photo:", "Quelle:"); it is also found at
          the end of a caption-like paragraph of at most 60 words, after its
          last sentence or a bar ("... in Berlin. Photo: dpa", "... | Source:
          WELT/Jane Doe"), when what follows is a short name, not a
          description or a quoted title.
  stamp   a prefix for a time stamp: the paragraph must also end in a number
          or a clock word ("Updated: 14 May 2024, 18:30 BST", "Stand:
          14.05.2024"), so that an editor's note ("Updated: adds the mayor's
          comments") is left alone.

A "*" in a line phrase stands for one to fifteen words, and the phrase must then
cover the whole paragraph: "you can find * here" finds a link teaser ("Note: You
can find the latest news about the storm here.") but no sentence that merely
contains those words.

Some furniture is a shape whose words are data too (kinds home, month, section,
network, share):
  - a share bar: a line of share-bar words only, spaced or run together by the
    crawler ("Facebook Twitter E-Mail", "FacebookXTelegramWhatsApp"), two or more
    of them and one a social network;
  - a breadcrumb: a home item, a separator and more items ("Home » World »"),
    also when the crawler glued the headline to it;
  - a whole-line phrase set in capitals at the start of a paragraph that goes on
    in sentence case ("VIDEO OF THE DAY At this point ..."): a section label
    glued to the text;
  - a date with a clock time at the start of a line, alone or glued to the text
    ("1 Apr 2022 3:57 p.m According to ..."); a date alone is text;
  - a site section after the page title, the first line of the document or a
    heading ("... and Documenta – Culture").
  - a credit without a label: two to four capitalised names, a slash and an
    agency of the lists, as a line of its own or after a caption's last
    sentence ("Kay Nietfeld / dpa", "... in Hanau. Michael Brandt/dpa").
  - a machine's time stamp, ISO 8601 date and time in one word, alone on its
    line or before the text ("2022-08-11T11:45:28.893Z");
  - an image's file name as a line of at most six words that does not end in
    a full stop ("Al-Khwarizmi portrait.jpg").

Matching ignores case and spacing (the French "Source :" equals "Source:"), and
bullets, arrows, quotes and closing punctuation at the ends of the paragraph. In a
phrase, "#" stands for a number: "line # min read" matches "4 min read". Each
line of a paragraph is checked on its own (a credit often sits on the line under
its caption), unless it starts in lower case and continues the line before.

Left alone: a phrase inside running text ("Readers can read more on the
council's website.", "Watch the harbour on the live camera"), a date at the
start of a sentence ("12 March 2024 was the first day ..."), a section name
after a dash anywhere but in the title, a paragraph that starts like a prefix but is longer than
max-words or holds more than one sentence (unless every sentence is furniture of the
lists: "Your email address will not be published. Required fields are marked *"), a label followed by a description
rather than a credit ("Photo: the old ferry in the harbour in 1998", two or more
articles or prepositions after a phrase that ends in a colon), credits in
captions and table cells (where they belong), and phrases that are ordinary
headings too ("See also", "More information", "Background").

The options phrases and prefixes add entries (comma-separated, same syntax, no
commas inside a phrase): phrases="Zum Weiterlesen, Top stories" adds whole-
paragraph phrases, prefixes="Bildrechte:" adds prefixes.

Bilingual inputs (TSV, CSV, XLIFF, PO, TMX) are not checked: their units are often
software strings ("Share", "Read more") translated as they should be.`,
	Bad:      "The council met on Tuesday.\n\nAlso read\n\nThe vote was 9 to 2.",
	Good:     "The council met on Tuesday.\n\nThe vote was 9 to 2.",
	Severity: checker.Warning,
	// Units of software strings and segment lists hold "Share", "Read
	// more" or "Click here" as the text to translate.
	RunningText: true,
	Locale:      true,
	Options: []checker.Option{
		{Name: "max-words", Default: strconv.Itoa(furniture.DefaultMaxWords), Doc: "longest paragraph, in words, that a prefix entry (a credit, a timestamp) may match", Kind: checker.Integer},
		{Name: "phrases", Default: "", Doc: "extra whole-paragraph phrases, comma-separated", Kind: checker.List},
		{Name: "prefixes", Default: "", Doc: "extra prefixes of short paragraphs, comma-separated", Kind: checker.List},
	},
	// boilerplate: in .mtlint.yaml adds phrases: a list is short for
	// phrases, a mapping holds phrases and prefixes.
	Section: &checker.Section{Key: "boilerplate", Value: "phrases", Keys: []string{"phrases", "prefixes"}},
	Check:   checkBoilerplate,
}

func checkBoilerplate(p *checker.Pass) error {
	base, err := furniture.BoilerplatePhrases()
	if err != nil {
		return err
	}
	extra, err := furniture.ExtraPhrases(p.ListOption("phrases"), p.ListOption("prefixes"))
	if err != nil {
		return err
	}
	maxWords := p.IntOption("max-words")
	limit := max(furniture.TeaserMaxWords, maxWords)
	var toks []furniture.FurnitureToken
	var lines []textdoc.Span
	for _, b := range p.Doc.Blocks {
		if b.Kind == textdoc.TableCell || len(b.Words) == 0 {
			continue
		}
		// Each line of a paragraph is checked on its own: a credit often
		// sits on the line under its caption. A line that starts in lower case
		// after a line that does not end a sentence continues that line (hard
		// wrapped text), so neither is a line of its own.
		lines = splitLines(b.Text, lines[:0])
		w := 0
		for i, ln := range lines {
			line := b.Text[ln.Start:ln.End]
			// Numbers do not make a line read like text: "Updated on 14 May
			// 2024 at 18:30" is a stamp of four words.
			words := 0
			for text, bw := b.Text, b.Words; w < len(bw) && bw[w].Start < ln.End; w++ {
				// Most words start with an ASCII letter, told without a call.
				if ws := bw[w]; ws.Start < ws.End && asciiLetterLower[text[ws.Start]] != 0 || furniture.HasLetterRune(text[ws.Start:ws.End]) {
					words++
				}
			}
			if words == 0 ||
				i > 0 && continuesLine(b.Text[lines[i-1].Start:lines[i-1].End], line) ||
				i+1 < len(lines) && continuesLine(line, b.Text[lines[i+1].Start:lines[i+1].End]) {
				continue
			}
			ctx := furniture.ShapeContext{Kind: b.Kind, Title: b.Index == 0 && len(lines) == 1, Loc: p.Locale}
			if words > limit && !base.MayShape(line, words, ctx) {
				continue
			}
			toks = furniture.FurnitureTokens(line, toks[:0])
			if words <= limit {
				m, ok := base.Match(line, toks, words, maxWords, p.Locale)
				if !ok && extra != nil {
					m, ok = extra.Match(line, toks, words, maxWords, p.Locale)
				}
				if !ok {
					m, ok = base.MatchSentences(line, toks, maxWords, p.Locale)
				}
				if ok {
					if b.Kind != textdoc.Caption || m.Phrase.Kind == furniture.LinePhrase {
						p.ReportFix(b, textdoc.Span{Start: ln.Start + toks[0].Start, End: ln.Start + toks[len(toks)-1].End},
							fmt.Sprintf("page furniture %q left in the text", m.Quote(line, toks)), "remove the line",
							checker.RemoveLines(ln))
					}
					continue
				}
			}
			sh, ok := base.Shape(line, toks, words, ctx)
			if !ok {
				continue
			}
			span := textdoc.Span{Start: ln.Start + sh.Start, End: ln.Start + sh.End}
			msg := fmt.Sprintf("%s %q left in the text", sh.What, line[sh.Start:sh.End])
			if sh.Whole {
				p.ReportFix(b, span, msg, "remove the line", checker.RemoveLines(ln))
			} else {
				p.ReportFix(b, span, msg, "remove it", checker.Replace(textdoc.Span{Start: ln.Start + sh.CutStart, End: ln.Start + sh.CutEnd}, ""))
			}
		}
	}
	return nil
}

// splitLines appends the spans of the lines of text to dst.
func splitLines(text string, dst []textdoc.Span) []textdoc.Span {
	for start := 0; ; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			return append(dst, textdoc.Span{Start: start, End: len(text)})
		}
		dst = append(dst, textdoc.Span{Start: start, End: start + end})
		start += end + 1
	}
}

// continuesLine reports whether next is the wrapped rest of the sentence on
// line: it starts in lower case and line does not end a sentence. A line of
// no letters (a lone "." the crawler left) ends nothing.
func continuesLine(line, next string) bool {
	line = strings.TrimRightFunc(line, unicode.IsSpace)
	r, _ := textutil.LastRune(line)
	return furniture.StartsLowerCase(next) && textutil.HasLetter(line) && !strings.ContainsRune(".!?:…", r)
}
