package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/rules"
)

func newInitCmd(stdout io.Writer) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "write a commented example " + config.ConfigFileName + " in the current folder",
		Long: `init writes a commented example ` + config.ConfigFileName + ` in the current folder:
every key explained, every rule listed at its default severity. It refuses to
overwrite an existing file unless --force is given.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := writeConfig(config.ConfigFileName, exampleConfig(rules.All()), force); err != nil {
				return &exitError{code: 2, msg: err.Error()}
			}
			fmt.Fprintf(stdout, "wrote %s\n", config.ConfigFileName)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing "+config.ConfigFileName)
	return cmd
}

// writeConfig writes content to name. Without force an existing file is left
// alone (O_EXCL, so a file created meanwhile is not clobbered either); with
// force the new file is written beside it and renamed over it, so a failed
// write never leaves half a file.
func writeConfig(name, content string, force bool) error {
	if !force {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s already exists (use --force to overwrite it)", name)
		}
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, content); err != nil {
			f.Close()
			os.Remove(name)
			return err
		}
		return f.Close()
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".mtlint-*.yaml")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if _, err := io.WriteString(tmp, content); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// exampleConfig returns the commented configuration that init writes. The
// rule list comes from the rules themselves, so it cannot drift.
func exampleConfig(all []*checker.Rule) string {
	var b strings.Builder
	b.WriteString(`# mtlint configuration.
#
# mtlint uses the ` + config.ConfigFileName + ` nearest to each checked file: in the
# file's folder, else in the folders above it, up to the repository root (the
# folder holding .git). Only that one file applies; files are not merged.
# "mtlint check --config FILE" uses FILE for every input instead.
# Command-line flags (--lang, --enable, --disable, ...) beat what is set here.

# lang: the language of the checked texts (ISO 639-1 or BCP 47). Unset, it is
# guessed per file.
#lang: en

# source_lang: the language the texts were translated from.
#source_lang: de

# candidates: the languages language detection considers. Fewer candidates
# make detection faster and surer.
#candidates: [en, de, fr]

# rules: each rule's severity: off, info, warning or error. "all: off" first
# switches every rule off, so that only the rules named here run. The values
# below are this version's defaults; delete a line to follow future defaults.
# A rule with options takes a mapping instead, for example:
#   boilerplate:
#     severity: warning
#     options:
#       max-words: 12
# "mtlint rules" lists the rules, "mtlint explain RULE" explains one.
rules:
`)
	width := 0
	for _, r := range all {
		width = max(width, len(r.ID)+len(r.Severity.String())+2)
	}
	for _, r := range all {
		entry := r.ID + ": " + r.Severity.String()
		fmt.Fprintf(&b, "  %-*s # %s\n", width, entry, r.Title)
		for _, o := range r.Options {
			fmt.Fprintf(&b, "  %-*s #   option %s (default %q): %s\n", width, "", o.Name, o.Default, o.Doc)
		}
	}
	b.WriteString(`
# boilerplate: more page furniture for the boilerplate rule, in the rule's
# phrase syntax ("#" stands for a number; no commas inside a phrase).
# phrases match a whole paragraph, prefixes the start of a short one.
#boilerplate:
#  phrases: ["Top stories", "Zum Weiterlesen"]
#  prefixes: ["Bildrechte:"]

# glossary: required translations for the bilingual checks: a file (relative
# to this one), inline terms (source term: translation, or a list of accepted
# translations), or both.
#glossary:
#  file: glossary.tsv
#  terms:
#    Bundestag: Bundestag
#    Kanzler: [chancellor, Chancellor]

# ignore: files not to check, as globs relative to this file's folder ("**"
# matches any number of folders). A glob that matches a folder skips all of it.
# They apply to folder walks and to files named on the command line alike.
#ignore:
#  - drafts/**
#  - "**/*.orig.md"
`)
	return b.String()
}

// addCompletions teaches cobra's shell completion (the built-in `mtlint
// completion bash|zsh|fish|powershell`) the values of mtlint's flags and
// arguments: rule IDs for --enable, --disable and explain.
func addCompletions(root *cobra.Command) {
	for _, c := range root.Commands() {
		switch c.Name() {
		case "check":
			_ = c.RegisterFlagCompletionFunc("enable", completeRuleList)
			_ = c.RegisterFlagCompletionFunc("disable", completeRuleList)
			_ = c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(report.Formats(), cobra.ShellCompDirectiveNoFileComp))
			_ = c.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions([]string{"error", "warning", "info", "never"}, cobra.ShellCompDirectiveNoFileComp))
			_ = c.RegisterFlagCompletionFunc("markup", cobra.FixedCompletions([]string{"auto", "text", "markdown", "html", "tsv", "csv", "xliff", "po", "tmx"}, cobra.ShellCompDirectiveNoFileComp))
			_ = c.RegisterFlagCompletionFunc("color", cobra.FixedCompletions([]string{"auto", "always", "never"}, cobra.ShellCompDirectiveNoFileComp))
			_ = c.MarkFlagFilename("config", "yaml", "yml")
		case "explain":
			c.ValidArgsFunction = func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
				if len(args) > 0 {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				ids := []cobra.Completion{cobra.CompletionWithDesc("score", "how the quality score is computed")}
				for _, r := range rules.All() {
					ids = append(ids, cobra.CompletionWithDesc(r.ID, r.Title))
				}
				return ids, cobra.ShellCompDirectiveNoFileComp
			}
		}
	}
}

// completeRuleList completes the last item of a comma-separated list of rule
// IDs, keeping the items before it.
func completeRuleList(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	head := ""
	if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
		head = toComplete[:i+1]
	}
	out := []cobra.Completion{head + "all"}
	for _, r := range rules.All() {
		out = append(out, head+r.ID)
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}
