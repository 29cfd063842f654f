package checker

import "bytes"

// parseText splits plain text into paragraphs at blank lines. A file with no
// blank line at all but several lines is taken to hold one paragraph a line,
// as exported articles and MT output often do. Block text is the file's own
// bytes, so offsets map one to one.
func parseText(content []byte) []*Block {
	start := bomLen(content)
	type line struct{ start, end int } // end excludes the line break
	var lines []line
	for i := start; i < len(content); {
		j := i
		for j < len(content) && content[j] != '\n' && content[j] != '\r' {
			j++
		}
		lines = append(lines, line{i, j})
		switch {
		case j+1 < len(content) && content[j] == '\r' && content[j+1] == '\n':
			i = j + 2
		case j < len(content):
			i = j + 1
		default:
			i = j
		}
	}
	blank := func(l line) bool { return len(bytes.TrimSpace(content[l.start:l.end])) == 0 }
	hasBlank := false
	for _, l := range lines {
		if blank(l) {
			hasBlank = true
			break
		}
	}

	var blocks []*Block
	emit := func(from, to int) {
		var bb blockBuilder
		bb.add(string(content[from:to]), from, to-from)
		if b := bb.build(Paragraph); b != nil {
			blocks = append(blocks, b)
		}
	}
	if !hasBlank {
		for _, l := range lines {
			emit(l.start, l.end)
		}
		return blocks
	}
	paraStart := -1
	for i, l := range lines {
		if blank(l) {
			if paraStart >= 0 {
				emit(paraStart, lines[i-1].end)
				paraStart = -1
			}
			continue
		}
		if paraStart < 0 {
			paraStart = l.start
		}
	}
	if paraStart >= 0 {
		emit(paraStart, lines[len(lines)-1].end)
	}
	return blocks
}
