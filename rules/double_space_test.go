package rules

import (
	"slices"
	"testing"
)

func TestDoubleSpaces(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"in May.  The ferry", []string{"  "}},
		{"one   two", []string{"   "}},
		{"one \u00a0two", []string{" \u00a0"}},
		{"one\u00a0\u00a0two", nil},
		{"one two", nil},
		{"hard break  \nnext line", nil},
		{"first line\n   indented", nil},
		{"  leading", nil},
		{"trailing  ", nil},
		{"tab \t here", nil},
		{"name     age     city", nil},
		{"a  b\nc  d", []string{"  ", "  "}},
		{"crlf  \r\nnext", nil},
	}
	for _, tt := range tests {
		got := spanTexts(tt.text, doubleSpaces(tt.text))
		if tt.want == nil {
			tt.want = []string{}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("doubleSpaces(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
