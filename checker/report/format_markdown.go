package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// MarkdownFormatter writes a GitHub-flavoured Markdown report for a job
// summary ($GITHUB_STEP_SUMMARY) or a pull-request comment: a heading with
// the counts, a table of the files with their scores when there are several,
// and for each file with findings a table of them, each with its message,
// the words around it with the finding in bold, and the suggestion. Text
// from the input is escaped, so it cannot turn into markup or links.
type MarkdownFormatter struct{}

// markdownMaxFindings is the most findings listed: GitHub takes a job
// summary of at most 1 MiB, and a comment of at most 65,536 characters is
// better served by the counts and the first findings than by nothing.
const markdownMaxFindings = 500

// markdownContext is how many code points of a finding's line are shown on
// each side of it.
const markdownContext = 40

// Notes implements Noter: the count of findings not listed.
func (MarkdownFormatter) Notes(r *Report) []string {
	if n := len(r.Findings) - markdownMaxFindings; n > 0 {
		return []string{fmt.Sprintf("markdown: %d of %d findings not listed (at most %d)", n, len(r.Findings), markdownMaxFindings)}
	}
	return nil
}

// Format implements Formatter.
func (MarkdownFormatter) Format(w io.Writer, r *Report) error {
	var b strings.Builder
	s := r.Summary()
	fmt.Fprintf(&b, "### mtlint: %s in %s\n\n", plural(s.Findings, "finding"), plural(s.Files, "file"))
	var facts []string
	if s.Findings > 0 {
		facts = append(facts, fmt.Sprintf("%s, %s, %s", plural(s.Error, "error"), plural(s.Warning, "warning"), plural(s.Info, "info")))
	}
	if score := scoreSummary(r); score != "" {
		facts = append(facts, mdEscape(score))
	}
	if hidden := r.hiddenSummary(); hidden != "" {
		facts = append(facts, hidden)
	}
	failed := 0
	for _, f := range r.Files {
		if f.Error != "" {
			failed++
		}
	}
	if failed > 0 {
		facts = append(facts, fmt.Sprintf("**%s could not be checked**", plural(failed, "file")))
	}
	if len(facts) > 0 {
		b.WriteString(strings.Join(facts, " · ") + "\n\n")
	}

	byPath := map[string][]checker.Finding{}
	for _, f := range r.Findings {
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	scores := r.Scores()
	if len(r.Files) > 1 {
		b.WriteString("| file | score | errors | warnings | info |\n|---|---:|---:|---:|---:|\n")
		for _, f := range r.Files {
			score := "could not be checked"
			if v, ok := scores[f.Path]; ok {
				score = fmt.Sprintf("%.1f", v)
			}
			var c Summary
			for _, x := range byPath[f.Path] {
				switch x.Severity {
				case checker.Error:
					c.Error++
				case checker.Warning:
					c.Warning++
				case checker.Info:
					c.Info++
				}
			}
			fmt.Fprintf(&b, "| %s | %s | %d | %d | %d |\n", mdCode(textdoc.DisplayPath(f.Path)), score, c.Error, c.Warning, c.Info)
		}
		b.WriteString("\n")
	}

	docs := Docs(r)
	listed := 0
	for _, file := range r.Files {
		fs := byPath[file.Path]
		if file.Error == "" && len(fs) == 0 {
			continue
		}
		fmt.Fprintf(&b, "#### %s", mdCode(textdoc.DisplayPath(file.Path)))
		if v, ok := scores[file.Path]; ok {
			fmt.Fprintf(&b, " · score %.1f", v)
		}
		b.WriteString("\n\n")
		if file.Error != "" {
			fmt.Fprintf(&b, "could not be checked: %s\n\n", mdEscape(OneLine(file.Error)))
		}
		if len(fs) == 0 || listed >= markdownMaxFindings {
			continue
		}
		b.WriteString("| line | severity | rule | finding |\n|---:|---|---|---|\n")
		for _, f := range fs {
			if listed >= markdownMaxFindings {
				break
			}
			listed++
			cell := mdEscape(OneLine(f.Message))
			if doc := docs[f.Path]; doc != nil {
				if ctx := mdContext(doc, f); ctx != "" {
					cell += "<br>" + ctx
				}
			}
			if f.Suggestion != "" {
				cell += "<br>suggestion: " + mdEscape(ShowSuggestion(f.Suggestion))
			}
			fmt.Fprintf(&b, "| %d:%d | %s | `%s` | %s |\n", f.Line, f.Column, f.Severity, f.Rule, cell)
		}
		b.WriteString("\n")
	}
	if n := len(r.Findings) - listed; n > 0 {
		fmt.Fprintf(&b, "%s not listed (at most %d are).\n", plural(n, "more finding"), markdownMaxFindings)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdContext returns the words around finding f on its line, escaped, with
// the finding in bold (an HTML <b>: Markdown's ** does not bind next to
// punctuation); white space at its ends is shown as "␣".
func mdContext(doc *textdoc.Document, f checker.Finding) string {
	line, start, end := contextLine(doc, f)
	runes := []rune(OneLine(line))
	start = max(0, min(start, len(runes)))
	end = max(start, min(end, len(runes), start+2*markdownContext))
	from := max(0, start-markdownContext)
	to := min(len(runes), end+markdownContext)
	// White space at the ends of the finding would not show in bold.
	span := []rune(string(runes[start:end]))
	for i := 0; i < len(span) && unicode.IsSpace(span[i]); i++ {
		span[i] = '␣'
	}
	for i := len(span) - 1; i >= 0 && unicode.IsSpace(span[i]); i-- {
		span[i] = '␣'
	}
	if strings.TrimSpace(string(runes[from:to])) == "" && len(span) == 0 {
		return ""
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(mdEscape(string(runes[from:start])))
	if len(span) > 0 {
		b.WriteString("<b>" + mdEscape(string(span)) + "</b>")
	} else {
		b.WriteString("‸")
	}
	b.WriteString(mdEscape(string(runes[end:to])))
	if to < len(runes) {
		b.WriteString("…")
	}
	return b.String()
}

// mdEscaper escapes what Markdown or the HTML inside it would read as
// markup, and the bar that ends a table cell.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "#", `\#`,
	"~", `\~`, "|", `\|`, "<", "&lt;", ">", "&gt;", "&", "&amp;", "!", `\!`, "@", "&#64;",
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdCode shows a path as inline code; a backtick inside it is replaced, as
// code spans cannot escape it, and a bar escaped for tables.
func mdCode(s string) string {
	s = strings.ReplaceAll(OneLine(s), "`", "'")
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}
