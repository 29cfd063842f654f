package rules

import (
	"regexp"
	"slices"
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
	for _, v := range b.Verbatim() {
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
// country ("+1 for the US" as "+49 für Deutschland"), deliberately. It was
// not when the target names a country whose code is another ("+40 für
// Deutschland").
func localisedCallingCode(source, target string) bool {
	if !strings.Contains(source, "+") || !strings.Contains(target, "+") {
		return false // most units: no code to compare
	}
	s, t := callingCode.FindAllStringSubmatch(source, -1), callingCode.FindAllStringSubmatch(target, -1)
	if len(s) != 1 || len(t) != 1 || s[0][1] == t[0][1] {
		return false
	}
	named := namedCallingCodes(target)
	return len(named) == 0 || slices.Contains(named, t[0][1])
}

// namedCallingCodes returns the calling codes of the countries text names,
// by the start of a name in one of the languages mtlint knows best
// ("Deutschland", "Allemagne", "России") or a capitalised two-letter code
// standing alone ("ES", "US").
func namedCallingCodes(text string) []string {
	lower := strings.ToLower(text)
	var out []string
	for _, c := range countryCallingCodes {
		for _, name := range strings.Split(c.names, ",") {
			// A name in Han or kana has no space before it.
			if i := strings.Index(lower, name); i >= 0 && (i == 0 || !unicode.IsLetter(lastRuneOf(lower[:i])) || firstRuneOf(name) >= 0x3000) {
				out = append(out, c.code)
				break
			}
		}
		for _, iso := range strings.Fields(c.iso) {
			if containsWord(text, iso) {
				out = append(out, c.code)
				break
			}
		}
	}
	return out
}

// containsWord reports whether w stands in text with no letter or digit
// touching it.
func containsWord(text, w string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if (i == 0 || !isWordRune(lastRuneOf(text[:i]))) && (end == len(text) || !isWordRune(firstRuneOf(text[end:]))) {
			return true
		}
		off = i + 1
	}
}

// countryCallingCodes are countries with their calling code, the starts of
// their names (lower case, comma-separated: English, German, French,
// Spanish, Italian, Portuguese, Dutch, Russian, Japanese) and their
// two-letter codes as written alone in a text.
var countryCallingCodes = []struct{ code, names, iso string }{
	{"1", "united states,vereinigte staaten,états-unis,etats-unis,estados unidos,stati uniti,verenigde staten,сша,アメリカ,米国,canada,kanada,канад,カナダ", "US USA"},
	{"44", "united kingdom,großbritannien,grossbritannien,royaume-uni,reino unido,regno unito,verenigd koninkrijk,великобритан,イギリス,英国", "UK GB"},
	{"49", "germany,deutschland,allemagne,alemania,germania,alemanha,duitsland,германи,ドイツ", "DE"},
	{"33", "france,frankreich,francia,frança,frankrijk,франци,フランス", "FR"},
	{"34", "spain,spanien,espagne,españa,spagna,espanha,spanje,испани,スペイン", "ES"},
	{"39", "italy,italien,italie,italia,italië,итали,イタリア", ""},
	{"7", "russia,russland,russie,rusia,rússia,rusland,росси,ロシア", "RU"},
	{"81", "japan,japon,japón,giappone,japão,япони,日本", "JP"},
	{"86", "china,chine,cina,китай,китае,中国", "CN"},
	{"31", "netherlands,niederlande,pays-bas,países bajos,paesi bassi,nederland,нидерланд,オランダ", "NL"},
	{"351", "portugal,portogallo,португал,ポルトガル", "PT"},
	{"55", "brazil,brasilien,brésil,brasil,brasile,brazilië,бразили,ブラジル", "BR"},
	{"41", "switzerland,schweiz,suisse,suiza,svizzera,suíça,zwitserland,швейцари,スイス", "CH"},
	{"43", "austria,österreich,autriche,oostenrijk,австри,オーストリア", "AT"},
	{"48", "poland,polen,pologne,polonia,polônia,polska,польш,ポーランド", "PL"},
	{"380", "ukraine,ucrania,ucraina,ucrânia,oekraïne,украин,ウクライナ", "UA"},
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
