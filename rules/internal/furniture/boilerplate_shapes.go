package furniture

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// This file holds the furniture that is a shape rather than a phrase: a share
// bar whose names ran together, a breadcrumb, a label or a time stamp glued
// to the paragraph it stood above, a credit at the end of a caption, and a
// section name after a page title. Their words are data too (the kinds home,
// month, section, network and share of the phrase lists).

// wildMaxTokens bounds the words a "*" of a line phrase stands for.
const wildMaxTokens = 15

// captionMaxWords bounds a paragraph that may end in a credit: a caption is
// short, running text is not.
const captionMaxWords = 60

// ShapeContext is what a shape needs to know of the line's block.
type ShapeContext struct {
	Kind  textdoc.BlockKind
	Title bool // the document's first block, one line: a page title
	Loc   *textdoc.Locale
}

// shapeMatch is furniture found by its shape in a line.
type shapeMatch struct {
	What             string // for the message: "share bar", "breadcrumb", ...
	Start, End       int    // the span to report, in the line
	CutStart, CutEnd int    // the text to remove, in the line (the span and its spacing)
	Whole            bool   // the furniture is the whole line
}

// addShapeWord adds a word of one of the shape kinds; ok is false when kind
// is not one of them.
func (set *phraseSet) addShapeWord(kind, phrase, origin string) (ok bool, err error) {
	if kind != "home" && kind != "month" && kind != "section" && kind != "network" && kind != "share" {
		return false, nil
	}
	words := phraseTokens(phrase)
	if len(words) == 0 {
		return true, fmt.Errorf("%s: empty %s", origin, kind)
	}
	switch kind {
	case "home":
		set.homes[words[0]] = append(set.homes[words[0]], words)
	case "month":
		if len(words) != 1 {
			return true, fmt.Errorf("%s: a month is one word", origin)
		}
		set.months[strings.TrimSuffix(words[0], ".")] = true
	case "section":
		set.sections[strings.Join(words, " ")] = true
	case "network":
		set.networks[shareKey(phrase)] = true
	case "share":
		set.shares[shareKey(phrase)] = true
	}
	set.N++
	return true, nil
}

// shareKey folds a share-bar word as a run-together bar is folded: lower
// case, letters and digits only ("E-Mail" is "email").
func shareKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// Shape finds furniture by its shape in line, split into toks, of words
// words.
func (set *phraseSet) Shape(line string, toks []FurnitureToken, words int, ctx ShapeContext) (shapeMatch, bool) {
	if len(toks) == 0 {
		return shapeMatch{}, false
	}
	if words <= TeaserMaxWords && set.ShareBar(line) {
		return shapeMatch{What: "share bar", Start: toks[0].Start, End: toks[len(toks)-1].End, Whole: true}, true
	}
	if m, ok := set.breadcrumb(line, toks); ok {
		return m, true
	}
	if m, ok := set.gluedLabel(line, toks); ok {
		return m, true
	}
	if m, ok := set.gluedStamp(line, toks); ok {
		return m, true
	}
	if words <= 6 && imageFileName(line, toks) {
		return shapeMatch{What: "image file name", Start: toks[0].Start, End: toks[len(toks)-1].End, Whole: true}, true
	}
	if words <= 6 && set.nameAgency(line, toks) {
		return shapeMatch{What: "credit", Start: toks[0].Start, End: toks[len(toks)-1].End, Whole: true}, true
	}
	if ctx.Kind == textdoc.Paragraph && words <= captionMaxWords {
		if m, ok := set.trailingCredit(line, toks, ctx.Loc); ok {
			return m, true
		}
	}
	if (ctx.Title || ctx.Kind == textdoc.Heading) && words <= TeaserMaxWords {
		if m, ok := set.sectionSuffix(line, toks); ok {
			return m, true
		}
	}
	return shapeMatch{}, false
}

