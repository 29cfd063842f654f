package checker

import (
	"bytes"
	"sort"
	"strings"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// Edit replaces the bytes [Offset, EndOffset) of a file with NewText; an
// empty NewText deletes them. Offsets are bytes into the file as read, like a
// finding's.
type Edit struct {
	Offset, EndOffset int
	NewText           string
}

// TextEdit is an edit a rule proposes in a block's own text, made with
// Replace or RemoveLines; the pass maps it to the file.
type TextEdit struct {
	span    textdoc.Span
	newText string
	lines   bool
}

// Replace returns an edit that replaces span s of a block's text with text.
// It is offered only where the file holds exactly the block's text over s
// (no markup, entity or line break inside): a fix never touches markup or
// line endings.
func Replace(s textdoc.Span, text string) TextEdit { return TextEdit{span: s, newText: text} }

// RemoveLines returns an edit that deletes the lines of the file holding span
// s of a block's text, with their line breaks, and a blank line next to them
// so that paragraphs stay one blank line apart. It is offered only where
// those lines hold nothing but the span and white space: in plain text, and
// for a whole Markdown paragraph that starts at the line's start, or a whole
// HTML paragraph written as one line "<p>...</p>". Other HTML is left alone:
// removing a line there could leave tags unbalanced.
func RemoveLines(s textdoc.Span) TextEdit { return TextEdit{span: s, lines: true} }

// ReportFix records a finding like Report, with a safe fix: edits that repair
// the text when applied together. A fix that cannot be mapped safely to the
// file (see Replace and RemoveLines) is dropped and the finding is reported
// without one.
func (p *Pass) ReportFix(b *textdoc.Block, s textdoc.Span, message, suggestion string, edits ...TextEdit) {
	before := p.cut
	p.Report(b, s, message, suggestion)
	if len(edits) == 0 || p.cut > before {
		return
	}
	fix := make([]Edit, 0, len(edits))
	for _, te := range edits {
		var e Edit
		var ok bool
		if te.lines {
			e, ok = p.lineRemoval(b, te.span)
		} else {
			e, ok = p.replacement(b, te.span, te.newText)
		}
		if !ok {
			return
		}
		fix = append(fix, e)
	}
	p.findings[len(p.findings)-1].Fix = fix
}

// verbatim returns the file range of span s of block b when the file holds
// exactly the block's text there.
func (p *Pass) verbatim(b *textdoc.Block, s textdoc.Span) (start, end int, ok bool) {
	if s.Start < 0 || s.End > len(b.Text) || s.Start > s.End {
		return 0, 0, false
	}
	start, end = b.Raw(s.Start), b.RawEnd(s.End)
	if end < start || end > len(p.Doc.Content) || string(p.Doc.Content[start:end]) != b.Text[s.Start:s.End] {
		return 0, 0, false
	}
	return start, end, true
}

// replacement maps an in-line replacement to the file.
func (p *Pass) replacement(b *textdoc.Block, s textdoc.Span, text string) (Edit, bool) {
	start, end, ok := p.verbatim(b, s)
	if !ok || bytes.ContainsAny(p.Doc.Content[start:end], "\r\n") || strings.ContainsAny(text, "\r\n") {
		return Edit{}, false
	}
	if p.Doc.Format == textdoc.FormatHTML && strings.ContainsAny(text, "<>&") {
		return Edit{}, false
	}
	if p.Doc.Format == textdoc.FormatMarkdown && strings.ContainsAny(text, "*_`[]<>\\#|~") {
		return Edit{}, false
	}
	return Edit{Offset: start, EndOffset: end, NewText: text}, true
}

// lineRemoval maps the removal of the lines holding span s of block b.
func (p *Pass) lineRemoval(b *textdoc.Block, s textdoc.Span) (Edit, bool) {
	whole := s.Start == 0 && s.End == len(b.Text)
	switch p.Doc.Format {
	case textdoc.FormatHTML:
		if b.Kind != textdoc.Paragraph || !whole {
			return Edit{}, false
		}
	case textdoc.FormatMarkdown:
		// A whole paragraph only: a heading, list item or quote has markup
		// on its line that would be left behind, and the line after a
		// removed first line could start a list or a heading.
		if b.Kind != textdoc.Paragraph || !whole {
			return Edit{}, false
		}
	}
	start, end, ok := p.verbatim(b, s)
	if !ok || start == end {
		return Edit{}, false
	}
	c := p.Doc.Content
	if p.Doc.Format == textdoc.FormatHTML {
		if start, end, ok = htmlParagraphLine(c, start, end); !ok {
			return Edit{}, false
		}
	}
	ls := start
	for ls > 0 && (c[ls-1] == ' ' || c[ls-1] == '\t') {
		ls--
	}
	if p.Doc.Format == textdoc.FormatMarkdown && ls != start {
		// Indentation means something in Markdown (a code block, a list
		// item's paragraph): leave it alone.
		return Edit{}, false
	}
	if ls > textdoc.BomLen(c) && c[ls-1] != '\n' && c[ls-1] != '\r' {
		return Edit{}, false
	}
	le := end
	for le < len(c) && (c[le] == ' ' || c[le] == '\t') {
		le++
	}
	if le < len(c) {
		n := lineBreakLen(c, le)
		if n == 0 {
			return Edit{}, false
		}
		le += n
	}
	ls, le = withBlankLine(c, ls, le)
	return Edit{Offset: ls, EndOffset: le}, true
}

// htmlParagraphLine widens the text [start, end) of an HTML paragraph to its
// <p> and </p> tags when they sit right around it, with nothing but white
// space around them, so that the whole element can go with its line.
func htmlParagraphLine(c []byte, start, end int) (int, int, bool) {
	open := bytes.LastIndexByte(c[:start], '<')
	if open < 0 || !isParagraphTag(c[open:start]) {
		return 0, 0, false
	}
	const closeTag = "</p>"
	if end+len(closeTag) > len(c) || !strings.EqualFold(string(c[end:end+len(closeTag)]), closeTag) {
		return 0, 0, false
	}
	return open, end + len(closeTag), true
}

// isParagraphTag reports whether tag is a <p> start tag, with or without
// attributes, ending where the paragraph's text begins.
func isParagraphTag(tag []byte) bool {
	if len(tag) < 3 || tag[len(tag)-1] != '>' || bytes.IndexByte(tag[1:], '<') >= 0 {
		return false
	}
	if tag[1] != 'p' && tag[1] != 'P' {
		return false
	}
	next := tag[2]
	return next == '>' || next == ' ' || next == '\t' || next == '\n'
}

// lineBreakLen returns the length of the line break at c[i]: 2 for "\r\n", 1
// for "\n" or a lone "\r", 0 when there is none.
func lineBreakLen(c []byte, i int) int {
	switch {
	case i+1 < len(c) && c[i] == '\r' && c[i+1] == '\n':
		return 2
	case i < len(c) && (c[i] == '\n' || c[i] == '\r'):
		return 1
	}
	return 0
}

// blankLineAt returns the end of the blank line (white space and a line break,
// or white space up to the end) starting at c[i], and whether there is one.
func blankLineAt(c []byte, i int) (int, bool) {
	j := i
	for j < len(c) && (c[j] == ' ' || c[j] == '\t') {
		j++
	}
	if j == len(c) {
		return j, j > i
	}
	n := lineBreakLen(c, j)
	return j + n, n > 0
}

// blankLineBefore returns the start of the blank line that ends at c[i] (i is
// a line start), and whether there is one.
func blankLineBefore(c []byte, i int) (int, bool) {
	if i == 0 {
		return 0, false
	}
	// Step back over the previous line's break.
	j := i - 1
	if c[j] == '\n' && j > 0 && c[j-1] == '\r' {
		j--
	} else if c[j] != '\n' && c[j] != '\r' {
		return 0, false
	}
	k := j
	for k > 0 && (c[k-1] == ' ' || c[k-1] == '\t') {
		k--
	}
	if k == 0 || c[k-1] == '\n' || c[k-1] == '\r' {
		return k, true
	}
	return 0, false
}

// withBlankLine widens the removal of whole lines [ls, le) by one blank line
// when the lines stand between blank lines (or a blank line and an end of the
// file), so that no doubled blank line is left where they were.
func withBlankLine(c []byte, ls, le int) (int, int) {
	prev, prevBlank := blankLineBefore(c, ls)
	if next, ok := blankLineAt(c, le); ok && le < len(c) && (prevBlank || ls == textdoc.BomLen(c)) {
		return ls, next
	}
	if le == len(c) && prevBlank {
		// The last lines of the file: the blank line before them goes too.
		return prev, le
	}
	return ls, le
}

// FixResult says what ApplyFixes did.
type FixResult struct {
	Applied int // fixes applied
	Skipped int // fixes left out because they overlap a fix applied before
}

// ApplyFixes returns content with the fixes of findings applied, in one pass.
// Fixes are taken in the findings' order (by offset, then rule); a fix whose
// edits overlap an edit already taken is skipped whole and counted, so the
// result does not depend on map order or timing. A fix identical to one
// already taken (two rules proposing the same repair) is not counted at all.
// Running the check again on the result finds what was skipped.
func ApplyFixes(content []byte, findings []Finding) ([]byte, FixResult) {
	var res FixResult
	var taken []Edit
	for _, f := range findings {
		if len(f.Fix) == 0 {
			continue
		}
		if !validFix(content, f.Fix) {
			res.Skipped++
			continue
		}
		if containsFix(taken, f.Fix) {
			continue
		}
		clash := false
		for _, e := range f.Fix {
			for _, t := range taken {
				if overlaps(e, t) || adjacentLineRemoval(content, e, t) {
					clash = true
					break
				}
			}
		}
		if clash {
			res.Skipped++
			continue
		}
		taken = append(taken, f.Fix...)
		res.Applied++
	}
	if len(taken) == 0 {
		return content, res
	}
	sort.Slice(taken, func(i, j int) bool { return taken[i].Offset < taken[j].Offset })
	var out bytes.Buffer
	out.Grow(len(content))
	last := 0
	for _, e := range taken {
		out.Write(content[last:e.Offset])
		out.WriteString(e.NewText)
		last = e.EndOffset
	}
	out.Write(content[last:])
	return out.Bytes(), res
}

// validFix reports whether a fix's edits lie inside content and apart from
// each other.
func validFix(content []byte, fix []Edit) bool {
	for i, e := range fix {
		if e.Offset < 0 || e.EndOffset < e.Offset || e.EndOffset > len(content) {
			return false
		}
		for _, o := range fix[:i] {
			if overlaps(e, o) {
				return false
			}
		}
	}
	return true
}

// overlaps reports whether two edits touch the same bytes, or insert at the
// same place (whose order would be a guess).
func overlaps(a, b Edit) bool {
	if a.Offset == b.Offset {
		return true
	}
	return a.Offset < b.EndOffset && b.Offset < a.EndOffset
}

// adjacentLineRemoval reports whether a and b touch and one of them removes
// a line break: two line removals side by side would each keep a blank line
// for the other, so the second waits for the next pass, which sees the text
// between them as it is then.
func adjacentLineRemoval(content []byte, a, b Edit) bool {
	if a.EndOffset != b.Offset && b.EndOffset != a.Offset {
		return false
	}
	removesBreak := func(e Edit) bool {
		return e.NewText == "" && bytes.ContainsAny(content[e.Offset:e.EndOffset], "\r\n")
	}
	return removesBreak(a) || removesBreak(b)
}

// containsFix reports whether every edit of fix is already among taken.
func containsFix(taken, fix []Edit) bool {
	for _, e := range fix {
		found := false
		for _, t := range taken {
			if t == e {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
