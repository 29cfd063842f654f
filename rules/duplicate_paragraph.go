package rules

import (
	"bytes"
	"fmt"
	"hash/maphash"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/furniture"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// DuplicateParagraph finds a paragraph that repeats an earlier one, as when a
// caption is crawled twice or a block is translated twice.
var DuplicateParagraph = &checker.Rule{
	ID:    "duplicate-paragraph",
	Title: "a paragraph that repeats an earlier one",
	Doc: `Crawling and machine translation duplicate text: a caption picked up once from
the image and once from the gallery, a block sent to the MT engine twice. The
rule reports a paragraph whose text equals an earlier paragraph's once case,
white space and punctuation are ignored ("Jets fly.  Denmark" and "jets fly,
Denmark" are the same), and names the line of the first copy.

Only paragraphs long enough to matter are compared: at least min-words words
(default 5) and min-letters letters and digits (default 25; half that in Chinese
and Japanese, where a character carries about a word). Short repeats
("Also read", "Advertisement", a heading such as "Background" in two sections)
are left to other rules, and so is page furniture the boilerplate rule reports.
List items and table cells repeat by design and are not compared; neither are a
heading and a later heading (a repeated section title), nor a quote block and a
paragraph (a pull quote repeats the body on purpose). A heading repeated as a
paragraph is reported. Segment lists (PO, XLIFF, TSV) are left alone: their
strings repeat by design, and inconsistent-translation compares their units.`,
	Bad:         "Jets took off from the base at dawn on Monday.\n\nThe minister spoke later.\n\nJets took off from the base at dawn on Monday.",
	Good:        "Jets took off from the base at dawn on Monday.\n\nThe minister spoke later.\n\nMore jets took off from the base on Tuesday.",
	Severity:    checker.Warning,
	RunningText: true,
	Options: []checker.Option{
		{Name: "min-words", Default: "5", Doc: "shortest paragraph, in words, that is compared", Kind: checker.Integer},
		{Name: "min-letters", Default: "25", Doc: "shortest paragraph, in letters and digits, that is compared", Kind: checker.Integer},
	},
	Check: checkDuplicateParagraph,
}

// dupState is what duplicate-paragraph keeps across a document.
type dupState struct {
	first    map[uint64]*textdoc.Block
	collided map[string]*textdoc.Block
	seed     maphash.Seed
	// furniture is IsFurniture's answer for the exact copies of a first
	// paragraph, by that paragraph: a paragraph copied many times is
	// judged once. The answer holds for copies of as many words.
	furniture map[*textdoc.Block]furnitureAnswer
}

// furnitureAnswer is IsFurniture's answer for a paragraph of some words.
type furnitureAnswer struct {
	words     int
	furniture bool
}

func checkDuplicateParagraph(p *checker.Pass) error {
	minWords, minLetters := p.IntOption("min-words"), p.IntOption("min-letters")
	if p.Locale.NoWordSpaces {
		// A Chinese or Japanese character carries about a word.
		minLetters /= 2
	}
	// The first paragraph of each key, found by the key's hash: the keys
	// are not kept (they would copy the document's text), and a hash hit is
	// confirmed by the key of the paragraph found. Paragraphs whose keys
	// share a hash with another key are kept by key. The state lasts the
	// whole document, across the windows of a large one.
	st := p.DocState(func() any {
		return &dupState{first: make(map[uint64]*textdoc.Block, len(p.Doc.Blocks)), seed: maphash.MakeSeed()}
	}).(*dupState)
	first, seed := st.first, st.seed
	sources := sourceOfTarget(p.Doc) // bilingual inputs only
	var keyBuf, origBuf []byte
	var toks []furniture.FurnitureToken
	for _, b := range p.Doc.Blocks {
		if b.Kind == textdoc.ListItem || b.Kind == textdoc.TableCell || len(b.Words) < minWords {
			continue
		}
		key, letters := textutil.DuplicateKeyBytes(b.Text, &keyBuf)
		if letters < minLetters {
			continue
		}
		h := maphash.Bytes(seed, key)
		orig, seen := first[h]
		if !seen {
			first[h] = b
			continue
		}
		// A paragraph of the same text has the same key: most repeats
		// are exact copies, whose key need not be made again.
		if orig.Text != b.Text {
			if okey, _ := textutil.DuplicateKeyBytes(orig.Text, &origBuf); !bytes.Equal(okey, key) {
				if orig, seen = st.collided[string(key)]; !seen {
					if st.collided == nil {
						st.collided = map[string]*textdoc.Block{}
					}
					st.collided[string(key)] = b
					continue
				}
			}
		}
		if sameSource(sources, orig, b) {
			continue // bilingual: a repeated source segment, translated alike
		}
		if orig.Kind == textdoc.Heading && b.Kind == textdoc.Heading ||
			(orig.Kind == textdoc.Quote) != (b.Kind == textdoc.Quote) {
			continue
		}
		// Furniture is only looked for in a repeat: the first copy has the
		// same words, so it is furniture too.
		answer, known := st.furniture[orig]
		if !known || b.Text != orig.Text || answer.words != len(b.Words) {
			answer.words = len(b.Words)
			answer.furniture, toks = furniture.IsFurniture(b, p.Locale, toks)
			if b.Text == orig.Text {
				if st.furniture == nil {
					st.furniture = map[*textdoc.Block]furnitureAnswer{}
				}
				st.furniture[orig] = answer
			}
		}
		if answer.furniture {
			continue
		}
		line, _ := p.Doc.Lines().Position(orig.Start())
		whole := textdoc.Span{Start: 0, End: len(b.Text)}
		msg := fmt.Sprintf("repeats the %s on line %d", orig.Kind, line)
		if b.Text != orig.Text || b.Kind != orig.Kind {
			// Only an exact copy is removed by a fix: a near copy may hold
			// the better text.
			p.Report(b, whole, msg, "remove the repeated paragraph")
			continue
		}
		p.ReportFix(b, whole, msg, "remove the repeated paragraph", checker.RemoveLines(whole))
	}
	return nil
}
