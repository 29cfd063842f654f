package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/rules"
)

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
			bad, good := r.Bad, r.Good
			if r.ExampleFormat == checker.FormatTSV {
				// Bilingual examples are "source<TAB>target" rows.
				lang = r.ExampleSourceLang + " -> " + lang
				bad, good = exampleRow(bad), exampleRow(good)
			}
			fmt.Fprintf(stdout, "%s (%s): %s\n\n%s\n\nBad (%s):\n    %s\n\nGood (%s):\n    %s\n",
				r.ID, r.Severity, r.Title, strings.TrimSpace(r.Doc), lang, bad, lang, good)
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

// exampleRow writes a bilingual example row as a source and a target line.
func exampleRow(row string) string {
	src, tgt, _ := strings.Cut(row, "\t")
	return "source: " + src + "\n    target: " + tgt
}
