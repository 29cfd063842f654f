package rules

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/quotes"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// Repetition finds text that neural machine translation and language models
// repeat: a word or phrase looping ("Bern, Bern, Bern, Bern"), and a sentence
// or caption written twice in one paragraph or line.
var Repetition = &checker.Rule{
	ID:    "repetition",
	Title: "a phrase looping, a sentence repeated inside its paragraph, or an alternative to itself",
	Doc: `Neural machine translation and language models fall into loops: a word or phrase of
one to eight words repeated again and again ("the University of Bern, Bern, Bern, Bern"),
a clause written five times over. Crawling and segment reassembly double a sentence or a
caption inside one paragraph or line, with or without a space between the copies
("... in the harbour.Photo of the ferry in the harbour.Photo of the ferry in the
harbour."), or put the same line twice under itself.

The rule reports:
  - a run of one to eight words repeated three or more times in a row, the copies
    separated by spaces or commas only (a single word needs four copies when it is
    a short interjection such as "no", "ha", "la", "ja", or when it stands inside a
    quotation: said three times, a word is speech);
  - a stretch of at least four words and 20 letters written twice in a row, glued or
    not;
  - a sentence of at least five words and 25 letters that repeats an earlier
    sentence of the same paragraph, ignoring case, spacing and punctuation;
  - a phrase of one to four words offered as an alternative to itself, across
    "or" or a slash ("émotionnel ou émotionnel", "matériels/matériels"): an engine
    rendering a synonym pair, or masculine and feminine forms, alike.

Left alone: two copies of a short phrase ("very, very", "no, no"), reduplication with
"and" ("more and more", "immer und immer"), paths and ratios ("news/news" in an address,
"50/50"), hyphenated
reduplication ("anak-anak", "Baden-Baden"), numbers and lists of numbers ("0, 0, 0"),
capital letters alone ("A, A, A"), the plural forms and variants of a message ("...|...",
ICU plural braces), list items and table cells (rows repeat by design), and languages
written without spaces between words. A whole paragraph repeated elsewhere belongs to
duplicate-paragraph; two equal words in a row to repeated-word.`,
	Bad:      "The study was led by the University of Bern, Bern, Bern, Bern, Bern.",
	Good:     "The study was led by the University of Bern.",
	Severity: checker.Warning,
	Check:    checkRepetition,
}

// repToken is a run of letters and digits in a block, lower-cased for
// comparison.
type repToken struct {
	hash       uint64 // of the word in lower case
	start, end int32  // byte offsets; blocks are far smaller than 2 GB
	letters    int16  // saturates: only "at least 20" matters
	digits     bool
}

// Tuning of the repetition rule.
const (
	maxLoopWords     = 8  // the longest phrase a loop is looked for in
	loopCopies       = 3  // copies that make a loop
	interjectCopies  = 4  // copies of a short interjection that make a loop
	doubleMinWords   = 4  // a doubled stretch has this many words...
	doubleMinLetters = 20 // ...and letters
	sentenceMinWords = 5  // a repeated sentence has this many words...
	sentenceMinLetts = 25 // ...and letters
)

// interjections are short words that people repeat on purpose, in quotes
// and speech, in the languages mtlint knows: three copies are speech, not a
// loop.
var interjections = map[string]bool{
	"no": true, "yes": true, "ha": true, "he": true, "hey": true, "la": true, "na": true,
	"bla": true, "oh": true, "ah": true, "go": true, "very": true, "so": true, "oui": true,
	"non": true, "si": true, "sí": true, "ja": true, "nein": true, "nee": true, "da": true,
	"net": true, "нет": true, "да": true, "ну": true, "tak": true, "nie": true, "ho": true,
	"hip": true, "bye": true, "tic": true, "tac": true, "ding": true, "dong": true, "blah": true,
	"really": true, "more": true, "much": true, "too": true, "sehr": true, "très": true, "muy": true,
	"molto": true, "hurra": true, "hurrah": true, "bravo": true, "encore": true, "olé": true,
	"ole": true, "und": true, "and": true, "et": true, "y": true, "e": true, "oh-oh": true, "wow": true, "hm": true, "hmm": true, "ok": true, "okay": true,
}

