package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// ArtifactResult measures the rules for neural MT artifacts on synthetic
// insertions into error-free MQM targets (English of zh-en, German of
// en-de): loops, doubled sentences, tokenizer markers, detokenisation
// spacing and single source words, each found when a finding of the kind's
// rule overlaps the inserted text.
type ArtifactResult struct {
	// Kinds counts insertions by kind and variant ("loop/2 words").
	Kinds map[string]*ArtifactKind `json:"kinds"`
	// Clean counts the same paragraphs unchanged; CleanFlagged those with
	// a finding of one of the measured rules, CleanFindings lists them.
	Clean         int      `json:"clean"`
	CleanFlagged  int      `json:"clean_flagged"`
	CleanFindings []string `json:"clean_findings,omitempty"`
}

// ArtifactKind counts one kind of insertion.
type ArtifactKind struct {
	Inserted  int `json:"inserted"`
	Found     int `json:"found"`
	Elsewhere int `json:"elsewhere"` // texts with a finding of the rule outside the insertion
	// Missed holds the first few insertions not found, for reading.
	Missed []string `json:"missed,omitempty"`
}

// artifactRules are the rules measured, by kind.
var artifactRules = map[string]string{
	"loop":          "repetition",
	"doubled":       "repetition",
	"marker":        "token-artifact",
	"detok":         "token-artifact",
	"source-word":   "untranslated",
	"source-script": "untranslated",
}

// artifactText is one paragraph with an insertion: the inserted span in
// bytes, the kind ("loop") and the variant ("loop/3 words").
type artifactText struct {
	lang, source string
	text         string
	start, end   int
	kind, name   string
}

