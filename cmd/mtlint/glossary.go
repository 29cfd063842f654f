package main

import (
	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/rules"
)

// setGlossary sets the glossary rule's file option from --glossary, over the
// configuration files' glossary. The file is read here once, so that a missing
// or malformed glossary is a usage error (exit 2) naming the file and line
// before any input is checked.
func setGlossary(cfgs *config.Configs, path string) error {
	if path == "" {
		return nil
	}
	if _, err := rules.LoadGlossary(path); err != nil {
		return err
	}
	return cfgs.SetOption(rules.Glossary.ID, "file", path)
}
