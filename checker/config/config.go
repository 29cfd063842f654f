package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
	"go.yaml.in/yaml/v3"
)

// ConfigFileName is the name of the configuration file looked up from each
// checked file's folder upward.
const ConfigFileName = ".mtlint.yaml"

// FileConfig is one parsed configuration file. The zero value is the empty
// configuration: every rule at its default.
type FileConfig struct {
	// Path is the file as named in messages; Dir is its absolute folder,
	// against which Ignore and Glossary.File are resolved.
	Path, Dir string
	// Lang and SourceLang are normalised language codes; "" means unset.
	Lang, SourceLang string
	// Candidates are the languages language detection should consider.
	Candidates []string
	// Enable and Disable are the rules switched on and off; "all" may appear
	// in Disable (from `all: off`), which is applied first.
	Enable, Disable []string
	// Severity and Options are what Config wants, already validated.
	Severity map[string]checker.Severity
	Options  map[string]map[string]string
	// Ignore holds globs (doublestar syntax, slash-separated) relative to Dir.
	Ignore []string
	// Lines holds the line of every key set, dotted ("lang",
	// "rules.drop-cap", "rules.drop-cap.options.words"), so that mtlint
	// config can say where a value came from.
	Lines map[string]int
}

// EngineConfig returns the rule selection of the configuration with the
// command line's --enable and --disable layered on top: the configuration's
// `all: off` first, then its `RULE: off`, then its rules turned back on by a
// severity, then --disable, then --enable.
func (c *FileConfig) EngineConfig(enable, disable []string) checker.Config {
	on := map[string]bool{}
	// NewEngine applies Disable, then Enable; to layer two such steps, the
	// configuration's result is computed here as explicit lists.
	cfg := checker.Config{Severity: c.Severity, Options: c.Options}
	cfg.Disable = append(cfg.Disable, c.Disable...)
	for _, id := range c.Enable {
		on[id] = true
	}
	for _, id := range disable {
		if id = strings.TrimSpace(id); id == "all" {
			clear(on)
		}
		delete(on, id)
	}
	for id := range on {
		cfg.Enable = append(cfg.Enable, id)
	}
	slices.Sort(cfg.Enable)
	cfg.Disable = append(cfg.Disable, disable...)
	cfg.Enable = append(cfg.Enable, enable...)
	return cfg
}

