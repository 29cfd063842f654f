package read

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read/bilingual"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary file (it contains NUL bytes), not text")

// inputExt is what mtlint knows of one file extension: the format it
// names, and whether a folder walk checks such files.
type inputExt struct {
	format textdoc.Format
	walk   bool
}

// extensions is the one list of the file extensions mtlint reads. A folder
// walk checks the articles and the translation files; it leaves out PO
// templates (.pot: they hold no translation) and tables (.tsv, .tab, .csv:
// in a repository most are data, not bilingual text), which are checked when
// named. A file named with another extension is sniffed.
var extensions = map[string]inputExt{
	".md": {textdoc.FormatMarkdown, true}, ".markdown": {textdoc.FormatMarkdown, true},
	".mdown": {textdoc.FormatMarkdown, true}, ".mkd": {textdoc.FormatMarkdown, true},
	".html": {textdoc.FormatHTML, true}, ".htm": {textdoc.FormatHTML, true}, ".xhtml": {textdoc.FormatHTML, true},
	".txt": {textdoc.FormatText, true}, ".text": {textdoc.FormatText, true},
	".xlf": {bilingual.FormatXLIFF, true}, ".xliff": {bilingual.FormatXLIFF, true}, ".sdlxliff": {bilingual.FormatXLIFF, true},
	".po": {bilingual.FormatPO, true}, ".pot": {bilingual.FormatPO, false},
	".tmx": {bilingual.FormatTMX, true},
	".tsv": {textdoc.FormatTSV, false}, ".tab": {textdoc.FormatTSV, false},
	".csv": {textdoc.FormatCSV, false},
}

// Walked reports whether a folder walk checks the file at path (by its
// extension).
func Walked(path string) bool {
	return extensions[strings.ToLower(filepath.Ext(path))].walk
}

// FormatFor picks the input format from a file name's extension; content is
// sniffed for stdin and unknown extensions.
func FormatFor(path string, content []byte) textdoc.Format {
	if e, ok := extensions[strings.ToLower(filepath.Ext(path))]; ok {
		return e.format
	}
	if f := bilingual.SniffBilingual(content); f != "" {
		return f
	}
	head := bytes.ToLower(bytes.TrimSpace(content[:min(len(content), 512)]))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.HasPrefix(head, []byte("<p>")) || bytes.HasPrefix(head, []byte("<p ")) ||
		bytes.HasPrefix(head, []byte("<article")) || bytes.HasPrefix(head, []byte("<body")) {
		return textdoc.FormatHTML
	}
	return textdoc.FormatText
}

// ParseFormat reads a format name; "" and "auto" mean: decide per file.
func ParseFormat(s string) (textdoc.Format, error) {
	switch strings.ToLower(s) {
	case "", "auto":
		return "", nil
	case "text", "txt", "plain":
		return textdoc.FormatText, nil
	case "markdown", "md":
		return textdoc.FormatMarkdown, nil
	case "html", "htm":
		return textdoc.FormatHTML, nil
	case "tsv":
		return textdoc.FormatTSV, nil
	case "csv":
		return textdoc.FormatCSV, nil
	case "xliff", "xlf":
		return bilingual.FormatXLIFF, nil
	case "po", "pot", "gettext":
		return bilingual.FormatPO, nil
	case "tmx":
		return bilingual.FormatTMX, nil
	}
	return "", fmt.Errorf("unknown input format %q (want auto, text, markdown, html, tsv, csv, xliff, po or tmx)", s)
}

// Parse builds a Document from a file's content. format "" picks one from the
// path and content; lang "" asks for the language to be guessed from the text.
func Parse(path string, content []byte, format textdoc.Format, lang string) (*textdoc.Document, error) {
	return ParseWith(path, content, ParseOptions{Format: format, Lang: lang})
}

// ParseOptions say how ParseWith reads a file.
type ParseOptions struct {
	Format     textdoc.Format // "" = by extension and content
	Lang       string         // target language; "" = from the file or guessed
	SourceLang string         // source language of bilingual inputs; "" = from the file
	// MaxSize is the size limit (--max-size) for content that did not come
	// through ReadFile: a stream record, an editor's buffer, a text being
	// fixed. 0 is DefaultMaxSize, negative is none.
	MaxSize int64
}

// ParseWith builds a Document from a file's content. Bilingual formats give
// the document Units; their targets are its Blocks.
func ParseWith(path string, content []byte, o ParseOptions) (*textdoc.Document, error) {
	if limit := maxSize(o.MaxSize); int64(len(content)) > limit {
		return nil, SizeError(int64(len(content)), limit)
	}
	// UTF-16 and certain Windows-1252 are decoded (encoding.go);
	// binary and undecidable input is refused with the reason.
	content, offsets, encoding, err := DecodeInput(content)
	if err != nil {
		return nil, err
	}
	format := o.Format
	if format == "" {
		format = FormatFor(path, content)
	}
	doc := &textdoc.Document{Path: path, Content: content, Format: format, SourceLang: o.SourceLang,
		Encoding: encoding, Offsets: offsets}
	var bf bilingual.BilingualFile // languages a bilingual file declares
	switch format {
	case textdoc.FormatMarkdown:
		if err = checkMarkdownNesting(content); err == nil {
			err = checkMarkdownShapes(content)
		}
		if err == nil {
			doc.Blocks = parseMarkdown(content)
		}
	case textdoc.FormatHTML:
		doc.Blocks, err = parseHTML(content)
	case textdoc.FormatTSV:
		doc.Units, err = parseTSV(content)
	case textdoc.FormatCSV:
		doc.Units, err = parseCSV(content)
	case bilingual.FormatXLIFF:
		bf, err = bilingual.ParseXLIFF(content)
		doc.Units = bf.Units
	case bilingual.FormatPO:
		bf, err = bilingual.ParsePO(content)
		doc.Units = bf.Units
	case bilingual.FormatTMX:
		bf, err = bilingual.ParseTMX(content, bilingual.NormalizeLangAttr(o.SourceLang), bilingual.NormalizeLangAttr(o.Lang))
		doc.Units = bf.Units
	default:
		doc.Blocks = parseText(content)
	}
	if err != nil {
		return nil, err
	}
	if !doc.Bilingual() {
		doc.Blocks = textdoc.SplitLongBlocks(doc.Blocks, textdoc.MaxBlockLen)
	}
	for _, u := range doc.Units {
		markPlaceholders(u.Source)
		markPlaceholders(u.Target)
		if u.Target != nil {
			doc.Blocks = append(doc.Blocks, u.Target)
		}
	}
	doc.Lang = o.Lang
	if doc.Lang == "" {
		doc.Lang = bf.Lang // the file's own declaration beats a guess
	}
	if doc.SourceLang == "" {
		doc.SourceLang = bf.SourceLang
	}
	if doc.Lang == "" {
		doc.Lang = langid.GuessLanguage(doc.Blocks)
	}
	if doc.Lang == "" {
		// Text too short to tell takes the language its path names
		// ("content/de/", "post.de.md"); statistical detection may still
		// overrule it on text long enough to be sure (run.Document).
		doc.Lang = LangFromPath(path)
	}
	if doc.SourceLang == "" && doc.Bilingual() {
		var sources []*textdoc.Block
		for _, u := range doc.Units {
			if u.Source != nil {
				sources = append(sources, u.Source)
			}
		}
		doc.SourceLang = langid.GuessLanguage(sources)
	}
	doc.Finish()
	return doc, nil
}
