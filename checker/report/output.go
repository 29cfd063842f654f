package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/align"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// FileResult is what one checked input produced.
type FileResult struct {
	Path           string `json:"path"`
	Language       string `json:"language"`
	SourceLanguage string `json:"source_language"`
	Words          int    `json:"words"`
	Error          string `json:"error"`
	// Cut counts, by rule, the findings not reported because the rule
	// reached MaxFindingsPerRule in the file.
	Cut map[string]int `json:"cut,omitempty"`
	// Score is the document's quality score (see ScoreDoc); nil when the
	// file could not be checked. Formatters fill it in.
	Score *float64 `json:"score,omitempty"`

	// Alignment is the paragraph alignment of a target checked against its
	// source article (check --source); absent otherwise.
	Alignment []align.BeadJSON `json:"alignment,omitempty"`

	// Doc is the parsed document, nil when the file could not be read; the
	// text format shows lines from it.
	Doc *textdoc.Document `json:"-"`
}

// Report is the result of one run: every file in input order and all findings
// with positions resolved.
type Report struct {
	Files    []FileResult
	Findings []checker.Finding
	// Rules are the rules that ran; sarif and html describe them.
	Rules []*checker.Rule
	// Hidden counts the findings the run's filters (--since, --since-git,
	// the baseline) took out of Findings, one entry a filter that hid any,
	// so that summaries can say the count they give is after filtering.
	Hidden []Hidden
	// ToolVersion is mtlint's version, for formats that name the tool
	// (sarif); "" when unknown.
	ToolVersion string
}

// Hidden is how many findings one filter hid.
type Hidden struct {
	Filter string // what hid them, as "2 in the baseline" says it: "in the baseline", "below --show error"
	Count  int
}

// AddHidden records that filter (a phrase: "in the baseline") hid n
// findings; nothing when n is 0.
func (r *Report) AddHidden(filter string, n int) {
	if n > 0 {
		r.Hidden = append(r.Hidden, Hidden{filter, n})
	}
}

// hiddenSummary words Hidden: "3 hidden (the baseline 2, unchanged text
// 1)"; "" when nothing was hidden.
func (r *Report) hiddenSummary() string {
	total := 0
	parts := make([]string, len(r.Hidden))
	for i, h := range r.Hidden {
		total += h.Count
		parts[i] = fmt.Sprintf("%d %s", h.Count, h.Filter)
	}
	if total == 0 {
		return ""
	}
	return fmt.Sprintf("%d more hidden (%s)", total, strings.Join(parts, ", "))
}

// Summary counts files and findings by severity.
type Summary struct {
	Files    int `json:"files"`
	Findings int `json:"findings"`
	Error    int `json:"error"`
	Warning  int `json:"warning"`
	Info     int `json:"info"`
}

// Summary returns the report's counts.
func (r *Report) Summary() Summary {
	s := Summary{Files: len(r.Files), Findings: len(r.Findings)}
	for _, f := range r.Findings {
		switch f.Severity {
		case checker.Error:
			s.Error++
		case checker.Warning:
			s.Warning++
		case checker.Info:
			s.Info++
		}
	}
	return s
}

// Formatter writes a report in one output format.
type Formatter interface {
	Format(w io.Writer, r *Report) error
}

// Noter is a formatter with something to tell the user about a report
// beside its output, such as findings the format leaves out; the command
// prints each note on standard error.
type Noter interface {
	Notes(r *Report) []string
}

// Notes returns formatter f's notes on r, if it has any.
func Notes(f Formatter, r *Report) []string {
	if n, ok := f.(Noter); ok {
		return n.Notes(r)
	}
	return nil
}

// KeepsText reports whether formatter f shows the text of files without
// findings (the HTML report does), so that the run must keep it
// (run.Options.KeepText). A formatter says so with a KeepsText method.
func KeepsText(f Formatter) bool {
	k, ok := f.(interface{ KeepsText() bool })
	return ok && k.KeepsText()
}