// evalArtifacts builds the insertions and runs every rule over them.
func evalArtifacts(r io.Reader, opt evalOptions) (*ArtifactResult, error) {
	segs, err := readMQM(r)
	if err != nil {
		return nil, err
	}
	eng, err := opt.newEngine(checker.Config{})
	if err != nil {
		return nil, err
	}
	var english, german, germanWords, chinese []string
	seen := map[string]bool{}
	englishWords := map[string]bool{}
	for _, s := range segs {
		if s.lp == "zh-en" {
			for _, w := range strings.Fields(s.target) {
				englishWords[strings.Trim(w, ".,;:\"'()")] = true
			}
		}
	}
	// Every distinct target, with or without annotated errors, gives the
	// compounds it writes with a hyphen: the error-free paragraphs hold
	// too few German ones to measure (one).
	var compounds []artifactText
	seenAny := map[string]bool{}
	for _, s := range segs {
		lang := map[string]string{"zh-en": "en", "en-de": "de"}[s.lp]
		if lang == "" || strings.Contains(s.target, `\n`) || seenAny[s.target] {
			continue
		}
		seenAny[s.target] = true
		// A hyphen between a word and a function word or a source's name
		// ("black holes-each of them", "high-Chinanews.com") is a dash
		// written without its spaces: spacing it makes it right.
		if j := hyphenated(s.target); j > 0 && !dashBefore(s.target[j+1:], lang) {
			t := s.target[:j] + " - " + s.target[j+1:]
			compounds = append(compounds, artifactText{lang: lang, source: map[string]string{"en": "zh", "de": "en"}[lang], text: t, start: j - 1, end: j + 4,
				kind: "detok", name: "detok/" + lang + ": spaced hyphen (a compound of any target)"})
		}
	}
	for _, s := range segs {
		if s.withErrors > 0 || strings.Contains(s.target, `\n`) || seen[s.target] || len(strings.Fields(s.target)) < 12 {
			continue
		}
		seen[s.target] = true
		switch s.lp {
		case "zh-en":
			english = append(english, s.target)
			chinese = append(chinese, hanRuns(s.source)...)
		case "en-de":
			german = append(german, s.target)
			germanWords = append(germanWords, germanNouns(s.target, s.source, englishWords)...)
		}
	}
	germanWords = dedupe(germanWords)
	var texts []artifactText
	for i, en := range english {
		texts = append(texts, insertCommon(en, "en", "zh", i)...)
		if len(germanWords) > 0 {
			if t, ok := insertWord(en, germanWords[(i*13)%len(germanWords)], i); ok {
				t.source, t.kind = "de", "source-word"
				t.name = fmt.Sprintf("source-word/en: German, %s letters", lengthClass(utf8.RuneCountInString(t.text[t.start:t.end])))
				texts = append(texts, t)
			}
		}
		if len(chinese) > 0 {
			run := chinese[(i*7)%len(chinese)]
			n := 1 + i%7
			if r := []rune(run); len(r) > n {
				run = string(r[:n])
			}
			if t, ok := insertWord(en, run, i+1); ok {
				t.source, t.kind = "zh", "source-script"
				t.name = fmt.Sprintf("source-script/en: Chinese, %d characters", utf8.RuneCountInString(run))
				texts = append(texts, t)
			}
		}
	}
	for i, de := range german {
		texts = append(texts, insertCommon(de, "de", "en", i)...)
	}
	texts = append(texts, compounds...)
	res := &ArtifactResult{Kinds: map[string]*ArtifactKind{}}
	for _, t := range texts {
		if t.start < 0 {
			continue
		}
		fs, err := checkText(eng, t.text, t.lang, t.source)
		if err != nil {
			return nil, err
		}
		k := res.Kinds[t.name]
		if k == nil {
			k = &ArtifactKind{}
			res.Kinds[t.name] = k
		}
		k.Inserted++
		rule := artifactRules[t.kind]
		found, elsewhere := false, false
		for _, f := range fs {
			if f.Rule != rule {
				continue
			}
			if f.Offset < t.end && t.start < f.EndOffset {
				found = true
			} else {
				elsewhere = true
			}
		}
		if found {
			k.Found++
		} else if len(k.Missed) < 8 {
			k.Missed = append(k.Missed, t.text[max(0, t.start-30):min(len(t.text), t.end+30)])
		}
		if elsewhere {
			k.Elsewhere++
		}
	}
	measured := map[string]bool{}
	for _, r := range artifactRules {
		measured[r] = true
	}
	clean := func(text, lang, source string) error {
		fs, err := checkText(eng, text, lang, source)
		if err != nil {
			return err
		}
		res.Clean++
		flagged := false
		for _, f := range fs {
			if measured[f.Rule] {
				flagged = true
				res.CleanFindings = append(res.CleanFindings, fmt.Sprintf("%s: %s: %q", lang, f.Rule, f.Text))
			}
		}
		if flagged {
			res.CleanFlagged++
		}
		return nil
	}
	for _, en := range english {
		if err := clean(en, "en", "zh"); err != nil {
			return nil, err
		}
	}
	for _, de := range german {
		if err := clean(de, "de", "en"); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// checkText checks one plain-text paragraph.
func checkText(eng *checker.Engine, text, lang, source string) ([]checker.Finding, error) {
	doc, err := read.ParseWith("t.txt", []byte(text), read.ParseOptions{Format: textdoc.FormatText, Lang: lang, SourceLang: source})
	if err != nil {
		return nil, err
	}
	return eng.Check(doc)
}

// wordSpan is a word of a paragraph: a run of letters.
type wordSpan struct{ start, end int }

// letterWords returns the runs of letters of text.
func letterWords(text string) []wordSpan {
	var out []wordSpan
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, wordSpan{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, wordSpan{start, len(text)})
	}
	return out
}

// insertCommon makes the insertions of the kinds every language gets:
// loops, a doubled sentence, markers and detokenisation spacing, each
// chosen by i so that the variants spread over the paragraphs.
func insertCommon(text, lang, source string, i int) []artifactText {
	ws := letterWords(text)
	if len(ws) < 10 {
		return nil
	}
	var out []artifactText
	add := func(kind, variant, s string, start, end int) {
		out = append(out, artifactText{lang: lang, source: source, text: s, start: start, end: end, kind: kind, name: kind + "/" + lang + ": " + variant})
	}
	// A loop of n words after the paragraph's third word, copies in all.
	n, copies := 1+i%4, 3+i%4
	at := ws[2+i%(len(ws)/2)]
	last := at
	for k := 1; k < n; k++ {
		last = ws[slices.Index(ws, at)+k]
	}
	phrase := text[at.start:last.end]
	if !strings.ContainsAny(phrase, ".,;:!?\"'()") {
		sep := " "
		if n == 1 || i%2 == 0 {
			sep = ", "
		}
		loop := phrase + strings.Repeat(sep+phrase, copies-1)
		add("loop", fmt.Sprintf("%d words", n), text[:at.start]+loop+text[last.end:], at.start, at.start+len(loop))
	}
	// The first sentence (or a paragraph of one sentence) written twice,
	// glued or spaced.
	dot := strings.Index(text, ". ")
	if dot < 0 {
		dot = len(strings.TrimRight(text, " ")) - 1
	}
	if len(strings.Fields(text[:dot])) >= 5 {
		first := text[:dot+1]
		glue, variant := "", "glued"
		if i%2 == 1 {
			glue, variant = " ", "spaced"
		}
		add("doubled", variant, first+glue+text, len(first)+len(glue), 2*len(first)+len(glue))
	}
	// Markers: one of six, in a word of five letters or more.
	long := ws[len(ws)/2]
	for _, w := range ws[len(ws)/2:] {
		if w.end-w.start >= 5 {
			long = w
			break
		}
	}
	word := text[long.start:long.end]
	switch i % 6 {
	case 0:
		_, size := utf8.DecodeRuneInString(word)
		s := text[:long.start] + "⁇ " + word[size:] + text[long.end:]
		add("marker", "⁇ for a letter", s, long.start, long.start+len("⁇ "))
	case 1:
		s := text[:long.end] + " <unk>" + text[long.end:]
		add("marker", "<unk>", s, long.end+1, long.end+len(" <unk>"))
	case 2:
		s := text[:long.start] + "▁" + text[long.start:]
		add("marker", "▁ word start", s, long.start, long.start+len("▁"))
	case 3:
		mid := long.start + 3
		s := text[:mid] + "@@ " + text[mid:]
		add("marker", "@@ joiner", s, mid, mid+3)
	case 4:
		s := text[:long.start] + "&quot;" + text[long.start:]
		add("marker", "entity", s, long.start, long.start+len("&quot;"))
	case 5:
		s := text[:long.start] + "○ " + text[long.start:]
		add("marker", "stray symbol", s, long.start, long.start+len("○ "))
	}
	// Every compound of the text with its hyphen spaced, as a detokenizer
	// leaves it.
	if j := hyphenated(text); j > 0 {
		s := text[:j] + " - " + text[j+1:]
		add("detok", "spaced hyphen (a compound of the text)", s, j-1, j+4)
	}
	// Detokenisation spacing: one of five.
	switch i % 5 {
	case 0:
		s := text[:long.end] + " ( " + strings.ToLower(word) + " )" + text[long.end:]
		add("detok", "spaced brackets", s, long.end+1, long.end+len(" ( "+word+" )"))
	case 1:
		ins := " at 38 ° C"
		if lang == "de" {
			ins = " bei 38 ° C"
		}
		s := text[:long.end] + ins + text[long.end:]
		add("detok", "spaced degree", s, long.end+1, long.end+len(ins))
	case 2:
		ins := " state - of - the - art"
		if lang == "de" {
			ins = " Ost - West - Konflikt"
		}
		s := text[:long.end] + ins + text[long.end:]
		add("detok", "spaced hyphen (a chain)", s, long.end+1, long.end+len(ins))
	case 3:
		if lang == "en" {
			if j := strings.Index(text, "'s "); j > 0 {
				s := text[:j] + " ' s" + text[j+2:]
				add("detok", "spaced apostrophe", s, j, j+4)
				break
			}
			if j := strings.Index(text, "n't "); j > 0 {
				s := text[:j] + "n ' t" + text[j+3:]
				add("detok", "spaced apostrophe", s, j, j+5)
				break
			}
			ins := " citizens ' needs"
			s := text[:long.end] + ins + text[long.end:]
			add("detok", "spaced apostrophe", s, long.end+1, long.end+len(ins))
		} else {
			ins := " am 18.Mai"
			s := text[:long.end] + ins + text[long.end:]
			add("detok", "glued ordinal", s, long.end+1, long.end+len(ins))
		}
	case 4:
		ins := " ( 2021 )"
		s := text[:long.end] + ins + text[long.end:]
		add("detok", "spaced brackets", s, long.end+1, long.end+len(ins))
	}
	return out
}

// hyphenated returns the offset of the hyphen of the first compound with a
// hyphen between two letters in text, or -1.
func hyphenated(text string) int {
	for j := 1; j+1 < len(text); j++ {
		if text[j] != '-' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+1:])
		if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
			continue
		}
		// An article is no part of a compound: "team-a relatively simple"
		// is a dash that lost its spaces, and spacing it makes it right.
		w := text[j+1:]
		if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			w = w[:k]
		}
		if articles[strings.ToLower(w)] {
			continue
		}
		return j
	}
	return -1
}

