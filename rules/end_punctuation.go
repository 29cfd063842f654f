package rules

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// EndPunctuation compares the final punctuation of a unit's source and target.
var EndPunctuation = &checker.Rule{
	ID:    "end-punctuation",
	Title: "source and target end with different punctuation",
	Doc: `A question translated as a statement, a lost exclamation mark, colon or ellipsis change
what the text says or how a label reads ("Delete the file?" as "Datei löschen." asks
nothing). The rule compares the mark that ends a unit's source with the one that ends
its target, in each language's own writing: Spanish "¿…?", French "?" after a no-break
space, Greek ";" as the question mark, the full-width "。？！：" of Chinese and
Japanese, Arabic "؟", "…" and "..." alike, and a closing quotation mark or bracket after
the mark.

Reported (warning): a question that became a statement or the reverse, a lost final
colon, a lost ellipsis. Reported at info: a lost or added exclamation mark (German uses
more of them than English; a lost one only after two words or more), and a final full stop lost after a source sentence of three
words or more (two in PO and XLIFF messages; a truncated translation) unless the source
ends with an abbreviation, also after a closing tag or placeholder ("…</a>.").

Left alone: a keyboard accelerator after the mark ("…(_U)"); a Chinese or Japanese
prompt that ends with "。" where the source has a colon; headings, labels and captions
without final punctuation on both sides; a
target that adds a full stop; the punctuation inside a segment (sentences may be merged
or split in translation); units without a target.`,
	Bad:               "Wollen Sie die Datei wirklich löschen?\tDo you really want to delete the file.",
	Good:              "Wollen Sie die Datei wirklich löschen?\tDo you really want to delete the file?",
	ExampleFormat:     textdoc.FormatTSV,
	ExampleSourceLang: "de",
	Severity:          checker.Warning,
	Check:             checkEndPunctuation,
}

// endMark classifies the final punctuation of a segment.
type endMark int

const (
	markNone endMark = iota
	markStop
	markQuestion
	markExclaim
	markColon
	markEllipsis
	markOther // ; , - and the like
)

func (m endMark) String() string {
	return [...]string{"no final punctuation", "a full stop", "a question mark", "an exclamation mark", "a colon", "an ellipsis", "other punctuation"}[m]
}

// isEndCloser reports the marks that may follow a sentence's final punctuation:
// closing quotation marks and brackets.
func isEndCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '“', '‘', '»', '«', '›', '‹', ')', ']', '}', '」', '』', '）', '】', '》', '〉':
		return true
	}
	return false
}

// finalMark finds the mark that ends text in language lang, with its span.
// Closing quotes and brackets after the mark are skipped; a question
// and exclamation mark together ("?!") count as a question.
// acceleratorAt returns where a trailing accelerator ("(_U)") starts in
// text, or -1. Only a text that ends in a bracket can hold one, and the
// expression, which scans the whole text, runs only on those.
func acceleratorAt(text string) int {
	if !strings.HasSuffix(text, ")") && !strings.HasSuffix(text, "）") {
		return -1
	}
	if m := accelerator.FindStringIndex(text); m != nil {
		return m[0]
	}
	return -1
}

func finalMark(text, lang string) (endMark, textdoc.Span) {
	end := len(strings.TrimRightFunc(text, unicode.IsSpace))
	if m := acceleratorAt(text[:end]); m >= 0 {
		end = len(strings.TrimRightFunc(text[:m], unicode.IsSpace)) // "…(_U)": the mark is before the key
	}
	placeholderEnds := map[int]bool{}
	for _, ph := range findPlaceholders(text) {
		placeholderEnds[ph.Span.End] = true
	}
	for end > 0 && !placeholderEnds[end] {
		// The closing brace of "{{ type }}" ends a placeholder, not a
		// sentence's bracket.
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !isEndCloser(r) && !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if placeholderEnds[end] {
		return markNone, textdoc.Span{Start: end, End: end}
	}
	if end == 0 {
		return markNone, textdoc.Span{}
	}
	start := end
	mark := markNone
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		m := classifyEndRune(r, lang)
		if m == markNone {
			break
		}
		switch {
		case mark == markNone:
			mark = m
		case m == markQuestion || mark == markQuestion:
			mark = markQuestion
		case m == markStop && mark == markStop, m == markEllipsis || mark == markEllipsis:
			mark = markEllipsis // "..." or ".…"
		case m == markExclaim || mark == markExclaim:
			mark = markExclaim
		}
		start -= size
	}
	if mark == markNone {
		// The place where the mark is missing: after a closing tag or a
		// placeholder ("…</a>") as after a word.
		return markNone, textdoc.Span{Start: end, End: end}
	}
	if quoted := len(strings.TrimRightFunc(text, unicode.IsSpace)) > end; quoted && start > 0 {
		// Punctuation that is all a quotation holds ("called “.” or “..”")
		// is quoted text, not the end of a sentence.
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isEndCloser(r) || unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Ps, r) {
			return markNone, textdoc.Span{Start: len(text), End: len(text)}
		}
	}
	return mark, textdoc.Span{Start: start, End: end}
}

