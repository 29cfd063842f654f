package rules

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// URLMismatch finds URLs and e-mail addresses of the source that the target
// lost or changed, and ones the target added.
var URLMismatch = &checker.Rule{
	ID:    "url-mismatch",
	Title: "a URL or e-mail address differs between source and target",
	Doc: `Links and addresses are copied, not translated: MT drops them, translates words inside
them ("info@beispiel.de" as "info@example.de"), or breaks them with spaces. The rule
collects the web addresses (http://, https://, www.) and e-mail addresses of a unit's
source and target and compares them: scheme and host case-insensitively, a trailing
slash ignored.

Reported (error): an address of the source missing in the target (at the whole target,
the message names it), and an address of the target that is not in the source (at the
address; when exactly one is missing, the message names it as the one it replaces).

Left alone: a link localised by its language alone ("example.com/de/" for
"example.com/en/", "de.wikipedia.org" for "en.wikipedia.org", "?lang=de" for
"?lang=en"), also when the page's name is then in the target's language on a site of
that language ("de.wikipedia.org/wiki/Zeichensatz" for "en.wikipedia.org/wiki/Charset",
"gpl.de.html" for "gpl.html" in a German target); the translators' credits (gettext "translator-credits") with their
addresses. Any other change of path on the same host ("/hilfe" for "/help")
may be the localised page and is reported at info only; a changed query
("?year=2024" for "?year=2023") is an error, as queries are not localised. Bare domain names used as names ("Bild.de",
"Amazon.com") are not addresses here; the entity rule looks after them.`,
	Bad:               "Fragen an presse@stadt-bonn.de.\tQuestions to press@city-bonn.de.",
	Good:              "Fragen an presse@stadt-bonn.de.\tQuestions to presse@stadt-bonn.de.",
	ExampleFormat:     textdoc.FormatTSV,
	ExampleSourceLang: "de",
	Severity:          checker.Error,
	Verbatim:          true,
	Check:             checkURLMismatch,
}