// MayShape reports, without splitting the line into tokens, whether a line
// too long for the phrase lists may still hold furniture of a shape: one that
// starts with a digit, a word in capitals, a month or a home item, or a
// caption-length paragraph with a colon or a copyright sign for a credit.
func (set *phraseSet) MayShape(line string, words int, ctx ShapeContext) bool {
	line = strings.TrimLeftFunc(line, unicode.IsSpace)
	r, n := textutil.FirstRune(line)
	end := strings.IndexFunc(line, unicode.IsSpace)
	if end < 0 {
		end = len(line)
	}
	first := line[:end]
	folded := foldToken(strings.TrimRight(first, ".,:"))
	switch {
	case unicode.IsDigit(r):
		if isDay(first) || isNumericDate(strings.TrimRight(first, ",")) || isISODateTime(strings.ToLower(first)) {
			return true
		}
	case unicode.IsLetter(r):
		// A label in capitals is a line phrase; a date may start with its
		// month; a breadcrumb starts with its home item.
		if r2, _ := textutil.FirstRune(first[n:]); unicode.IsUpper(r) && unicode.IsUpper(r2) && len(set.ByFirst[tokenKey(folded)]) > 0 {
			return true
		}
		if set.months[folded] || len(set.homes[folded]) > 0 {
			return true
		}
	}
	// A credit ends a caption-length paragraph with a label and a colon.
	if ctx.Kind != textdoc.Paragraph || words > captionMaxWords {
		return false
	}
	if strings.Contains(line, "©") || strings.Contains(line, "：") {
		return true
	}
	// The forward search is the fast one; most lines have no colon.
	if strings.IndexByte(line, ':') < 0 {
		return false
	}
	colon := strings.LastIndexByte(line, ':')
	start := strings.LastIndexFunc(line[:colon], func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	return set.credits[foldToken(line[start:colon])]
}

// ShareBar reports whether line is nothing but the names of a share bar,
// spaced or run together ("Facebook Twitter E-Mail", "FacebookXTelegram"):
// two or more share-bar words, one of them a social network.
func (set *phraseSet) ShareBar(line string) bool {
	if notShareBar.Skip(line, 0) < len(line) {
		// An ASCII character that is no letter, digit, space or separator
		// (a full stop, a comma) rules the line out: most lines, found
		// without decoding them.
		return false
	}
	var sc shareScan
	for _, r := range line {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if sc.n+utf8.UTFMax > len(sc.folded) {
				return false
			}
			sc.upper[sc.n] = unicode.IsUpper(r)
			sc.n += utf8.EncodeRune(sc.folded[sc.n:], unicode.ToLower(r))
		case unicode.IsSpace(r) || strings.ContainsRune("|•·⋅/-–—", r):
		default:
			return false
		}
	}
	if sc.n == 0 {
		return false
	}
	pieces, networks, ok := set.splitShare(&sc, 0)
	return ok && pieces >= 2 && networks >= 1
}

// notShareBar holds the ASCII characters that no share bar has: all but
// the letters, digits, spaces and the ASCII separators ShareBar allows.
var notShareBar = func() *textutil.ByteSet {
	var t textutil.ByteSet
	for c := byte(0); c < utf8.RuneSelf; c++ {
		if lc := c | 0x20; 'a' <= lc && lc <= 'z' || '0' <= c && c <= '9' || strings.IndexByte(" \t\n\v\f\r|/-", c) >= 0 {
			continue
		}
		t.Add(c)
	}
	return &t
}()

// shareScan is a line folded for shareBar (lower case, UTF-8, separators
// dropped), in arrays so that checking a line allocates nothing.
type shareScan struct {
	folded [400]byte
	upper  [400]bool // the letter starting at this byte was a capital
	failed [401]bool // offsets from which no split exists
	n      int
}

// splitShare splits sc.folded[i:sc.n] into share-bar words, longest first,
// and counts them and the networks among them. A one-letter word (X) must be
// a capital.
func (set *phraseSet) splitShare(sc *shareScan, i int) (pieces, networks int, ok bool) {
	if i == sc.n {
		return 0, 0, true
	}
	if sc.failed[i] {
		return 0, 0, false
	}
	for end := min(sc.n, i+64); end > i; end-- {
		if end < sc.n && !utf8.RuneStart(sc.folded[end]) {
			continue
		}
		network := set.networks[string(sc.folded[i:end])]
		if !network && !set.shares[string(sc.folded[i:end])] {
			continue
		}
		if _, size := utf8.DecodeRune(sc.folded[i:end]); size == end-i && !sc.upper[i] {
			continue
		}
		if p, n, ok := set.splitShare(sc, end); ok {
			if network {
				n++
			}
			return p + 1, n, true
		}
	}
	sc.failed[i] = true
	return 0, 0, false
}

// isCrumbSeparator reports whether a token separates the items of a
// breadcrumb.
func isCrumbSeparator(s string) bool {
	switch s {
	case "»", "›", ">", ">>", "/", "|", "→", "::", "·", "»»":
		return true
	}
	return false
}

