package run

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// DetectedFile is the language detection of one file, as `mtlint detect`
// shows it: why the checker thinks what it thinks.
type DetectedFile struct {
	Path           string `json:"path"`
	Language       string `json:"language"`
	SourceLanguage string `json:"source_language"`
	// Unsure is the language detection leaned to when it was too unsure
	// (on too little text) for check to use it; "" otherwise.
	Unsure     string           `json:"unsure,omitempty"`
	Candidates []string         `json:"candidates"`
	Blocks     []DetectedBlock  `json:"blocks"`
	Gate       langid.GateStats `json:"gate"` // what the word gate passed to the model (the target-aware pass)
	Error      string           `json:"error,omitempty"`
}

// DetectedBlock is one block's language and the foreign spans in it.
type DetectedBlock struct {
	Line       int             `json:"line"`
	Kind       string          `json:"kind"`
	Language   string          `json:"language"`
	Confidence float64         `json:"confidence"`
	By         langid.Evidence `json:"by"`
	Letters    int             `json:"letters"`
	Text       string          `json:"text"`
	Foreign    []DetectedSpan  `json:"foreign"`
}

// DetectedSpan is a foreign span with its position in the file.
type DetectedSpan struct {
	Line       int             `json:"line"`
	Column     int             `json:"column"`
	EndLine    int             `json:"end_line"`
	EndColumn  int             `json:"end_column"`
	Offset     int             `json:"offset"`
	EndOffset  int             `json:"end_offset"`
	Unit       langid.SpanUnit `json:"unit"`
	Language   string          `json:"language"`
	Confidence float64         `json:"confidence"`
	Script     string          `json:"script,omitempty"`
	Text       string          `json:"text"`
}

// Detect runs the language service s over doc: with lang "" the document's
// language is detected first.
func Detect(s *langid.LanguageService, doc *textdoc.Document, lang, source string) DetectedFile {
	var first *langid.LanguageReport
	unsure := ""
	// The report lists every block with its text: a large document is
	// segmented whole, not a window at a time.
	doc.EnsureSegmented()
	if lang == "" {
		// The language check settles on (run.Document), so that the two
		// commands agree; a detection too unsure to be used is shown beside.
		first = s.Analyze(doc, "", source)
		lang = settledLang(doc, first)
		if first.Lang != "" && first.Lang != lang {
			unsure = first.Lang
		}
		doc.SetLang(lang)
	}
	rep := s.AnalyzeFrom(doc, lang, source, first)
	out := DetectedFile{Path: doc.Path, Language: lang, SourceLanguage: source, Unsure: unsure,
		Candidates: rep.Candidates, Blocks: []DetectedBlock{}, Gate: rep.Gate}
	x := doc.Lines()
	for i, bl := range rep.Blocks {
		b := doc.Blocks[i]
		line, _ := x.Position(b.Start())
		db := DetectedBlock{Line: line, Kind: b.Kind.String(), Language: bl.Lang, Confidence: bl.Conf, By: bl.By,
			Letters: bl.Letters, Text: b.Text, Foreign: []DetectedSpan{}}
		for _, f := range bl.Foreign {
			start, end := b.Raw(f.Span.Start), b.RawEnd(f.Span.End)
			ds := DetectedSpan{Offset: start, EndOffset: end, Unit: f.Unit, Language: f.Lang, Confidence: f.Conf,
				Text: string(doc.Content[start:end])}
			if f.Script != langid.NoScript {
				ds.Script = f.Script.String()
			}
			ds.Line, ds.Column = x.Position(start)
			ds.EndLine, ds.EndColumn = x.Position(end)
			db.Foreign = append(db.Foreign, ds)
		}
		out.Blocks = append(out.Blocks, db)
	}
	return out
}

// WriteDetectJSON writes detections as one JSON object.
func WriteDetectJSON(w io.Writer, files []DetectedFile) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Version int            `json:"version"`
		Files   []DetectedFile `json:"files"`
	}{1, files})
}

// WriteDetectText writes detections as a table: a row a block, then a row a
// foreign span under it.
func WriteDetectText(w io.Writer, files []DetectedFile) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, f := range files {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		if f.Error != "" {
			fmt.Fprintf(tw, "%s: %s\n", f.Path, f.Error)
			continue
		}
		lang := f.Language
		if lang == "" {
			lang = "unknown"
		}
		if f.Unsure != "" {
			lang += " (" + f.Unsure + " is too unsure on so little text to be used; give --lang or name the language in the path)"
		}
		fmt.Fprintf(tw, "%s: %s (candidates %s)\n", f.Path, lang, strings.Join(f.Candidates, ", "))
		fmt.Fprintln(tw, "LINE\tLANG\tCONF\tBY\tTEXT")
		for _, b := range f.Blocks {
			l, conf := b.Language, fmt.Sprintf("%.2f", b.Confidence)
			if l == "" {
				l, conf = "-", "-"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", b.Line, l, conf, orDash(string(b.By)), clip(b.Text, 60))
			for _, s := range b.Foreign {
				sl := s.Language
				if sl == "" {
					sl = s.Script + " script"
				}
				fmt.Fprintf(tw, "  %d:%d\t%s\t%.2f\t%s\t%q\n", s.Line, s.Column, sl, s.Confidence, s.Unit, clip(s.Text, 60))
			}
		}
		g := f.Gate
		fmt.Fprintf(tw, "word gate: %d of %d texts passed to the model, %d model calls\n", g.Passed, g.Judged, g.ModelCalls)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to n characters on one line.
func clip(s string, n int) string {
	s = report.OneLine(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
