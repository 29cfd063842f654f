package checker

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// Severity ranks findings. The zero value is invalid so that a rule cannot
// forget to set one.
type Severity int

// The severities, lowest first.
const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "invalid"
}

// MarshalText writes the severity's name, as JSON output wants it.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "info":
		return Info, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// Option documents one setting of a rule. Values are strings; a rule reads
// them through Pass.Option, Pass.IntOption or Pass.ListOption. Kind says
// what values it takes, so that the configuration and the engine check them
// alike.
type Option struct {
	Name    string
	Default string
	Doc     string
	Kind    OptionKind
}

// OptionKind is what values an option takes.
type OptionKind int

const (
	// Text is any text.
	Text OptionKind = iota
	// Integer is a whole number.
	Integer
	// Number is a decimal number ("0.4").
	Number
	// List is entries joined by ", " (a YAML list in .mtlint.yaml); an
	// entry may not hold a comma. A configuration adds to the list.
	List
	// File is a file's path; in .mtlint.yaml it is relative to the file's
	// folder and must stay inside the repository.
	File
	// Terms are lines "term<TAB>alternative|alternative"; in .mtlint.yaml a
	// mapping of each term to one alternative or a list of them.
	Terms
)

// Check reports whether v is a value the option takes.
func (o Option) Check(v string) error {
	switch o.Kind {
	case Integer:
		if _, err := strconv.Atoi(v); err != nil {
			return fmt.Errorf("want an integer, got %q", v)
		}
	case Number:
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return fmt.Errorf("want a number, got %q", v)
		}
	}
	return nil
}

// Section is a top-level key of .mtlint.yaml that belongs to a rule
// ("boilerplate:", "glossary:"): its value sets the rule's options, read by
// their Kind. A mapping sets, for each of its keys, the option of that name
// (one of Keys); any other value sets the option Value names.
type Section struct {
	Key   string
	Value string
	Keys  []string
}

// Rule is one check. A rule is a value: its metadata is what `mtlint rules`
// and `mtlint explain` print, so documentation cannot drift from the code.
type Rule struct {
	// ID is the rule's stable kebab-case name (a contract: never reused).
	ID string
	// Title is a one-line, lower-case summary.
	Title string
	// Doc explains what the rule finds, why it matters and what it leaves
	// alone.
	Doc string
	// Bad and Good are short examples: text the rule reports, and its fix.
	Bad, Good string
	// ExampleLang is the language of Bad and Good; "" means English.
	ExampleLang string
	// ExampleFormat is the input format Bad and Good are written in; ""
	// means plain text. Bilingual rules write their examples as a TSV row,
	// "source<TAB>target", in ExampleSourceLang -> ExampleLang.
	ExampleFormat     textdoc.Format
	ExampleSourceLang string
	// Severity is the default severity of the rule's findings.
	Severity Severity
	// Verbatim is set for rules that judge code and placeholders themselves
	// (placeholder-mismatch): their findings inside verbatim spans are kept.
	Verbatim bool
	// Masks is set for rules whose findings mark text as damaged (mojibake):
	// other rules' findings inside such a span are noise and are dropped.
	Masks bool
	// NeedsLanguage is set for rules that call Pass.Languages. The language
	// models are loaded only when an enabled rule needs them.
	NeedsLanguage bool
	// FileLanguage is set for a rule that reads the file's language from
	// Pass.Languages (its Lang and Share, as wrong-language judges them),
	// not only its blocks' results. A large file is checked a window at a
	// time while its language is detected, so such a rule runs in a pass
	// of its own after the windows, window by window with the whole file's
	// report; it reads the blocks' text, not their words and sentences,
	// which are released by then.
	FileLanguage bool
	// Locale is set for rules whose findings hold only for text in the
	// document's language: quotation marks, number formats, punctuation
	// spacing, word lists.
	Locale bool
	// LanguageVerdict is set for a rule whose findings say the file is not
	// in the document's language (wrong-language): when it reports one, the
	// file's findings of Locale rules are dropped, since they judged the
	// text by the conventions of a language it is not written in.
	LanguageVerdict bool
	// AcrossUnits is set for a rule that compares the units of a bilingual
	// file with one another (a source translated two ways): a large file,
	// checked a window of units at a time, is checked by it once, whole,
	// after the windows. Such a rule reads the units' text, not their words
	// and sentences, which are released by then.
	AcrossUnits bool
	// RunningText is set for rules about one running text (a paragraph
	// repeated further down, page furniture, a caption, a capital
	// mid-sentence): a segment list (PO, XLIFF, TSV) holds independent
	// strings, UI labels among them, so the engine does not run such rules
	// on it.
	RunningText bool
	// Options lists the settings the rule reads.
	Options []Option
	// Section, when set, is the rule's own top-level key of .mtlint.yaml.
	Section *Section
	// Check inspects a document and reports through the pass. Its error is
	// for internal failure only, never for a finding.
	Check func(*Pass) error
}

