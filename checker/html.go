package checker

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

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
var blockElements = map[atom.Atom]BlockKind{
	atom.P: Paragraph, atom.Div: Paragraph, atom.Section: Paragraph, atom.Article: Paragraph,
	atom.Main: Paragraph, atom.Header: Paragraph, atom.Footer: Paragraph, atom.Aside: Paragraph,
	atom.Address: Paragraph, atom.Body: Paragraph, atom.Html: Paragraph, atom.Form: Paragraph,
	atom.Fieldset: Paragraph, atom.Details: Paragraph, atom.Summary: Paragraph, atom.Figure: Paragraph,
	atom.Table: Paragraph, atom.Tr: Paragraph, atom.Tbody: Paragraph, atom.Thead: Paragraph,
	atom.Tfoot: Paragraph, atom.Ul: Paragraph, atom.Ol: Paragraph, atom.Dl: Paragraph, atom.Hr: Paragraph,
	atom.H1: Heading, atom.H2: Heading, atom.H3: Heading, atom.H4: Heading, atom.H5: Heading, atom.H6: Heading,
	atom.Li: ListItem, atom.Dt: ListItem, atom.Dd: ListItem,
	atom.Blockquote: Quote,
	atom.Figcaption: Caption, atom.Caption: Caption, atom.Legend: Caption,
	atom.Td: TableCell, atom.Th: TableCell,
}

// codeElements are inline elements whose text is kept but not judged.
var codeElements = map[atom.Atom]bool{atom.Code: true, atom.Kbd: true, atom.Samp: true, atom.Var: true}

// maxHTMLDepth bounds the element stack; deeper documents are refused rather
// than walked.
const maxHTMLDepth = 10000

// parseHTML extracts the visible prose of an HTML document. It runs the
// tokenizer and counts raw token bytes, so every piece of text keeps its byte
// offset in the file; entities and collapsed white space map to the raw bytes
// they stand for. Inline markup does not split words, so a drop cap written
// as <span>D</span>ie reads "Die"; a one-letter block followed by a block that
// starts in lower case (a drop cap in its own element) is joined too.
func parseHTML(content []byte) ([]*Block, error) {
	z := html.NewTokenizer(bytes.NewReader(content))
	offset := 0
	var blocks []*Block
	var bb blockBuilder
	var stack []atom.Atom // open elements that decide kind, skipping and code
	skip, code := 0, 0
	pendingSpace := -1 // raw offset of collapsed white space not yet written

	kind := func() BlockKind {
		for i := len(stack) - 1; i >= 0; i-- {
			if k, ok := blockElements[stack[i]]; ok && k != Paragraph {
				return k
			}
			if _, ok := blockElements[stack[i]]; ok {
				return Paragraph
			}
		}
		return Paragraph
	}
	flush := func() {
		if b := bb.build(kind()); b != nil {
			blocks = append(blocks, b)
		}
		bb.reset()
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
			if a == atom.Br && skip == 0 {
				bb.add("\n", start, len(raw))
				pendingSpace = start // white space right after a line break is dropped
				continue
			}
			if _, ok := blockElements[a]; ok && skip == 0 {
				flush()
			}
			if tt == html.SelfClosingTagToken || isVoid(a) {
				continue
			}
			if len(stack) >= maxHTMLDepth {
				return nil, fmt.Errorf("html: elements nested deeper than %d", maxHTMLDepth)
			}
			if isChrome(a, stack) {
				a = chromeMarker
			}
			stack = append(stack, a)
			if skippedElements[a] || a == chromeMarker {
				skip++
			}
			if codeElements[a] {
				code++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			// Pop to the matching element; a stray end tag is ignored.
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] != a && !(stack[i] == chromeMarker && isChrome(a, stack[:i])) {
					continue
				}
				for _, open := range stack[i:] {
					if skippedElements[open] || open == chromeMarker {
						skip--
					}
					if codeElements[open] {
						code--
					}
				}
				if _, ok := blockElements[a]; ok && skip == 0 {
					flush()
				}
				stack = stack[:i]
				break
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			from := bb.len()
			addCollapsed(&bb, raw, start, &pendingSpace)
			if code > 0 {
				bb.verbatim = append(bb.verbatim, Span{from, bb.len()})
			}
		}
	}
}

