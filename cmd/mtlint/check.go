package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/rules"
	"github.com/spf13/cobra"
)

type checkOptions struct {
	lang, sourceLang, format, failOn, markup, color string
	enable, disable                                 []string
	input                                           string
	config                                          string
	filters                                         filterOptions // filters.go
	minScore                                        float64       // issue 5: score gate
	maxSize                                         string        // issue 6: per-file size limit
}

func newCheckCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var o checkOptions
	cmd := &cobra.Command{
		Use:   "check [flags] [FILE|DIR|-]...",
		Short: "check files, folders or standard input",
		Long: `check reads each file (plain text, Markdown or HTML, by extension; "-" is
standard input) and reports findings. Folders are searched for .txt, .md and .html
files. Settings come from the .mtlint.yaml nearest to each file (see mtlint init)
or --config. Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when an
input could not be read or parsed (the others are still checked) or on usage errors.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if o.input == "jsonl" {
				return nil // standard input when no file is named
			}
			return cobra.MinimumNArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.input == "jsonl" {
				return runStream(o, cmd.Flags().Changed("format"), args, stdin, stdout)
			}
			if o.input != "files" {
				return &exitError{code: 2, msg: fmt.Sprintf("--input: unknown input %q (want files or jsonl)", o.input)}
			}
			return runCheck(o, args, stdin, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.lang, "lang", "", "target language, ISO 639-1 (en, de, ...); default: guessed per file")
	f.StringVar(&o.sourceLang, "source-lang", "", "source language, ISO 639-1, reported in the output")
	f.StringVar(&o.format, "format", "text", "output format: "+strings.Join(checker.Formats(), ", "))
	f.StringVar(&o.failOn, "fail-on", "error", "exit 1 when a finding reaches this severity: error, warning, info or never")
	f.StringSliceVar(&o.enable, "enable", nil, "rules to enable (comma-separated IDs, or all); applied after --disable")
	f.StringSliceVar(&o.disable, "disable", nil, "rules to disable (comma-separated IDs, or all)")
	f.StringVar(&o.markup, "markup", "auto", "input markup: auto, text, markdown or html")
	f.StringVar(&o.input, "input", "files", `inputs: files (paths, folders, globs, "-") or jsonl (one {"id","text","lang","source","source_lang"} object a line, from the files named or standard input; one result line out per record, in order)`)
	f.StringVar(&o.color, "color", "auto", "colour in text output: auto (terminal and no NO_COLOR), always or never")
	f.StringVar(&o.config, "config", "", "configuration file for every input; default: "+checker.ConfigFileName+" from each file's folder upward")
	o.filters.addFlags(cmd) // --since, --since-git, --baseline, --write-baseline: filters.go
	f.StringVar(&o.maxSize, "max-size", "50MB", "skip (with an error, exit 2) files larger than this: bytes or KB, MB, GB; 0 = no limit")
	f.Float64Var(&o.minScore, "min-score", 0, "exit 1 when a document's quality score (0-100; see: mtlint explain score) is below this")
	return cmd
}

func runCheck(o checkOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	lang, err := checker.NormalizeLang(o.lang)
	if err != nil {
		return usage("--lang: %v", err)
	}
	sourceLang, err := checker.NormalizeLang(o.sourceLang)
	if err != nil {
		return usage("--source-lang: %v", err)
	}
	markup, err := checker.ParseFormat(o.markup)
	if err != nil {
		return usage("--markup: %v", err)
	}
	failOn, err := parseFailOn(o.failOn)
	if err != nil {
		return usage("--fail-on: %v", err)
	}
	maxSize, err := parseSize(o.maxSize)
	if err != nil {
		return usage("--max-size: %v", err)
	}
	if o.minScore < 0 || o.minScore > 100 {
		return usage("--min-score: %v is not between 0 and 100", o.minScore)
	}
	color, err := useColor(o.color, stdout)
	if err != nil {
		return usage("--color: %v", err)
	}
	formatter, err := checker.FormatterFor(o.format, color)
	if err != nil {
		return usage("--format: %v", err)
	}
	// Configuration files (checker/config.go): one engine per file found.
	cfgs, err := checker.NewConfigs(rules.All(), o.enable, o.disable, o.config)
	if err != nil {
		return usage("%v", err)
	}
	stdinUses := 0
	for _, a := range args {
		if a == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return usage(`standard input ("-") can be read only once`)
	}

	inputs, cfgErrs := cfgs.Prepare(checker.ExpandInputs(args))
	if len(cfgErrs) > 0 {
		for _, err := range cfgErrs {
			fmt.Fprintf(stderr, "mtlint: %v\n", err)
		}
		return &exitError{code: 2}
	}
	baseline, err := o.filters.prepare(inputs)
	if err != nil {
		return usage("%v", err)
	}
	progress, finishProgress := newProgress(stderr)
	report := cfgs.Engine().Run(inputs, checker.RunOptions{Lang: lang, SourceLang: sourceLang, Markup: markup, Stdin: stdin, ForFile: cfgs.For, Progress: progress, MaxSize: maxSize})
	finishProgress()
	if err := o.filters.apply(report, baseline, stderr); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	failed := 0
	for _, f := range report.Files {
		if f.Error != "" {
			failed++
			fmt.Fprintf(stderr, "mtlint: %s: %s\n", f.Path, f.Error)
		}
	}
	if err := formatter.Format(stdout, report); err != nil {
		return &exitError{code: 2, msg: "writing output: " + err.Error()}
	}
	if failed > 0 {
		return &exitError{code: 2}
	}
	if below := report.BelowScore(o.minScore); len(below) > 0 {
		for _, p := range below {
			fmt.Fprintf(stderr, "mtlint: %s: score below --min-score %g\n", p, o.minScore)
		}
		return &exitError{code: 1}
	}
	if failOn != 0 {
		for _, f := range report.Findings {
			if f.Severity >= failOn {
				return &exitError{code: 1}
			}
		}
	}
	return nil
}

// parseFailOn reads --fail-on; "never" is severity 0, which nothing reaches.
func parseFailOn(s string) (checker.Severity, error) {
	if s == "never" {
		return 0, nil
	}
	return checker.ParseSeverity(s)
}

// useColor decides whether text output is coloured: only on a terminal, never
// when NO_COLOR is set to a non-empty value (https://no-color.org) or TERM is
// dumb. --color always|never, a per-run choice, overrides both, as no-color.org
// asks.
func useColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
			return false, nil
		}
		f, ok := w.(*os.File)
		return ok && term.IsTerminal(int(f.Fd())), nil
	}
	return false, fmt.Errorf("unknown mode %q (want auto, always or never)", mode)
}