// Finding is one reported problem. Offsets are bytes into the file as read;
// lines and columns are filled in by Resolve, once, for output.
type Finding struct {
	Rule      string   `json:"rule"`
	Severity  Severity `json:"severity"`
	Path      string   `json:"path"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"end_line"`
	EndColumn int      `json:"end_column"`
	// Offset and EndOffset are bytes of the file as read, from the moment
	// the rule reports the finding (the block maps its text back to them).
	Offset     int    `json:"offset"`
	EndOffset  int    `json:"end_offset"`
	Text       string `json:"text"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion"`

	// TextOffset and TextEndOffset are the finding's bytes in the checked
	// text, Document.Content: the same as Offset and EndOffset unless the
	// file was decoded (UTF-16, Windows-1252). The engine's filters and the
	// output that shows the text use them, so nothing converts back.
	TextOffset    int `json:"-"`
	TextEndOffset int `json:"-"`
	// CharOffset and CharLength are the span in code points of the text,
	// set by Resolve with the line and column (SARIF's charOffset and
	// charLength).
	CharOffset int `json:"-"`
	CharLength int `json:"-"`

	// Fix holds the edits of a safe fix, set through Pass.ReportFix; nil
	// when the rule offers none. It is not part of the JSON contract
	// (`mtlint fix` applies fixes).
	Fix []Edit `json:"-"`
}

// Pass is what a rule sees while it checks one document.
type Pass struct {
	Rule   *Rule
	Doc    *textdoc.Document
	Locale *textdoc.Locale

	options  map[string]string
	lists    map[string][]string // the options read as lists, when the engine made them
	severity Severity
	findings []Finding
	cut      int // findings over MaxFindingsPerRule, counted and dropped
	shared   *docState
	state    any // DocState's
}

// DocState returns the rule's state for the document being checked, made by
// init on the first call. A large document is checked in windows of blocks
// (textdoc.Document.Windowed), Check running once for each: what a rule
// carries from block to block across the whole document (the paragraphs
// seen so far) belongs here, not in Check's local variables.
func (p *Pass) DocState(init func() any) any {
	if p.state == nil {
		p.state = init()
	}
	return p.state
}

// MaxFindingsPerRule is the most findings one rule reports in one document;
// the rest are counted (FileResult.Cut) and dropped, so that text made of
// artifacts ("a  a  a  ...", megabytes of it) costs memory in proportion to
// what can be read, not to the findings it would make.
const MaxFindingsPerRule = 10000

// capped counts a finding the rule cannot add any more, as add does, and
// reports whether it could not: the finding's text is then not copied.
func (p *Pass) capped() bool {
	if len(p.findings) >= MaxFindingsPerRule {
		p.cut++
		return true
	}
	return false
}

// add records f unless the rule reached MaxFindingsPerRule in the
// document, and reports whether it did.
func (p *Pass) add(f Finding) bool {
	if p.capped() {
		return false
	}
	p.findings = append(p.findings, f)
	return true
}

// Languages returns the language detection of the document: each block's
// language and the foreign spans in it, computed once per document and shared
// by the rules. Only rules that declare NeedsLanguage may call it.
func (p *Pass) Languages() (*langid.LanguageReport, error) {
	if !p.Rule.NeedsLanguage {
		return nil, fmt.Errorf("rule %s calls Languages without NeedsLanguage", p.Rule.ID)
	}
	if p.shared == nil || p.shared.engine == nil {
		return nil, fmt.Errorf("no language service")
	}
	return p.shared.languages(p.Doc), nil
}

// Report records a finding over span s of block b at the rule's severity.
func (p *Pass) Report(b *textdoc.Block, s textdoc.Span, message, suggestion string) {
	p.ReportSeverity(b, s, p.severity, message, suggestion)
}

