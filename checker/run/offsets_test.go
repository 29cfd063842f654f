package run

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/baseline"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/internal/testrules"
)

// utf16LE encodes s as UTF-16 little-endian with a byte order mark.
func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// TestOneOffsetModel checks that a finding in a decoded file carries the
// file's bytes in Offset and EndOffset and the text's in TextOffset and
// TextEndOffset from the moment it is reported, and that Resolve gives the
// same lines, columns and code-point span as for the UTF-8 copy.
func TestOneOffsetModel(t *testing.T) {
	text := "Fähren fahren.\nÜber die Elbe fährt die Fähre heute.\n"
	e, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("w", "Fähre", checker.Warning, "")}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	check := func(content []byte) checker.Finding {
		doc, err := read.ParseWith("a.txt", content, read.ParseOptions{Lang: "de"})
		if err != nil {
			t.Fatal(err)
		}
		fs, err := Document(e, doc, true)
		if err != nil || len(fs) != 1 {
			t.Fatalf("findings %+v, %v", fs, err)
		}
		checker.Resolve(doc, fs)
		return fs[0]
	}
	u8 := check([]byte(text))
	raw := utf16LE(text)
	u16 := check(raw)
	start := bytes.Index([]byte(text), []byte("Fähre "))
	if u8.Offset != start || u8.TextOffset != start || u8.EndOffset != start+len("Fähre") {
		t.Errorf("UTF-8: %+v", u8)
	}
	wantFile := 2 + 2*len([]rune(text[:start]))
	if u16.Offset != wantFile || u16.EndOffset != wantFile+2*len("Fähre")-2 || u16.TextOffset != start || u16.TextEndOffset != start+len("Fähre") {
		t.Errorf("UTF-16: offsets %d-%d (want %d-%d), text %d-%d (want %d-%d)", u16.Offset, u16.EndOffset, wantFile, wantFile+10,
			u16.TextOffset, u16.TextEndOffset, start, start+len("Fähre"))
	}
	if u16.Line != u8.Line || u16.Column != u8.Column || u16.EndColumn != u8.EndColumn ||
		u16.CharOffset != u8.CharOffset || u16.CharLength != 5 || u8.CharLength != 5 {
		t.Errorf("positions differ: UTF-8 %+v, UTF-16 %+v", u8, u16)
	}
	if got := raw[u16.Offset:u16.EndOffset]; !bytes.Equal(got, utf16LE("Fähre")[2:]) {
		t.Errorf("file bytes %q", got)
	}
}

// TestBaselineAcrossEncodings checks that a baseline written for a file
// hides the same findings when the file is saved as UTF-16: the words
// around a finding are read from the text, not at the file's offsets.
func TestBaselineAcrossEncodings(t *testing.T) {
	text := "Die Fähre fährt.\n\nHeute fährt die Fähre nicht, sagt die Fähre.\n"
	e, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("w", "Fähre", checker.Warning, "")}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	write := func(b []byte) *report.Report {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return Run(e, []string{path}, Options{Lang: "de"})
	}
	bl := baseline.New(write([]byte(text)), dir)
	r := write(utf16LE(text))
	if len(r.Findings) != 3 {
		t.Fatalf("findings: %+v", r.Findings)
	}
	if bl.Filter(r); len(r.Findings) != 0 {
		t.Errorf("the baseline of the UTF-8 file left %d findings of its UTF-16 copy", len(r.Findings))
	}
}
