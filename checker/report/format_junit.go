package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// JUnitFormatter writes JUnit XML, which GitLab, Jenkins and most CI systems
// show as test results: one <testsuite> a file and one <testcase> for each
// rule that ran on it, so a clean rule shows as a passed test. A rule with
// findings at warning or error fails its test; the failure lists each
// finding as `path:line:column: severity: message [rule]`. Findings at info
// ("worth a look") do not fail a test: they are listed in its <system-out>.
// A file that could not be checked has one test, "read", with an <error>.
// Rules that cannot run on a file are not listed as passed tests: the rules
// that compare a source with its translation on a monolingual article, and
// the running-text rules on a list of translation units.
type JUnitFormatter struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

// Format implements Formatter.
func (JUnitFormatter) Format(w io.Writer, r *Report) error {
	byFile := map[string]map[string][]checker.Finding{}
	for _, f := range r.Findings {
		if byFile[f.Path] == nil {
			byFile[f.Path] = map[string][]checker.Finding{}
		}
		byFile[f.Path][f.Rule] = append(byFile[f.Path][f.Rule], f)
	}
	rules := reportRules(r)
	out := junitSuites{Name: "mtlint"}
	for _, file := range r.Files {
		s := junitSuite{Name: file.Path}
		if file.Error != "" {
			s.Cases = append(s.Cases, junitCase{Name: "read", Classname: file.Path,
				Error: &junitProblem{Message: "could not be checked: " + file.Error, Type: "error"}})
			s.Errors++
		} else {
			for _, rule := range rules {
				if len(byFile[file.Path][rule.ID]) == 0 && !ruleApplies(rule, file) {
					continue
				}
				c := junitCase{Name: rule.ID, Classname: file.Path}
				var fail, info strings.Builder
				worst, failing := checker.Severity(0), 0
				for _, f := range byFile[file.Path][rule.ID] {
					line := fmt.Sprintf("%s:%d:%d: %s: %s [%s]\n", f.Path, f.Line, f.Column, f.Severity, findingMessage(f), f.Rule)
					if f.Severity == checker.Info {
						info.WriteString(line)
						continue
					}
					fail.WriteString(line)
					failing++
					worst = max(worst, f.Severity)
				}
				if failing > 0 {
					c.Failure = &junitProblem{Message: plural(failing, "finding"), Type: worst.String(), Body: fail.String()}
					s.Failures++
				}
				c.SystemOut = info.String()
				s.Cases = append(s.Cases, c)
			}
		}
		s.Tests = len(s.Cases)
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Errors += s.Errors
		out.Suites = append(out.Suites, s)
	}
	return writeXML(w, out)
}

// ruleApplies reports whether rule runs on the file: a rule that compares
// source and target (its examples are a TSV row) only on a bilingual file,
// and a running-text rule not on a segment list (PO, XLIFF, TSV, ...). The
// format comes from the document or, for a clean file whose text the run did
// not keep, from the path.
func ruleApplies(rule *checker.Rule, file FileResult) bool {
	format := textdoc.Format("")
	if file.Doc != nil {
		format = file.Doc.Format
	} else {
		format = read.FormatFor(file.Path, nil)
	}
	segmentList := true
	switch format {
	case textdoc.FormatText, textdoc.FormatMarkdown, textdoc.FormatHTML:
		segmentList = false
	}
	bilingual := segmentList || len(file.Alignment) > 0 || file.Doc != nil && file.Doc.Bilingual()
	if rule.ExampleFormat == textdoc.FormatTSV && !bilingual {
		return false
	}
	return !(rule.RunningText && segmentList)
}
