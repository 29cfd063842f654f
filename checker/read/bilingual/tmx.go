package bilingual

import (
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// FormatTMX is a TMX 1.4 translation memory.
const FormatTMX textdoc.Format = "tmx"

// tmxInline says how TMX inline elements are read: <bpt>, <ept>, <ph>, <it>
// and <ut> hold native code, <hi> holds text.
func tmxInline(local string) inlineKind {
	switch local {
	case "bpt", "ept", "ph", "it", "ut":
		return inlineCode
	}
	return inlinePaired
}

// tmxVariant is one <tuv> of a translation unit.
type tmxVariant struct {
	lang    string // base language
	seg     *textdoc.Block
	tags    []textdoc.Tag
	at, end int // raw offsets of the <tuv> start tag and of the end of </tuv>
	notes   []string
}

// ParseTMX reads TMX 1.4: <header srclang>, then <tu tuid> with one <tuv
// xml:lang><seg> per language. The source is the variant in sourceLang (the
// caller's, else the header's srclang unless it is "*all*"); the target the
// one in lang (the caller's), else the other variant when there are exactly
// two. A unit without a source variant is skipped; one with two or more
// other languages and no target language given is an error, since which is
// the target cannot be known.
func ParseTMX(content []byte, sourceLang, lang string) (BilingualFile, error) {
	r := newXMLReader(content)
	var f BilingualFile
	err := r.elements("tmx", nil, func(t xml.StartElement) (bool, error) {
		switch t.Name.Local {
		case "header":
			if f.SourceLang == "" {
				f.SourceLang = NormalizeLangAttr(attr(t, "srclang"))
			}
			return true, r.skip()
		case "tu":
			line := r.start
			vs, notes, err := r.tmxUnit()
			if err != nil {
				return true, err
			}
			src := sourceLang
			if src == "" {
				src = f.SourceLang
			}
			u, tl, err := pickTMXPair(vs, src, lang)
			if err != nil {
				return true, r.errorf(line, "%v", err)
			}
			if u == nil {
				return true, nil
			}
			u.ID = attr(t, "tuid")
			if u.ID == "" {
				u.ID = "line " + strconv.Itoa(r.line(line))
			}
			u.SourceContent = content
			u.Notes = append(notes, u.Notes...)
			if f.Lang == "" {
				f.Lang = tl
			}
			f.Units = append(f.Units, u)
			return true, nil
		}
		return false, nil
	})
	return f, err
}

// line returns the 1-based line of file offset off.
func (r *xmlReader) line(off int) int {
	if r.lines == nil {
		r.lines = textdoc.NewLineIndex(r.content)
	}
	l, _ := r.lines.Position(off)
	return l
}

// tmxUnit reads a <tu> whose start tag was just read.
func (r *xmlReader) tmxUnit() ([]tmxVariant, []string, error) {
	var vs []tmxVariant
	var notes []string
	for {
		tok, err := r.next()
		if err != nil {
			return nil, nil, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tuv":
				v := tmxVariant{lang: NormalizeLangAttr(xmlLang(t)), at: r.start}
				if err := r.tmxVariant(&v, preserveSpace(t, false)); err != nil {
					return nil, nil, err
				}
				vs = append(vs, v)
			case "note":
				note, err := r.text()
				if err != nil {
					return nil, nil, err
				}
				if note != "" {
					notes = append(notes, note)
				}
			default: // prop
				if err := r.skip(); err != nil {
					return nil, nil, err
				}
			}
		case xml.EndElement:
			return vs, notes, nil
		}
	}
}

func (r *xmlReader) tmxVariant(v *tmxVariant, preserve bool) error {
	for {
		tok, err := r.next()
		if err != nil {
			return unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "seg":
				b, tags, err := r.segmentText(tmxInline, preserveSpace(t, preserve))
				if err != nil {
					return err
				}
				v.seg, v.tags = b, tags
			case "note":
				note, err := r.text()
				if err != nil {
					return err
				}
				if note != "" {
					v.notes = append(v.notes, note)
				}
			default:
				if err := r.skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			v.end = r.end
			return nil
		}
	}
}

// pickTMXPair makes a unit of the source and target variants; it returns the
// target's language too. A unit with no source variant gives nil.
func pickTMXPair(vs []tmxVariant, sourceLang, lang string) (*textdoc.Unit, string, error) {
	si := -1
	for i, v := range vs {
		if sourceLang != "" && v.lang == sourceLang {
			si = i
			break
		}
	}
	if si < 0 && sourceLang == "" && len(vs) == 2 {
		si = 0 // no source language anywhere: the first variant is the source
	}
	if si < 0 {
		return nil, "", nil
	}
	ti := -1
	others := 0
	for i, v := range vs {
		if i == si {
			continue
		}
		others++
		if lang != "" && v.lang == lang {
			if ti >= 0 {
				return nil, "", fmt.Errorf("translation unit has more than one variant in %s; only one can be checked", lang)
			}
			ti = i
		} else if lang == "" {
			ti = i
		}
	}
	if lang == "" && others > 1 {
		return nil, "", errors.New("translation unit in several target languages; give the target language (--lang)")
	}
	s := vs[si]
	u := &textdoc.Unit{Source: s.seg, SourceTags: s.tags, TargetAt: s.end, Notes: s.notes}
	if s.seg == nil {
		return nil, "", nil
	}
	tl := lang
	if ti >= 0 {
		t := vs[ti]
		u.Target, u.TargetTags, u.TargetAt = t.seg, t.tags, t.at
		u.Notes = append(u.Notes, t.notes...)
		if tl == "" {
			tl = t.lang
		}
	}
	return u, tl, nil
}
