package rules

import (
	"strings"
	"testing"
)

func TestSegmentKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Die Sitzung wurde vertagt.", "die  sitzung wurde vertagt"},
		{"It’s over!", "it's over"},
		{"  Save your changes…  ", "Save your changes"},
		{"Why? (see note)", "why? (see note)"}, // a closing bracket is kept
	} {
		if ka, kb := segmentKey(tc.a), segmentKey(tc.b); ka != kb {
			t.Errorf("segmentKey(%q) = %q, segmentKey(%q) = %q, want equal", tc.a, ka, tc.b, kb)
		}
	}
	for _, tc := range []struct{ a, b string }{
		{"The meeting was adjourned.", "The session was adjourned."},
		{"Version 2", "Version 3"},
	} {
		if segmentKey(tc.a) == segmentKey(tc.b) {
			t.Errorf("segmentKey(%q) == segmentKey(%q), want different", tc.a, tc.b)
		}
	}
	if k := segmentKey("8.400 / 3,5"); k != "" {
		t.Errorf("segmentKey without letters = %q, want empty", k)
	}
}

func TestJoinAnd(t *testing.T) {
	for in, want := range map[string]string{"4": "4", "4 12": "4 and 12", "4 12 30": "4, 12 and 30"} {
		if got := joinAnd(strings.Fields(in)); got != want {
			t.Errorf("joinAnd(%q) = %q, want %q", in, got, want)
		}
	}
}
