package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/textdoc"
)

type configOptions struct {
	lang, sourceLang, config, format string
	enable, disable, candidates      []string
	glossary                         string
}

func newConfigCmd(stdout io.Writer) *cobra.Command {
	var o configOptions
	cmd := &cobra.Command{
		Use:   "config [flags] [FILE]",
		Short: "show the configuration that applies to a file and where each value comes from",
		Long: `config shows the effective configuration for FILE (default: a file in the
working folder): the configuration file that applies, the language, the
candidates, every rule's severity (or off) and options, and for each value where
it came from: a line of the configuration file, a flag, the file's path, the
default, or "detected" when it is decided from the text. It takes check's flags
that bear on configuration.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			input := "-"
			if len(args) == 1 {
				input = args[0]
			}
			return runConfig(o, input, stdout)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.lang, "lang", "", "target language, as for check")
	f.StringVar(&o.sourceLang, "source-lang", "", "source language, as for check")
	f.StringVar(&o.config, "config", "", "configuration file for every input, as for check")
	f.StringSliceVar(&o.enable, "enable", nil, "rules to enable, as for check")
	f.StringSliceVar(&o.disable, "disable", nil, "rules to disable, as for check")
	f.StringSliceVar(&o.candidates, "candidates", nil, "languages added to the candidates, as for check")
	f.StringVar(&o.glossary, "glossary", "", "glossary TSV, as for check")
	f.StringVar(&o.format, "format", "text", "output format: text or json")
	return cmd
}

func runConfig(o configOptions, input string, stdout io.Writer) error {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	co := checkOptions{lang: o.lang, sourceLang: o.sourceLang, config: o.config, enable: o.enable, disable: o.disable,
		candidates: o.candidates, glossary: o.glossary, failOn: "error", show: "info", markup: "auto", maxSize: "0"}
	set, err := co.setup()
	if err != nil {
		return err
	}
	settings, err := set.cfgs.Effective(input, config.Flags{Lang: set.lang, SourceLang: set.sourceLang})
	if err != nil {
		return usage("%v", err)
	}
	name := input
	if input == "-" {
		name = "(a file in the working folder)"
	}
	switch o.format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(struct {
			Version  int              `json:"version"`
			Path     string           `json:"path"`
			Settings []config.Setting `json:"settings"`
		}{1, input, settings})
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "configuration of %s\n", textdoc.DisplayPath(name))
		fmt.Fprintln(tw, "KEY\tVALUE\tFROM")
		for _, s := range settings {
			v := s.Value
			if v == "" {
				v = "-"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\n", s.Key, v, s.From)
		}
		err = tw.Flush()
	default:
		return usage("--format: unknown format %q (want text or json)", o.format)
	}
	if err != nil {
		return &exitError{code: 2, msg: "writing output: " + err.Error()}
	}
	return nil
}
