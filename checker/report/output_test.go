package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/internal/testrules"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// goldenReport checks two small files, one with wide and accented characters
// and one too long for a terminal line, plus a missing file.
func goldenReport(t *testing.T) *Report {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Dhe ferry left.\n\nDie Fähre „fuhr“ um 8 Uhr, 東京 Dhe.\n",
		"b.md":  "# Heading\n\n" + strings.Repeat("word ", 40) + "Dhe " + strings.Repeat("more ", 30) + "\n",
	}
	var inputs []string
	for _, name := range []string{"a.txt", "b.md", "missing.txt"} {
		p := filepath.Join(dir, name)
		if c, ok := files[name]; ok {
			if err := os.WriteFile(p, []byte(c), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		inputs = append(inputs, p)
	}
	eng, err := checker.NewEngine([]*checker.Rule{testrules.WordRule("drop-cap", "Dhe", checker.Error, "The"), testrules.WordRule("other", "Fähre", checker.Info, "")}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := checkFiles(eng, inputs, "en")
	// Paths relative to the temporary folder keep the golden files stable.
	for i := range r.Files {
		r.Files[i].Path = filepath.Base(r.Files[i].Path)
		if r.Files[i].Doc != nil {
			r.Files[i].Doc.Path = r.Files[i].Path
		}
	}
	for i := range r.Findings {
		r.Findings[i].Path = filepath.Base(r.Findings[i].Path)
	}
	return r
}

func TestFormattersGolden(t *testing.T) {
	r := goldenReport(t)
	for _, name := range Formats() {
		t.Run(name, func(t *testing.T) {
			f, err := FormatterFor(name, false)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := f.Format(&buf, r); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("..", "..", "testdata", "golden", "format."+name)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./checker/report -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s output differs from %s:\n%s", name, golden, buf.String())
			}
		})
	}
}

func TestTextColor(t *testing.T) {
	r := goldenReport(t)
	var plain, color bytes.Buffer
	if err := (&TextFormatter{}).Format(&plain, r); err != nil {
		t.Fatal(err)
	}
	if err := (&TextFormatter{Color: true}).Format(&color, r); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain.Bytes(), []byte("\x1b[")) {
		t.Error("plain text output contains ANSI escapes")
	}
	if !bytes.Contains(color.Bytes(), []byte("\x1b[31m")) {
		t.Error("coloured output lacks the error colour")
	}
}

func TestMarkSpan(t *testing.T) {
	tests := []struct {
		line       string
		start, end int
		shown      string
		pad, width int
	}{
		{"Dhe ferry", 0, 3, "Dhe ferry", 0, 3},
		{"a\tb 東京 c", 4, 6, "a b 東京 c", 4, 4},
		{"x", 1, 1, "x", 1, 1},
		{strings.Repeat("a", 200) + "XY" + strings.Repeat("b", 200), 200, 202, "…" + strings.Repeat("a", 49) + "XY" + strings.Repeat("b", 49) + "…", 50, 2},
	}
	for _, tt := range tests {
		shown, pad, width := markSpan(tt.line, tt.start, tt.end)
		if shown != tt.shown || pad != tt.pad || width != tt.width {
			t.Errorf("markSpan(%.20q, %d, %d) = %q, %d, %d; want %q, %d, %d", tt.line, tt.start, tt.end, shown, pad, width, tt.shown, tt.pad, tt.width)
		}
	}
}

// checkFiles checks files in English the way a run does, without the
// concurrency and the configuration of one: read, parse, check, resolve.
func checkFiles(eng *checker.Engine, paths []string, lang string) *Report {
	r := &Report{Rules: eng.Rules()}
	for _, path := range paths {
		res := FileResult{Path: path, Language: lang}
		content, err := read.ReadFile(path, 0)
		if err != nil {
			res.Error = read.ReadError(err)
			r.Files = append(r.Files, res)
			continue
		}
		doc, err := read.ParseWith(path, content, read.ParseOptions{Lang: lang})
		if err != nil {
			res.Error = err.Error()
			r.Files = append(r.Files, res)
			continue
		}
		fs, err := eng.Check(doc)
		if err != nil {
			res.Error = err.Error()
		}
		res.Language, res.SourceLanguage, res.Words, res.Cut = doc.Lang, doc.SourceLang, doc.Words(), doc.Cut
		checker.Resolve(doc, fs)
		res.Doc = doc.OutputOnly()
		r.Files = append(r.Files, res)
		r.Findings = append(r.Findings, fs...)
	}
	checker.SortFindings(r.Findings)
	return r
}
