package main

import (
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"golang.org/x/term"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules"
	"github.com/spf13/cobra"
)

type checkOptions struct {
	lang, sourceLang, format, failOn, markup, color string
	show                                            string // --show: the lowest severity reported
	enable, disable, candidates                     []string
	input                                           string
	config                                          string
	filters                                         filterOptions // filters.go
	minScore                                        float64       // --min-score: the quality-score gate
	glossary                                        string        // --glossary FILE (bilingual checks)
	source                                          string        // --source: the source article of the one target file
	maxSize                                         string        // --max-size: the per-file size limit
	outputs                                         []string      // --output FORMAT=FILE, repeatable
	formatSet                                       bool          // --format was given
	inputs                                          inputOptions  // --stdin-filename, --no-ignore: inputs.go
}

func newCheckCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var o checkOptions
	cmd := &cobra.Command{
		Use:   "check [flags] [FILE|DIR|GLOB|-]...",
		Short: "check files, folders or standard input",
		Long: `check reads each file and reports findings. The format goes by the extension
(or --markup): plain text, Markdown, HTML, and the bilingual TSV, CSV, XLIFF, PO
and TMX; "-" is standard input. Folders are walked for .txt, .text, .md,
.markdown, .mdown, .mkd, .html, .htm, .xhtml, .xlf, .xliff, .sdlxliff, .po and
.tmx files (PO templates and tables are checked when named);
globs ("articles/**/*.md") are expanded. Settings come from the .mtlint.yaml
nearest to each file (see mtlint init) or --config; flags override them.

Exit status: 0 when no finding reaches --fail-on (and no document scores below
--min-score), 1 when one does, 2 when an input could not be read or parsed (the
others are still checked) or on usage errors.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if o.input == "jsonl" || o.inputs.stdinName != "" {
				return nil // standard input when no file is named
			}
			return needArgs(1, `the files, folders or globs to check, or "-" for standard input`, "mtlint check --lang de articles/")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if o.input == "jsonl" && o.source != "" {
				return &exitError{code: 2, msg: "--source checks one target file; it does not combine with --input jsonl (records carry their own source)"}
			}
			o.formatSet = cmd.Flags().Changed("format")
			if o.input == "jsonl" && len(o.outputs) > 0 {
				return &exitError{code: 2, msg: "--output does not combine with --input jsonl (one result line a record goes to standard output)"}
			}
			if o.input == "jsonl" {
				return runStream(o, cmd.Flags().Changed("format"), args, stdin, stdout)
			}
			if o.input != "files" {
				return &exitError{code: 2, msg: fmt.Sprintf("--input: unknown input %q (want files or jsonl)", o.input)}
			}
			if args, err = o.inputs.stdinArgs(args); err != nil {
				return err
			}
			return runCheck(o, args, stdin, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.lang, "lang", "", "target language, ISO 639-1 (en, de, ...); default: lang in .mtlint.yaml, else the language a bilingual file declares, else guessed per file")
	f.StringVar(&o.sourceLang, "source-lang", "", "source language, ISO 639-1: where leftovers are looked for first, and the language of a bilingual file's sources; default: source_lang in .mtlint.yaml, else declared by the file")
	f.StringVar(&o.format, "format", "text", "output format on standard output: "+strings.Join(report.Formats(), ", "))
	f.StringArrayVar(&o.outputs, "output", nil, "also write a report in FORMAT to FILE (FORMAT=FILE, repeatable; FILE - is standard output), e.g. --output sarif=mtlint.sarif --output markdown=$GITHUB_STEP_SUMMARY; with --output, standard output gets --format only when --format is given")
	f.StringVar(&o.failOn, "fail-on", "error", "exit 1 when a finding reaches this severity: error, warning, info or never")
	f.StringVar(&o.show, "show", "info", "report only findings of this severity or above: info, warning or error (--fail-on still judges every finding)")
	f.StringSliceVar(&o.enable, "enable", nil, "rules to enable (comma-separated IDs, or all); applied after --disable")
	f.StringSliceVar(&o.disable, "disable", nil, "rules to disable (comma-separated IDs, or all)")
	f.StringSliceVar(&o.candidates, "candidates", nil, "languages to detect besides the target and source, added to the default "+strings.Join(langid.DefaultCandidates(), ",")+" (or to candidates in "+config.ConfigFileName+")")
	f.StringVar(&o.markup, "markup", "auto", "input markup: auto, text, markdown, html, tsv, csv, xliff, po or tmx")
	f.StringVar(&o.input, "input", "files", `inputs: files (paths, folders, globs, "-") or jsonl (one {"id","text","lang","source","source_lang"} object a line, from the files named or standard input; one result line out per record, in order)`)
	f.StringVar(&o.source, "source", "", "source article (text, Markdown or HTML) of the one target file: paragraphs are aligned and compared")
	f.StringVar(&o.color, "color", "auto", "colour in text output: auto (terminal and no NO_COLOR), always or never")
	f.StringVar(&o.config, "config", "", "configuration file for every input; default: "+config.ConfigFileName+" from each file's folder upward")
	o.filters.addFlags(cmd) // --since, --since-git, --baseline, --write-baseline: filters.go
	o.inputs.addFlags(cmd)  // --stdin-filename, --no-ignore: inputs.go
	addMaxSizeFlag(f, &o.maxSize)
	f.Float64Var(&o.minScore, "min-score", 0, "exit 1 when a document's quality score (0-100; see: mtlint explain score) is below this")
	f.StringVar(&o.glossary, "glossary", "", "glossary TSV for bilingual inputs, one entry a line: source term<TAB>target term, source term<TAB>!forbidden translation, or !term forbidden everywhere (see: mtlint explain glossary)")
	return cmd
}

func runCheck(o checkOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	set, err := o.setup()
	if err != nil {
		return err
	}
	for _, w := range []string{unknownLangWarning("--lang", set.lang), unknownLangWarning("--source-lang", set.sourceLang)} {
		if w != "" {
			fmt.Fprintf(stderr, "mtlint: warning: %s\n", w)
		}
	}
	if o.minScore < 0 || o.minScore > 100 {
		return usage("--min-score: %v is not between 0 and 100", o.minScore)
	}
	outputs, err := parseOutputs(o.format, o.formatSet, o.outputs, stdout, o.color)
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

	cfgs := set.cfgs
	inputs, err := o.inputs.expand(args, cfgs, stderr)
	if err != nil {
		return err
	}
	baseline, err := o.filters.prepare(inputs)
	if err != nil {
		return usage("%v", err)
	}
	progress, finishProgress := newProgress(stderr)
	runOpts := run.Options{Lang: set.lang, SourceLang: set.sourceLang, Markup: set.markup, Stdin: stdin, ForFile: cfgs.For, Progress: progress, MaxSize: set.maxSize,
		KeepText: keepsText(outputs), StdinName: o.inputs.stdinName}
	warned := warnings(&runOpts, stderr)
	var report *report.Report
	if o.source != "" {
		// Parallel articles: one target checked against its source, with
		// the configuration that applies to the target.
		if err := checkSourceArgs(o.source, args); err != nil {
			finishProgress()
			return err
		}
		eng, ro, err := cfgs.For(args[0], runOpts)
		if err != nil {
			finishProgress()
			return usage("%v", err)
		}
		report = run.Parallel(eng, o.source, args[0], ro)
	} else {
		gc := newCollector()
		if gc != nil {
			runOpts.Read = gc.Read
		}
		report = run.Run(cfgs.Engine(), inputs, runOpts)
		gc.restore()
	}
	finishProgress()
	if err := o.filters.apply(report, baseline, stderr); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	// --show hides findings from the output only: the gates (--fail-on,
	// --min-score) judge every finding, so that a quieter report never
	// lets a broken text through.
	below := report.BelowScore(o.minScore)
	gated := report.Findings
	report.Findings = showOnly(report.Findings, set.show)
	report.AddHidden("below --show "+o.show, len(gated)-len(report.Findings))
	failed := 0
	for _, f := range report.Files {
		if f.Error != "" {
			failed++
			fmt.Fprintf(stderr, "mtlint: %s: %s\n", textdoc.DisplayPath(f.Path), f.Error)
		} else if f.Language == "" && f.Words > 0 {
			// Not silent: the rules that judge a language's conventions
			// did not run on this file.
			fmt.Fprintf(stderr, "mtlint: %s: note: language not detected (too little text), so the checks that know a language's words and conventions could not judge it: give --lang or name the language in the path (content/en/, notes.en.md)\n",
				textdoc.DisplayPath(f.Path))
		}
		if len(f.Cut) == 0 {
			continue // most files: the map is not sorted for nothing
		}
		for _, rule := range slices.Sorted(maps.Keys(f.Cut)) {
			fmt.Fprintf(stderr, "mtlint: %s: %d more %s findings not reported (at most %d a rule in a file)\n",
				textdoc.DisplayPath(f.Path), f.Cut[rule], rule, checker.MaxFindingsPerRule)
		}
	}
	report.ToolVersion = readBuildVersion().short()
	if err := writeOutputs(outputs, report, stdout, stderr); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if failed > 0 || warned() {
		return &exitError{code: 2}
	}
	if len(below) > 0 {
		for _, p := range below {
			fmt.Fprintf(stderr, "mtlint: %s: score below --min-score %g\n", p, o.minScore)
		}
		return &exitError{code: 1}
	}
	if set.failOn != 0 {
		for _, f := range gated {
			if f.Severity >= set.failOn {
				if f.Severity < set.show {
					fmt.Fprintf(stderr, "mtlint: findings hidden by --show %s reach --fail-on %s\n", set.show, o.failOn)
				}
				return &exitError{code: 1}
			}
		}
	}
	return nil
}

// checkSetup is what check's flags say once validated: the languages, the
// markup, the failure threshold, and the configurations with --glossary and
// --candidates applied. check and check --input jsonl share it.
type checkSetup struct {
	lang, sourceLang string
	markup           textdoc.Format
	failOn           checker.Severity
	show             checker.Severity // --show: the lowest severity reported; 0 = all
	maxSize          int64            // --max-size in bytes; 0 = the default limit
	cfgs             *config.Configs
}

// setup validates the flags shared by check's input modes; its errors are
// usage errors (exit 2) naming the flag.
func (o checkOptions) setup() (*checkSetup, error) {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	var set checkSetup
	var err error
	if set.lang, err = textdoc.NormalizeLang(o.lang); err != nil {
		return nil, usage("--lang: %v", err)
	}
	if set.sourceLang, err = textdoc.NormalizeLang(o.sourceLang); err != nil {
		return nil, usage("--source-lang: %v", err)
	}
	if set.markup, err = read.ParseFormat(o.markup); err != nil {
		return nil, usage("--markup: %v", err)
	}
	if set.failOn, err = parseFailOn(o.failOn); err != nil {
		return nil, usage("--fail-on: %v", err)
	}
	if set.show, err = checker.ParseSeverity(o.show); err != nil {
		return nil, usage("--show: unknown severity %q (want info, warning or error)", o.show)
	}
	if set.maxSize, err = parseSize(o.maxSize); err != nil {
		return nil, usage("--max-size: %v", err)
	}
	// Configuration files (checker/config.go): one engine per file found.
	if set.cfgs, err = config.NewConfigs(rules.All(), o.enable, o.disable, o.config); err != nil {
		return nil, usage("%v", err)
	}
	if err := setGlossary(set.cfgs, o.glossary); err != nil {
		return nil, usage("--glossary: %v", err)
	}
	candidates, err := normalizeLangs(o.candidates)
	if err != nil {
		return nil, usage("--candidates: %v", err)
	}
	for _, l := range candidates {
		if !langid.KnownLanguage(l) {
			return nil, usage("--candidates: no language model for %q", l)
		}
	}
	if len(candidates) > 0 {
		if err := set.cfgs.SetCandidates(candidates); err != nil {
			return nil, usage("--candidates: %v", err)
		}
	}
	return &set, nil
}

// checkSourceArgs validates --source: it names the source of exactly one
// target file.
func checkSourceArgs(source string, args []string) error {
	if len(args) != 1 {
		return &exitError{code: 2, msg: fmt.Sprintf("--source takes exactly one target file, got %d", len(args))}
	}
	if source == "-" && args[0] == "-" {
		return &exitError{code: 2, msg: `standard input ("-") can be read only once`}
	}
	if info, err := os.Stat(args[0]); err == nil && info.IsDir() {
		return &exitError{code: 2, msg: fmt.Sprintf("--source takes one target file, not the folder %s", args[0])}
	}
	return nil
}

// parseFailOn reads --fail-on; "never" is severity 0, which nothing reaches.
func parseFailOn(s string) (checker.Severity, error) {
	if s == "never" {
		return 0, nil
	}
	sev, err := checker.ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("unknown severity %q (want error, warning, info or never)", s)
	}
	return sev, nil
}

// normalizeLangs validates a list of language codes; nil stays nil (the
// default list).
func normalizeLangs(langs []string) ([]string, error) {
	var out []string
	for _, l := range langs {
		n, err := textdoc.NormalizeLang(strings.TrimSpace(l))
		if err != nil {
			return nil, err
		}
		if n != "" {
			out = append(out, n)
		}
	}
	return out, nil
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

// showOnly keeps the findings at or above min, in order.
func showOnly(fs []checker.Finding, min checker.Severity) []checker.Finding {
	if min <= checker.Info {
		return fs
	}
	var out []checker.Finding
	for _, f := range fs {
		if f.Severity >= min {
			out = append(out, f)
		}
	}
	return out
}
