package rules

import (
	"math"
	"testing"
)

func TestTextLength(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"The budget, approved.", 17},
		{"8,400 troops", 10},
		{"央行维持利率不变。", 24},
		{"  ", 0},
	}
	for _, tt := range tests {
		if got := textLength(tt.text); got != tt.want {
			t.Errorf("%q: got %d, want %d", tt.text, got, tt.want)
		}
	}
	if r := expectedRatio("de", "en"); math.Abs(r-1/1.15) > 1e-9 {
		t.Errorf("de->en: got %v", r)
	}
	if r := expectedRatio("xx", "en"); r != 1 {
		t.Errorf("unknown pair: got %v", r)
	}
}
