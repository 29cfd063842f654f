package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// NumberMismatch finds numbers that differ between a unit's source and target
// once both are read in their own locale.
var NumberMismatch = &checker.Rule{
	ID:    "number-mismatch",
	Title: "a number differs between source and target",
	Doc: `A changed number is the most harmful quiet error of MT: 8,400 troops become 8.4, a
date moves by a day, a digit is dropped. The rule reads the numbers of the source in the
source language's conventions and those of the target in the target's, so German
"8.400" equals English "8,400", "3,5" equals "3.5" and French "1 200" (with a no-break
space) equals "1,200". It understands:

- small numbers, ordinals and month names written as words on the other side
  ("drei" for "3", "first" for "1.", "March" for the "03" of a date), in en, de, fr,
  es, it, pt, nl, pl, ru and uk (rules/data/number-words/);
- ordinals ("3." = "3rd" = "3e"), scale words ("1,2 Millionen" = "1.2 million" =
  "1,200,000"; "3万" = 30,000), two-digit years ("'24" = 2024);
- dates: "12.03.2024" and "12.03." (German) are read as day, month and year, so they
  meet "March 12, 2024" and "12/03/2024" in either order;
- times: "14 Uhr" = "2 p.m." = "14:00" = "14 h", "7.50 Uhr" = "7:50" (a 12-hour clock,
  so morning and evening are not told apart);
- percentages and ranges ("10-12 %", "13.8 to 14.3 billion") as their numbers;
- imperial measures converted to metric ("10 miles" as "16 Kilometer", feet,
  inches, pounds, gallons, °F), within 6 %.

Reported (error): a target number that is not in the source (when exactly one source
number is missing, the message names it as the one it replaces); a source number
missing in the target (at the whole target). Each value is compared as a set: a number
repeated in the source may appear once in the target.

Superscript and subscript digits ("x²", "CO₂", a footnote "(²)") must be kept.
Codes, where digits are glued to letters ("UTF-8", "ISBN-10", "OAuth1"), are
compared by their digits when the target holds the same letters with other digits
("UTF-9" for "UTF-8"); a code missing altogether is entity-mismatch's.

Left alone: a 1 in a target whose source has no number ("過去 1 週間" for "Past
Week"); "3rd party" and "1st party", terms rather than numbers
("Drittanbieter"); an international calling code adapted to the target's country ("+1 for
the US" as "+49 für Deutschland", but not "+40 für Deutschland", whose code is +49); digits inside placeholders, links and
e-mail addresses; numbers written in non-Latin digits (Chinese numerals such as "九二" or "二十"
only excuse digits on the other side). Where a
number can be read two ways ("1.200" is 1200 in German and 1.2 in English) either
reading is accepted; "number-format" judges the format.`,
	Bad:               "Die Nato verlegt 8.400 Soldaten.\tNATO is moving 8,500 troops.",
	Good:              "Die Nato verlegt 8.400 Soldaten.\tNATO is moving 8,400 troops.",
	ExampleFormat:     textdoc.FormatTSV,
	ExampleSourceLang: "de",
	Severity:          checker.Error,
	Check:             checkNumberMismatch,
}

func checkNumberMismatch(p *checker.Pass) error {
	srcLoc := sourceLocale(p)
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil || creditsUnit(u) {
			continue // the translators' credits hold their years, not the source's
		}
		st, tt := maskMarkup(u.Source.Text), maskMarkup(u.Target.Text)
		if strings.ContainsAny(st, "13") { // "1st party", "3rd-party"
			st = partyIdiom.ReplaceAllStringFunc(st, func(m string) string { return strings.Repeat(" ", len(m)) })
		}
		if localisedCallingCode(st, tt) {
			// "+1 for the US" as "+49 für Deutschland": a localised example.
			st, tt = maskCallingCodes(st), maskCallingCodes(tt)
		}
		reportChangedCodes(p, u)
		reportSuperscripts(p, u)
		src := extractNumbers(st, srcLoc)
		tgt := extractNumbers(tt, p.Locale)
		missing, extra := numberDiff(src, tgt)
		if len(src.Tokens) == 0 && len(src.Words) == 0 {
			// "Past Week" as "過去 1 週間", "Increment (+1)": a one the
			// target spells out where the source has no number at all.
			extra = slices.DeleteFunc(extra, func(t numToken) bool {
				return len(t.Vals) == 1 && t.Vals[0].Kind == kindNumber && t.Vals[0].V == 1
			})
		}
		if len(missing) == 1 && len(extra) == 1 {
			s, t := missing[0], extra[0]
			p.Report(u.Target, t.Span, fmt.Sprintf("number %s in the target does not match %s in the source",
				u.Target.Text[t.Span.Start:t.Span.End], u.Source.Text[s.Span.Start:s.Span.End]), formatFor(s, p.Locale))
			continue
		}
		for _, t := range extra {
			p.Report(u.Target, t.Span, fmt.Sprintf("number %s is not in the source", u.Target.Text[t.Span.Start:t.Span.End]), "")
		}
		for _, s := range missing {
			p.Report(u.Target, proseSpan(u.Target), fmt.Sprintf("number %s of the source is missing in the target", u.Source.Text[s.Span.Start:s.Span.End]), "")
		}
	}
	return nil
}

