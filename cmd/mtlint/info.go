package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/report"
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
		Use:   "explain RULE|score",
		Short: "print a rule's documentation with a bad and a good example, or how the quality score is computed",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return &exitError{code: 2, msg: fmt.Sprintf("explain takes one rule, got %d", len(args))}
			}
			return needArgs(1, "a rule ID (mtlint rules lists them) or score", "mtlint explain drop-cap")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] == "score" { // not a rule: the quality score's formula
				fmt.Fprintln(stdout, report.ScoreDoc)
				return nil
			}
			r := rules.ByID(args[0])
			if r == nil {
				return &exitError{code: 2, msg: fmt.Sprintf("unknown rule %q%s (see `mtlint rules`)", args[0], config.DidYouMean(args[0], rules.All()))}
			}
			lang, bad, good := r.Examples()
			bad, good = indentExample(bad), indentExample(good)
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

// indentExample indents every line of a multi-line example (paragraphs, TSV
// rows) as the first one is.
func indentExample(s string) string {
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i] != "" {
			lines[i] = "    " + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}
