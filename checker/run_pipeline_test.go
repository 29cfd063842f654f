package checker

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/read"
)

func TestRunKeepsInputOrderAndSortsFindings(t *testing.T) {
	e, err := NewEngine([]*Rule{wordRule("w", "x", Error, "")}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := Run(e, []string{"-", "missing-file.txt"}, RunOptions{Stdin: strings.NewReader("a x b x"), Lang: "en"})
	if len(r.Files) != 2 || r.Files[0].Path != read.StdinPath || r.Files[1].Error != "no such file" {
		t.Fatalf("files = %+v", r.Files)
	}
	if len(r.Findings) != 2 || r.Findings[0].Offset != 2 || r.Findings[1].Line != 1 || r.Findings[1].Column != 7 {
		t.Errorf("findings = %+v", r.Findings)
	}
}

// TestFindingsCapPerRule: a rule reports at most MaxFindingsPerRule findings
// in a document; the rest are counted in the file's result, and another
// rule's findings are not crowded out.
func TestFindingsCapPerRule(t *testing.T) {
	e, err := NewEngine([]*Rule{wordRule("x-rule", "x", Warning, ""), wordRule("y-rule", "y", Warning, "")}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "a.txt")
	n := MaxFindingsPerRule + 2500
	if err := os.WriteFile(path, []byte(strings.Repeat("x ", n)+"y.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := Run(e, []string{path}, RunOptions{Lang: "en"})
	count := map[string]int{}
	for _, f := range r.Findings {
		count[f.Rule]++
	}
	if count["x-rule"] != MaxFindingsPerRule || count["y-rule"] != 1 || r.Files[0].Cut["x-rule"] != 2500 {
		t.Errorf("findings %v, cut %v: want %d of x-rule with 2500 cut, and the y", count, r.Files[0].Cut, MaxFindingsPerRule)
	}
}

// FuzzStream feeds any bytes to the jsonl stream: no panic, one result
// line per input line that holds anything.
func FuzzStream(f *testing.F) {
	f.Add([]byte(`{"id":1,"text":"Dhe  press."}` + "\n" + `{"id":"x","text":"<p>a</p>","lang":"de"}`))
	f.Add([]byte("not json\n{\"text\":\"\\u0000\"}\n\n{}"))
	e, err := NewEngine([]*Rule{wordRule("w", "Dhe", Error, "The")}, Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		_, _ = Stream(e, bytes.NewReader(in), &out, RunOptions{Lang: "en"})
		if out.Len() > 0 && !utf8.Valid(out.Bytes()) {
			t.Fatal("output is not UTF-8")
		}
		for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			if l != "" && !strings.HasPrefix(l, "{") {
				t.Fatalf("output line is not an object: %q", l)
			}
		}
	})
}

// TestKeepsText: only the HTML report asks the run to keep the text of
// files without findings, and the run drops it otherwise.
func TestKeepsText(t *testing.T) {
	for _, name := range Formats() {
		f, err := FormatterFor(name, false)
		if err != nil {
			t.Fatal(err)
		}
		if got := KeepsText(f); got != (name == "html") {
			t.Errorf("KeepsText(%s) = %v", name, got)
		}
	}
	path := filepath.Join(t.TempDir(), "clean.txt")
	if err := os.WriteFile(path, []byte("The ferry runs every hour.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := NewEngine(nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, keep := range []bool{false, true} {
		r := Run(e, []string{path}, RunOptions{Lang: "en", KeepText: keep})
		if got := r.Files[0].Doc != nil; got != keep {
			t.Errorf("KeepText %v: text kept %v", keep, got)
		}
	}
}
