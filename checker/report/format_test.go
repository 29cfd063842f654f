package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/testrules"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

func format(t *testing.T, name string, r *Report) []byte {
	t.Helper()
	f, err := FormatterFor(name, false)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkText runs rules over one document with the given content and returns
// the report, with the path made relative.
func checkText(t *testing.T, name, content string, rules ...*checker.Rule) *Report {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	eng, err := checker.NewEngine(rules, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := checkFiles(eng, []string{p}, "en")
	r.Files[0].Path = name
	r.Files[0].Doc.Path = name
	for i := range r.Findings {
		r.Findings[i].Path = name
	}
	return r
}

func TestGitHubEscaping(t *testing.T) {
	if got, want := githubData("50% done\r\nnext: a, b"), "50%25 done%0D%0Anext: a, b"; got != want {
		t.Errorf("githubData = %q, want %q", got, want)
	}
	if got, want := githubProperty("dir,x/a:b%.md\n"), "dir%2Cx/a%3Ab%25.md%0A"; got != want {
		t.Errorf("githubProperty = %q, want %q", got, want)
	}
	r := &Report{
		Files: []FileResult{{Path: "a,b:c.md"}},
		Findings: []checker.Finding{{Rule: "r", Severity: checker.Warning, Path: "a,b:c.md", Line: 2, Column: 3, EndLine: 2, EndColumn: 6,
			Text: "x", Message: "100% sure:\nsplit", Suggestion: "y"}},
	}
	got := string(format(t, "github", r))
	want := "::warning file=a%2Cb%3Ac.md,line=2,col=3,endLine=2,endColumn=5,title=mtlint r::100%25 sure: split: \"x\" (suggestion: y)\n"
	if got != want {
		t.Errorf("github output\n got %q\nwant %q", got, want)
	}
	if strings.Count(got, "\n") != 1 {
		t.Error("a message with a newline split the command")
	}
}

func TestGitLabFingerprintStable(t *testing.T) {
	rule := testrules.WordRule("drop-cap", "Dhe", checker.Error, "The")
	r1 := checkText(t, "a.txt", "Dhe ferry left.\n\nDhe ferry came back.\n", rule)
	r2 := checkText(t, "a.txt", "A new first line.\n\nAnd another.\n\nDhe ferry left.\n\nDhe ferry came back.\n", rule)
	type issue struct {
		Fingerprint string
		Location    struct{ Lines struct{ Begin int } }
	}
	var i1, i2 []issue
	if err := json.Unmarshal(format(t, "gitlab", r1), &i1); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(format(t, "gitlab", r2), &i2); err != nil {
		t.Fatal(err)
	}
	if len(i1) != 2 || len(i2) != 2 {
		t.Fatalf("got %d and %d issues, want 2 and 2", len(i1), len(i2))
	}
	if i1[0].Location.Lines.Begin == i2[0].Location.Lines.Begin {
		t.Fatal("the inserted lines did not move the finding")
	}
	for k := range i1 {
		if i1[k].Fingerprint != i2[k].Fingerprint {
			t.Errorf("issue %d: fingerprint changed after lines were inserted above: %s, %s", k, i1[k].Fingerprint, i2[k].Fingerprint)
		}
	}
	if i1[0].Fingerprint == i1[1].Fingerprint {
		t.Error("two findings on different lines share a fingerprint")
	}
	// Identical findings on identical lines still get distinct fingerprints.
	r3 := checkText(t, "a.txt", "Dhe ferry left.\n\nDhe ferry left.\n", rule)
	var i3 []issue
	if err := json.Unmarshal(format(t, "gitlab", r3), &i3); err != nil {
		t.Fatal(err)
	}
	if len(i3) != 2 || i3[0].Fingerprint == i3[1].Fingerprint {
		t.Errorf("duplicate findings: %+v", i3)
	}
}

// xmlWellFormed parses out with encoding/xml to the end.
func xmlWellFormed(t *testing.T, out []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(out))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, out)
		}
	}
}

