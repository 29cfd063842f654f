package main

import (
	"context"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/lsp"
	"github.com/mtlint/mtlint/rules"
)

type lspOptions struct {
	lang            string
	enable, disable []string
	config          string
	debounce        time.Duration
}

func newLSPCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var o lspOptions
	cmd := &cobra.Command{
		Use:   "lsp [flags]",
		Short: "run the language server over standard input and output, for editors",
		Long: `lsp speaks the Language Server Protocol over standard input and output: an
editor starts it and shows mtlint's findings as diagnostics while the text is
edited, with quick fixes for the findings that have a safe fix and, in Markdown
and HTML, an action that disables a rule for one line.

Each document is checked with the .mtlint.yaml nearest to its file (or --config),
as check does; a changed .mtlint.yaml applies from the next time a document is
opened or saved. A document is checked when it is opened or saved, and
--debounce after the last change while it is typed in. Exit status 0 after the client's shutdown and exit, 1 when the
client exits without shutdown or goes away, 2 on usage errors.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runLSP(cmd.Context(), o, stdin, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.lang, "lang", "", "target language of every document, ISO 639-1; default: from the configuration, else guessed per document")
	f.StringSliceVar(&o.enable, "enable", nil, "rules to enable (comma-separated IDs, or all); applied after --disable")
	f.StringSliceVar(&o.disable, "disable", nil, "rules to disable (comma-separated IDs, or all)")
	f.StringVar(&o.config, "config", "", "configuration file for every document; default: "+config.ConfigFileName+" from each file's folder upward")
	f.DurationVar(&o.debounce, "debounce", lsp.DefaultDebounce, "wait after the last change before checking a document")
	_ = cmd.RegisterFlagCompletionFunc("enable", completeRuleList)
	_ = cmd.RegisterFlagCompletionFunc("disable", completeRuleList)
	_ = cmd.MarkFlagFilename("config", "yaml", "yml")
	return cmd
}

func runLSP(ctx context.Context, o lspOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	lang, err := textdoc.NormalizeLang(o.lang)
	if err != nil {
		return &exitError{code: 2, msg: "--lang: " + err.Error()}
	}
	debounce := o.debounce
	if debounce == 0 {
		debounce = -1 // check at once; lsp.Options reads 0 as the default
	}
	srv, err := lsp.New(lsp.Options{
		Rules: rules.All(), Enable: o.enable, Disable: o.disable, ConfigPath: o.config,
		Lang: lang, Debounce: debounce, Version: readBuildVersion().Module, Log: stderr,
	})
	if err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if code := srv.Serve(ctx, stdio{stdin, stdout}); code != 0 {
		return &exitError{code: code}
	}
	return nil
}

// stdio joins standard input and output into the stream the server talks
// over. Close closes standard input, so that a server told to exit stops
// reading.
type stdio struct {
	io.Reader
	io.Writer
}

func (s stdio) Close() error {
	if c, ok := s.Reader.(io.Closer); ok {
		return c.Close()
	}
	return nil
}
