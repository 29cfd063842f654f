package report

import (
	"fmt"
	"strings"
	"unicode"
)

// spaceNames names the white-space characters a suggestion may consist of,
// so that a suggestion of one space is read as such and not as nothing.
var spaceNames = map[rune]string{
	' ':      "space",
	'\t':     "tab",
	'\n':     "line break",
	'\r':     "carriage return",
	'\u00a0': "no-break space",
	'\u202f': "narrow no-break space",
	'\u2009': "thin space",
	'\u200b': "zero-width space",
}

// ShowSuggestion returns a suggestion as output shows it, on one line and
// never invisible: white space alone is named ("one space", "a no-break
// space", "two spaces"), and a suggestion that starts or ends with white
// space is quoted, so that the space can be seen.
func ShowSuggestion(s string) string {
	if s == "" {
		return ""
	}
	if strings.TrimFunc(s, unicode.IsSpace) == "" {
		return DescribeSpace(s)
	}
	first, last := []rune(s)[0], []rune(s)[len([]rune(s))-1]
	if unicode.IsSpace(first) || unicode.IsSpace(last) || strings.Contains(s, "  ") {
		return fmt.Sprintf("%q", s)
	}
	return OneLine(s)
}

// DescribeSpace words a run of white space: "one space", "three spaces",
// "a no-break space", or the characters quoted when they are mixed.
func DescribeSpace(s string) string {
	r := []rune(s)
	for _, c := range r[1:] {
		if c != r[0] {
			return fmt.Sprintf("%q", s)
		}
	}
	name, ok := spaceNames[r[0]]
	if !ok {
		return fmt.Sprintf("%q", s)
	}
	if len(r) == 1 {
		if r[0] == ' ' {
			return "one space"
		}
		return "a " + name
	}
	numbers := []string{"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	n := fmt.Sprint(len(r))
	if len(r) < len(numbers) {
		n = numbers[len(r)]
	}
	return n + " " + name + "s"
}
