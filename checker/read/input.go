package read

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary file (it contains NUL bytes), not text")

// FormatFor picks the input format from a file name's extension; content is
// sniffed for stdin and unknown extensions.
func FormatFor(path string, content []byte) textdoc.Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return textdoc.FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return textdoc.FormatHTML
	case ".txt", ".text":
		return textdoc.FormatText
	case ".tsv", ".tab":
		return textdoc.FormatTSV
	case ".csv":
		return textdoc.FormatCSV
	// Bilingual formats (XLIFF, PO, TMX).
	case ".xlf", ".xliff", ".sdlxliff":
		return FormatXLIFF
	case ".po", ".pot":
		return FormatPO
	case ".tmx":
		return FormatTMX
	}
	if f := sniffBilingual(content); f != "" {
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
		return FormatXLIFF, nil
	case "po", "pot", "gettext":
		return FormatPO, nil
	case "tmx":
		return FormatTMX, nil
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
}

// ParseWith builds a Document from a file's content. Bilingual formats give
// the document Units; their targets are its Blocks.
func ParseWith(path string, content []byte, o ParseOptions) (*textdoc.Document, error) {
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
	var bf bilingualFile // languages a bilingual file declares
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
	case FormatXLIFF:
		bf, err = parseXLIFF(content)
		doc.Units = bf.units
	case FormatPO:
		bf, err = parsePO(content)
		doc.Units = bf.units
	case FormatTMX:
		bf, err = parseTMX(content, normalizeLangAttr(o.SourceLang), normalizeLangAttr(o.Lang))
		doc.Units = bf.units
	default:
		doc.Blocks = parseText(content)
	}
	if err != nil {
		return nil, err
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
		doc.Lang = bf.lang // the file's own declaration beats a guess
	}
	if doc.SourceLang == "" {
		doc.SourceLang = bf.sourceLang
	}
	if doc.Lang == "" {
		doc.Lang = langid.GuessLanguage(doc.Blocks)
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
