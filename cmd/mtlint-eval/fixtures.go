package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"text/tabwriter"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/internal/fixture"
	"github.com/mtlint/mtlint/rules"
)

// FixtureRule is one rule's score on annotated fixtures, counted per line: a
// marked line with a finding of the rule is a true positive, a finding on a
// line not marked for it a false positive, a marked line without one a miss.
// As in the fixture tests, a finding of another rule than the folder's at
// info severity is not counted (fixtures mark only what they are about), and
// a folder's "options" file applies.
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
	Gate  langid.GateStats        `json:"gate"`
}

// evalFixtures scores every rule on the fixture files found in dirs (each
// folder and its immediate sub-folders).
func evalFixtures(dirs []string, opt evalOptions) (*FixtureResult, error) {
	res := &FixtureResult{Rules: map[string]*FixtureRule{}}
	for _, r := range rules.All() {
		res.Rules[r.ID] = &FixtureRule{}
	}
	engines := map[string]*checker.Engine{}
	var files []string
	for _, dir := range dirs {
		// The folder and its immediate sub-folders (testdata/rules/<rule>/),
		// as the fixture tests read them; deeper folders hold what fixtures
		// use (a glossary), not fixtures.
		folders := []string{dir}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if e.IsDir() {
				folders = append(folders, filepath.Join(dir, e.Name()))
			}
		}
		for _, d := range folders {
			fs, err := fixture.Files(d)
			if err != nil {
				return nil, err
			}
			files = append(files, fs...)
		}
	}
	for _, path := range files {
		f, err := fixture.Read(path)
		if err != nil {
			return nil, err
		}
		dir := filepath.Dir(path)
		eng := engines[dir]
		if eng == nil {
			cfg, err := fixture.Config(dir)
			if err != nil {
				return nil, err
			}
			if eng, err = opt.newEngine(cfg); err != nil {
				return nil, fmt.Errorf("%s: %v", dir, err)
			}
			engines[dir] = eng
		}
		folderRule := filepath.Base(dir) // testdata/rules/<rule>/; "clean" is no rule
		doc, err := read.ParseWith(path, f.Content, read.ParseOptions{Lang: f.Lang, SourceLang: f.SourceLang})
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
			if fd.Rule != folderRule && fd.Severity < checker.Warning && filepath.Base(dir) != "clean" {
				continue
			}
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
	var all []*checker.Engine
	for _, e := range engines {
		all = append(all, e)
	}
	res.Gate = gateStats(all...)
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
	writeGate(w, r.Gate)
}
