package rules

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/run"
)

// TestBatchesChangeNoFinding checks every testdata file of the formats
// mtlint reads in one run, where short documents are checked in batches
// rule by rule (checker.Engine.CheckBatch), and again each in a run of its
// own: a file's findings, language, word count and error must be the same,
// with the language given and detected, on one core and on several. A
// batch that ran a rule on the wrong document, skipped one, or let one
// document's state reach another fails here.
func TestBatchesChangeNoFinding(t *testing.T) {
	if testing.Short() {
		t.Skip("checks every testdata file twice")
	}
	paths := testdataFiles(t)
	e, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	summary := func(paths []string, opts run.Options) map[string]string {
		rep := run.Run(e, paths, opts)
		out := map[string]string{}
		for _, f := range rep.Files {
			out[f.Path] = fmt.Sprintf("lang %s, %d words, cut %v, error %q\n", f.Language, f.Words, f.Cut, f.Error)
		}
		for _, f := range rep.Findings {
			out[f.Path] += fmt.Sprintf("%d-%d %s %s %s | %s\n", f.Offset, f.EndOffset, f.Rule, f.Severity, f.Message, f.Suggestion)
		}
		return out
	}
	for _, procs := range []int{1, 2} {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		for _, lang := range []string{"", "en"} {
			opts := run.Options{Lang: lang}
			together := summary(paths, opts)
			if len(together) != len(paths) {
				t.Fatalf("%d files in the report, want %d", len(together), len(paths))
			}
			for _, p := range paths {
				alone := summary([]string{p}, opts)[p]
				if got := together[p]; got != alone {
					t.Errorf("%s (lang %q, %d cores): findings differ\nalone:\n%s\nin a batch:\n%s", p, lang, procs, firstLines(alone, got), firstLines(got, alone))
				}
			}
		}
	}
}