// breadcrumb finds a breadcrumb at the start of line: a home item, a
// separator and at least one more item ("Home » World » Title"). The items
// but the last are short; the last may be the headline the crumb was glued to,
// which is left in place.
func (set *phraseSet) breadcrumb(line string, toks []FurnitureToken) (shapeMatch, bool) {
	for _, home := range set.homes[toks[0].Text] {
		n := len(home)
		if len(toks) < n+2 {
			continue
		}
		match := true
		for k, w := range home {
			match = match && tokenEqual(w, toks[k].Text)
		}
		if !match || !isCrumbSeparator(toks[n].Text) {
			continue
		}
		// A slash or a bar after "Home" may be prose or a table ("Home /
		// Away"); it makes a breadcrumb only when it separates items twice.
		if sep := toks[n].Text; (sep == "/" || sep == "|") && strings.Count(line, sep) < 2 {
			continue
		}
		last, item := n, 0
		for k := n + 1; k < len(toks); k++ {
			if isCrumbSeparator(toks[k].Text) {
				if item > 4 {
					break
				}
				last, item = k, 0
				continue
			}
			item++
		}
		end, whole := toks[last].End, false
		rest := strings.TrimRightFunc(line, unicode.IsSpace)
		if r, _ := textutil.LastRune(rest); isCrumbSeparator(string(r)) && len(rest) > toks[len(toks)-1].End {
			// The line ends in a separator, which tokenising dropped: the
			// whole line is the crumb.
			end, whole = len(rest), true
		} else if last == len(toks)-1 || len(toks)-1-last <= 3 && item <= 3 {
			end, whole = toks[len(toks)-1].End, true
		}
		m := shapeMatch{What: "breadcrumb", Start: toks[0].Start, End: end, CutStart: toks[0].Start, CutEnd: textutil.SkipSpace(line, end), Whole: whole}
		return m, true
	}
	return shapeMatch{}, false
}

// isCapsWord reports whether s has letters and no lower-case one.
func isCapsWord(s string) bool {
	return HasLetterRune(s) && strings.IndexFunc(s, unicode.IsLower) < 0
}

// startsSentenceCase reports whether s starts with a capital and holds a
// lower-case letter: a word of running text, not of a headline in capitals.
func startsSentenceCase(s string) bool {
	r, _ := textutil.FirstRune(s)
	return unicode.IsUpper(r) && strings.IndexFunc(s, unicode.IsLower) >= 0
}

// gluedLabel finds a whole-line phrase set in capitals at the start of a
// paragraph that goes on in sentence case ("VIDEO OF THE DAY At this point
// ..."): a section label the crawler joined to the text under it. A label of
// one word needs six letters or more ("ADVERTISEMENT", not "SHARE").
func (set *phraseSet) gluedLabel(line string, toks []FurnitureToken) (shapeMatch, bool) {
	for _, e := range set.ByFirst[tokenKey(toks[0].Text)] {
		n := len(e.Tokens)
		if e.Kind != LinePhrase || e.wild || len(toks) < n+3 || e.Tokens[0] == "#" {
			continue
		}
		if n == 1 && utf8.RuneCountInString(toks[0].Text) < 6 {
			continue
		}
		match := true
		for k, w := range e.Tokens {
			match = match && tokenEqual(w, strings.TrimSuffix(toks[k].Text, ":")) && isCapsWord(line[toks[k].Start:toks[k].End])
		}
		if !match || !startsSentenceCase(line[toks[n].Start:toks[n].End]) {
			continue
		}
		end := toks[n-1].End
		return shapeMatch{What: "section label", Start: toks[0].Start, End: end, CutStart: toks[0].Start, CutEnd: toks[n].Start}, true
	}
	return shapeMatch{}, false
}

// stampJoiners may stand between the date and the time of a stamp.
var stampJoiners = textutil.WordSet("at um à às a alle om o в о о de - – — | · ,")

