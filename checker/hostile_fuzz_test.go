package checker

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// Fuzz targets for the offset mapping, decoding, segmentation and
// the jsonl stream. FuzzParse (document_test.go) covers the input formats and
// rules.FuzzEngine the engine end to end.

// FuzzLineIndex compares LineIndex.Position with a plain reference: the line
// counts line breaks before the offset, the column the code points since the
// last one.
func FuzzLineIndex(f *testing.F) {
	f.Add([]byte("a\r\nb\rc\nd"), 5)
	f.Add([]byte("\xef\xbb\xbfé\xffx\r\r\n"), 6)
	f.Add(bytes.Repeat([]byte("é a\xe9 "), 3000), 14000)
	f.Fuzz(func(t *testing.T, content []byte, off int) {
		orig := string(content)
		x := textdoc.NewLineIndex(content)
		off = max(0, min(off, len(content)))
		line, col := x.Position(off)
		wantLine, start := 1, 0
		for i := 0; i < off; i++ {
			if content[i] == '\n' || content[i] == '\r' && (i+1 >= len(content) || content[i+1] != '\n') {
				wantLine, start = wantLine+1, i+1
			}
		}
		if start == 0 && off >= 3 && bytes.HasPrefix(content, []byte("\xef\xbb\xbf")) {
			start = 3
		}
		// A CR of a CRLF right at off: the line is the CR's.
		wantCol := utf8.RuneCount(content[start:off]) + 1
		if line != wantLine || col != wantCol {
			t.Fatalf("Position(%d) = %d:%d, want %d:%d", off, line, col, wantLine, wantCol)
		}
		if string(content) != orig {
			t.Fatal("input changed")
		}
	})
}

// FuzzDecode checks decodeInput: decoded text is valid UTF-8, and every
// decoded offset maps into the file, in order.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("\xff\xfeH\x00i\x00\n\x00=\xd8\x00\xde"))
	f.Add([]byte("\xfe\xff\x00H\xd8\x00\x00"))
	f.Add([]byte("Caf\xe9 cr\xe8me \x93x\x94\n"))
	f.Add([]byte("ab\xe9 \xff"))
	f.Fuzz(func(t *testing.T, content []byte) {
		orig := string(content)
		dec, m, _, err := read.DecodeInput(content)
		if string(content) != orig {
			t.Fatal("input changed")
		}
		if err != nil {
			return
		}
		if !utf8.Valid(dec) {
			t.Fatalf("decoded text is not UTF-8: %q", dec)
		}
		if m == nil {
			return
		}
		prev := 0
		for i := 0; i <= len(dec); i++ {
			o := m.Orig(i)
			if o < prev || o > len(content) {
				t.Fatalf("Orig(%d) = %d after %d, file of %d bytes", i, o, prev, len(content))
			}
			prev = o
			if i < len(dec) && utf8.RuneStart(dec[i]) {
				if d := m.Dec(o); d != i {
					t.Fatalf("Dec(Orig(%d)) = %d", i, d)
				}
			}
		}
		if m.Orig(len(dec)) != len(content) {
			t.Fatalf("end maps to %d, not %d", m.Orig(len(dec)), len(content))
		}
	})
}

// FuzzSegment checks that words and sentences are ordered spans of the
// text on code-point boundaries.
func FuzzSegment(f *testing.F) {
	f.Add("Dr. Smith arrived. He left at 7.30 p.m.! \"Why?\" she asked…", "en")
	f.Add("Er kam am 3. Mai. Dann ging er.", "de")
	f.Add("\xff a.b\u00a0c  ?", "fr")
	f.Fuzz(func(t *testing.T, text, lang string) {
		b := &textdoc.Block{Text: text}
		textdoc.Segment(b, lang)
		for _, spans := range [][]textdoc.Span{b.Words, b.Sentences} {
			end := 0
			for _, s := range spans {
				if s.Start < end || s.End < s.Start || s.End > len(text) {
					t.Fatalf("span %v out of order or bounds (text %d bytes)", s, len(text))
				}
				end = s.End
				if utf8.ValidString(text) && (s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
					t.Fatalf("span %v splits a code point", s)
				}
			}
		}
	})
}
