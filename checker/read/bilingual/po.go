package bilingual

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unsafe"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// FormatPO is a gettext PO file (or a POT template).
const FormatPO textdoc.Format = "po"

// The PO parser is written here rather than taken from a library: the Go PO
// parsers (leonelquinteros/gotext, chai2010/gettext-go) return decoded
// strings only, and Tom5521/gotext-tools' AST keeps one position per keyword
// with the string already decoded and joined, while a finding needs the byte
// offset of every character of a msgstr in the file, across continuation
// lines and escape sequences.

// poChunk is a run of a PO string's text and the raw bytes it stands for.
type poChunk struct {
	text        string
	raw, rawLen int
}

// poField is one keyword's string, possibly continued over several lines.
type poField struct {
	at     int // offset of the first string's opening quote
	line   int
	chunks []poChunk
	set    bool
}

func (f *poField) text() string {
	if len(f.chunks) == 1 {
		return f.chunks[0].text
	}
	var sb strings.Builder
	for _, c := range f.chunks {
		sb.WriteString(c.text)
	}
	return sb.String()
}

// block builds a fresh block of the field's text, nil when it is blank. A
// string of one line without escapes is the file's own bytes: its block
// shares them.
func (f *poField) block() *textdoc.Block {
	if len(f.chunks) == 1 && len(f.chunks[0].text) == f.chunks[0].rawLen {
		return textdoc.TextBlock(textdoc.Paragraph, f.chunks[0].text, f.chunks[0].raw)
	}
	var bb textdoc.BlockBuilder
	for _, c := range f.chunks {
		bb.Add(c.text, c.raw, c.rawLen)
	}
	return bb.Build(textdoc.Paragraph)
}

// poEntry is one PO entry being read.
type poEntry struct {
	line               int // line of the msgid
	ctxt, id, idPlural poField
	str                poField          // msgstr
	plural             map[int]*poField // msgstr[n]
	notes              []string
	fuzzy, hasStr      bool
}

