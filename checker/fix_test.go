package checker

import (
	"testing"
)

func edit(off, end int, text string) []Edit {
	return []Edit{{Offset: off, EndOffset: end, NewText: text}}
}

func TestApplyFixes(t *testing.T) {
	tests := []struct {
		name    string
		content string
		fixes   [][]Edit
		want    string
		res     FixResult
	}{
		{"none", "abc", nil, "abc", FixResult{}},
		{"one", "to .", [][]Edit{edit(2, 3, "")}, "to.", FixResult{Applied: 1}},
		{"two apart", "a  b  c", [][]Edit{edit(1, 3, " "), edit(4, 6, " ")}, "a b c", FixResult{Applied: 2}},
		{"overlap skipped", "abcdef", [][]Edit{edit(1, 4, "X"), edit(3, 5, "Y")}, "aXef", FixResult{Applied: 1, Skipped: 1}},
		{"same start skipped", "abc", [][]Edit{edit(1, 1, "X"), edit(1, 2, "Y")}, "aXbc", FixResult{Applied: 1, Skipped: 1}},
		{"identical fix once", "a  b", [][]Edit{edit(1, 3, " "), edit(1, 3, " ")}, "a b", FixResult{Applied: 1}},
		{"out of range skipped", "ab", [][]Edit{edit(1, 9, "")}, "ab", FixResult{Skipped: 1}},
		{"multi-edit fix is whole", "abcdef", [][]Edit{edit(2, 3, "X"), {{0, 1, "Y"}, {2, 3, "Z"}}}, "abXdef", FixResult{Applied: 1, Skipped: 1}},
		{"adjacent line removals wait", "a\n.\nb\n", [][]Edit{edit(2, 4, ""), edit(4, 6, "")}, "a\nb\n", FixResult{Applied: 1, Skipped: 1}},
		{"adjacent replacements both", "ab", [][]Edit{edit(0, 1, "A"), edit(1, 2, "B")}, "AB", FixResult{Applied: 2}},
	}
	for _, tt := range tests {
		var fs []Finding
		for _, f := range tt.fixes {
			fs = append(fs, Finding{Fix: f})
		}
		fs = append(fs, Finding{}) // a finding without a fix is ignored
		content := []byte(tt.content)
		got, res := ApplyFixes(content, fs)
		if string(got) != tt.want || res != tt.res {
			t.Errorf("%s: got %q %+v, want %q %+v", tt.name, got, res, tt.want, tt.res)
		}
		if string(content) != tt.content {
			t.Errorf("%s: input changed to %q", tt.name, content)
		}
	}
}
