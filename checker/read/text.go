package read

import (
	"bytes"
	"unicode/utf8"
	"unsafe"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// parseText splits plain text into paragraphs. Blank lines separate groups of
// lines; a group is one paragraph when it looks hard-wrapped (every line but
// the last fills most of the width), and otherwise each line is a paragraph
// of its own, as in exported articles and MT output where a lone "." or a
// credit line sits right under a paragraph. Block text is the file's own
// bytes, so offsets map one to one.
func parseText(content []byte) []*textdoc.Block {
	var blocks []*textdoc.Block
	var group []textLine
	// The blocks' texts are the file's own bytes, shared rather than copied:
	// a large file is in memory once. The document's Content is read-only.
	text := unsafe.String(unsafe.SliceData(content), len(content))
	emit := func(from, to int) {
		if b := textdoc.TextBlock(textdoc.Paragraph, text[from:to], from); b != nil {
			blocks = append(blocks, b)
		}
	}
	flush := func() {
		if len(group) == 0 {
			return
		}
		if hardWrapped(content, group) {
			emit(group[0].start, group[len(group)-1].end)
		} else {
			for _, l := range group {
				emit(l.start, l.end)
			}
		}
		group = group[:0]
	}
	for i := textdoc.BomLen(content); i < len(content); {
		j := i
		for j < len(content) && content[j] != '\n' && content[j] != '\r' {
			j++
		}
		if len(bytes.TrimSpace(content[i:j])) == 0 {
			flush()
		} else {
			group = append(group, textLine{i, j})
		}
		switch {
		case j+1 < len(content) && content[j] == '\r' && content[j+1] == '\n':
			i = j + 2
		case j < len(content):
			i = j + 1
		default:
			i = j
		}
	}
	flush()
	return blocks
}

// textLine is a line's byte range, without its line break.
type textLine struct{ start, end int }

// hardWrapped reports whether a group of lines is one paragraph wrapped at a
// fixed width: the longest line has 40 to 120 characters, each but the last at least
// 60% as long as the longest.
func hardWrapped(content []byte, group []textLine) bool {
	if len(group) < 2 {
		return true
	}
	longest := 0
	lens := make([]int, len(group))
	for i, l := range group {
		lens[i] = utf8.RuneCount(bytes.TrimSpace(content[l.start:l.end]))
		longest = max(longest, lens[i])
	}
	if longest > 120 || longest < 40 {
		return false
	}
	for _, n := range lens[:len(lens)-1] {
		if n*10 < longest*6 {
			return false
		}
	}
	return true
}
