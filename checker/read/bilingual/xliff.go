package bilingual

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// FormatXLIFF is XLIFF 1.2 or 2.x; the version is read from the file.
const FormatXLIFF textdoc.Format = "xliff"

// BilingualFile is what a bilingual parser found: the units and the languages
// the file declares ("" when it declares none).
type BilingualFile struct {
	Units            []*textdoc.Unit
	SourceLang, Lang string
}

// xliffInline says how XLIFF 1.2 and 2.x inline elements are read.
func xliffInline(local string) inlineKind {
	switch local {
	case "x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "ut":
		return inlineCode
	case "sm", "em":
		return inlineMarker
	}
	return inlinePaired // g, pc, mrk, sub outside code, unknown elements
}

// fuzzyStates are XLIFF 1.2 target states that ask for review, and the
// XLIFF 2 segment state "initial" (not yet translated or confirmed).
var fuzzyStates = map[string]bool{
	"new": true, "needs-translation": true, "needs-adaptation": true, "needs-l10n": true,
	"needs-review-translation": true, "needs-review-adaptation": true, "needs-review-l10n": true,
	"initial": true,
}

// ParseXLIFF reads XLIFF 1.2 (<file source-language target-language>,
// <trans-unit id> with <source>, <target state>, <note>) and XLIFF 2.x
// (<xliff srcLang trgLang>, <unit id> with <segment>s of <source> and
// <target>, <notes>). Each 1.2 trans-unit is a unit; each 2.x segment is a
// unit, its ID the unit's id, followed by "/" and the segment's id (or
// number) when the unit has several. Units marked translate="no" are
// skipped, and so are alternative translations (<alt-trans>) and matches
// of other modules: only the unit's own source and target count. A unit a
// CAT tool split into sentences (<seg-source> and <target> holding
// <mrk mtype="seg" mid="N">, as Trados and SDLXLIFF write them) gives one
// unit a sentence, its ID the unit's, "/" and the mid.
func ParseXLIFF(content []byte) (BilingualFile, error) {
	r := newXMLReader(content)
	var f BilingualFile
	root := func(t xml.StartElement) {
		f.SourceLang = NormalizeLangAttr(attr(t, "srcLang"))
		f.Lang = NormalizeLangAttr(attr(t, "trgLang"))
	}
	err := r.elements("xliff", root, func(t xml.StartElement) (bool, error) {
		if !isXLIFFName(t.Name) {
			return true, r.skip()
		}
		switch t.Name.Local {
		case "file":
			if f.SourceLang == "" {
				f.SourceLang = NormalizeLangAttr(attr(t, "source-language"))
			}
			if f.Lang == "" {
				f.Lang = NormalizeLangAttr(attr(t, "target-language"))
			}
		case "trans-unit":
			us, err := r.transUnit(t)
			f.Units = append(f.Units, us...)
			return true, err
		case "unit":
			us, err := r.unit2(t)
			f.Units = append(f.Units, us...)
			return true, err
		case "bin-unit", "header", "skeleton":
			return true, r.skip()
		}
		return false, nil
	})
	return f, err
}

// isXLIFFName reports whether an element is in no namespace or an XLIFF
// one; elements of other modules (mtc:matches, sdl:seg-defs) are skipped.
func isXLIFFName(n xml.Name) bool {
	return n.Space == "" || strings.HasPrefix(n.Space, "urn:oasis:names:tc:xliff:document:")
}

func preserveSpace(e xml.StartElement, inherited bool) bool {
	for _, a := range e.Attr {
		if a.Name.Local == "space" && (a.Name.Space == "xml" || a.Name.Space == xmlNamespace) {
			return a.Value == "preserve"
		}
	}
	return inherited
}

