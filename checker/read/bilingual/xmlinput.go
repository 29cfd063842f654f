package bilingual

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unsafe"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// xmlReader walks an XML bilingual file (XLIFF, TMX) with encoding/xml and
// knows the raw byte range of every token, so that the text of a segment
// maps back to the file.
//
// Security: encoding/xml never fetches external entities and expands only the
// five predefined ones and character references (an undefined entity is a
// syntax error in strict mode). A DOCTYPE that declares entities is refused
// outright, so a billion-laughs file fails fast with a clear reason instead
// of failing later on an undefined entity.
type xmlReader struct {
	d       *xml.Decoder
	content []byte // the whole file; offsets index into it
	base    int    // length of a byte order mark skipped before the decoder
	lines   *textdoc.LineIndex
	// file is content as a string, which the blocks of segments written
	// as they read share (shareText).
	file string

	// start and end are the raw range of the token last returned by next.
	start, end int
}

// maxXMLDepth bounds element nesting; deeper files are refused.
const maxXMLDepth = 1000

func newXMLReader(content []byte) *xmlReader {
	base := textdoc.BomLen(content)
	d := xml.NewDecoder(bytes.NewReader(content[base:]))
	d.Strict = true
	// Files that declare another encoding are read as UTF-8; the prose
	// checks need UTF-8 anyway.
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	return &xmlReader{d: d, content: content, file: unsafe.String(unsafe.SliceData(content), len(content)), base: base}
}

// next returns the next token; r.start and r.end hold its raw range. It
// refuses entity declarations and wraps syntax errors with their line.
func (r *xmlReader) next() (xml.Token, error) {
	r.start = r.base + int(r.d.InputOffset())
	tok, err := r.d.Token()
	r.end = r.base + int(r.d.InputOffset())
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, err
		}
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("line %d: %s", se.Line, se.Msg)
		}
		return nil, r.errorf(r.start, "%v", err)
	}
	if dir, ok := tok.(xml.Directive); ok {
		upper := bytes.ToUpper(dir)
		if bytes.Contains(upper, []byte("<!ENTITY")) || bytes.Contains(upper, []byte("ENTITY ")) {
			return nil, r.errorf(r.start, "DOCTYPE declares entities; entity expansion is refused")
		}
	}
	return tok, nil
}

// errorf makes an error naming the line of file offset off.
func (r *xmlReader) errorf(off int, format string, a ...any) error {
	if r.lines == nil {
		r.lines = textdoc.NewLineIndex(r.content)
	}
	line, _ := r.lines.Position(off)
	return fmt.Errorf("line %d: %s", line, fmt.Sprintf(format, a...))
}

// skip consumes the rest of the element whose start tag was just read.
func (r *xmlReader) skip() error {
	for depth := 1; depth > 0; {
		tok, err := r.next()
		if err != nil {
			return unexpectedEOF(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return r.errorf(r.start, "elements nested deeper than %d", maxXMLDepth)
			}
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// text returns the decoded character data of the element whose start tag was
// just read, child elements' text included, and consumes the element.
func (r *xmlReader) text() (string, error) {
	var sb strings.Builder
	for depth := 1; depth > 0; {
		tok, err := r.next()
		if err != nil {
			return "", unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return "", r.errorf(r.start, "elements nested deeper than %d", maxXMLDepth)
			}
		case xml.EndElement:
			depth--
		case xml.CharData:
			sb.Write(t)
		}
	}
	return strings.TrimSpace(sb.String()), nil
}

func unexpectedEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return errors.New("unexpected end of file inside an element")
	}
	return err
}

// attr returns the value of the attribute with local name local (any
// namespace), or "".
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// xmlLang returns the xml:lang attribute, or a plain lang attribute (TMX 1.1).
func xmlLang(e xml.StartElement) string {
	for _, a := range e.Attr {
		if a.Name.Local == "lang" && (a.Name.Space == "" || a.Name.Space == "xml" || a.Name.Space == xmlNamespace) {
			return a.Value
		}
	}
	return ""
}

const xmlNamespace = "http://www.w3.org/XML/1998/namespace"

