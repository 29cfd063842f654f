package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// needArgs is cobra.MinimumNArgs(n) with a message that says what the
// command takes, with an example, instead of "requires at least 1 arg(s)".
func needArgs(n int, what, example string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) >= n {
			return nil
		}
		return &exitError{code: 2, msg: fmt.Sprintf("%s needs %s, for example:\n  %s\n(see: %s --help)", cmd.CommandPath(), what, example, cmd.CommandPath())}
	}
}