// gluedStamp finds a date and a clock time at the start of a line, alone or
// glued to the text that follows ("1 Apr 2022 3:57 p.m According to ..."): a
// time stamp of the page. A date alone ("1 April 2022 was ...") is text.
func (set *phraseSet) gluedStamp(line string, toks []FurnitureToken) (shapeMatch, bool) {
	if isISODateTime(toks[0].Text) {
		// A machine's time stamp ("2022-08-11T11:45:28.893Z") is furniture
		// alone on its line or before the text.
		if len(toks) == 1 {
			return shapeMatch{What: "time stamp", Start: toks[0].Start, End: toks[0].End, Whole: true}, true
		}
		if startsSentenceCase(line[toks[1].Start:toks[1].End]) {
			return shapeMatch{What: "time stamp", Start: toks[0].Start, End: toks[0].End, CutStart: toks[0].Start, CutEnd: toks[1].Start}, true
		}
		return shapeMatch{}, false
	}
	k := set.dateTokens(toks)
	if k == 0 {
		return shapeMatch{}, false
	}
	if k < len(toks) && stampJoiners[strings.TrimRight(toks[k].Text, ",")] {
		k++
	}
	if k >= len(toks) || !isClockTime(strings.TrimRight(toks[k].Text, ".,")) {
		return shapeMatch{}, false
	}
	k++
	for k < len(toks) && clockWords[strings.TrimRight(toks[k].Text, ".,")] {
		k++
	}
	end := toks[k-1].End
	if k == len(toks) {
		return shapeMatch{What: "time stamp", Start: toks[0].Start, End: end, Whole: true}, true
	}
	if !startsSentenceCase(line[toks[k].Start:toks[k].End]) {
		return shapeMatch{}, false
	}
	return shapeMatch{What: "time stamp", Start: toks[0].Start, End: end, CutStart: toks[0].Start, CutEnd: toks[k].Start}, true
}

// dateTokens returns how many tokens at the start of toks make a date with a
// year: "1 Apr 2022", "1. April 2022", "April 1, 2022", "01.04.2022",
// "2022-04-01"; 0 when they do not.
func (set *phraseSet) dateTokens(toks []FurnitureToken) int {
	tok := func(i int) string { return strings.TrimRight(toks[i].Text, ",") }
	if isNumericDate(tok(0)) {
		return 1
	}
	if len(toks) < 3 || !isYear(tok(2)) {
		return 0
	}
	day0, month0 := isDay(tok(0)), set.months[strings.TrimSuffix(tok(0), ".")]
	day1, month1 := isDay(tok(1)), set.months[strings.TrimSuffix(tok(1), ".")]
	if day0 && month1 || month0 && day1 {
		return 3
	}
	return 0
}

// isDay reports whether s is a day of the month, with an optional
// ordinal period ("1", "01", "1.").
func isDay(s string) bool {
	s = strings.TrimSuffix(s, ".")
	return len(s) >= 1 && len(s) <= 2 && strings.Trim(s, "0123456789") == "" && s != "0" && s != "00"
}

func isYear(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == "" && (s[0] == '1' || s[0] == '2')
}

// isNumericDate reports a date written in digits with its year: 01.04.2022,
// 1/4/2022, 2022-04-01.
func isNumericDate(s string) bool {
	for _, sep := range []string{".", "/", "-"} {
		parts := strings.Split(s, sep)
		if len(parts) != 3 {
			continue
		}
		if isYear(parts[2]) && isDay(parts[0]) && isDay(parts[1]) ||
			isYear(parts[0]) && isDay(parts[1]) && isDay(parts[2]) {
			return true
		}
	}
	return false
}

// isISODateTime reports an ISO 8601 date and time of day in one token,
// folded to lower case: "2022-08-11t11:45:28.893z", "2024-05-14t18:30+02:00".
func isISODateTime(s string) bool {
	date, clock, ok := strings.Cut(s, "t")
	if !ok || len(date) != 10 || len(clock) < 5 || date[4] != '-' || !isNumericDate(date) {
		return false
	}
	return isClockTime(clock[:5])
}

// isClockTime reports a time of day: "3:57", "15:57", "15.57", "15h57".
func isClockTime(s string) bool {
	i := strings.IndexAny(s, ":.h")
	if i < 1 || i > 2 || len(s)-i-1 != 2 {
		return false
	}
	h, m := s[:i], s[i+1:]
	return strings.Trim(h, "0123456789") == "" && strings.Trim(m, "0123456789") == "" &&
		(len(h) == 1 || h <= "23") && m < "60"
}

