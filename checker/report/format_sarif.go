package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mtlint/mtlint/checker"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// SARIFFormatter writes a SARIF 2.1.0 log with one run: the rules that ran
// (with their documentation as help text), one result a finding with its
// region in lines and code-point columns (columnKind unicodeCodePoints) plus
// byte and character offsets, and the files that could not be checked as
// tool execution notifications. GitHub code scanning accepts it
// (github/codeql-action/upload-sarif).
//
// It is built with github.com/owenrumney/go-sarif, which follows the schema
// and can validate a log against it; the tests do.
type SARIFFormatter struct{}

// sarifLevel maps a severity to a SARIF result level.
func sarifLevel(s checker.Severity) string {
	switch s {
	case checker.Error:
		return "error"
	case checker.Warning:
		return "warning"
	}
	return "note"
}

// sarifURI turns a path into a SARIF artifact URI: relative paths stay
// relative (GitHub resolves them against the repository root), absolute ones
// become file URIs.
func sarifURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive path
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// SARIFMaxResults is the most results a run carries: GitHub code scanning
// ignores the results of a run past 5,000, so the log keeps the most severe
// 5,000 (in their usual order) and says how many it left out.
const SARIFMaxResults = 5000

// RulesDocURL is where each rule's documentation lives on the project's
// repository; a rule's section is its ID as anchor.
const RulesDocURL = "https://github.com/mtlint/mtlint/blob/main/docs/rules.md"

// sarifKept returns the indexes of the findings the log reports: all of
// them, or the SARIFMaxResults most severe in report order.
func sarifKept(r *Report) (kept []int, omitted int) {
	kept = make([]int, len(r.Findings))
	for i := range kept {
		kept[i] = i
	}
	if len(kept) <= SARIFMaxResults {
		return kept, 0
	}
	sort.SliceStable(kept, func(a, b int) bool {
		return r.Findings[kept[a]].Severity > r.Findings[kept[b]].Severity
	})
	omitted = len(kept) - SARIFMaxResults
	kept = kept[:SARIFMaxResults]
	sort.Ints(kept)
	return kept, omitted
}

// Notes implements Noter: the count of findings left out by the cap.
func (SARIFFormatter) Notes(r *Report) []string {
	if _, omitted := sarifKept(r); omitted > 0 {
		return []string{sarifOmittedNote(len(r.Findings), omitted)}
	}
	return nil
}

func sarifOmittedNote(total, omitted int) string {
	return fmt.Sprintf("sarif: %d of %d findings left out: GitHub code scanning reads at most %d results a run, so the log keeps the %d most severe",
		omitted, total, SARIFMaxResults, SARIFMaxResults)
}

// sarifRuleName turns a rule ID into the PascalCase name SARIF viewers show
// beside it: drop-cap becomes DropCap.
func sarifRuleName(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// Format implements Formatter.
func (SARIFFormatter) Format(w io.Writer, r *Report) error {
	log := sarif.NewReport()
	run := sarif.NewRunWithInformationURI("mtlint", "https://github.com/mtlint/mtlint")
	run.WithColumnKind("unicodeCodePoints")
	run.Tool.Driver.WithFullName("mtlint translation-QA checker")
	if r.ToolVersion != "" {
		run.Tool.Driver.WithVersion(r.ToolVersion)
	}
	for _, rule := range reportRules(r) {
		full := strings.TrimSpace(rule.Doc)
		if full == "" {
			full = ruleTitle(rule)
		}
		run.AddRule(rule.ID).
			WithName(sarifRuleName(rule.ID)).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(ruleTitle(rule))).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(full)).
			WithHelpURI(RulesDocURL + "#" + rule.ID).
			WithHelp(sarif.NewMultiformatMessageString().WithText(ruleHelp(rule)).WithMarkdown(ruleHelpMarkdown(rule))).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(rule.Severity)))
	}
	docs := Docs(r)
	fingerprints := fingerprintFindings(r)
	kept, omitted := sarifKept(r)
	for _, i := range kept {
		f := r.Findings[i]
		region := sarif.NewRegion().
			WithStartLine(f.Line).WithStartColumn(f.Column).
			WithEndLine(f.EndLine).WithEndColumn(f.EndColumn).
			WithByteOffset(f.Offset).WithByteLength(f.EndOffset - f.Offset)
		if docs[f.Path] != nil {
			region.WithCharOffset(f.CharOffset).WithCharLength(f.CharLength)
		}
		loc := sarif.NewPhysicalLocation().
			WithArtifactLocation(sarif.NewSimpleArtifactLocation(sarifURI(f.Path))).
			WithRegion(region)
		run.CreateResultForRule(f.Rule).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(findingMessage(f))).
			AddLocation(sarif.NewLocationWithPhysicalLocation(loc)).
			WithPartialFingerprints(map[string]string{"mtlintContent/v1": fingerprints[i]})
	}
	inv := sarif.NewInvocation().WithExecutionSuccessful(true)
	if omitted > 0 {
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel("warning").
			WithMessage(sarif.NewTextMessage(sarifOmittedNote(len(r.Findings), omitted))))
	}
	for _, f := range r.Files {
		if f.Error == "" {
			continue
		}
		inv.WithExecutionSuccessful(false)
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel("error").
			WithMessage(sarif.NewTextMessage(f.Path + ": " + f.Error)).
			AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
				WithArtifactLocation(sarif.NewSimpleArtifactLocation(sarifURI(f.Path))))))
	}
	run.AddInvocation(inv)
	log.AddRun(run)
	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	return writeSARIF(w, buf.Bytes())
}

