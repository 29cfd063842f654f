package rules

import (
	"fmt"
	"strconv"
	"unicode"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// LengthRatio finds targets far shorter or longer than their source.
var LengthRatio = &checker.Rule{
	ID:    "length-ratio",
	Title: "target much shorter or longer than its source",
	Doc: `A translation a third as long as its source has usually lost a clause or a sentence; one
three times as long has picked up text from a neighbouring segment or an MT
hallucination. The rule measures both sides in letters and digits (spaces and
punctuation do not count; a Chinese, Japanese or Korean character counts as three, as
one such character carries about as much as three Latin letters), divides the target's
length by the source's, and corrects for the language pair: German, French and Spanish
run about 15 % longer than English, so de->en expects about 0.87. The corrected ratio
is reported below min-ratio (default 0.4) or above max-ratio (default 2.5). Symfony
plural messages ("one file|%count% files") are measured by the average length of
their forms, since languages have other numbers of forms.

Typical ratios are far closer to 1 (de->en about 0.8 to 1.0), so the defaults flag only
extreme cases: precision comes first. Units whose source is shorter than min-length
letters (default 30) are left alone, as short labels vary freely ("OK" is
"Einverstanden"), and so are lists of unit names ("kilogram,kilograms,kg", whose
aliases differ by language) and units without a target (that is
"missing-translation").`,
	Bad:               "Die Regierung hat den Haushalt für das kommende Jahr am Freitag nach langer Debatte gebilligt.\tThe government approved.",
	Good:              "Die Regierung hat den Haushalt für das kommende Jahr am Freitag nach langer Debatte gebilligt.\tAfter a long debate, the government approved next year's budget on Friday.",
	ExampleFormat:     textdoc.FormatTSV,
	ExampleSourceLang: "de",
	Severity:          checker.Warning,
	Options: []checker.Option{
		{Name: "min-ratio", Default: "0.4", Doc: "report targets shorter than this share of the source (after the language-pair correction)", Kind: checker.Number},
		{Name: "max-ratio", Default: "2.5", Doc: "report targets longer than this multiple of the source (after the language-pair correction)", Kind: checker.Number},
		{Name: "min-length", Default: "30", Doc: "leave units alone whose source has fewer letters and digits than this (CJK characters count three)", Kind: checker.Integer},
	},
	Check: checkLengthRatio,
}

// expansion is a language's typical length relative to English, counted as
// textLength counts (letters and digits; CJK characters weighted).
var expansion = map[string]float64{
	"en": 1.0, "de": 1.15, "fr": 1.15, "es": 1.15, "it": 1.12, "pt": 1.12, "nl": 1.12,
	"pl": 1.05, "ru": 1.05, "uk": 1.05, "zh": 1.0, "ja": 1.1, "ko": 1.0,
}

// expectedRatio is the usual target/source length ratio of a language pair;
// 1 when either language is unknown.
func expectedRatio(src, tgt string) float64 {
	s, ok1 := expansion[baseLang(src)]
	t, ok2 := expansion[baseLang(tgt)]
	if !ok1 || !ok2 {
		return 1
	}
	return t / s
}

// textLength counts the letters and digits of text, a CJK character as three.
func textLength(text string) int {
	n := 0
	for _, r := range text {
		switch {
		case r < 0x1100: // below Hangul Jamo: no CJK character
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			n += 3
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			n++
		}
	}
	return n
}

func floatOption(p *checker.Pass, name string) float64 {
	v, err := strconv.ParseFloat(p.Option(name), 64)
	if err != nil || v <= 0 {
		for _, o := range p.Rule.Options {
			if o.Name == name {
				v, _ = strconv.ParseFloat(o.Default, 64)
			}
		}
	}
	return v
}

func checkLengthRatio(p *checker.Pass) error {
	lo, hi := floatOption(p, "min-ratio"), floatOption(p, "max-ratio")
	minLen := p.IntOption("min-length")
	want := expectedRatio(p.Doc.SourceLang, p.Doc.Lang)
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		sl := textLength(u.Source.Text)
		if sl < minLen || sl == 0 || nameList(u.Source.Text) {
			continue // a list of unit names: languages list more or fewer aliases
		}
		// Plural forms ("one file|%count% files") are compared by their
		// average length: Russian writes three where English writes two.
		ratio := float64(textLength(u.Target.Text)) / float64(pipeCount(u.Target.Text)) /
			(float64(sl) / float64(pipeCount(u.Source.Text))) / want
		switch {
		case ratio < lo:
			p.Report(u.Target, proseSpan(u.Target),
				fmt.Sprintf("the target is %.2f times as long as its source (below %.2g for %s); is part of it missing?", ratio, lo, pairName(p)), "")
		case ratio > hi:
			p.Report(u.Target, proseSpan(u.Target),
				fmt.Sprintf("the target is %.1f times as long as its source (above %.2g for %s); does it hold more than the source?", ratio, hi, pairName(p)), "")
		}
	}
	return nil
}

func pairName(p *checker.Pass) string {
	s, t := p.Doc.SourceLang, p.Doc.Lang
	if s == "" {
		s = "?"
	}
	if t == "" {
		t = "?"
	}
	return s + "->" + t
}

// pipeCount returns the number of plural forms of a Symfony-style message,
// 1 for any other text.
func pipeCount(text string) int {
	return max(1, len(pipeForms(text)))
}