// ReportSeverity records a finding at a severity of the rule's choosing; the
// rule's configured severity still caps it when the user lowered it.
func (p *Pass) ReportSeverity(b *textdoc.Block, s textdoc.Span, sev Severity, message, suggestion string) {
	if p.severity != p.Rule.Severity {
		// The user overrode the rule's severity: it applies to every finding.
		sev = p.severity
	}
	if p.capped() {
		return
	}
	start, end := b.Raw(s.Start), b.RawEnd(s.End)
	if end < start {
		end = start
	}
	text := string(p.Doc.Content[start:end])
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	p.add(p.finding(start, end, sev, text, message, suggestion))
}

// ReportAt records a finding over the bytes [start, end) of the checked
// text (Document.Content), for what has no block of its own: an empty target, a missing
// paragraph. end may equal start (a position).
func (p *Pass) ReportAt(start, end int, sev Severity, message, suggestion string) {
	if p.severity != p.Rule.Severity {
		sev = p.severity
	}
	if p.capped() {
		return
	}
	start = max(0, min(start, len(p.Doc.Content)))
	end = max(start, min(end, len(p.Doc.Content)))
	p.add(p.finding(start, end, sev, strings.ToValidUTF8(string(p.Doc.Content[start:end]), "\uFFFD"), message, suggestion))
}

// finding makes the finding over [start, end) of the checked text, with its
// offsets in the file as read.
func (p *Pass) finding(start, end int, sev Severity, text, message, suggestion string) Finding {
	f := Finding{Rule: p.Rule.ID, Severity: sev, Path: p.Doc.Path, Offset: start, EndOffset: end,
		TextOffset: start, TextEndOffset: end, Text: text, Message: message, Suggestion: suggestion}
	if m := p.Doc.Offsets; m != nil {
		f.Offset, f.EndOffset = m.Orig(start), m.Orig(end)
	}
	return f
}

// Option returns the value of the rule's option name: the configured value or
// the declared default. Asking for an undeclared option is a bug in the rule
// and panics in tests.
func (p *Pass) Option(name string) string {
	if v, ok := p.options[name]; ok {
		return v
	}
	for _, o := range p.Rule.Options {
		if o.Name == name {
			return o.Default
		}
	}
	panic(fmt.Sprintf("rule %s reads undeclared option %q", p.Rule.ID, name))
}

// IntOption returns an option as an integer; a bad value was rejected when the
// engine was built, so the default is the fallback here.
func (p *Pass) IntOption(name string) int {
	n, err := strconv.Atoi(p.Option(name))
	if err != nil {
		n, _ = strconv.Atoi(p.defaultOf(name))
	}
	return n
}

// ListOption returns an option as a comma-separated list. The slice may be
// shared by every document the engine checks: append to it, never write
// its items.
func (p *Pass) ListOption(name string) []string {
	if l, ok := p.lists[name]; ok {
		return l
	}
	return splitList(p.Option(name))
}

// splitList reads an option's value as a comma-separated list, its items
// trimmed and empty ones left out.
func splitList(v string) []string {
	var out []string
	for f := range strings.SplitSeq(v, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func (p *Pass) defaultOf(name string) string {
	for _, o := range p.Rule.Options {
		if o.Name == name {
			return o.Default
		}
	}
	return ""
}

// Examples returns the rule's bad and good examples as a reader sees them,
// and the language they are written in, for every place that shows a
// rule's help (mtlint explain, docs/rules.md, SARIF): a bilingual rule's
// examples (ExampleFormat TSV, "source<TAB>target" rows) as "source: ..."
// and "target: ..." lines, in "de -> en".
func (r *Rule) Examples() (lang, bad, good string) {
	lang, bad, good = r.ExampleLang, r.Bad, r.Good
	if lang == "" {
		lang = "en"
	}
	if r.ExampleFormat == textdoc.FormatTSV {
		lang = r.ExampleSourceLang + " -> " + lang
		bad, good = exampleRows(bad), exampleRows(good)
	}
	return lang, bad, good
}

// exampleRows writes "source<TAB>target" rows as source and target lines.
func exampleRows(rows string) string {
	var out []string
	for _, row := range strings.Split(rows, "\n") {
		src, tgt, _ := strings.Cut(row, "\t")
		out = append(out, "source: "+src, "target: "+tgt)
	}
	return strings.Join(out, "\n")
}
