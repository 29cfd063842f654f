package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
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

// Format implements Formatter.
func (SARIFFormatter) Format(w io.Writer, r *Report) error {
	log := sarif.NewReport()
	run := sarif.NewRunWithInformationURI("mtlint", "https://github.com/mtlint/mtlint")
	run.WithColumnKind("unicodeCodePoints")
	run.Tool.Driver.WithFullName("mtlint translation-QA checker")
	for _, rule := range reportRules(r) {
		help := ruleHelp(rule)
		full := strings.TrimSpace(rule.Doc)
		if full == "" {
			full = ruleTitle(rule)
		}
		run.AddRule(rule.ID).
			WithName(rule.ID).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(ruleTitle(rule))).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(full)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(help)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(rule.Severity)))
	}
	docs := Docs(r)
	fingerprints := fingerprintFindings(r)
	for i, f := range r.Findings {
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
	if err := log.PrettyWrite(w); err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
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

// ruleHelp is a rule's documentation with its examples, as `mtlint explain`
// prints it.
func ruleHelp(rule *checker.Rule) string {
	var b strings.Builder
	b.WriteString(ruleTitle(rule))
	if doc := strings.TrimSpace(rule.Doc); doc != "" {
		b.WriteString("\n\n" + doc)
	}
	lang := rule.ExampleLang
	if lang == "" {
		lang = "en"
	}
	if rule.Bad != "" {
		fmt.Fprintf(&b, "\n\nBad (%s): %s", lang, rule.Bad)
	}
	if rule.Good != "" {
		fmt.Fprintf(&b, "\nGood (%s): %s", lang, rule.Good)
	}
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
		msg += " (suggestion: " + OneLine(f.Suggestion) + ")"
	}
	return msg
}
