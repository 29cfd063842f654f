package textdoc

import (
	"bytes"
	"encoding/binary"
	"sort"
	"sync"
	"unicode/utf8"
)

// LineIndex converts byte offsets into 1-based lines and columns, columns
// counted in Unicode code points (a UTF-8 byte order mark takes no column).
// A line ends at "\n", "\r\n" or a lone "\r".
type LineIndex struct {
	content []byte
	starts  []int // byte offset of each line's first byte

	// counting code points from the line start for every finding
	// is quadratic on a long line (a 5 MB line took minutes); runes holds
	// code-point counts at checkpoints, built once when a line is long.
	longLine  bool
	runesOnce sync.Once
	runes     []runeCheckpoint
}

// runeCheckpoint is the number of code points before byte offset off, which
// is where a code point starts.
type runeCheckpoint struct{ off, n int }

// runeCheckpointStep is the bytes between checkpoints: each column costs
// counting at most this many bytes, however many findings a line holds.
const runeCheckpointStep = 256

// longLineBytes is the line length from which columns are counted from
// checkpoints rather than from the line's start.
const longLineBytes = 8192

// buildRunes records a checkpoint every runeCheckpointStep bytes.
func (x *LineIndex) buildRunes() {
	x.runes = []runeCheckpoint{{0, 0}}
	n, next := 0, runeCheckpointStep
	for i := 0; i < len(x.content); {
		if i >= next {
			x.runes = append(x.runes, runeCheckpoint{i, n})
			next = i + runeCheckpointStep
		}
		// ASCII up to the next checkpoint is a code point a byte.
		j, end := i, min(next, len(x.content))
		for j+8 <= end && binary.LittleEndian.Uint64(x.content[j:])&0x8080808080808080 == 0 {
			j += 8
		}
		for ; j < end && x.content[j] < utf8.RuneSelf; j++ {
		}
		if j > i {
			n += j - i
			i = j
			continue
		}
		_, size := utf8.DecodeRune(x.content[i:])
		i += size
		n++
	}
}

// runesBefore counts the code points of content[:off], off on a code point
// start as decoded from the file's start, or inside one (then the bytes of
// the cut sequence count one each, as utf8.RuneCount counts them).
func (x *LineIndex) runesBefore(off int) int {
	x.runesOnce.Do(x.buildRunes)
	i := sort.Search(len(x.runes), func(i int) bool { return x.runes[i].off > off }) - 1
	cp := x.runes[i]
	return cp.n + utf8.RuneCount(x.content[cp.off:off])
}

// NewLineIndex indexes the line starts of content once.
func NewLineIndex(content []byte) *LineIndex {
	starts := []int{0}
	if bytes.IndexByte(content, '\r') < 0 {
		// Only "\n" ends lines: found by the library's vector search.
		for i := 0; ; {
			j := bytes.IndexByte(content[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			starts = append(starts, i)
		}
		return newLineIndex(content, starts)
	}
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
	return newLineIndex(content, starts)
}

// newLineIndex returns the index of content with its line starts.
func newLineIndex(content []byte, starts []int) *LineIndex {
	long := false
	for i := 1; i <= len(starts) && !long; i++ {
		end := len(content)
		if i < len(starts) {
			end = starts[i]
		}
		long = end-starts[i-1] > longLineBytes
	}
	return &LineIndex{content: content, starts: starts, longLine: long}
}

// Position returns the 1-based line and column of byte offset off. Offsets
// out of range are clamped; an offset inside a multi-byte character counts as
// that character.
func (x *LineIndex) Position(off int) (line, col int) {
	off = max(0, min(off, len(x.content)))
	i := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	start := x.starts[i]
	if i == 0 && off >= 3 && BomLen(x.content) == 3 {
		start = 3 // editors do not count a UTF-8 byte order mark as a column
	}
	if x.longLine && off-start > longLineBytes {
		return i + 1, x.runesBefore(off) - x.runesBefore(start) + 1
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

// Starts returns the byte offset of each line's first byte, line 1 first.
// The slice is the index's own: callers must not change it.
func (x *LineIndex) Starts() []int { return x.starts }

// LineStart returns the byte offset where 1-based line n starts.
func (x *LineIndex) LineStart(n int) int {
	if n < 1 || n > len(x.starts) {
		return len(x.content)
	}
	return x.starts[n-1]
}

// LineBounds returns the byte range of 1-based line n without its line
// ending, without copying it.
func (x *LineIndex) LineBounds(n int) (start, end int) {
	if n < 1 || n > len(x.starts) {
		return len(x.content), len(x.content)
	}
	start, end = x.starts[n-1], len(x.content)
	if n < len(x.starts) {
		end = x.starts[n]
	}
	for end > start && (x.content[end-1] == '\n' || x.content[end-1] == '\r') {
		end--
	}
	return start, end
}

// LineOf returns the 1-based line that holds byte offset off.
func (x *LineIndex) LineOf(off int) int {
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off })
}
