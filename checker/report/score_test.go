package report

import (
	"testing"

	"github.com/mtlint/mtlint/checker"
)

func TestScore(t *testing.T) {
	n := func(sev checker.Severity, k int) []checker.Finding {
		out := make([]checker.Finding, k)
		for i := range out {
			out[i].Severity = sev
		}
		return out
	}
	tests := []struct {
		words    int
		findings []checker.Finding
		want     float64
	}{
		{1000, nil, 100},
		{1000, append(n(checker.Error, 2), n(checker.Warning, 3)...), 87},
		{1000, n(checker.Info, 50), 100},
		{2000, n(checker.Error, 1), 97.5},
		{0, nil, 100},
		{10, n(checker.Warning, 1), 98},   // scored as 500 words
		{12, n(checker.Error, 1), 90},     // a short item does not collapse on one error
		{40, n(checker.Error, 2), 80},     // nor on two
		{300, n(checker.Error, 1), 90},    // judged as a 500-word article
		{50, n(checker.Error, 100), 0},    // never below 0
		{1285, n(checker.Error, 1), 96.1}, // 3.89 per 1,000 words, rounded to one decimal
	}
	for _, tt := range tests {
		if got := Score(tt.words, tt.findings); got != tt.want {
			t.Errorf("Score(%d words, %d findings) = %v, want %v", tt.words, len(tt.findings), got, tt.want)
		}
	}
}

func TestReportScores(t *testing.T) {
	r := &Report{
		Files: []FileResult{{Path: "a", Words: 1000}, {Path: "b", Words: 1000}, {Path: "c", Error: "no such file"}},
		Findings: []checker.Finding{
			{Path: "a", Severity: checker.Error}, {Path: "b", Severity: checker.Error}, {Path: "b", Severity: checker.Error}, {Path: "b", Severity: checker.Warning},
		},
	}
	s := r.Scores()
	if len(s) != 2 || s["a"] != 95 || s["b"] != 89 {
		t.Errorf("Scores = %v", s)
	}
	if got := r.BelowScore(90); len(got) != 1 || got[0] != "b" {
		t.Errorf("BelowScore(90) = %v", got)
	}
	if got := r.BelowScore(0); len(got) != 0 {
		t.Errorf("BelowScore(0) = %v", got)
	}
	files := r.filesWithScores()
	if files[0].Score == nil || *files[0].Score != 95 || files[2].Score != nil {
		t.Errorf("filesWithScores: %+v", files)
	}
	if r.Files[0].Score != nil {
		t.Error("filesWithScores changed the report")
	}
	if got := scoreSummary(r); got != "lowest score 89.0 (b)" {
		t.Errorf("scoreSummary = %q", got)
	}
}