// maskMarkup blanks placeholders, links and e-mail addresses: their words
// and digits are the program's, not the text's (no quantity, no word of the
// language).
func maskMarkup(text string) string {
	var spans []textdoc.Span
	for _, ph := range findPlaceholders(text) {
		spans = append(spans, ph.Span)
	}
	for _, a := range findAddresses(text) {
		spans = append(spans, a.Span)
	}
	return maskSpans(text, spans)
}

// numberDiff returns the source numbers that nothing in the target stands for
// and the target numbers that nothing in the source stands for.
func numberDiff(src, tgt numberReading) (missing, extra []numToken) {
	covered := func(t numToken, other numberReading) bool {
		for _, o := range other.Tokens {
			if t.matches(o) {
				return true
			}
		}
		for _, w := range other.Words {
			if t.matchesWord(w) {
				return true
			}
		}
		return false
	}
	for _, s := range src.Tokens {
		if !covered(s, tgt) {
			missing = append(missing, s)
		}
	}
	for _, t := range tgt.Tokens {
		if !covered(t, src) {
			extra = append(extra, t)
		}
	}
	return missing, extra
}

// formatFor writes a plain source number in the target's conventions, for a
// suggestion; "" for times, dates parts and codes.
func formatFor(t numToken, loc *textdoc.Locale) string {
	if t.Int == "" || len(t.Vals) == 0 || t.Vals[0].Kind != kindNumber || loc.Decimal == 0 || loc.NumbersAmbiguous {
		return ""
	}
	groups := []string{t.Int}
	if t.Grouped {
		groups = groupDigits(t.Int, loc.Group)
		if len(t.Int) == 4 && loc.Group != ' ' {
			groups = []string{t.Int[:1], t.Int[1:]}
		}
	}
	return formatNumber(groups, t.Frac, loc.Group, loc.Decimal)
}

// partyIdiom matches "3rd party" and "1st-party", where the ordinal is a
// word of the term ("Drittanbieter", "tiers"), not a number.
var partyIdiom = regexp.MustCompile(`(?i)\b(?:1st|3rd)[- ]part(?:y|ies)\b`)

// maskCallingCodes blanks the calling codes ("+49") of text.
func maskCallingCodes(text string) string {
	var spans []textdoc.Span
	for _, m := range callingCode.FindAllStringSubmatchIndex(text, -1) {
		spans = append(spans, textdoc.Span{Start: m[2] - 1, End: m[3]})
	}
	return maskSpans(text, spans)
}

// codeMatch is a code of letters and digits in a text: "UTF-8", "ISBN-10",
// "OAuth1", "MP3". Its letters are text[start:lettersEnd] and its digits
// text[digitsStart:end]; a hyphen may stand between them.
type codeMatch struct{ start, lettersEnd, digitsStart, end int }

func (m codeMatch) letters(text string) string { return text[m.start:m.lettersEnd] }
func (m codeMatch) digits(text string) string  { return text[m.digitsStart:m.end] }