// accelerator matches a keyboard accelerator written after a label, as
// Chinese and Japanese translations place it: "アンインストール…(_U)".
var accelerator = regexp.MustCompile(`\s*[(（][_&][\pL\pN][)）]$`)

func classifyEndRune(r rune, lang string) endMark {
	switch r {
	case '.', '。', '．', '।':
		return markStop
	case '?', '？', '؟', ';', '\u037e':
		if r == ';' && baseLang(lang) != "el" {
			return markOther
		}
		return markQuestion
	case '!', '！':
		return markExclaim
	case ':', '：':
		return markColon
	case '…', '⋯':
		return markEllipsis
	case ',', '，', '、', '；':
		return markOther
	}
	return markNone
}

func checkEndPunctuation(p *checker.Pass) error {
	src := sourceLocale(p)
	// A software message of two words ends with a full stop on purpose
	// ("Invalid token."); in the sentences of documents a short segment
	// without one is a heading.
	minStopWords := 3
	if softwareStrings(p.Doc) {
		minStopWords = 2
	}
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		sm, _ := finalMark(u.Source.Text, p.Doc.SourceLang)
		tm, ts := finalMark(u.Target.Text, p.Doc.Lang)
		if sm == tm {
			continue
		}
		sev := checker.Severity(0)
		switch {
		case sm == markQuestion || tm == markQuestion && (sm == markStop || sm == markExclaim):
			sev = checker.Warning
		case sm == markColon && tm == markStop && cjkLang(p.Doc.Lang):
			// A Chinese or Japanese prompt ends as a polite sentence:
			// "Enter your password:" as "…を入力してください。".
		case sm == markColon && tm != markColon, sm == markEllipsis && tm != markEllipsis:
			sev = checker.Warning
		case sm == markExclaim && tm == markStop, sm == markStop && tm == markExclaim:
			sev = checker.Info
		case sm == markExclaim && tm == markNone && len(u.Source.Words) >= minStopWords:
			sev = checker.Info
		case sm == markStop && tm == markNone && len(u.Source.Words) >= minStopWords && !endsWithAbbreviation(u.Source, src):
			sev = checker.Info
		}
		if sev == 0 {
			continue
		}
		msg := "the source ends with " + sm.String() + ", the target with " + tm.String()
		p.ReportSeverity(u.Target, ts, sev, msg, markFor(sm, p.Doc.Lang))
	}
	return nil
}

// endsWithAbbreviation reports whether the final period of b belongs to an
// abbreviation ("U.S.", "z. B.", "Inc.") rather than ending a sentence.
func endsWithAbbreviation(b *textdoc.Block, loc *textdoc.Locale) bool {
	if len(b.Words) == 0 {
		return false
	}
	w := b.Words[len(b.Words)-1]
	word := b.Text[w.Start:w.End]
	if strings.Contains(word, ".") || len(word) <= 2 && strings.ToUpper(word) == word && strings.IndexFunc(word, unicode.IsLetter) >= 0 {
		return true
	}
	return loc.Abbreviations[strings.ToLower(word)]
}

// markFor writes mark m as language lang writes it, for suggestions.
func markFor(m endMark, lang string) string {
	cjk := baseLang(lang) == "zh" || baseLang(lang) == "ja"
	switch m {
	case markStop:
		if cjk {
			return "。"
		}
		return "."
	case markQuestion:
		switch {
		case cjk:
			return "？"
		case baseLang(lang) == "el":
			return ";"
		case baseLang(lang) == "ar":
			return "؟"
		}
		return "?"
	case markExclaim:
		if cjk {
			return "！"
		}
		return "!"
	case markColon:
		if cjk {
			return "："
		}
		return ":"
	case markEllipsis:
		return "…"
	}
	return ""
}

func cjkLang(lang string) bool { return baseLang(lang) == "zh" || baseLang(lang) == "ja" }
