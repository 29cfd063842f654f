package rules

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
)

// fixtureConfig reads the rule options of a fixture folder from its file
// "options", one "rule.option = value" a line ("#" starts a comment), or
// "disable = rule[, rule]" for rules whose findings the folder's synthetic
// text would draw by design (contrastive rows of one source are an
// inconsistent translation within one file). A
// value starting with "./" is a path relative to the folder, so a fixture
// folder can carry the files its rule reads (a glossary). A folder without
// the file runs the rules with their defaults.
func fixtureConfig(t *testing.T, dir string) checker.Config {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "options"))
	if errors.Is(err, fs.ErrNotExist) {
		return checker.Config{}
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg := checker.Config{Options: map[string]map[string]string{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if strings.TrimSpace(key) == "disable" && ok {
			for _, r := range strings.Split(value, ",") {
				cfg.Disable = append(cfg.Disable, strings.TrimSpace(r))
			}
			continue
		}
		rule, option, ok2 := strings.Cut(strings.TrimSpace(key), ".")
		if !ok || !ok2 {
			t.Fatalf("%s/options:%d: want rule.option = value", dir, n)
		}
		value = strings.TrimSpace(value)
		if strings.HasPrefix(value, "./") {
			value = filepath.Join(dir, value)
		}
		if cfg.Options[rule] == nil {
			cfg.Options[rule] = map[string]string{}
		}
		cfg.Options[rule][option] = value
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cfg
}
