package rules

import (
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/run"
)

// TestExampleArticles checks our example articles against their answer key
// (testdata/examples/README.md): every artifact line gets a finding from its
// rule, and the clean lines get nothing at warning or error. The untranslated
// German on lines 39 and 55 of article-en.txt needs language detection and is
// not asserted here.
func TestExampleArticles(t *testing.T) {
	tests := []struct {
		file, lang string
		want       map[int]string
		clean      []int
	}{
		{"article-en.txt", "en", map[int]string{
			3: "fragment", 7: "stray-punctuation", 9: "boilerplate", 11: "drop-cap", 17: "boilerplate",
			21: "number-format", 27: "duplicate-paragraph", 29: "boilerplate", 31: "fragment",
			33: "quote-style", 37: "boilerplate", 41: "number-format", 43: "mojibake",
			45: "repeated-word", 51: "invisible-character", 57: "space-before-punctuation",
			59: "stray-punctuation", 63: "boilerplate",
		}, []int{1, 5, 13, 15, 19, 23, 25, 35, 47, 49, 53, 61}},
		{"article-de.txt", "de", map[int]string{
			7: "drop-cap", 9: "number-format", 11: "quote-style", 13: "boilerplate",
		}, []int{1, 3, 5, 15, 17, 19, 21, 23, 25}},
	}
	for _, tt := range tests {
		path := filepath.Join("..", "testdata", "examples", tt.file)
		eng, err := checker.NewEngine(All(), checker.Config{})
		if err != nil {
			t.Fatal(err)
		}
		r := run.Run(eng, []string{path}, run.Options{Lang: tt.lang})
		if r.Files[0].Error != "" {
			t.Fatalf("%s: %s", path, r.Files[0].Error)
		}
		got := map[int]map[string]bool{}
		for _, f := range r.Findings {
			if got[f.Line] == nil {
				got[f.Line] = map[string]bool{}
			}
			got[f.Line][f.Rule] = true
		}
		for line, rule := range tt.want {
			if !got[line][rule] {
				t.Errorf("%s:%d: no %s finding (got %v)", tt.file, line, rule, got[line])
			}
		}
		for _, line := range tt.clean {
			for _, f := range r.Findings {
				if f.Line == line && f.Severity >= checker.Warning {
					t.Errorf("%s:%d: clean line got [%s] %s", tt.file, line, f.Rule, f.Message)
				}
			}
		}
	}
}