var (
	urlPattern   = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"“”«»]+`)
	emailPattern = regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}\b`)
)

// address is a URL or e-mail address found in a segment.
type address struct {
	Span  textdoc.Span
	Text  string // as written
	Key   string // normalised for comparison
	Host  string // host, language subdomain removed; "" for e-mail
	Path  string // path, language segments removed
	Query string // query, language parameters removed
	Email bool
}

// findAddresses returns the URLs and e-mail addresses of text, trailing
// sentence punctuation and unbalanced closing brackets trimmed.
func findAddresses(text string) []address {
	var out []address
	// The patterns are costly; most segments hold neither "://", "www." nor "@".
	hasURL := strings.Contains(text, "://") || strings.Contains(text, "www.") || strings.Contains(text, "WWW.")
	if !hasURL && strings.IndexByte(text, '@') < 0 {
		return nil
	}
	var urls [][]int
	if hasURL {
		urls = urlPattern.FindAllStringIndex(text, -1)
	}
	for _, m := range urls {
		s, e := m[0], trimURLEnd(text, m[0], m[1])
		if e <= s {
			continue
		}
		a := address{Span: textdoc.Span{Start: s, End: e}, Text: text[s:e]}
		raw := a.Text
		if !strings.Contains(strings.ToLower(raw[:min(len(raw), 8)]), "://") {
			raw = "http://" + raw
		}
		u, err := url.Parse(raw)
		if err != nil || u.Host == "" {
			continue
		}
		host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		path := strings.TrimSuffix(u.EscapedPath(), "/")
		a.Key = host + path
		if u.RawQuery != "" {
			a.Key += "?" + u.RawQuery
			a.Query = stripLangSegments("?" + u.RawQuery)
		}
		if u.Fragment != "" {
			a.Key += "#" + u.Fragment
		}
		a.Host, a.Path = stripLangLabel(host), stripLangSegments(path)
		out = append(out, a)
	}
	if strings.IndexByte(text, '@') < 0 {
		return out
	}
	for _, m := range emailPattern.FindAllStringIndex(text, -1) {
		inURL := false
		for _, a := range out {
			inURL = inURL || m[0] < a.Span.End && a.Span.Start < m[1]
		}
		if inURL {
			continue
		}
		t := text[m[0]:m[1]]
		out = append(out, address{Span: textdoc.Span{Start: m[0], End: m[1]}, Text: t, Key: strings.ToLower(t), Email: true})
	}
	return out
}

// trimURLEnd drops sentence punctuation and unbalanced closing brackets from
// the end of the URL text[s:e].
func trimURLEnd(text string, s, e int) int {
	for e > s {
		c := text[e-1]
		switch {
		case strings.IndexByte(".,;:!?'*", c) >= 0:
			e--
			continue
		case c == ')' && strings.Count(text[s:e], "(") < strings.Count(text[s:e], ")"),
			c == ']' && strings.Count(text[s:e], "[") < strings.Count(text[s:e], "]"):
			e--
			continue
		}
		break
	}
	return e
}

// isLangCode reports two-letter (or ll-rr) language codes as they appear in
// localised hosts and paths.
func isLangCode(s string) bool {
	s = strings.ToLower(s)
	if len(s) == 5 && (s[2] == '-' || s[2] == '_') {
		s = s[:2]
	}
	if len(s) != 2 {
		return false
	}
	return s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

func stripLangLabel(host string) string {
	if i := strings.IndexByte(host, '.'); i > 0 && isLangCode(host[:i]) && strings.Count(host, ".") >= 2 {
		return host[i+1:]
	}
	return host
}

func stripLangSegments(path string) string {
	parts := strings.Split(path, "/")
	out := parts[:0]
	for _, p := range parts {
		if !isLangCode(p) {
			out = append(out, p)
		}
	}
	p := strings.Join(out, "/")
	for _, q := range []string{"lang=", "hl=", "locale="} {
		if i := strings.Index(p, q); i > 0 && (p[i-1] == '?' || p[i-1] == '&') {
			j := i + len(q)
			for j < len(p) && p[j] != '&' && p[j] != '#' {
				j++
			}
			p = p[:i] + p[j:]
		}
	}
	return strings.TrimRight(p, "?&/")
}

func checkURLMismatch(p *checker.Pass) error {
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil || creditsUnit(u) {
			continue
		}
		compareAddresses(p, u, findAddresses(u.Source.Text), findAddresses(u.Target.Text))
	}
	return nil
}

func compareAddresses(p *checker.Pass, u *textdoc.Unit, src, tgt []address) {
	if len(src) == 0 && len(tgt) == 0 {
		return
	}
	usedT := make([]bool, len(tgt))
	matchedS := make([]bool, len(src))
	// Exact matches first, then localised ones on the same host.
	for pass := 0; pass < 2; pass++ {
		for i, s := range src {
			if matchedS[i] {
				continue
			}
			for j, t := range tgt {
				if usedT[j] || s.Email != t.Email {
					continue
				}
				exact := s.Key == t.Key
				localised := !s.Email && s.Host == t.Host && s.Query == t.Query
				if pass == 0 && !exact || pass == 1 && !localised {
					continue
				}
				matchedS[i], usedT[j] = true, true
				if !exact && s.Path != t.Path && !inLanguage(t.Text, p.Doc.Lang) {
					p.ReportSeverity(u.Target, t.Span, checker.Info,
						"link path differs from the source's "+s.Text+"; check that it is the localised page", s.Text)
				}
				break
			}
		}
	}
	var missing []address
	for i, s := range src {
		if !matchedS[i] {
			missing = append(missing, s)
		}
	}
	var extra []address
	for j, t := range tgt {
		if !usedT[j] {
			extra = append(extra, t)
		}
	}
	if len(missing) == 1 && len(extra) == 1 {
		p.Report(u.Target, extra[0].Span, kindOf(extra[0])+" "+extra[0].Text+" differs from the source's "+missing[0].Text, missing[0].Text)
		return
	}
	for _, t := range extra {
		p.Report(u.Target, t.Span, kindOf(t)+" "+t.Text+" is not in the source", "")
	}
	for _, s := range missing {
		p.Report(u.Target, wholeBlock(u.Target), kindOf(s)+" "+s.Text+" of the source is missing in the target", "")
	}
}

// inLanguage reports whether the link names language lang by a subdomain
// ("de.wikipedia.org/wiki/…") or a language infix of its file name
// ("gpl.de.html"): a page of a site in the target's language, whose path is
// worded in that language.
func inLanguage(link, lang string) bool {
	lang = baseLang(lang)
	if lang == "" {
		return false
	}
	rest := link
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	host, path, _ := strings.Cut(rest, "/")
	if label, _, ok := strings.Cut(host, "."); ok && strings.Count(host, ".") >= 2 && isLangCode(label) && baseLang(label) == lang {
		return true
	}
	file := path[strings.LastIndexByte(path, '/')+1:]
	parts := strings.Split(file, ".")
	for _, part := range parts[1:max(1, len(parts)-1)] {
		if isLangCode(part) && baseLang(part) == lang {
			return true
		}
	}
	return false
}

func kindOf(a address) string {
	if a.Email {
		return "e-mail address"
	}
	return "link"
}
