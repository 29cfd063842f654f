package read

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// withPieceSize runs f with documents of any size cut into pieces of size
// bytes.
func withPieceSize(size int, f func()) {
	above, was := markdownPiecesAbove, markdownPieceSize
	markdownPiecesAbove, markdownPieceSize = 0, size
	defer func() { markdownPiecesAbove, markdownPieceSize = above, was }()
	f()
}

// pieceSizes are the piece sizes every document is parsed with: a byte
// (every piece grows to its first cut), a few lines, a few paragraphs.
var pieceSizes = []int{1, 40, 97, 300, 2000}

// diffBlocks describes the first difference between two block lists, or "".
func diffBlocks(want, got []*textdoc.Block) string {
	for i := range min(len(want), len(got)) {
		if !reflect.DeepEqual(want[i], got[i]) {
			return fmt.Sprintf("block %d:\nwhole  %+v\npieces %+v", i, *want[i], *got[i])
		}
	}
	if len(want) != len(got) {
		return fmt.Sprintf("%d blocks whole, %d in pieces", len(want), len(got))
	}
	return ""
}

// parseMarkdownWhole is parseMarkdown with one syntax tree for the whole
// document.
func parseMarkdownWhole(content []byte) []*textdoc.Block {
	w := &mdWalker{src: content, file: fileText(content)}
	w.children(MarkdownParser.Parse(text.NewReader(content)), textdoc.Paragraph)
	return w.blocks
}

// markdownCommentsWhole is what MarkdownComments means, by its plain
// definition: every raw HTML node of one syntax tree of the whole
// document, walked in order, and the comments in each.
func markdownCommentsWhole(src []byte) [][2]int {
	root := MarkdownParser.Parse(text.NewReader(src))
	var out [][2]int
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var segs *text.Segments
		closure := -1
		switch n := n.(type) {
		case *ast.HTMLBlock:
			segs = n.Lines()
			if n.HasClosure() {
				closure = n.ClosureLine.Stop
			}
		case *ast.RawHTML:
			segs = n.Segments
		default:
			return ast.WalkContinue, nil
		}
		if segs == nil || segs.Len() == 0 {
			return ast.WalkContinue, nil
		}
		start, end := segs.At(0).Start, segs.At(segs.Len()-1).Stop
		end = max(end, closure)
		out = append(out, commentsIn(src, start, min(end, len(src)))...)
		return ast.WalkSkipChildren, nil
	})
	return out
}

// checkPieces asserts that content gives the same blocks, with the same
// offsets, and the same HTML comments, parsed whole and a piece at a time;
// wantPieces says it must be read in pieces (no fallback to the whole
// parse).
func checkPieces(t *testing.T, name string, content []byte, wantPieces bool) {
	t.Helper()
	want := parseMarkdownWhole(content)
	wantComments := markdownCommentsWhole(content)
	if got := MarkdownComments(content); !reflect.DeepEqual(got, wantComments) {
		t.Errorf("%s, whole: comments %v, want %v", name, got, wantComments)
	}
	for _, size := range pieceSizes {
		withPieceSize(size, func() {
			w := &mdWalker{file: fileText(content)}
			ok := parseMarkdownPieces(content, w)
			got := w.blocks
			if !ok {
				if wantPieces {
					t.Errorf("%s, pieces of %d: parsed whole", name, size)
				}
				got = parseMarkdown(content)
			}
			if d := diffBlocks(want, got); d != "" {
				t.Errorf("%s, pieces of %d: %s", name, size, d)
			}
			if got := MarkdownComments(content); !reflect.DeepEqual(got, wantComments) {
				t.Errorf("%s, pieces of %d: comments %v, want %v", name, size, got, wantComments)
			}
		})
	}
}

// TestMarkdownPiecesTestdata parses every Markdown file of testdata whole
// and in pieces.
func TestMarkdownPiecesTestdata(t *testing.T) {
	n := 0
	err := filepath.WalkDir(filepath.Join("..", "..", "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !Walked(path) || FormatFor(path, nil) != textdoc.FormatMarkdown {
			return err
		}
		content, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		checkPieces(t, path, content, false)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("only %d Markdown files under testdata", n)
	}
}

