package rules

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// Helpers shared by the rules that compare a unit's source with its target.

// sourceLocale returns the conventions of the document's source language.
func sourceLocale(p *checker.Pass) *textdoc.Locale {
	return textdoc.LocaleFor(p.Doc.SourceLang)
}

// baseLang returns the ISO 639-1 part of a language tag ("de" for "de-CH").
func baseLang(lang string) string {
	lang = strings.ToLower(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

// quoteShort returns s quoted for a message, cut to about n runes.
func quoteCut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > n {
		r := []rune(s)
		s = strings.TrimRightFunc(string(r[:n]), unicode.IsSpace) + "…"
	}
	return "“" + s + "”"
}

// wholeBlock is the span of all of b's text.
func wholeBlock(b *textdoc.Block) textdoc.Span { return textdoc.Span{Start: 0, End: len(b.Text)} }

// proseSpan is the longest stretch of b's text between its verbatim spans
// (placeholders, tags): the span of a finding about a whole unit, which
// the engine would otherwise drop as one on markup.
func proseSpan(b *textdoc.Block) textdoc.Span {
	best, at := textdoc.Span{}, 0
	consider := func(end int) {
		if end-at > best.End-best.Start {
			best = textdoc.Span{Start: at, End: end}
		}
	}
	for _, v := range b.Verbatim {
		if v.Start > at {
			consider(v.Start)
		}
		at = max(at, v.End)
	}
	consider(len(b.Text))
	for best.Start < best.End && b.Text[best.Start] == ' ' {
		best.Start++
	}
	for best.End > best.Start && b.Text[best.End-1] == ' ' {
		best.End--
	}
	return best
}

// maskSpans returns text with the bytes of spans replaced by spaces, so that
// offsets stay valid and a later scan does not see what the spans hold
// (the digits of "{0}" or of a URL).
func maskSpans(text string, spans []textdoc.Span) string {
	if len(spans) == 0 {
		return text
	}
	b := []byte(text)
	for _, s := range spans {
		for i := max(0, s.Start); i < min(len(b), s.End); i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// callingCode matches an international calling code: "+1", "+49".
var callingCode = regexp.MustCompile(`(?:^|[\s(])\+(\d{1,3})\b`)

// localisedCallingCode reports whether source and target each hold a
// calling code and they differ: the example was adapted to the target's
// country ("+1 for the US" as "+49 für Deutschland"), deliberately.
func localisedCallingCode(source, target string) bool {
	if !strings.Contains(source, "+") || !strings.Contains(target, "+") {
		return false // most units: no code to compare
	}
	s, t := callingCode.FindAllStringSubmatch(source, -1), callingCode.FindAllStringSubmatch(target, -1)
	if len(s) != 1 || len(t) != 1 {
		return false
	}
	return s[0][1] != t[0][1]
}

// creditsUnit reports whether a unit asks for the translators' names and
// addresses (gettext "translator-credits", KDE "Your names" and "Your
// emails" in the contexts "NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS"):
// its target is a list of people, not a translation of its source. A
// copyright line ("© 2010–%d The authors") counts too.
func creditsUnit(u *textdoc.Unit) bool {
	if src := strings.TrimSpace(u.Source.Text); strings.HasPrefix(src, "©") || strings.HasPrefix(strings.ToLower(src), "copyright") {
		return true // a copyright line keeps its names and years
	}
	switch strings.ToLower(strings.TrimSpace(u.Source.Text)) {
	case "translator-credits", "translator_credits", "translation-credits", "translator credits", "your names", "your emails":
		return true
	}
	return strings.Contains(strings.ToUpper(u.Context), "OF TRANSLATORS")
}

// nameList reports whether text is a list of names or unit symbols joined
// by commas or semicolons without spaces ("kilobyte,kilobytes,kB", the
// "folder;manager;disk;" keywords of a desktop file): a program's lookup
// list, whose entries are localised one by one ("Mo" for "MB") or kept. A
// sentence ("…rose to 8,400.") is none.
func nameList(text string) bool {
	text = strings.TrimSpace(text)
	sep := ","
	if strings.HasSuffix(text, ";") && strings.Count(text, ";") >= 2 {
		sep, text = ";", strings.TrimSuffix(text, ";")
	}
	if !strings.Contains(text, sep) || strings.ContainsAny(text[len(text)-1:], ".!?:") {
		return false
	}
	for _, item := range strings.Split(text, sep) {
		r, _ := utf8.DecodeRuneInString(item)
		if item == "" || unicode.IsSpace(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
