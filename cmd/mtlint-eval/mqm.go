package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
)

// The MQM TSV columns (DESIGN.md, "Evaluation data").
const (
	colLP       = 1
	colSystem   = 2
	colDoc      = 3
	colSegID    = 5
	colNErrors  = 7
	colErrors   = 8
	colSource   = 9
	colTarget   = 10
	mqmColumns  = 11
	lineBreak   = ` \n `   // how the TSV writes a line break inside a segment
	lineBreakAs = " \n\n " // same length in code points: keeps offsets valid
)

type parseError struct {
	line int
	err  error
}

func (e *parseError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }

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
	Gate       checker.GateStats          `json:"gate"`
}

// readMQM groups the TSV rows into segments: the same system's translation of
// the same source segment, rated by one or more raters. Annotated spans are
// merged across raters (identical spans counted once).
func readMQM(r io.Reader) ([]*segment, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	byKey := map[string]*segment{}
	var order []*segment
	n := 0
	for sc.Scan() {
		n++
		if n == 1 {
			continue // header
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != mqmColumns {
			return nil, &parseError{n, fmt.Errorf("%d columns, want %d", len(cols), mqmColumns)}
		}
		key := strings.Join([]string{cols[colLP], cols[colSystem], cols[colDoc], cols[colSegID]}, "\x00")
		seg := byKey[key]
		if seg == nil {
			seg = &segment{lp: cols[colLP], source: cols[colSource], target: cols[colTarget]}
			byKey[key] = seg
			order = append(order, seg)
		}
		seg.rated++
		nErr, err := strconv.Atoi(cols[colNErrors])
		if err != nil {
			return nil, &parseError{n, fmt.Errorf("n_errors %q: %v", cols[colNErrors], err)}
		}
		if nErr > 0 {
			seg.withErrors++
		}
		if cols[colErrors] == "" {
			continue
		}
		for _, e := range strings.Split(cols[colErrors], ";") {
			f := strings.Split(e, "|")
			if len(f) != 5 {
				return nil, &parseError{n, fmt.Errorf("error %q: want category|severity|side|start|end", e)}
			}
			start, err1 := strconv.Atoi(f[3])
			end, err2 := strconv.Atoi(f[4])
			if err1 != nil || err2 != nil {
				return nil, &parseError{n, fmt.Errorf("error %q: bad offsets", e)}
			}
			if f[2] != "target" || start < 0 || end <= start {
				continue // source-side, unplaced or empty annotations
			}
			s := span{category: f[0], start: start, end: end}
			dup := false
			for _, old := range seg.spans {
				dup = dup || old == s
			}
			if !dup {
				seg.spans = append(seg.spans, s)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, fmt.Errorf("empty file")
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
		text := strings.ReplaceAll(seg.target, lineBreak, lineBreakAs)
		doc, err := checker.ParseWith(seg.lp+".txt", []byte(text), checker.ParseOptions{Format: checker.FormatText, Lang: tgtLang, SourceLang: srcLang})
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
