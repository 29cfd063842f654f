package read

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// parseTSV reads "source<TAB>target" rows, one unit a line; the line number is
// the unit's ID. TSV has no quoting (IANA text/tab-separated-values), so it
// is split by hand and every byte of a field maps to the file one to one;
// encoding/csv would read a field starting with a quotation mark as quoted.
// A first row "source<TAB>target" (any case) is a header and skipped. A row
// with one column has an empty target; more than two columns is an error
// naming the line.
func parseTSV(content []byte) ([]*textdoc.Unit, error) {
	var units []*textdoc.Unit
	start := textdoc.BomLen(content)
	for n := 1; start < len(content); n++ {
		end := start
		for end < len(content) && content[end] != '\n' && content[end] != '\r' {
			end++
		}
		line := content[start:end]
		next := end
		if next < len(content) && content[next] == '\r' {
			next++
		}
		if next < len(content) && content[next] == '\n' {
			next++
		}
		fields := bytes.Split(line, []byte("\t"))
		switch {
		case len(bytes.TrimSpace(line)) == 0:
			// Blank lines separate nothing; skip them.
		case len(fields) > 2:
			return nil, fmt.Errorf("line %d: %d tab-separated columns, want source<TAB>target", n, len(fields))
		case n == 1 && len(fields) == 2 && isTSVHeader(fields):
		default:
			u := &textdoc.Unit{ID: strconv.Itoa(n), SourceContent: content}
			u.Source = fieldBlock(content, start, start+len(fields[0]))
			if len(fields) == 2 {
				tStart := start + len(fields[0]) + 1
				u.TargetAt = tStart
				u.Target = fieldBlock(content, tStart, end)
			} else {
				u.TargetAt = end
			}
			units = append(units, u)
		}
		start = next
	}
	return units, nil
}

func isTSVHeader(fields [][]byte) bool {
	return strings.EqualFold(strings.TrimSpace(string(fields[0])), "source") &&
		strings.EqualFold(strings.TrimSpace(string(fields[1])), "target")
}

// fieldBlock makes a paragraph block of content[from:to], or nil when the
// field holds only white space.
func fieldBlock(content []byte, from, to int) *textdoc.Block {
	var bb textdoc.BlockBuilder
	bb.Add(string(content[from:to]), from, to-from)
	return bb.Build(textdoc.Paragraph)
}

// parseCSV reads comma-separated "source,target" rows with the quoting of
// RFC 4180 (encoding/csv). A quoted field's text maps to its raw bytes
// through the positions encoding/csv reports; the unit ID is the row's line.
func parseCSV(content []byte) ([]*textdoc.Unit, error) {
	body := content[textdoc.BomLen(content):]
	r := csv.NewReader(bytes.NewReader(body))
	r.FieldsPerRecord = -1
	lineStarts := textdoc.NewLineIndex(body)
	offset := func(line, col int) int { return textdoc.BomLen(content) + lineStarts.LineStart(line) + col - 1 }
	var units []*textdoc.Unit
	for first := true; ; first = false {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return units, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("line %d: %v", pe.Line, pe.Err)
			}
			return nil, err
		}
		line, _ := r.FieldPos(0)
		if len(rec) > 2 {
			return nil, fmt.Errorf("line %d: %d columns, want source,target", line, len(rec))
		}
		if first && len(rec) == 2 && strings.EqualFold(strings.TrimSpace(rec[0]), "source") && strings.EqualFold(strings.TrimSpace(rec[1]), "target") {
			continue
		}
		u := &textdoc.Unit{ID: strconv.Itoa(line), SourceContent: content}
		for i, field := range rec {
			l, c := r.FieldPos(i)
			at := offset(l, c)
			var bb textdoc.BlockBuilder
			switch {
			case at >= len(content) || content[at] != '"':
				bb.Add(field, at, len(field))
			case !strings.Contains(string(content[at:at+quotedLen(content[at:])]), `""`):
				bb.Add(field, at+1, len(field)) // quoted, but byte for byte inside
			default:
				// Doubled quotes inside: map the field as a whole.
				bb.Add(field, at, quotedLen(content[at:]))
			}
			b := bb.Build(textdoc.Paragraph)
			if i == 0 {
				u.Source = b
			} else {
				u.Target, u.TargetAt = b, at
			}
		}
		if len(rec) < 2 {
			u.TargetAt = offset(line, 1) + len(strings.SplitN(string(body[lineStarts.LineStart(line):]), "\n", 2)[0])
		}
		units = append(units, u)
	}
}

// quotedLen returns the length of the quoted CSV field at the start of b,
// quotes included.
func quotedLen(b []byte) int {
	for i := 1; i < len(b); i++ {
		if b[i] == '"' {
			if i+1 < len(b) && b[i+1] == '"' {
				i++
				continue
			}
			return i + 1
		}
	}
	return len(b)
}
