package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"path/filepath"
	"strconv"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// GitLabFormatter writes a GitLab Code Quality report (a JSON array in the
// Code Climate shape GitLab reads from artifacts:reports:codequality): one
// issue a finding with description, check_name, fingerprint, severity and
// location.path and location.lines.begin.
//
// Severity: error is "major", warning "minor" and info "info", as the score
// weighs them (MQM major and minor); a file that could not be checked is a
// "blocker". The fingerprint is a hash of the rule, the path, the finding's
// text and its line, whitespace-normalised, and how many identical findings
// came before it in the file: not of the line number, so that lines added
// above a finding keep its fingerprint and GitLab does not report it as new.
type GitLabFormatter struct{}

type gitlabIssue struct {
	Type        string         `json:"type"`
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
	End   int `json:"end,omitempty"`
}

func gitlabSeverity(s checker.Severity) string {
	switch s {
	case checker.Error:
		return "major"
	case checker.Warning:
		return "minor"
	}
	return "info"
}

// Format implements Formatter.
func (GitLabFormatter) Format(w io.Writer, r *Report) error {
	fingerprints := fingerprintFindings(r)
	issues := []gitlabIssue{}
	for i, f := range r.Findings {
		issues = append(issues, gitlabIssue{
			Type:        "issue",
			Description: findingMessage(f),
			CheckName:   f.Rule,
			Fingerprint: fingerprints[i],
			Severity:    gitlabSeverity(f.Severity),
			Location:    gitlabLocation{Path: filepath.ToSlash(f.Path), Lines: gitlabLines{Begin: f.Line, End: f.EndLine}},
		})
	}
	for _, f := range r.Files {
		if f.Error != "" {
			issues = append(issues, gitlabIssue{
				Type:        "issue",
				Description: "could not be checked: " + f.Error,
				CheckName:   "mtlint",
				Fingerprint: contentHash("mtlint-error", filepath.ToSlash(f.Path), f.Error),
				Severity:    "blocker",
				Location:    gitlabLocation{Path: filepath.ToSlash(f.Path), Lines: gitlabLines{Begin: 1}},
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(issues)
}

// fingerprintFindings returns a content fingerprint for each finding of the
// report, in order: a hash of rule, path, the normalised finding text, the
// normalised line it is on, and its occurrence among findings with the same
// key in the file. Line numbers are left out on purpose.
func fingerprintFindings(r *Report) []string {
	docs := Docs(r)
	seen := map[string]int{}
	out := make([]string, len(r.Findings))
	for i, f := range r.Findings {
		context := ""
		if doc := docs[f.Path]; doc != nil {
			context = fingerprintContext(doc, f)
		}
		key := contentHash(f.Rule, filepath.ToSlash(f.Path), NormalizeSpace(f.Text), NormalizeSpace(context))
		n := seen[key]
		seen[key]++
		if n > 0 {
			key = contentHash(key, strconv.Itoa(n))
		}
		out[i] = key
	}
	return out
}

// maxFingerprintLine is the longest line a fingerprint takes whole; on a
// longer line it takes fingerprintWindow bytes on each side of the finding,
// so that many findings on a long line cost each a bounded amount, not the
// line's length.
const (
	maxFingerprintLine = 4096
	fingerprintWindow  = 256
)

// fingerprintContext returns the text of f's line that goes into its
// fingerprint: the whole line, or a window around the finding on a longer
// one.
func fingerprintContext(doc *textdoc.Document, f checker.Finding) string {
	ls, le := doc.Lines().LineBounds(f.Line)
	if le-ls <= maxFingerprintLine {
		return string(doc.Content[ls:le])
	}
	from, _, _, to := lineWindow(doc, f, ls, le, fingerprintWindow)
	return string(doc.Content[from:to])
}

// contentHash hashes its parts, separated so that ("ab", "c") and ("a",
// "bc") differ, to 32 hex digits.
func contentHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		io.WriteString(h, p)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