// findCodes returns the codes of text, left to right: a run of ASCII
// letters that starts a word, an optional hyphen (-, U+2010, U+2011) and a
// run of ASCII digits that ends the word. A word is a run of ASCII letters,
// digits and underscores, as in a regular expression's \b. It is the
// regular expression \b([A-Za-z][A-Za-z]*?)[-‐‑]?(\d+)\b read by hand:
// that one ran on every unit of a catalogue twice and took a third of a
// bilingual check's time backtracking.
func findCodes(text string) []codeMatch {
	var out []codeMatch
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) || i > 0 && isASCIIWord(text[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		k := j
		switch {
		case strings.HasPrefix(text[k:], "-"):
			k++
		case strings.HasPrefix(text[k:], "\u2010"), strings.HasPrefix(text[k:], "\u2011"):
			k += len("\u2010")
		}
		d := k
		for d < len(text) && '0' <= text[d] && text[d] <= '9' {
			d++
		}
		if d > k && (d == len(text) || !isASCIIWord(text[d])) {
			out = append(out, codeMatch{i, j, k, d})
			i = d
			continue
		}
		i = j // the letters are no code: the next word starts after them
	}
	return out
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isASCIIWord(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' || c == '_' }

// codeDigits returns the codes of text by their letters (lower-cased),
// with the digits of each; placeholders are left out.
func codeDigits(text string) map[string][]string {
	out := map[string][]string{}
	masked := maskPlaceholders(text)
	for _, m := range findCodes(masked) {
		k := strings.ToLower(m.letters(masked))
		out[k] = append(out[k], m.digits(masked))
	}
	return out
}

// maskPlaceholders blanks the placeholders of text.
func maskPlaceholders(text string) string {
	var spans []textdoc.Span
	for _, ph := range findPlaceholders(text) {
		spans = append(spans, ph.Span)
	}
	return maskSpans(text, spans)
}

// changedCode returns the target's digits of a code whose letters the
// target keeps with other digits than the source's, or "".
func changedCode(letters string, src, tgt map[string][]string) string {
	t := tgt[letters]
	if len(t) == 0 {
		return ""
	}
	for _, d := range t {
		if !slices.Contains(src[letters], d) {
			return d
		}
	}
	return ""
}

// reportChangedCodes reports a code of the source whose letters the
// target keeps with other digits ("UTF-9" for "UTF-8"): a changed number.
func reportChangedCodes(p *checker.Pass, u *textdoc.Unit) {
	src, tgt := codeDigits(u.Source.Text), codeDigits(u.Target.Text)
	for _, m := range findCodes(maskPlaceholders(u.Target.Text)) {
		letters, digits := strings.ToLower(m.letters(u.Target.Text)), m.digits(u.Target.Text)
		if len(src[letters]) == 0 || slices.Contains(src[letters], digits) {
			continue
		}
		// A target that also keeps every digit group of the source's code
		// adds a code ("ISBN-10 or ISBN-13"); it changed none.
		kept := true
		for _, d := range src[letters] {
			kept = kept && slices.Contains(tgt[letters], d)
		}
		if kept {
			continue
		}
		p.Report(u.Target, textdoc.Span{Start: m.digitsStart, End: m.end},
			fmt.Sprintf("number %s in %s does not match the source's %s", digits, u.Target.Text[m.start:m.end], strings.Join(src[letters], ", ")), "")
		return
	}
	// The target kept the code's letters but lost one of its numbers:
	// "OAuth1 or OAuth2" as "OAuth2 oder OAuth2".
	masked := maskPlaceholders(u.Source.Text)
	for _, m := range findCodes(masked) {
		letters, digits := strings.ToLower(m.letters(masked)), m.digits(masked)
		if len(tgt[letters]) > 0 && !slices.Contains(tgt[letters], digits) {
			p.Report(u.Target, proseSpan(u.Target), fmt.Sprintf("number %s of %s in the source is missing in the target", digits, masked[m.start:m.end]), "")
			return
		}
	}
}

// superscriptRuns returns the runs of superscript and subscript digits of
// text ("²" in "x²", "₂" in "CO₂"), which the number reader does not see.
func superscriptRuns(text string) []string {
	var out []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			out = append(out, run.String())
			run.Reset()
		}
	}
	for _, r := range text {
		if strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", r) {
			run.WriteRune(r)
			continue
		}
		flush()
	}
	flush()
	return out
}

// reportSuperscripts reports a superscript or subscript number of the
// source ("x²", a footnote "(²)") that the target lacks.
func reportSuperscripts(p *checker.Pass, u *textdoc.Unit) {
	have := map[string]int{}
	for _, r := range superscriptRuns(u.Target.Text) {
		have[r]++
	}
	for _, r := range superscriptRuns(u.Source.Text) {
		if have[r] == 0 {
			p.Report(u.Target, proseSpan(u.Target), fmt.Sprintf("number %s of the source is missing in the target", r), "")
			return
		}
		have[r]--
	}
}
