// Package rules holds mtlint's checks. Each rule is a value in its own file,
// with its fixtures in testdata/rules/<id>/; All lists them.
package rules

import "github.com/mtlint/mtlint/checker"

// All returns every rule, ordered by ID.
func All() []*checker.Rule {
	return []*checker.Rule{
		DropCap,
		StrayPunctuation,
	}
}

// ByID returns the rule with the given ID, or nil.
func ByID(id string) *checker.Rule {
	for _, r := range All() {
		if r.ID == id {
			return r
		}
	}
	return nil
}
