package read

import (
	"bytes"

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
func parseMarkdown(content []byte) []*textdoc.Block {
	src := content
	root := MarkdownParser.Parse(text.NewReader(src))
	var blocks []*textdoc.Block
	var walk func(n ast.Node, kind textdoc.BlockKind)
	walk = func(n ast.Node, kind textdoc.BlockKind) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.ThematicBreak, *ast.LinkReferenceDefinition:
				continue
			case *ast.Heading:
				blocks = appendBlock(blocks, inlineBlock(c, src, textdoc.Heading))
			case *ast.Paragraph, *ast.TextBlock:
				blocks = appendBlock(blocks, inlineBlock(c, src, kind))
			case *ast.ListItem:
				walk(c, textdoc.ListItem)
			case *ast.Blockquote:
				walk(c, textdoc.Quote)
			case *east.TableCell:
				blocks = appendBlock(blocks, inlineBlock(c, src, textdoc.TableCell))
			default:
				walk(c, kind)
			}
		}
	}
	walk(root, textdoc.Paragraph)
	return blocks
}

func appendBlock(blocks []*textdoc.Block, b *textdoc.Block) []*textdoc.Block {
	if b == nil {
		return blocks
	}
	return append(blocks, b)
}

// inlineBlock collects the visible text of a block node's inline children.
func inlineBlock(n ast.Node, src []byte, kind textdoc.BlockKind) *textdoc.Block {
	var bb textdoc.BlockBuilder
	last := 0 // raw offset after the last text added, for nodes without position
	var inline func(n ast.Node, code bool)
	inline = func(n ast.Node, code bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				seg := c.Segment
				start := bb.Len()
				bb.AddDecoded(src[seg.Start:seg.Stop], seg.Start)
				if code {
					bb.Verbatim = append(bb.Verbatim, textdoc.Span{Start: start, End: bb.Len()})
				}
				last = seg.Stop
				if c.SoftLineBreak() || c.HardLineBreak() {
					nl := bytes.IndexAny(src[seg.Stop:], "\r\n")
					if nl < 0 {
						bb.Add(" ", seg.Stop, 0)
					} else {
						bb.Add("\n", seg.Stop+nl, 1)
						last = seg.Stop + nl + 1
					}
				}
			case *ast.String:
				bb.Add(string(c.Value), last, 0)
			case *ast.CodeSpan:
				inline(c, true)
			case *ast.AutoLink:
				start := bb.Len()
				inline(c, true)
				if bb.Len() == start {
					// Older goldmark versions give autolinks no text child.
					u := c.URL(src)
					if i := bytes.Index(src[last:], u); i >= 0 {
						bb.Add(string(u), last+i, len(u))
						last += i + len(u)
					}
				}
				bb.Verbatim = append(bb.Verbatim, textdoc.Span{Start: start, End: bb.Len()})
			case *ast.Image, *ast.RawHTML:
				continue
			default:
				inline(c, code)
			}
		}
	}
	inline(n, false)
	return bb.Build(kind)
}
