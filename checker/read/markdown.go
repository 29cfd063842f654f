package read

import (
	"bytes"
	"unsafe"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// MarkdownParser is immutable after construction and safe for concurrent use.
var MarkdownParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

// parseMarkdown turns a Markdown document into prose blocks. Text nodes carry
// their source segments, so the map back to the file is exact. Code spans stay
// in the text as verbatim spans; code blocks, raw HTML and images are skipped.
// A document over markdownPiecesAbove is parsed a piece at a time
// (markdown_pieces.go), so that goldmark's syntax tree, many times the size
// of the text, is never built for the whole of a large file.
func parseMarkdown(content []byte) []*textdoc.Block {
	return walkMarkdown(content, &mdWalker{file: fileText(content)}).blocks
}

// walkMarkdown walks content's syntax tree with w: a piece at a time over
// markdownPiecesAbove, whole otherwise.
func walkMarkdown(content []byte, w *mdWalker) *mdWalker {
	if len(content) > markdownPiecesAbove {
		pw := *w
		if parseMarkdownPieces(content, &pw) {
			return &pw
		}
		if w.html != nil {
			*w.html = (*w.html)[:0]
		}
	}
	w.src = content
	w.children(MarkdownParser.Parse(text.NewReader(content)), textdoc.Paragraph)
	return w
}

// MarkdownComments returns the byte ranges of the complete HTML comments
// inside content's raw HTML blocks and inline raw HTML, where a comment is
// markup and not text: never those shown in code. Large content is parsed
// a piece at a time, as the blocks are.
func MarkdownComments(content []byte) [][2]int {
	var htmls [][2]int
	walkMarkdown(content, &mdWalker{file: fileText(content), html: &htmls})
	var out [][2]int
	for _, h := range htmls {
		out = append(out, commentsIn(content, h[0], min(h[1], len(content)))...)
	}
	return out
}

// commentsIn finds complete "<!-- ... -->" comments in src[start:end].
func commentsIn(src []byte, start, end int) [][2]int {
	var out [][2]int
	for start < end {
		i := bytes.Index(src[start:end], []byte("<!--"))
		if i < 0 {
			break
		}
		i += start
		j := bytes.Index(src[i+4:end], []byte("-->"))
		if j < 0 {
			break
		}
		j += i + 4 + 3
		out = append(out, [2]int{i, j})
		start = j
	}
	return out
}

// mdWalker collects the blocks of a goldmark tree parsed from src, whose
// byte i is byte base+i of the file.
type mdWalker struct {
	src    []byte
	base   int
	file   string // the file's bytes, shared (fileText)
	blocks []*textdoc.Block
	// html, when set, collects the file ranges of raw HTML (blocks and
	// inline) for MarkdownComments, and no block is kept.
	html *[][2]int
}

// fileText returns the file's bytes as a string that shares them. The
// document's Content is read-only.
func fileText(content []byte) string {
	return unsafe.String(unsafe.SliceData(content), len(content))
}

// add appends b (nil: nothing). A block whose text is one run of the file's
// bytes, as most are, takes its text from the file rather than a copy: a
// large file's text is then in memory once, as plain text's is.
func (w *mdWalker) add(b *textdoc.Block) {
	if b == nil || w.html != nil {
		return
	}
	if at, ok := b.FileRun(); ok && at >= 0 && at+len(b.Text) <= len(w.file) && w.file[at:at+len(b.Text)] == b.Text {
		b.Text = w.file[at : at+len(b.Text)]
	}
	w.blocks = append(w.blocks, b)
}

// children adds the blocks of n's children; kind is the kind their
// paragraphs take (a list item's, a quote's).
func (w *mdWalker) children(n ast.Node, kind textdoc.BlockKind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.node(c, kind)
	}
}

// node adds the blocks of one node.
func (w *mdWalker) node(c ast.Node, kind textdoc.BlockKind) {
	switch c := c.(type) {
	case *ast.HTMLBlock:
		if w.html != nil && c.Lines().Len() > 0 {
			segs := c.Lines()
			end := segs.At(segs.Len() - 1).Stop
			if c.HasClosure() {
				end = max(end, c.ClosureLine.Stop)
			}
			*w.html = append(*w.html, [2]int{w.base + segs.At(0).Start, w.base + end})
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.ThematicBreak, *ast.LinkReferenceDefinition:
	case *ast.Heading:
		w.add(w.inlineBlock(c, textdoc.Heading))
	case *ast.Paragraph, *ast.TextBlock:
		w.add(w.inlineBlock(c, kind))
	case *ast.ListItem:
		w.children(c, textdoc.ListItem)
	case *ast.Blockquote:
		w.children(c, textdoc.Quote)
	case *east.TableCell:
		w.add(w.inlineBlock(c, textdoc.TableCell))
	default:
		w.children(c, kind)
	}
}

// inlineBlock collects the visible text of a block node's inline children;
// byte i of w.src is byte w.base+i of the file.
func (w *mdWalker) inlineBlock(n ast.Node, kind textdoc.BlockKind) *textdoc.Block {
	src, base := w.src, w.base
	var bb textdoc.BlockBuilder
	last := 0 // raw offset after the last text added, for nodes without position
	var inline func(n ast.Node, code bool)
	inline = func(n ast.Node, code bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				seg := c.Segment
				start := bb.Len()
				bb.AddDecoded(src[seg.Start:seg.Stop], base+seg.Start)
				if code {
					bb.Verbatim = append(bb.Verbatim, textdoc.Span{Start: start, End: bb.Len()})
				}
				last = seg.Stop
				if c.SoftLineBreak() || c.HardLineBreak() {
					nl := bytes.IndexAny(src[seg.Stop:], "\r\n")
					if nl < 0 {
						bb.Add(" ", base+seg.Stop, 0)
					} else {
						bb.Add("\n", base+seg.Stop+nl, 1)
						last = seg.Stop + nl + 1
					}
				}
			case *ast.String:
				bb.Add(string(c.Value), base+last, 0)
			case *ast.CodeSpan:
				inline(c, true)
			case *ast.AutoLink:
				start := bb.Len()
				inline(c, true)
				if bb.Len() == start {
					// goldmark gives autolinks no text child. The URL is
					// looked for from the autolink's own position: from
					// the last text, it could be found in an earlier
					// block, or in raw HTML before it.
					u := c.URL(src)
					from := last
					if p := c.Pos(); p >= 0 {
						from = p
					}
					if i := bytes.Index(src[from:], u); i >= 0 {
						bb.Add(string(u), base+from+i, len(u))
						last = from + i + len(u)
					}
				}
				bb.Verbatim = append(bb.Verbatim, textdoc.Span{Start: start, End: bb.Len()})
			case *ast.Image, *ast.RawHTML:
				if w.html != nil {
					w.rawHTML(c)
				}
				continue
			default:
				inline(c, code)
			}
		}
	}
	inline(n, false)
	return bb.Build(kind)
}

// rawHTML adds the ranges of n, when it is inline raw HTML, and of the raw
// HTML inside it (an image's description) to w.html.
func (w *mdWalker) rawHTML(n ast.Node) {
	if r, ok := n.(*ast.RawHTML); ok {
		if segs := r.Segments; segs != nil && segs.Len() > 0 {
			*w.html = append(*w.html, [2]int{w.base + segs.At(0).Start, w.base + segs.At(segs.Len()-1).Stop})
		}
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.rawHTML(c)
	}
}