// tableRows returns n rows of a three-column table, with the shapes a cell
// can take: escaped pipes, pipes in code, links, entities, emphasis,
// missing and extra cells, indentation, no closing pipe.
func tableRows(n int) string {
	var b strings.Builder
	for i := range n {
		switch i % 11 {
		case 0:
			fmt.Fprintf(&b, "| cell %d text | more words here | %d |\n", i, i)
		case 1:
			fmt.Fprintf(&b, "| a \\| b %d | `x \\| y` | [link](https://example.com/%d) |\n", i, i)
		case 2:
			fmt.Fprintf(&b, "|  | only two %d |\n", i)
		case 3:
			fmt.Fprintf(&b, "| one | two | three | four %d |\n", i)
		case 4:
			fmt.Fprintf(&b, "   | indented %d | *emphasis* | &amp; &copy; |\n", i)
		case 5:
			fmt.Fprintf(&b, "| no closing pipe %d | b | c\n", i)
		case 6:
			fmt.Fprintf(&b, "| trailing spaces %d | b | c |   \n", i)
		case 7:
			fmt.Fprintf(&b, "| <b>html</b> %d | <https://example.org> | a  \n", i)
		case 8:
			fmt.Fprintf(&b, "|Das ist ein Satz %d.|Ceci est une phrase.|Esto es.|\n", i)
		case 9:
			fmt.Fprintf(&b, "| ``code `with` ticks`` %d | ![img](a.png) alt | \\*x\\* |\n", i)
		default:
			fmt.Fprintf(&b, "|\n")
		}
	}
	return b.String()
}

// markdownSnippets are the shapes generated documents are made of; each
// ends with a newline.
var markdownSnippets = []string{
	"A paragraph of text that runs\nover two lines with *emphasis* and `code`.\n",
	"# An ATX heading\n",
	"Setext heading\n==============\n",
	"Another setext heading\n---\n",
	"---\ntitle: Front matter\n\ndescription: with a blank line\n---\n",
	"- a list item\n- another\n\n- loose item\n\n  continued paragraph\n",
	"1. first\n2. second\n\n3. third after a blank line\n",
	"- outer\n  - inner\n\n    inner paragraph\n  - inner two\n\n- outer two\n",
	"- item with a fence\n\n  ```\n  code\n\n  more code\n  ```\n",
	"```go\nfunc f() {}\n\n# not a heading\n\n| not | a table |\n```\n",
	"~~~~\n~~~\nstill code\n\n~~~~\n",
	"    indented code\n\n    more indented code\n",
	"> a quote\n>\n> second paragraph\n\n> another quote\n",
	"> quote with lazy\ncontinuation line\n",
	"<div>\n\n*markdown inside*\n\n</div>\n",
	"<!--\n\na comment with blank lines\n\n-->\n",
	"<pre>\n\npreformatted\n\n</pre>\n",
	"<script>\nvar a = 1;\n\nvar b = 2;\n</script>\n",
	"Text with an <https://example.com> autolink, a hard  \nbreak and a backslash\\\nbreak.\n",
	"***\n",
	"| a | b | c |\n|---|:-:|--:|\n" + tableRows(23),
	"Intro line before a table\n| a | b | c |\n| --- | --- | --- |\n" + tableRows(12),
	"h1 | h2\n-- | --\nx | y\nz | w\n",
	"| a | b | c |\n|---|---|---|\n" + tableRows(9) + "---\n",
	"| a | b | c |\n|---|---|---|\n" + tableRows(9) + "===\n",
	"| a | b | c |\n|---|---|---|\n" + tableRows(9) + "# heading ends the table\n",
	"| a | b | c |\n|---|---|---|\n" + tableRows(9) + "- a list ends the table\n",
	"| a | b | c |\n|---|---|---|\n" + tableRows(9) + "plain line\n",
	"- a list before a table\n\n| a | b |\n|---|---|\n" + tableRows(6),
	"| not | a table |\n|---|\n| one |\n",
	"Paragraph with [a link](https://example.com \"title\") and ![an image](x.png).\n",
	"Un paragraphe en français, avec des « guillemets ».\n",
	"# Heading right above a table\n| a | b |\n|---|---|\n" + tableRows(7),
	"| a | b |\n|---|---|\n| c | d |\n|---|---|\n|===|===|\n| e | f |\n",
	"| a | b | c |\n|---|---|\n| header and delimiter differ |\n",
	"<table>\n<tr><td>\n\n| a | b |\n|---|---|\n| c | d |\n\n</td></tr>\n</table>\n",
	"> | a | b |\n> |---|---|\n> | c | d |\n>\n> after\n",
	"| a | b |\n|---|---|\n| c | d |\n    | indented four |\n| e | f |\n",
	"| a | b |\n|---|---|\n| c | d |\n> quote after a table\n",
	"| a | b |\n|---|---|\n| c | d |\n```\nfence after a table\n```\n",
	"| a | b |\n|---|---|\n| c | d |\n<!-- comment\n\nafter a table -->\n",
	"| a <!-- in a header --> | b |\n|---|---|\n| c <!-- in a cell --> | d |\n" + tableRows(5),
	"A paragraph <!-- inline --> with `<!-- in code -->` and <span><!-- two --><!-- three --></span>.\n",
	"![an image <!-- in its description -->](x.png) and <b>bold<!-- after --></b> text.\n",
	"# A heading <!-- in a heading --> here\n",
	"```\n<!-- in a fence -->\n```\n",
	"    <!-- in indented code -->\n",
	"<!-- a comment block --> with text after\n<p>more</p>\n",
}