// ParsePO reads a gettext PO file: msgctxt, msgid, msgid_plural, msgstr and
// msgstr[n], strings continued on following lines, C escapes (\n \t \" \\
// and the rest) mapped to the raw bytes they stand for, the fuzzy flag, and
// translator (#) and extracted (#.) comments as notes. Previous strings
// (#|), references (#:) and obsolete entries (#~) are ignored. The header
// entry (msgid "") gives the target language ("Language:") and, when a tool
// wrote one, the source language ("X-Source-Language:"); it is not a unit.
//
// A plural entry gives one unit per msgstr[n], its ID the message's with
// "[n]" appended: msgstr[0] is compared with msgid, every other form with
// msgid_plural, and so is a sole msgstr[0] (a language with one form). A unit's ID is the message key as gettext forms it: the
// msgctxt, "\x04" and the msgid, or the msgid alone.
//
// The units' text and IDs share content's bytes wherever they copy them,
// so content must not change after.
func ParsePO(content []byte) (BilingualFile, error) {
	var f BilingualFile
	e := &poEntry{}
	var last *poField // the field a continuation line extends
	// The strings' copied runs are the file's own bytes, shared rather than
	// copied: a large file is in memory once.
	text := unsafe.String(unsafe.SliceData(content), len(content))
	flush := func() error {
		defer func() { e = &poEntry{}; last = nil }()
		if !e.id.set {
			if e.ctxt.set {
				return fmt.Errorf("line %d: msgctxt without msgid", e.ctxt.line)
			}
			return nil
		}
		if !e.hasStr {
			return fmt.Errorf("line %d: msgid without msgstr", e.line)
		}
		id := e.id.text()
		if id == "" && !e.ctxt.set {
			readPOHeader(e.str.text(), &f)
			return nil
		}
		key := id
		if e.ctxt.set {
			key = e.ctxt.text() + "\x04" + id
		}
		if len(e.plural) == 0 {
			f.Units = appendUnit(f.Units, poUnit(content, e, key, &e.id, &e.str))
			return nil
		}
		if e.str.set {
			return fmt.Errorf("line %d: both msgstr and msgstr[n]", e.str.line)
		}
		ns := make([]int, 0, len(e.plural))
		for n := range e.plural {
			ns = append(ns, n)
		}
		sort.Ints(ns)
		for _, n := range ns {
			src := &e.id
			// A language with one form (Japanese, Chinese) writes it for
			// every count: it is compared with msgid_plural.
			if (n > 0 || len(ns) == 1) && e.idPlural.set {
				src = &e.idPlural
			}
			f.Units = appendUnit(f.Units, poUnit(content, e, key+"["+strconv.Itoa(n)+"]", src, e.plural[n]))
		}
		return nil
	}

	start := textdoc.BomLen(content)
	for n := 1; start < len(content); n++ {
		end := start
		for end < len(content) && content[end] != '\n' && content[end] != '\r' {
			end++
		}
		next := end
		if next < len(content) && content[next] == '\r' {
			next++
		}
		if next < len(content) && content[next] == '\n' {
			next++
		}
		lineStart := start
		start = next
		i := lineStart
		for i < end && (content[i] == ' ' || content[i] == '\t') {
			i++
		}
		line := string(content[i:end])
		switch {
		case strings.TrimSpace(line) == "":
			if err := flush(); err != nil {
				return f, err
			}
		case strings.HasPrefix(line, "#"):
			if e.hasStr {
				if err := flush(); err != nil {
					return f, err
				}
			}
			last = nil
			switch {
			case strings.HasPrefix(line, "#~"):
				// An obsolete entry: its comments go with it.
				if !e.id.set {
					e.notes, e.fuzzy = nil, false
				}
			case strings.HasPrefix(line, "#,"):
				for _, flag := range strings.Split(line[2:], ",") {
					if strings.TrimSpace(flag) == "fuzzy" {
						e.fuzzy = true
					}
				}
			case strings.HasPrefix(line, "#."):
				if note := strings.TrimSpace(line[2:]); note != "" {
					e.notes = append(e.notes, note)
				}
			case line == "#" || line[1] == ' ' || line[1] == '\t':
				if note := strings.TrimSpace(line[1:]); note != "" {
					e.notes = append(e.notes, note)
				}
			}
		case line[0] == '"':
			if last == nil {
				return f, fmt.Errorf("line %d: string continues no msgid or msgstr", n)
			}
			if err := readPOString(content, text, i, end, n, last); err != nil {
				return f, err
			}
		default:
			kw := line
			if k := strings.IndexAny(line, " \t\""); k >= 0 {
				kw = line[:k]
			}
			var field *poField
			switch {
			case kw == "msgctxt" || kw == "msgid":
				if e.hasStr || (kw == "msgctxt" && e.id.set) {
					if err := flush(); err != nil {
						return f, err
					}
				}
				if kw == "msgctxt" {
					if e.ctxt.set {
						return f, fmt.Errorf("line %d: second msgctxt", n)
					}
					field = &e.ctxt
				} else {
					if e.id.set {
						return f, fmt.Errorf("line %d: second msgid", n)
					}
					field, e.line = &e.id, n
				}
			case kw == "msgid_plural":
				if !e.id.set || e.hasStr || e.idPlural.set {
					return f, fmt.Errorf("line %d: msgid_plural out of place", n)
				}
				field = &e.idPlural
			case kw == "msgstr":
				if !e.id.set || e.str.set {
					return f, fmt.Errorf("line %d: msgstr out of place", n)
				}
				field, e.hasStr = &e.str, true
			case strings.HasPrefix(kw, "msgstr[") && strings.HasSuffix(kw, "]"):
				idx, err := strconv.Atoi(kw[len("msgstr[") : len(kw)-1])
				if err != nil || idx < 0 || idx > 99 {
					return f, fmt.Errorf("line %d: bad plural index in %q", n, kw)
				}
				if !e.id.set || e.plural[idx] != nil {
					return f, fmt.Errorf("line %d: %s out of place", n, kw)
				}
				if e.plural == nil {
					e.plural = map[int]*poField{}
				}
				field = &poField{}
				e.plural[idx], e.hasStr = field, true
			default:
				return f, fmt.Errorf("line %d: unexpected %q, want a keyword, a string or a comment", n, truncate(line, 20))
			}
			s := i + len(kw)
			for s < end && (content[s] == ' ' || content[s] == '\t') {
				s++
			}
			if s == end || content[s] != '"' {
				return f, fmt.Errorf("line %d: %s needs a quoted string", n, kw)
			}
			field.set, field.at, field.line = true, s, n
			if err := readPOString(content, text, s, end, n, field); err != nil {
				return f, err
			}
			last = field
		}
	}
	if err := flush(); err != nil {
		return f, err
	}
	return f, nil
}

