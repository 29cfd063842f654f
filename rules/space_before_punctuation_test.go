package rules

import (
	"slices"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// spanTexts returns the text of each span, for compact test tables.
func spanTexts(text string, spans []textdoc.Span) []string {
	out := []string{}
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSpacesBeforePunctuation(t *testing.T) {
	tests := []struct {
		text       string
		spacedHigh bool
		want       []string
	}{
		{"the ferry leaves at six . Then it returns.", false, []string{" ."}},
		{"Hello , world", false, []string{" ,"}},
		{"Note : read this", false, []string{" :"}},
		{"Note : read this", true, nil},
		{"Really ?!", false, []string{" ?"}},
		{"Really ?!", true, nil},
		{"“Really ?” she asked", false, []string{" ?"}},
		{"the end .", true, []string{" ."}},
		{"Bonjour , Paris", true, []string{" ,"}},
		{"two spaces  .", false, []string{"  ."}},
		{"no-break\u00a0.", false, []string{"\u00a0."}},
		{"written in .NET today", false, nil},
		{"visit example .com now", false, nil},
		{"rises by .5 percent", false, nil},
		{"and waited ... and waited", false, nil},
		{"she paused . . . and read", false, nil},
		{"thanks :) see you", false, nil},
		{"thanks ;-) see you", false, nil},
		{"great :D indeed", false, nil},
		{"won 2 : 1 on Saturday", false, nil},
		{"a scale of 1 : 50 000", false, nil},
		{"¿ ? is not a question", false, nil},
		{"a dash – ? no", false, nil},
		{"word ,next", false, nil},
		{"(see above) .", false, []string{" ."}},
		{"港口 。", false, []string{" 。"}},
		{"港口 ，运营商", true, []string{" ，"}},
		{" . leading", false, nil},
		{"tab\t. here", false, nil},
		{"", false, nil},
	}
	for _, tt := range tests {
		got := spanTexts(tt.text, spacesBeforePunctuation(tt.text, tt.spacedHigh))
		if tt.want == nil {
			tt.want = []string{}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("spacesBeforePunctuation(%q, %v) = %q, want %q", tt.text, tt.spacedHigh, got, tt.want)
		}
	}
}