// Ignored reports whether path (as given on the command line or found in a
// folder walk) matches one of the Ignore globs. A glob that matches a folder
// ignores everything under it. Files outside Dir are never ignored.
func (c *FileConfig) Ignored(path string) bool {
	if len(c.Ignore) == 0 || path == "-" {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, ok := read.RelInside(c.Dir, abs)
	if !ok {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.Ignore {
		for p := rel; p != "." && p != "/" && p != ""; p = pathDir(p) {
			if ok, _ := doublestar.Match(g, p); ok {
				return true
			}
		}
	}
	return false
}

// pathDir is path.Dir without the import clash with filepath.
func pathDir(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return "."
	}
	return p[:i]
}

// ConfigError is a problem in a configuration file, at a line.
type ConfigError struct {
	Path string
	Line int    // 0 when unknown
	Key  string // dotted, "rules.drop-cap"; "" for the file as a whole
	Msg  string
}

func (e *ConfigError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// LoadConfig reads and parses a configuration file; name is how messages call
// it.
func LoadConfig(name string, rules []*checker.Rule) (*FileConfig, error) {
	data, err := read.ReadFile(name, 0)
	if err != nil {
		return nil, &ConfigError{Path: name, Msg: read.ReadError(err)}
	}
	return ParseConfig(name, data, rules)
}

// yamlLine pulls the line out of the YAML parser's messages ("yaml: line 3:
// mapping values are not allowed in this context").
var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?`)

// ParseConfig parses the configuration in data, checking every key and value
// against rules. name is how messages call the file; its folder is where
// relative paths in the file start.
func ParseConfig(name string, data []byte, rules []*checker.Rule) (*FileConfig, error) {
	dir, err := filepath.Abs(filepath.Dir(name))
	if err != nil {
		return nil, &ConfigError{Path: name, Msg: err.Error()}
	}
	c := &FileConfig{Path: name, Dir: dir}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return c, nil // an empty file is the empty configuration
		}
		msg := err.Error()
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = msg[len(m[0]):]
		}
		return nil, &ConfigError{Path: name, Line: line, Msg: msg}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &ConfigError{Path: name, Line: extra.Line, Msg: "more than one YAML document"}
	}
	p := &configParser{c: c, rules: rules}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil // a file of comments only
	}
	p.top(root)
	if p.err != nil {
		return nil, p.err
	}
	return c, nil
}

// configParser walks the YAML tree and stops at the first error.
type configParser struct {
	c     *FileConfig
	rules []*checker.Rule
	err   error
}

func (p *configParser) fail(n *yaml.Node, key, format string, a ...any) {
	if p.err == nil {
		p.err = &ConfigError{Path: p.c.Path, Line: n.Line, Key: key, Msg: fmt.Sprintf(format, a...)}
	}
}

// mapping calls f for each key of a mapping node, rejecting duplicate keys.
func (p *configParser) mapping(n *yaml.Node, key string, f func(k string, kn, v *yaml.Node)) {
	if isNull(n) {
		return // "rules:" with every entry commented out
	}
	if n.Kind != yaml.MappingNode {
		p.fail(n, key, "want a mapping, got %s", kindName(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content) && p.err == nil; i += 2 {
		kn, v := n.Content[i], n.Content[i+1]
		if kn.Kind != yaml.ScalarNode {
			p.fail(kn, key, "keys must be plain names")
			return
		}
		if seen[kn.Value] {
			p.fail(kn, key, "duplicate key %q", kn.Value)
			return
		}
		seen[kn.Value] = true
		dotted := kn.Value
		if key != "" {
			dotted = key + "." + kn.Value
		}
		if p.c.Lines == nil {
			p.c.Lines = map[string]int{}
		}
		p.c.Lines[dotted] = kn.Line
		f(kn.Value, kn, v)
	}
}

// scalar returns a scalar's text, or fails.
func (p *configParser) scalar(n *yaml.Node, key string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		p.fail(n, key, "want a single value, got %s", kindName(n))
		return "", false
	}
	return n.Value, true
}

// strings returns a sequence of scalars (or one scalar) as text.
func (p *configParser) strings(n *yaml.Node, key string) ([]string, []*yaml.Node) {
	if isNull(n) {
		return nil, nil
	}
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	var out []string
	for _, it := range items {
		s, ok := p.scalar(it, key)
		if !ok {
			return nil, nil
		}
		out = append(out, s)
	}
	return out, items
}

// isNull reports whether n is an empty value ("key:" with nothing after it).
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "nothing"
	}
	// Not the value itself: a configuration is not a checked input, and its
	// text (a secret, if a repository points the file at one) must not
	// reach logs.
	return "a single value"
}

// topKeys are the keys a configuration file may hold, in the order messages
// list them: mtlint's own, then the rules' sections.
func (p *configParser) topKeys() []string {
	keys := []string{"lang", "source_lang", "candidates", "rules"}
	for _, r := range p.rules {
		if r.Section != nil {
			keys = append(keys, r.Section.Key)
		}
	}
	return append(keys, "ignore")
}

func (p *configParser) top(n *yaml.Node) {
	p.mapping(n, "", func(k string, kn, v *yaml.Node) {
		switch k {
		case "lang", "source_lang":
			if isNull(v) {
				return // left unset
			}
			if s, ok := p.scalar(v, k); ok {
				lang, err := textdoc.NormalizeLang(s)
				if err != nil {
					p.fail(v, k, "%v", err)
				}
				if k == "lang" {
					p.c.Lang = lang
				} else {
					p.c.SourceLang = lang
				}
			}
		case "candidates":
			vals, nodes := p.strings(v, k)
			for i, s := range vals {
				lang, err := textdoc.NormalizeLang(s)
				if err != nil {
					p.fail(nodes[i], k, "%v", err)
					return
				}
				if !slices.Contains(p.c.Candidates, lang) {
					p.c.Candidates = append(p.c.Candidates, lang)
				}
			}
		case "rules":
			p.rulesKey(v)
		case "ignore":
			vals, nodes := p.strings(v, k)
			for i, g := range vals {
				g = strings.TrimPrefix(filepath.ToSlash(g), "./")
				if g == "" || !doublestar.ValidatePattern(g) {
					p.fail(nodes[i], k, "bad glob %q", vals[i])
					return
				}
				p.c.Ignore = append(p.c.Ignore, g)
			}
		default:
			for _, r := range p.rules {
				if r.Section != nil && r.Section.Key == k {
					p.section(r, v)
					return
				}
			}
			p.fail(kn, "", "unknown key %q (want %s)", k, orList(p.topKeys()))
		}
	})
}

// severityWords are the values of a rule's entry under `rules`.
const severityWords = "off, info, warning or error"

// ruleSeverity reads off|info|warning|error; off is reported as 0.
func (p *configParser) ruleSeverity(n *yaml.Node, key string) (checker.Severity, bool) {
	s, ok := p.scalar(n, key)
	if !ok {
		return 0, false
	}
	if strings.EqualFold(s, "off") {
		return 0, true
	}
	sev, err := checker.ParseSeverity(s)
	if err != nil {
		p.fail(n, key, "unknown severity %q (want %s)", s, severityWords)
		return 0, false
	}
	return sev, true
}

func (p *configParser) rule(id string) *checker.Rule {
	for _, r := range p.rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}

func (p *configParser) rulesKey(n *yaml.Node) {
	c := p.c
	p.mapping(n, "rules", func(id string, kn, v *yaml.Node) {
		key := "rules." + id
		if id == "all" {
			if sev, ok := p.ruleSeverity(v, key); ok {
				if sev != 0 {
					p.fail(v, key, "only `all: off` is allowed; give severities rule by rule")
					return
				}
				c.Disable = append([]string{"all"}, c.Disable...)
			}
			return
		}
		r := p.rule(id)
		if r == nil {
			p.fail(kn, "rules", "unknown rule %q%s (see `mtlint rules`)", id, DidYouMean(id, p.rules))
			return
		}
		setSeverity := func(sev checker.Severity) {
			if sev == 0 {
				c.Disable = append(c.Disable, id)
				return
			}
			if c.Severity == nil {
				c.Severity = map[string]checker.Severity{}
			}
			c.Severity[id] = sev
			c.Enable = append(c.Enable, id)
		}
		if v.Kind == yaml.ScalarNode {
			if sev, ok := p.ruleSeverity(v, key); ok {
				setSeverity(sev)
			}
			return
		}
		p.mapping(v, key, func(k string, kn, v *yaml.Node) {
			switch k {
			case "severity":
				if sev, ok := p.ruleSeverity(v, key+".severity"); ok {
					setSeverity(sev)
				}
			case "options":
				p.mapping(v, key+".options", func(name string, kn, v *yaml.Node) {
					p.option(r, name, kn, v)
				})
			default:
				p.fail(kn, key, "unknown key %q (want severity or options)", k)
			}
		})
	})
}

// option validates and records one rule option. A list becomes the
// comma-separated string that list options take.
func (p *configParser) option(r *checker.Rule, name string, kn, v *yaml.Node) {
	key := "rules." + r.ID + ".options"
	o, ok := r.Option(name)
	if !ok {
		var names []string
		for _, o := range r.Options {
			names = append(names, o.Name)
		}
		if len(names) == 0 {
			p.fail(kn, key, "unknown option %q (the rule has no options)", name)
		} else {
			p.fail(kn, key, "unknown option %q (want %s)", name, orList(names))
		}
		return
	}
	p.optionValue(r, o, v, key+"."+name)
}

// addOption sets an option, appending to a list option already set.
func (p *configParser) addOption(id, name, val string) {
	if p.c.Options == nil {
		p.c.Options = map[string]map[string]string{}
	}
	if p.c.Options[id] == nil {
		p.c.Options[id] = map[string]string{}
	}
	if old := p.c.Options[id][name]; old != "" && val != "" {
		val = old + ", " + val
	}
	p.c.Options[id][name] = val
}

// section reads a rule's own top-level key (see checker.Section).
func (p *configParser) section(r *checker.Rule, n *yaml.Node) {
	sec := r.Section
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		p.sectionValue(r, sec.Value, n, sec.Key)
		return
	}
	p.mapping(n, sec.Key, func(k string, kn, v *yaml.Node) {
		if !slices.Contains(sec.Keys, k) {
			p.fail(kn, sec.Key, "unknown key %q (want %s)", k, orList(sec.Keys))
			return
		}
		p.sectionValue(r, k, v, sec.Key+"."+k)
	})
}

// sectionValue reads the value of the rule's option name, at key, by the
// option's kind.
func (p *configParser) sectionValue(r *checker.Rule, name string, v *yaml.Node, key string) {
	o, ok := r.Option(name)
	if !ok {
		p.fail(v, key, "the %s rule has no %s option", r.ID, name)
		return
	}
	p.optionValue(r, o, v, key)
}

// optionValue reads the value of option o at key by its kind, wherever the
// file sets it (under rules or in the rule's section), so that both are
// checked alike: a list from a YAML list or a comma-separated string, a
// file relative to the configuration's folder and inside the repository,
// terms from a mapping (or lines in the glossary's own format), any other
// value from a single scalar checked by Option.Check.
func (p *configParser) optionValue(r *checker.Rule, o checker.Option, v *yaml.Node, key string) {
	name := o.Name
	switch o.Kind {
	case checker.List:
		vals, nodes := p.strings(v, key)
		if v.Kind == yaml.ScalarNode && len(vals) == 1 {
			// The option's own syntax: entries joined by commas.
			vals = strings.Split(vals[0], ",")
			nodes = slices.Repeat(nodes, len(vals))
			if strings.TrimSpace(strings.Join(vals, "")) == "" {
				return
			}
		}
		// The entries of one key are joined once: appending them one by
		// one to the option's list would copy it for every entry.
		kept := make([]string, 0, len(vals))
		for i, s := range vals {
			s = strings.TrimSpace(s)
			switch {
			case s == "":
				p.fail(nodes[i], key, "empty entry")
				return
			case strings.Contains(s, ","):
				p.fail(nodes[i], key, "an entry may not contain a comma: %q", s)
				return
			}
			kept = append(kept, s)
		}
		if len(kept) > 0 {
			p.addOption(r.ID, name, strings.Join(kept, ", "))
		}
	case checker.File:
		s, ok := p.scalar(v, key)
		if !ok {
			return
		}
		if s == "" {
			p.fail(v, key, "empty file name")
			return
		}
		if !filepath.IsAbs(s) {
			s = filepath.Join(p.c.Dir, s)
		}
		if !read.Inside(s, read.TrustRoot(p.c.Dir)) {
			p.fail(v, key, "the file %s", read.ErrOutside)
			return
		}
		p.setOption(r.ID, name, s)
	case checker.Terms:
		if v.Kind == yaml.ScalarNode {
			if s, ok := p.scalar(v, key); ok && s != "" {
				p.setOption(r.ID, name, s)
			}
			return
		}
		var lines []string
		p.mapping(v, key, func(term string, kn, v *yaml.Node) {
			alts, _ := p.strings(v, key+"."+term)
			lines = append(lines, term+"\t"+strings.Join(alts, "|"))
		})
		if p.err == nil && len(lines) > 0 {
			p.setOption(r.ID, name, strings.Join(lines, "\n"))
		}
	default:
		if s, ok := p.scalar(v, key); ok {
			if err := o.Check(s); err != nil {
				p.fail(v, key, "%v", err)
				return
			}
			p.setOption(r.ID, name, s)
		}
	}
}

// setOption sets an option, replacing a value set before.
func (p *configParser) setOption(id, name, val string) {
	if p.c.Options == nil {
		p.c.Options = map[string]map[string]string{}
	}
	if p.c.Options[id] == nil {
		p.c.Options[id] = map[string]string{}
	}
	p.c.Options[id][name] = val
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// FindConfig looks for ConfigFileName in dir and its parents, up to and
// including the repository root (the first folder holding .git) or the
// filesystem root. It returns the absolute path, or "" when there is none.
// A file found that is no regular file, or a symlink out of the repository,
// is an error: only --config names such a file.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, ConfigFileName)
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			// The file a repository names for itself is read only when it
			// is a regular file inside the repository: a symlink to a
			// secret would otherwise reach error messages and CI logs.
			if !info.Mode().IsRegular() {
				return "", &ConfigError{Path: displayPath(p), Msg: "not a regular file; not read"}
			}
			if !read.Inside(p, read.TrustRoot(dir)) {
				return "", &ConfigError{Path: displayPath(p), Msg: read.ErrOutside.Error()}
			}
			return p, nil
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Configs maps each input to the configuration that applies to it and to an
// engine built from it, one engine per configuration file. It is safe for
// concurrent use, so that Run may call For from its workers.
type Configs struct {
	rules           []*checker.Rule
	enable, disable []string
	fixed           string                       // --config: one file for every input
	candidates      []string                     // --candidates: added to the files' candidates
	options         map[string]map[string]string // command-line rule options, over the files'

	mu    sync.Mutex
	byDir map[string]string // absolute folder -> config path ("" = none)
	// byGiven is byDir by the folder as the input names it: the working
	// folder does not change during a run, and making a path absolute
	// asks the system for it (two stat calls an input).
	byGiven map[string]string
	entries map[string]*configEntry
}

type configEntry struct {
	cfg *FileConfig
	eng *checker.Engine
	err error
}

// NewConfigs prepares the lookup. enable and disable are the command line's
// rule selection, which beats the files'; configPath, when set, is used for
// every input instead of looking files up. It fails when the command line's
// selection or the named file is bad.
func NewConfigs(rules []*checker.Rule, enable, disable []string, configPath string) (*Configs, error) {
	c := &Configs{rules: rules, enable: enable, disable: disable, fixed: configPath,
		byDir: map[string]string{}, byGiven: map[string]string{}, entries: map[string]*configEntry{}}
	for _, list := range []struct {
		flag string
		ids  []string
	}{{"--enable", enable}, {"--disable", disable}} {
		for _, id := range list.ids {
			if id = strings.TrimSpace(id); id != "all" && !slices.ContainsFunc(rules, func(r *checker.Rule) bool { return r.ID == id }) {
				return nil, fmt.Errorf("%s: unknown rule %q%s (see `mtlint rules`)", list.flag, id, DidYouMean(id, rules))
			}
		}
	}
	if _, err := checker.NewEngine(rules, checker.Config{Enable: enable, Disable: disable}); err != nil {
		return nil, err
	}
	if configPath != "" {
		if e := c.entry(configPath); e.err != nil {
			return nil, e.err
		}
	}
	return c, nil
}

// configFor returns the configuration path for an input ("" = none).
func (c *Configs) configFor(input string) (string, error) {
	if c.fixed != "" {
		return c.fixed, nil
	}
	dir := "."
	if input != "-" {
		dir = filepath.Dir(input)
	}
	c.mu.Lock()
	p, ok := c.byGiven[dir]
	c.mu.Unlock()
	if ok {
		return p, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	p, ok = c.byDir[abs]
	c.mu.Unlock()
	if !ok {
		if p, err = FindConfig(abs); err != nil {
			return "", err
		}
		if p != "" {
			p = displayPath(p)
		}
	}
	c.mu.Lock()
	c.byDir[abs], c.byGiven[dir] = p, p
	c.mu.Unlock()
	return p, nil
}

// displayPath names a file relative to the working folder when it is inside
// it, so that messages stay short.
func displayPath(abs string) string {
	wd, err := os.Getwd()
	if err != nil {
		return abs
	}
	if rel, ok := read.RelInside(wd, abs); ok {
		return rel
	}
	return abs
}

// entry loads (once) the configuration at path and builds its engine.
func (c *Configs) entry(path string) *configEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[path]; ok {
		return e
	}
	e := &configEntry{cfg: &FileConfig{}}
	if path != "" {
		e.cfg, e.err = LoadConfig(path, c.rules)
	}
	if e.err == nil {
		ec := e.cfg.EngineConfig(c.enable, c.disable)
		ec.Candidates = e.cfg.Candidates
		if len(c.candidates) > 0 {
			ec.Candidates = AddCandidates(e.cfg.Candidates, c.candidates)
		}
		ec.Options = c.ruleOptions(ec.Options)
		e.eng, e.err = checker.NewEngine(c.rules, ec)
		if e.err != nil && path != "" {
			e.err = fmt.Errorf("%s: %w", path, e.err)
		}
	}
	c.entries[path] = e
	return e
}

// lookup returns the entry that applies to input.
func (c *Configs) lookup(input string) *configEntry {
	p, err := c.configFor(input)
	if err != nil {
		return &configEntry{err: err}
	}
	return c.entry(p)
}

// For returns the engine and options for one input: the command line's
// options (opts) with the configuration's values filled in where the command
// line left them unset. It has the shape of run.Options.ForFile.
func (c *Configs) For(input string, opts run.Options) (*checker.Engine, run.Options, error) {
	e := c.lookup(input)
	if e.err != nil {
		return nil, opts, e.err
	}
	if opts.Lang == "" {
		opts.Lang = e.cfg.Lang
	}
	if opts.SourceLang == "" {
		opts.SourceLang = e.cfg.SourceLang
	}
	return e.eng, opts, nil
}

// Prepare loads the configuration of every input and drops the inputs its
// `ignore` globs match. It returns each bad configuration's error once, so
// that the command can stop before checking anything with a configuration
// the user did not mean.
func (c *Configs) Prepare(inputs []string) ([]string, []error) {
	var kept []string
	var errs []error
	failed := map[*configEntry]bool{}
	for _, in := range inputs {
		e := c.lookup(in)
		if e.err != nil {
			if !failed[e] {
				failed[e] = true
				errs = append(errs, e.err)
			}
			continue
		}
		if !e.cfg.Ignored(in) {
			kept = append(kept, in)
		}
	}
	return kept, errs
}

// SetOption sets a rule option for every input, over the configuration
// files (a command-line flag such as --glossary). Engines built before are
// dropped.
func (c *Configs) SetOption(rule, name, value string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	opts := map[string]map[string]string{}
	for r, o := range c.options {
		opts[r] = o
	}
	o := map[string]string{}
	for k, v := range opts[rule] {
		o[k] = v
	}
	o[name] = value
	opts[rule] = o
	if _, err := checker.NewEngine(c.rules, checker.Config{Options: opts}); err != nil {
		return err
	}
	c.options = opts
	clear(c.entries)
	return nil
}

// ruleOptions layers the command-line options over a file's rule options
// (its rules' options and its rules' sections), without changing either.
func (c *Configs) ruleOptions(base map[string]map[string]string) map[string]map[string]string {
	out := map[string]map[string]string{}
	set := func(rule, name, value string) {
		if out[rule] == nil {
			out[rule] = map[string]string{}
		}
		out[rule][name] = value
	}
	for r, o := range base {
		for k, v := range o {
			set(r, k, v)
		}
	}
	for r, o := range c.options {
		for k, v := range o {
			set(r, k, v)
		}
	}
	return out
}

// SetCandidates adds languages for detection to consider besides target
// and source, for every input (--candidates): to the configuration file's
// `candidates`, or to the default list. Adding, not replacing, keeps a
// paragraph in one of the usual languages from going unseen because the
// user named one more. Engines built before are dropped.
func (c *Configs) SetCandidates(langs []string) error {
	if _, err := checker.NewEngine(c.rules, checker.Config{Candidates: langs}); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.candidates = langs
	clear(c.entries)
	return nil
}

// Engine returns the engine for inputs without a configuration file (or, with
// --config, for every input); Run needs one even when ForFile picks another.
func (c *Configs) Engine() *checker.Engine {
	return c.entry(c.fixed).eng
}

// AddCandidates returns base (the default candidates when nil) with extra
// added, in order and without repeats.
func AddCandidates(base, extra []string) []string {
	if base == nil {
		base = langid.DefaultCandidates()
	}
	out := slices.Clone(base)
	for _, l := range extra {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}
