package report

import (
	"bytes"
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markupRange is a run of an HTML input's bytes that a reader does not see
// as text: a tag, a comment, or the content of script and style elements.
type markupRange struct {
	start, end int
	brk        string // what the markup shows as: "\n" for <br>, "\n\n" for a block's edge
}

// textRange is a run of text inside <pre> (or <textarea>), where white
// space is kept as it is.
type textRange struct{ start, end int }

// htmlBreaks are the elements whose edges start a new line or paragraph in
// the report's text.
var htmlBreaks = map[atom.Atom]string{
	atom.Br: "\n", atom.Hr: "\n\n", atom.P: "\n\n", atom.Div: "\n\n", atom.Li: "\n", atom.Ul: "\n\n", atom.Ol: "\n\n",
	atom.H1: "\n\n", atom.H2: "\n\n", atom.H3: "\n\n", atom.H4: "\n\n", atom.H5: "\n\n", atom.H6: "\n\n",
	atom.Blockquote: "\n\n", atom.Figure: "\n\n", atom.Figcaption: "\n\n", atom.Table: "\n\n", atom.Tr: "\n",
	atom.Td: " ", atom.Th: " ", atom.Dt: "\n", atom.Dd: "\n", atom.Section: "\n\n", atom.Article: "\n\n",
	atom.Header: "\n\n", atom.Footer: "\n\n", atom.Aside: "\n\n", atom.Nav: "\n\n", atom.Main: "\n\n",
	atom.Title: "\n\n", atom.Pre: "\n\n", atom.Caption: "\n\n",
}

// htmlMarkup finds the markup of an HTML input, with the tokenizer of
// golang.org/x/net/html, so that the report shows an HTML file's text as a
// browser would (tags hidden, entities decoded) with the findings still at
// their byte offsets.
func htmlMarkup(content []byte) (markup []markupRange, pre []textRange) {
	z := xhtml.NewTokenizer(bytes.NewReader(content))
	off, hidden, preDepth := 0, 0, 0
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return markup, pre
		}
		n := len(z.Raw())
		start := off
		off += n
		switch tt {
		case xhtml.TextToken:
			if hidden > 0 {
				markup = append(markup, markupRange{start: start, end: off})
			} else if preDepth > 0 {
				pre = append(pre, textRange{start, off})
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg:
				switch tt {
				case xhtml.StartTagToken:
					hidden++
				case xhtml.EndTagToken:
					hidden = max(0, hidden-1)
				}
			case atom.Pre, atom.Textarea:
				switch tt {
				case xhtml.StartTagToken:
					preDepth++
				case xhtml.EndTagToken:
					preDepth = max(0, preDepth-1)
				}
			}
			markup = append(markup, markupRange{start: start, end: off, brk: htmlBreaks[a]})
		default: // comments, doctype
			markup = append(markup, markupRange{start: start, end: off})
		}
	}
}

// readableHTML rewrites the segments of an HTML input for reading: markup
// without findings disappears or becomes a line break, text is decoded and
// its white space collapsed (outside <pre>). Segments that carry findings
// keep their text as it is, so that every highlight stays visible.
func readableHTML(segs []htmlSegment, markup []markupRange, pre []textRange) []htmlSegment {
	mi, pi := 0, 0
	var tail string // the end of the text shown so far, for breaks
	out := segs[:0]
	for _, s := range segs {
		for mi < len(markup) && markup[mi].end <= s.start {
			mi++
		}
		for pi < len(pre) && pre[pi].end <= s.start {
			pi++
		}
		inMarkup := mi < len(markup) && markup[mi].start <= s.start && s.start < markup[mi].end
		switch {
		case len(s.Findings) > 0 || s.Point:
			// shown as it is
		case inMarkup:
			brk := ""
			if s.start == markup[mi].start {
				brk = markup[mi].brk
			}
			if brk == "" || tail == "" || strings.HasSuffix(tail, "\n\n") || brk == " " && strings.HasSuffix(tail, " ") ||
				brk == "\n" && strings.HasSuffix(tail, "\n") {
				continue
			}
			if brk == "\n\n" && strings.HasSuffix(tail, "\n") {
				brk = "\n"
			}
			s.Text = brk
		case pi < len(pre) && pre[pi].start <= s.start && s.start < pre[pi].end:
			s.Text = html.UnescapeString(s.Text)
		default:
			t := html.UnescapeString(s.Text)
			collapsed := strings.Join(strings.Fields(t), " ")
			if collapsed != "" && strings.IndexFunc(t[:1], isHTMLSpace) == 0 {
				collapsed = " " + collapsed
			}
			if collapsed != "" && strings.LastIndexFunc(t, isHTMLSpace) == len(t)-1 && !strings.HasSuffix(collapsed, " ") {
				collapsed += " "
			}
			if tail == "" || strings.HasSuffix(tail, "\n") || strings.HasSuffix(tail, " ") {
				collapsed = strings.TrimLeft(collapsed, " ")
			}
			if collapsed == "" {
				continue
			}
			s.Text = collapsed
		}
		if s.Text != "" {
			t := tail + s.Text
			tail = t[max(0, len(t)-2):]
		}
		out = append(out, s)
	}
	for len(out) > 0 && len(out[len(out)-1].Findings) == 0 && strings.TrimSpace(out[len(out)-1].Text) == "" {
		out = out[:len(out)-1] // breaks after the last text
	}
	return out
}

func isHTMLSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }
