package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// Hostile and broken input through the whole command.

// goodText holds one double-space finding at line 2, column 9.
const goodText = "Hello there.\nIt ended  late in the evening.\n"

func writeFiles(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runIn(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errb bytes.Buffer
	code = execute(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestHostileBinaryAndGoodEveryFormat: a binary file fails with its name and
// reason, exit 2, and the good file's finding still prints, in every format.
func TestHostileBinaryAndGoodEveryFormat(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{
		"bin.txt":  []byte("GIF89a\x00\x01\x02\x00binary"),
		"good.txt": []byte(goodText),
	})
	for _, format := range report.Formats() {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runIn(t, dir, "check", "--lang", "en", "--fail-on", "never", "--format", format, "bin.txt", "good.txt")
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(errOut, "bin.txt") || !strings.Contains(errOut, "binary file") {
				t.Errorf("stderr does not name the file and reason: %q", errOut)
			}
			if !strings.Contains(out, "good.txt") || !strings.Contains(out, "double") {
				t.Errorf("good file's finding missing from %s output:\n%s", format, out)
			}
		})
	}
}

// TestHostilePositions: UTF-16 with a byte order mark, UTF-8 with one,
// Windows-1252, CRLF and lone CR line endings report the finding at the file's
// own line and column, with byte offsets into the file as read.
func TestHostilePositions(t *testing.T) {
	utf16 := func(s string, bigEndian bool) []byte {
		out := []byte{0xff, 0xfe}
		if bigEndian {
			out = []byte{0xfe, 0xff}
		}
		for _, r := range s { // ASCII only here
			if bigEndian {
				out = append(out, 0, byte(r))
			} else {
				out = append(out, byte(r), 0)
			}
		}
		return out
	}
	crlf := strings.ReplaceAll(goodText, "\n", "\r\n")
	cr := strings.ReplaceAll(goodText, "\n", "\r")
	tests := []struct {
		name       string
		data       []byte
		line, col  int
		off, endOf int
	}{
		{"lf.txt", []byte(goodText), 2, 9, 21, 23},
		{"crlf.txt", []byte(crlf), 2, 9, 22, 24},
		{"cr.txt", []byte(cr), 2, 9, 21, 23},
		{"crlf.md", []byte(crlf), 2, 9, 22, 24},
		{"cr.md", []byte(cr), 2, 9, 21, 23},
		{"bom.txt", append([]byte("\xef\xbb\xbf"), goodText...), 2, 9, 24, 26},
		{"bom.md", append([]byte("\xef\xbb\xbf"), crlf...), 2, 9, 25, 27},
		{"le.txt", utf16(goodText, false), 2, 9, 44, 48},
		{"be.txt", utf16(crlf, true), 2, 9, 46, 50},
		{"cp1252.txt", []byte("Caf\xe9 cr\xe8me.\nIt ended  late in the evening.\n"), 2, 9, 20, 22},
		{"crlf.tsv", []byte("Hallo.\tHello there.\r\nEs endete.\tIt ended  late.\r\n"), 2, 20, 40, 42},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string][]byte{tt.name: tt.data})
			code, out, errOut := runIn(t, dir, "check", "--lang", "en", "--enable", "all", "--format", "json", tt.name)
			if code == 2 {
				t.Fatalf("exit 2: %s", errOut)
			}
			want := `"line": ` + itoa(tt.line) + `,
      "column": ` + itoa(tt.col) + `,`
			if !strings.Contains(out, want) || !strings.Contains(out, `"offset": `+itoa(tt.off)+`,`) || !strings.Contains(out, `"end_offset": `+itoa(tt.endOf)+`,`) {
				t.Errorf("want line %d column %d offsets [%d,%d) in:\n%s", tt.line, tt.col, tt.off, tt.endOf, out)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestHostileRefused: each file is refused with a reason naming it, exit 2,
// without a crash or a hang; the empty file is fine.
func TestHostileRefused(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string // "" = checked without error
	}{
		{"empty.txt", nil, ""},
		{"empty.md", nil, ""},
		{"empty.html", nil, ""},
		{"empty.tsv", nil, ""},
		{"control.txt", bytes.Repeat([]byte("\x01\x02\x03a"), 100), "mostly control characters"},
		{"invalid.txt", []byte("Hello.\nab\xe9 \xff\x80 here.\n"), "not UTF-8: byte 0xE9 at line 2, column 3"},
		{"mixed.txt", []byte("Caf\xc3\xa9 and caf\xe9.\n"), "not UTF-8: byte 0xE9 at line 1, column 13"},
		{"deep.html", []byte(strings.Repeat("<div>", 20000) + "x"), ""}, // linear, so not refused
		{"deep.md", []byte(strings.Repeat(">", 50000) + " x\n"), "line 1 nests more than"},
		{"deeplist.md", []byte(strings.Repeat("- ", 20000) + "x\n"), "line 1 nests more than"},
		{"bad.csv", []byte("a,b\n\"unclosed,c\nd,e\n"), "line"},
		{"indentlist.md", []byte(indentedList(800)), "line 501 nests lists more than 500 deep"},
		{"links.md", []byte(strings.Repeat("[a](", 5000) + "\n"), "line 1 opens more than 1000 links"},
		{"manylinks.md", []byte(strings.Repeat("[a](b) ", 5000) + "\n"), ""},
		{"lists.md", []byte(strings.Repeat("- item\n  - nested\n    - deeper\n", 2000)), ""},
		{"omitted.html", []byte(strings.Repeat("<p>Paragraph.\n<li>Item\n", 12000)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string][]byte{tt.name: tt.data, "good.txt": []byte(goodText)})
			code, out, errOut := runIn(t, dir, "check", "--lang", "en", "--format", "line", tt.name, "good.txt")
			if tt.want == "" {
				if code == 2 {
					t.Errorf("exit 2: %s", errOut)
				}
			} else if code != 2 || !strings.Contains(errOut, tt.name+": ") || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tt.want)
			}
			if !strings.Contains(out, "good.txt:2:9:") {
				t.Errorf("good file's finding missing:\n%s", out)
			}
		})
	}
}

