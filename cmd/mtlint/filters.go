package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/mtlint/mtlint/checker/baseline"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/spf13/cobra"
)

// filterOptions are the check flags that narrow the findings reported:
// --since, --since-git, --baseline and --write-baseline. Inline suppression
// comments need no flag; the engine applies them.
type filterOptions struct {
	since, sinceGit, baseline, writeBaseline string

	old []byte // content of the --since file, read before the run
}

func (o *filterOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.since, "since", "", "report only findings in text added or changed since this old version of the (single) input file")
	f.StringVar(&o.sinceGit, "since-git", "", "report only findings in text added or changed since this git revision (files in a git work tree)")
	f.StringVar(&o.baseline, "baseline", "", "hide the findings recorded in this baseline file")
	f.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in this baseline file; they are then hidden")
	cmd.MarkFlagsMutuallyExclusive("since", "since-git")
	cmd.MarkFlagsMutuallyExclusive("baseline", "write-baseline")
}

// prepare checks the flags against the inputs and reads the --since file
// and the baseline before anything is checked, so a bad one is a usage
// error (exit 2) that names it.
func (o *filterOptions) prepare(inputs []string) (*baseline.Baseline, error) {
	if o.since != "" {
		if len(inputs) != 1 {
			return nil, fmt.Errorf("--since compares one file with its old version; got %d inputs", len(inputs))
		}
		old, err := baseline.ReadSince(o.since)
		if err != nil {
			return nil, err
		}
		o.old = old
	}
	if o.sinceGit != "" {
		if err := baseline.CheckGitRevision(o.sinceGit, inputs); err != nil {
			return nil, err
		}
	}
	if o.baseline != "" {
		return baseline.Read(o.baseline)
	}
	return nil, nil
}

// apply narrows the report: first to what changed, then by the baseline.
// With --write-baseline the findings left are written to the file and then
// hidden, so the run reports what a run with --baseline would report next.
func (o *filterOptions) apply(r *report.Report, bl *baseline.Baseline, stderr io.Writer) error {
	before := len(r.Findings)
	switch {
	case o.since != "":
		baseline.KeepChangedSince(r, o.old)
	case o.sinceGit != "":
		if err := baseline.KeepChangedSinceGit(r, o.sinceGit); err != nil {
			return err
		}
	}
	r.AddHidden("in unchanged text", before-len(r.Findings))
	if o.writeBaseline != "" {
		bl = baseline.New(r, filepath.Dir(o.writeBaseline))
		if err := baseline.Write(o.writeBaseline, bl); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "mtlint: wrote %d findings to baseline %s\n", len(r.Findings), o.writeBaseline)
	}
	if bl != nil {
		r.AddHidden("in the baseline", bl.Filter(r))
	}
	return nil
}
