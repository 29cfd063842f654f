package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
)

type detectOptions struct {
	maxSize                          string
	lang, sourceLang, format, markup string
	candidates                       []string
}

func newDetectCmd(stdin io.Reader, stdout io.Writer) *cobra.Command {
	var o detectOptions
	cmd := &cobra.Command{
		Use:   "detect [flags] FILE...",
		Short: "show each paragraph's language and the foreign spans found",
		Long: `detect shows what the language rules see: each paragraph's detected language,
its confidence and what decided it (the model, the target's function words, or the
script), and the foreign spans found in it. With --lang omitted the file's language
is detected first.`,
		Args: needArgs(1, `the files to look at, or "-" for standard input`, "mtlint detect article.md"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDetect(o, args, stdin, stdout)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.lang, "lang", "", "target language, ISO 639-1; default: detected")
	f.StringVar(&o.sourceLang, "source-lang", "", "source language, ISO 639-1")
	f.StringSliceVar(&o.candidates, "candidates", nil, "languages to detect besides the target and source, added to the default "+strings.Join(langid.DefaultCandidates(), ",")+" (or to candidates in "+config.ConfigFileName+")")
	f.StringVar(&o.format, "format", "text", "output format: text or json")
	f.StringVar(&o.markup, "markup", "auto", "input markup: auto, text, markdown, html, tsv, csv, xliff, po or tmx")
	addMaxSizeFlag(f, &o.maxSize)
	return cmd
}

func runDetect(o detectOptions, args []string, stdin io.Reader, stdout io.Writer) error {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	lang, err := textdoc.NormalizeLang(o.lang)
	if err != nil {
		return usage("--lang: %v", err)
	}
	source, err := textdoc.NormalizeLang(o.sourceLang)
	if err != nil {
		return usage("--source-lang: %v", err)
	}
	candidates, err := normalizeLangs(o.candidates)
	if err != nil {
		return usage("--candidates: %v", err)
	}
	for _, l := range append([]string{lang, source}, candidates...) {
		if l != "" && !langid.KnownLanguage(l) {
			return usage("no language model for %q", l)
		}
	}
	markup, limit, err := markupAndSize(o.markup, o.maxSize)
	if err != nil {
		return err
	}
	write := run.WriteDetectText
	switch o.format {
	case "text":
	case "json":
		write = run.WriteDetectJSON
	default:
		return usage("--format: unknown format %q (want text or json)", o.format)
	}
	if len(candidates) > 0 {
		candidates = config.AddCandidates(nil, candidates) // as check does
	}
	svc := langid.NewLanguageService(langid.NewLinguaModel(), candidates)
	var files []run.DetectedFile
	failed := false
	if slices.Contains(args, "-") && len(args) > 1 {
		return usage(`standard input ("-") must be the only input of detect`)
	}
	for _, path := range args {
		var content []byte
		if path == "-" {
			path = read.StdinPath
			content, err = read.ReadAll(stdin, limit)
		} else {
			content, err = read.ReadFile(path, limit)
		}
		var doc *textdoc.Document
		if err == nil {
			doc, err = read.ParseWith(path, content, read.ParseOptions{Format: markup, Lang: lang, MaxSize: limit})
		}
		if err != nil {
			failed = true
			files = append(files, run.DetectedFile{Path: path, Error: err.Error()})
			continue
		}
		files = append(files, run.Detect(svc, doc, lang, source))
	}
	if err := write(stdout, files); err != nil {
		return &exitError{code: 2, msg: "writing output: " + err.Error()}
	}
	if failed {
		return &exitError{code: 2}
	}
	return nil
}
