package report

import (
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// contextBytes is how many bytes of a line the text format keeps on each
// side of a finding before markSpan cuts its window: enough for
// contextWidth columns of 4-byte characters.
const contextBytes = 4 * contextWidth

// contextLine returns the part of a finding's line the text format shows,
// and the finding's code-point columns in it. Lines are cut in bytes first,
// so that a 5 MB line costs no more than a short one for each finding.
func contextLine(doc *textdoc.Document, f checker.Finding) (line string, startCol, endCol int) {
	x := doc.Lines()
	lineStart, lineEnd := x.LineBounds(f.Line)
	if lineEnd-lineStart <= 4*contextBytes {
		full := x.Line(f.Line)
		startCol = f.Column - 1
		endCol = utf8.RuneCountInString(full)
		if f.EndLine == f.Line {
			endCol = f.EndColumn - 1
		}
		return full, startCol, endCol
	}
	from, off, end, to := lineWindow(doc, f, lineStart, lineEnd, contextBytes)
	c := doc.Content
	startCol = utf8.RuneCount(c[from:off])
	endCol = startCol + utf8.RuneCount(c[off:end])
	return string(c[from:to]), startCol, endCol
}

// lineWindow cuts the line [lineStart, lineEnd) of doc.Content that holds
// finding f to width bytes on each side of it: from and to on code-point
// starts, and the finding's own off and end in the decoded text, clamped to
// the line (end at most width past off). A long line then costs each finding
// a bounded amount of work.
func lineWindow(doc *textdoc.Document, f checker.Finding, lineStart, lineEnd, width int) (from, off, end, to int) {
	off, end = f.TextOffset, f.TextEndOffset
	off = max(lineStart, min(off, lineEnd))
	end = max(off, min(end, lineEnd, off+width))
	from = max(lineStart, off-width)
	to = min(lineEnd, end+width)
	for from > lineStart && !utf8.RuneStart(doc.Content[from]) {
		from--
	}
	for to < lineEnd && !utf8.RuneStart(doc.Content[to]) {
		to++
	}
	return from, off, end, to
}
