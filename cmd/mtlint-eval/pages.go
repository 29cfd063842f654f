package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/run"
)

// kindRules names, for each kind of artifact in a page key, the rules whose
// job that kind is: a finding of one of them on the artifact is "found for
// the right reason". A kind not listed here is scored as found or missed
// only.
var kindRules = map[string][]string{
	"boilerplate":         {"boilerplate", "mt-leftover"},
	"duplicate":           {"duplicate-paragraph", "repetition"},
	"noun-capitalization": {"source-capitalization"},
	"missing-space":       {"missing-space"},
	"quote-style":         {"quote-style", "unbalanced-pair"},
	"unbalanced-quote":    {"unbalanced-pair", "quote-style"},
	"lowercase-start":     {"fragment"},
	"fragment":            {"fragment"},
	"caption-marker":      {"caption-marker"},
	"number-format":       {"number-format"},
	"time-of-day":         {"number-format"},
	"llm-edit":            {"mt-leftover"},
	"garbled":             {"garbled", "token-artifact"},
	"untranslated":        {"untranslated"},
	"repetition":          {"repetition", "repeated-word"},
	"token-artifact":      {"token-artifact"},
	"spacing":             {"space-before-punctuation", "token-artifact", "double-space"},
	"capitalization":      {"source-capitalization", "mid-sentence-capital"},
	"stray-punctuation":   {"stray-punctuation"},
}

// pageKey is a reviewer's answer key for one page (NAME.expect.json).
type pageKey struct {
	Page       string     `json:"page"`
	Lang       string     `json:"lang"`
	SourceLang string     `json:"source_lang"`
	Artifacts  []artifact `json:"artifacts"`
	Clean      []int      `json:"clean_lines"`
}

// artifact is one keyed artifact: Text on Line ("*" for the whole line), or
// on one of AltLines for a duplicate.
type artifact struct {
	Line     int    `json:"line"`
	Kind     string `json:"kind"`
	Text     string `json:"text"`
	AltLines []int  `json:"alt_lines,omitempty"`
}

// PageKind counts one kind of artifact over all pages.
type PageKind struct {
	Artifacts  int `json:"artifacts"`
	Found      int `json:"found"`
	RightRule  int `json:"right_rule"`
	Missed     int `json:"missed"`
	WrongRules int `json:"found_by_other_rule"`
}

// PageMiss is an artifact not found by the right rule, for reading.
type PageMiss struct {
	Page  string   `json:"page"`
	Line  int      `json:"line"`
	Kind  string   `json:"kind"`
	Text  string   `json:"text"`
	Rules []string `json:"rules,omitempty"` // the rules that found it, if any
}

