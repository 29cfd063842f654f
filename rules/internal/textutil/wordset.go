package textutil

import "strings"

// WordSet is the set of the white-space separated words of s, as written.
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
