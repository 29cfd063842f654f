package run

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/internal/testrules"
)

func TestRunKeepsInputOrderAndSortsFindings(t *testing.T) {
	e, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("w", "x", checker.Error, "")}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := Run(e, []string{"-", "missing-file.txt"}, Options{Stdin: strings.NewReader("a x b x"), Lang: "en"})
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
	e, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("x-rule", "x", checker.Warning, ""), testrules.WordRule("y-rule", "y", checker.Warning, "")}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "a.txt")
	n := checker.MaxFindingsPerRule + 2500
	if err := os.WriteFile(path, []byte(strings.Repeat("x ", n)+"y.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := Run(e, []string{path}, Options{Lang: "en"})
	count := map[string]int{}
	for _, f := range r.Findings {
		count[f.Rule]++
	}
	if count["x-rule"] != checker.MaxFindingsPerRule || count["y-rule"] != 1 || r.Files[0].Cut["x-rule"] != 2500 {
		t.Errorf("findings %v, cut %v: want %d of x-rule with 2500 cut, and the y", count, r.Files[0].Cut, checker.MaxFindingsPerRule)
	}
}

// FuzzStream feeds any bytes to the jsonl stream: no panic, one result
// line per input line that holds anything.
func FuzzStream(f *testing.F) {
	f.Add([]byte(`{"id":1,"text":"Dhe  press."}` + "\n" + `{"id":"x","text":"<p>a</p>","lang":"de"}`))
	f.Add([]byte("not json\n{\"text\":\"\\u0000\"}\n\n{}"))
	e, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("w", "Dhe", checker.Error, "The")}, checker.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		_, _ = Stream(e, bytes.NewReader(in), &out, Options{Lang: "en"})
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
	for _, name := range report.Formats() {
		f, err := report.FormatterFor(name, false)
		if err != nil {
			t.Fatal(err)
		}
		if got := report.KeepsText(f); got != (name == "html") {
			t.Errorf("KeepsText(%s) = %v", name, got)
		}
	}
	path := filepath.Join(t.TempDir(), "clean.txt")
	if err := os.WriteFile(path, []byte("The ferry runs every hour.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := checker.NewEngine(nil, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, keep := range []bool{false, true} {
		r := Run(e, []string{path}, Options{Lang: "en", KeepText: keep})
		if got := r.Files[0].Doc != nil; got != keep {
			t.Errorf("KeepText %v: text kept %v", keep, got)
		}
	}
}
