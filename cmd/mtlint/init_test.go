package main

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/rules"
)

// TestExampleConfig checks that the file init writes parses and changes
// nothing: every rule is listed, at its default severity.
func TestExampleConfig(t *testing.T) {
	all := rules.All()
	text := exampleConfig(all)
	c, err := config.ParseConfig(config.ConfigFileName, []byte(text), all)
	if err != nil {
		t.Fatalf("the example does not parse: %v", err)
	}
	if c.Lang != "" || len(c.Disable) != 0 || len(c.Options) != 0 || len(c.Ignore) != 0 {
		t.Errorf("the example sets more than severities: %+v", c)
	}
	for _, r := range all {
		if got := c.Severity[r.ID]; got != r.Severity {
			t.Errorf("%s: severity %v in the example, default %v", r.ID, got, r.Severity)
		}
	}
	// Uncommenting the examples must give a valid file too.
	// An example is a "#key:" line and the "#  " lines under it.
	var b strings.Builder
	inExample := false
	for _, line := range strings.SplitAfter(text, "\n") {
		rest, ok := strings.CutPrefix(line, "#")
		inExample = ok && (rest != "" && rest[0] != ' ' && rest[0] != '\n' || inExample && strings.HasPrefix(rest, "  "))
		if inExample {
			line = rest
		}
		b.WriteString(line)
	}
	if c, err = config.ParseConfig(config.ConfigFileName, []byte(b.String()), all); err != nil {
		t.Fatalf("the uncommented example does not parse: %v\n%s", err, b.String())
	}
	if c.Lang != "en" || c.SourceLang != "de" || len(c.Ignore) != 2 || c.Options["glossary"]["terms"] == "" || c.Options["boilerplate"]["prefixes"] == "" {
		t.Errorf("the uncommented example lost a key: %+v", c)
	}
}
