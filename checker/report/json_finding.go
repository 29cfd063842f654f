package report

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
)

// appendFindingJSON appends f as encoding/json writes it indented by two
// spaces at prefix (Encoder.SetIndent(prefix, "  "), HTML left unescaped),
// without the final newline, byte for byte, but without reflection: a
// report of many findings spends most of its formatting time here. A
// string that would need escapes is encoded by encoding/json itself.
func appendFindingJSON(dst []byte, f *checker.Finding, prefix string) []byte {
	in := prefix + "  "
	field := func(name string) {
		dst = append(dst, in...)
		dst = append(dst, '"')
		dst = append(dst, name...)
		dst = append(dst, `": `...)
	}
	str := func(name, v string, last bool) {
		field(name)
		dst = appendJSONString(dst, v)
		if !last {
			dst = append(dst, ',')
		}
		dst = append(dst, '\n')
	}
	num := func(name string, v int) {
		field(name)
		dst = strconv.AppendInt(dst, int64(v), 10)
		dst = append(dst, ",\n"...)
	}
	dst = append(dst, "{\n"...)
	str("rule", f.Rule, false)
	str("severity", f.Severity.String(), false)
	str("path", f.Path, false)
	num("line", f.Line)
	num("column", f.Column)
	num("end_line", f.EndLine)
	num("end_column", f.EndColumn)
	num("offset", f.Offset)
	num("end_offset", f.EndOffset)
	str("text", f.Text, false)
	str("message", f.Message, false)
	str("suggestion", f.Suggestion, true)
	dst = append(dst, prefix...)
	return append(dst, '}')
}

// appendJSONString appends s quoted. Printable ASCII other than `"` and `\`,
// and valid UTF-8 other than U+2028 and U+2029, is written as it is, as
// encoding/json writes it; anything else goes through encoding/json.
func appendJSONString(dst []byte, s string) []byte {
	// One pass over the bytes: plain ASCII runs through the table's zero
	// entries; a byte that needs escaping ends the search; bytes beyond
	// ASCII only ask for the checks below.
	i, ascii := 0, true
	for i < len(s) {
		c := jsonByte[s[i]]
		if c == jsonEscape {
			break
		}
		ascii = ascii && c == jsonPlain
		i++
	}
	plain := i == len(s)
	if plain && !ascii {
		plain = utf8.ValidString(s) && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029")
	}
	if plain {
		dst = append(dst, '"')
		dst = append(dst, s...)
		return append(dst, '"')
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		// A string always encodes; keep the output well formed anyway.
		return append(dst, `""`...)
	}
	return append(dst, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

// The classes of bytes in a JSON string: written as they are, escaped, or
// beyond ASCII (written as they are in valid UTF-8 but for U+2028 and
// U+2029, which JavaScript reads as line ends).
const (
	jsonPlain uint8 = iota
	jsonEscape
	jsonBeyondASCII
)

var jsonByte = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c < 0x20 || c == '"' || c == '\\' || c == 0x7f:
			t[c] = jsonEscape
		case c >= utf8.RuneSelf:
			t[c] = jsonBeyondASCII
		}
	}
	return t
}()
