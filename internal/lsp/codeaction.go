package lsp

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// codeAction offers, for each finding in the requested range, its safe fix
// (when the rule has one) and, in Markdown and HTML, a comment that disables
// the rule for the finding's line.
func (s *Server) codeAction(_ *glsp.Context, p *protocol.CodeActionParams) (any, error) {
	actions := []protocol.CodeAction{}
	if !wantsQuickFix(p.Context.Only) {
		return actions, nil
	}
	res := s.current(p.TextDocument.URI)
	if res == nil || res.doc == nil {
		return actions, nil
	}
	uri := p.TextDocument.URI
	start, end := res.m.offset(p.Range.Start), res.m.offset(p.Range.End)
	kind := protocol.CodeActionKindQuickFix
	disabled := map[string]bool{} // rule and line, offered once
	for i, f := range res.findings {
		if f.TextOffset > end || f.TextEndOffset < start {
			continue
		}
		diag := res.diagnostics[i]
		if len(f.Fix) > 0 {
			edits := make([]protocol.TextEdit, 0, len(f.Fix))
			for _, e := range f.Fix {
				edits = append(edits, protocol.TextEdit{Range: res.m.rangeOf(e.Offset, e.EndOffset), NewText: e.NewText})
			}
			actions = append(actions, protocol.CodeAction{
				Title:       fixTitle(res.text, f),
				Kind:        &kind,
				Diagnostics: []protocol.Diagnostic{diag},
				IsPreferred: ptr(true),
				Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{uri: edits}},
			})
		}
		edit, ok := disableEdit(res, f)
		key := fmt.Sprintf("%s@%d", f.Rule, edit.Range.Start.Line)
		if !ok || disabled[key] {
			continue
		}
		disabled[key] = true
		actions = append(actions, protocol.CodeAction{
			Title:       fmt.Sprintf("Disable %s for this line", f.Rule),
			Kind:        &kind,
			Diagnostics: []protocol.Diagnostic{diag},
			Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{uri: {edit}}},
		})
	}
	return actions, nil
}

// wantsQuickFix reports whether a request's "only" filter admits quick
// fixes.
func wantsQuickFix(only []protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == protocol.CodeActionKindQuickFix || k == protocol.CodeActionKindEmpty {
			return true
		}
	}
	return false
}

// fixTitle names a fix by what it does to the text.
func fixTitle(text []byte, f checker.Finding) string {
	if len(f.Fix) == 1 {
		e := f.Fix[0]
		old := quote(text[e.Offset:e.EndOffset])
		switch {
		case e.NewText == "":
			return fmt.Sprintf("Remove %s (%s)", old, f.Rule)
		case e.Offset == e.EndOffset:
			return fmt.Sprintf("Insert %s (%s)", quote([]byte(e.NewText)), f.Rule)
		}
		return fmt.Sprintf("Replace %s with %s (%s)", old, quote([]byte(e.NewText)), f.Rule)
	}
	return fmt.Sprintf("Fix %s", f.Rule)
}

// quote shows a short piece of text on one line, shortened when long. White
// space alone is named ("two spaces", "one space"): quoted, it would read as
// nothing in an editor's menu.
func quote(b []byte) string {
	if len(b) > 0 && len(bytes.TrimSpace(b)) == 0 {
		return report.DescribeSpace(string(b))
	}
	s := strings.TrimSpace(oneLine(string(b)))
	if utf8.RuneCountInString(s) > 40 {
		r := []rune(s)
		s = string(r[:37]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// disableEdit returns the edit that puts a disable-next-line comment for the
// finding's rule on a line of its own above the finding's line, indented like
// it. Only Markdown and HTML have comments. In Markdown the finding's line
// must start its block: a comment line inside a paragraph would split it in
// two. In HTML the line must not start inside a tag.
func disableEdit(res *result, f checker.Finding) (protocol.TextEdit, bool) {
	doc := res.doc
	if doc.Format != textdoc.FormatMarkdown && doc.Format != textdoc.FormatHTML {
		return protocol.TextEdit{}, false
	}
	pos := res.m.position(f.TextOffset)
	lineStart := res.m.starts[pos.Line]
	text := res.text
	switch doc.Format {
	case textdoc.FormatMarkdown:
		b := blockAt(doc, f.TextOffset)
		if b == nil || res.m.position(b.Start()).Line != pos.Line {
			return protocol.TextEdit{}, false
		}
	case textdoc.FormatHTML:
		if bytes.LastIndexByte(text[:lineStart], '<') > bytes.LastIndexByte(text[:lineStart], '>') {
			return protocol.TextEdit{}, false
		}
	}
	indent := lineStart
	for indent < len(text) && (text[indent] == ' ' || text[indent] == '\t') {
		indent++
	}
	comment := string(text[lineStart:indent]) + "<!-- mtlint-disable-next-line " + f.Rule + " -->" + lineBreakOf(res.m, int(pos.Line))
	at := res.m.position(lineStart)
	return protocol.TextEdit{Range: protocol.Range{Start: at, End: at}, NewText: comment}, true
}

// blockAt returns the block whose text in the file holds offset off.
func blockAt(doc *textdoc.Document, off int) *textdoc.Block {
	for _, b := range doc.Blocks {
		if b.Start() <= off && off <= b.End() {
			return b
		}
	}
	return nil
}

// lineBreakOf returns the line break that ends line i, or the text's first
// line break when line i is the last and has none, so that an inserted line
// keeps the file's line endings.
func lineBreakOf(m *mapper, i int) string {
	if i+1 < len(m.starts) {
		return string(m.content[m.lineEnd(i):m.starts[i+1]])
	}
	if len(m.starts) > 1 {
		return string(m.content[m.lineEnd(0):m.starts[1]])
	}
	return "\n"
}
