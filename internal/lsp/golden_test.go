package lsp

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenText is a Markdown document with several findings, each after
// non-ASCII text on its line: accented letters (one UTF-16 unit each), an
// emoji and a CJK extension B character (two units each) and CJK ideographs,
// so that the ranges show the UTF-16 columns the protocol asks for.
const goldenText = "# Fähren , heute\n" +
	"\n" +
	"Dhe café “Zur Möwe” 😀 opened on on Monday , the owner said.\n" +
	"\n" +
	"- Größe 𠀋 und Maß – the signs are  in German.\n" +
	"- 漢字 and 😀😀 then a space before a period .\n" +
	"\n" +
	"```\n" +
	"Code . with on on words\n" +
	"```\n" +
	"\n" +
	".\n"

// TestGoldenDiagnostics pins the diagnostics the server publishes for
// goldenText, and the code actions it offers for the whole document, as JSON
// on the wire (`go test ./internal/lsp -run TestGoldenDiagnostics -update`
// rewrites the golden files). Fixes that remove or replace only white space
// name it ("Replace two spaces with one space").
func TestGoldenDiagnostics(t *testing.T) {
	c := newClient(t, Options{
		Debounce: -1,
		Lang:     "en",
		Disable:  []string{"all"},
		Enable:   []string{"drop-cap", "repeated-word", "space-before-punctuation", "double-space", "stray-punctuation"},
	})
	c.initialize()
	uri := "untitled:golden.md"
	c.open(uri, "markdown", goldenText)
	p := c.waitDiagnostics(uri, 1)
	checkGolden(t, "diagnostics-md.json", p.Raw)

	var actions json.RawMessage
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range": map[string]any{"start": map[string]any{"line": 0, "character": 0},
			"end": map[string]any{"line": 12, "character": 0}},
		"context": map[string]any{"diagnostics": []any{}},
	}, &actions)
	checkGolden(t, "codeactions-md.json", actions)
}

// checkGolden compares the indented JSON with testdata/golden/name, or
// writes it there with -update.
func checkGolden(t *testing.T, name string, raw []byte) {
	t.Helper()
	var got bytes.Buffer
	if err := json.Indent(&got, raw, "", "  "); err != nil {
		t.Fatalf("%s: %v in %s", name, err, raw)
	}
	got.WriteByte('\n')
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("%s differs from the golden file; got:\n%s", path, got.Bytes())
	}
}
