package lsp

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

func pos(line, char int) protocol.Position {
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(char)}
}

func TestMapperPosition(t *testing.T) {
	// "😀" is 4 bytes and 2 UTF-16 units; "漢" and "字" are 3 bytes and 1
	// unit each; "é" is 2 bytes and 1 unit.
	text := "a😀b\r\n漢字 é\rx\n\n😀😀"
	m := newMapper([]byte(text))
	tests := []struct {
		off  int
		want protocol.Position
	}{
		{0, pos(0, 0)},
		{1, pos(0, 1)},  // before 😀
		{5, pos(0, 3)},  // after 😀: 1 + 2 units
		{6, pos(0, 4)},  // end of line 0, before \r\n
		{7, pos(0, 4)},  // between \r and \n: end of the line
		{8, pos(1, 0)},  // 漢
		{11, pos(1, 1)}, // 字
		{14, pos(1, 2)}, // space
		{15, pos(1, 3)}, // é
		{17, pos(1, 4)}, // lone \r ends line 1
		{18, pos(2, 0)}, // x
		{20, pos(3, 0)}, // the empty line
		{21, pos(4, 0)},
		{25, pos(4, 2)},
		{29, pos(4, 4)}, // end of text
		{99, pos(4, 4)}, // clamped
		{-1, pos(0, 0)}, // clamped
		{2, pos(0, 1)},  // inside 😀: its start
		{9, pos(1, 0)},  // inside 漢
		{16, pos(1, 3)}, // inside é
		{23, pos(4, 0)}, // inside the first 😀 of line 4
		{26, pos(4, 2)}, // inside the second
		{len(text), pos(4, 4)},
	}
	for _, tt := range tests {
		if got := m.position(tt.off); got != tt.want {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, got.Line, got.Character, tt.want.Line, tt.want.Character)
		}
	}
}

func TestMapperOffset(t *testing.T) {
	text := "a😀b\r\n漢字 é\rx\n\n😀😀"
	m := newMapper([]byte(text))
	tests := []struct {
		p    protocol.Position
		want int
	}{
		{pos(0, 0), 0},
		{pos(0, 1), 1},
		{pos(0, 2), 1}, // between the surrogates of 😀: its start
		{pos(0, 3), 5},
		{pos(0, 4), 6},
		{pos(0, 99), 6}, // past the line's end: the end, before \r\n
		{pos(1, 0), 8},
		{pos(1, 1), 11},
		{pos(1, 3), 15},
		{pos(1, 4), 17},
		{pos(1, 5), 17}, // a lone \r ends the line
		{pos(2, 0), 18},
		{pos(3, 0), 20},
		{pos(3, 5), 20},
		{pos(4, 2), 25},
		{pos(4, 3), 25},
		{pos(4, 4), 29},
		{pos(5, 0), 29}, // past the last line: the end of the text
		{pos(99, 9), 29},
	}
	for _, tt := range tests {
		if got := m.offset(tt.p); got != tt.want {
			t.Errorf("offset(%d:%d) = %d, want %d", tt.p.Line, tt.p.Character, got, tt.want)
		}
	}
}

// TestMapperRoundTrip checks that every character boundary maps to a
// position and back to itself.
func TestMapperRoundTrip(t *testing.T) {
	for _, text := range []string{
		"", "\n", "\r\n\r\n", "\r\r", "Dhe 😀 ferry\r\n漢字かな𠀋\rend", "👩‍👩‍👧 family\n\U0001F1E9\U0001F1EA flag",
	} {
		m := newMapper([]byte(text))
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) {
				continue
			}
			if off > 0 && text[off-1] == '\r' && off < len(text) && text[off] == '\n' {
				continue // inside \r\n: no position of its own
			}
			if got := m.offset(m.position(off)); got != off {
				t.Errorf("%q: offset(position(%d)) = %d", text, off, got)
			}
		}
	}
}

