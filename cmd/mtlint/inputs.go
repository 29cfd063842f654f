package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// inputOptions are the flags that say which inputs check and fix read and
// what standard input is called.
type inputOptions struct {
	stdinName string // --stdin-filename
	noIgnore  bool   // --no-ignore
}

func (o *inputOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.stdinName, "stdin-filename", "", `the name of the text on standard input ("-", implied when no file is named): its format, configuration file and path language go by the name, and output names it so (an editor filter: mtlint fix --stdin-filename notes.md -)`)
	f.BoolVar(&o.noIgnore, "no-ignore", false, "check every file a folder walk or glob meets: do not honour .gitignore, and enter "+joinNames(run.AlwaysSkipped)+" folders")
}

func joinNames(names []string) string {
	out := ""
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			out += " and "
		default:
			out += ", "
		}
		out += n
	}
	return out
}

// stdinArgs validates --stdin-filename against the arguments: it names
// standard input, which is read when no file is named.
func (o *inputOptions) stdinArgs(args []string) ([]string, error) {
	if o.stdinName == "" {
		return args, nil
	}
	if o.stdinName == "-" {
		return nil, &exitError{code: 2, msg: `--stdin-filename: want a file name such as notes.md, not "-"`}
	}
	if len(args) == 0 {
		return []string{"-"}, nil
	}
	if !slices.Contains(args, "-") {
		return nil, &exitError{code: 2, msg: `--stdin-filename names standard input, but "-" is not among the inputs`}
	}
	return args, nil
}

// expand turns the arguments into the inputs to check: folders walked and
// globs expanded (ExpandInputsWith), then the configurations' ignore globs
// applied. What was skipped is said on stderr; when nothing is left of
// inputs that were given, stderr says why, so that "0 files" is not a
// mystery. A bad configuration is a usage error (exit 2).
func (o *inputOptions) expand(args []string, cfgs *config.Configs, stderr io.Writer) ([]string, error) {
	ex := run.ExpandInputsWith(args, run.ExpandOptions{NoIgnore: o.noIgnore})
	for _, s := range ex.Skipped {
		fmt.Fprintf(stderr, "mtlint: %s\n", s)
	}
	inputs, cfgErrs := cfgs.Prepare(ex.Inputs)
	if len(cfgErrs) > 0 {
		for _, err := range cfgErrs {
			fmt.Fprintf(stderr, "mtlint: %v\n", err)
		}
		return nil, &exitError{code: 2}
	}
	byConfig := len(ex.Inputs) - len(inputs)
	if len(inputs) == 0 && len(args) > 0 {
		switch {
		case ex.Ignored > 0 || byConfig > 0:
			fmt.Fprintf(stderr, "mtlint: no files to check: %s\n", ignoredWhy(ex.Ignored, byConfig))
		case len(ex.Skipped) == 0:
			fmt.Fprintf(stderr, "mtlint: no files to check: the folders named hold no files of the kinds checked (see mtlint check --help)\n")
		}
	}
	return inputs, nil
}

// ignoredWhy words what left files out.
func ignoredWhy(walk, byConfig int) string {
	var parts []string
	if walk > 0 {
		parts = append(parts, fmt.Sprintf("%d left out by .gitignore or as %s folders (--no-ignore checks them)", walk, joinNames(run.AlwaysSkipped)))
	}
	if byConfig > 0 {
		parts = append(parts, fmt.Sprintf("%d ignored by the ignore key of %s", byConfig, config.ConfigFileName))
	}
	out := parts[0]
	if len(parts) > 1 {
		out += "; " + parts[1]
	}
	return out
}

// stdinConfigName is the input name the configuration of standard input is
// looked up by: the --stdin-filename when given, else "-" (the working
// folder's).
func stdinConfigName(stdinName string) string {
	if stdinName != "" {
		return stdinName
	}
	return "-"
}

// warnings makes a run say on stderr the problems of files that were still
// checked (a bad suppression directive), one "path: warning: ..." line
// each, and returns whether there were any: like a bad configuration they
// are usage errors, so the exit status is 2, after the findings are out.
func warnings(opts *run.Options, stderr io.Writer) func() bool {
	var mu sync.Mutex
	any := false
	opts.Warn = func(path, msg string) {
		mu.Lock()
		defer mu.Unlock()
		any = true
		for _, line := range strings.Split(msg, "\n") {
			fmt.Fprintf(stderr, "mtlint: %s: warning: suppression directive ignored: %s\n", textdoc.DisplayPath(path), line)
		}
	}
	return func() bool {
		mu.Lock()
		defer mu.Unlock()
		return any
	}
}

// unknownLangWarning says, for a language given with flag, that mtlint has
// neither a language model nor typographic conventions for it, so that
// "--lang kl" is not taken in silence; "" for a language it knows.
func unknownLangWarning(flag, lang string) string {
	if lang == "" || langid.KnownLanguage(lang) || slices.Contains(textdoc.KnownLocales(), lang) {
		return ""
	}
	name := lang
	if tag, err := language.Parse(lang); err == nil {
		if n := display.English.Languages().Name(tag); n != "" {
			name = n + " (" + lang + ")"
		}
	}
	return fmt.Sprintf("%s %s: mtlint has no language model and no typographic conventions for %s: language detection and the locale rules do not apply; only the language-neutral checks run", flag, lang, name)
}
