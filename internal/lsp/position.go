package lsp

import (
	"sort"
	"sync"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// mapper converts between byte offsets into a document's text and LSP
// positions: 0-based lines, and characters counted in UTF-16 code units (the
// LSP default encoding), so a character outside the Basic Multilingual Plane
// (an emoji) counts 2. Lines end at "\n", "\r\n" or a lone "\r", as the LSP
// specification and checker.LineIndex have it. A mapper is built once per
// version of a text and is not changed after.
type mapper struct {
	content []byte
	starts  []int // byte offset of each line's first byte

	// marks, built once on first use, hold every markStep bytes (at a
	// character start) the UTF-16 units of the text before it, so that a
	// position on a long line costs at most markStep bytes of decoding,
	// not the line's length.
	marksOnce sync.Once
	markAt    []int
	markUnits []int
}

// markStep is the distance in bytes between two marks.
const markStep = 256

func newMapper(content []byte) *mapper {
	return &mapper{content: content, starts: textdoc.NewLineIndex(content).Starts()}
}

// lineEnd returns the offset of line i's line break (or the end of the
// text): the last offset a position on line i may map to.
func (m *mapper) lineEnd(i int) int {
	if i+1 >= len(m.starts) {
		return len(m.content)
	}
	end := m.starts[i+1]
	if end > 0 && m.content[end-1] == '\n' {
		end--
	}
	if end > m.starts[i] && m.content[end-1] == '\r' {
		end--
	}
	return end
}

// position returns the LSP position of byte offset off. Offsets out of range
// are clamped; an offset inside a multi-byte character is taken as the start
// of that character, and one inside a "\r\n" as the end of its line.
func (m *mapper) position(off int) protocol.Position {
	off = max(0, min(off, len(m.content)))
	line := sort.Search(len(m.starts), func(i int) bool { return m.starts[i] > off }) - 1
	off = min(off, m.lineEnd(line))
	units := m.unitsBefore(off) - m.unitsBefore(m.starts[line])
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(units)}
}

// unitsBefore returns the UTF-16 units of the characters that end at or
// before off (a character off is inside of is not counted), from the text's
// start, decoding from the nearest mark.
func (m *mapper) unitsBefore(off int) int {
	m.marksOnce.Do(m.buildMarks)
	k := sort.Search(len(m.markAt), func(i int) bool { return m.markAt[i] > off }) - 1
	i, units := m.markAt[k], m.markUnits[k]
	for i < off {
		r, n := utf8.DecodeRune(m.content[i:])
		if i+n > off {
			break // off is inside this character
		}
		units += utf16Len(r)
		i += n
	}
	return units
}

func (m *mapper) buildMarks() {
	m.markAt, m.markUnits = []int{0}, []int{0}
	units := 0
	for i := 0; i < len(m.content); {
		if i >= m.markAt[len(m.markAt)-1]+markStep {
			m.markAt = append(m.markAt, i)
			m.markUnits = append(m.markUnits, units)
		}
		r, n := utf8.DecodeRune(m.content[i:])
		units += utf16Len(r)
		i += n
	}
}

// offset returns the byte offset of LSP position p. As the specification
// asks, a character past the end of its line means the end of the line, and a
// line past the end of the text means the end of the text. A character that
// falls between the two halves of a surrogate pair is taken as the start of
// that character.
func (m *mapper) offset(p protocol.Position) int {
	line := int(p.Line)
	if line >= len(m.starts) {
		return len(m.content)
	}
	end := m.lineEnd(line)
	want := int(p.Character)
	i, units := m.starts[line], 0
	for i < end {
		r, n := utf8.DecodeRune(m.content[i:])
		if units+utf16Len(r) > want {
			break
		}
		units += utf16Len(r)
		i += n
	}
	return i
}

// rangeOf returns the LSP range of the byte offsets [start, end).
func (m *mapper) rangeOf(start, end int) protocol.Range {
	return protocol.Range{Start: m.position(start), End: m.position(end)}
}

// utf16Len returns the number of UTF-16 code units of r. Invalid bytes,
// decoded as U+FFFD, count 1, as an editor shows one replacement character.
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