// trailingCredit finds a credit that ends a caption-like paragraph after its
// last sentence ("... in Berlin. Photo: dpa", "... | Source: WELT/Jane Doe"):
// a credit label of the lists and a short name, no description, or a name
// and an agency after a slash ("... in Hanau. Michael Brandt/dpa").
func (set *phraseSet) trailingCredit(line string, toks []FurnitureToken, loc *textdoc.Locale) (shapeMatch, bool) {
	for k := len(toks) - 2; k >= 3; k-- {
		if len(toks)-k > 12 {
			break
		}
		if !endsSentenceToken(line[toks[k-1].Start:toks[k-1].End]) {
			continue
		}
		// A name and an agency without a label: "... in Hanau. Michael
		// Brandt/dpa".
		if len(toks)-k <= 6 && set.nameAgency(line, toks[k:]) {
			start := toks[k].Start
			return shapeMatch{What: "credit", Start: start, End: toks[len(toks)-1].End,
				CutStart: trimSpaceLeft(line, start), CutEnd: len(line)}, true
		}
		for _, e := range set.ByFirst[tokenKey(toks[k].Text)] {
			n := len(e.Tokens)
			if e.Kind != creditPhrase || k+n >= len(toks) || len(toks)-k-n > 8 {
				continue
			}
			match := true
			for i, w := range e.Tokens {
				match = match && tokenEqual(w, toks[k+i].Text)
			}
			if !match || describes(toks[k+n:]) || readsLikeText(line, toks, k+n, loc) {
				continue
			}
			// A quoted title is a citation ("Source: \"Employment Report
			// 2022\""), part of the caption's text.
			if r, _ := textutil.FirstRune(line[toks[k+n].Start:]); unicode.Is(unicode.Pi, r) || r == '"' || r == '«' || r == '„' {
				continue
			}
			// The credit names someone: it starts with a capital, a digit or
			// an agency in lower case ("dpa"), never with a plain word.
			if first := line[toks[k+n].Start:toks[k+n].End]; StartsLowerCase(first) && !set.isAgency(toks[k+n:]) {
				continue
			}
			start := toks[k].Start
			return shapeMatch{What: "credit", Start: start, End: toks[len(toks)-1].End,
				CutStart: trimSpaceLeft(line, start), CutEnd: len(line)}, true
		}
	}
	return shapeMatch{}, false
}

// nameAgency reports whether toks are a credit without a label: two to
// four capitalised names, a slash and a news or photo agency of the lists
// to the end ("Kay Nietfeld / dpa", "Michael Kappeler/dpa").
func (set *phraseSet) nameAgency(line string, toks []FurnitureToken) bool {
	names := 0
	var rest []FurnitureToken
	for i, t := range toks {
		raw := line[t.Start:t.End]
		if raw == "/" {
			rest = toks[i+1:]
			break
		}
		name, after, glued := strings.Cut(raw, "/")
		if !isNamePart(name) {
			return false
		}
		names++
		if glued {
			rest = toks[i+1:]
			if after != "" {
				rest = append([]FurnitureToken{{Text: foldToken(after), Start: t.Start + len(name) + 1, End: t.End}}, rest...)
			}
			break
		}
	}
	return names >= 2 && names <= 4 && len(rest) > 0 && set.agencyIs(rest)
}

// imageFileName reports whether toks are the name of an image file, a
// line a crawler took from an image's caption or link: "Al-Khwarizmi
// portrait.jpg", "File:Map of Europe.svg". A line that ends in a full
// stop is a sentence that names a file.
func imageFileName(line string, toks []FurnitureToken) bool {
	if r, _ := textutil.LastRune(strings.TrimRightFunc(line, unicode.IsSpace)); !unicode.IsLetter(r) {
		return false
	}
	last := toks[len(toks)-1].Text
	dot := strings.LastIndexByte(last, '.')
	if dot < 1 {
		return false
	}
	switch last[dot+1:] {
	case "jpg", "jpeg", "png", "gif", "svg", "webp", "tif", "tiff":
	default:
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if r, _ := textutil.LastRune(t.Text); r == '.' || r == '!' || r == '?' {
			return false // a sentence that names a file
		}
	}
	return true
}

// isNamePart reports whether s is a part of a person's name: a capital
// and lower-case letters, with inner hyphens or apostrophes ("Jean-Luc",
// "O'Neill"), or an initial ("J.").
func isNamePart(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	if s[n:] == "." {
		return true
	}
	lower := false
	for _, r := range s[n:] {
		switch {
		case unicode.IsLower(r):
			lower = true
		case r == '-' || r == '\'' || r == '’' || unicode.IsUpper(r):
		default:
			return false
		}
	}
	return lower
}

// isAgency reports whether toks start with a news or photo agency of the
// lists ("dpa", "dpa/AFP", "picture alliance").
func (set *phraseSet) isAgency(toks []FurnitureToken) bool { return set.agency(toks, false) }

