package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedBaselineAndSince runs the baseline and --since on the seed article:
// after lines are added on top and a new artifact is pasted in the middle,
// the baseline hides every old finding and --since reports only the new
// paragraph.
func TestSeedBaselineAndSince(t *testing.T) {
	seed, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	dir := t.TempDir()
	article := filepath.Join(dir, "article.txt")
	old := filepath.Join(dir, "old.txt")
	baseline := filepath.Join(dir, "baseline.json")
	for _, p := range []string{article, old} {
		if err := os.WriteFile(p, seed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	check := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := execute(append([]string{"check", "--lang", "en", "--format", "line"}, args...), nil, &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	code, all, _ := check(article)
	if code != 1 || all == "" {
		t.Fatalf("the seed article should fail: exit %d", code)
	}
	if code, out, errOut := check("--write-baseline", baseline, article); code != 0 || out != "" {
		t.Fatalf("--write-baseline: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	// Three paragraphs on top, and a new split drop cap in the middle.
	paras := strings.SplitAfter(string(seed), "\n")
	mid := len(paras) / 2
	for mid < len(paras) && strings.TrimSpace(paras[mid]) != "" {
		mid++
	}
	edited := "Updated on Friday.\n\nThis article was corrected.\n\nA third new line.\n\n" +
		strings.Join(paras[:mid], "") + "\nDhe ferry left at noon.\n" + strings.Join(paras[mid:], "")
	if err := os.WriteFile(article, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	newLine := strings.Count(edited[:strings.Index(edited, "Dhe ferry")], "\n") + 1
	want := fmt.Sprintf("%s:%d:1: error: ", article, newLine)

	for _, args := range [][]string{{"--baseline", baseline}, {"--since", old}} {
		code, out, errOut := check(append(args, article)...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 1 || len(lines) != 1 || !strings.HasPrefix(lines[0], want) || !strings.HasSuffix(lines[0], "[drop-cap]") {
			t.Errorf("%s: exit %d, stderr %q, findings:\n%s\nwant one drop-cap finding at %s", args[0], code, errOut, out, want)
		}
	}
}