// inlineKind says how an inline element of a segment is read.
type inlineKind int

const (
	// inlinePaired elements (<g>, <pc>, <mrk>, <hi>) keep their content in
	// the text; their Tag spans that content.
	inlinePaired inlineKind = iota
	// inlineCode elements (<x/>, <bx/>, <ex/>, <ph/>, <sc/>, <ec/>, and
	// <ph>, <bpt>, <ept>, <it>, <ut> with native code inside) stand for
	// something that is not prose: the text gets one U+FFFC OBJECT
	// REPLACEMENT CHARACTER, mapped to the whole element and covered by
	// Block.Verbatim, so words around it stay apart and no rule judges it.
	inlineCode
	// inlineMarker elements (XLIFF 2 <sm/>, <em/>) mark a position only.
	inlineMarker
)

// placeholderChar stands for a code element in a segment's text.
const placeholderChar = "\uFFFC"

// segmentText reads the content of a segment element (<source>, <target>,
// <seg>) whose start tag was just read, up to its end tag, into a block and
// its inline tags. Character references are decoded piece by piece, each
// mapped to its raw bytes; a run of white space holding a line break (the
// file's indentation) becomes one space unless preserve is set, so that a
// segment wrapped over lines does not read as double spaces. CDATA sections
// are copied as they are.
func (r *xmlReader) segmentText(kind func(local string) inlineKind, preserve bool) (*textdoc.Block, []textdoc.Tag, error) {
	var bb textdoc.BlockBuilder
	var tags []textdoc.Tag
	var open []int       // indexes in tags of open paired elements
	var protected []bool // whether each open element says translate="no"
	for {
		tok, err := r.next()
		if err != nil {
			return nil, nil, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			raw := r.content[r.start:r.end]
			if bytes.HasPrefix(raw, []byte("<![CDATA[")) {
				inner := raw[len("<![CDATA[") : len(raw)-len("]]>")]
				bb.Add(string(inner), r.start+len("<![CDATA["), len(inner))
				continue
			}
			addXMLText(&bb, raw, r.start, preserve)
		case xml.StartElement:
			if len(open) >= maxXMLDepth {
				return nil, nil, r.errorf(r.start, "elements nested deeper than %d", maxXMLDepth)
			}
			id := xmlInlineID(t)
			switch kind(t.Name.Local) {
			case inlineCode:
				from := r.start
				if err := r.skip(); err != nil {
					return nil, nil, err
				}
				pos := bb.Len()
				bb.Add(placeholderChar, from, r.end-from)
				bb.Verbatim = append(bb.Verbatim, textdoc.Span{Start: pos, End: bb.Len()})
				tags = append(tags, textdoc.Tag{Name: t.Name.Local, ID: id, Span: textdoc.Span{Start: pos, End: bb.Len()}})
			case inlineMarker:
				if err := r.skip(); err != nil {
					return nil, nil, err
				}
				tags = append(tags, textdoc.Tag{Name: t.Name.Local, ID: id, Span: textdoc.Span{Start: bb.Len(), End: bb.Len()}})
			default:
				seg := t.Name.Local == "mrk" && attr(t, "mtype") == "seg"
				if seg {
					id = attr(t, "mid")
				}
				tags = append(tags, textdoc.Tag{Name: t.Name.Local, ID: id, Span: textdoc.Span{Start: bb.Len(), End: bb.Len()}, Segment: seg})
				open = append(open, len(tags)-1)
				protected = append(protected, attr(t, "translate") == "no" || attr(t, "mtype") == "protected")
			}
		case xml.EndElement:
			if len(open) == 0 {
				return r.finishSegment(&bb, tags), tags, nil
			}
			tag := &tags[open[len(open)-1]]
			tag.Span.End = bb.Len()
			if protected[len(protected)-1] && tag.Span.End > tag.Span.Start {
				// Text marked not to be translated (a name, a product) is
				// not judged either.
				bb.Verbatim = append(bb.Verbatim, tag.Span)
			}
			open, protected = open[:len(open)-1], protected[:len(protected)-1]
		}
	}
}

