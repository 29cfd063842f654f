package main

import (
	"fmt"
	"io"
	"os"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/rules"
)

// runStream implements `check --input jsonl`: records in, one result line
// out per record, in order. Only the jsonl output format applies.
func runStream(o checkOptions, formatSet bool, args []string, stdin io.Reader, stdout io.Writer) error {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	if formatSet && o.format != "jsonl" {
		return usage("--input jsonl writes --format jsonl only, not %q", o.format)
	}
	lang, err := checker.NormalizeLang(o.lang)
	if err != nil {
		return usage("--lang: %v", err)
	}
	markup, err := checker.ParseFormat(o.markup)
	if err != nil {
		return usage("--markup: %v", err)
	}
	failOn, err := parseFailOn(o.failOn)
	if err != nil {
		return usage("--fail-on: %v", err)
	}
	// The configuration is the one standard input would use: --config, or
	// the .mtlint.yaml found from the working folder.
	cfgs, err := checker.NewConfigs(rules.All(), o.enable, o.disable, o.config)
	if err != nil {
		return usage("%v", err)
	}
	if err := setGlossary(cfgs, o.glossary); err != nil {
		return usage("--glossary: %v", err)
	}
	eng, ropts, err := cfgs.For("-", checker.RunOptions{Lang: lang})
	if err != nil {
		return usage("%v", err)
	}
	lang = ropts.Lang
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
	stats, err := eng.Stream(io.MultiReader(readers...), stdout, lang, markup)
	if err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if stats.Errors > 0 {
		return &exitError{code: 2, msg: fmt.Sprintf("%d of %d records could not be checked (see their \"error\")", stats.Errors, stats.Records)}
	}
	if failOn != 0 && stats.MaxSeverity >= failOn {
		return &exitError{code: 1}
	}
	return nil
}
