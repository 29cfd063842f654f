package rules

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
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

// TestSpacesBeforePunctuationScan checks the scan, which reads back from
// each mark, against the plain forward scan over every run of spaces that
// defines it, on random strings of spaces, marks, letters, tabs and broken
// UTF-8.
func TestSpacesBeforePunctuationScan(t *testing.T) {
	pieces := []string{"a", "Z", "é", "1", " ", " ", "\u00a0", "\u202f", "\u2009", "\u200a", "\t", "\n",
		".", ",", ";", ":", "!", "?", "，", "。", "：", "！", ")", "]", "”", "」", "(", "-", "…",
		".NET", ".5", ":-)", "\xe2", "\x80", "\xaf", "\xc2", "\xa0", "word", "x."}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 50000; n++ {
		text := randomText(rng, pieces, 12)
		for _, high := range []bool{false, true} {
			got, want := spacesBeforePunctuation(text, high), forwardSpacesBeforePunctuation(text, high)
			if !slices.Equal(got, want) {
				t.Fatalf("spacesBeforePunctuation(%q, %v) = %v, the forward scan %v", text, high, got, want)
			}
		}
	}
}

// forwardSpacesBeforePunctuation is spacesBeforePunctuation as a forward
// scan: each maximal run of spaces, and the mark after it.
func forwardSpacesBeforePunctuation(text string, spacedHigh bool) []textdoc.Span {
	var out []textdoc.Span
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isInlineSpace(r) {
			i += n
			continue
		}
		start := i
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !isInlineSpace(r) {
				break
			}
			i += n
		}
		if start == 0 || i >= len(text) {
			continue
		}
		mark, size := utf8.DecodeRuneInString(text[i:])
		before, _ := textutil.LastRune(text[:start])
		if !endsWord(before) {
			continue
		}
		if strings.ContainsRune(fullWidthMarks, mark) {
			out = append(out, textdoc.Span{Start: start, End: i + size})
			continue
		}
		if !strings.ContainsRune(".,;:!?", mark) {
			continue
		}
		if spacedHigh && strings.ContainsRune(";:!?", mark) {
			continue
		}
		if !markEndsWord(text, i, mark, before) {
			continue
		}
		out = append(out, textdoc.Span{Start: start, End: i + size})
	}
	return out
}

// TestFirstBytes checks that the scanners' stop sets hold the first byte of
// every character they look for.
func TestFirstBytes(t *testing.T) {
	for _, set := range []struct {
		stops *textutil.ByteSet
		chars string
	}{{bracketStops, bracketPairs}, {spaceMarkStops, ".,;:!?" + fullWidthMarks}, {missingSpaceStops, missingSpaceMarks}} {
		for _, r := range set.chars {
			if s := string(r); set.stops.Skip(s, 0) != 0 {
				t.Errorf("%q: the scan passes over it", s)
			}
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if isDoubleQuote(r) && !strings.ContainsRune(missingSpaceMarks, r) {
			t.Errorf("%q: a double quote missing from missingSpaceMarks", r)
		}
	}
}