func TestXMLFormats(t *testing.T) {
	// Markup, quotes, a control character and invalid UTF-8 in the text.
	// Files that are not UTF-8 are refused when read, so the
	// invalid byte is put into the checked document afterwards: formatters
	// must still cope with it in context lines.
	content := "Dhe <b>&amp;</b> \"x\" 'y' \x01 X end.\n"
	r := checkText(t, "a&b<c>.txt", content, testrules.WordRule("drop-cap", "Dhe", checker.Error, "<The> & \"more\""), testrules.WordRule("other", "end", checker.Info, ""))
	r.Files[0].Doc.Content[strings.IndexByte(content, 'X')] = 0xff
	r.Files = append(r.Files, FileResult{Path: "missing]]>.txt", Error: "no such <file>"})

	cs := format(t, "checkstyle", r)
	xmlWellFormed(t, cs)
	var c checkstyleXML
	if err := xml.Unmarshal(cs, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Files) != 2 || c.Files[0].Name != "a&b<c>.txt" || len(c.Files[0].Errors) != 2 || c.Files[1].Errors[0].Message != "could not be checked: no such <file>" {
		t.Errorf("checkstyle round trip: %+v", c)
	}
	if e := c.Files[0].Errors[0]; e.Line != 1 || e.Column != 1 || e.Severity != "error" || e.Source != "mtlint.drop-cap" || !strings.Contains(e.Message, `<The> & "more"`) {
		t.Errorf("checkstyle error: %+v", e)
	}

	ju := format(t, "junit", r)
	xmlWellFormed(t, ju)
	var j junitSuites
	if err := xml.Unmarshal(ju, &j); err != nil {
		t.Fatal(err)
	}
	if j.Tests != 3 || j.Failures != 1 || j.Errors != 1 || len(j.Suites) != 2 {
		t.Fatalf("junit counts: tests %d failures %d errors %d suites %d", j.Tests, j.Failures, j.Errors, len(j.Suites))
	}
	dc := j.Suites[0].Cases[0]
	if dc.Name != "drop-cap" || dc.Failure == nil || dc.Failure.Type != "error" || !strings.Contains(dc.Failure.Body, "a&b<c>.txt:1:1: error:") {
		t.Errorf("junit drop-cap case: %+v", dc)
	}
	if oc := j.Suites[0].Cases[1]; oc.Failure != nil || !strings.Contains(oc.SystemOut, "[other]") {
		t.Errorf("an info finding should be listed, not fail: %+v", oc)
	}
}

func TestSARIFStructure(t *testing.T) {
	r := goldenReport(t)
	out := format(t, "sarif", r)
	log, err := sarif.FromBytes(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Validate(); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
	// Check the fields GitHub code scanning reads, on the raw JSON.
	var raw struct {
		Version string `json:"version"`
		Runs    []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string
						ShortDescription struct{ Text string } `json:"shortDescription"`
						Help             struct{ Text string }
						Default          struct{ Level string } `json:"defaultConfiguration"`
					}
				}
			}
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct {
							StartLine, StartColumn, EndLine, EndColumn, CharOffset, CharLength int
						}
					} `json:"physicalLocation"`
				}
			}
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
				Notifications       []struct {
					Level   string
					Message struct{ Text string }
				} `json:"toolExecutionNotifications"`
			}
		}
	}
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	if raw.Version != "2.1.0" || len(raw.Runs) != 1 {
		t.Fatalf("version %q, %d runs", raw.Version, len(raw.Runs))
	}
	run := raw.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Name != "mtlint" {
		t.Errorf("columnKind %q, driver %q", run.ColumnKind, run.Tool.Driver.Name)
	}
	if len(run.Tool.Driver.Rules) != 2 || run.Tool.Driver.Rules[0].ID != "drop-cap" || run.Tool.Driver.Rules[0].Default.Level != "error" || run.Tool.Driver.Rules[0].ShortDescription.Text == "" || run.Tool.Driver.Rules[0].Help.Text == "" {
		t.Errorf("rules: %+v", run.Tool.Driver.Rules)
	}
	if len(run.Results) != len(r.Findings) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(r.Findings))
	}
	// The second finding is "Fähre" on line 3 after "Die ": column 5, five code
	// points, at code point 21 of the file.
	res := run.Results[1]
	reg := res.Locations[0].PhysicalLocation.Region
	if res.RuleID != "other" || res.RuleIndex != 1 || res.Level != "note" || res.Locations[0].PhysicalLocation.ArtifactLocation.URI != "a.txt" ||
		reg.StartLine != 3 || reg.StartColumn != 5 || reg.EndLine != 3 || reg.EndColumn != 10 || reg.CharOffset != 21 || reg.CharLength != 5 {
		t.Errorf("result: %+v", res)
	}
	if !strings.Contains(run.Results[0].Message.Text, "suggestion: The") {
		t.Errorf("the suggestion is missing from %q", run.Results[0].Message.Text)
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notifications) != 1 || !strings.Contains(inv.Notifications[0].Message.Text, "missing.txt") {
		t.Errorf("invocation: %+v", inv)
	}
}

