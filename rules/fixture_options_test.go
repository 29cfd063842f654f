package rules

import (
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/internal/fixture"
)

// fixtureConfig reads the rule options of a fixture folder (internal/fixture
// Config: its "options" file).
func fixtureConfig(t *testing.T, dir string) checker.Config {
	t.Helper()
	cfg, err := fixture.Config(dir)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
