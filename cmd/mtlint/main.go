// Command mtlint checks translated text for what machine translation leaves
// behind. The command only wires flags to the checker package.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/rules"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = "0.1.0-dev"

// exitError carries an exit status out of a command.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status: 0 clean, 1
// findings at or above --fail-on, 2 usage, input or internal errors.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintln(stderr, "mtlint: "+ee.msg)
		}
		return ee.code
	default:
		fmt.Fprintln(stderr, "mtlint: "+err.Error())
		return 2
	}
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "mtlint",
		Short: "find machine-translation artifacts in translated text",
		Long: `mtlint finds what machine translation leaves behind in a translated text: split
drop caps, page furniture, stray punctuation, cut sentences, duplicated captions,
locale-wrong numbers and quotes, encoding damage, and text left in the source
language (mtlint detect shows how each paragraph's language was decided).`,
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: 2, msg: err.Error()}
	})
	root.AddCommand(newCheckCmd(stdin, stdout, stderr), newRulesCmd(stdout), newExplainCmd(stdout), newDetectCmd(stdout))
	return root
}

func versionString() string {
	v := version
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
	}
	return v
}

type checkOptions struct {
	lang, sourceLang, format, failOn, markup, color string
	enable, disable, candidates                     []string
}

func newCheckCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var o checkOptions
	cmd := &cobra.Command{
		Use:   "check [flags] [FILE|DIR|-]...",
		Short: "check files, folders or standard input",
		Long: `check reads each file (plain text, Markdown or HTML, by extension; "-" is
standard input) and reports findings. Folders are searched for .txt, .md and .html
files. Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when an
input could not be read or parsed (the others are still checked) or on usage errors.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
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
	f.StringSliceVar(&o.candidates, "candidates", nil, "languages to detect besides the target and source (default "+strings.Join(checker.DefaultCandidates(), ",")+")")
	f.StringVar(&o.markup, "markup", "auto", "input markup: auto, text, markdown or html")
	f.StringVar(&o.color, "color", "auto", "colour in text output: auto (terminal and no NO_COLOR), always or never")
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
	failOn := checker.Severity(0)
	if o.failOn != "never" {
		if failOn, err = checker.ParseSeverity(o.failOn); err != nil {
			return usage("--fail-on: %v", err)
		}
	}
	color, err := useColor(o.color, stdout)
	if err != nil {
		return usage("--color: %v", err)
	}
	formatter, err := checker.FormatterFor(o.format, color)
	if err != nil {
		return usage("--format: %v", err)
	}
	candidates, err := normalizeLangs(o.candidates)
	if err != nil {
		return usage("--candidates: %v", err)
	}
	eng, err := checker.NewEngine(rules.All(), checker.Config{Enable: o.enable, Disable: o.disable, Candidates: candidates})
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

	report := eng.Run(checker.ExpandInputs(args), checker.RunOptions{Lang: lang, SourceLang: sourceLang, Markup: markup, Stdin: stdin})
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
	if failOn != 0 {
		for _, f := range report.Findings {
			if f.Severity >= failOn {
				return &exitError{code: 1}
			}
		}
	}
	return nil
}

// normalizeLangs validates a list of language codes; nil stays nil (the
// default list).
func normalizeLangs(langs []string) ([]string, error) {
	var out []string
	for _, l := range langs {
		n, err := checker.NormalizeLang(strings.TrimSpace(l))
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

func newRulesCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: "list the rules: id, default severity, title",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, r := range rules.All() {
				fmt.Fprintf(stdout, "%-26s %-8s %s\n", r.ID, r.Severity, r.Title)
			}
			return nil
		},
	}
}

func newExplainCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "print a rule's documentation with a bad and a good example",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r := rules.ByID(args[0])
			if r == nil {
				return &exitError{code: 2, msg: fmt.Sprintf("unknown rule %q (see `mtlint rules`)", args[0])}
			}
			lang := r.ExampleLang
			if lang == "" {
				lang = "en"
			}
			fmt.Fprintf(stdout, "%s (%s): %s\n\n%s\n\nBad (%s):\n    %s\n\nGood (%s):\n    %s\n",
				r.ID, r.Severity, r.Title, strings.TrimSpace(r.Doc), lang, r.Bad, lang, r.Good)
			for i, o := range r.Options {
				if i == 0 {
					fmt.Fprintln(stdout, "\nOptions:")
				}
				fmt.Fprintf(stdout, "    %s (default %q): %s\n", o.Name, o.Default, o.Doc)
			}
			return nil
		},
	}
}
