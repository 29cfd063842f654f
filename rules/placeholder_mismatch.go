package rules

import (
	"fmt"
	"regexp"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read/bilingual"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// PlaceholderMismatch finds placeholders and tags of the source that the
// target lost, renumbered or garbled, and ones it added.
var PlaceholderMismatch = &checker.Rule{
	ID:    "placeholder-mismatch",
	Title: "placeholders or tags differ between source and target",
	Doc: `Software strings and marked-up text carry placeholders that a program fills in: printf
conversions ("%s", "%d", "%1$s", "%.2f", "%%"), brace placeholders ("{0}", "{name}",
"{0:N2}"), ICU arguments ("{count, plural, one {...} other {...}}"), template variables
("%(name)s", "${x}", "{{x}}"), HTML/XML tags in the text ("<b>...</b>", "<br/>") and the
inline elements of XLIFF units. MT translates them ("{nom}" for "{name}"), renumbers
them, drops them or breaks them with spaces, and the program then crashes or shows
garbage. The rule compares them between a unit's source and target.

Reported (error): a placeholder of the source missing in the target (at the whole
target); one in the target that is not in the source (at it; when one of the same kind
is missing, the message says which one it replaces, e.g. "%2$s" for "%1$s"); printf
conversions without positions ("%s ... %d") in another order, which swaps the
arguments; paired tags that the target no longer nests ("<b>x<i>y</b></i>"). ICU
plural and select arguments must keep their name and type; the messages inside are
translated, and the placeholders in them are compared as a set, since languages have
different numbers of plural forms (Russian four, English two). Reported at info: XLIFF
inline elements in another order (word order differs between languages; check it).

The forms of a PO plural may hold the placeholders of msgid or msgid_plural ("%d
файл" for "One file"), and the first form may spell out the count ("l’élément" for
"%d item"). Symfony plural messages ("one file|%count% files") are
compared form by form:
every form of the target must hold the placeholders all forms of the source hold,
whatever the number of forms. Positional conversions in a target whose source has
none ("%2$s ... %1$s" for "%s ... %s") reorder on purpose; strftime formats
("%e %B %Y" as "%d. %B %Y") are localised, not compared. Placeholders inside tag
attributes ('href="%(url)s"') are compared like the others.

Left alone: "%" after a digit or before a space ("50 %", "50%"), which is a percent sign,
and "%%" in a segment pair without printf conversions;
tags whose order changed but still nest; attribute values of tags other than
placeholders (a localised link may differ; "url-mismatch" compares links); units
without a target.`,
	Bad:               "{count} Dateien gelöscht\t{anzahl} files deleted",
	Good:              "{count} Dateien gelöscht\t{count} files deleted",
	ExampleFormat:     textdoc.FormatTSV,
	ExampleSourceLang: "de",
	Severity:          checker.Error,
	Verbatim:          true,
	Check:             checkPlaceholderMismatch,
}

func checkPlaceholderMismatch(p *checker.Pass) error {
	// A message's plural forms may fall in two windows of a large file:
	// their sources are gathered from the whole document.
	plurals := p.Doc.Memo("placeholder-mismatch.plurals", func(d *textdoc.Document) any { return pluralSourceKeys(d) }).(map[string]map[string]bool)
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		src, tgt := findPlaceholders(u.Source.Text), findPlaceholders(u.Target.Text)
		if form, msg := u.Form(); form >= 0 && plurals[msg] != nil {
			tgt = withoutOtherForms(src, tgt, plurals[msg])
			if form == 0 {
				src = withoutSpelledCount(src, tgt)
			}
		}
		if !hasPrintf(src) && !hasPrintf(tgt) {
			// "%%" is an escaped percent sign only in a format string.
			src, tgt = dropPercentEscapes(src), dropPercentEscapes(tgt)
		}
		if isDateFormat(u.Source.Text) || isDateFormat(u.Target.Text) {
			src, tgt = dropPrintf(src), dropPrintf(tgt)
		}
		tgt = positionsAsSource(src, tgt)
		if forms := pipeForms(u.Source.Text); forms != nil {
			comparePipeForms(p, u.Target, forms, src, tgt)
		} else if pipeForms(u.Target.Text) != nil {
			// A language with more plural forms than the source's one
			// message ("%count% minutes" as three Russian forms).
			comparePipeForms(p, u.Target, []textdoc.Span{{Start: 0, End: len(u.Source.Text)}}, src, tgt)
		} else {
			comparePlaceholders(p, u.Target, src, tgt)
			checkPrintfOrder(p, u.Target, src, tgt)
		}
		checkTagNesting(p, u.Target, src, tgt)
		if len(u.SourceTags) > 0 || len(u.TargetTags) > 0 {
			si, ti := inlinePlaceholders(u.SourceTags), inlinePlaceholders(u.TargetTags)
			comparePlaceholders(p, u.Target, si, ti)
			checkInlineOrder(p, u.Target, si, ti)
		}
	}
	return nil
}

