package read

import (
	"bytes"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// Large Markdown is parsed a piece at a time. goldmark builds its syntax
// tree for the whole input before a block can be read, and the tree costs
// many times the text: about 1 KB a table cell, 70 times the file for a
// large table. A piece's tree is released before the next piece is parsed.
//
// Where a piece may end is decided by goldmark itself, never by a scan of
// the text: a piece of about markdownPieceSize is parsed, and it ends where
// one of its top-level blocks starts after a blank line. The blocks before
// that point are taken from the piece; the rest of the piece is parsed
// again as the start of the next. Every block taken is complete, closed by
// the lines before the cut, which the piece holds as the whole document
// does, so its text and offsets are the whole parse's. A table that runs
// past the piece is taken but for its last row, and the next piece parses
// the table's header and delimiter rows again with the rows that follow:
// goldmark reads each row by itself, by the delimiter row's alignments.
// A document whose pieces do not behave so (a continued table that does
// not parse as one) is parsed whole, as are documents with link reference
// definitions, which apply across the whole document.

// markdownPiecesAbove is the size over which a Markdown document is parsed a
// piece at a time; markdownPieceSize is the size of a piece before it is cut.
// Tests lower them to cut small documents into many pieces.
var (
	markdownPiecesAbove = 1 << 20
	markdownPieceSize   = 256 << 10
)

// parseMarkdownPieces is parseMarkdown a piece at a time. It reports false
// when the document must be parsed whole.
func parseMarkdownPieces(content []byte, w *mdWalker) bool {
	// Every link reference definition holds "]:". A lone carriage return
	// ends a line for goldmark but not for the scans below.
	if bytes.Contains(content, []byte("]:")) || hasLoneCR(content) {
		return false
	}
	var head []byte // the header and delimiter rows of a table the piece continues
	size := markdownPieceSize
	for s := 0; s < len(content); {
		e := len(content)
		if size < e-s {
			e = lineEndAfter(content, s+size)
		}
		buf := content[s:e]
		if head != nil {
			buf = make([]byte, 0, len(head)+e-s)
			buf = append(append(buf, head...), content[s:e]...)
		}
		root := MarkdownParser.Parse(text.NewReader(buf))
		w.src, w.base = buf, s-len(head)
		first := root.FirstChild()
		if head != nil && !continuesTable(first, buf, len(head)) {
			return false
		}
		skipHeader := head != nil
		if e == len(content) {
			w.pieceBlocks(first, nil, skipHeader, nil)
			break
		}
		if cut := lastCut(root, buf, len(head)); cut != nil {
			w.pieceBlocks(first, cut, skipHeader, nil)
			s, head, size = w.base+lineStart(buf, blockStart(cut)), nil, markdownPieceSize
			continue
		}
		if t, lastRow := openTable(root, buf); t != nil {
			w.pieceBlocks(first, nil, skipHeader, lastRow)
			hs := lineStart(buf, t.FirstChild().Pos())
			ls := lineStart(buf, lastRow.Pos())
			head = append([]byte(nil), buf[hs:lineStart(buf, t.FirstChild().NextSibling().Pos())]...)
			s, size = w.base+ls, markdownPieceSize
			continue
		}
		// No place to cut: a larger piece.
		size *= 2
	}
	return true
}

// pieceBlocks adds the blocks of the top-level nodes from first up to stop
// (nil: to the last). skipHeader leaves out the header of the table first
// is (its rows were prepended to the piece); a table's rows from lastRow
// on are left out too (nil: none).
func (w *mdWalker) pieceBlocks(first, stop ast.Node, skipHeader bool, lastRow ast.Node) {
	for c := first; c != nil && c != stop; c = c.NextSibling() {
		t, ok := c.(*east.Table)
		if !ok || !skipHeader && lastRow == nil {
			w.node(c, textdoc.Paragraph)
			continue
		}
		for r := t.FirstChild(); r != nil && r != lastRow; r = r.NextSibling() {
			if _, header := r.(*east.TableHeader); header && skipHeader && c == first {
				continue
			}
			w.node(r, textdoc.Paragraph)
		}
	}
}

// continuesTable reports whether first, the first node of a piece buf that
// starts with a table's header and delimiter rows (headLen bytes), is that
// table: its header on the first line, its body rows from the end of the
// header rows.
func continuesTable(first ast.Node, buf []byte, headLen int) bool {
	t, ok := first.(*east.Table)
	if !ok || t.ChildCount() < 2 {
		return false
	}
	h := t.FirstChild()
	return h.Pos() >= 0 && h.Pos() < headLen && lineStart(buf, h.Pos()) == 0 && h.NextSibling().Pos() >= headLen
}

// lastCut returns the last top-level node after the first that starts a
// line after a blank line, past the header rows of a continued table
// (headLen bytes), or nil.
func lastCut(root ast.Node, buf []byte, headLen int) ast.Node {
	for c := root.LastChild(); c != nil && c != root.FirstChild(); c = c.PreviousSibling() {
		p := blockStart(c)
		if p <= headLen {
			continue
		}
		// A table made of a paragraph's last lines has the paragraph's
		// position, as the rest of the paragraph, its sibling, does.
		ls := lineStart(buf, p)
		if ls > headLen && isBlank(buf[lineStart(buf, ls-1):ls]) && blockStart(c.PreviousSibling()) < ls {
			return c
		}
	}
	return nil
}

// openTable returns the last top-level node of a piece when it is a table
// whose rows run to the end of the piece, so that the table may go on past
// it, with the table's last row; nil when the table does not have two body
// rows, does not start its paragraph, or its header, delimiter and first
// body row are not on lines that follow each other.
func openTable(root ast.Node, buf []byte) (*east.Table, ast.Node) {
	t, ok := root.LastChild().(*east.Table)
	if !ok || t.ChildCount() < 3 {
		return nil, nil
	}
	header, last := t.FirstChild(), t.LastChild()
	if t.Pos() < 0 || header.Pos() < 0 || header.NextSibling().Pos() < 0 || last.Pos() < 0 {
		return nil, nil
	}
	// A table made of a paragraph's last lines (its position is the
	// paragraph's) is not continued: a setext underline after the table's
	// last row turns the rest of the paragraph into a heading, placed after
	// the table.
	if lineStart(buf, t.Pos()) != lineStart(buf, header.Pos()) {
		return nil, nil
	}
	delim := lineEndAfter(buf, header.Pos()+1)
	if delim >= len(buf) || lineEndAfter(buf, delim+1) != lineStart(buf, header.NextSibling().Pos()) ||
		lineEndAfter(buf, last.Pos()+1) != len(buf) {
		return nil, nil
	}
	return t, last
}

// blockStart is the offset of a block node in the parsed source: its own
// position, or that of its first descendant that has one; -1 if none does.
func blockStart(n ast.Node) int {
	for ; n != nil; n = n.FirstChild() {
		if p := n.Pos(); p >= 0 {
			return p
		}
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return n.Lines().At(0).Start
		}
	}
	return -1
}

// lineStart returns the offset of the start of the line holding src[i].
func lineStart(src []byte, i int) int {
	return bytes.LastIndexByte(src[:i], '\n') + 1
}

// lineEndAfter returns the offset after the newline that ends the line
// holding src[i-1], or len(src).
func lineEndAfter(src []byte, i int) int {
	if i <= 0 {
		return 0
	}
	if nl := bytes.IndexByte(src[i-1:], '\n'); nl >= 0 {
		return i + nl
	}
	return len(src)
}

// isBlank reports whether a line holds only white space.
func isBlank(line []byte) bool {
	return len(bytes.Trim(line, " \t\r\n")) == 0
}

// hasLoneCR reports whether src has a carriage return not followed by a
// line feed.
func hasLoneCR(src []byte) bool {
	for i := bytes.IndexByte(src, '\r'); i >= 0; {
		if i+1 >= len(src) || src[i+1] != '\n' {
			return true
		}
		j := bytes.IndexByte(src[i+1:], '\r')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