// TestHostileXMLEntityBomb: an exponential entity expansion in each XML
// input format is refused or read without expanding it, quickly. It covers
// the XML formats that exist by extension and skips the others.
func TestHostileXMLEntityBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY a0 \"lol\">\n")
	for i := 1; i < 12; i++ {
		b.WriteString("<!ENTITY a" + itoa(i) + " \"" + strings.Repeat("&a"+itoa(i-1)+";", 10) + "\">\n")
	}
	b.WriteString("]>\n")
	body := map[string]string{
		".xlf":  `<xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="1"><source>a</source><target>&a11;</target></trans-unit></body></file></xliff>`,
		".tmx":  `<tmx version="1.4"><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>a</seg></tuv><tuv xml:lang="en"><seg>&a11;</seg></tuv></tu></body></tmx>`,
		".html": `<p>&a11;</p>`,
	}
	for ext, xml := range body {
		t.Run(ext, func(t *testing.T) {
			name := "bomb" + ext
			if f, err := read.ParseFormat(strings.TrimPrefix(ext, ".")); err != nil || (f == "" && ext != ".html") {
				if read.FormatFor(name, nil) == textdoc.FormatText {
					t.Skipf("%s is not an input format yet", ext)
				}
			}
			dir := writeFiles(t, map[string][]byte{name: []byte(b.String() + xml), "good.txt": []byte(goodText)})
			_, out, _ := runIn(t, dir, "check", "--lang", "en", "--format", "json", name, "good.txt")
			if len(out) > 1<<20 {
				t.Errorf("output of %d bytes: the entities were expanded", len(out))
			}
			if strings.Contains(out, "lollollol") {
				t.Error("entities were expanded")
			}
		})
	}
}

// TestHostileFixReadOnly: fix --write on a read-only file changes nothing.
func TestHostileFixReadOnly(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"ro.txt": []byte(goodText)})
	p := filepath.Join(dir, "ro.txt")
	if err := os.Chmod(p, 0o444); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runIn(t, dir, "fix", "--lang", "en", "--write", "ro.txt")
	got, _ := os.ReadFile(p)
	if string(got) != goodText {
		t.Errorf("read-only file changed: %q", got)
	}
	if code != 2 || !strings.Contains(errOut, "ro.txt") {
		t.Errorf("exit %d, stderr %q; want 2 naming the file", code, errOut)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left files behind: %v", entries)
	}
}

// TestHostileDeterminism: the same bytes out for GOMAXPROCS 1 and 2 and
// across runs, over a folder of many files.
func TestHostileDeterminism(t *testing.T) {
	files := map[string][]byte{}
	for i := range 60 {
		files["f"+itoa(i+1)+".txt"] = []byte(strings.Repeat(goodText, i%5+1) + "Dhe press conference was held.\n")
	}
	dir := writeFiles(t, files)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first string
	for _, procs := range []int{1, 2, 2, 1} {
		runtime.GOMAXPROCS(procs)
		for _, format := range []string{"json", "text", "sarif"} {
			_, out, _ := runIn(t, dir, "check", "--lang", "en", "--format", format, ".")
			out = format + "\n" + out
			if procs == 1 && first == "" && format == "json" {
				first = out
			}
			if format == "json" && out != first {
				t.Fatalf("GOMAXPROCS=%d: output differs", procs)
			}
		}
	}
}

// indentedList returns n list items, each indented under the one before.
func indentedList(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}
