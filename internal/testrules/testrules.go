// Package testrules holds stand-in rules for the tests of the packages above
// the checker kernel (run, report, baseline), so that their expectations do
// not change when real rules do.
package testrules

import "github.com/mtlint/mtlint/checker"

// WordRule reports every occurrence of word, with suggestion.
func WordRule(id, word string, sev checker.Severity, suggestion string) *checker.Rule {
	return &checker.Rule{ID: id, Title: "test rule", Severity: sev, Check: func(p *checker.Pass) error {
		for _, b := range p.Doc.Blocks {
			for _, w := range b.Words {
				if b.Text[w.Start:w.End] == word {
					p.Report(b, w, "found "+word, suggestion)
				}
			}
		}
		return nil
	}}
}
