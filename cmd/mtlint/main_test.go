package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"mtlint": func() { os.Exit(execute(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scripts in testdata/script: each is a
// txtar archive of commands, input files and expected output.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *update,
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"crlf":    crlfCmd,
			"encode":  encodeCmd,
			"cutjson": cutJSONCmd,
		},
	})
}

// crlfCmd is the script command "crlf FILE...": it rewrites each file with
// CRLF line endings, since txtar archives hold LF text only.
func crlfCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: crlf FILE...")
	}
	for _, name := range args {
		b := []byte(ts.ReadFile(name))
		b = bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
		ts.Check(os.WriteFile(ts.MkAbs(name), b, 0o644))
	}
}

// encodeCmd is the script command "encode ENCODING FILE...": it re-encodes
// each UTF-8 file as utf-8-bom (a byte order mark added), utf-16le or
// utf-16be (with a byte order mark), or windows-1252 (failing on a character
// that code page lacks), since txtar archives hold UTF-8 text only.
func encodeCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: encode utf-8-bom|utf-16le|utf-16be|windows-1252 FILE...")
	}
	for _, name := range args[1:] {
		text := ts.ReadFile(name)
		var b []byte
		switch args[0] {
		case "utf-8-bom":
			b = []byte("\uFEFF" + text)
		case "utf-16le", "utf-16be":
			var order binary.AppendByteOrder = binary.LittleEndian
			if args[0] == "utf-16be" {
				order = binary.BigEndian
			}
			for _, u := range utf16.Encode([]rune("\uFEFF" + text)) {
				b = order.AppendUint16(b, u)
			}
		case "windows-1252":
			var err error
			b, err = charmap.Windows1252.NewEncoder().Bytes([]byte(text))
			ts.Check(err)
		default:
			ts.Fatalf("encode: unknown encoding %q", args[0])
		}
		ts.Check(os.WriteFile(ts.MkAbs(name), b, 0o644))
	}
}

// cutJSONCmd is the script command "cutjson FILE KEY...": it replaces the
// value of each indented JSON array or object member named KEY in FILE (as
// the indenting encoders write it, the key at the start of its line and the
// closing bracket at the same indentation) by "...". The golden outputs use
// it to leave out the rules' documentation that SARIF embeds, which is
// pinned by the rule tests, not by the output format's.
func cutJSONCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: cutjson FILE KEY...")
	}
	lines := strings.SplitAfter(ts.ReadFile(args[0]), "\n")
	var out strings.Builder
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimLeft(line, " ")
		indent := line[:len(line)-len(trimmed)]
		cut := false
		for _, key := range args[1:] {
			open := `"` + key + `": `
			if !strings.HasPrefix(trimmed, open) {
				continue
			}
			rest := strings.TrimSpace(strings.TrimPrefix(trimmed, open))
			if rest != "[" && rest != "{" {
				continue
			}
			closing := map[string]string{"[": "]", "{": "}"}[rest]
			j := i + 1
			for ; j < len(lines); j++ {
				c := strings.TrimRight(lines[j], "\n")
				if c == indent+closing || c == indent+closing+"," {
					break
				}
			}
			if j == len(lines) {
				ts.Fatalf("cutjson: %s: no end of %q at line %d", args[0], key, i+1)
			}
			out.WriteString(indent + open + `"..."` + strings.TrimPrefix(strings.TrimRight(lines[j], "\n"), indent+closing) + "\n")
			i, cut = j, true
			break
		}
		if !cut {
			out.WriteString(line)
		}
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(out.String()), 0o644))
}
