package textdoc

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// UnsafeRune reports the characters that must not reach a terminal or a
// line-based format as they are: C0 and C1 controls (ESC starts colour and
// cursor sequences, a line end forges a line of output), DEL, and the bidi
// controls that reorder what is shown.
func UnsafeRune(r rune) bool {
	switch {
	case r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// DisplayPath returns a file name as it is safe to print on a terminal or in
// a line-based format: as it is, or quoted in Go syntax when it holds a
// character unsafeRune reports or is not UTF-8, so that a hostile name can
// neither colour the terminal nor forge a line of output.
func DisplayPath(p string) string {
	if utf8.ValidString(p) && strings.IndexFunc(p, UnsafeRune) < 0 {
		return p
	}
	return strconv.Quote(p)
}