// finishSegment builds the block and shifts the tags by the white space the
// block trims at its start.
func (r *xmlReader) finishSegment(bb *textdoc.BlockBuilder, tags []textdoc.Tag) *textdoc.Block {
	s := bb.Text.String()
	trim := len(s) - len(strings.TrimLeft(s, " \t\r\n\u00a0"))
	b := bb.Build(textdoc.Paragraph)
	n := 0
	if b != nil {
		n = len(b.Text)
		r.shareText(b)
	}
	for i := range tags {
		tags[i].Span.Start = max(0, min(tags[i].Span.Start-trim, n))
		tags[i].Span.End = max(tags[i].Span.Start, min(tags[i].Span.End-trim, n))
	}
	return b
}

// shareText makes a block whose text is the file's own bytes (a segment
// without references, CDATA or line breaks, as most are) share them rather
// than hold a copy: a large file is then in memory about once.
func (r *xmlReader) shareText(b *textdoc.Block) {
	at, ok := b.FileRun()
	if !ok || at < 0 || at+len(b.Text) > len(r.file) {
		return
	}
	// A line break read as a space keeps the piece linear: the bytes are
	// compared, not only the lengths.
	if raw := r.file[at : at+len(b.Text)]; raw == b.Text {
		b.Text = raw
	}
}

// addXMLText appends XML character data: references decoded, and runs of
// white space that hold a line break collapsed to one space unless preserve.
func addXMLText(bb *textdoc.BlockBuilder, raw []byte, base int, preserve bool) {
	if preserve {
		bb.AddDecoded(raw, base)
		return
	}
	i := 0
	for i < len(raw) {
		j := i
		for j < len(raw) && !IsXMLSpace(raw[j]) {
			j++
		}
		bb.AddDecoded(raw[i:j], base+i)
		if j == len(raw) {
			return
		}
		k := j
		for k < len(raw) && IsXMLSpace(raw[k]) {
			k++
		}
		if bytes.ContainsAny(raw[j:k], "\r\n") {
			bb.Add(" ", base+j, k-j)
		} else {
			bb.Add(string(raw[j:k]), base+j, k-j)
		}
		i = k
	}
}

func IsXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// NormalizeLangAttr turns a language attribute into a base language, "" when
// it is missing or not a language.
func NormalizeLangAttr(s string) string {
	l, err := textdoc.NormalizeLang(strings.TrimSpace(s))
	if err != nil {
		return ""
	}
	return l
}

// xmlInlineID returns an inline element's identifier: id (XLIFF), startRef
// (an XLIFF 2 <ec/> names its <sc/>), x (TMX: matches across variants), i
// (TMX: pairs <bpt> and <ept>).
func xmlInlineID(e xml.StartElement) string {
	for _, name := range []string{"id", "startRef", "x", "i"} {
		if v := attr(e, name); v != "" {
			return v
		}
	}
	return ""
}

// elements reads a bilingual XML file whose root element must be <root>:
// rootStart (if not nil) sees the root's start tag, and start every start
// tag below it. start returns whether it read the element through its end
// tag (a unit, or one it skipped); otherwise its children follow. Nesting
// deeper than maxXMLDepth is an error.
func (r *xmlReader) elements(root string, rootStart func(xml.StartElement), start func(xml.StartElement) (bool, error)) error {
	seenRoot := false
	depth := 0
	for {
		tok, err := r.next()
		if errors.Is(err, io.EOF) {
			if !seenRoot {
				return fmt.Errorf("no <%s> element", root)
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return r.errorf(r.start, "elements nested deeper than %d", maxXMLDepth)
			}
			if !seenRoot {
				if t.Name.Local != root {
					return r.errorf(r.start, "root element is <%s>, want <%s>", t.Name.Local, root)
				}
				seenRoot = true
				if rootStart != nil {
					rootStart(t)
				}
				continue
			}
			read, err := start(t)
			if err != nil {
				return err
			}
			if read {
				depth--
			}
		case xml.EndElement:
			depth--
		}
	}
}
