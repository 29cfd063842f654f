package rules

import (
	"strconv"
	"testing"

	"github.com/mtlint/mtlint/checker"
)

// TestOptionKinds checks that every option declares what it takes: its
// default is a valid value of its kind, and a numeric default belongs to a
// numeric option (the configuration checks values by the kind, not by
// guessing from the default).
func TestOptionKinds(t *testing.T) {
	for _, r := range All() {
		for _, o := range r.Options {
			if o.Default != "" {
				if err := o.Check(o.Default); err != nil {
					t.Errorf("%s: option %s: default: %v", r.ID, o.Name, err)
				}
			}
			if _, err := strconv.ParseFloat(o.Default, 64); err == nil && o.Kind != checker.Integer && o.Kind != checker.Number {
				t.Errorf("%s: option %s has a numeric default but kind %d", r.ID, o.Name, o.Kind)
			}
		}
		if s := r.Section; s != nil {
			for _, name := range append([]string{s.Value}, s.Keys...) {
				if _, ok := r.Option(name); !ok {
					t.Errorf("%s: section %s names option %q, which the rule does not have", r.ID, s.Key, name)
				}
			}
		}
	}
}