func checkRepetition(p *checker.Pass) error {
	if p.Locale.NoWordSpaces {
		return nil
	}
	sc := repScratchPool.Get().(*repScratch)
	defer repScratchPool.Put(sc)
	for _, b := range p.Doc.Blocks {
		if b.Kind == textdoc.ListItem || b.Kind == textdoc.TableCell || len(b.Words) < loopCopies {
			continue
		}
		sc.toks = repTokens(b.Text, sc.toks[:0])
		sc.linkSame()
		covered := reportDoubledLines(p, b)
		covered = append(covered, reportLoops(p, b, sc.toks, sc.next)...)
		covered = reportDoubled(p, b, sc, covered)
		covered = reportEchoedAlternatives(p, b, sc, covered)
		reportRepeatedSentences(p, b, sc, covered)
	}
	return nil
}

// repScratchPool keeps the rule's buffers from one document to the next.
var repScratchPool = sync.Pool{New: func() any { return new(repScratch) }}

// repScratch holds the buffers the rule reuses from block to block.
type repScratch struct {
	toks    []repToken
	next    []int
	table   []int32
	letters []int
	seen    map[string]bool
	key     []byte
	pivots  []uint8 // reportEchoedAlternatives' places where a second copy may start
}

// linkSame sets sc.next[k] to the index of the next token of sc.toks with
// the same hash after k, or -1, through an open-addressing table of the last
// index seen per hash (a map costs more than the rest of the rule). The loop
// and the doubled-stretch searches both start from it.
func (sc *repScratch) linkSame() {
	toks := sc.toks
	if cap(sc.next) < len(toks) {
		sc.next = make([]int, len(toks))
	}
	next := sc.next[:len(toks)]
	size := 16
	for size < 2*len(toks) {
		size *= 2
	}
	if cap(sc.table) < size {
		sc.table = make([]int32, size)
	}
	table := sc.table[:size]
	clear(table)
	mask := uint64(size - 1)
	for k := len(toks) - 1; k >= 0; k-- {
		h := toks[k].hash
		slot := h & mask
		for table[slot] != 0 && toks[table[slot]-1].hash != h {
			slot = (slot + 1) & mask
		}
		next[k] = int(table[slot]) - 1
		table[slot] = int32(k + 1)
	}
	sc.next = next
}

// repTokens splits text into runs of letters, digits and combining marks.
// Apostrophes inside a word belong to it ("don't"); every other character
// separates, so a period glued to the next word ("harbour.Photo") does too.
func repTokens(text string, out []repToken) []repToken {
	for i := 0; i < len(text); {
		// Between tokens: ASCII separators and apostrophes are passed
		// over by byte, a character outside ASCII is decoded.
		switch repByte[text[i]] {
		case repSeparator, repApostrophe:
			i++
			continue
		case repOther:
			if _, letter, ok := textutil.Latin1Letter(text, i); ok {
				if !letter {
					i += 2 // × or ÷
					continue
				}
				break
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
		}
		var digits bool
		h, start, letters := uint64(offset64), i, 0
	token:
		for {
			// A run of ASCII letters, most of the text, in a loop of its
			// own.
			run := i
			for ; i < len(text); i++ {
				l := asciiLetterLower[text[i]]
				if l == 0 {
					break
				}
				h = (h ^ uint64(l)) * prime64
			}
			letters += i - run
			if i == len(text) {
				break
			}
			c := text[i]
			switch repByte[c] {
			case repDigit:
				h = (h ^ uint64(c)) * prime64
				digits = true
				i++
				continue
			case repApostrophe:
				// An apostrophe inside a word ("don't") belongs to it.
				if !apostropheInWord(text, i+1) {
					break token
				}
				h = (h ^ '\'') * prime64
				i++
				continue
			case repSeparator:
				break token
			}
			if lower, letter, ok := textutil.Latin1Letter(text, i); ok {
				// An accented Latin letter, decoded by table.
				if !letter {
					break token // × or ÷
				}
				h = (h ^ (uint64(lower) + 0xc0 - 0x80)) * prime64
				letters++
				i += 2
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r) || unicode.IsMark(r):
				h = (h ^ uint64(unicode.ToLower(r))) * prime64
				letters++
			case unicode.IsDigit(r):
				h = (h ^ uint64(r)) * prime64
				digits = true
			case r == '’' && apostropheInWord(text, i+n):
				h = (h ^ '\'') * prime64
			default:
				break token
			}
			i += n
		}
		// The count stops at 1<<14: only "at least 20" matters.
		out = append(out, repToken{hash: h, start: int32(start), end: int32(i), letters: int16(min(letters, 1<<14)), digits: digits})
	}
	return out
}

