package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/evaldata"
)

// lineBreakAs replaces the TSV's line break mark: a paragraph break of the
// same length in code points, so annotation offsets stay valid.
const lineBreakAs = " \n\n "

// span is an annotated error on the target: [start, end) in code points.
type span struct {
	category   string
	start, end int
}

// segment is one translated segment with the annotations of all its raters.
type segment struct {
	lp, source, target string
	spans              []span
	rated, withErrors  int // rows, and rows with errors
}

// CategoryResult is the recall of one MQM category.
type CategoryResult struct {
	Annotated int     `json:"annotated"`
	Found     int     `json:"found"`
	Recall    float64 `json:"recall"`
}

// CleanResult counts false alarms on segments no rater marked.
type CleanResult struct {
	Segments     int     `json:"segments"`
	Words        int     `json:"words"`
	FalseAlarms  int     `json:"false_alarms"`
	Per1000Words float64 `json:"per_1000_words"`
}

// RuleResult counts one rule's findings and those on annotated errors.
type RuleResult struct {
	Findings int `json:"findings"`
	OnErrors int `json:"on_errors"`
}

// MQMResult is the JSON contract of `mtlint-eval --json FILE.tsv`.
type MQMResult struct {
	Categories map[string]*CategoryResult `json:"categories"`
	Clean      CleanResult                `json:"clean"`
	Rules      map[string]*RuleResult     `json:"rules"`
	Gate       langid.GateStats           `json:"gate"`
}

// readMQM groups the TSV rows into segments: the same system's translation of
// the same source segment, rated by one or more raters. Annotated spans are
// merged across raters (identical spans counted once).
func readMQM(r io.Reader) ([]*segment, error) {
	byKey := map[string]*segment{}
	var order []*segment
	err := evaldata.Rows(r, func(_ int, cols []string) error {
		key := evaldata.SegmentKey(cols)
		seg := byKey[key]
		if seg == nil {
			seg = &segment{lp: cols[evaldata.ColLP], source: cols[evaldata.ColSource], target: cols[evaldata.ColTarget]}
			byKey[key] = seg
			order = append(order, seg)
		}
		seg.rated++
		nErr, err := strconv.Atoi(cols[evaldata.ColNErrors])
		if err != nil {
			return fmt.Errorf("n_errors %q: %v", cols[evaldata.ColNErrors], err)
		}
		if nErr > 0 {
			seg.withErrors++
		}
		if cols[evaldata.ColErrors] == "" {
			return nil
		}
		for _, e := range strings.Split(cols[evaldata.ColErrors], ";") {
			f := strings.Split(e, "|")
			if len(f) != 5 {
				return fmt.Errorf("error %q: want category|severity|side|start|end", e)
			}
			start, err1 := strconv.Atoi(f[3])
			end, err2 := strconv.Atoi(f[4])
			if err1 != nil || err2 != nil {
				return fmt.Errorf("error %q: bad offsets", e)
			}
			if f[2] != "target" || start < 0 || end <= start {
				continue // source-side, unplaced or empty annotations
			}
			s := span{category: f[0], start: start, end: end}
			if !slices.Contains(seg.spans, s) {
				seg.spans = append(seg.spans, s)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return order, nil
}

// evalMQM checks every segment's target with the rules and matches findings
// to the annotated spans by overlap.
func evalMQM(r io.Reader, opt evalOptions) (*MQMResult, error) {
	segs, err := readMQM(r)
	if err != nil {
		return nil, err
	}
	eng, err := opt.newEngine(checker.Config{})
	if err != nil {
		return nil, err
	}
	res := &MQMResult{Categories: map[string]*CategoryResult{}, Rules: map[string]*RuleResult{}}
	for _, r := range eng.Rules() {
		res.Rules[r.ID] = &RuleResult{}
	}
	for _, seg := range segs {
		srcLang, tgtLang, _ := strings.Cut(seg.lp, "-")
		text := strings.ReplaceAll(seg.target, evaldata.LineBreak, lineBreakAs)
		doc, err := read.ParseWith(seg.lp+".txt", []byte(text), read.ParseOptions{Format: textdoc.FormatText, Lang: tgtLang, SourceLang: srcLang})
		if err != nil {
			return nil, fmt.Errorf("%s segment: %v", seg.lp, err)
		}
		findings, err := eng.Check(doc)
		if err != nil {
			return nil, err
		}
		found := make([]bool, len(seg.spans))
		for _, f := range findings {
			// Offsets in the checked text are bytes; annotations count code points.
			start := utf8.RuneCount(doc.Content[:f.Offset])
			end := start + utf8.RuneCount(doc.Content[f.Offset:f.EndOffset])
			if end == start {
				end++
			}
			rr := res.Rules[f.Rule]
			rr.Findings++
			onError := false
			for i, s := range seg.spans {
				if start < s.end && s.start < end {
					found[i], onError = true, true
				}
			}
			if onError {
				rr.OnErrors++
			}
			if seg.withErrors == 0 && f.Severity >= checker.Warning {
				res.Clean.FalseAlarms++
			}
		}
		for i, s := range seg.spans {
			c := res.Categories[s.category]
			if c == nil {
				c = &CategoryResult{}
				res.Categories[s.category] = c
			}
			c.Annotated++
			if found[i] {
				c.Found++
			}
		}
		if seg.withErrors == 0 {
			res.Clean.Segments++
			res.Clean.Words += doc.Words()
		}
	}
	for _, c := range res.Categories {
		c.Recall = round(float64(c.Found) / float64(c.Annotated))
	}
	res.Gate = gateStats(eng)
	if res.Clean.Words > 0 {
		res.Clean.Per1000Words = round(float64(res.Clean.FalseAlarms) * 1000 / float64(res.Clean.Words))
	}
	return res, nil
}

func round(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

// writeTable prints the result for people.
func (r *MQMResult) writeTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MQM category\tannotated\tfound\trecall")
	cats := make([]string, 0, len(r.Categories))
	for c := range r.Categories {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool {
		a, b := r.Categories[cats[i]], r.Categories[cats[j]]
		if a.Annotated != b.Annotated {
			return a.Annotated > b.Annotated
		}
		return cats[i] < cats[j]
	})
	for _, c := range cats {
		v := r.Categories[c]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\n", c, v.Annotated, v.Found, v.Recall)
	}
	fmt.Fprintln(tw, "\t\t\t")
	fmt.Fprintln(tw, "rule\tfindings\ton errors\t")
	ids := make([]string, 0, len(r.Rules))
	for id := range r.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(tw, "%s\t%d\t%d\t\n", id, r.Rules[id].Findings, r.Rules[id].OnErrors)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nerror-free segments: %d (%d words), false alarms at warning or above: %d (%.3f per 1,000 words)\n",
		r.Clean.Segments, r.Clean.Words, r.Clean.FalseAlarms, r.Clean.Per1000Words)
	writeGate(w, r.Gate)
}
