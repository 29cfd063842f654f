package report

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// HTMLFormatter writes a self-contained HTML report: inline CSS and script,
// no network access (a Content-Security-Policy forbids it). It shows each
// document's text as read with every finding highlighted in place (from the
// findings' byte offsets; overlapping findings share a highlight), a tooltip
// and a table with the message and suggestion of each finding, the
// document's score, a summary, and check boxes that filter findings by
// severity and rule. html/template escapes all text taken from the input.
type HTMLFormatter struct{}

type htmlFinding struct {
	ID int
	checker.Finding
}

// htmlSegment is a run of a document's text covered by the same findings.
type htmlSegment struct {
	start    int // byte offset in the document
	Text     string
	Findings []int // IDs of the findings covering it; empty for plain text
	Point    bool  // an empty span: a finding between two characters
	Blank    bool  // the text has nothing visible (spaces, invisible characters)
	Severity string
	Rules    string
	Title    string
}

type htmlDoc struct {
	Anchor                string // the id of the document's section
	Path, Language, Error string
	Words                 int
	Score                 float64
	ScoreClass            string
	HasScore              bool
	Segments              []htmlSegment
	Findings              []htmlFinding
	Counts                Summary
}

type htmlRule struct {
	ID, Title, Severity string
	Count               int
}

type htmlPage struct {
	Summary Summary
	Failed  int
	Lowest  string
	Hidden  string // findings the run's filters hid, in words
	Index   bool   // list the documents at the top (more than one)
	Docs    []htmlDoc
	Rules   []htmlRule
}

// Format implements Formatter.
// KeepsText: the report shows every file's text, with findings or not.
func (HTMLFormatter) KeepsText() bool { return true }

func (HTMLFormatter) Format(w io.Writer, r *Report) error {
	page := htmlPage{Summary: r.Summary()}
	page.Lowest = scoreSummary(r)
	page.Hidden = r.hiddenSummary()
	page.Index = len(r.Files) > 1
	byPath := map[string][]htmlFinding{}
	counts := map[string]int{}
	for i, f := range r.Findings {
		byPath[f.Path] = append(byPath[f.Path], htmlFinding{i, f})
		counts[f.Rule]++
	}
	for _, rule := range reportRules(r) {
		if counts[rule.ID] > 0 {
			page.Rules = append(page.Rules, htmlRule{rule.ID, ruleTitle(rule), rule.Severity.String(), counts[rule.ID]})
		}
	}
	scores := r.Scores()
	for _, f := range r.Files {
		d := htmlDoc{Anchor: fmt.Sprintf("doc-%d", len(page.Docs)+1), Path: f.Path, Language: f.Language, Error: f.Error, Words: f.Words, Findings: byPath[f.Path]}
		if f.Error != "" {
			page.Failed++
		}
		if s, ok := scores[f.Path]; ok && f.Error == "" {
			d.Score, d.HasScore, d.ScoreClass = s, true, scoreClass(s)
		}
		for _, hf := range d.Findings {
			switch hf.Severity {
			case checker.Error:
				d.Counts.Error++
			case checker.Warning:
				d.Counts.Warning++
			case checker.Info:
				d.Counts.Info++
			}
		}
		d.Counts.Findings = len(d.Findings)
		if f.Doc != nil {
			d.Segments = docSegments(f.Doc, d.Findings)
		}
		page.Docs = append(page.Docs, d)
	}
	return htmlTemplate.Execute(w, page)
}

// docSegments cuts a document's text into segments for the report; an HTML
// input is shown as its text, not its markup (see readableHTML).
func docSegments(doc *textdoc.Document, findings []htmlFinding) []htmlSegment {
	if doc.Format != textdoc.FormatHTML {
		return htmlSegments(doc.Content, findings)
	}
	markup, pre := htmlMarkup(doc.Content)
	cuts := make([]int, 0, 2*(len(markup)+len(pre)))
	for _, m := range markup {
		cuts = append(cuts, m.start, m.end)
	}
	for _, p := range pre {
		cuts = append(cuts, p.start, p.end)
	}
	return readableHTML(htmlSegments(doc.Content, findings, cuts...), markup, pre)
}