// poUnit makes a unit of a source and a target field of entry e.
func poUnit(content []byte, e *poEntry, id string, src, tgt *poField) *textdoc.Unit {
	u := &textdoc.Unit{ID: id, Source: src.block(), SourceContent: content, TargetAt: tgt.at, Notes: e.notes}
	if e.ctxt.set {
		u.Context = e.ctxt.text()
	}
	u.Target = tgt.block()
	u.Fuzzy = e.fuzzy && u.Target != nil
	return u
}

// appendUnit appends u unless its source is blank (a msgid of white space
// only, or an empty one with a context): there is nothing to compare with.
func appendUnit(units []*textdoc.Unit, u *textdoc.Unit) []*textdoc.Unit {
	if u.Source == nil {
		return units
	}
	return append(units, u)
}

// readPOHeader takes the languages from the header entry's fields.
func readPOHeader(header string, f *BilingualFile) {
	for _, l := range strings.Split(header, "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		// "pt_BR", "sr@latin": the locale's language is what counts.
		v, _, _ = strings.Cut(strings.ReplaceAll(strings.TrimSpace(v), "_", "-"), "@")
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "language":
			f.Lang = NormalizeLangAttr(v)
		case "x-source-language":
			f.SourceLang = NormalizeLangAttr(v)
		}
	}
}

// readPOString reads the quoted string at content[s] (a '"') on a line
// ending at end, and appends its text to field; text is content as a
// string.
func readPOString(content []byte, text string, s, end, line int, field *poField) error {
	i := s + 1
	run := i // start of the current run of copied bytes
	flushRun := func(to int) {
		if to > run {
			field.chunks = append(field.chunks, poChunk{text[run:to], run, to - run})
		}
	}
	for ; i < end; i++ {
		switch content[i] {
		case '"':
			flushRun(i)
			for j := i + 1; j < end; j++ {
				if content[j] != ' ' && content[j] != '\t' {
					return fmt.Errorf("line %d: text after the closing quote", line)
				}
			}
			return nil
		case '\\':
			flushRun(i)
			if i+1 >= end {
				return fmt.Errorf("line %d: backslash at the end of the line", line)
			}
			text, n := poEscape(content[i+1 : end])
			if n == 0 {
				return fmt.Errorf("line %d: unknown escape \\%c", line, content[i+1])
			}
			field.chunks = append(field.chunks, poChunk{text, i, n + 1})
			i += n
			run = i + 1
		}
	}
	return fmt.Errorf("line %d: string not closed", line)
}

// poEscape decodes the C escape sequence after a backslash at the start of b
// and returns its text and its length; 0 when it is not one. Octal and hex
// escapes of bytes beyond ASCII are kept as written: alone they are not
// UTF-8.
func poEscape(b []byte) (string, int) {
	switch b[0] {
	case 'n':
		return "\n", 1
	case 't':
		return "\t", 1
	case 'r':
		return "\r", 1
	case '"', '\\', '\'', '?':
		return string(b[0]), 1
	case 'a':
		return "\a", 1
	case 'b':
		return "\b", 1
	case 'f':
		return "\f", 1
	case 'v':
		return "\v", 1
	case 'x':
		n := 1
		v := 0
		for n < len(b) && n < 3 && strings.IndexByte("0123456789abcdefABCDEF", b[n]) >= 0 {
			d, _ := strconv.ParseUint(string(b[n]), 16, 8)
			v = v*16 + int(d)
			n++
		}
		if n == 1 {
			return "", 0
		}
		if v >= 0x80 {
			return "\\" + string(b[:n]), n
		}
		return string(rune(v)), n
	}
	if b[0] >= '0' && b[0] <= '7' {
		n, v := 0, 0
		for n < len(b) && n < 3 && b[n] >= '0' && b[n] <= '7' {
			v = v*8 + int(b[n]-'0')
			n++
		}
		if v >= 0x80 {
			return "\\" + string(b[:n]), n
		}
		return string(rune(v)), n
	}
	return "", 0
}

// truncate shortens s to at most n runes for an error message.
func truncate(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}
