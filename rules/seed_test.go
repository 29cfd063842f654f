package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
)

// seedArticle is the real MT article the project started from. It is not
// ours to copy, so the test reads it from ../shared when present and skips
// otherwise.
var seedArticle = filepath.Join("..", "..", "shared", "seed", "article-en-mt.txt")

// TestSeedArticle checks the artifacts of the seed article: each artifact
// line gets a finding from a fitting rule, and the clean lines get nothing at
// warning or error.
func TestSeedArticle(t *testing.T) {
	content, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	doc, err := read.Parse(seedArticle, content, "", "en")
	if err != nil {
		t.Fatal(err)
	}
	eng, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	findings, err := eng.Check(doc)
	if err != nil {
		t.Fatal(err)
	}
	checker.Resolve(doc, findings)
	byLine := map[int][]checker.Finding{}
	for _, f := range findings {
		byLine[f.Line] = append(byLine[f.Line], f)
	}

	// Each artifact line, with the rules that fit it. Lines 43 and 45 are a
	// duplicated caption: either copy may carry the finding.
	artifacts := []struct {
		lines []int
		rules []string
	}{
		{[]int{3}, []string{"fragment"}},
		{[]int{7}, []string{"stray-punctuation"}},
		{[]int{15}, []string{"drop-cap"}},
		{[]int{19}, []string{"boilerplate"}},
		{[]int{27}, []string{"boilerplate"}},
		{[]int{37}, []string{"fragment"}},
		{[]int{43, 45}, []string{"duplicate-paragraph"}},
		{[]int{47}, []string{"boilerplate"}},
		{[]int{53}, []string{"boilerplate"}},
		{[]int{55}, []string{"fragment", "boilerplate"}},
		{[]int{57}, []string{"space-before-punctuation"}},
		{[]int{59}, []string{"stray-punctuation"}},
		{[]int{60}, []string{"boilerplate"}},
	}
	for _, a := range artifacts {
		found := false
		for _, l := range a.lines {
			for _, f := range byLine[l] {
				for _, r := range a.rules {
					found = found || f.Rule == r
				}
			}
		}
		if !found {
			t.Errorf("line %v: no finding from %v (got %v)", a.lines, a.rules, byLine[a.lines[0]])
		}
	}
	for _, l := range []int{1, 5, 9, 11, 13, 21, 23, 33, 35, 39, 41, 51} {
		for _, f := range byLine[l] {
			if f.Severity >= checker.Warning {
				t.Errorf("clean line %d: %s finding [%s] %s: %q", l, f.Severity, f.Rule, f.Message, f.Text)
			}
		}
	}
}
