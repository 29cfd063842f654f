package rules

import (
	"strings"
	"unicode/utf8"
)

// numberToken is a number as written in running text: runs of ASCII digits
// and the separators between them, spaces already folded to ' '.
type numberToken struct {
	Start, End int // byte offsets in the text
	Groups     []string
	Seps       []rune // Seps[i] joins Groups[i] and Groups[i+1]
}

// numberShape is what the separators of a number can mean.
type numberShape int

const (
	// shapeInvalid is a date, an IP address, a version or a code.
	shapeInvalid numberShape = iota
	// shapePlain is digits only.
	shapePlain
	// shapeGrouped is several digit groups joined by one separator that can
	// only group thousands: "1.200.000", "1 200".
	shapeGrouped
	// shapeDecimal has one separator that can only be a decimal mark: "3,5",
	// "0.500", "12345.6".
	shapeDecimal
	// shapeAmbiguous has one separator after one to three digits and before
	// exactly three: "1.200" is 1200 in German and 1.2 in English.
	shapeAmbiguous
	// shapeGroupedDecimal groups thousands and ends with a different decimal
	// mark: "1,234.56", "1.234,56", "1 234,5".
	shapeGroupedDecimal
)

func (s numberShape) String() string {
	return [...]string{"invalid", "plain", "grouped", "decimal", "ambiguous", "grouped-decimal"}[s]
}

// numberForm is a parsed number: its shape, the separators that play the
// group and decimal roles, and its digits.
type numberForm struct {
	Shape          numberShape
	Group, Decimal rune     // 0 when the number has none
	Int            []string // integer digit groups
	Frac           string   // decimal digits
}

// isNumberSpace reports the spaces that group digits: space, no-break space,
// narrow no-break space, thin space.
func isNumberSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitsAt returns the length of the run of ASCII digits at s[i:].
func digitsAt(s string, i int) int {
	j := i
	for j < len(s) && isASCIIDigit(s[j]) {
		j++
	}
	return j - i
}

// scanNumber reads the number that starts at text[i], a digit. Periods and
// commas between digits always belong to it; spaces only when spaceGroups is
// set (French, Polish, Russian), and only before three digits that end a
// valid group, so that "1 200,5" is one number and "2023 150" two.
func scanNumber(text string, i int, spaceGroups bool) numberToken {
	tok := numberToken{Start: i}
	n := digitsAt(text, i)
	tok.Groups = append(tok.Groups, text[i:i+n])
	j := i + n
	for j < len(text) {
		c := text[j]
		if (c == '.' || c == ',') && j+1 < len(text) && isASCIIDigit(text[j+1]) {
			n := digitsAt(text, j+1)
			tok.Seps = append(tok.Seps, rune(c))
			tok.Groups = append(tok.Groups, text[j+1:j+1+n])
			j += 1 + n
			continue
		}
		if !spaceGroups || strings.ContainsAny(string(tok.Seps), ".,") {
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isNumberSpace(r) || digitsAt(text, j+size) != 3 || !validGroups(tok.Groups) {
			break
		}
		tok.Seps = append(tok.Seps, ' ')
		tok.Groups = append(tok.Groups, text[j+size:j+size+3])
		j += size + 3
	}
	tok.End = j
	return tok
}

// validGroups reports whether groups are thousands groups: the first of one
// to three digits without a leading zero, the others of three.
func validGroups(groups []string) bool {
	if len(groups[0]) < 1 || len(groups[0]) > 3 || groups[0][0] == '0' {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// parseNumber works out what the separators of a number can mean.
func parseNumber(groups []string, seps []rune) numberForm {
	switch {
	case len(seps) == 0:
		return numberForm{Shape: shapePlain, Int: groups}
	case len(groups[0]) > 1 && groups[0][0] == '0':
		// "007.5", "030 1234": codes and phone numbers.
		return numberForm{}
	}
	last := seps[len(seps)-1]
	same := true
	for _, s := range seps {
		same = same && s == last
	}
	switch {
	case same && len(seps) == 1:
		a, b := groups[0], groups[1]
		switch {
		case last == ' ':
			// scanNumber only takes a space before three digits.
			return numberForm{Shape: shapeGrouped, Group: ' ', Int: groups}
		case len(b) == 3 && validGroups(groups):
			return numberForm{Shape: shapeAmbiguous, Group: last, Decimal: last, Int: []string{a}, Frac: b}
		default:
			return numberForm{Shape: shapeDecimal, Decimal: last, Int: []string{a}, Frac: b}
		}
	case same:
		if !validGroups(groups) || last == '.' && len(groups) == 4 && ipLike(groups) {
			return numberForm{}
		}
		return numberForm{Shape: shapeGrouped, Group: last, Int: groups}
	}
	// Mixed separators: thousands groups, then a different decimal mark.
	group := seps[0]
	for _, s := range seps[:len(seps)-1] {
		if s != group {
			return numberForm{}
		}
	}
	if last == ' ' || group == last || !validGroups(groups[:len(groups)-1]) {
		return numberForm{}
	}
	return numberForm{Shape: shapeGroupedDecimal, Group: group, Decimal: last,
		Int: groups[:len(groups)-1], Frac: groups[len(groups)-1]}
}

// ipLike reports whether four digit groups can be an IPv4 address.
func ipLike(groups []string) bool {
	for _, g := range groups {
		if len(g) > 3 || g > "255" && len(g) == 3 {
			return false
		}
	}
	return true
}

// formatNumber writes integer groups and decimal digits with the given
// separators; group ' ' is written as a no-break space.
func formatNumber(intGroups []string, frac string, group, decimal rune) string {
	var b strings.Builder
	sep := string(group)
	if group == ' ' {
		sep = "\u00a0"
	}
	b.WriteString(strings.Join(intGroups, sep))
	if frac != "" {
		b.WriteRune(decimal)
		b.WriteString(frac)
	}
	return b.String()
}