// placeholderDiff returns the source placeholders missing in the target and
// the target placeholders not in the source. Top-level placeholders are
// counted; those inside ICU messages are compared as a set.
func placeholderDiff(src, tgt []placeholder) (missing, extra []placeholder) {
	count := map[string]int{}
	for _, s := range src {
		if !s.InICU {
			count[s.Key]++
		}
	}
	for _, t := range tgt {
		if t.InICU {
			continue
		}
		if count[t.Key] > 0 {
			count[t.Key]--
			continue
		}
		extra = append(extra, t)
	}
	for _, s := range src {
		if !s.InICU && count[s.Key] > 0 {
			count[s.Key]--
			missing = append(missing, s)
		}
	}
	for _, t := range tgt {
		if t.InICU && !inSetOf(src, t.Key) && !inSetOf(extra, t.Key) {
			extra = append(extra, t)
		}
	}
	for _, s := range src {
		if s.InICU && !inSetOf(tgt, s.Key) && !inSetOf(missing, s.Key) {
			missing = append(missing, s)
		}
	}
	return missing, extra
}

func inSetOf(list []placeholder, key string) bool {
	for _, x := range list {
		if x.Key == key {
			return true
		}
	}
	return false
}

func comparePlaceholders(p *checker.Pass, target *textdoc.Block, src, tgt []placeholder) {
	missing, extra := placeholderDiff(src, tgt)
	used := make([]bool, len(missing))
	for _, t := range extra {
		replaced := -1
		for i, s := range missing {
			if !used[i] && s.Kind == t.Kind && s.Close == t.Close {
				replaced = i
				break
			}
		}
		if replaced >= 0 {
			used[replaced] = true
			s := missing[replaced]
			p.Report(target, t.Span, fmt.Sprintf("%s in the target replaces %s of the source", t.Key, s.Key), s.Key)
			continue
		}
		p.Report(target, t.Span, fmt.Sprintf("%s is not in the source", t.Key), "")
	}
	for i, s := range missing {
		if used[i] {
			continue
		}
		key := s.Key
		if s.Open {
			// Report a lost pair of tags once: "<b>…</b>".
			for j := i + 1; j < len(missing); j++ {
				if !used[j] && missing[j].Close && missing[j].Name == s.Name {
					used[j] = true
					key += "…" + missing[j].Key
					break
				}
			}
		}
		p.Report(target, wholeBlock(target), fmt.Sprintf("%s of the source is missing in the target", key), "")
	}
}

// pluralSourceKeys returns, for each plural message of a PO file, the
// placeholders of its msgid and msgid_plural together.
func pluralSourceKeys(doc *textdoc.Document) map[string]map[string]bool {
	if doc.Format != bilingual.FormatPO {
		return nil
	}
	keys := map[string]map[string]bool{}
	for _, u := range doc.Units {
		form, msg := u.Form()
		if form < 0 || u.Source == nil {
			continue
		}
		if keys[msg] == nil {
			keys[msg] = map[string]bool{}
		}
		for _, x := range findPlaceholders(u.Source.Text) {
			keys[msg][x.Key] = true
		}
	}
	return keys
}

// withoutOtherForms drops from a plural form's target the placeholders its
// own source lacks but the message's other source has: the Russian form
// for 1, 21, 31 writes the count ("%d файл") that msgid "One file" spells
// out.
func withoutOtherForms(src, tgt []placeholder, message map[string]bool) []placeholder {
	own := map[string]bool{}
	for _, x := range src {
		own[x.Key] = true
	}
	out := tgt[:0:0]
	for _, x := range tgt {
		if own[x.Key] || !message[x.Key] {
			out = append(out, x)
		}
	}
	return out
}

// integerConversion matches a printf conversion of an integer: "%d",
// "%'d", "%1$u", "%(count)d".
var integerConversion = regexp.MustCompile(`^%(?:\d+\$|\([A-Za-z_][A-Za-z0-9_]*\))?[-+0#']*\d*[diu]$`)

// withoutSpelledCount drops from the source of a plural's first form the
// integer conversions its translation spells out: the singular says
// "l’élément" where msgid has "%'d item".
func withoutSpelledCount(src, tgt []placeholder) []placeholder {
	have := map[string]bool{}
	for _, x := range tgt {
		have[x.Key] = true
	}
	out := src[:0:0]
	for _, x := range src {
		if have[x.Key] || !integerConversion.MatchString(x.Key) {
			out = append(out, x)
		}
	}
	return out
}