// chromeMarker stands on the element stack for page chrome that is skipped:
// an aside, or a header or footer outside the article.
const chromeMarker = ^atom.Atom(0)

// isChrome reports whether element a, opened inside stack, is page chrome:
// asides ("Read also" boxes in their proper place) anywhere, and headers and
// footers of the page rather than of an article.
func isChrome(a atom.Atom, stack []atom.Atom) bool {
	switch a {
	case atom.Aside:
		return true
	case atom.Header, atom.Footer:
		for _, open := range stack {
			if open == atom.Article || open == atom.Main {
				return false
			}
		}
		return true
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
func addCollapsed(bb *blockBuilder, raw []byte, base int, pendingSpace *int) {
	i := 0
	for i < len(raw) {
		if isHTMLSpace(raw[i]) {
			j := i
			for j < len(raw) && isHTMLSpace(raw[j]) {
				j++
			}
			if bb.len() > 0 && *pendingSpace < 0 {
				bb.add(" ", base+i, j-i)
			}
			*pendingSpace = base + i
			i = j
			continue
		}
		j := i
		for j < len(raw) && !isHTMLSpace(raw[j]) {
			j++
		}
		addDecoded(bb, raw[i:j], base+i)
		*pendingSpace = -1
		i = j
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// addDecoded appends raw text with character references decoded; each
// reference maps to its raw bytes. Markdown and HTML share it.
func addDecoded(bb *blockBuilder, raw []byte, base int) {
	i := 0
	for i < len(raw) {
		amp := bytes.IndexByte(raw[i:], '&')
		if amp < 0 {
			bb.add(string(raw[i:]), base+i, len(raw)-i)
			return
		}
		n := entityLen(raw[i+amp:])
		if n == 0 {
			bb.add(string(raw[i:i+amp+1]), base+i, amp+1)
			i += amp + 1
			continue
		}
		if amp > 0 {
			bb.add(string(raw[i:i+amp]), base+i, amp)
			i += amp
		}
		ref := string(raw[i : i+n])
		if dec := html.UnescapeString(ref); dec != ref && utf8.ValidString(dec) {
			bb.add(dec, base+i, n)
		} else {
			bb.add(ref, base+i, n)
		}
		i += n
	}
}

// entityLen returns the length of the character reference at the start of b
// ("&amp;", "&#8220;", "&#x201C;"), or 0.
func entityLen(b []byte) int {
	if len(b) < 3 || b[0] != '&' {
		return 0
	}
	j := 1
	if b[1] == '#' {
		j = 2
		hex := j < len(b) && (b[j] == 'x' || b[j] == 'X')
		if hex {
			j++
		}
		k := j
		for k < len(b) && k-j < 8 && (isDigit(b[k]) || hex && strings.IndexByte("abcdefABCDEF", b[k]) >= 0) {
			k++
		}
		if k == j {
			return 0
		}
		if k < len(b) && b[k] == ';' {
			k++
		}
		return k
	}
	k := j
	for k < len(b) && k-j < 32 && (b[k] < utf8.RuneSelf && (unicode.IsLetter(rune(b[k])) || isDigit(b[k]))) {
		k++
	}
	if k == j || k >= len(b) || b[k] != ';' {
		return 0
	}
	return k + 1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// joinDropCaps merges a block that is a single capital letter with the next
// block when that starts in lower case: the drop cap's own element.
func joinDropCaps(blocks []*Block) []*Block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		r, n := utf8.DecodeRuneInString(b.Text)
		if n == len(b.Text) && unicode.IsUpper(r) && i+1 < len(blocks) {
			next := blocks[i+1]
			if r2, _ := utf8.DecodeRuneInString(next.Text); unicode.IsLower(r2) {
				merged := &Block{Kind: next.Kind, Text: b.Text + next.Text, Verbatim: next.Verbatim}
				merged.pieces = append(merged.pieces, b.pieces...)
				for _, p := range next.pieces {
					p.text += len(b.Text)
					merged.pieces = append(merged.pieces, p)
				}
				for j := range merged.Verbatim {
					merged.Verbatim[j].Start += len(b.Text)
					merged.Verbatim[j].End += len(b.Text)
				}
				out = append(out, merged)
				i++
				continue
			}
		}
		out = append(out, b)
	}
	return out
}
