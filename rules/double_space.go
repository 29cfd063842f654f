package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// DoubleSpace finds two or more spaces between two words of a paragraph, the
// trace of a deleted word or of two texts joined by a crawler.
var DoubleSpace = &checker.Rule{
	ID:    "double-space",
	Title: "two or more spaces in a row between words",
	Doc: `Two spaces in a row inside a paragraph ("in May.  The ferry") are left behind when a
word or a caption is dropped, when two pieces of text are joined, or by old typing habits.
Readers rarely see them, but they break search, duplicate detection and line breaking,
so they are worth a look.

The rule reports a run of two or more spaces (U+0020, also mixed with no-break spaces)
between two characters that are not white space, with a single space as the suggestion
(a no-break space when the run holds one, to keep the words bound).

Left alone: indentation at the start of a line, spaces before a line break (a Markdown
hard break), tabs and anything next to them, runs of no-break spaces only (deliberate
layout), lines laid out in columns (two or more runs of three spaces or more), and code.`,
	Bad:      "The council approved the plan.  The new ferry starts in May.",
	Good:     "The council approved the plan. The new ferry starts in May.",
	Severity: checker.Info,
	Check:    checkDoubleSpace,
}

func checkDoubleSpace(p *checker.Pass) error {
	for _, b := range p.Doc.Blocks {
		for _, s := range doubleSpaces(b.Text) {
			run := b.Text[s.Start:s.End]
			msg := "double space"
			if n := utf8.RuneCountInString(run); n > 2 {
				msg = fmt.Sprintf("%d spaces in a row", n)
			}
			sugg := " "
			if strings.ContainsRune(run, '\u00a0') {
				sugg = "\u00a0"
			}
			p.ReportFix(b, s, msg, sugg, checker.Replace(s, sugg))
		}
	}
	return nil
}

// doubleSpaces returns the runs of two or more spaces between two non-space
// characters on one line of text. Lines laid out in columns are skipped.
func doubleSpaces(text string) []textdoc.Span {
	var out []textdoc.Span
	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		out = appendLineDoubleSpaces(out, text, lineStart, lineEnd)
		lineStart = lineEnd + 1
	}
	return out
}

// appendLineDoubleSpaces adds the double spaces of text[start:end], one line,
// to out.
func appendLineDoubleSpaces(out []textdoc.Span, text string, start, end int) []textdoc.Span {
	line := text[start:end]
	if !hasDoubleSpace(line) && !strings.Contains(line, "\u00a0") {
		return out // no two spaces in a row: most lines, found without decoding them
	}
	if columnLayout(line) {
		return out
	}
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		if r != ' ' && r != '\u00a0' {
			i += n
			continue
		}
		runStart, runes, plain := i, 0, false
		for i < len(line) {
			r, n = utf8.DecodeRuneInString(line[i:])
			if r != ' ' && r != '\u00a0' {
				break
			}
			runes++
			plain = plain || r == ' '
			i += n
		}
		if runes < 2 || !plain || runStart == 0 || i >= len(line) {
			// A single space, no-break spaces only, indentation, or
			// spaces before the line break.
			continue
		}
		before, _ := textutil.LastRune(line[:runStart])
		after, _ := textutil.FirstRune(line[i:])
		if unicode.IsSpace(before) || unicode.IsSpace(after) {
			// A tab or another kind of space: layout.
			continue
		}
		out = append(out, textdoc.Span{Start: start + runStart, End: start + i})
	}
	return out
}

// columnLayout reports whether a line is laid out in columns: it holds two or
// more runs of three or more spaces.
func columnLayout(line string) bool {
	runs := 0
	for {
		i := strings.Index(line, "   ")
		if i < 0 {
			return false
		}
		runs++
		if runs >= 2 {
			return true
		}
		line = strings.TrimLeft(line[i:], " ")
	}
}

// hasDoubleSpace reports whether s holds two spaces in a row, as
// strings.Contains(s, "  ") does, testing eight bytes at once: a search for
// a string that starts with a space stops at every word.
func hasDoubleSpace(s string) bool {
	const (
		low7   = 0x7f7f7f7f7f7f7f7f
		spaces = 0x2020202020202020
	)
	carry := false // the byte before this word was a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// The high bit of each byte of space is set exactly where x
		// holds a space: nothing carries between the bytes.
		y := x ^ spaces
		space := ^((y&low7 + low7) | y | low7)
		if space&(space>>8) != 0 || carry && space&0x80 != 0 {
			return true
		}
		carry = space>>63 != 0
	}
	for ; i < len(s); i++ {
		if s[i] == ' ' {
			if carry {
				return true
			}
			carry = true
		} else {
			carry = false
		}
	}
	return false
}
