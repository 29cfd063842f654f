package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skippedElements hold no visible prose: their whole content is ignored.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Math: true, atom.Head: true,
	atom.Iframe: true, atom.Object: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Pre: true, atom.Canvas: true, atom.Audio: true,
	atom.Video: true,
}

// blockElements end the current block when they open or close.
var blockElements = map[atom.Atom]textdoc.BlockKind{
	atom.P: textdoc.Paragraph, atom.Div: textdoc.Paragraph, atom.Section: textdoc.Paragraph, atom.Article: textdoc.Paragraph,
	atom.Main: textdoc.Paragraph, atom.Header: textdoc.Paragraph, atom.Footer: textdoc.Paragraph, atom.Aside: textdoc.Paragraph,
	atom.Address: textdoc.Paragraph, atom.Body: textdoc.Paragraph, atom.Html: textdoc.Paragraph, atom.Form: textdoc.Paragraph,
	atom.Fieldset: textdoc.Paragraph, atom.Details: textdoc.Paragraph, atom.Summary: textdoc.Paragraph, atom.Figure: textdoc.Paragraph,
	atom.Table: textdoc.Paragraph, atom.Tr: textdoc.Paragraph, atom.Tbody: textdoc.Paragraph, atom.Thead: textdoc.Paragraph,
	atom.Tfoot: textdoc.Paragraph, atom.Ul: textdoc.Paragraph, atom.Ol: textdoc.Paragraph, atom.Dl: textdoc.Paragraph, atom.Hr: textdoc.Paragraph,
	atom.H1: textdoc.Heading, atom.H2: textdoc.Heading, atom.H3: textdoc.Heading, atom.H4: textdoc.Heading, atom.H5: textdoc.Heading, atom.H6: textdoc.Heading,
	atom.Li: textdoc.ListItem, atom.Dt: textdoc.ListItem, atom.Dd: textdoc.ListItem,
	atom.Blockquote: textdoc.Quote,
	atom.Figcaption: textdoc.Caption, atom.Caption: textdoc.Caption, atom.Legend: textdoc.Caption,
	atom.Td: textdoc.TableCell, atom.Th: textdoc.TableCell,
}

// codeElements are inline elements whose text is kept but not judged.
var codeElements = map[atom.Atom]bool{atom.Code: true, atom.Kbd: true, atom.Samp: true, atom.Var: true}

// parseHTML extracts the visible prose of an HTML document. It runs the
// tokenizer and counts raw token bytes, so every piece of text keeps its byte
// offset in the file; entities and collapsed white space map to the raw bytes
// they stand for. Inline markup does not split words, so a drop cap written
// as <span>D</span>ie reads "Die"; a one-letter block followed by a block that
// starts in lower case (a drop cap in its own element) is joined too. End
// tags that HTML lets a document omit (</p>, </li>, </td>, ...) are implied
// as a browser implies them, and every step of the element stack takes
// constant time, so no nesting, however deep or unclosed, costs more than
// linear time.
func parseHTML(content []byte) ([]*textdoc.Block, error) {
	z := html.NewTokenizer(bytes.NewReader(content))
	offset := 0
	var blocks []*textdoc.Block
	var bb textdoc.BlockBuilder
	var st htmlStack
	pendingSpace := -1 // raw offset of collapsed white space not yet written

	flush := func() {
		if b := bb.Build(st.kind()); b != nil {
			blocks = append(blocks, b)
		}
		bb.Reset()
		pendingSpace = -1
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		start := offset
		offset += len(raw)
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return nil, fmt.Errorf("html: %w", err)
			}
			flush()
			return joinDropCaps(blocks), nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Br && st.skip == 0 {
				bb.Add("\n", start, len(raw))
				pendingSpace = start // white space right after a line break is dropped
				continue
			}
			if i := st.impliedEnd(a); i >= 0 {
				if st.skipBelow(i) == 0 {
					flush()
				}
				st.popTo(i)
			}
			if _, ok := blockElements[a]; ok && st.skip == 0 {
				flush()
			}
			if tt == html.SelfClosingTagToken || isVoid(a) {
				continue
			}
			st.push(a)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			// Pop to the matching element; a stray end tag is ignored.
			if i := st.find(a); i >= 0 {
				// The block ends with the element still open, so that it
				// takes the element's kind.
				if _, ok := blockElements[a]; ok && st.skipBelow(i) == 0 {
					flush()
				}
				st.popTo(i)
			}
		case html.TextToken:
			if st.skip > 0 {
				continue
			}
			from := bb.Len()
			addCollapsed(&bb, raw, start, &pendingSpace)
			if st.code > 0 {
				bb.Verbatim = append(bb.Verbatim, textdoc.Span{Start: from, End: bb.Len()})
			}
		}
	}
}