// PageFalseAlarm is a finding on a line the key calls clean.
type PageFalseAlarm struct {
	Page     string `json:"page"`
	Line     int    `json:"line"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Text     string `json:"text"`
	Message  string `json:"message"`
}

// PagesResult is the output of `mtlint-eval --pages`.
type PagesResult struct {
	Pages       int                  `json:"pages"`
	Artifacts   int                  `json:"artifacts"`
	Found       int                  `json:"found"`
	RightRule   int                  `json:"right_rule"`
	CleanLines  int                  `json:"clean_lines"`
	FalseAlarms []PageFalseAlarm     `json:"false_alarms"`
	Kinds       map[string]*PageKind `json:"kinds"`
	Misses      []PageMiss           `json:"misses"`
	Gate        langid.GateStats     `json:"gate"`
}

// evalPages scores mtlint on every NAME.txt with a NAME.expect.json key in
// the folders dirs, checking each page as `mtlint check --lang L
// --source-lang S` does.
func evalPages(dirs []string, opt evalOptions) (*PagesResult, error) {
	eng, err := opt.newEngine(checker.Config{})
	if err != nil {
		return nil, err
	}
	res := &PagesResult{Kinds: map[string]*PageKind{}}
	for _, dir := range dirs {
		keys, err := filepath.Glob(filepath.Join(dir, "*.expect.json"))
		if err != nil {
			return nil, err
		}
		if len(keys) == 0 {
			return nil, fmt.Errorf("%s: no NAME.expect.json keys", dir)
		}
		sort.Strings(keys)
		for _, keyPath := range keys {
			if err := evalPage(eng, keyPath, res); err != nil {
				return nil, err
			}
		}
	}
	res.Gate = gateStats(eng)
	return res, nil
}

// evalPage checks one page and adds its score to res.
func evalPage(eng *checker.Engine, keyPath string, res *PagesResult) error {
	raw, err := os.ReadFile(keyPath)
	if err != nil {
		return err
	}
	var key pageKey
	if err := json.Unmarshal(raw, &key); err != nil {
		return fmt.Errorf("%s: %v", keyPath, err)
	}
	textPath := strings.TrimSuffix(keyPath, ".expect.json") + ".txt"
	content, err := os.ReadFile(textPath)
	if err != nil {
		return err
	}
	name := strings.TrimSuffix(filepath.Base(keyPath), ".expect.json")
	rep := run.Run(eng, []string{textPath}, run.Options{Lang: key.Lang, SourceLang: key.SourceLang, MaxSize: -1})
	if e := rep.Files[0].Error; e != "" {
		return fmt.Errorf("%s: %s", textPath, e)
	}
	// Byte offset of each line's start (lines split on "\n", 1-based).
	lines := strings.Split(string(content), "\n")
	starts := make([]int, len(lines)+1)
	for i, l := range lines {
		starts[i+1] = starts[i] + len(l) + 1
	}
	span := func(line int, text string) (int, int, bool) {
		if line < 1 || line > len(lines) {
			return 0, 0, false
		}
		l := lines[line-1]
		if text == "*" {
			return starts[line-1], starts[line-1] + len(l), true
		}
		i := strings.Index(l, text)
		if i < 0 {
			return 0, 0, false
		}
		return starts[line-1] + i, starts[line-1] + i + len(text), true
	}
	overlaps := func(f checker.Finding, start, end int) bool {
		if f.EndOffset <= f.Offset {
			return f.Offset >= start && f.Offset <= end
		}
		return f.Offset < end && f.EndOffset > start
	}
	res.Pages++
	for _, a := range key.Artifacts {
		k := res.Kinds[a.Kind]
		if k == nil {
			k = &PageKind{}
			res.Kinds[a.Kind] = k
		}
		k.Artifacts++
		res.Artifacts++
		type place struct {
			line int
			text string
		}
		places := []place{{a.Line, a.Text}}
		for _, l := range a.AltLines {
			places = append(places, place{l, "*"})
		}
		var by []string
		seen := map[string]bool{}
		for _, p := range places {
			start, end, ok := span(p.line, p.text)
			if !ok {
				return fmt.Errorf("%s: line %d: %q is not on that line", keyPath, p.line, p.text)
			}
			for _, f := range rep.Findings {
				if overlaps(f, start, end) && !seen[f.Rule] {
					seen[f.Rule] = true
					by = append(by, f.Rule)
				}
			}
		}
		right := false
		for _, r := range kindRules[a.Kind] {
			right = right || seen[r]
		}
		switch {
		case right:
			k.Found++
			k.RightRule++
			res.Found++
			res.RightRule++
		case len(by) > 0:
			k.Found++
			k.WrongRules++
			res.Found++
		default:
			k.Missed++
		}
		if !right {
			sort.Strings(by)
			res.Misses = append(res.Misses, PageMiss{Page: name, Line: a.Line, Kind: a.Kind, Text: a.Text, Rules: by})
		}
	}
	clean := map[int]bool{}
	for _, l := range key.Clean {
		clean[l] = true
	}
	res.CleanLines += len(clean)
	for _, f := range rep.Findings {
		for l := f.Line; l <= max(f.Line, f.EndLine); l++ {
			if clean[l] {
				res.FalseAlarms = append(res.FalseAlarms, PageFalseAlarm{Page: name, Line: l, Rule: f.Rule, Severity: f.Severity.String(), Text: f.Text, Message: f.Message})
				break
			}
		}
	}
	return nil
}

// writeTable prints the score by kind, the misses and the false alarms.
func (r *PagesResult) writeTable(w io.Writer) {
	fmt.Fprintf(w, "%d pages, %d artifacts: %d found (%.0f %%), %d by the right rule (%.0f %%); %d false alarms on %d clean lines\n\n",
		r.Pages, r.Artifacts, r.Found, pct(r.Found, r.Artifacts), r.RightRule, pct(r.RightRule, r.Artifacts), len(r.FalseAlarms), r.CleanLines)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "kind\tartifacts\tright rule\tother rule\tmissed\trules")
	kinds := make([]string, 0, len(r.Kinds))
	for k := range r.Kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, name := range kinds {
		k := r.Kinds[name]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\n", name, k.Artifacts, k.RightRule, k.WrongRules, k.Missed, strings.Join(kindRules[name], ","))
	}
	tw.Flush()
	if len(r.Misses) > 0 {
		fmt.Fprintln(w, "\nnot found by the right rule:")
		for _, m := range r.Misses {
			by := ""
			if len(m.Rules) > 0 {
				by = " (found by " + strings.Join(m.Rules, ",") + ")"
			}
			fmt.Fprintf(w, "  %s:%d %s %q%s\n", m.Page, m.Line, m.Kind, m.Text, by)
		}
	}
	if len(r.FalseAlarms) > 0 {
		fmt.Fprintln(w, "\nfalse alarms (findings on clean lines):")
		for _, f := range r.FalseAlarms {
			fmt.Fprintf(w, "  %s:%d %s %s %q: %s\n", f.Page, f.Line, f.Severity, f.Rule, f.Text, f.Message)
		}
	}
	fmt.Fprintln(w)
	writeGate(w, r.Gate)
}
