package main

import (
	"fmt"
	"io"
	"os"

	"github.com/mtlint/mtlint/checker/run"
)

// runStream implements `check --input jsonl`: records in, one result line
// out per record, in order. Only the jsonl output format applies.
func runStream(o checkOptions, formatSet bool, args []string, stdin io.Reader, stdout io.Writer) error {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	if formatSet && o.format != "jsonl" {
		return usage("--input jsonl writes --format jsonl only, not %q", o.format)
	}
	set, err := o.setup()
	if err != nil {
		return err
	}
	// The configuration is the one standard input would use: --config, or
	// the .mtlint.yaml found from the working folder.
	eng, ropts, err := set.cfgs.For("-", run.Options{Lang: set.lang, SourceLang: set.sourceLang, Markup: set.markup, MaxSize: set.maxSize})
	if err != nil {
		return usage("%v", err)
	}
	var readers []io.Reader
	var files []*os.File
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	for _, a := range args {
		if a == "-" {
			readers = append(readers, stdin)
			continue
		}
		f, err := os.Open(a)
		if err != nil {
			return usage("%s: %v", a, err)
		}
		files = append(files, f)
		readers = append(readers, f)
	}
	if len(readers) == 0 {
		readers = append(readers, stdin)
	}
	stats, err := run.Stream(eng, io.MultiReader(readers...), stdout, ropts)
	if err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if stats.Errors > 0 {
		return &exitError{code: 2, msg: fmt.Sprintf("%d of %d records could not be checked (see their \"error\")", stats.Errors, stats.Records)}
	}
	if set.failOn != 0 && stats.MaxSeverity >= set.failOn {
		return &exitError{code: 1}
	}
	return nil
}