// transUnit reads an XLIFF 1.2 <trans-unit> whose start tag was just read.
// It returns nil for a unit that is not to be translated or has no source.
func (r *xmlReader) transUnit(start xml.StartElement) ([]*textdoc.Unit, error) {
	u := &textdoc.Unit{ID: r.unitID(start), SourceContent: r.content, TargetAt: -1}
	preserve := preserveSpace(start, false)
	var segSource *textdoc.Block
	var segSourceTags []textdoc.Tag
	hasSource, hasTarget := false, false
	for {
		tok, err := r.next()
		if err != nil {
			return nil, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !isXLIFFName(t.Name) {
				if err := r.skip(); err != nil {
					return nil, err
				}
				continue
			}
			switch t.Name.Local {
			case "source":
				if hasSource {
					return nil, r.errorf(r.start, "trans-unit %q has a second <source>; only one can be checked", u.ID)
				}
				b, tags, err := r.segmentText(xliffInline, preserveSpace(t, preserve))
				if err != nil {
					return nil, err
				}
				u.Source, u.SourceTags, hasSource = b, tags, true
				u.TargetAt = r.end
			case "target":
				if hasTarget {
					return nil, r.errorf(r.start, "trans-unit %q has a second <target>; only one can be checked", u.ID)
				}
				hasTarget = true
				at := r.start
				u.Fuzzy = fuzzyStates[attr(t, "state")]
				b, tags, err := r.segmentText(xliffInline, preserveSpace(t, preserve))
				if err != nil {
					return nil, err
				}
				u.Target, u.TargetTags, u.TargetAt = b, tags, at
			case "seg-source":
				b, tags, err := r.segmentText(xliffInline, preserveSpace(t, preserve))
				if err != nil {
					return nil, err
				}
				segSource, segSourceTags = b, tags
			case "note":
				note, err := r.text()
				if err != nil {
					return nil, err
				}
				if note != "" {
					u.Notes = append(u.Notes, note)
				}
			default: // alt-trans, seg-source, context-group, count-group, ...
				if err := r.skip(); err != nil {
					return nil, err
				}
			}
		case xml.EndElement:
			if hasTarget && !hasSource {
				return nil, r.errorf(r.start, "trans-unit %q has a <target> but no <source>", u.ID)
			}
			if !hasSource || u.Source == nil || strings.EqualFold(attr(start, "translate"), "no") {
				return nil, nil
			}
			if u.TargetAt < 0 {
				u.TargetAt = r.start
			}
			u.Fuzzy = u.Fuzzy && u.Target != nil
			return unitSegments(u, segSource, segSourceTags), nil
		}
	}
}

// unitID returns a unit's id attribute, or "line N" for one without (the
// id is required, but a unit without one can still be checked).
func (r *xmlReader) unitID(start xml.StartElement) string {
	if id := attr(start, "id"); id != "" {
		return id
	}
	return "line " + strconv.Itoa(r.line(r.start))
}

// unit2 reads an XLIFF 2.x <unit> whose start tag was just read: one Unit a
// segment, all with the unit's notes.
func (r *xmlReader) unit2(start xml.StartElement) ([]*textdoc.Unit, error) {
	id := r.unitID(start)
	preserve := preserveSpace(start, false)
	var units []*textdoc.Unit
	var notes []string
	var segIDs []string
	for {
		tok, err := r.next()
		if err != nil {
			return nil, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !isXLIFFName(t.Name) {
				if err := r.skip(); err != nil {
					return nil, err
				}
				continue
			}
			switch t.Name.Local {
			case "segment":
				u, err := r.segment2(t, preserve)
				if err != nil {
					return nil, err
				}
				units = append(units, u)
				segIDs = append(segIDs, attr(t, "id"))
			case "notes":
				// <notes> holds <note> elements; read them here.
				for {
					tok, err := r.next()
					if err != nil {
						return nil, unexpectedEOF(err)
					}
					if e, ok := tok.(xml.StartElement); ok {
						note, err := r.text()
						if err != nil {
							return nil, err
						}
						if e.Name.Local == "note" && note != "" {
							notes = append(notes, note)
						}
						continue
					}
					if _, ok := tok.(xml.EndElement); ok {
						break
					}
				}
			default: // ignorable, originalData, matches of modules
				if err := r.skip(); err != nil {
					return nil, err
				}
			}
		case xml.EndElement:
			var out []*textdoc.Unit
			for i, u := range units {
				if u.Source == nil {
					continue
				}
				u.ID = id
				if len(units) > 1 {
					sid := segIDs[i]
					if sid == "" {
						sid = strconv.Itoa(i + 1)
					}
					u.ID = id + "/" + sid
				}
				u.Notes = notes
				out = append(out, u)
			}
			if strings.EqualFold(attr(start, "translate"), "no") {
				return nil, nil
			}
			return out, nil
		}
	}
}