// generatedMarkdown joins n snippets picked by r, a blank line or none
// between them.
func generatedMarkdown(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(markdownSnippets[r.IntN(len(markdownSnippets))])
		if r.IntN(4) > 0 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// markdownPieceDocs returns the generated documents: large tables, tables
// next to other blocks, every snippet, and random mixes of them.
func markdownPieceDocs() map[string]string {
	docs := map[string]string{
		"table":                "| a | b | c |\n|---|---|---|\n" + tableRows(400),
		"table, no newline":    "| a | b | c |\n|---|---|---|\n" + strings.TrimSuffix(tableRows(100), "\n"),
		"table, blank after":   "| a | b | c |\n|---|---|---|\n" + tableRows(100) + "\n\nAfter the table.\n",
		"two tables":           "| a | b |\n|:--|--:|\n" + tableRows(80) + "\n| x | y |\n|---|---|\n" + tableRows(80),
		"table after text":     "Some text.\n\nIntro\n| a | b | c |\n|---|---|---|\n" + tableRows(120),
		"table, then a list":   "| a | b | c |\n|---|---|---|\n" + tableRows(60) + "- item\n- item\n\nEnd.\n",
		"table in a list":      "- item\n\n  | a | b |\n  |---|---|\n  | c | d |\n  | e | f |\n\nEnd.\n",
		"unclosed fence":       "Text.\n\n```\ncode\n\nmore\n",
		"blank lines only":     "\n\n\n\n",
		"no blank lines":       strings.Repeat("A line of a long paragraph.\n", 200),
		"one long line":        strings.Repeat("word ", 2000) + "\n",
		"reference links":      "A [link][ref] here.\n\n[ref]: https://example.com\n\n" + tableRows(20),
		"lone carriage return": "Line one\rline two\n\n" + tableRows(20),
		"table with comments":  "| a <!-- h --> | b |\n|---|---|\n" + strings.Repeat("| c <!-- x --> | d |\n", 150),
	}
	for i, s := range markdownSnippets {
		docs[fmt.Sprintf("snippet %d", i)] = strings.Repeat(s+"\n", 3)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 40 {
		docs[fmt.Sprintf("mix %d", i)] = generatedMarkdown(r, 30)
	}
	return docs
}

// TestMarkdownPiecesGenerated parses the generated documents whole and in
// pieces, with LF and CRLF line ends.
func TestMarkdownPiecesGenerated(t *testing.T) {
	for name, doc := range markdownPieceDocs() {
		pieces := !strings.Contains(doc, "]:") && !strings.Contains(doc, "\r")
		checkPieces(t, name, []byte(doc), pieces)
		checkPieces(t, name+", CRLF", []byte(strings.ReplaceAll(doc, "\n", "\r\n")), pieces)
	}
}