// agencyIs reports whether toks are, whole, an agency of the lists.
func (set *phraseSet) agencyIs(toks []FurnitureToken) bool { return set.agency(toks, true) }

// agency reports whether toks start with an agency of the lists, or, with
// whole, are one.
func (set *phraseSet) agency(toks []FurnitureToken, whole bool) bool {
	for _, e := range set.ByFirst[tokenKey(toks[0].Text)] {
		if e.Kind != LinePhrase || len(e.Tokens) > len(toks) || whole && len(e.Tokens) != len(toks) || !strings.HasPrefix(e.Origin, "agencies.txt:") {
			continue
		}
		match := true
		for i, w := range e.Tokens {
			match = match && tokenEqual(w, toks[i].Text)
		}
		if match {
			return true
		}
	}
	return false
}

// trimSpaceLeft moves i back over the white space before it.
func trimSpaceLeft(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// endsSentenceToken reports whether a token ends a sentence or a caption
// part: a final ".", "!" or "?" (before closing quotes or brackets), or a bar
// or dash of its own.
func endsSentenceToken(s string) bool {
	if s == "|" || s == "–" || s == "—" {
		return true
	}
	if n := len(s); n > 0 {
		if c := s[n-1]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != ')' && c != ']' {
			// No closing mark to trim, as with most tokens: the
			// answer is read off the last byte.
			switch c {
			case '!', '?':
				return true
			case '.':
				return utf8.RuneCountInString(s[:n-1]) >= 2
			}
			return false
		}
	}
	s = strings.TrimRight(s, "\"”»’')]")
	r, _ := textutil.LastRune(s)
	if r == '!' || r == '?' {
		return true
	}
	if r != '.' {
		return false
	}
	// An initial ("J.") ends no sentence.
	word := strings.TrimSuffix(s, ".")
	return utf8.RuneCountInString(word) >= 2
}

// sectionSuffix finds the name of a site section after a page title ("...
// and Documenta – Culture", "... | Politics"): the crawler kept the title as
// the page's head showed it.
func (set *phraseSet) sectionSuffix(line string, toks []FurnitureToken) (shapeMatch, bool) {
	for k := len(toks) - 2; k >= 2 && len(toks)-k <= 4; k-- {
		if !isDashToken(toks[k].Text) {
			continue
		}
		var name []string
		for _, t := range toks[k+1:] {
			name = append(name, strings.TrimRight(t.Text, ".,"))
		}
		if !set.sections[strings.Join(name, " ")] {
			return shapeMatch{}, false
		}
		start := toks[k].Start
		return shapeMatch{What: "section name", Start: start, End: toks[len(toks)-1].End,
			CutStart: trimSpaceLeft(line, start), CutEnd: len(line)}, true
	}
	return shapeMatch{}, false
}

// matchWild reports whether the paragraph tokens toks are the phrase tokens
// pat, a "*" standing for one to wildMaxTokens tokens.
func matchWild(pat []string, toks []FurnitureToken) bool {
	if len(pat) == 0 {
		return len(toks) == 0
	}
	if pat[0] != "*" {
		if len(toks) == 0 {
			return false
		}
		return tokenEqual(pat[0], toks[0].Text) && matchWild(pat[1:], toks[1:])
	}
	for n := 1; n <= wildMaxTokens && n <= len(toks); n++ {
		if matchWild(pat[1:], toks[n:]) {
			return true
		}
	}
	return false
}

// MatchSentences matches furniture of two or more sentences, each of them an
// entry of the lists ("Your email address will not be published. Required
// fields are marked *"): a prefix entry alone would take the second sentence
// for running text.
func (set *phraseSet) MatchSentences(line string, toks []FurnitureToken, maxWords int, loc *textdoc.Locale) (phraseMatch, bool) {
	var first phraseMatch
	start, n := 0, 0
	for i := range toks {
		if i < len(toks)-1 && !endsSentenceToken(line[toks[i].Start:toks[i].End]) {
			continue
		}
		piece := toks[start : i+1]
		words := 0
		for _, t := range piece {
			if HasLetterRune(t.Text) {
				words++
			}
		}
		m, ok := set.Match(line, piece, words, maxWords, loc)
		if !ok || m.teaser {
			return phraseMatch{}, false
		}
		if n == 0 {
			first = m
		}
		start, n = i+1, n+1
	}
	if n < 2 {
		return phraseMatch{}, false
	}
	first.n = len(toks)
	return first, true
}
