package langid

import "slices"

// ReportMerger joins the reports of the consecutive windows of one
// document into the report of the document: the blocks in order, the
// candidates of every window, and the vote for the document's language
// counted over all its blocks, as one analysis of the whole text counts it.
// A window's report can be dropped once added.
type ReportMerger struct {
	out   *LanguageReport
	first bool
}

// NewReportMerger returns a merger for a document of the given number of
// blocks.
func NewReportMerger(blocks int) *ReportMerger {
	return &ReportMerger{out: &LanguageReport{Blocks: make([]BlockLanguage, 0, blocks), byLang: map[string]int{}}, first: true}
}

// Add adds the report of the next window.
func (m *ReportMerger) Add(r *LanguageReport) {
	out := m.out
	if m.first {
		out.Target, out.Source, m.first = r.Target, r.Source, false
	}
	for _, c := range r.Candidates {
		if !slices.Contains(out.Candidates, c) {
			out.Candidates = append(out.Candidates, c)
		}
	}
	out.Blocks = append(out.Blocks, r.Blocks...)
	out.Gate.Add(r.Gate)
	for l, n := range r.byLang {
		out.byLang[l] += n
		out.Letters += n
	}
}

// Report returns the document's report; the merger is not used after.
func (m *ReportMerger) Report() *LanguageReport {
	out := m.out
	slices.Sort(out.Candidates)
	for l, n := range out.byLang {
		if n > out.byLang[out.Lang] || n == out.byLang[out.Lang] && l < out.Lang {
			out.Lang = l
		}
	}
	if out.Letters > 0 {
		out.Share = float64(out.byLang[out.Lang]) / float64(out.Letters)
	}
	return out
}

// Window returns the report of blocks [lo, hi) of the document: their
// results, with the document's language, share and candidates, which the
// rules that check one window at a time judge the whole file by.
func (r *LanguageReport) Window(lo, hi int) *LanguageReport {
	w := *r
	w.Blocks = r.Blocks[lo:hi]
	w.prep = nil
	return &w
}
