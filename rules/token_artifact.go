package rules

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/quotes"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// TokenArtifact finds what a neural MT engine's tokenizer leaves in its
// output: unknown-token and subword markers, escaped entities, and the
// spacing of a detokenizer that put the pieces of a word back wrongly.
var TokenArtifact = &checker.Rule{
	ID:    "token-artifact",
	Title: "tokenizer leftovers: unknown-token and subword markers, detokenisation spacing",
	Doc: `Neural MT engines cut text into subword pieces and put it back together. When that
goes wrong, the pieces show:

  - unknown-token markers: "⁇" (how SentencePiece renders a piece it cannot map, as in
    "⁇ hnliches" for "Ähnliches"), "<unk>", "[UNK]", "<pad>", "</s>", "<|endoftext|>";
    subword markers: SentencePiece's word-start mark "▁" next to a letter, and BPE's
    joiner "@@" at the end of a word piece ("transl@@ ation");
  - HTML entities written out in the text ("&lt;", "&quot;", "&#39;"): text escaped
    twice, or escaped text shown as plain text;
  - a geometric symbol standing alone between two words of a sentence ("the ○ city"),
    a character the engine put in for one it could not render;
  - detokenisation spacing: a hyphen spaced inside a compound ("green - headed",
    "state - of - the - art", "e - mail", in English also "world - leading", "seven -
    fold", "de - escalation", a compound of WordNet or of common news English
    ("well - being", "in - depth"), a pair of roles ("father - daughter"), names
    before a relation ("the Vietnam - Brunei talks", "China - Philippines relations"),
    a hyphenated name ("Agence France - Presse", "Kim Jong - un"), a US party and state
    ("(R - GA)"), in German "die Biden - Regierung", "als Labour - Kandidat ausgewählt",
    "ein 16 - Jähriger", "Anti - Terror", "die Corbyn - unterstützenden Abgeordneten",
    "CBN - Gouverneur Godwin Emefiele", "„Kreditgeber - Uhr“", "Rettungs - Hubschrauber",
    "US - amerikanische Forscher", "der Tennis - WM"), a compound's hyphen spaced on
    one side ("Telegram -kanaal", "Atari -Videospiel"), a spaced degree sign ("44 ° C"), spaces
    inside parentheses ("( single )", and on one side, "(General American )", as info) or
    curly quotation marks ("“ Las tropas ”", "„ Die Truppen “"; not in French) or a
    footnote mark ("[ 11 ]"; on one side, "[ 11]", as info), a spaced apostrophe ("don ' t",
    "citizens ' requirements", "it 's", French and Italian "l ' homme"), and, in
    languages that write ordinals with a period (German, Polish), an ordinal glued to
    the next word ("18.Dynastie" for "18. Dynastie").

Markers and entities are errors; spacing is a warning (a parenthesis spaced on one
side is info, as a double space is; so is a quotation spaced on one side). Left alone: a spaced hyphen
used as a dash ("the talks - which began in May - ended", "prices were high - tech
stocks fell", "the game - like one of his predecessors", "England were 31-4 - still short") or between the parts of a title or a dateline ("Hanoi - The visit",
"Hanoi - China trade grew", "(Reuters) -The"), a hyphen that opens an aside
closed by another glued to a word in the same sentence, as Spanish writes dashes
("del metro -esa obra llamada L-10- a su barrio"), a German dash between
clauses or before an aside or a list ("Brand in Wohnhaus - Feuerwehr rettet Katzen",
"mit Freunden - Anna war auch dabei", "die Wahl - Schmidt oder Weber?"), a German
pairing ("das Spiel Leipzig - Hannover 96", "die Strecke Berlin - Hamburg"), a hyphen for a shared part
("Import und -export"), a suffix named as such ("the suffix -ness"), options in texts about
code, "44 °C" and "44° C", French
spacing before ; : ! ? and inside « », list bullets at the start of a line, "1.FC"
(an abbreviation follows), decimals and versions ("3.5", "v1.2"), and the space before
a comma or period, which space-before-punctuation reports.`,
	Bad:      "The green - headed duck ⁇ nests near the lake when it is 44 ° C.",
	Good:     "The green-headed duck nests near the lake when it is 44 °C.",
	Severity: checker.Warning,
	Locale:   true,
	Check:    checkTokenArtifact,
}

// tokenMarkers are the special tokens of common MT and language-model
// vocabularies that must never reach a reader.
var tokenMarkers = []string{
	"<unk>", "<UNK>", "[UNK]", "<pad>", "<PAD>", "[PAD]", "<mask>", "[MASK]",
	"</s>", "<eos>", "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|eot_id|>",
}

// compoundTails are the second parts of English compounds that a
// detokenizer splits off with a spaced hyphen ("green - headed"). The
// participles among them also start a clause after a dash ("- based on"),
// so a preposition after them means a dash; numberTails follow a number
// ("ten - year - old", "5 - day").
var (
	compoundTails = textutil.WordSet("headed based like free related owned led made wide level style known sized scale born friendly oriented driven backed linked funded controlled speaking making looking haired eyed faced minded sided shaped coloured colored winning intensive proof prone stricken ridden torn")
	numberTails   = textutil.WordSet("year years old day days week weeks month months hour hours minute minutes storey story point member seat metre meter kilometre kilometer time way fold")
	clauseWords   = textutil.WordSet("by on in as at from with to for of into under over and or but the a an this that these those his her its their our my your he she it they we you i there which who what when where while after before during since until through beyond is are was were has have had will would can could may might must should not no")
	// softPrefixes are words that stand before a hyphen in compounds
	// ("high-tech", "all-optical") but can also end a clause before a
	// dash ("prices were high - the"): they count only between two
	// lower-case words that start no clause.
	softPrefixes = textutil.WordSet("high low all well full half long short cross part far near top post")
)

