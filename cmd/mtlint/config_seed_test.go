package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// seedArticle is the project's real MT article, read from ../shared when
// present (it is not ours to copy into the repository).
var seedArticle = filepath.Join("..", "..", "..", "shared", "seed", "article-en-mt.txt")

// TestConfigOnSeedArticle runs the seed article with a configuration that
// switches stray-punctuation off and lowers drop-cap to a warning.
func TestConfigOnSeedArticle(t *testing.T) {
	if _, err := os.Stat(seedArticle); err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	cfg := filepath.Join(t.TempDir(), ".mtlint.yaml")
	if err := os.WriteFile(cfg, []byte("lang: en\nrules:\n  stray-punctuation: off\n  drop-cap: warning\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	counts := func(args ...string) map[string]map[string]int {
		var out, errOut bytes.Buffer
		code := execute(append([]string{"check", "--format", "json"}, args...), nil, &out, &errOut)
		if code == 2 {
			t.Fatalf("exit 2: %s", errOut.String())
		}
		var r struct {
			Findings []struct{ Rule, Severity string }
		}
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		m := map[string]map[string]int{}
		for _, f := range r.Findings {
			if m[f.Rule] == nil {
				m[f.Rule] = map[string]int{}
			}
			m[f.Rule][f.Severity]++
		}
		return m
	}
	before := counts("--lang", "en", seedArticle)
	if before["stray-punctuation"]["error"] == 0 || before["drop-cap"]["error"] == 0 {
		t.Fatalf("the seed article lost its artifacts: %v", before)
	}
	after := counts("--config", cfg, seedArticle)
	if len(after["stray-punctuation"]) != 0 {
		t.Errorf("stray-punctuation still reported: %v", after["stray-punctuation"])
	}
	if after["drop-cap"]["error"] != 0 || after["drop-cap"]["warning"] != before["drop-cap"]["error"]+before["drop-cap"]["warning"] {
		t.Errorf("drop-cap before %v, after %v; want all as warnings", before["drop-cap"], after["drop-cap"])
	}
}
