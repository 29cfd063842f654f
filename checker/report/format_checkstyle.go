package report

import (
	"encoding/xml"
	"fmt"
	"io"
)

// CheckstyleFormatter writes Checkstyle XML, which Jenkins (warnings-ng),
// reviewdog and many CI dashboards read: one <file> element for every input,
// one <error> a finding with its line, column, severity (error, warning or
// info), message and source (mtlint.RULE). A file that could not be checked
// gets one error with source "mtlint".
type CheckstyleFormatter struct{}

type checkstyleXML struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr,omitempty"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// Format implements Formatter.
func (CheckstyleFormatter) Format(w io.Writer, r *Report) error {
	out := checkstyleXML{Version: "4.3"}
	index := map[string]int{}
	for _, f := range r.Files {
		index[f.Path] = len(out.Files)
		cf := checkstyleFile{Name: f.Path}
		if f.Error != "" {
			cf.Errors = append(cf.Errors, checkstyleError{Severity: "error", Message: "could not be checked: " + f.Error, Source: "mtlint"})
		}
		out.Files = append(out.Files, cf)
	}
	for _, f := range r.Findings {
		i, ok := index[f.Path]
		if !ok {
			i = len(out.Files)
			index[f.Path] = i
			out.Files = append(out.Files, checkstyleFile{Name: f.Path})
		}
		out.Files[i].Errors = append(out.Files[i].Errors, checkstyleError{
			Line: f.Line, Column: f.Column, Severity: f.Severity.String(),
			Message: findingMessage(f), Source: "mtlint." + f.Rule,
		})
	}
	return writeXML(w, out)
}

// writeXML writes v as an indented XML document. encoding/xml escapes text
// and attributes and replaces characters XML cannot carry.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("xml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