// dashBefore reports whether rest, the text after a hyphen, starts with a
// function word of lang or a word with a dot in it.
func dashBefore(rest, lang string) bool {
	w := rest
	if k := strings.IndexAny(w, " ,;:!?\"'()"); k >= 0 {
		w = w[:k]
	}
	w = strings.TrimRight(w, ".")
	return strings.Contains(w, ".") || langid.IsFunctionWord(strings.ToLower(w), lang)
}

// articles are the words a compound never ends in.
var articles = map[string]bool{"a": true, "an": true, "the": true, "der": true, "die": true, "das": true, "ein": true, "eine": true}

// insertWord replaces a lower-case word of five letters or more in the
// second half of text with w, as a translation that left one noun alone.
// A leftover noun stands where the noun stood: the head of a noun phrase,
// after a determiner and at most two modifiers ("the Umlaufbahn of", "a
// new Umlaufbahn."), before punctuation or a function word. A text
// without such a noun gets no insertion: putting a German noun in place
// of a verb or an adjective is not what a translation leaves.
func insertWord(text, w string, i int) (artifactText, bool) {
	ws := letterWords(text)
	pick := -1
	for k := len(ws)/3 + i%3; k < len(ws); k++ {
		s := ws[k]
		word := text[s.start:s.end]
		if s.end-s.start < 5 || strings.ToLower(word) != word || nounFollowers[word] || nounDeterminers[word] {
			continue
		}
		if nounHead(text, ws, k) {
			pick = k
			break
		}
	}
	if pick < 0 {
		return artifactText{}, false
	}
	s := ws[pick]
	out := text[:s.start] + w + text[s.end:]
	return artifactText{lang: "en", text: out, start: s.start, end: s.start + len(w)}, true
}

