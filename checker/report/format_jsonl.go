package report

import (
	"encoding/json"
	"io"

	"github.com/mtlint/mtlint/checker"
)

// JSONLFormatter writes one JSON object a document, in input order, as
// DESIGN.md specifies: {"path", "language", "findings": [...]} with the
// findings as in the json format, plus "score" for a checked document and
// "error" for one that could not be checked. One line a document suits
// line-oriented pipelines (Spark's pipe, Hadoop streaming, jq -c).
type JSONLFormatter struct{}

type jsonlDocument struct {
	Path           string            `json:"path"`
	Language       string            `json:"language"`
	SourceLanguage string            `json:"source_language,omitempty"`
	Words          int               `json:"words"`
	Score          *float64          `json:"score,omitempty"`
	Error          string            `json:"error,omitempty"`
	Findings       []checker.Finding `json:"findings"`
}

// Format implements Formatter.
func (JSONLFormatter) Format(w io.Writer, r *Report) error {
	byPath := map[string][]checker.Finding{}
	for _, f := range r.Findings {
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range r.filesWithScores() {
		findings := byPath[f.Path]
		if findings == nil {
			findings = []checker.Finding{}
		}
		if err := enc.Encode(jsonlDocument{f.Path, f.Language, f.SourceLanguage, f.Words, f.Score, f.Error, findings}); err != nil {
			return err
		}
	}
	return nil
}
