package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// InsertionResult measures the untranslated rule on synthetic leftovers:
// German sentences of the en-de targets put into English zh-en targets, and
// 4-8-word pieces of them put into a first sentence.
type InsertionResult struct {
	Sentences      int `json:"sentences"`
	SentencesFound int `json:"sentences_found"`
	Pieces         int `json:"pieces"`
	PiecesFound    int `json:"pieces_found"`
	// Elsewhere counts texts with a finding outside the inserted span;
	// CleanFlagged counts the same English paragraphs, unchanged, with a
	// finding at all.
	Elsewhere    int `json:"elsewhere"`
	Clean        int `json:"clean"`
	CleanFlagged int `json:"clean_flagged"`

	Gate langid.GateStats `json:"gate"`
}

// evalInsertions runs the language rules over the synthetic texts built
// from the MQM segments.
func evalInsertions(r io.Reader, opt evalOptions) (*InsertionResult, error) {
	segs, err := readMQM(r)
	if err != nil {
		return nil, err
	}
	eng, err := opt.newEngine(checker.Config{Disable: []string{"all"}, Enable: []string{"untranslated", "wrong-language"}})
	if err != nil {
		return nil, err
	}
	var german, english []string
	seen := map[string]bool{}
	for _, s := range segs {
		if strings.Contains(s.target, `\n`) || seen[s.target] {
			continue
		}
		seen[s.target] = true
		switch s.lp {
		case "en-de":
			for _, sen := range strings.Split(s.target, ". ") {
				if n := len(strings.Fields(sen)); n >= 8 && n <= 25 {
					german = append(german, strings.TrimSuffix(sen, ".")+".")
				}
			}
		case "zh-en":
			if strings.Contains(s.target, ". ") && len(strings.Fields(s.target)) >= 25 {
				english = append(english, s.target)
			}
		}
	}
	res := &InsertionResult{}
	if len(german) == 0 || len(english) == 0 {
		return res, nil
	}
	run := func(text string, start, end int) (found, elsewhere bool, err error) {
		doc, err := read.ParseWith("t.txt", []byte(text), read.ParseOptions{Format: textdoc.FormatText, Lang: "en", SourceLang: "de"})
		if err != nil {
			return false, false, err
		}
		fs, err := eng.Check(doc)
		for _, f := range fs {
			if f.Offset < end && start < f.EndOffset {
				found = true
			} else {
				elsewhere = true
			}
		}
		return found, elsewhere, err
	}
	for i, en := range english {
		g := german[(i*7)%len(german)]
		cut := strings.Index(en, ". ") + 2
		res.Sentences++
		f, o, err := run(en[:cut]+g+" "+en[cut:], cut, cut+len(g))
		if err != nil {
			return nil, err
		}
		if f {
			res.SentencesFound++
		}
		if o {
			res.Elsewhere++
		}
		words := strings.Fields(g)
		n := min(4+i%5, len(words)-1)
		piece := strings.TrimRight(strings.Join(words[1:1+n], " "), ".,;:")
		first := strings.Fields(en[:cut-2])
		if len(first) < 6 {
			continue
		}
		at := len(strings.Join(first[:len(first)/2], " ")) + 1
		res.Pieces++
		if f, o, err = run(en[:at]+piece+" "+en[at:], at, at+len(piece)); err != nil {
			return nil, err
		}
		if f {
			res.PiecesFound++
		}
		if o {
			res.Elsewhere++
		}
		res.Clean++
		if _, o, err := run(en, 0, 0); err != nil {
			return nil, err
		} else if o {
			res.CleanFlagged++
		}
	}
	res.Gate = gateStats(eng)
	return res, nil
}

func (r *InsertionResult) writeTable(w io.Writer) {
	fmt.Fprintf(w, "inserted German sentences found: %d of %d (%.0f %%)\n", r.SentencesFound, r.Sentences, pct(r.SentencesFound, r.Sentences))
	fmt.Fprintf(w, "inserted 4-8-word pieces found:  %d of %d (%.0f %%)\n", r.PiecesFound, r.Pieces, pct(r.PiecesFound, r.Pieces))
	fmt.Fprintf(w, "texts with a finding elsewhere:  %d\n", r.Elsewhere)
	fmt.Fprintf(w, "unchanged paragraphs flagged:    %d of %d\n", r.CleanFlagged, r.Clean)
	writeGate(w, r.Gate)
}

// pct is a as a percentage of b (0 when b is 0).
func pct(a, b int) float64 { return 100 * float64(a) / float64(max(1, b)) }