// nounDeterminers start an English noun phrase; nounFollowers are the
// function words that stand after one.
var (
	nounDeterminers = wordSet("the a an this that these those its their his her our my your some any no every each another several many such")
	nounFollowers   = wordSet("of in and or for is was are were has have had will would that which who with on at from as but than")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nounHead reports whether word k of text ends a noun phrase: a
// determiner stands one to three words before it with only lower-case
// words between (its modifiers), and punctuation or a function word
// follows it.
func nounHead(text string, ws []wordSpan, k int) bool {
	after := strings.TrimLeft(text[ws[k].end:], " ")
	if k+1 < len(ws) && after != "" && strings.HasPrefix(text[ws[k].end:], " ") && ws[k+1].start == len(text)-len(after) {
		next := text[ws[k+1].start:ws[k+1].end]
		if !nounFollowers[next] {
			return false
		}
	} else if after != "" && !strings.ContainsAny(after[:1], ".,;:!?)") {
		return false // a hyphen or an apostrophe joins the word to the next
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		prev := text[ws[j].start:ws[j].end]
		if ws[j].end+1 != ws[j+1].start || text[ws[j].end] != ' ' {
			return false // punctuation between: not one phrase
		}
		if nounDeterminers[strings.ToLower(prev)] {
			return true
		}
		if strings.ToLower(prev) != prev || nounFollowers[prev] {
			return false
		}
	}
	return false
}

// germanNouns returns the capitalised words of nine letters or more in
// German text that are not at a sentence start, not next to another
// capitalised word (names of several words) and that a reader of English
// would see as German: not English words (of the English targets, where
// names such as "Washington" are both, or of the English word list:
// "Situation", "Soundtrack") and not in the English source of the
// translation (a name carried over, as "Leicester").
func germanNouns(text, source string, english map[string]bool) []string {
	fs := strings.Fields(text)
	inSource := map[string]bool{}
	for _, w := range letterWords(source) {
		inSource[strings.ToLower(source[w.start:w.end])] = true
	}
	englishWord := langid.WordList("en")
	var out []string
	for i := 1; i+1 < len(fs); i++ {
		w := strings.Trim(fs[i], ".,;:\"'()„“")
		if w != fs[i] || utf8.RuneCountInString(w) < 9 || english[w] || !allLettersOf(w) {
			continue
		}
		if lower := strings.ToLower(w); inSource[lower] || englishWord != nil && englishWord(lower) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		prev, _ := utf8.DecodeRuneInString(fs[i-1])
		next, _ := utf8.DecodeRuneInString(fs[i+1])
		if !unicode.IsUpper(r) || unicode.IsUpper(prev) || unicode.IsUpper(next) || strings.HasSuffix(fs[i-1], ".") {
			continue
		}
		out = append(out, w)
	}
	return out
}

func allLettersOf(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// hanRuns returns the runs of Han characters of text.
func hanRuns(text string) []string {
	var out []string
	var cur []rune
	for _, r := range text + " " {
		if unicode.Is(unicode.Han, r) {
			cur = append(cur, r)
			continue
		}
		if len(cur) >= 2 {
			out = append(out, string(cur))
		}
		cur = cur[:0]
	}
	return out
}

func dedupe(ss []string) []string {
	sort.Strings(ss)
	return slices.Compact(ss)
}

// lengthClass buckets a word's length in letters.
func lengthClass(n int) string {
	switch {
	case n < 12:
		return "9-11"
	case n < 16:
		return "12-15"
	}
	return "16+"
}

func (r *ArtifactResult) writeTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "insertion\trule\tinserted\tfound\trecall\telsewhere")
	names := make([]string, 0, len(r.Kinds))
	for n := range r.Kinds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		k := r.Kinds[n]
		kind, _, _ := strings.Cut(n, "/")
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.0f %%\t%d\n", n, artifactRules[kind], k.Inserted, k.Found, pct(k.Found, k.Inserted), k.Elsewhere)
	}
	tw.Flush()
	fmt.Fprintf(w, "unchanged paragraphs with a finding of these rules: %d of %d\n", r.CleanFlagged, r.Clean)
	for _, f := range r.CleanFindings {
		fmt.Fprintln(w, "  ", f)
	}
}
