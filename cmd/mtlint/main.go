// Command mtlint checks translated text for what machine translation leaves
// behind. The command only wires flags to the checker package.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// exitError carries an exit status out of a command.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	os.Exit(execute(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// execute runs the command line and returns the exit status: 0 clean, 1
// findings at or above --fail-on, 2 usage, input or internal errors.
func execute(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
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
		Version:       readBuildVersion().String(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetVersionTemplate("mtlint {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: 2, msg: err.Error()}
	})
	root.AddCommand(newCheckCmd(stdin, stdout, stderr), newRulesCmd(stdout), newExplainCmd(stdout), newDetectCmd(stdin, stdout), newAlignCmd(stdin, stdout))
	root.AddCommand(newFixCmd(stdin, stdout, stderr)) // fix.go
	root.AddCommand(newInitCmd(stdout))               // init.go: config and shell completion
	root.AddCommand(newLSPCmd(stdin, stdout, stderr)) // lsp.go: language server
	root.AddCommand(newVersionCmd(stdout))            // version.go
	root.AddCommand(newConfigCmd(stdout))             // configcmd.go: the effective configuration
	addCompletions(root)
	return root
}