// scoreClass colours a score: good from 90, fair from 70, poor below.
func scoreClass(s float64) string {
	switch {
	case s >= 90:
		return "good"
	case s >= 70:
		return "fair"
	}
	return "poor"
}

// htmlSegments cuts content at every finding's start and end and returns
// the runs between, each with the findings that cover it. An empty finding
// becomes a point segment of its own. The cuts are swept in order with the
// set of findings open at each, so the cost grows with the output, not with
// the product of segments and findings.
func htmlSegments(content []byte, findings []htmlFinding, extraCuts ...int) []htmlSegment {
	cuts := map[int]bool{0: true, len(content): true}
	for _, c := range extraCuts {
		cuts[clampOffset(c, content)] = true
	}
	startAt, endAt, pointAt := map[int][]int{}, map[int][]int{}, map[int][]int{}
	byID := map[int]htmlFinding{}
	for i, f := range findings {
		byID[f.ID] = f
		s, e := clampOffset(f.TextOffset, content), clampOffset(f.TextEndOffset, content)
		cuts[s], cuts[e] = true, true
		switch {
		case f.TextOffset == f.TextEndOffset:
			pointAt[s] = append(pointAt[s], i)
		case f.TextOffset < f.TextEndOffset:
			startAt[s] = append(startAt[s], i)
			endAt[e] = append(endAt[e], i)
		}
	}
	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)
	var out []htmlSegment
	points := func(at int) {
		for _, i := range pointAt[at] {
			out = append(out, decorate(htmlSegment{start: at, Point: true, Findings: []int{findings[i].ID}}, byID))
		}
	}
	open := map[int]bool{} // indexes of the findings covering the current run
	for i := 0; i+1 < len(bounds); i++ {
		start, end := bounds[i], bounds[i+1]
		for _, k := range endAt[start] {
			delete(open, k)
		}
		for _, k := range startAt[start] {
			open[k] = true
		}
		points(start)
		seg := htmlSegment{start: start, Text: strings.ToValidUTF8(string(content[start:end]), "\uFFFD")}
		if len(open) > 0 {
			idx := make([]int, 0, len(open))
			for k := range open {
				idx = append(idx, k)
			}
			sort.Ints(idx) // in the findings' order
			for _, k := range idx {
				seg.Findings = append(seg.Findings, findings[k].ID)
			}
			seg = decorate(seg, byID)
		}
		out = append(out, seg)
	}
	points(len(content))
	return out
}

func clampOffset(off int, content []byte) int { return max(0, min(off, len(content))) }

// decorate fills in a highlighted segment's classes and tooltip.
func decorate(seg htmlSegment, byID map[int]htmlFinding) htmlSegment {
	worst := checker.Severity(0)
	var rules, title []string
	for _, id := range seg.Findings {
		f := byID[id]
		worst = max(worst, f.Severity)
		rules = append(rules, f.Rule)
		t := fmt.Sprintf("%s [%s]: %s", f.Severity, f.Rule, OneLine(f.Message))
		if f.Suggestion != "" {
			t += "\nsuggestion: " + ShowSuggestion(f.Suggestion)
		}
		title = append(title, t)
	}
	seg.Severity = worst.String()
	seg.Rules = strings.Join(rules, " ")
	seg.Title = strings.Join(title, "\n")
	seg.Blank = !strings.ContainsFunc(seg.Text, func(r rune) bool {
		return unicode.IsGraphic(r) && !unicode.IsSpace(r) && r != utf8.RuneError
	})
	return seg
}

func joinIDs(ids []int) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprint(id)
	}
	return strings.Join(s, " ")
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{"ids": joinIDs, "n": plural, "show": ShowSuggestion}).Parse(htmlReportTemplate))

const htmlReportTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>mtlint report</title>
<style>
:root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --bg-error: #ffcdd2; --bg-warning: #ffe0a3; --bg-info: #cfe3fb; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d1d1f; background: #f4f5f7; }
header { background: #fff; border-bottom: 1px solid #ddd; padding: 12px 24px; position: sticky; top: 0; z-index: 2; }
h1 { font-size: 20px; margin: 0 0 4px; }
.summary { margin: 0 0 8px; color: #444; }
.filters { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; font-size: 14px; }
.filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.filters legend { font-weight: 600; float: left; margin-right: 8px; }
.filters label { white-space: nowrap; cursor: pointer; }
main { padding: 16px 24px; max-width: 1100px; }
section.doc { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 0 0 20px; padding: 12px 18px; }
section.doc h2 { font-size: 17px; margin: 0; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.path { font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
.meta { color: #555; font-size: 13px; font-weight: normal; }
.score { font-size: 14px; font-weight: 700; padding: 1px 8px; border-radius: 10px; color: #fff; }
.score.good { background: #2e7d32; } .score.fair { background: #b26a00; } .score.poor { background: #c62828; }
.failed { color: var(--error); font-weight: 600; }
.text { font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.7; white-space: pre-wrap; overflow-wrap: anywhere; margin: 12px 0; padding: 12px 16px; background: #fcfcfc; border: 1px solid #eee; border-radius: 4px; max-height: 70vh; overflow: auto; }
mark { background: none; color: inherit; border-bottom: 2px solid; border-radius: 2px; cursor: help; }
mark.error { background: var(--bg-error); border-color: var(--error); }
mark.warning { background: var(--bg-warning); border-color: var(--warning); }
mark.info { background: var(--bg-info); border-color: var(--info); }
mark.blank { padding: 0 3px; background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgba(0,0,0,.18) 3px 5px); }
mark.point::before { content: "\2038"; font-weight: 700; }
mark.off { background: none; border-color: transparent; cursor: auto; }
mark.off.point::before { content: ""; }
mark.target { outline: 2px solid #333; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-top: 1px solid #eee; vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; color: #666; }
td.pos a { font-family: ui-monospace, Menlo, Consolas, monospace; color: inherit; }
td.found { font-family: ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-all; }
.sev { font-weight: 700; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.suggestion { color: #2e7d32; }
tr.hidden { display: none; }
details summary { cursor: pointer; color: #444; }
.none { color: #2e7d32; }
nav.index { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 0 0 20px; padding: 8px 18px; }
nav.index td.path a { color: inherit; }
</style>
</head>
<body>
<header>
<h1>mtlint report</h1>
<p class="summary">{{n .Summary.Findings "finding"}} in {{n .Summary.Files "file"}}:
<span class="sev error">{{n .Summary.Error "error"}}</span>, <span class="sev warning">{{n .Summary.Warning "warning"}}</span>, <span class="sev info">{{n .Summary.Info "info"}}</span>{{if .Lowest}}; {{.Lowest}}{{end}}{{if .Hidden}}; {{.Hidden}}{{end}}{{if .Failed}}; <span class="failed">{{n .Failed "file"}} could not be checked</span>{{end}}.<span id="shown"></span></p>
<form class="filters" id="filters">
<fieldset><legend>Severity</legend>
<label><input type="checkbox" name="sev" value="error" checked> <span class="sev error">error</span></label>
<label><input type="checkbox" name="sev" value="warning" checked> <span class="sev warning">warning</span></label>
<label><input type="checkbox" name="sev" value="info" checked> <span class="sev info">info</span></label>
</fieldset>
{{if .Rules}}<fieldset><legend>Rules</legend>
{{range .Rules}}<label title="{{.Title}}"><input type="checkbox" name="rule" value="{{.ID}}" checked> {{.ID}} ({{.Count}})</label>
{{end}}</fieldset>{{end}}
</form>
</header>
<main>
{{if .Index}}<nav class="index"><details open><summary>{{n (len .Docs) "file"}}</summary>
<table><thead><tr><th>file</th><th>score</th><th>errors</th><th>warnings</th><th>info</th></tr></thead><tbody>
{{range .Docs}}<tr><td class="path"><a href="#{{.Anchor}}">{{.Path}}</a></td><td>{{if .HasScore}}<span class="score {{.ScoreClass}}">{{printf "%.1f" .Score}}</span>{{else if .Error}}<span class="failed">not checked</span>{{end}}</td><td>{{.Counts.Error}}</td><td>{{.Counts.Warning}}</td><td>{{.Counts.Info}}</td></tr>
{{end}}</tbody></table></details></nav>
{{end}}{{range .Docs}}<section class="doc" id="{{.Anchor}}">
<h2><span class="path">{{.Path}}</span>{{if .HasScore}} <span class="score {{.ScoreClass}}" title="quality score: 100 minus penalty points per 1,000 words">score {{printf "%.1f" .Score}}</span>{{end}}
<span class="meta">{{if .Language}}language {{.Language}} · {{end}}{{n .Words "word"}} · {{n .Counts.Error "error"}}, {{n .Counts.Warning "warning"}}, {{n .Counts.Info "info"}}</span></h2>
{{if .Error}}<p class="failed">could not be checked: {{.Error}}</p>{{else}}
<div class="text">{{range .Segments}}{{if .Findings}}<mark class="{{.Severity}}{{if .Point}} point{{end}}{{if .Blank}} blank{{end}}" data-f="{{ids .Findings}}" title="{{.Title}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</div>
{{if .Findings}}<details open><summary>{{n (len .Findings) "finding"}}</summary>
<table><thead><tr><th>line:col</th><th>severity</th><th>rule</th><th>found</th><th>message</th></tr></thead><tbody>
{{range .Findings}}<tr data-f="{{.ID}}" data-sev="{{.Severity}}" data-rule="{{.Rule}}"><td class="pos"><a href="#" data-go="{{.ID}}">{{.Line}}:{{.Column}}</a></td><td class="sev {{.Severity}}">{{.Severity}}</td><td>{{.Rule}}</td><td class="found">{{.Text}}</td><td>{{.Message}}{{if .Suggestion}}<br><span class="suggestion">suggestion: {{show .Suggestion}}</span>{{end}}</td></tr>
{{end}}</tbody></table></details>{{else}}<p class="none">no findings</p>{{end}}{{end}}
</section>
{{end}}</main>
<script>
(function () {
  var form = document.getElementById("filters");
  var rows = document.querySelectorAll("tr[data-f]");
  var marks = document.querySelectorAll("mark[data-f]");
  function update() {
    var on = {};
    form.querySelectorAll("input").forEach(function (i) { on[i.name + ":" + i.value] = i.checked; });
    var visible = {};
    rows.forEach(function (r) {
      var v = on["sev:" + r.dataset.sev] !== false && on["rule:" + r.dataset.rule] !== false;
      visible[r.dataset.f] = v;
      r.classList.toggle("hidden", !v);
    });
    marks.forEach(function (m) {
      var any = m.dataset.f.split(" ").some(function (id) { return visible[id]; });
      m.classList.toggle("off", !any);
    });
    var shown = 0;
    rows.forEach(function (r) { if (visible[r.dataset.f]) { shown++; } });
    document.getElementById("shown").textContent = shown < rows.length ? " Showing " + shown + " of " + rows.length + " findings (filters below)." : "";
  }
  form.addEventListener("change", update);
  document.addEventListener("click", function (e) {
    var a = e.target.closest("a[data-go]");
    if (!a) { return; }
    e.preventDefault();
    var id = a.dataset.go;
    var m = Array.prototype.find.call(marks, function (m) { return m.dataset.f.split(" ").indexOf(id) >= 0; });
    if (!m) { return; }
    document.querySelectorAll("mark.target").forEach(function (t) { t.classList.remove("target"); });
    m.classList.add("target");
    m.scrollIntoView({block: "center"});
  });
  update();
})();
</script>
</body>
</html>
`
