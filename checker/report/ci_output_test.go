package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/testrules"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

func TestShowSuggestion(t *testing.T) {
	for in, want := range map[string]string{
		"":         "",
		"The":      "The",
		" ":        "one space",
		"  ":       "two spaces",
		"\u00a0":   "a no-break space",
		"\u202f":   "a narrow no-break space",
		" \u00a0":  `" \u00a0"`,
		" :":       `" :"`,
		"a  b":     `"a  b"`,
		"l'été":    "l'été",
		"x\ny":     "x y",
		"\t":       "a tab",
		"       ":  "seven spaces",
		"\u2009\t": `"\u2009\t"`,
	} {
		if got := ShowSuggestion(in); got != want {
			t.Errorf("ShowSuggestion(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTextShowsWhitespaceSuggestion: a suggestion of one space is named in
// the text, github, checkstyle and html output, never printed as a blank.
func TestTextShowsWhitespaceSuggestion(t *testing.T) {
	space := &checker.Rule{ID: "double-space", Title: "t", Severity: checker.Info, Check: func(p *checker.Pass) error {
		for _, b := range p.Doc.Blocks {
			if i := strings.Index(b.Text, "  "); i >= 0 {
				p.Report(b, textdoc.Span{Start: i, End: i + 2}, "double space", " ")
			}
		}
		return nil
	}}
	r := checkText(t, "x.txt", "One  two.\n", space)
	for _, name := range []string{"text", "github", "checkstyle", "html", "markdown", "sarif", "junit"} {
		out := string(format(t, name, r))
		if !strings.Contains(out, "one space") {
			t.Errorf("%s output does not name the suggested space:\n%s", name, out)
		}
		if strings.Contains(out, "suggestion:  \n") || strings.Contains(out, "suggestion:  )") || strings.Contains(out, "suggestion: </") {
			t.Errorf("%s output shows a blank suggestion:\n%s", name, out)
		}
	}
}

// TestMarkSpanCapsLongSpans: a finding over a long line shows at most
// contextWidth columns and markWidth carets.
func TestMarkSpanCapsLongSpans(t *testing.T) {
	line := strings.Repeat("word ", 80) // 400 columns
	for _, tc := range []struct{ start, end int }{{0, 400}, {10, 350}, {200, 399}, {5, 9}} {
		shown, pad, marks := markSpan(line, tc.start, tc.end)
		if w := len([]rune(shown)); w > contextWidth+2 {
			t.Errorf("span %v: %d columns shown", tc, w)
		}
		if marks > markWidth || pad+marks > contextWidth+1 {
			t.Errorf("span %v: pad %d, %d carets", tc, pad, marks)
		}
	}
	if _, _, marks := markSpan(line, 5, 9); marks != 4 {
		t.Errorf("a short span gets %d carets, want 4", marks)
	}
}

// TestTextSummaryWithoutFindings: a clean run still prints its summary and
// score.
func TestTextSummaryWithoutFindings(t *testing.T) {
	r := checkText(t, "x.txt", "All is well here.\n", testrules.WordRule("drop-cap", "Dhe", checker.Error, "The"))
	r.AddHidden("in the baseline", 2)
	out := string(format(t, "text", r))
	want := "0 findings in 1 file; 2 more hidden (2 in the baseline)\nscore 100.0 (x.txt)\n"
	if out != want {
		t.Errorf("text output %q, want %q", out, want)
	}
}

func manyFindings(n int) *Report {
	r := &Report{Files: []FileResult{{Path: "a.txt", Words: 100000}}, Rules: []*checker.Rule{{ID: "drop-cap", Title: "t", Severity: checker.Error}}}
	for i := range n {
		sev := checker.Warning
		if i%10 == 0 {
			sev = checker.Error
		}
		r.Findings = append(r.Findings, checker.Finding{Rule: "drop-cap", Severity: sev, Path: "a.txt", Line: i + 1, Column: 1, EndLine: i + 1, EndColumn: 2, Offset: i * 10, EndOffset: i*10 + 1, Text: fmt.Sprint(i), Message: "m"})
	}
	return r
}

// TestSARIFCap: a run over SARIFMaxResults keeps the most severe results
// and says how many it left out, in the log and in a note.
func TestSARIFCap(t *testing.T) {
	r := manyFindings(SARIFMaxResults + 700)
	out := format(t, "sarif", r)
	var raw struct {
		Runs []struct {
			Results []struct {
				Level     string
				Locations []struct {
					PhysicalLocation struct{ Region struct{ StartLine int } } `json:"physicalLocation"`
				}
			}
			Invocations []struct {
				Notifications []struct {
					Level   string
					Message struct{ Text string }
				} `json:"toolExecutionNotifications"`
			}
		}
	}
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	res := raw.Runs[0].Results
	if len(res) != SARIFMaxResults {
		t.Fatalf("%d results, want %d", len(res), SARIFMaxResults)
	}
	errs, last := 0, 0
	for _, x := range res {
		if x.Level == "error" {
			errs++
		}
		line := x.Locations[0].PhysicalLocation.Region.StartLine
		if line < last {
			t.Fatal("results out of order")
		}
		last = line
	}
	if errs != (SARIFMaxResults+700+9)/10 {
		t.Errorf("%d errors kept, want all of them", errs)
	}
	notes := SARIFFormatter{}.Notes(r)
	if len(notes) != 1 || !strings.Contains(notes[0], "700 of 5700 findings left out") {
		t.Errorf("notes %q", notes)
	}
	if n := raw.Runs[0].Invocations[0].Notifications; len(n) != 1 || !strings.Contains(n[0].Message.Text, "700 of 5700") {
		t.Errorf("notifications %+v", n)
	}
	if notes := (SARIFFormatter{}).Notes(manyFindings(10)); notes != nil {
		t.Errorf("notes for a small run: %q", notes)
	}
}

// TestSARIFHygiene: the driver has a version, rules a name apart from the
// ID, a help URI and Markdown help; no "not set" -1 values or empty arrays
// are written, and the log still validates.
func TestSARIFHygiene(t *testing.T) {
	r := goldenReport(t)
	r.ToolVersion = "v1.2.3"
	out := format(t, "sarif", r)
	log, err := sarif.FromBytes(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Validate(); err != nil {
		t.Fatalf("SARIF does not validate: %v", err)
	}
	for _, bad := range []*regexp.Regexp{regexp.MustCompile(`: -1\b`), regexp.MustCompile(`: \[\]`), regexp.MustCompile(`: \{\}`)} {
		if m := bad.Find(out); m != nil {
			t.Errorf("log has %q", m)
		}
	}
	var raw struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version string
					Rules   []struct {
						ID, Name, HelpURI string
						Help              struct{ Text, Markdown string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	d := raw.Runs[0].Tool.Driver
	if d.Version != "v1.2.3" {
		t.Errorf("driver version %q", d.Version)
	}
	rule := d.Rules[0]
	if rule.ID != "drop-cap" || rule.Name != "DropCap" || rule.HelpURI != RulesDocURL+"#drop-cap" || !strings.Contains(rule.Help.Markdown, "(`drop-cap`)") || rule.Help.Text == "" {
		t.Errorf("rule %+v", rule)
	}
	if sarifRuleName("space-before-punctuation") != "SpaceBeforePunctuation" {
		t.Error(sarifRuleName("space-before-punctuation"))
	}
	if bytes.Contains(out, []byte(`"id": -1`)) {
		t.Error("a location has id -1")
	}
}

// TestSARIFEmptyResults: a clean run has "results": [], which tells code
// scanning that the alerts it had are fixed.
func TestSARIFEmptyResults(t *testing.T) {
	r := checkText(t, "x.txt", "All is well here.\n", testrules.WordRule("drop-cap", "Dhe", checker.Error, "The"))
	out := format(t, "sarif", r)
	if !bytes.Contains(out, []byte(`"results": []`)) {
		t.Errorf("no empty results array:\n%s", out)
	}
}

// TestGitHubNotesTheAnnotationCap: more than ten findings of a level is
// said on stderr.
func TestGitHubNotesTheAnnotationCap(t *testing.T) {
	if n := (GitHubFormatter{}).Notes(manyFindings(10)); n != nil {
		t.Errorf("notes %q", n)
	}
	n := (GitHubFormatter{}).Notes(manyFindings(30)) // 3 errors, 27 warnings
	if len(n) != 1 || !strings.Contains(n[0], "17 of 30 findings") {
		t.Errorf("notes %q", n)
	}
}

// TestMarkdownFormat: grouped by file, the finding in bold in its context,
// input text escaped.
func TestMarkdownFormat(t *testing.T) {
	r := checkText(t, "x.txt", "A *b* [link](http://x) | Dhe <i>ferry</i> left.\n", testrules.WordRule("drop-cap", "Dhe", checker.Error, "The"))
	out := string(format(t, "markdown", r))
	for _, want := range []string{
		"### mtlint: 1 finding in 1 file\n",
		"#### `x.txt` · score 90.0\n",
		"| 1:26 | error | `drop-cap` | found Dhe<br>A \\*b\\* \\[link\\](http://x) \\| <b>Dhe</b> &lt;i&gt;ferry&lt;/i&gt; left.<br>suggestion: The |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}

// TestJUnitListsOnlyRulesThatApply: a monolingual article gets no test
// cases for rules that compare a source with its translation.
func TestJUnitListsOnlyRulesThatApply(t *testing.T) {
	bilingual := &checker.Rule{ID: "number-mismatch", Title: "t", Severity: checker.Error, ExampleFormat: textdoc.FormatTSV, Check: func(*checker.Pass) error { return nil }}
	r := checkText(t, "x.txt", "All is well here.\n", testrules.WordRule("drop-cap", "Dhe", checker.Error, "The"), bilingual)
	out := string(format(t, "junit", r))
	if strings.Contains(out, "number-mismatch") || !strings.Contains(out, `name="drop-cap"`) || !strings.Contains(out, `tests="1"`) {
		t.Errorf("junit:\n%s", out)
	}
	r.Files[0].Path, r.Files[0].Doc = "x.tsv", nil
	if out := string(format(t, "junit", r)); !strings.Contains(out, "number-mismatch") {
		t.Errorf("junit on a TSV file:\n%s", out)
	}
}

// TestHTMLReportShowsHTMLInputsAsText: an HTML input is shown as its text,
// tags hidden and entities decoded, with the findings highlighted.
func TestHTMLReportShowsHTMLInputsAsText(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head><title>Vote</title><style>p { color: red }</style>\n" +
		"<script>var s = \"<p>Dhe</p>\";</script></head>\n<body>\n  <p>Dhe council met on <b>Tuesday</b> &amp; voted.</p>\n" +
		"  <p>The   vote <!-- note --> is next week.</p>\n<pre>a   b</pre>\n</body></html>\n"
	r := checkText(t, "x.html", page, testrules.WordRule("drop-cap", "Dhe", checker.Error, "The"))
	out := string(format(t, "html", r))
	i, j := strings.Index(out, `<div class="text">`), strings.Index(out, "</div>")
	if i < 0 || j < i {
		t.Fatalf("no text in the report:\n%s", out)
	}
	text := out[i+len(`<div class="text">`) : j]
	for _, bad := range []string{"&lt;", "color: red", "var s", "note", "&amp;amp;"} {
		if strings.Contains(text, bad) {
			t.Errorf("the text shows %q:\n%s", bad, text)
		}
	}
	for _, want := range []string{"Vote\n\n", `">Dhe</mark> council met on Tuesday &amp; voted.` + "\n\nThe vote is next week.\n\na   b"} {
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "<mark"); n != 1 {
		t.Errorf("%d highlights, want 1 (the one in the script is not text)", n)
	}
}

// TestHTMLReportIndexAndFilters: several files get an index that links to
// each; the summary says what the run's filters hid, and the page's own
// filters update the count shown.
func TestHTMLReportIndexAndFilters(t *testing.T) {
	r := goldenReport(t)
	r.AddHidden("in the baseline", 3)
	out := string(format(t, "html", r))
	for _, want := range []string{
		`<nav class="index">`, `<a href="#doc-1">a.txt</a>`, `<section class="doc" id="doc-2">`,
		"3 more hidden (3 in the baseline)", `<span id="shown"></span>`, `getElementById("shown")`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML report lacks %q", want)
		}
	}
	one := checkText(t, "x.txt", "Dhe ferry.\n", testrules.WordRule("drop-cap", "Dhe", checker.Error, "The"))
	if out := string(format(t, "html", one)); strings.Contains(out, `<nav class="index">`) {
		t.Error("a report of one file has an index")
	}
}

// FuzzHTMLReportText: showing an HTML input as text never panics and never
// loses a finding's highlight, whatever the markup and the spans.
func FuzzHTMLReportText(f *testing.F) {
	f.Add([]byte("<p>Dhe <b>x</b> &amp; y</p><script>z</script>"), 3, 6, 20)
	f.Add([]byte("<pre>a  b</pre><!-- c -->d &am"), 0, 30, 5)
	f.Add([]byte("<p\n<br/>\u00e9\u00e9"), 2, 2, 9)
	f.Fuzz(func(t *testing.T, content []byte, a, b, c int) {
		n := len(content)
		clamp := func(x int) int { return min(max(x, 0), n) }
		a, b, c = clamp(a), clamp(b), clamp(c)
		fs := []htmlFinding{
			{ID: 0, Finding: checker.Finding{Offset: min(a, b), EndOffset: max(a, b), Severity: checker.Error}},
			{ID: 1, Finding: checker.Finding{Offset: c, EndOffset: c, Severity: checker.Info}},
		}
		segs := docSegments(&textdoc.Document{Content: content, Format: textdoc.FormatHTML}, fs)
		seen := map[int]bool{}
		for _, s := range segs {
			for _, id := range s.Findings {
				seen[id] = true
			}
		}
		if !seen[1] || a != b && !seen[0] {
			t.Fatalf("findings lost: %v in %q", seen, content)
		}
	})
}