// comparePipeForms compares the placeholders of a Symfony-style plural
// message form by form: languages have other numbers of forms (Russian
// three, Japanese one), and a form may say "one" where the others hold the
// count. Every target form must hold the placeholders that all source forms
// hold, its last form those of the source's last form (each form those of
// its counterpart when the numbers of forms agree), and none that no source
// form holds.
func comparePipeForms(p *checker.Pass, target *textdoc.Block, forms []textdoc.Span, src, tgt []placeholder) {
	inForm := func(list []placeholder, f textdoc.Span) map[string]bool {
		keys := map[string]bool{}
		for _, x := range list {
			if x.Span.Start >= f.Start && x.Span.End <= f.End {
				keys[x.Key] = true
			}
		}
		return keys
	}
	all, some := inForm(src, forms[0]), map[string]bool{} // in every form, in one
	for _, f := range forms {
		keys := inForm(src, f)
		for k := range keys {
			some[k] = true
		}
		for k := range all {
			if !keys[k] {
				delete(all, k)
			}
		}
	}
	tforms := pipeForms(target.Text)
	if tforms == nil {
		tforms = []textdoc.Span{{Start: 0, End: len(target.Text)}}
	}
	// The last form is the "other" form in every language: it holds the
	// count wherever the source's last form does. With as many forms as
	// the source, each form holds its counterpart's.
	need := func(i int) map[string]bool {
		switch {
		case len(tforms) == len(forms):
			return inForm(src, forms[i])
		case i == len(tforms)-1:
			last := inForm(src, forms[len(forms)-1])
			for k := range all {
				last[k] = true
			}
			return last
		}
		return all
	}
	reported := map[string]bool{}
	for i, f := range tforms {
		keys, want := inForm(tgt, f), need(i)
		for _, x := range src {
			if want[x.Key] && !keys[x.Key] && !reported[x.Key] {
				reported[x.Key] = true
				msg := fmt.Sprintf("%s of the source is missing in the target", x.Key)
				if len(tforms) > 1 {
					msg = fmt.Sprintf("%s of the source is missing in plural form %d of the target", x.Key, i+1)
				}
				p.Report(target, f, msg, "")
			}
		}
	}
	for _, x := range tgt {
		if !some[x.Key] && !reported[x.Key] {
			reported[x.Key] = true
			p.Report(target, x.Span, fmt.Sprintf("%s is not in the source", x.Key), "")
		}
	}
}

// checkPrintfOrder reports printf conversions without positions whose order
// changed: "%s has %d files" as "%d Dateien hat %s" passes a number as a
// string.
func checkPrintfOrder(p *checker.Pass, target *textdoc.Block, src, tgt []placeholder) {
	var sc, tc []placeholder
	for _, x := range src {
		if x.Conv != 0 && !x.InICU {
			sc = append(sc, x)
		}
	}
	for _, x := range tgt {
		if x.Conv != 0 && !x.InICU {
			tc = append(tc, x)
		}
	}
	if m, e := placeholderDiff(sc, tc); len(m) > 0 || len(e) > 0 {
		return // reported by comparePlaceholders
	}
	for i := range sc {
		if sc[i].Key != tc[i].Key {
			p.Report(target, tc[i].Span, fmt.Sprintf("printf placeholders in another order than in the source (%s where the source has %s); use positions such as %%1$s to reorder", tc[i].Key, sc[i].Key), "")
			return
		}
	}
}

// checkTagNesting reports a target whose paired tags cross or close unopened
// when the source's nest properly.
func checkTagNesting(p *checker.Pass, target *textdoc.Block, src, tgt []placeholder) {
	if _, ok := tagNestingError(src); !ok {
		return
	}
	if bad, ok := tagNestingError(tgt); !ok {
		p.Report(target, bad.Span, fmt.Sprintf("tag %s does not close the tag opened before it", bad.Key), "")
	}
}

// tagNestingError returns the first closing tag that does not match the
// innermost open tag; ok is false when there is one. Unclosed tags are left
// to the count comparison.
func tagNestingError(list []placeholder) (placeholder, bool) {
	var stack []string
	for _, x := range list {
		switch {
		case x.Kind != phTag:
		case x.Open:
			stack = append(stack, x.Name)
		case x.Close:
			if len(stack) == 0 || stack[len(stack)-1] != x.Name {
				return x, false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return placeholder{}, true
}

// checkInlineOrder reports, at info, XLIFF inline elements whose order
// changed although the same ones are there.
func checkInlineOrder(p *checker.Pass, target *textdoc.Block, src, tgt []placeholder) {
	if len(src) != len(tgt) {
		return
	}
	if m, e := placeholderDiff(src, tgt); len(m) > 0 || len(e) > 0 {
		return
	}
	for i := range src {
		if src[i].Key != tgt[i].Key {
			p.ReportSeverity(target, tgt[i].Span, checker.Info,
				fmt.Sprintf("inline elements in another order than in the source (%s where the source has %s)", tgt[i].Key, src[i].Key), "")
			return
		}
	}
}

// hasPrintf reports whether list holds a printf conversion other than "%%".
func hasPrintf(list []placeholder) bool {
	for _, x := range list {
		if x.Kind == phPrintf && x.Key != "%%" {
			return true
		}
	}
	return false
}

func dropPercentEscapes(list []placeholder) []placeholder {
	out := list[:0:0]
	for _, x := range list {
		if x.Key != "%%" {
			out = append(out, x)
		}
	}
	return out
}