// apostropheInWord reports whether an apostrophe inside a token, ending
// at offset i of text, joins it to a letter after it.
func apostropheInWord(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// The classes of repByte.
const (
	repSeparator  = iota // an ASCII character that is no letter, digit or apostrophe
	repLetter            // A to Z, a to z
	repDigit             // 0 to 9
	repApostrophe        // '
	repOther             // a byte of a character outside ASCII
)

// asciiLetterLower maps the bytes of ASCII letters to the lower-case
// letter, and every other byte to 0.
var asciiLetterLower = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// repByte classifies the bytes for repTokens.
var repByte = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = repLetter, repLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = repDigit
	}
	t['\''] = repApostrophe
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = repOther
	}
	return t
}()

// lowerKey returns w in lower case, without a copy when it has no
// upper-case ASCII letter and no other non-ASCII byte.
func lowerKey(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// sameToken reports whether two tokens are the same word, ignoring case.
func sameToken(text string, a, b repToken) bool {
	return a.hash == b.hash && strings.EqualFold(text[a.start:a.end], text[b.start:b.end])
}

// loopSeparator reports whether sep, the text between two copies of a
// phrase, is what a loop puts there: white space, a comma or a semicolon,
// and no more than one of those marks.
func loopSeparator(sep string) bool {
	marks := 0
	for _, r := range sep {
		switch {
		case r == ',' || r == ';' || r == '،' || r == '、':
			marks++
		case unicode.IsSpace(r):
		default:
			return false
		}
	}
	return marks <= 1 && sep != ""
}

// reportDoubledLines reports a line that is one text written twice, glued
// or not ("... auf example.orgScreenshot of ... auf example.org"): the
// token comparison cannot see a copy glued to the last word of the first.
func reportDoubledLines(p *checker.Pass, b *textdoc.Block) []textdoc.Span {
	var covered []textdoc.Span
	for off := 0; off < len(b.Text); {
		end := strings.IndexByte(b.Text[off:], '\n')
		if end < 0 {
			end = len(b.Text)
		} else {
			end += off
		}
		line := textdoc.Span{Start: off, End: end}
		off = end + 1
		text := strings.TrimSpace(b.Text[line.Start:line.End])
		if len(text) < 2*doubleMinLetters {
			continue
		}
		lead := strings.Index(b.Text[line.Start:line.End], text)
		for sep := 0; sep <= 2; sep++ {
			if (len(text)-sep)%2 != 0 {
				continue
			}
			h := (len(text) - sep) / 2
			first, second := text[:h], text[h+sep:]
			if first != second || strings.TrimSpace(text[h:h+sep]) != "" && !strings.ContainsAny(text[h:h+sep], ".,;|") {
				continue
			}
			if letterCount(first) < doubleMinLetters || len(textdoc.SplitWords(first)) < doubleMinWords {
				continue
			}
			start := line.Start + lead
			s := textdoc.Span{Start: start + h + sep, End: start + len(text)}
			p.Report(b, s, "the line is the same text written twice", "remove the second copy")
			covered = append(covered, textdoc.Span{Start: start, End: s.End})
			break
		}
	}
	return covered
}

// letterCount counts the letters of s. Runs of eight ASCII bytes are
// counted by table, without decoding.
func letterCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			b := s[i : i+8]
			x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if x&(0x80*ones64) == 0 {
				n += bits.OnesCount64(asciiLetterMask(x))
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			n += int(asciiLetterBytes[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			n++
		}
		i += size
	}
	return n
}

// ones64 has the lowest bit of each of a word's eight bytes.
const ones64 = 0x0101010101010101

// asciiLetterMask returns the high bit of each byte of x, eight ASCII
// bytes, that is a letter. Setting bit 5 lowers the capitals and moves no
// other byte onto a to z; for such a byte c, (0x7f+'z'+1)-c and
// c+(0x7f-'a'+1) both have the high bit set exactly when c is a to z, and
// nothing borrows or carries between the bytes.
func asciiLetterMask(x uint64) uint64 {
	c := x | 0x20*ones64
	return ((0x7f+'z'+1)*ones64 - c) & (c + (0x7f-'a'+1)*ones64) & (0x80 * ones64)
}

// asciiLetterBytes holds the ASCII letters: 1 for each, 0 for other bytes.
var asciiLetterBytes = textutil.NewByteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", false)

// reportLoops reports runs of one to eight words repeated three or more times
// in a row, and returns the spans reported.
func reportLoops(p *checker.Pass, b *textdoc.Block, toks []repToken, next []int) []textdoc.Span {
	var covered []textdoc.Span
	for i := 0; i < len(toks); {
		if j := next[i]; j < 0 || j-i > maxLoopWords {
			i++ // the word does not come back within a phrase: no loop starts here
			continue
		}
		best, bestCopies := 0, 0
		for n := 1; n <= maxLoopWords && i+loopCopies*n <= len(toks); n++ {
			if toks[i].hash != toks[i+n].hash {
				continue // the cheap test that nearly every phrase fails
			}
			copies := loopCount(b.Text, toks, i, n)
			if copies < loopCopies {
				continue
			}
			need := loopCopies
			if n == 1 && (interjections[lowerKey(b.Text[toks[i].start:toks[i].end])] || inQuotation(b, int(toks[i].start), p.Locale)) {
				// A word said three times is speech ("jagen, jagen,
				// jagen"); a loop goes on.
				need = interjectCopies
			}
			if copies >= need && loopPhraseOK(b.Text, toks[i:i+n]) {
				best, bestCopies = n, copies
				break // the shortest period is the loop's phrase
			}
		}
		if best == 0 {
			i++
			continue
		}
		first := toks[i]
		last := toks[i+best*bestCopies-1]
		span := textdoc.Span{Start: int(first.start), End: int(last.end)}
		phrase := b.Text[first.start:toks[i+best-1].end]
		p.Report(b, span, fmt.Sprintf("%q is repeated %d times in a row", phrase, bestCopies), "keep one "+textutil.QuoteShort(phrase))
		covered = append(covered, span)
		i += best * bestCopies
	}
	return covered
}

// loopCount returns how many times the n tokens from i repeat in a row, each
// copy joined to the next by a loop separator and with the same separators
// inside it.
func loopCount(text string, toks []repToken, i, n int) int {
	copies := 1
	for j := i + n; j+n <= len(toks); j += n {
		if !loopSeparator(text[toks[j-1].end:toks[j].start]) {
			break
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = sameToken(text, toks[i+k], toks[j+k])
			if same && k > 0 {
				same = strings.TrimSpace(text[toks[i+k-1].end:toks[i+k].start]) == strings.TrimSpace(text[toks[j+k-1].end:toks[j+k].start])
			}
		}
		if !same {
			break
		}
		copies++
	}
	return copies
}

// loopPhraseOK reports whether a looped phrase is one a reader would call
// a loop: it has a word of two letters or more, or a lower-case one-letter
// word ("a, a, a"), and is not only numbers. A capital letter alone is a
// grade, a variable or a stammer ("I, I, I") and is left alone.
func loopPhraseOK(text string, phrase []repToken) bool {
	for _, t := range phrase {
		if t.digits {
			continue
		}
		if t.letters >= 2 {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(text[t.start:]); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// reportDoubled reports a stretch of at least four words and 20 letters
// written twice in a row, whatever stands between the copies ("... in the
// harbour.Photo of the ferry in the harbour."), outside the spans already
// covered.
func reportDoubled(p *checker.Pass, b *textdoc.Block, sc *repScratch, covered []textdoc.Span) []textdoc.Span {
	toks, next := sc.toks, sc.next
	if len(toks) < 2*doubleMinWords {
		return covered
	}
	for i := 0; i < len(toks); i++ {
		if len(covered) > 0 && coveredAt(covered, int(toks[i].start)) {
			continue
		}
		for j := next[i]; j > 0 && 2*j-i <= len(toks); j = next[j] {
			n := j - i
			if n < doubleMinWords || toks[i+1].hash != toks[j+1].hash {
				continue // too short, or the second words differ: the usual case
			}
			letters, same := 0, true
			for k := 0; k < n && same; k++ {
				same = sameToken(b.Text, toks[i+k], toks[j+k])
				letters += int(toks[i+k].letters)
			}
			if !same || letters < doubleMinLetters || !wordsOnly(toks[i:j]) || alternatives(b.Text[toks[i].start:toks[j].start]) {
				continue
			}
			span := textdoc.Span{Start: int(toks[j].start), End: int(toks[2*j-i-1].end)}
			if coveredAt(covered, span.Start) {
				break
			}
			p.Report(b, span, "the text before it is written twice in a row", "remove the second copy")
			covered = append(covered, textdoc.Span{Start: int(toks[i].start), End: span.End})
			i = 2*j - i - 1
			break
		}
	}
	return covered
}

// disjunctions are the words for "or" that are no other word in another
// language: they count in every text, since MT output leaves words of one
// language in another. "/" joins alternatives everywhere too.
var disjunctions = []string{"or", "ou", "oder", "oppure", "sau", "eller", "lub", "albo", "nebo", "alebo",
	"или", "либо", "або", "veya", "yahut", "vagy"}

// localDisjunctions are the words for "or" that are other words elsewhere
// (Spanish "o", Dutch "of"): they count in their own language only.
var localDisjunctions = map[string][]string{"es": {"o", "u"}, "it": {"o"}, "ca": {"o"}, "nl": {"of"}, "fi": {"tai"}, "uk": {"чи"}}

// altMaxWords is the longest phrase compared on both sides of an "or".
const altMaxWords = 4

// reportEchoedAlternatives reports an alternative whose two sides are the
// same words: "émotionnel ou émotionnel", "matériels/matériels", "which
// depend on it or which depend on it". A translation engine writes it for
// two source words it renders alike (a synonym pair, masculine and
// feminine forms); no writer offers a choice between a thing and itself.
// "and" is left alone: reduplication with it is idiom ("more and more",
// "again and again", "immer und immer").
func reportEchoedAlternatives(p *checker.Pass, b *textdoc.Block, sc *repScratch, covered []textdoc.Span) []textdoc.Span {
	toks := sc.toks
	ors := localDisjunctions[baseLang(p.Doc.Lang)]
	// A word for "or" is found by its hash first: comparing every token's
	// text costs more than the rest of the search.
	orHashes, orFilter := disjunctionHashes(), disjunctionFilter()
	var localHashes [4]uint64
	local := localHashes[:0]
	for _, w := range ors {
		local = append(local, wordHash(w))
	}
	isOr := func(t repToken) bool {
		if t.digits || !(orFilter.has(t.hash) && orHashes[t.hash]) && !slices.Contains(local, t.hash) {
			return false
		}
		return isDisjunction(b.Text[t.start:t.end], ors)
	}
	// Most paragraphs offer no alternative at all. The hash filter rules
	// out nearly every token before isOr is called.
	if !strings.Contains(b.Text, "/") {
		found := false
		for _, t := range toks {
			if (orFilter.has(t.hash) || len(local) > 0) && isOr(t) {
				found = true
				break
			}
		}
		if !found {
			return covered
		}
	}
	// The second copy of a phrase starts after a slash, or after a word for
	// "or" (a token of its own) between single spaces: the tokens where
	// either can be are found once, not for each phrase length.
	const (
		afterSlash = 1
		orWord     = 2
	)
	pivots := sc.pivots[:0]
	for j := range toks {
		var k uint8
		if j > 0 {
			// A single space, the usual separator, is no slash.
			if sep := b.Text[toks[j-1].end:toks[j].start]; sep != " " && strings.TrimSpace(sep) == "/" {
				k = afterSlash
			} else if sep == " " && j+1 < len(toks) && b.Text[toks[j].end:toks[j+1].start] == " " && isOr(toks[j]) {
				k = orWord
			}
		}
		pivots = append(pivots, k)
	}
	sc.pivots = pivots
	for i := 0; i < len(toks); i++ {
		for n := 1; n <= altMaxWords && i+2*n <= len(toks); n++ {
			j := i + n
			switch pivots[j] {
			case afterSlash:
			case orWord:
				if j+n >= len(toks) {
					continue
				}
				j++
			default:
				continue
			}
			letters, same := 0, true
			for k := 0; k < n && same; k++ {
				same = sameToken(b.Text, toks[i+k], toks[j+k]) && !toks[i+k].digits
				letters += int(toks[i+k].letters)
			}
			// The phrase must be words of running text: no separator inside
			// it, and not part of a path or an address
			// ("example.org/news/news").
			inner := b.Text[toks[i].start:toks[i+n-1].end]
			if !same || letters < 3 || n > 1 && strings.ContainsAny(inner, ",;/|()") ||
				inPath(b.Text, int(toks[i].start), int(toks[j+n-1].end)) {
				continue
			}
			span := textdoc.Span{Start: int(toks[i+n-1].end), End: int(toks[j+n-1].end)}
			if coveredAt(covered, int(toks[i].start)) || coveredAt(covered, span.Start) {
				continue
			}
			p.Report(b, span, fmt.Sprintf("%q offered as an alternative to itself: a choice translated twice", inner),
				"keep one, or translate the alternative")
			covered = append(covered, textdoc.Span{Start: int(toks[i].start), End: span.End})
			i = j + n - 1
			break
		}
	}
	return covered
}

// hashFilter has a bit for the top ten bits of each hash of a set: a hash
// whose bit is clear is not in the set, found without the map.
type hashFilter [16]uint64

func (f *hashFilter) add(h uint64)      { f[h>>60] |= 1 << (h >> 54 & 63) }
func (f *hashFilter) has(h uint64) bool { return f[h>>60]&(1<<(h>>54&63)) != 0 }

// disjunctionFilter is the hashFilter of disjunctionHashes: almost every
// token of a text is ruled out by it.
var disjunctionFilter = sync.OnceValue(func() *hashFilter {
	var f hashFilter
	for h := range disjunctionHashes() {
		f.add(h)
	}
	return &f
})

// disjunctionHashes returns the hashes repTokens gives the words of
// disjunctions.
var disjunctionHashes = sync.OnceValue(func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range disjunctions {
		m[wordHash(w)] = true
	}
	return m
})

// offset64 and prime64 are FNV-1a's, the hash repTokens and wordHash give
// a word.
const offset64, prime64 = 14695981039346656037, 1099511628211

// wordHash is the hash repTokens gives a word of letters: FNV-1a over its
// runes in lower case.
func wordHash(w string) uint64 {
	h := uint64(offset64)
	for _, r := range strings.ToLower(w) {
		h ^= uint64(r)
		h *= prime64
	}
	return h
}

// isDisjunction reports whether w is a word for "or": one of disjunctions,
// or of ors, those of the text's language.
func isDisjunction(w string, ors []string) bool {
	w = strings.ToLower(w)
	return slices.Contains(disjunctions, w) || slices.Contains(ors, w)
}

// inPath reports whether text[start:end] stands inside a path, an address
// or an identifier: a slash, dot, colon, at sign, hyphen or underscore
// touches it on either side.
func inPath(text string, start, end int) bool {
	const glue = "/.:@-_\\"
	return start > 0 && strings.IndexByte(glue, text[start-1]) >= 0 ||
		end < len(text) && strings.IndexByte(glue, text[end]) >= 0 && !(text[end] == '.' && (end+1 == len(text) || text[end+1] == ' ' || text[end+1] == '\n'))
}

// alternatives reports whether text holds the separator of plural forms
// or variants ("... one item.|... many items.", ICU "{count, plural, one
// {...} other {...}}"): the forms repeat their words by design.
func alternatives(text string) bool {
	return strings.ContainsAny(text, "|{")
}

// wordsOnly reports whether a stretch has more words than numbers: a table
// of figures written as text repeats its numbers by design.
func wordsOnly(toks []repToken) bool {
	words := 0
	for _, t := range toks {
		if !t.digits {
			words++
		}
	}
	return 2*words > len(toks)
}

// reportRepeatedSentences reports a sentence that repeats an earlier
// sentence of the same block, outside the spans already covered.
func reportRepeatedSentences(p *checker.Pass, b *textdoc.Block, sc *repScratch, covered []textdoc.Span) {
	if len(b.Sentences) < 2 {
		return
	}
	// A signature of each long sentence, its letters and first word, made
	// first: only sentences with a twin signature get a key.
	sc.letters = sc.letters[:0]
	twins := false
	for _, s := range b.Sentences {
		n := 0
		if wordsIn(b, s) >= sentenceMinWords {
			n = letterCount(b.Text[s.Start:s.End])
		}
		if n < sentenceMinLetts {
			n = 0
		} else {
			// The signature: the letters and the first word's hash.
			k := sort.Search(len(sc.toks), func(k int) bool { return int(sc.toks[k].start) >= s.Start })
			if k < len(sc.toks) {
				n += int(sc.toks[k].hash%1024) << 20
			}
		}
		for _, m := range sc.letters {
			twins = twins || n > 0 && m == n
		}
		sc.letters = append(sc.letters, n)
	}
	if !twins {
		return
	}
	if sc.seen == nil {
		sc.seen = map[string]bool{}
	}
	clear(sc.seen)
	for i, s := range b.Sentences {
		if sc.letters[i] == 0 {
			continue
		}
		key, _ := textutil.DuplicateKey(b.Text[s.Start:s.End], &sc.key)
		if sc.seen[key] {
			if !coveredAt(covered, s.Start) && !alternatives(b.Text) {
				p.Report(b, s, "repeats an earlier sentence of the paragraph", "remove the repeated sentence")
			}
			continue
		}
		sc.seen[key] = true
	}
}

// wordsIn counts the block's words inside span s.
func wordsIn(b *textdoc.Block, s textdoc.Span) int {
	i := sort.Search(len(b.Words), func(i int) bool { return b.Words[i].Start >= s.Start })
	j := sort.Search(len(b.Words), func(j int) bool { return b.Words[j].Start >= s.End })
	return j - i
}

// coveredAt reports whether off lies inside one of spans.
func coveredAt(spans []textdoc.Span, off int) bool {
	for _, s := range spans {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// inQuotation reports whether offset off of b's text stands inside a
// quotation, by the pairing unbalanced-pair uses: between a pair of marks,
// or after an opening mark never closed.
func inQuotation(b *textdoc.Block, off int, loc *textdoc.Locale) bool {
	styles := quotes.StylesFor(loc.Lang)
	qp := quotes.PairQuotes(b.Text, b.Verbatim(), styles, loc.SpaceBeforeHighPunct)
	for _, pr := range qp.Pairs {
		if pr[0].Off < off && off < pr[1].Off {
			return true
		}
	}
	for _, m := range qp.Unclosed {
		if m.Off < off {
			return true
		}
	}
	return false
}
