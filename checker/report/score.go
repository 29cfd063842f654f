package report

import (
	"fmt"
	"math"
	"sort"

	"github.com/mtlint/mtlint/checker"
)

// ScoreDoc explains the quality score; README.md and `mtlint explain score`
// print it, so the formula is documented where it is computed.
const ScoreDoc = `The score is an MQM-style quality score per document, from 0 to 100.

Each finding costs penalty points by its severity, as MQM weighs error
severities: error 5 (MQM "major"), warning 1 (MQM "minor"), info 0 (MQM
"neutral": worth a look, not an error). The penalty is normalised to 1,000
words and taken from 100:

    score = max(0, 100 - 1000 * penalty / max(words, 500))

rounded to one decimal. Documents under 500 words are scored as if they had
500: a short news item, a caption or a teaser with one error scores 90, as a
500-word article with one error does, instead of collapsing towards 0 on one
or two findings (per-word rates mean little on a few dozen words). A 1,000-word article with
2 errors and 3 warnings scores 100 - 13 = 87. A file that could not be checked
has no score. check --min-score N exits 1 when a document scores below N.`

// Penalty weights per severity, as MQM weighs major, minor and neutral errors.
const (
	PenaltyError   = 5.0
	PenaltyWarning = 1.0
	PenaltyInfo    = 0.0
)

// scoreMinWords is the least word count a penalty is normalised to: below
// it, one finding would swing the score by more than it says about the text.
const scoreMinWords = 500

// Penalty returns the penalty points of one finding of severity s.
func Penalty(s checker.Severity) float64 {
	switch s {
	case checker.Error:
		return PenaltyError
	case checker.Warning:
		return PenaltyWarning
	case checker.Info:
		return PenaltyInfo
	}
	return 0
}

// Score returns the quality score of a document of words words with the
// given findings: 100 minus the penalty points per 1,000 words, never below 0,
// rounded to one decimal.
func Score(words int, findings []checker.Finding) float64 {
	var penalty float64
	for _, f := range findings {
		penalty += Penalty(f.Severity)
	}
	return scoreOf(words, penalty)
}

// scoreOf is Score from the summed penalty points.
func scoreOf(words int, penalty float64) float64 {
	per1000 := 1000 * penalty / float64(max(words, scoreMinWords))
	return math.Round(math.Max(0, 100-per1000)*10) / 10
}

// Scores returns the score of every file of the report that was checked,
// by path; files that could not be read or parsed have none. Penalties are
// summed in findings order, as Score sums them, without copying a finding.
func (r *Report) Scores() map[string]float64 {
	penalty := map[string]float64{}
	for i := range r.Findings {
		penalty[r.Findings[i].Path] += Penalty(r.Findings[i].Severity)
	}
	out := map[string]float64{}
	for _, f := range r.Files {
		if f.Error != "" {
			continue
		}
		out[f.Path] = scoreOf(f.Words, penalty[f.Path])
	}
	return out
}

// filesWithScores returns a copy of the report's files with Score set for
// every file that was checked.
func (r *Report) filesWithScores() []FileResult {
	scores := r.Scores()
	files := make([]FileResult, len(r.Files))
	for i, f := range r.Files {
		if s, ok := scores[f.Path]; ok && f.Error == "" {
			f.Score = &s
		}
		files[i] = f
	}
	return files
}

// BelowScore returns the paths of the checked documents that score below
// min, in input order.
func (r *Report) BelowScore(min float64) []string {
	scores := r.Scores()
	var out []string
	for _, f := range r.Files {
		if s, ok := scores[f.Path]; ok && f.Error == "" && s < min {
			out = append(out, f.Path)
		}
	}
	return out
}

// lowestScore returns the checked document with the lowest score; ok is
// false when no document was checked. Ties go to the earlier path.
func (r *Report) lowestScore() (path string, score float64, ok bool) {
	scores := r.Scores()
	paths := make([]string, 0, len(scores))
	for p := range scores {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if !ok || scores[p] < score {
			path, score, ok = p, scores[p], true
		}
	}
	return path, score, ok
}

// scoreSummary words the scores for the text summary: the score of a single
// document, or the lowest of several; "" when no document was checked.
func scoreSummary(r *Report) string {
	path, score, ok := r.lowestScore()
	if !ok {
		return ""
	}
	if len(r.Scores()) == 1 {
		return fmt.Sprintf("score %.1f (%s)", score, path)
	}
	return fmt.Sprintf("lowest score %.1f (%s)", score, path)
}