func TestApplyChanges(t *testing.T) {
	change := func(sl, sc, el, ec int, text string) any {
		return protocol.TextDocumentContentChangeEvent{Range: &protocol.Range{Start: pos(sl, sc), End: pos(el, ec)}, Text: text}
	}
	tests := []struct {
		name    string
		text    string
		changes []any
		want    string
	}{
		{"replace after an emoji", "😀 Dhe ferry\n", []any{change(0, 3, 0, 6, "The")}, "😀 The ferry\n"},
		{"insert into CJK", "漢字\r\nb", []any{change(0, 1, 0, 1, "😀")}, "漢😀字\r\nb"},
		{"delete across lines", "one\r\ntwo\nthree", []any{change(0, 3, 2, 0, " ")}, "one three"},
		{"in order, each on the last's result", "abc", []any{change(0, 0, 0, 1, "😀"), change(0, 2, 0, 3, "B")}, "😀Bc"},
		{"whole text", "old", []any{protocol.TextDocumentContentChangeEventWhole{Text: "new"}}, "new"},
		{"append at the end", "a\n", []any{change(1, 0, 1, 0, "b")}, "a\nb"},
	}
	for _, tt := range tests {
		got, err := applyChanges([]byte(tt.text), tt.changes)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	if _, err := applyChanges([]byte("abc"), []any{change(0, 2, 0, 1, "")}); err == nil {
		t.Error("a range that ends before it starts: no error")
	}
}

// FuzzMapper checks that any position maps to an offset in range and on a
// character boundary, and that character boundaries survive a round trip.
func FuzzMapper(f *testing.F) {
	for _, s := range []string{"", "a\r\nb", "😀漢\r\r\n", "x\xffy", "\U0010FFFF\n\u00e9"} {
		f.Add(s, uint16(0), uint16(1))
	}
	f.Fuzz(func(t *testing.T, text string, line, char uint16) {
		// Character boundaries as the mapper decodes: an invalid byte is a
		// character of its own (text from a client is valid UTF-8 anyway).
		boundary := map[int]bool{len(text): true}
		for i := 0; i < len(text); {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		m := newMapper([]byte(text))
		off := m.offset(pos(int(line%8), int(char)))
		if !boundary[off] {
			t.Fatalf("offset(%d:%d) = %d: out of range or inside a character of %q", line%8, char, off, text)
		}
		p := m.position(off)
		if back := m.offset(p); back != off {
			t.Fatalf("%q: offset(position(%d)) = %d", text, off, back)
		}
		// Any offset, on a boundary or not, maps as decoding its line from
		// the start does.
		for _, o := range []int{int(char) % (len(text) + 1), off, len(text) - int(line)%max(1, len(text))} {
			if got, want := m.position(o), positionByScan(m, o); got != want {
				t.Fatalf("%q: position(%d) = %v, scanning the line gives %v", text, o, got, want)
			}
		}
		// The same on a text long enough for the marks.
		long := strings.Repeat(text, 1+2000/max(1, len(text)))
		lm := newMapper([]byte(long))
		for _, o := range []int{int(char) * 7 % (len(long) + 1), len(long) - int(char)%max(1, len(long)), len(long) / 2} {
			if got, want := lm.position(o), positionByScan(lm, o); got != want {
				t.Fatalf("%q x %d: position(%d) = %v, scanning the line gives %v", text, len(long)/max(1, len(text)), o, got, want)
			}
		}
	})
}

// positionByScan is the plain definition of mapper.position: decode the
// offset's line from its start.
func positionByScan(m *mapper, off int) protocol.Position {
	off = max(0, min(off, len(m.content)))
	line := sort.Search(len(m.starts), func(i int) bool { return m.starts[i] > off }) - 1
	off = min(off, m.lineEnd(line))
	var units int
	for i := m.starts[line]; i < off; {
		r, n := utf8.DecodeRune(m.content[i:])
		if i+n > off {
			break
		}
		units += utf16Len(r)
		i += n
	}
	return protocol.Position{Line: protocol.UInteger(line), Character: protocol.UInteger(units)}
}
