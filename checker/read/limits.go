package read

import (
	"bytes"
	"fmt"
	"math"
)

// Limits that keep hostile input from crashing or stalling a run.

// DefaultMaxSize is the default per-file size limit in bytes (--max-size).
const DefaultMaxSize = 50 << 20

// SizeError says a file is over the size limit; size < 0 means not known
// (standard input is read only up to the limit).
func SizeError(size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("input is over the size limit of %s (--max-size)", humanBytes(limit))
	}
	return fmt.Errorf("file is %s, over the size limit of %s (--max-size)", humanBytes(size), humanBytes(limit))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// maxMarkdownNesting bounds the container markers (block quotes, list items)
// at the start of a Markdown line. goldmark's time grows with the square of
// the nesting (50,000 nested quotes: seconds), and no article nests deeper
// than a few levels.
const maxMarkdownNesting = 500

// checkMarkdownNesting refuses Markdown whose lines open more than
// maxMarkdownNesting containers, naming the first such line. It is a cheap
// scan of line starts, run before goldmark parses.
func checkMarkdownNesting(content []byte) error {
	line := 1
	for i := 0; i < len(content); {
		depth := 0
		j := i
	scan:
		for j < len(content) {
			switch c := content[j]; {
			case c == ' ' || c == '\t':
				j++
			case c == '>':
				depth++
				j++
			case (c == '-' || c == '*' || c == '+') && j+1 < len(content) && (content[j+1] == ' ' || content[j+1] == '\t'):
				depth++
				j += 2
			case c >= '0' && c <= '9':
				k := j
				for k < len(content) && k-j < 9 && content[k] >= '0' && content[k] <= '9' {
					k++
				}
				if k+1 < len(content) && (content[k] == '.' || content[k] == ')') && content[k+1] == ' ' {
					depth++
					j = k + 2
					continue
				}
				break scan
			default:
				break scan
			}
		}
		if depth > maxMarkdownNesting {
			return fmt.Errorf("markdown: line %d nests more than %d block quotes or lists", line, maxMarkdownNesting)
		}
		nl := bytes.IndexAny(content[j:], "\r\n")
		if nl < 0 {
			break
		}
		i = j + nl + 1
		if content[j+nl] == '\r' && i < len(content) && content[i] == '\n' {
			i++
		}
		line++
	}
	return nil
}

// checkMarkdownShapes refuses the Markdown shapes that goldmark parses in
// time growing with their square: lists nested deeper than
// maxMarkdownNesting by indentation alone (each item indented under the
// one before), and a line that opens more than maxUnclosedLinks link
// destinations that never close ("[a](" repeated). No article has either.
func checkMarkdownShapes(content []byte) error {
	var stack []int // the content columns of the list items open, by indentation
	for n, line := range bytes.Split(content, []byte("\n")) {
		indent := 0
		for indent < len(line) && (line[indent] == ' ' || line[indent] == '\t') {
			if line[indent] == '\t' {
				indent += 4 - indent%4
			} else {
				indent++
			}
		}
		rest := bytes.TrimLeft(line, " \t")
		if w := listMarkerWidth(rest); w > 0 {
			for len(stack) > 0 && indent < stack[len(stack)-1] {
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, indent+w)
			if len(stack) > maxMarkdownNesting {
				return fmt.Errorf("markdown: line %d nests lists more than %d deep", n+1, maxMarkdownNesting)
			}
		}
		if unclosedLinks(line) > maxUnclosedLinks {
			return fmt.Errorf("markdown: line %d opens more than %d links that do not close", n+1, maxUnclosedLinks)
		}
	}
	return nil
}

// maxUnclosedLinks bounds the link destinations a Markdown line may open
// without closing them.
const maxUnclosedLinks = 1000

// listMarkerWidth returns the width of the list marker and the space after
// it that start s ("- ", "* ", "+ ", "12. ", "3) "), or 0.
func listMarkerWidth(s []byte) int {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t') {
		return 2
	}
	k := 0
	for k < len(s) && k < 9 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k > 0 && k+1 < len(s) && (s[k] == '.' || s[k] == ')') && (s[k+1] == ' ' || s[k+1] == '\t') {
		return k + 2
	}
	return 0
}

// unclosedLinks counts the "](" on line with no ")" before the next one.
func unclosedLinks(line []byte) int {
	open := []byte("](")
	n := 0
	for i := bytes.Index(line, open); i >= 0; {
		rest := line[i+2:]
		next := bytes.Index(rest, open)
		seg := rest
		if next >= 0 {
			seg = rest[:next]
		}
		if bytes.IndexByte(seg, ')') < 0 {
			n++
		}
		if next < 0 {
			break
		}
		i = i + 2 + next
	}
	return n
}

// maxSize turns a --max-size value into a limit; 0 and less than 0 (none)
// give DefaultMaxSize and math.MaxInt64-1.
func maxSize(n int64) int64 {
	switch {
	case n == 0:
		return DefaultMaxSize
	case n < 0:
		return math.MaxInt64 - 1
	}
	return n
}