// FormatterFor returns the formatter for a --format name.
func FormatterFor(name string, color bool) (Formatter, error) {
	switch name {
	case "text", "":
		return &TextFormatter{Color: color}, nil
	case "json":
		return JSONFormatter{}, nil
	case "line":
		return LineFormatter{}, nil
	// more formats, each in checker/format_<name>.go.
	case "sarif":
		return SARIFFormatter{}, nil
	case "github":
		return GitHubFormatter{}, nil
	case "checkstyle":
		return CheckstyleFormatter{}, nil
	case "junit":
		return JUnitFormatter{}, nil
	case "gitlab":
		return GitLabFormatter{}, nil
	case "jsonl":
		return JSONLFormatter{}, nil
	case "html":
		return HTMLFormatter{}, nil
	case "markdown":
		return MarkdownFormatter{}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Formats(), ", "))
}

// Formats lists the output format names.
func Formats() []string {
	return []string{"text", "json", "line", "sarif", "github", "checkstyle", "junit", "gitlab", "jsonl", "html", "markdown"}
}

// JSONFormatter writes the contract JSON object of DESIGN.md.
type JSONFormatter struct{}

// Format implements Formatter. The object is written a finding at a time,
// byte for byte as encoding it whole with two-space indentation would, so
// that a report of a million findings does not hold its JSON in memory
// three times over.
func (JSONFormatter) Format(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// value encodes v indented as it stands at depth levels, without the
	// encoder's newline.
	value := func(v any, depth int) ([]byte, error) {
		buf.Reset()
		prefix := strings.Repeat("  ", depth)
		enc.SetIndent(prefix, "  ")
		if err := enc.Encode(v); err != nil {
			return nil, err
		}
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
	}
	files, err := value(r.filesWithScores(), 1)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "{\n  \"version\": 1,\n  \"files\": %s,\n  \"findings\": [", files)
	var fb []byte
	for i := range r.Findings {
		fb = appendFindingJSON(fb[:0], &r.Findings[i], "    ")
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		bw.Write(fb)
	}
	if len(r.Findings) > 0 {
		bw.WriteString("\n  ")
	}
	summary, err := value(r.Summary(), 1)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "],\n  \"summary\": %s\n}\n", summary)
	return bw.Flush()
}

// LineFormatter writes `path:line:column: severity: message [rule]`, one
// finding a line, as editors and grep expect.
type LineFormatter struct{}

// Format implements Formatter.
func (LineFormatter) Format(w io.Writer, r *Report) error {
	for _, f := range r.Findings {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s [%s]\n", textdoc.DisplayPath(f.Path), f.Line, f.Column, f.Severity, OneLine(f.Message), f.Rule); err != nil {
			return err
		}
	}
	return nil
}

// TextFormatter writes findings for people: the position, severity, message
// and rule, the line with the span marked, and the suggestion.
type TextFormatter struct {
	Color bool
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
	ansiGreen  = "\x1b[32m"
)

// contextWidth is the most columns of a line shown around a finding.
const contextWidth = 100

// markWidth is the most columns of a finding's span that are shown and
// marked with carets; a longer span (a long sentence in another language, a
// looping phrase) is cut, with "…" after it, so that neither the line nor
// the carets run on for hundreds of columns.
const markWidth = contextWidth