// segment2 reads an XLIFF 2.x <segment>.
func (r *xmlReader) segment2(start xml.StartElement, preserve bool) (*textdoc.Unit, error) {
	u := &textdoc.Unit{SourceContent: r.content, TargetAt: -1, Fuzzy: fuzzyStates[attr(start, "state")]}
	preserve = preserveSpace(start, preserve)
	hasSource, hasTarget := false, false
	for {
		tok, err := r.next()
		if err != nil {
			return nil, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case isXLIFFName(t.Name) && t.Name.Local == "source":
				if hasSource {
					return nil, r.errorf(r.start, "segment has a second <source>; only one can be checked")
				}
				hasSource = true
				b, tags, err := r.segmentText(xliffInline, preserveSpace(t, preserve))
				if err != nil {
					return nil, err
				}
				u.Source, u.SourceTags = b, tags
				u.TargetAt = r.end
			case isXLIFFName(t.Name) && t.Name.Local == "target":
				if hasTarget {
					return nil, r.errorf(r.start, "segment has a second <target>; only one can be checked")
				}
				hasTarget = true
				at := r.start
				b, tags, err := r.segmentText(xliffInline, preserveSpace(t, preserve))
				if err != nil {
					return nil, err
				}
				u.Target, u.TargetTags, u.TargetAt = b, tags, at
			default:
				if err := r.skip(); err != nil {
					return nil, err
				}
			}
		case xml.EndElement:
			if hasTarget && !hasSource {
				return nil, r.errorf(r.start, "segment has a <target> but no <source>")
			}
			if u.TargetAt < 0 {
				u.TargetAt = r.start
			}
			// An untranslated segment is missing, not in need of review.
			u.Fuzzy = u.Fuzzy && u.Target != nil
			return u, nil
		}
	}
}

// SniffBilingual recognises XLIFF, TMX and PO content without a telling
// extension (standard input): an XML file whose root element is <xliff> or
// <tmx>, or text with a line starting `msgid "` and one starting `msgstr`.
func SniffBilingual(content []byte) textdoc.Format {
	head := content[textdoc.BomLen(content):min(len(content), 4096)]
	if root := xmlRoot(head); root != "" {
		switch root {
		case "xliff":
			return FormatXLIFF
		case "tmx":
			return FormatTMX
		}
		return ""
	}
	if (bytes.HasPrefix(head, []byte(`msgid "`)) || bytes.Contains(head, []byte("\nmsgid \""))) &&
		(bytes.HasPrefix(head, []byte("msgstr")) || bytes.Contains(head, []byte("\nmsgstr"))) {
		return FormatPO
	}
	return ""
}