// elisions are the French and Italian words that end in an apostrophe and
// join the next word ("l'homme", "dell'anno").
var elisions = textutil.WordSet("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu dell dall nell sull all coll un quell quest bell sant")

// letterWords are one-letter words of each language, which may stand before
// a dash ("a - b" is no split compound "e - mail").
var letterWords = map[string]string{
	"en": "aio", "fr": "aày", "es": "aeouy", "it": "aeio", "pt": "aeo", "nl": "", "de": "",
	"pl": "aiouwz", "ru": "", "sv": "io", "da": "iå", "no": "iå",
}

var (
	bpeJoiner    = regexp.MustCompile(`\pL@@(\s|$)`)
	entityRE     = regexp.MustCompile(`&(lt|gt|amp|quot|apos|nbsp|#[0-9]{2,5}|#[xX][0-9a-fA-F]{2,4});`)
	spacedDegree = regexp.MustCompile(`\d[ \x{a0}]+°[ \x{a0}]+[CFK]\b`)
	spacedParens = regexp.MustCompile(`\( [^()\n]{1,60}? \)`)
	// halfSpacedParens are parentheses spaced on one side only: "(GenAm
	// )", "( Reuters)".
	// spacedCitation is a wiki's footnote mark with a space inside: "[ 11]".
	spacedCitation   = regexp.MustCompile(`\[([ \x{a0}]*)\d{1,3}([ \x{a0}]*)\]`)
	halfSpacedParens = regexp.MustCompile(`\([^()\s][^()\n]{0,59}?[ \x{a0}]+\)|\([ \x{a0}]+[^()\n]{0,59}?[^()\s]\)`)
	spacedApos       = regexp.MustCompile(`\pL[ \x{a0}]+['’][ \x{a0}]+\pL`)
	splitTail        = regexp.MustCompile(`\pL[ \x{a0}]+['’](t|s|re|ve|ll|d|m)\b|\pL['’][ \x{a0}]+(t|s|re|ve|ll|d|m)\b`)
	elisionRE        = regexp.MustCompile(`(?i)\b(\pL+)[ \x{a0}]*['’][ \x{a0}]*\pL`)
	gluedOrdinal     = regexp.MustCompile(`\d{1,3}\.\p{Lu}\p{Ll}{2,}`)
	isolatedSymbol   = regexp.MustCompile(`\pL[ \x{a0}]?[\x{25a0}-\x{25ff}][ \x{a0}]?\pL`)
)

