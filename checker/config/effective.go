package config

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
)

// Setting is one value of the effective configuration of a file and where
// it came from: "FILE:LINE", "flag --NAME", "path", "default", or
// "detected" for what is decided from the text when it is checked.
type Setting struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	From  string `json:"from"`
}

// Flags are the command-line values that bear on a file's configuration
// besides those Configs holds (--lang and --source-lang).
type Flags struct {
	Lang, SourceLang string
}

// Effective returns the configuration that applies to input, value by
// value, with where each came from; what `mtlint config FILE` prints.
func (c *Configs) Effective(input string, flags Flags) ([]Setting, error) {
	e := c.lookup(input)
	if e.err != nil {
		return nil, e.err
	}
	fc := e.cfg
	at := func(key string) string {
		if line, ok := fc.Lines[key]; ok {
			return fmt.Sprintf("%s:%d", fc.Path, line)
		}
		return ""
	}
	var out []Setting
	add := func(key, value, from string) { out = append(out, Setting{key, value, from}) }

	cfgName := fc.Path
	if cfgName == "" {
		cfgName = "(none)"
	}
	add("config", cfgName, configFrom(c.fixed != "", fc.Path != ""))
	if fc.Ignored(input) {
		add("ignored", "yes", at("ignore"))
	} else {
		add("ignored", "no", "no ignore glob matches")
	}

	switch {
	case flags.Lang != "":
		add("lang", flags.Lang, "flag --lang")
	case fc.Lang != "":
		add("lang", fc.Lang, at("lang"))
	case read.LangFromPath(input) != "":
		add("lang", read.LangFromPath(input), "path (unless the text is long enough to detect another)")
	default:
		add("lang", "", "detected")
	}
	switch {
	case flags.SourceLang != "":
		add("source_lang", flags.SourceLang, "flag --source-lang")
	case fc.SourceLang != "":
		add("source_lang", fc.SourceLang, at("source_lang"))
	default:
		add("source_lang", "", "declared by a bilingual file, else none")
	}
	cands, from := fc.Candidates, at("candidates")
	if cands == nil {
		cands, from = langid.DefaultCandidates(), "default"
	}
	if len(c.candidates) > 0 {
		cands, from = AddCandidates(fc.Candidates, c.candidates), from+" + flag --candidates"
	}
	add("candidates", strings.Join(cands, ","), from)

	eng := e.eng
	enabled := map[string]bool{}
	for _, r := range eng.Rules() {
		enabled[r.ID] = true
	}
	for _, r := range c.rules {
		value := "off"
		if enabled[r.ID] {
			value = r.Severity.String()
			if sev, ok := fc.Severity[r.ID]; ok {
				value = sev.String()
			}
		}
		add("rules."+r.ID, value, c.ruleFrom(fc, r, at))
		opts := c.ruleOptions(fc.Options)[r.ID]
		for _, name := range slices.Sorted(maps.Keys(opts)) {
			from := at("rules." + r.ID + ".options." + name)
			if _, ok := c.options[r.ID][name]; ok {
				from = "flag --" + r.ID
			} else if from == "" && r.Section != nil {
				if from = at(r.Section.Key + "." + name); from == "" {
					from = at(r.Section.Key)
				}
			}
			add("rules."+r.ID+".options."+name, oneLine(opts[name]), from)
		}
	}
	for _, g := range fc.Ignore {
		add("ignore", g, at("ignore"))
	}
	return out, nil
}

func configFrom(fixed, found bool) string {
	switch {
	case fixed:
		return "flag --config"
	case found:
		return "nearest " + ConfigFileName + " from the file's folder upward"
	}
	return "no " + ConfigFileName + " from the file's folder up to the repository root"
}

// ruleFrom says what decided whether rule r is on and at which severity.
// The command line's --enable and --disable beat the file; within the
// file, an entry for the rule beats `all: off`.
func (c *Configs) ruleFrom(fc *FileConfig, r *checker.Rule, at func(string) string) string {
	for _, id := range slices.Backward(c.enable) {
		if id = strings.TrimSpace(id); id == r.ID || id == "all" {
			return "flag --enable"
		}
	}
	for _, id := range c.disable {
		if id = strings.TrimSpace(id); id == r.ID || id == "all" {
			return "flag --disable"
		}
	}
	if from := at("rules." + r.ID); from != "" {
		return from
	}
	if from := at("rules.all"); from != "" {
		return from
	}
	return "default"
}

// oneLine shortens an option's value for a table row.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " | ")
	if r := []rune(s); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return s
}
