package run

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
)

// missingParagraph is a stand-in for the missing-translation rule: it
// reports each unit without a target at Unit.TargetAt.
var missingParagraph = &checker.Rule{
	ID: "test-missing", Title: "a source paragraph with no translation", Severity: checker.Error,
	Check: func(p *checker.Pass) error {
		for _, u := range p.Doc.Units {
			if u.Target == nil && u.Source != nil {
				p.ReportAt(u.TargetAt, u.TargetAt, checker.Error, "source paragraph not translated: "+u.Source.Text, "")
			}
		}
		return nil
	},
}

func TestRunParallel(t *testing.T) {
	e, err := checker.NewEngine([]*checker.Rule{missingParagraph}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "testdata", "align")
	r := Parallel(e, filepath.Join(dir, "heldout-de.txt"), filepath.Join(dir, "heldout-en.txt"), Options{Lang: "en"})
	if len(r.Files) != 1 || r.Files[0].Error != "" {
		t.Fatalf("files: %+v", r.Files)
	}
	f := r.Files[0]
	if f.SourceLanguage != "de" || f.Language != "en" || len(f.Alignment) != 6 {
		t.Errorf("file: source %q, target %q, %d beads", f.SourceLanguage, f.Language, len(f.Alignment))
	}
	if len(r.Findings) != 1 {
		t.Fatalf("findings: %+v", r.Findings)
	}
	got := r.Findings[0]
	if got.Line != 7 || got.Column != 1 || !strings.Contains(got.Message, "Für den Radweg") {
		t.Errorf("finding at %d:%d %q, want 7:1 about the dropped paragraph", got.Line, got.Column, got.Message)
	}

	r = Parallel(e, filepath.Join(dir, "nothing.txt"), filepath.Join(dir, "heldout-en.txt"), Options{})
	if len(r.Files) != 1 || !strings.Contains(r.Files[0].Error, "source ") || !strings.Contains(r.Files[0].Error, "no such file") {
		t.Errorf("missing source: %+v", r.Files)
	}
	r = Parallel(e, filepath.Join(dir, "heldout-de.txt"), filepath.Join(dir, "nothing.txt"), Options{})
	if len(r.Files) != 1 || r.Files[0].Error != "no such file" {
		t.Errorf("missing target: %+v", r.Files)
	}
}
