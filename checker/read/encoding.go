package read

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"golang.org/x/text/encoding/charmap"
)

// Input encodings. Rules and parsers see UTF-8 only. A UTF-16 file
// (with a byte order mark) or a file that is certainly Windows-1252 is
// decoded to UTF-8 first; Document.Content then holds the decoded text and an
// offsetMap converts the offsets of findings back to byte offsets into the
// file as read (lines and columns are the same in both, as the decoding keeps
// every code point and line break). Invalid UTF-8 that is not certainly
// Windows-1252 is refused with the first bad byte's position, so no finding is
// ever reported at a position guessed from a wrong decoding.

// ErrControl is returned for input that is mostly control characters.
var ErrControl = errors.New("binary file (it is mostly control characters), not text")

// DecodeInput returns content as UTF-8. For UTF-8 input it returns content
// itself, a nil map and encoding "". Otherwise it returns the decoded text,
// the map back to content and the encoding's name, or an error that says why
// the file is not checked.
func DecodeInput(content []byte) (decoded []byte, m *textdoc.OffsetMap, encoding string, err error) {
	switch {
	case bytes.HasPrefix(content, []byte{0xff, 0xfe}):
		d, m := decodeUTF16(content, false)
		return d, m, "UTF-16LE", nil
	case bytes.HasPrefix(content, []byte{0xfe, 0xff}):
		d, m := decodeUTF16(content, true)
		return d, m, "UTF-16BE", nil
	}
	if bytes.IndexByte(content, 0) >= 0 {
		return nil, nil, "", ErrBinary
	}
	if mostlyControl(content) {
		return nil, nil, "", ErrControl
	}
	if utf8.Valid(content) {
		return content, nil, "", nil
	}
	if certainlyWindows1252(content) {
		d, m := decodeWindows1252(content)
		return d, m, "Windows-1252", nil
	}
	return nil, nil, "", notUTF8Error(content)
}

// decodeUTF16 decodes UTF-16 after its 2-byte byte order mark. Unpaired
// surrogates and an odd last byte become U+FFFD, so no byte goes unmapped.
func decodeUTF16(content []byte, bigEndian bool) ([]byte, *textdoc.OffsetMap) {
	m := &textdoc.OffsetMap{OrigEnd: 2}
	out := make([]byte, 0, len(content)/2*3/2+4)
	unit := func(i int) rune {
		if bigEndian {
			return rune(content[i])<<8 | rune(content[i+1])
		}
		return rune(content[i+1])<<8 | rune(content[i])
	}
	i := 2
	for i+1 < len(content) {
		r, n := unit(i), 2
		if utf16.IsSurrogate(r) {
			if r < 0xdc00 && i+3 < len(content) {
				if r2 := unit(i + 2); r2 >= 0xdc00 && r2 <= 0xdfff {
					r, n = utf16.DecodeRune(r, r2), 4
				} else {
					r = utf8.RuneError
				}
			} else {
				r = utf8.RuneError
			}
		}
		before := len(out)
		out = utf8.AppendRune(out, r)
		m.Add(len(out)-before, n)
		i += n
	}
	if i < len(content) {
		out = utf8.AppendRune(out, utf8.RuneError)
		m.Add(3, 1)
	}
	return out, m
}

// decodeWindows1252 decodes a single-byte Windows-1252 file.
func decodeWindows1252(content []byte) ([]byte, *textdoc.OffsetMap) {
	m := &textdoc.OffsetMap{}
	out := make([]byte, 0, len(content)+len(content)/8)
	for _, c := range content {
		before := len(out)
		if c < 0x80 {
			out = append(out, c)
		} else {
			out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(c))
		}
		m.Add(len(out)-before, 1)
	}
	return out, m
}

// mostlyControl reports whether more than a tenth of the first 8 KB are
// control bytes other than tab, line breaks, form feed and escape: a binary
// file without NUL bytes.
func mostlyControl(content []byte) bool {
	head := content[:min(len(content), 8192)]
	n := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
			n++
		}
	}
	return len(head) > 0 && n*10 > len(head)
}

// certainlyWindows1252 reports whether invalid UTF-8 is, beyond reasonable
// doubt, a Latin-script text in Windows-1252 (or Latin-1): it holds no valid
// multi-byte UTF-8 sequence (a file mixing both is damaged, not re-encoded),
// every byte above 0x7F is a letter or common punctuation of Windows-1252
// (C1 controls and the unused bytes rule it out), and every such letter
// touches another letter, as accented letters inside words do.
func certainlyWindows1252(content []byte) bool {
	for i := 0; i < len(content); {
		c := content[i]
		if c < 0x80 {
			i++
			continue
		}
		if r, n := utf8.DecodeRune(content[i:]); r != utf8.RuneError && n > 1 {
			return false // valid UTF-8 inside: mixed, not certain
		}
		switch {
		case isLatin1Letter(c):
			prev, next := byte(' '), byte(' ')
			if i > 0 {
				prev = content[i-1]
			}
			if i+1 < len(content) {
				next = content[i+1]
			}
			if !isLatinLetterByte(prev) && !isLatinLetterByte(next) {
				return false
			}
		case bytes.IndexByte(cp1252Punctuation, c) >= 0:
		default:
			return false
		}
		i++
	}
	return true
}

// cp1252Punctuation are the Windows-1252 bytes above 0x7F, other than
// letters, that ordinary prose holds: € … ‘ ’ “ ” • – — no-break space « » ° § ©.
var cp1252Punctuation = []byte{0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xa0, 0xab, 0xbb, 0xb0, 0xa7, 0xa9}

func isLatin1Letter(c byte) bool { return c >= 0xc0 && c != 0xd7 && c != 0xf7 }

func isLatinLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isLatin1Letter(c)
}

// notUTF8Error names the first byte that is not UTF-8 and where it is.
func notUTF8Error(content []byte) error {
	i := 0
	for i < len(content) {
		r, n := utf8.DecodeRune(content[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	line, col := textdoc.NewLineIndex(content[:i]).Position(i)
	return fmt.Errorf("not UTF-8: byte 0x%02X at line %d, column %d, and not certainly Windows-1252; convert the file to UTF-8", content[i], line, col)
}
