package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"text/tabwriter"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/internal/fixture"
	"github.com/mtlint/mtlint/rules"
)

// FixtureRule is one rule's score on annotated fixtures, counted per line: a
// marked line with a finding of the rule is a true positive, a finding on a
// line not marked for it a false positive, a marked line without one a miss.
type FixtureRule struct {
	TruePositives  int     `json:"true_positives"`
	FalsePositives int     `json:"false_positives"`
	Misses         int     `json:"misses"`
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
}

// FixtureResult is the output of `mtlint-eval --fixtures`.
type FixtureResult struct {
	Files int                     `json:"files"`
	Rules map[string]*FixtureRule `json:"rules"`
}

// evalFixtures scores every rule on the fixture files found in dirs (each
// folder and its sub-folders).
func evalFixtures(dirs []string) (*FixtureResult, error) {
	eng, err := checker.NewEngine(rules.All(), checker.Config{})
	if err != nil {
		return nil, err
	}
	res := &FixtureResult{Rules: map[string]*FixtureRule{}}
	for _, r := range eng.Rules() {
		res.Rules[r.ID] = &FixtureRule{}
	}
	var files []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				fs, err := fixture.Files(p)
				files = append(files, fs...)
				return err
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, path := range files {
		f, err := fixture.Read(path)
		if err != nil {
			return nil, err
		}
		doc, err := checker.ParseWith(path, f.Content, checker.ParseOptions{Lang: f.Lang, SourceLang: f.SourceLang})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		findings, err := eng.Check(doc)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		checker.Resolve(doc, findings)
		found := map[int]map[string]bool{}
		for _, fd := range findings {
			if found[fd.Line] == nil {
				found[fd.Line] = map[string]bool{}
			}
			found[fd.Line][fd.Rule] = true
		}
		want := map[int]map[string]bool{}
		for line, ids := range f.Want {
			want[line] = map[string]bool{}
			for _, id := range ids {
				want[line][id] = true
			}
		}
		for line, ids := range found {
			for id := range ids {
				if r := res.Rules[id]; r != nil {
					if want[line][id] {
						r.TruePositives++
					} else {
						r.FalsePositives++
					}
				}
			}
		}
		for line, ids := range want {
			for id := range ids {
				if r := res.Rules[id]; r != nil && !found[line][id] {
					r.Misses++
				}
			}
		}
		res.Files++
	}
	for _, r := range res.Rules {
		if n := r.TruePositives + r.FalsePositives; n > 0 {
			r.Precision = round(float64(r.TruePositives) / float64(n))
		}
		if n := r.TruePositives + r.Misses; n > 0 {
			r.Recall = round(float64(r.TruePositives) / float64(n))
		}
	}
	return res, nil
}

func (r *FixtureResult) writeTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "rule\ttrue pos.\tfalse pos.\tmisses\tprecision\trecall")
	ids := make([]string, 0, len(r.Rules))
	for id := range r.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		v := r.Rules[id]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\n", id, v.TruePositives, v.FalsePositives, v.Misses, v.Precision, v.Recall)
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d fixture files\n", r.Files)
}
