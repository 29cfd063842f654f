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
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == 0x7f {
			plain = false
			break
		}
	}
	if plain && !isASCIIString(s) {
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

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
