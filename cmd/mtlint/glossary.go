package main

import (
	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/rules"
)

// withGlossary sets the glossary rule's file option from --glossary. The
// file is read here once, so that a missing or malformed glossary is a usage
// error (exit 2) naming the file and line before any input is checked.
func withGlossary(cfg checker.Config, path string) (checker.Config, error) {
	if path == "" {
		return cfg, nil
	}
	if _, err := rules.LoadGlossary(path); err != nil {
		return cfg, err
	}
	if cfg.Options == nil {
		cfg.Options = map[string]map[string]string{}
	}
	if cfg.Options[rules.Glossary.ID] == nil {
		cfg.Options[rules.Glossary.ID] = map[string]string{}
	}
	cfg.Options[rules.Glossary.ID]["file"] = path
	return cfg, nil
}
