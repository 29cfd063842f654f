package align

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// AlignmentJSON is the JSON form of an alignment, as `mtlint align --format
// json` prints it. Line ranges are 1-based and inclusive, block ranges
// 0-based and half-open; a side with no block is null.
type AlignmentJSON struct {
	Source AlignedFile `json:"source"`
	Target AlignedFile `json:"target"`
	Ratio  float64     `json:"ratio"`
	Beads  []BeadJSON  `json:"beads"`
}

// AlignedFile names one side of an alignment.
type AlignedFile struct {
	Path     string `json:"path"`
	Language string `json:"language"`
	Blocks   int    `json:"blocks"`
}

// BeadJSON is one paragraph bead.
type BeadJSON struct {
	Type         string  `json:"type"` // "1-1", "1-0", "2-1", ...
	Source       *[2]int `json:"source"`
	Target       *[2]int `json:"target"`
	SourceBlocks [2]int  `json:"source_blocks"`
	TargetBlocks [2]int  `json:"target_blocks"`
	// TargetAt is the line where a missing target would go.
	TargetAt  int            `json:"target_at,omitempty"`
	Cost      float64        `json:"cost"`
	Sentences []SentenceJSON `json:"sentences,omitempty"`
}

// SentenceJSON is one sentence bead inside a paragraph bead: index ranges
// into the sentences of the unit's source and target text.
type SentenceJSON struct {
	Type   string  `json:"type"`
	Source [2]int  `json:"source"`
	Target [2]int  `json:"target"`
	Cost   float64 `json:"cost"`
}

// JSON returns the alignment's JSON form; withSentences adds the sentence
// beads.
func (a *Alignment) JSON(withSentences bool) AlignmentJSON {
	out := AlignmentJSON{
		Source: AlignedFile{a.Source.Path, a.Source.Lang, len(a.Source.Blocks)},
		Target: AlignedFile{a.Target.Path, a.Target.Lang, len(a.Target.Blocks)},
		Ratio:  round2(a.Ratio),
		Beads:  make([]BeadJSON, len(a.Beads)),
	}
	for i, b := range a.Beads {
		j := BeadJSON{
			Type:         b.Shape(),
			Source:       lineRange(a.Source, b.Source),
			Target:       lineRange(a.Target, b.Target),
			SourceBlocks: [2]int{b.Source.Start, b.Source.End},
			TargetBlocks: [2]int{b.Target.Start, b.Target.End},
			Cost:         round2(b.Cost),
		}
		if b.Target.Len() == 0 && i < len(a.Target.Units) {
			j.TargetAt, _ = a.Target.Lines().Position(a.Target.Units[i].TargetAt)
		}
		if withSentences {
			for _, s := range b.Sentences {
				j.Sentences = append(j.Sentences, SentenceJSON{s.Shape(), [2]int{s.Source.Start, s.Source.End}, [2]int{s.Target.Start, s.Target.End}, round2(s.Cost)})
			}
		}
		out.Beads[i] = j
	}
	return out
}

func round2(x float64) float64 {
	return float64(int64(x*100+copySign(0.5, x))) / 100
}

func copySign(v, sign float64) float64 {
	if sign < 0 {
		return -v
	}
	return v
}

// lineRange returns the first and last lines of blocks r of doc, nil for none.
func lineRange(doc *textdoc.Document, r Range) *[2]int {
	if r.Len() == 0 {
		return nil
	}
	first, _ := doc.Lines().Position(doc.Blocks[r.Start].Start())
	last, _ := doc.Lines().Position(max(doc.Blocks[r.End-1].End()-1, 0))
	return &[2]int{first, last}
}

// WriteJSON writes the alignment as an indented JSON object.
func (a *Alignment) WriteJSON(w io.Writer, withSentences bool) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a.JSON(withSentences))
}

// snippetWidth is the most characters of each side's text a table row shows.
const snippetWidth = 40

// WriteText writes the alignment as a table for people: the lines of each
// side, the bead type, its cost and the start of each side's text; with
// withSentences, each paragraph bead's sentence pairs under it.
func (a *Alignment) WriteText(w io.Writer, withSentences bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "source\ttarget\ttype\tcost\t%s (%s) | %s (%s)\n", a.Source.Path, langOrUnknown(a.Source.Lang), a.Target.Path, langOrUnknown(a.Target.Lang))
	for i, b := range a.Beads {
		u := a.Target.Units[i]
		tgtLines := linesText(lineRange(a.Target, b.Target))
		tgtText := "(missing)"
		if u.Target != nil {
			tgtText = snippet(u.Target.Text)
		} else {
			line, _ := a.Target.Lines().Position(u.TargetAt)
			tgtLines = fmt.Sprintf("(%d)", line)
		}
		srcText := "(added)"
		if u.Source != nil {
			srcText = snippet(u.Source.Text)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s | %s\n", linesText(lineRange(a.Source, b.Source)), tgtLines, b.Shape(), b.Cost, srcText, tgtText)
		if withSentences {
			for _, s := range b.Sentences {
				fmt.Fprintf(tw, "\t\t  %s\t%.2f\t  %s | %s\n", s.Shape(), s.Cost,
					snippet(sentencesText(u.Source, s.Source)), snippet(sentencesText(u.Target, s.Target)))
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var dropped, added, multi int
	for _, b := range a.Beads {
		switch {
		case b.Target.Len() == 0:
			dropped++
		case b.Source.Len() == 0:
			added++
		case b.Source.Len() > 1 || b.Target.Len() > 1:
			multi++
		}
	}
	_, err := fmt.Fprintf(w, "%d beads: %d source paragraphs without a translation, %d target paragraphs without a source, %d merged or split; length ratio %.2f\n",
		len(a.Beads), dropped, added, multi, a.Ratio)
	return err
}

func langOrUnknown(l string) string {
	if l == "" {
		return "language unknown"
	}
	return l
}

func linesText(r *[2]int) string {
	switch {
	case r == nil:
		return "-"
	case r[0] == r[1]:
		return fmt.Sprint(r[0])
	}
	return fmt.Sprintf("%d-%d", r[0], r[1])
}

// sentencesText returns the text of sentences r of b, "-" for none.
func sentencesText(b *textdoc.Block, r Range) string {
	if b == nil || r.Len() == 0 || r.End > len(b.Sentences) {
		return "-"
	}
	return b.Text[b.Sentences[r.Start].Start:b.Sentences[r.End-1].End]
}

// snippet shortens text to snippetWidth characters on one line.
func snippet(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= snippetWidth {
		return text
	}
	r := []rune(text)
	return string(r[:snippetWidth-1]) + "…"
}