// Format implements Formatter.
func (t *TextFormatter) Format(w io.Writer, r *Report) error {
	docs := Docs(r)
	paint := func(code, s string) string {
		if !t.Color {
			return s
		}
		return code + s + ansiReset
	}
	var b strings.Builder
	for _, f := range r.Findings {
		sevColor := map[checker.Severity]string{checker.Error: ansiRed, checker.Warning: ansiYellow, checker.Info: ansiBlue}[f.Severity]
		fmt.Fprintf(&b, "%s: %s: %s %s\n",
			paint(ansiBold, fmt.Sprintf("%s:%d:%d", textdoc.DisplayPath(f.Path), f.Line, f.Column)),
			paint(sevColor+ansiBold, f.Severity.String()),
			OneLine(f.Message), paint(ansiDim, "["+f.Rule+"]"))
		if doc := docs[f.Path]; doc != nil {
			line, startCol, endCol := contextLine(doc, f) // limits.go
			shown, pad, marks := markSpan(line, startCol, endCol)
			gutter := fmt.Sprintf("%5d | ", f.Line)
			fmt.Fprintf(&b, "%s%s\n", paint(ansiDim, gutter), shown)
			fmt.Fprintf(&b, "%s%s%s\n", paint(ansiDim, "      | "), strings.Repeat(" ", pad), paint(sevColor, strings.Repeat("^", marks)))
		}
		if f.Suggestion != "" {
			fmt.Fprintf(&b, "      = %s %s\n", paint(ansiGreen, "suggestion:"), ShowSuggestion(f.Suggestion))
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
		b.Reset()
	}
	s := r.Summary()
	var errs int
	for _, f := range r.Files {
		if f.Error != "" {
			errs++
		}
	}
	msg := fmt.Sprintf("%s in %s", plural(s.Findings, "finding"), plural(s.Files, "file"))
	if s.Findings > 0 {
		msg += fmt.Sprintf(" (%s, %s, %s)", plural(s.Error, "error"), plural(s.Warning, "warning"), plural(s.Info, "info"))
	}
	if errs > 0 {
		msg += fmt.Sprintf("; %s could not be checked", plural(errs, "file"))
	}
	if hidden := r.hiddenSummary(); hidden != "" {
		msg += "; " + hidden
	}
	msg += "\n" + scoreSummary(r)
	_, err := fmt.Fprintln(w, strings.TrimRight(msg, "\n"))
	return err
}

func plural(n int, word string) string {
	if n == 1 || word == "info" {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// markSpan cuts a window of at most contextWidth columns from line around the
// code-point columns [start, end) and returns it, the display columns before
// the span and the span's display width (at least 1).
func markSpan(line string, start, end int) (shown string, pad, width int) {
	runes := []rune(line)
	start = max(0, min(start, len(runes)))
	end = max(start, min(end, len(runes)))
	cols := make([]int, len(runes))
	for i, r := range runes {
		if r == '\t' || textdoc.UnsafeRune(r) {
			// Tabs and control characters would break the alignment, and
			// controls and bidi marks would act on the terminal.
			runes[i] = ' '
			if r != '\t' {
				runes[i] = '?'
			}
		}
		cols[i] = runewidth.RuneWidth(runes[i])
	}
	// A span wider than markWidth is cut there, so that the window keeps
	// some context before it and the carets fit a terminal.
	cut := false
	for i := start; i < end; i++ {
		if width+cols[i] > markWidth {
			end, cut = i, true
			break
		}
		width += cols[i]
	}
	if cut {
		// The shown part of the span ends the window: "…" says it goes on.
		prefix, from, used := "", start, width
		for from > 0 && used+cols[from-1] <= contextWidth {
			from--
			used += cols[from]
		}
		if from > 0 {
			prefix = "…"
		}
		pad = runewidth.StringWidth(prefix)
		for i := from; i < start; i++ {
			pad += cols[i]
		}
		return prefix + string(runes[from:end]) + "…", pad, max(1, width)
	}
	// Grow the window around the span, one rune a side in turn, while it fits.
	from, to, used := start, end, width
	for grown := true; grown; {
		grown = false
		if from > 0 && used+cols[from-1] <= contextWidth {
			from--
			used += cols[from]
			grown = true
		}
		if to < len(runes) && used+cols[to] <= contextWidth {
			used += cols[to]
			to++
			grown = true
		}
	}
	prefix, suffix := "", ""
	if from > 0 {
		prefix = "…"
	}
	if to < len(runes) {
		suffix = "…"
	}
	shown = prefix + string(runes[from:to]) + suffix
	pad = runewidth.StringWidth(prefix)
	for i := from; i < start; i++ {
		pad += cols[i]
	}
	return shown, pad, max(1, width)
}

// OneLine keeps a message on one output line, with no character that a
// terminal would act on (see unsafeRune).
func OneLine(s string) string {
	if strings.ContainsAny(s, "\r\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if strings.IndexFunc(s, textdoc.UnsafeRune) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if textdoc.UnsafeRune(r) {
			return '?'
		}
		return r
	}, s)
}