func TestSARIFURI(t *testing.T) {
	for in, want := range map[string]string{
		"a.txt":          "a.txt",
		"docs/a b.md":    "docs/a%20b.md",
		"/abs/x.txt":     "file:///abs/x.txt",
		"c:d.txt":        "./c:d.txt",
		"news/100%.html": "news/100%25.html",
	} {
		if got := sarifURI(in); got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJSONLInputOrder(t *testing.T) {
	r := goldenReport(t)
	lines := strings.Split(strings.TrimSpace(string(format(t, "jsonl", r))), "\n")
	if len(lines) != len(r.Files) {
		t.Fatalf("%d lines for %d files", len(lines), len(r.Files))
	}
	for i, l := range lines {
		var d struct {
			Path     string
			Error    string
			Score    *float64
			Findings []checker.Finding
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if d.Path != r.Files[i].Path || (d.Error != "") != (r.Files[i].Error != "") || (d.Score == nil) != (d.Error != "") || d.Findings == nil {
			t.Errorf("line %d: %s", i, l)
		}
	}
}

func TestHTMLEscapesAndHighlights(t *testing.T) {
	content := "Dhe <script>alert(1)</script> & \"q\" \u200b end\n"
	zw := &checker.Rule{ID: "invisible-character", Title: "t", Severity: checker.Warning, Check: func(p *checker.Pass) error {
		for _, b := range p.Doc.Blocks {
			if i := strings.Index(b.Text, "\u200b"); i >= 0 {
				p.Report(b, textdoc.Span{Start: i, End: i + 3}, "zero-width space", "")
			}
		}
		return nil
	}}
	r := checkText(t, "x.txt", content, testrules.WordRule("drop-cap", "Dhe", checker.Error, "<b>The</b>"), zw)
	out := string(format(t, "html", r))
	for _, bad := range []string{"<script>alert", "<b>The</b>", "http://", "https://", "src="} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML report contains %q", bad)
		}
	}
	for _, want := range []string{
		`&lt;script&gt;alert(1)&lt;/script&gt;`,
		`<mark class="error" data-f="0"`,
		`<mark class="warning blank" data-f="1"`,
		`suggestion: &lt;b&gt;The&lt;/b&gt;`,
		`score 88.0`,
		`Content-Security-Policy`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML report lacks %q", want)
		}
	}
}

func TestHTMLSegmentsOverlapAndPoints(t *testing.T) {
	content := []byte("abcdef")
	fs := []htmlFinding{
		{0, checker.Finding{Rule: "a", Severity: checker.Info, TextOffset: 1, TextEndOffset: 4}},
		{1, checker.Finding{Rule: "b", Severity: checker.Error, TextOffset: 3, TextEndOffset: 5}},
		{2, checker.Finding{Rule: "c", Severity: checker.Warning, TextOffset: 6, TextEndOffset: 6}},
	}
	var got []string
	var text strings.Builder
	for _, s := range htmlSegments(content, fs) {
		text.WriteString(s.Text)
		got = append(got, s.Text+"|"+joinIDs(s.Findings)+"|"+s.Severity)
	}
	want := []string{"a||", "bc|0|info", "d|0 1|error", "e|1|error", "f||", "|2|warning"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("segments\n got %q\nwant %q", got, want)
	}
	if text.String() != string(content) {
		t.Errorf("segments lose text: %q", text.String())
	}
}

// TestRuleHelpAgreesWithExplain checks that SARIF's rule help shows a
// bilingual rule's examples as mtlint explain does: source and target lines
// in "source -> target" language, not raw TSV rows.
func TestRuleHelpAgreesWithExplain(t *testing.T) {
	r := &checker.Rule{ID: "b", Title: "a bilingual rule", ExampleFormat: textdoc.FormatTSV,
		ExampleSourceLang: "de", ExampleLang: "en", Bad: "Hallo\tHallo", Good: "Hallo\tHello"}
	for _, help := range []string{ruleHelp(r), ruleHelpMarkdown(r)} {
		if !strings.Contains(help, "Bad (de -> en):") || !strings.Contains(help, "source: Hallo\ntarget: Hello") || strings.Contains(help, "\t") {
			t.Errorf("help:\n%s", help)
		}
	}
}