// spacedHyphens reports whether t holds " -" (half) and " - " (full). It
// looks from the hyphens, which are rarer than spaces.
func spacedHyphens(t string) (half, full bool) {
	for i := strings.IndexByte(t, '-'); i >= 0; {
		if i > 0 && t[i-1] == ' ' {
			half = true
			if i+1 < len(t) && t[i+1] == ' ' {
				return true, true
			}
		}
		j := strings.IndexByte(t[i+1:], '-')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return half, false
}

func checkTokenArtifact(p *checker.Pass) error {
	lang := p.Locale.Lang
	// Texts about code write options with a leading hyphen ("find -name").
	code := p.Doc.SegmentList() || textutil.MentionsCode(p.Doc)
	for _, b := range p.Doc.Blocks {
		t := b.Text
		report := func(s textdoc.Span, sev checker.Severity, msg, sugg string) {
			p.ReportSeverity(b, s, sev, msg, sugg)
		}
		// The characters starting with the byte E2 are looked for in one
		// pass: the curly quotes and dashes of most texts start with it too.
		marks := e2Marks(t)
		// Markers.
		if marks&markUnknown != 0 {
			for i := strings.Index(t, "⁇"); i >= 0; {
				report(textdoc.Span{Start: i, End: i + len("⁇")}, checker.Error, "unknown-token marker ⁇ (a character the MT engine could not map)", "restore the lost characters")
				j := strings.Index(t[i+1:], "⁇")
				if j < 0 {
					break
				}
				i += 1 + j
			}
		}
		if strings.IndexByte(t, '<') >= 0 || strings.IndexByte(t, '[') >= 0 {
			for _, m := range tokenMarkers {
				for off := 0; ; {
					i := strings.Index(t[off:], m)
					if i < 0 {
						break
					}
					report(textdoc.Span{Start: off + i, End: off + i + len(m)}, checker.Error, "special token "+m+" of an MT or language model", "restore the lost text")
					off += i + len(m)
				}
			}
		}
		if marks&markPiece != 0 {
			for off := 0; ; {
				i := strings.Index(t[off:], "▁")
				if i < 0 {
					break
				}
				i += off
				off = i + len("▁")
				before, _ := utf8.DecodeLastRuneInString(t[:i])
				after, _ := utf8.DecodeRuneInString(t[off:])
				if unicode.IsLetter(before) || unicode.IsLetter(after) {
					report(textdoc.Span{Start: i, End: off}, checker.Error, "SentencePiece word-start marker ▁", "remove it")
				}
			}
		}
		if strings.Contains(t, "@@") {
			for _, m := range bpeJoiner.FindAllStringIndex(t, -1) {
				_, n := utf8.DecodeRuneInString(t[m[0]:])
				report(textdoc.Span{Start: m[0] + n, End: m[0] + n + 2}, checker.Error, "BPE subword joiner @@", "join the word pieces")
			}
		}
		if strings.Contains(t, "&") && strings.Contains(t, ";") {
			for _, m := range entityRE.FindAllStringIndex(t, -1) {
				report(textdoc.Span{Start: m[0], End: m[1]}, checker.Error, "HTML entity "+t[m[0]:m[1]]+" written out in the text", "the character it stands for")
			}
		}
		if marks&markGeometric != 0 {
			for _, m := range isolatedSymbol.FindAllStringIndex(t, -1) {
				s := symbolSpan(t, m[0], m[1])
				report(s, checker.Warning, "stray symbol "+t[s.Start:s.End]+" inside a sentence", "remove it or restore the word")
			}
		}
		// Detokenisation spacing.
		if strings.Contains(t, "°") {
			for _, m := range spacedDegree.FindAllStringIndex(t, -1) {
				s := textdoc.Span{Start: m[0] + 1, End: m[1]}
				unit := t[m[1]-1 : m[1]]
				report(s, checker.Warning, "spaced degree sign", " °"+unit)
			}
		}
		if strings.Contains(t, "( ") {
			for _, m := range spacedParens.FindAllStringIndex(t, -1) {
				if textutil.HasLetter(t[m[0]:m[1]]) {
					inner := strings.TrimSpace(t[m[0]+1 : m[1]-1])
					report(textdoc.Span{Start: m[0], End: m[1]}, checker.Warning, "spaces inside parentheses", "("+inner+")")
				}
			}
		}
		if strings.Contains(t, "( ") || spaceBefore(t, ')') || strings.Contains(t, "\u00a0)") {
			for _, m := range halfSpacedParens.FindAllStringIndex(t, -1) {
				if textutil.HasLetter(t[m[0]:m[1]]) {
					inner := strings.Trim(t[m[0]+1:m[1]-1], " \u00a0")
					// A space on one side only is also a typing slip, worth
					// a look like a double space.
					report(textdoc.Span{Start: m[0], End: m[1]}, checker.Info, "space inside parentheses", "("+inner+")")
				}
			}
		}
		if strings.Contains(t, "[ ") || spaceBefore(t, ']') {
			for _, m := range spacedCitation.FindAllStringSubmatchIndex(t, -1) {
				left, right := m[3] > m[2], m[5] > m[4]
				if !left && !right {
					continue
				}
				s := textdoc.Span{Start: m[0], End: m[1]}
				sugg := "[" + strings.Trim(t[m[0]+1:m[1]-1], " \u00a0") + "]"
				if left && right {
					report(s, checker.Warning, "spaces inside a footnote mark", sugg)
				} else {
					report(s, checker.Info, "space inside a footnote mark", sugg)
				}
			}
		}
		if spacedApostrophe(t) {
			reportApostrophes(t, lang, report)
		}
		if !p.Locale.SpaceBeforeHighPunct && marks&markSpacedQuote != 0 {
			reportSpacedQuotes(t, b.Verbatim(), lang, report)
		}
		half, full := spacedHyphens(t)
		if full {
			reportSpacedHyphens(t, lang, report)
		}
		if half && !code {
			reportHalfSpacedHyphens(t, report)
		}
		if p.Locale.OrdinalDot && digitDotCapital(t) {
			for _, m := range gluedOrdinal.FindAllStringIndex(t, -1) {
				if m[0] > 0 {
					r, _ := utf8.DecodeLastRuneInString(t[:m[0]])
					if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '/' || r == ',' {
						continue // "3.1.Bauen", "v2.Release", a path
					}
				}
				dot := m[0] + strings.IndexByte(t[m[0]:m[1]], '.')
				if strings.ContainsAny(t[m[1]:min(m[1]+1, len(t))], ".@/") {
					continue // a domain or file name
				}
				report(textdoc.Span{Start: m[0], End: m[1]}, checker.Warning, "ordinal without a space before its word", t[m[0]:dot+1]+" "+t[dot+1:m[1]])
			}
		}
	}
	return nil
}

// digitDotCapital reports whether t has a digit, a period and an
// upper-case letter in a row, which a glued ordinal needs.
func digitDotCapital(t string) bool {
	for i := strings.IndexByte(t, '.'); i >= 0; {
		if i > 0 && i+1 < len(t) && t[i-1] >= '0' && t[i-1] <= '9' {
			if r, _ := utf8.DecodeRuneInString(t[i+1:]); unicode.IsUpper(r) {
				return true
			}
		}
		j := strings.IndexByte(t[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// The marks e2Marks finds.
const (
	markUnknown     = 1 << iota // the unknown-token marker ⁇
	markPiece                   // the SentencePiece marker ▁
	markGeometric               // a character of the Geometric Shapes block
	markSpacedQuote             // "“ ", "„ ", " ”" or " “"
)

// e2Marks reports which of the characters checkTokenArtifact looks for
// that start with the byte E2 t holds, byte for byte as a search for each
// would find them. A character of the Geometric Shapes block (U+25A0 to
// U+25FF) starts with the bytes E2 96 or E2 97 in UTF-8.
func e2Marks(t string) (marks int) {
	for i := strings.IndexByte(t, 0xe2); i >= 0; {
		if i+2 < len(t) {
			switch c := t[i+2]; t[i+1] {
			case 0x96:
				marks |= markGeometric
				if c == 0x81 {
					marks |= markPiece
				}
			case 0x97:
				marks |= markGeometric
			case 0x81:
				if c == 0x87 {
					marks |= markUnknown
				}
			case 0x80:
				spaceAfter := i+3 < len(t) && t[i+3] == ' '
				spaceBefore := i > 0 && t[i-1] == ' '
				if c == 0x9c && (spaceAfter || spaceBefore) || c == 0x9e && spaceAfter || c == 0x9d && spaceBefore {
					marks |= markSpacedQuote
				}
			}
		} else if i+1 < len(t) && (t[i+1] == 0x96 || t[i+1] == 0x97) {
			marks |= markGeometric
		}
		j := strings.IndexByte(t[i+1:], 0xe2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return marks
}

// spaceBefore reports whether t holds a space followed by the byte c, as
// strings.Contains(t, " "+string(c)) would, but searching for the rarer c.
func spaceBefore(t string, c byte) bool {
	for i := strings.IndexByte(t, c); i >= 0; {
		if i > 0 && t[i-1] == ' ' {
			return true
		}
		j := strings.IndexByte(t[i+1:], c)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// symbolSpan narrows a match of isolatedSymbol to the symbol.
func symbolSpan(t string, start, end int) textdoc.Span {
	for i, r := range t[start:end] {
		if r >= 0x25a0 && r <= 0x25ff {
			return textdoc.Span{Start: start + i, End: start + i + utf8.RuneLen(r)}
		}
	}
	return textdoc.Span{Start: start, End: end}
}

// spacedApostrophe reports whether t has an apostrophe with a space on
// either side, which every pattern of reportApostrophes needs.
func spacedApostrophe(t string) bool {
	for _, a := range []string{"'", "’"} {
		for off := 0; ; {
			i := strings.Index(t[off:], a)
			if i < 0 {
				break
			}
			i += off
			off = i + len(a)
			if i > 0 && isInlineSpace(lastRuneOf(t[:i])) || off < len(t) && isInlineSpace(firstRuneOf(t[off:])) {
				return true
			}
		}
	}
	return false
}

// splitTailGate reports whether t has an apostrophe with a space before
// or after it next to a letter that can start an English contraction's
// tail (t, s, re, ve, ll, d, m), which splitTail needs.
func splitTailGate(t string) bool {
	for _, a := range []string{" '", " ’", "' ", "’ "} {
		for off := 0; ; {
			i := strings.Index(t[off:], a)
			if i < 0 {
				break
			}
			i += off + len(a)
			off = i
			if i < len(t) && strings.IndexByte("tsrvldm", t[i]) >= 0 {
				return true
			}
		}
	}
	return false
}

// reportApostrophes reports apostrophes with spaces around them that a
// detokenizer left: "don ' t", "citizens ' requirements", "it 's", and in
// French and Italian "l ' homme".
func reportApostrophes(t, lang string, report func(textdoc.Span, checker.Severity, string, string)) {
	done := -1
	// Without an apostrophe spaced on both sides the pattern cannot match,
	// and the regexp is not run.
	if strings.Contains(t, " ' ") || strings.Contains(t, " ’ ") || strings.Contains(t, "\u00a0") {
		for _, m := range spacedApos.FindAllStringIndex(t, -1) {
			_, n := utf8.DecodeRuneInString(t[m[0]:])
			_, e := utf8.DecodeLastRuneInString(t[:m[1]])
			s := textdoc.Span{Start: m[0] + n, End: m[1] - e}
			report(s, checker.Warning, "spaced apostrophe", strings.TrimSpace(t[s.Start:s.End]))
			done = s.End
		}
	}
	switch lang {
	case "en":
		if !splitTailGate(t) {
			return
		}
		for _, m := range splitTail.FindAllStringIndex(t, -1) {
			if m[0] < done {
				continue
			}
			if m[1] < len(t) && (t[m[1]] == '-' || t[m[1]] == '\'') {
				continue // "students' t-shirts", "the letter 's'"
			}
			_, n := utf8.DecodeRuneInString(t[m[0]:])
			s := textdoc.Span{Start: m[0] + n, End: m[1]}
			report(s, checker.Warning, "contraction split by a space", strings.ReplaceAll(strings.ReplaceAll(t[s.Start:s.End], " ", ""), "\u00a0", ""))
		}
	case "fr", "it":
		for _, sm := range elisionRE.FindAllStringSubmatchIndex(t, -1) {
			whole := t[sm[0]:sm[1]]
			if !strings.ContainsAny(whole, " \u00a0") || sm[0] < done || !elisions[strings.ToLower(t[sm[2]:sm[3]])] {
				continue
			}
			if sm[2] > 0 {
				if r, _ := utf8.DecodeLastRuneInString(t[:sm[2]]); unicode.IsLetter(r) {
					continue
				}
			}
			_, e := utf8.DecodeLastRuneInString(whole)
			s := textdoc.Span{Start: sm[3], End: sm[1] - e}
			report(textdoc.Span{Start: sm[2], End: sm[1]}, checker.Warning, "elided word split from the next by a space", t[sm[2]:sm[3]]+strings.TrimSpace(t[s.Start:s.End])+t[sm[1]-e:sm[1]])
		}
	}
}

// reportSpacedHyphens reports a hyphen with a space on each side inside a
// compound: a chain of short lower-case words ("state - of - the - art",
// "ten - year - old"), a one-letter prefix ("e - mail"), or in English a
// known second part of a compound ("green - headed").
func reportSpacedHyphens(t, lang string, report func(textdoc.Span, checker.Severity, string, string)) {
	// The links of a chain are merged into one finding.
	var spans []textdoc.Span
	var suggestions []string
	defer func() {
		for i, s := range spans {
			report(s, checker.Warning, "spaced hyphen inside a compound", suggestions[i])
		}
	}()
	for off := 0; ; {
		k := strings.Index(t[off:], " - ")
		if k < 0 {
			break
		}
		k += off
		off = k + 1
		m, ok := hyphenLink(t, k)
		if !ok {
			continue
		}
		left, right := t[m[2]:m[3]], t[m[4]:m[5]]
		if m[2] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:m[2]]); r == '.' {
				continue
			}
		}
		// German writes the inner parts of a chain capitalised ("Ost -
		// West - Konflikt").
		inner := isShortLower
		if lang == "de" {
			inner = func(w string) bool { return utf8.RuneCountInString(w) <= 12 && textutil.HasLetter(w) }
		}
		chain := false
		rest := t[m[5]:]
		if strings.HasPrefix(rest, " - ") && inner(right) {
			chain = true
		}
		if !chain && m[2] >= 3 && strings.HasSuffix(t[:m[2]], " - ") {
			prev := t[:m[2]-3]
			if i := strings.LastIndexAny(prev, " \t\n"); i >= 0 {
				prev = prev[i+1:]
			}
			chain = inner(left) && prev != "" && textutil.HasLetter(prev)
		}
		// In English, one side is itself part of a hyphenated compound
		// ("year - on-year"), or the left side is a prefix that never ends
		// a clause ("non - farm"). Not in German, whose hyphenated
		// compounds stand on either side of a dash all the time
		// ("Baden-Württemberg - Straßen gesperrt").
		// A score or a range before the hyphen is no compound ("31-4 -
		// still 51 runs short"), nor is a title's part before a capital
		// ("unknown-track - Race 9").
		broken := lang == "en" && (strings.HasPrefix(rest, "-") && len(rest) > 1 && unicode.IsLetter(firstRuneOf(rest[1:])) ||
			m[2] > 1 && t[m[2]-1] == '-' && isWordRune(lastRuneOf(t[:m[2]-1])) && unicode.IsLetter(firstRuneOf(left)) &&
				isLowerWord(right) ||
			prefixes[strings.ToLower(left)])
		// A letter alone: "e - mail", not the end of "B&B - walk up".
		single := utf8.RuneCountInString(left) == 1 && unicode.IsLetter([]rune(left)[0]) &&
			!strings.ContainsRune(letterWords[lang], unicode.ToLower([]rune(left)[0])) && utf8.RuneCountInString(right) >= 3 &&
			(m[2] == 0 || !unicode.IsLetter(lastRuneOf(t[:m[2]])) && lastRuneOf(t[:m[2]]) != '&') && !afterNumber(t[:m[2]])
		tail := false
		if lang == "en" {
			next := strings.TrimLeft(t[m[5]:], " ")
			nextWord := firstWordOf(next)
			// The compound stands before a noun: a lower-case word follows
			// that does not start a clause.
			beforeNoun := nextWord != "" && m[5] < len(t) && t[m[5]] == ' ' && !clauseWords[nextWord] &&
				nextWord == strings.ToLower(nextWord)
			// A noun may be quoted: "the much - vaunted "core tactics"".
			if q := strings.TrimLeft(next, "\"“"); nextWord == "" && len(q) < len(next) && m[5] < len(t) && t[m[5]] == ' ' {
				w := firstWordOf(q)
				beforeNoun = w != "" && !clauseWords[w] && w == strings.ToLower(w)
			}
			// A participle negated by "un" describes after a dash ("125 g
			// sugar - unrefined granulated").
			participle := strings.HasSuffix(right, "ed") && utf8.RuneCountInString(right) >= 5 && right == strings.ToLower(right) &&
				!strings.HasPrefix(right, "un")
			// "like" before a pronoun or a number is a preposition ("the
			// game - like one of his predecessors").
			if right == "like" && (objectStarts[nextWord] || spelledNumbers[nextWord] || clauseWords[nextWord]) {
				continue
			}
			// A capitalised first part makes a compound before any word
			// that starts no clause, a name too ("Soviet - dominated
			// Eastern Europe", "US - backed forces"); "the President -
			// backed by ..." is a dash.
			proper := textutil.StartsUpper(left) && !textutil.HasInnerCapital(left) && nextWord != "" && m[5] < len(t) && t[m[5]] == ' ' &&
				!clauseWords[strings.ToLower(nextWord)]
			// A known second part before a capitalised word: "the well -
			// known American"; not "like" or "free", which follow a dash
			// ("looked - like Trump").
			beforeName := nextWord != "" && m[5] < len(t) && t[m[5]] == ' ' && textutil.StartsUpper(nextWord) &&
				!clauseWords[strings.ToLower(nextWord)] && right != "like" && right != "free"
			tail = (compoundTails[right] || participle) && (beforeNoun || proper || beforeName) ||
				softPrefixes[strings.ToLower(left)] && (beforeNoun || beforeCompound(t[m[5]:])) && right == strings.ToLower(right) && !clauseWords[right] &&
					!postVerb(left, right) ||
				numberTails[right] && (isDigits(left) || spelledNumbers[strings.ToLower(left)]) ||
				spelledNumbers[strings.ToLower(left)] && beforeNoun && isLowerWord(right) && !clauseWords[right] ||
				englishOrdinal(left) && beforeNoun && ordinalTail(right) ||
				gerundTail(left, right) && beforeNoun && !objectStarts[nextWord] ||
				properPair(t, m, nextWord) && beforeNoun || nameSyllable(t, m) ||
				listedCompound(t, m) || namePair(t, m, nextWord) || rolePair(left, right) || hyphenatedName(t, m)
		}
		if lang == "de" {
			tail = germanCompound(t, m)
		}
		tail = tail && !(lang == "en" && closesDash(t, k, spans)) || usPartyState(t, m)
		if !chain && !single && !tail && !broken {
			continue
		}
		s := textdoc.Span{Start: m[2], End: m[5]}
		if n := len(spans); n > 0 && spans[n-1].End >= s.Start {
			spans[n-1].End = s.End
			suggestions[n-1] += "-" + right
			continue
		}
		spans = append(spans, s)
		suggestions = append(suggestions, left+"-"+right)
	}
}

// closesDash reports whether the spaced hyphen at k closes an aside that a
// spaced hyphen opened earlier in the sentence, one that stands before a
// conjunction or a relative pronoun and so joins no compound: "So another -
// and pretty much predictable - batting collapse". spans are the compounds
// reported so far.
func closesDash(t string, k int, spans []textdoc.Span) bool {
	from := max(0, k-asideMaxBytes)
	j := strings.LastIndex(t[from:k], " - ")
	if j < 0 {
		return false
	}
	j += from
	if strings.ContainsAny(t[j:k], ".!?\n") {
		return false
	}
	if n := len(spans); n > 0 && spans[n-1].End > j {
		return false
	}
	// A dateline's dash opens no aside: "Berlin (dpa) - Die schwarz - gelbe
	// Koalition".
	line := t[strings.LastIndexByte(t[:j], '\n')+1 : j]
	if !hasLowerWord(line) {
		return false
	}
	return asideOpeners[strings.ToLower(firstWordOf(t[j+3:]))]
}

// asideOpeners start an English aside after a dash and are never part of
// a compound, nor a syllable of a name ("Moon Jae - in"). An article starts
// asides as often as it starts a clause after a dash, with compounds
// inside ("in Serie - der Premieren - Grand-Prix").
var asideOpeners = textutil.WordSet("and or but which who whose")

// coordinators are the words before a leading hyphen that stands for a
// compound's shared part ("Textilimport und -export", "in- en -uitvoer"),
// which is right.
var coordinators = textutil.WordSet("und oder bzw sowie beziehungsweise en of and or et ou y o e i und/oder en/of и или та і або a lub oraz")

// reportHalfSpacedHyphens reports a compound's hyphen with a space before it
// and none after, between two words: "Telegram -kanaal", "Atari
// -Videospiel": a detokenizer joined the hyphen to the wrong side. Left alone: a hyphen for a shared part after "und", "and",
// "en" ("Import und -export"), a suffix named in a text about words
// ("the suffix -ness"), minus signs and numbers, and options of a command
// (texts about code are not checked).
func reportHalfSpacedHyphens(t string, report func(textdoc.Span, checker.Severity, string, string)) {
	for off := 0; ; {
		k := strings.Index(t[off:], " -")
		if k < 0 {
			return
		}
		k += off
		off = k + 2
		// After the hyphen: a word of three letters or more, up to a space
		// or punctuation.
		end := k + 2
		for end < len(t) {
			r, n := utf8.DecodeRuneInString(t[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += n
		}
		right := t[k+2 : end]
		if utf8.RuneCountInString(right) < 3 {
			continue
		}
		// An article or a pronoun is no part of a compound: a dash lost its
		// second space ("Berlin -Die Eisbären", "weeded -everything grows"),
		// or a stray hyphen stands before a word ("in -denen").
		if lower := strings.ToLower(right); clauseWords[lower] || germanClauseWords[lower] || germanRelatives[lower] || notParticiples[lower] {
			continue
		}
		if end < len(t) {
			if r, _ := utf8.DecodeRuneInString(t[end:]); r == '-' || unicode.IsDigit(r) || r == '_' {
				continue // "-x-y", a code or an identifier
			}
		}
		// Before the space: a word, or a quotation mark after one
		// ("Yellowstone" -Schauspielerin). Not a bracket: a dateline goes
		// on after one with a dash ("(Reuters) -The").
		start := k
		if start > 0 && t[start-1] == '"' {
			start--
		}
		w := start
		for w > 0 {
			r, n := utf8.DecodeLastRuneInString(t[:w])
			if !unicode.IsLetter(r) {
				break
			}
			w -= n
		}
		left := t[w:start]
		if utf8.RuneCountInString(left) < 2 || coordinators[strings.ToLower(left)] {
			continue
		}
		if w > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:w]); r == '-' || r == '/' || r == '.' || r == '@' || r == '_' {
				continue // a path, an address, a compound's own hyphen
			}
		}
		if suffixMention(t[:start]) || closesAside(t[end:]) {
			continue
		}
		report(textdoc.Span{Start: w, End: end}, checker.Warning, "hyphen of a compound spaced on one side", t[w:k]+"-"+right)
	}
}

// afterNumber reports whether before ends with a number and a space: a
// letter after it is a unit ("4,48 m - beides Vereinsrekord").
func afterNumber(before string) bool {
	before = strings.TrimRight(before, " ")
	return before != "" && unicode.IsDigit(lastRuneOf(before))
}

// asideMaxBytes bounds the length of an aside between hyphens.
const asideMaxBytes = 300

// closesAside reports whether rest, the text after " -word", closes an
// aside with a hyphen glued to the end of its last word, as Spanish and
// Portuguese journalism write a dash: "las FARC -hoy desmovilizados en el
// marco de un acuerdo- firmaron", "del metro -esa entelequia llamada L-10-
// a su territorio". The closing hyphen is in the same sentence, within
// asideMaxBytes.
func closesAside(rest string) bool {
	// An aside is short: looking further would make a paragraph of many
	// half-spaced hyphens cost the square of its length.
	rest = rest[:min(len(rest), asideMaxBytes)]
	for i := 1; i < len(rest); i++ {
		if strings.IndexByte(".!?;\n", rest[i]) >= 0 && (i+1 == len(rest) || rest[i+1] == ' ' || rest[i+1] == '\n') {
			return false // the sentence ended first
		}
		if rest[i] != '-' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:i])
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) {
			continue
		}
		if i+1 == len(rest) {
			return true
		}
		if after, _ := utf8.DecodeRuneInString(rest[i+1:]); unicode.IsSpace(after) || strings.ContainsRune(".,;:)»\"", after) {
			return true
		}
	}
	return false
}

// suffixMention reports whether the text before a word ends with a word that
// names what follows as a piece of a word ("the suffix -ness", "die Endung
// -ung").
func suffixMention(before string) bool {
	// Only the last word matters: lower-casing all the text before would
	// cost a paragraph of many half-spaced hyphens the square of its length.
	before = strings.TrimRight(before, " ")
	before = strings.ToLower(before[max(0, len(before)-32):])
	for _, w := range []string{"suffix", "suffixes", "ending", "endings", "endung", "endungen", "suffixe", "terminaison", "sufijo", "suffisso", "achtervoegsel", "uitgang"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// beforeCompound reports whether rest, the text after a compound's second
// part, coordinates it with a hyphenated compound: " and knowledge-intensive
// industry", " or low-cost": the first is a compound too ("high - tech and
// knowledge-intensive"), not a clause broken by a dash.
func beforeCompound(rest string) bool {
	for _, c := range []string{" and ", " or "} {
		if after, ok := strings.CutPrefix(rest, c); ok {
			w := after
			if i := strings.IndexAny(w, " ,.;:"); i >= 0 {
				w = w[:i]
			}
			a, b, ok := strings.Cut(w, "-")
			return ok && len(a) > 1 && len(b) > 1 && a == strings.ToLower(a) && b == strings.ToLower(b) &&
				textutil.HasLetter(a) && textutil.HasLetter(b)
		}
	}
	return false
}

// properPair reports whether the words either side of the spaced hyphen at
// m are two capitalised words inside running text that modify the
// lower-case word next after them, a noun: "the Vietnam - Brunei
// cooperation", "and Iranian - French scholar". Running text means a
// lower-case word before them: a title's parts ("Economic Observer -
// Professional news website") and a dateline ("Hanoi - The visit") are
// separated by a spaced hyphen as a dash. A past tense next is a clause
// after a dash ("Arsenal - Chelsea ended 2-1"); acronyms are left alone.
func properPair(t string, m [6]int, next string) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	capitalised := func(w string) bool {
		return utf8.RuneCountInString(w) >= 3 && textutil.StartsUpper(w) && !textutil.HasInnerCapital(w) &&
			!textutil.IsAllUpper(w) && !clauseWords[strings.ToLower(w)]
	}
	if !capitalised(left) || !capitalised(right) || strings.HasSuffix(next, "ed") || m[2] < 2 || t[m[2]-1] != ' ' {
		return false
	}
	before := strings.TrimRight(t[:m[2]-1], " ")
	prev := before[strings.LastIndexAny(before, " \t\n")+1:]
	return prev != "" && textutil.HasLetter(prev) && prev == strings.ToLower(prev) && asciiLetters(prev)
}

// nameSyllable reports whether the spaced hyphen at m joins the syllables
// of an East Asian given name, written with a hyphen in English: "Kim Jong
// - un", "Ri Sol - ju", "Tsai Mei - na". The first syllable is capitalised
// and follows a capitalised family name; the second is one to five
// lower-case letters that are no English word, and the name ends there.
func nameSyllable(t string, m [6]int) bool {
	left, right := t[m[2]:m[3]], t[m[4]:m[5]]
	if n := utf8.RuneCountInString(left); n < 2 || n > 6 || !textutil.StartsUpper(left) || textutil.HasInnerCapital(left) {
		return false
	}
	if n := len(right); n < 1 || n > 5 || right != strings.ToLower(right) || !asciiLetters(right) ||
		clauseWords[right] || shortEnglish[right] || englishLexicon().has(right) {
		return false
	}
	if m[5] < len(t) {
		if r := firstRuneOf(t[m[5]:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return false
		}
	}
	// The family name: a capitalised word right before, after a space.
	if m[2] < 2 || t[m[2]-1] != ' ' {
		return false
	}
	before := t[:m[2]-1]
	i := strings.LastIndexAny(before, " \t\n(\"“")
	family := before[i+1:]
	return textutil.StartsUpper(family) && !textutil.HasInnerCapital(family) && utf8.RuneCountInString(family) <= 8 &&
		asciiLetters(family)
}

// asciiLetters reports whether w is ASCII letters only.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return w != ""
}

// shortEnglish are the English words of one and two letters, which the
// English word list leaves out.
var shortEnglish = textutil.WordSet("a i o ah am an as at ax be by do eh go ha he hi id if in is it lo ma me my no of oh ok on or ow ox pa so to uh um up us we ya ye yo")

// hyphenLink returns, for the " - " at t[k:k+3], the offsets of the word
// before it (a run of letters or of digits) and of the run of letters after
// it, as m[2]:m[3] and m[4]:m[5]; ok is false when either is missing.
func hyphenLink(t string, k int) (m [6]int, ok bool) {
	start := k
	r, _ := utf8.DecodeLastRuneInString(t[:start])
	digits := unicode.IsDigit(r)
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:start])
		if digits && !unicode.IsDigit(r) || !digits && !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	end := k + 3
	for end < len(t) {
		r, n := utf8.DecodeRuneInString(t[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	if start == k || end == k+3 {
		return m, false
	}
	return [6]int{start, end, start, k, k + 3, end}, true
}

// isShortLower reports whether w is a lower-case word of at most eight
// letters, or a number.
func isShortLower(w string) bool {
	if isDigits(w) {
		return true
	}
	return w == strings.ToLower(w) && utf8.RuneCountInString(w) <= 8 && textutil.HasLetter(w)
}

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// prefixes are English prefixes written with a hyphen before the word they
// belong to; none of them ends a clause before a dash.
var prefixes = textutil.WordSet("non anti co pre re self multi semi mid ex vice quasi pseudo neo mini micro macro ultra socio bio eco geo de counter sino indo inter intra trans cyber hyper")

// objectStarts begin the object of a verb: after "mansion - bringing" the
// -ing form is a verb after a dash ("bringing him closer"), not the second
// part of a compound.
var objectStarts = textutil.WordSet("him her them it us me you himself herself themselves itself some any all each every both many much more most several")

// gerundTail reports whether left and right, either side of a spaced
// hyphen, make a compound of a noun and an -ing form ("world - leading",
// "job - seeking", "life - saving"): right is an -ing form of five letters
// or more, and left a lower-case word that is no -ing or -ed form itself,
// no adverb, no plural and starts no clause ("kept going - running",
// "tired - leaving").
func gerundTail(left, right string) bool {
	if len(right) < 5 || !strings.HasSuffix(right, "ing") || !isLowerWord(right) || !isLowerWord(left) || len(left) < 3 {
		return false
	}
	// A compound's first part is singular ("job - seeking"); a plural
	// before a dash is a clause's end ("experiments - including").
	for _, suffix := range []string{"ing", "ed", "ly", "s"} {
		if strings.HasSuffix(left, suffix) {
			return false
		}
	}
	return !clauseWords[left] && !notParticiples[right] && !clauseParticiples[right]
}

// clauseParticiples are -ing forms of verbs that start a clause after a
// dash ("quit his job - citing family reasons") and seldom end a compound.
var clauseParticiples = textutil.WordSet("citing saying adding noting arguing claiming prompting sparking insisting urging accusing blaming suggesting describing triggering explaining telling asking stating")

// notParticiples end in -ing but are prepositions or pronouns, which start
// an aside after a dash ("- including one called LIGO").
var notParticiples = textutil.WordSet("including according regarding concerning following during excluding considering pending notwithstanding nothing something anything everything")

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// postVerb reports whether left is "post", a noun too, before a verb's
// form that starts a clause after a dash: "his post - citing family
// reasons".
func postVerb(left, right string) bool {
	return strings.ToLower(left) == "post" && (strings.HasSuffix(right, "ing") || strings.HasSuffix(right, "ed"))
}

// englishOrdinal reports whether w is an English ordinal, spelled or in
// figures: "first", "second", "21st".
func englishOrdinal(w string) bool {
	w = strings.ToLower(w)
	if englishOrdinals[w] {
		return true
	}
	n := strings.TrimRight(w, "stndrh")
	return n != "" && n != w && isDigits(n) && len(w)-len(n) == 2
}

// ordinalTail reports whether w follows an ordinal in a compound: a
// superlative ("third - largest") or a noun of ranks and places ("first -
// floor", "second - term"). Others are left alone: after a rank a dash
// often goes on ("came third - two seconds behind", "second - just ahead").
func ordinalTail(w string) bool {
	return ordinalTails[w] || len(w) >= 6 && strings.HasSuffix(w, "est") && isLowerWord(w)
}

var ordinalTails = textutil.WordSet("floor term round row half class party hand time place quarter year degree generation team tier rate leg seed placed ranked grade division innings set storey story")

var englishOrdinals = textutil.WordSet("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth")

// spelledNumbers are English numbers written out, which stand before a unit
// in a compound ("five - year").
var spelledNumbers = textutil.WordSet("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred")

// firstWordOf returns the leading run of letters of s.
func firstWordOf(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// reportSpacedQuotes reports curly quotation marks with a space inside,
// the way a detokeniser leaves them: "“ Las tropas ”", "„ Die Truppen “".
// Spaced on both sides is a warning; on one side, also a typing slip, is
// info. The marks are paired as unbalanced-pair pairs them, so a space
// between two quotations ("“a” and “b”") is outside both. Languages that
// space their quotation marks (French) are not checked; straight marks,
// which open and close alike, are left to unbalanced-pair.
func reportSpacedQuotes(t string, verbatim []textdoc.Span, lang string, report func(textdoc.Span, checker.Severity, string, string)) {
	for _, pr := range quotes.PairQuotes(t, verbatim, quotes.StylesFor(lang), false).Pairs {
		open, closing := pr[0], pr[1]
		if open.R != '“' && open.R != '„' || closing.R != '”' && closing.R != '“' {
			continue
		}
		start, end := open.Off+utf8.RuneLen(open.R), closing.Off
		inner := t[start:end]
		trimmed := strings.Trim(inner, " ")
		if !textutil.HasLetter(trimmed) || strings.ContainsAny(trimmed, "\n") {
			continue
		}
		left, right := strings.HasPrefix(inner, " "), strings.HasSuffix(inner, " ")
		if !left && !right {
			continue
		}
		s := textdoc.Span{Start: open.Off, End: closing.Off + utf8.RuneLen(closing.R)}
		sugg := string(open.R) + trimmed + string(closing.R)
		if left && right {
			report(s, checker.Warning, "spaces inside quotation marks", sugg)
		} else {
			report(s, checker.Info, "space inside quotation marks", sugg)
		}
	}
}
