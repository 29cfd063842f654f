package rules

import (
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// FuzzEncodingRules checks that the mojibake, invisible-character and
// number-format finders never panic and report spans inside the text, on
// rune boundaries, with valid UTF-8 suggestions.
func FuzzEncodingRules(f *testing.F) {
	for _, s := range []string{
		"cafÃ©", "â€™Ã©tÃ©", "Ã", "â€", "ðŸ˜€", "\uFFFD\uFFFD", "\u0092x", "Ð ÐµÐ¼",
		"x\u200by", "Be\u00advöl", "\u202e\u202c", "🏴\U000e0067\U000e007f", "Ã\u00ad",
		"1.200 residents", "7.50 p.m.", "3,5 %", "1 200,5 km", "1,234.56", "12.03.2024", "1.", "1,",
		"£7.50 p.m.", "1.2.3.4.5", "9,", "0.5 Prozent", "8,400 US-Soldaten",
	} {
		f.Add(s)
	}
	locs := []*textdoc.Locale{textdoc.LocaleFor("en"), textdoc.LocaleFor("de"), textdoc.LocaleFor("fr")}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		check := func(what string, start, end int, sugg string) {
			if start < 0 || end > len(s) || start >= end || !utf8.RuneStart(s[start]) ||
				end < len(s) && !utf8.RuneStart(s[end]) || !utf8.ValidString(sugg) {
				t.Fatalf("%s: bad span %d..%d or suggestion %q in %q", what, start, end, sugg, s)
			}
		}
		for _, x := range findMojibake(s) {
			check("mojibake", x.Start, x.End, x.Suggestion)
		}
		for _, x := range findInvisible(s, true) {
			check("invisible", x.Start, x.End, x.Suggestion)
		}
		for _, loc := range locs {
			for _, x := range findNumberFormat(s, loc, numberLexiconFor(loc.Lang)) {
				check("number", x.Start, x.End, x.Suggestion)
			}
		}
	})
}