// writeSARIF writes the log that go-sarif encoded without the members it
// fills in with "not set" values: empty arrays and objects, and index, id,
// rank and ruleIndex of -1. The schema gives each of them that meaning when
// it is absent, so the log says the same in a fraction of the bytes, and
// validators stop flagging them. An empty "results" stays: it says the run
// found nothing (absent, it would say the run did not look), which is how
// code scanning closes fixed alerts.
func writeSARIF(w io.Writer, raw []byte) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	v, _ = pruneSARIF(v)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	return bw.Flush()
}

// unsetSARIF are the members whose value -1 means "not set".
var unsetSARIF = map[string]bool{"index": true, "id": true, "rank": true, "ruleIndex": true, "parentIndex": true}

// pruneSARIF removes unset members from v; keep is false when v itself is
// an empty array or object.
func pruneSARIF(v any) (out any, keep bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if n, ok := e.(json.Number); ok && unsetSARIF[k] && n.String() == "-1" {
				delete(x, k)
				continue
			}
			pruned, keep := pruneSARIF(e)
			if !keep && k != "results" {
				delete(x, k)
				continue
			}
			x[k] = pruned
		}
		return x, len(x) > 0
	case []any:
		out := x[:0]
		for _, e := range x {
			if pruned, keep := pruneSARIF(e); keep {
				out = append(out, pruned)
			}
		}
		return out, len(out) > 0
	}
	return v, true
}

// reportRules returns the report's rules plus a bare entry for any rule that
// reported but is not among them, so every result has its rule.
func reportRules(r *Report) []*checker.Rule {
	out := append([]*checker.Rule(nil), r.Rules...)
	seen := map[string]bool{}
	for _, rule := range out {
		seen[rule.ID] = true
	}
	for _, f := range r.Findings {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			out = append(out, &checker.Rule{ID: f.Rule, Severity: f.Severity})
		}
	}
	return out
}

func ruleTitle(rule *checker.Rule) string {
	if rule.Title == "" {
		return rule.ID
	}
	return rule.Title
}

// ruleHelp is a rule's plain-text help: its title, examples and where its
// documentation is. The documentation itself is the fullDescription, and
// the Markdown help (which viewers such as code scanning show) has both, so
// the log does not carry it three times.
func ruleHelp(rule *checker.Rule) string {
	var b strings.Builder
	b.WriteString(ruleTitle(rule))
	lang, bad, good := rule.Examples()
	if bad != "" {
		fmt.Fprintf(&b, "\n\nBad (%s):\n%s", lang, bad)
	}
	if good != "" {
		fmt.Fprintf(&b, "\n\nGood (%s):\n%s", lang, good)
	}
	fmt.Fprintf(&b, "\n\nDocumentation: %s#%s (or: mtlint explain %s)", RulesDocURL, rule.ID, rule.ID)
	return b.String()
}

// ruleHelpMarkdown is ruleHelp in Markdown, for viewers that render it
// (GitHub code scanning does): the documentation as a paragraph, the examples
// as code blocks, and a link to the rule's section of docs/rules.md.
func ruleHelpMarkdown(rule *checker.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (`%s`)", ruleTitle(rule), rule.ID)
	if doc := strings.TrimSpace(rule.Doc); doc != "" {
		b.WriteString("\n\n```text\n" + doc + "\n```")
	}
	lang, bad, good := rule.Examples()
	if bad != "" {
		fmt.Fprintf(&b, "\n\nBad (%s):\n\n```text\n%s\n```", lang, bad)
	}
	if good != "" {
		fmt.Fprintf(&b, "\n\nGood (%s):\n\n```text\n%s\n```", lang, good)
	}
	fmt.Fprintf(&b, "\n\n[Documentation](%s#%s)", RulesDocURL, rule.ID)
	return b.String()
}

// findingMessage is a finding's message with the text it covers (unless the
// message quotes it already) and its suggestion, for formats that have one
// message field.
func findingMessage(f checker.Finding) string {
	msg := OneLine(f.Message)
	if t := OneLine(f.Text); strings.TrimSpace(t) != "" && !strings.Contains(msg, t) {
		msg = fmt.Sprintf("%s: %q", msg, t)
	}
	if f.Suggestion != "" {
		msg += " (suggestion: " + ShowSuggestion(f.Suggestion) + ")"
	}
	return msg
}
