package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
)

type alignOptions struct {
	maxSize                          string
	lang, sourceLang, format, markup string
	sentences                        bool
}

func newAlignCmd(stdin io.Reader, stdout io.Writer) *cobra.Command {
	var o alignOptions
	cmd := &cobra.Command{
		Use:   "align [flags] SOURCE TARGET",
		Short: "show how the paragraphs of a translated article pair with its source",
		Long: `align reads a source article and its translation (plain text, Markdown or HTML)
and prints which paragraphs translate which: one row a bead, with the lines on each
side, the bead type (1-1; 1-0 for a source paragraph with no translation, 0-1 for
an added one; 2-1 and 1-2 for merged and split paragraphs), its cost (lower is
surer) and the start of each text. It is the alignment "check --source" uses.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAlign(o, args[0], args[1], stdin, stdout)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.lang, "lang", "", "target language, ISO 639-1; default: guessed")
	f.StringVar(&o.sourceLang, "source-lang", "", "source language, ISO 639-1; default: guessed")
	f.StringVar(&o.format, "format", "text", "output format: text or json")
	f.StringVar(&o.markup, "markup", "auto", "input markup: auto, text, markdown or html")
	f.BoolVar(&o.sentences, "sentences", false, "also show the sentence pairs inside each paragraph pair")
	addMaxSizeFlag(f, &o.maxSize)
	return cmd
}

func runAlign(o alignOptions, source, target string, stdin io.Reader, stdout io.Writer) error {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	lang, err := textdoc.NormalizeLang(o.lang)
	if err != nil {
		return usage("--lang: %v", err)
	}
	sourceLang, err := textdoc.NormalizeLang(o.sourceLang)
	if err != nil {
		return usage("--source-lang: %v", err)
	}
	markup, limit, err := markupAndSize(o.markup, o.maxSize)
	if err != nil {
		return err
	}
	if o.format != "text" && o.format != "json" {
		return usage("--format: unknown format %q (want text or json)", o.format)
	}
	if source == "-" && target == "-" {
		return usage(`standard input ("-") can be read only once`)
	}
	a, err := run.ReadParallel(source, target, run.Options{Lang: lang, SourceLang: sourceLang, Markup: markup, Stdin: stdin, MaxSize: limit})
	if err != nil {
		if target == "-" {
			target = read.StdinPath
		}
		return &exitError{code: 2, msg: target + ": " + err.Error()}
	}
	if o.format == "json" {
		err = a.WriteJSON(stdout, o.sentences)
	} else {
		err = a.WriteText(stdout, o.sentences)
	}
	if err != nil {
		return &exitError{code: 2, msg: "writing output: " + err.Error()}
	}
	return nil
}