// htmlOpen is an open element: its name, and whether it is page chrome
// (skipped as a whole).
type htmlOpen struct {
	a      atom.Atom
	chrome bool
	// skip and code count the skipped and code elements open below and
	// at this one, so that popping to any depth restores them at once.
	skip, code int
}

// htmlStack is the stack of open elements with the indexes that keep each
// question asked of it constant-time: where the top-most element of a name
// is, which block element is innermost, whether an article is open.
type htmlStack struct {
	open       []htmlOpen
	byName     map[atom.Atom][]int // indexes into open, innermost last
	blocks     []int               // indexes of block elements, innermost last
	skip, code int                 // skipped and code elements open
}

func (s *htmlStack) push(a atom.Atom) {
	if s.byName == nil {
		s.byName = map[atom.Atom][]int{}
	}
	chrome := isChrome(a, len(s.byName[atom.Article])+len(s.byName[atom.Main]) > 0)
	if skippedElements[a] || chrome {
		s.skip++
	}
	if codeElements[a] {
		s.code++
	}
	i := len(s.open)
	s.open = append(s.open, htmlOpen{a: a, chrome: chrome, skip: s.skip, code: s.code})
	s.byName[a] = append(s.byName[a], i)
	if _, ok := blockElements[a]; ok {
		s.blocks = append(s.blocks, i)
	}
}

// popTo closes the element at index i and every element inside it.
func (s *htmlStack) popTo(i int) {
	for j := len(s.open) - 1; j >= i; j-- {
		a := s.open[j].a
		s.byName[a] = s.byName[a][:len(s.byName[a])-1]
	}
	for len(s.blocks) > 0 && s.blocks[len(s.blocks)-1] >= i {
		s.blocks = s.blocks[:len(s.blocks)-1]
	}
	s.open = s.open[:i]
	s.skip, s.code = s.skipBelow(i), 0
	if i > 0 {
		s.code = s.open[i-1].code
	}
}

// skipBelow is the number of skipped elements open below index i.
func (s *htmlStack) skipBelow(i int) int {
	if i == 0 {
		return 0
	}
	return s.open[i-1].skip
}

// find returns the index of the innermost open element named a, or -1.
func (s *htmlStack) find(a atom.Atom) int {
	if ix := s.byName[a]; len(ix) > 0 {
		return ix[len(ix)-1]
	}
	return -1
}

// kind is the kind of block the text belongs to: the innermost block
// element's.
func (s *htmlStack) kind() textdoc.BlockKind {
	if len(s.blocks) == 0 {
		return textdoc.Paragraph
	}
	return blockElements[s.open[s.blocks[len(s.blocks)-1]].a]
}

// pClosers are the start tags that close an open <p> (HTML's "close a p
// element" steps).
var pClosers = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Details: true,
	atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Ul: true, atom.Li: true, atom.Dd: true, atom.Dt: true,
}

// The element names impliedEnd closes, and the barriers of their scopes.
var (
	pNames, liNames, dtNames = []atom.Atom{atom.P}, []atom.Atom{atom.Li}, []atom.Atom{atom.Dt, atom.Dd}
	trNames, cellNames       = []atom.Atom{atom.Tr}, []atom.Atom{atom.Td, atom.Th}
	optionNames              = []atom.Atom{atom.Option}
	tableScope               = []atom.Atom{atom.Table, atom.Td, atom.Th, atom.Caption, atom.Template, atom.Button, atom.Object, atom.Marquee, atom.Applet, atom.Html}
	listScope                = append(append([]atom.Atom(nil), tableScope...), atom.Ul, atom.Ol)
	dlScope                  = append(append([]atom.Atom(nil), tableScope...), atom.Dl)
	tableBody                = []atom.Atom{atom.Table, atom.Template}
	rowScope                 = []atom.Atom{atom.Tr, atom.Table, atom.Template}
	selectScope              = []atom.Atom{atom.Select, atom.Optgroup}
)

