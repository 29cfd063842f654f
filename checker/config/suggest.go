package config

import (
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/mtlint/mtlint/checker"
)

// SuggestRule returns the rule ID closest to id, a misspelt one
// ("drop_cap", "dropcap", "Drop-Cap", "drop-caps"), or "" when no ID is
// close enough to be meant.
func SuggestRule(id string, rules []*checker.Rule) string {
	norm := func(s string) string {
		return strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(strings.TrimSpace(s)))
	}
	want := norm(id)
	best, bestDist := "", 0
	for _, r := range rules {
		d := levenshtein.ComputeDistance(want, r.ID)
		if strings.ReplaceAll(want, "-", "") == strings.ReplaceAll(r.ID, "-", "") {
			d = 0
		}
		if best == "" || d < bestDist {
			best, bestDist = r.ID, d
		}
	}
	// A third of the ID may differ: "drop_cap" and "dropcaps" are meant as
	// drop-cap; "nope" is no rule's misspelling.
	if best == "" || bestDist > max(1, len(want)/3) {
		return ""
	}
	return best
}

// DidYouMean is SuggestRule worded for a message: ` (did you mean
// "drop-cap"?)`, or "".
func DidYouMean(id string, rules []*checker.Rule) string {
	if s := SuggestRule(id, rules); s != "" && s != id {
		return ` (did you mean "` + s + `"?)`
	}
	return ""
}
