package lsp

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// result is one check of one version of a document.
type result struct {
	text     []byte
	m        *mapper
	doc      *textdoc.Document // nil when the text could not be checked
	findings []checker.Finding
	// diagnostics[i] is findings[i]'s diagnostic for i < len(findings);
	// problems with the check itself (a bad configuration, a bad
	// suppression comment) follow.
	diagnostics []protocol.Diagnostic
}

// analyse checks text, a version of document d, with the engine of the
// configuration that applies to it. It never fails: what goes wrong becomes a
// diagnostic, so the user sees why a document has no findings.
func (s *Server) analyse(configs *config.Configs, d *document, text []byte) *result {
	res := &result{text: text, m: newMapper(text), diagnostics: []protocol.Diagnostic{}}
	input := d.path
	if input == "" {
		input = "-" // configuration from the server's working folder
	}
	kept, errs := configs.Prepare([]string{input})
	if len(errs) > 0 {
		res.problem(errs[0])
		return res
	}
	if len(kept) == 0 {
		return res // the configuration's ignore globs match the file
	}
	eng, ro, err := configs.For(input, run.Options{Lang: s.opts.Lang})
	if err != nil {
		res.problem(err)
		return res
	}
	name := d.path
	if name == "" {
		name = string(d.uri)
	}
	doc, err := read.ParseWith(name, text, read.ParseOptions{
		Format: formatOf(d.path, d.languageID), Lang: ro.Lang, SourceLang: ro.SourceLang,
	})
	if err != nil {
		res.problem(err)
		return res
	}
	fs, err := run.Document(eng, doc, ro.Lang != "")
	res.doc, res.findings = doc, fs
	for _, f := range fs {
		res.diagnostics = append(res.diagnostics, diagnostic(res.m, f))
	}
	if err != nil {
		res.problem(err)
	}
	return res
}

// formatOf picks the input format. A file with an extension is read as
// checker.ParseWith reads it (so formats added there work here unchanged); an
// unsaved buffer or a file without an extension goes by the editor's
// language ID.
func formatOf(path, languageID string) textdoc.Format {
	if filepath.Ext(path) != "" {
		return ""
	}
	switch strings.ToLower(languageID) {
	case "markdown":
		return textdoc.FormatMarkdown
	case "html":
		return textdoc.FormatHTML
	case "plaintext", "text":
		return textdoc.FormatText
	}
	return ""
}

var severities = map[checker.Severity]protocol.DiagnosticSeverity{
	checker.Error:   protocol.DiagnosticSeverityError,
	checker.Warning: protocol.DiagnosticSeverityWarning,
	checker.Info:    protocol.DiagnosticSeverityInformation,
}

// diagnostic turns a finding into a diagnostic. The suggestion goes into the
// message, as in the SARIF output: editors show the message, and a
// codeDescription would need a URL to point to.
func diagnostic(m *mapper, f checker.Finding) protocol.Diagnostic {
	msg := f.Message
	if f.Suggestion != "" {
		msg += " (suggestion: " + report.ShowSuggestion(f.Suggestion) + ")"
	}
	sev := severities[f.Severity]
	return protocol.Diagnostic{
		Range:    m.rangeOf(f.TextOffset, f.TextEndOffset),
		Severity: &sev,
		Code:     &protocol.IntegerOrString{Value: f.Rule},
		Source:   ptr("mtlint"),
		Message:  msg,
	}
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

func oneLine(s string) string { return lineBreaks.Replace(s) }

// problemLine finds the "line N: " that starts each part of a suppression
// error ("line 3: unknown rule ...; line 9: ...").
var problemLine = regexp.MustCompile(`(?:^|; )line (\d+): `)

// problem adds a diagnostic for something that went wrong with the check
// itself: on the lines the error names, else on the first line.
func (r *result) problem(err error) {
	msg := err.Error()
	add := func(line int, msg string) {
		start := r.m.offset(protocol.Position{Line: protocol.UInteger(line)})
		sev := protocol.DiagnosticSeverityError
		r.diagnostics = append(r.diagnostics, protocol.Diagnostic{
			Range:    r.m.rangeOf(start, r.m.lineEnd(min(line, len(r.m.starts)-1))),
			Severity: &sev,
			Source:   ptr("mtlint"),
			Message:  msg,
		})
	}
	locs := problemLine.FindAllStringSubmatchIndex(msg, -1)
	if len(locs) == 0 {
		add(0, msg)
		return
	}
	if locs[0][0] > 0 {
		add(0, strings.TrimSpace(msg[:locs[0][0]]))
	}
	for i, loc := range locs {
		end := len(msg)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		n, _ := strconv.Atoi(msg[loc[2]:loc[3]])
		add(max(n-1, 0), strings.TrimSpace(msg[loc[1]:end]))
	}
}
