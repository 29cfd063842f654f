package run

import (
	"errors"
	"fmt"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/align"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// ReadParallel reads and parses a source article and its translation (plain
// text, Markdown or HTML) and aligns them: the target document comes back
// with Units set. The source is parsed in opts.SourceLang, guessed when
// empty; the target in opts.Lang. An error about the source names it; one
// about the target does not (callers report it under the target's name).
func ReadParallel(sourcePath, targetPath string, opts Options) (*align.Alignment, error) {
	load := func(path, lang string) (*textdoc.Document, error) {
		content, name, err := opts.readInput(path)
		if err != nil {
			return nil, errors.New(read.ReadError(err))
		}
		doc, err := read.ParseWith(name, content, read.ParseOptions{Format: opts.Markup, Lang: lang, MaxSize: opts.MaxSize})
		if err != nil {
			return nil, err
		}
		if doc.Bilingual() {
			return nil, fmt.Errorf("a %s file pairs sources and targets itself; parallel articles are plain text, Markdown or HTML", doc.Format)
		}
		return doc, nil
	}
	source, err := load(sourcePath, opts.SourceLang)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", sourcePath, err)
	}
	target, err := load(targetPath, opts.Lang)
	if err != nil {
		return nil, err
	}
	target.SourceLang = source.Lang
	return align.Parallel(source, target), nil
}

// Parallel checks one translated article against its source article: the
// two are aligned, and the target is checked with its Units set, so the
// bilingual rules compare each paragraph with its source and report source
// paragraphs with no counterpart. The report holds the target file only; a
// read, parse or check error is that file's Error.
func Parallel(e *checker.Engine, sourcePath, targetPath string, opts Options) *report.Report {
	res := report.FileResult{Path: targetPath, Language: opts.Lang, SourceLanguage: opts.SourceLang}
	if targetPath == "-" {
		res.Path = read.InputName(opts.nameOf(targetPath))
	}
	a, err := ReadParallel(sourcePath, targetPath, opts)
	if err != nil {
		res.Error = err.Error()
		return &report.Report{Files: []report.FileResult{res}}
	}
	doc := a.Target
	res.Doc = doc
	res.Alignment = a.JSON(false).Beads
	res.Language = doc.Lang
	res.SourceLanguage = doc.SourceLang
	fs, err := Document(e, doc, opts.Lang != "")
	res.Language = doc.Lang
	res.Words = doc.Words()
	if err != nil {
		res.Error = err.Error()
	}
	res.Cut = doc.Cut
	checker.Resolve(doc, fs)
	if opts.Progress != nil {
		opts.Progress(1, 1)
	}
	return &report.Report{Files: []report.FileResult{res}, Findings: fs}
}