// xmlRoot returns the name of the first element of head after the XML
// declaration, processing instructions, comments and a DOCTYPE; "" when head
// does not start like XML.
func xmlRoot(head []byte) string {
	for {
		head = bytes.TrimLeft(head, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(head, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(head, []byte("<!DOCTYPE")) || bytes.HasPrefix(head, []byte("<!doctype")):
			end = []byte(">")
			if lb := bytes.IndexByte(head, '['); lb >= 0 && lb < bytes.IndexByte(head, '>') {
				end = []byte("]>")
			}
		case bytes.HasPrefix(head, []byte("<")):
			name := head[1:]
			n := 0
			for n < len(name) && name[n] != ' ' && name[n] != '>' && name[n] != '/' && !IsXMLSpace(name[n]) {
				n++
			}
			if n == len(name) {
				return "" // the name may go on beyond the head
			}
			if k := bytes.IndexByte(name[:n], ':'); k >= 0 {
				name = name[k+1:]
				n -= k + 1
			}
			return string(name[:n])
		default:
			return ""
		}
		i := bytes.Index(head, end)
		if i < 0 {
			return ""
		}
		head = head[i+len(end):]
	}
}

// unitSegments returns the units of a trans-unit: the unit itself, or one a
// sentence when its <seg-source> (seg, with its tags segTags) and <target>
// are split into <mrk mtype="seg"> segments. The segment markers are no
// content: they are left out of the tags compared.
func unitSegments(u *textdoc.Unit, seg *textdoc.Block, segTags []textdoc.Tag) []*textdoc.Unit {
	srcSegs, tgtSegs := segmentTags(segTags), segmentTags(u.TargetTags)
	if seg == nil || len(srcSegs) == 0 || len(tgtSegs) == 0 || u.Target == nil {
		u.TargetTags = contentTags(u.TargetTags)
		return []*textdoc.Unit{u}
	}
	var units []*textdoc.Unit
	for _, s := range srcSegs {
		su := &textdoc.Unit{ID: u.ID + "/" + s.ID, Context: u.Context, SourceContent: u.SourceContent,
			TargetAt: u.TargetAt, Notes: u.Notes}
		su.Source, su.SourceTags = subBlock(seg, s.Span, contentTags(segTags))
		if su.Source == nil {
			continue
		}
		for _, t := range tgtSegs {
			if t.ID != s.ID {
				continue
			}
			su.TargetAt = u.Target.Raw(t.Span.Start)
			su.Target, su.TargetTags = subBlock(u.Target, t.Span, contentTags(u.TargetTags))
			su.Fuzzy = u.Fuzzy && su.Target != nil
			break
		}
		units = append(units, su)
	}
	return units
}

// segmentTags returns the segment markers among tags.
func segmentTags(tags []textdoc.Tag) []textdoc.Tag {
	var out []textdoc.Tag
	for _, t := range tags {
		if t.Segment {
			out = append(out, t)
		}
	}
	return out
}

// contentTags returns tags without the segment markers.
func contentTags(tags []textdoc.Tag) []textdoc.Tag {
	out := tags[:0:0]
	for _, t := range tags {
		if !t.Segment {
			out = append(out, t)
		}
	}
	return out
}

// subBlock returns the part span of b as a block of its own, mapped to the
// same raw bytes, with the tags of b inside it.
func subBlock(b *textdoc.Block, span textdoc.Span, tags []textdoc.Tag) (*textdoc.Block, []textdoc.Tag) {
	var bb textdoc.BlockBuilder
	for _, p := range b.Pieces() {
		s, e := max(p.Text, span.Start), min(p.Text+p.TextLen, span.End)
		if s >= e {
			continue
		}
		if p.TextLen == p.RawLen {
			bb.Add(b.Text[s:e], p.Raw+(s-p.Text), e-s)
		} else if s == p.Text && e == p.Text+p.TextLen {
			bb.Add(b.Text[s:e], p.Raw, p.RawLen) // an entity or a code: whole or not at all
		}
	}
	for _, v := range b.Verbatim() {
		if v.Start >= span.Start && v.End <= span.End {
			bb.Verbatim = append(bb.Verbatim, textdoc.Span{Start: v.Start - span.Start, End: v.End - span.Start})
		}
	}
	var inside []textdoc.Tag
	for _, t := range tags {
		if t.Span.Start >= span.Start && t.Span.End <= span.End {
			t.Span = textdoc.Span{Start: t.Span.Start - span.Start, End: t.Span.End - span.Start}
			inside = append(inside, t)
		}
	}
	sub := (&xmlReader{}).finishSegment(&bb, inside)
	return sub, inside
}