// inScope returns the innermost open element of the names when no element
// of the barrier names is open inside it, or -1.
func (s *htmlStack) inScope(names, barriers []atom.Atom) int {
	best := -1
	for _, n := range names {
		best = max(best, s.find(n))
	}
	if best < 0 {
		return -1
	}
	for _, b := range barriers {
		if s.find(b) > best {
			return -1
		}
	}
	return best
}

// impliedEnd returns the index of the open element that a start tag a
// closes by HTML's rules for omitted end tags, or -1: a block start closes an
// open <p>, <li> an open <li> of the same list, <dt>/<dd> an open <dt> or
// <dd>, <tr> an open <tr>, <td>/<th> an open cell, <option> an option. The
// element must be in scope: no table, cell, list or button is open inside
// it. When a <p> and a list item are both to be closed, the outer one is.
func (s *htmlStack) impliedEnd(a atom.Atom) int {
	closeAt := -1
	if pClosers[a] {
		closeAt = s.inScope(pNames, tableScope)
	}
	own := -1
	switch a {
	case atom.Li:
		own = s.inScope(liNames, listScope)
	case atom.Dt, atom.Dd:
		own = s.inScope(dtNames, dlScope)
	case atom.Tr:
		own = s.inScope(trNames, tableBody)
	case atom.Td, atom.Th:
		own = s.inScope(cellNames, rowScope)
	case atom.Option:
		own = s.inScope(optionNames, selectScope)
	}
	if own >= 0 && (closeAt < 0 || own < closeAt) {
		closeAt = own
	}
	return closeAt
}

// isChrome reports whether element a is page chrome: asides ("Read also"
// boxes in their proper place) anywhere, and headers and footers of the page
// rather than of an article (inArticle: an article or main element is open).
func isChrome(a atom.Atom, inArticle bool) bool {
	switch a {
	case atom.Aside:
		return true
	case atom.Header, atom.Footer:
		return !inArticle
	}
	return false
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// addCollapsed appends HTML text: runs of white space become one space that
// maps to the whole run, entities are decoded.
func addCollapsed(bb *textdoc.BlockBuilder, raw []byte, base int, pendingSpace *int) {
	i := 0
	for i < len(raw) {
		if isHTMLSpace(raw[i]) {
			j := i
			for j < len(raw) && isHTMLSpace(raw[j]) {
				j++
			}
			if bb.Len() > 0 && *pendingSpace < 0 {
				bb.Add(" ", base+i, j-i)
			}
			*pendingSpace = base + i
			i = j
			continue
		}
		j := i
		for j < len(raw) && !isHTMLSpace(raw[j]) {
			j++
		}
		bb.AddDecoded(raw[i:j], base+i)
		*pendingSpace = -1
		i = j
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// joinDropCaps merges a block that is a single capital letter with the next
// block when that starts in lower case: the drop cap's own element.
func joinDropCaps(blocks []*textdoc.Block) []*textdoc.Block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		r, n := utf8.DecodeRuneInString(b.Text)
		if n == len(b.Text) && unicode.IsUpper(r) && i+1 < len(blocks) {
			next := blocks[i+1]
			if r2, _ := utf8.DecodeRuneInString(next.Text); unicode.IsLower(r2) {
				merged := &textdoc.Block{Kind: next.Kind, Text: b.Text + next.Text}
				pieces := append([]textdoc.Piece(nil), b.Pieces()...)
				for _, p := range next.Pieces() {
					p.Text += len(b.Text)
					pieces = append(pieces, p)
				}
				merged.SetPieces(pieces)
				var verbatim []textdoc.Span
				for _, v := range next.Verbatim() {
					verbatim = append(verbatim, textdoc.Span{Start: v.Start + len(b.Text), End: v.End + len(b.Text)})
				}
				merged.SetVerbatim(verbatim)
				out = append(out, merged)
				i++
				continue
			}
		}
		out = append(out, b)
	}
	return out
}
