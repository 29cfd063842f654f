package checker

import (
	"sort"
	"unicode/utf8"
)

// LineIndex converts byte offsets into 1-based lines and columns, columns
// counted in Unicode code points (a UTF-8 byte order mark takes no column).
// A line ends at "\n", "\r\n" or a lone "\r".
type LineIndex struct {
	content []byte
	starts  []int // byte offset of each line's first byte
}

// NewLineIndex indexes the line starts of content once.
func NewLineIndex(content []byte) *LineIndex {
	starts := []int{0}
	for i := 0; i < len(content); i++ {
		switch content[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(content) && content[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return &LineIndex{content: content, starts: starts}
}

// Position returns the 1-based line and column of byte offset off. Offsets
// out of range are clamped; an offset inside a multi-byte character counts as
// that character.
func (x *LineIndex) Position(off int) (line, col int) {
	off = max(0, min(off, len(x.content)))
	i := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	start := x.starts[i]
	if i == 0 && off >= 3 && bomLen(x.content) == 3 {
		start = 3 // issue 6: editors do not count a UTF-8 byte order mark as a column
	}
	return i + 1, utf8.RuneCount(x.content[start:off]) + 1
}

// Line returns the text of 1-based line n without its line ending.
func (x *LineIndex) Line(n int) string {
	if n < 1 || n > len(x.starts) {
		return ""
	}
	start := x.starts[n-1]
	end := len(x.content)
	if n < len(x.starts) {
		end = x.starts[n]
	}
	for end > start && (x.content[end-1] == '\n' || x.content[end-1] == '\r') {
		end--
	}
	return string(x.content[start:end])
}

// LineStart returns the byte offset where 1-based line n starts.
func (x *LineIndex) LineStart(n int) int {
	if n < 1 || n > len(x.starts) {
		return len(x.content)
	}
	return x.starts[n-1]
}
