package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/mtlint/mtlint/checker"
)

// GitHubFormatter writes GitHub Actions workflow commands, one a finding,
// which the runner turns into annotations on the pull request:
//
//	::error file=a.md,line=3,col=1,endLine=3,endColumn=3,title=drop-cap::message
//
// error stays error, warning stays warning, info becomes notice. endColumn is
// inclusive (the last character's column), as GitHub's annotations are, and
// columns are given only for a span on one line, as GitHub requires. A file
// that could not be checked becomes an error annotation on the file.
type GitHubFormatter struct{}

// githubLevel maps a severity to a workflow command.
func githubLevel(s checker.Severity) string {
	switch s {
	case checker.Error:
		return "error"
	case checker.Warning:
		return "warning"
	}
	return "notice"
}

// githubData escapes a workflow command's message, as the runner
// (actions/toolkit command.ts) expects, and puts '?' for the controls a log
// viewer would act on.
func githubData(s string) string {
	return OneLine(strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s))
}

// githubProperty escapes a workflow command's property value, where ':' and
// ',' also end the value.
func githubProperty(s string) string {
	return OneLine(strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s))
}

// Format implements Formatter.
func (GitHubFormatter) Format(w io.Writer, r *Report) error {
	var b strings.Builder
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "::%s file=%s,line=%d", githubLevel(f.Severity), githubProperty(filepath.ToSlash(f.Path)), f.Line)
		if f.EndLine == f.Line {
			fmt.Fprintf(&b, ",col=%d,endLine=%d,endColumn=%d", f.Column, f.EndLine, max(f.Column, f.EndColumn-1))
		} else {
			fmt.Fprintf(&b, ",endLine=%d", f.EndLine)
		}
		fmt.Fprintf(&b, ",title=%s::%s\n", githubProperty("mtlint "+f.Rule), githubData(findingMessage(f)))
	}
	for _, f := range r.Files {
		if f.Error != "" {
			fmt.Fprintf(&b, "::error file=%s,title=mtlint::%s\n", githubProperty(filepath.ToSlash(f.Path)), githubData("could not be checked: "+f.Error))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// GitHubMaxAnnotations is how many annotations of each level GitHub shows
// for one step of a job; it drops the rest.
const GitHubMaxAnnotations = 10

// Notes implements Noter: a note when GitHub will not show every finding
// as an annotation.
func (GitHubFormatter) Notes(r *Report) []string {
	s := r.Summary()
	over := max(0, s.Error-GitHubMaxAnnotations) + max(0, s.Warning-GitHubMaxAnnotations) + max(0, s.Info-GitHubMaxAnnotations)
	if over == 0 {
		return nil
	}
	return []string{fmt.Sprintf("github: GitHub shows at most %d error, %d warning and %d notice annotations a step; %d of %d findings are in the job log only (upload --format sarif to code scanning, or write --output markdown=$GITHUB_STEP_SUMMARY, to see them all)",
		GitHubMaxAnnotations, GitHubMaxAnnotations, GitHubMaxAnnotations, over, s.Findings)}
}
