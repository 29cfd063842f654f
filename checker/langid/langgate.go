package langid

import (
	"bytes"
	"math"
	"math/bits"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// The word gate decides, before the language model is asked, whether a text
// (a paragraph, a sentence or a 6-word window) may be in a candidate language
// X rather than the target T: it needs function words of X that are not
// function words of T, at least two and more than the reverse (more than the
// reverse alone for long text). confirmed asks the same of a text the model
// calls foreign, so the gate loses nothing: it only evaluates the
// confirmation's necessary condition first, in microseconds instead of a
// model call. Where only one of the two languages has a list:
//   - X has one, T not: two function words of X;
//   - T has one, X not: the text must not be certainly T, that is use T's
//     function words for at least a quarter of its words (two or more).
// confirmed asks the same there too. Where neither has a list, the text
// passes, and the model decides alone.
//
// A block's words are looked up once: its lexicon holds the function words
// of the block's text with the set of languages whose lists hold each, and
// every sentence and window of the block reads a slice of it.

// langBits is a set of languages with word lists, one bit each: bit i for
// stopWordLangs[i], as in stopWordMask.
type langBits uint64

// stopWordBits maps a language with a list to its bit.
var stopWordBits = func() map[string]langBits {
	m := map[string]langBits{}
	for i, l := range stopWordLangs {
		m[l] = 1 << i
	}
	return m
}()

// twoLetterBits is stopWordBits for the two-letter codes, indexed by
// twoLetterIndex: the word gate asks for a language's bit for every text it
// judges, and an array is cheaper than a map there.
var twoLetterBits = func() (a [26 * 26]langBits) {
	for l, b := range stopWordBits {
		if i, ok := twoLetterIndex(l); ok {
			a[i] = b
		}
	}
	return a
}()

// twoLetterIndex returns the index of a two-letter lower-case code.
func twoLetterIndex(lang string) (int, bool) {
	if len(lang) != 2 || lang[0] < 'a' || lang[0] > 'z' || lang[1] < 'a' || lang[1] > 'z' {
		return 0, false
	}
	return int(lang[0]-'a')*26 + int(lang[1]-'a'), true
}

// langBit returns lang's bit, 0 when lang has no word list.
func langBit(lang string) langBits {
	if i, ok := twoLetterIndex(lang); ok {
		return twoLetterBits[i]
	}
	return stopWordBits[lang]
}

// wordLangs returns the languages whose lists hold word (any case).
func wordLangs(word string) langBits {
	if b, ok := asciiWords.lookup(word); ok {
		return b
	}
	// The lower-case word in an array on the stack: the map is read
	// without a copy.
	var buf [64]byte
	return stopWordMask[string(appendLower(buf[:0], word))]
}

// Letters that only Russian or only Ukrainian uses: the two share most
// function words, and these tell them apart.
const (
	ownRu = "ыэъё"
	ownUk = "іїєґ"
)

// lexWord is a function word of a text (a run of letters), or a word with
// letters of Russian or Ukrainian alone.
type lexWord struct {
	langs      langBits
	start, end int32 // byte offsets in the text (a lexicon is made for texts under 2 GB)
	ru, uk     bool  // has letters only Russian, only Ukrainian uses
	// particle is set for a lower-case name particle ("von", "de"),
	// which counts for no language inside a name.
	particle bool
}

// lexicon is the function words of a text in order, and where every word
// (run of letters) starts, to count the words of a span.
type lexicon struct {
	fw        []lexWord
	words     []int32 // the start of each word
	particles bool    // some function word is a name particle
}

// newLexicon looks up the runs of letters of text.
func newLexicon(text string) lexicon { return appendLexicon(lexicon{}, text) }

// appendLexicon is newLexicon reusing the arrays of dst (whose content it
// replaces): a worker that judges block after block and keeps no lexicon
// allocates its arrays once.
func appendLexicon(dst lexicon, text string) lexicon {
	out := lexicon{fw: dst.fw[:0], words: dst.words[:0]}
	if len(text) > math.MaxInt32 {
		return out // no paragraph is this long; its offsets would not fit
	}
	var lowerBuf [64]byte
	lower := lowerBuf[:0]
	for i := 0; i < len(text); {
		// Past the characters that are no letters to the start of a run.
		if c := text[i]; c < utf8.RuneSelf {
			if asciiLetter[c] == 0 {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !isLetter(r) {
			i += n
			continue
		}
		// The run of letters, ASCII ones read eight at a time where the
		// text goes on that far, else by table (a byte outside ASCII is
		// no letter there).
		start, ascii := i, true
		for i < len(text) {
			if i+8 <= len(text) {
				if m := asciiLetterMask(load64(text, i)); m == highBits {
					i += 8
					continue
				} else {
					i += bits.TrailingZeros64(^m&highBits) >> 3
				}
			} else {
				for i < len(text) && asciiLetter[text[i]] != 0 {
					i++
				}
			}
			if i == len(text) || text[i] < utf8.RuneSelf {
				break
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) {
				break
			}
			ascii = false
			i += n
		}
		if !ascii {
			lower = out.add(text, start, i, false, lower)
			continue
		}
		// add for an ASCII word, without the call: most words are.
		out.words = append(out.words, int32(start))
		if langs := asciiWords.lookupLetters(text, start, i); langs != 0 {
			lw := lexWord{langs: langs, start: int32(start), end: int32(i)}
			if i-start <= maxParticleLen && isNameParticle(text[start:i]) {
				lw.particle = true
				out.particles = true
			}
			out.fw = append(out.fw, lw)
		}
	}
	out.dropNameParticles(text)
	return out
}

// add records the run of letters text[start:end] (ascii: all ASCII) and,
// when it is a function word or has letters of Russian or Ukrainian alone,
// its entry. lower is scratch space for the lower-case form of a word
// outside ASCII, returned for the next call.
func (out *lexicon) add(text string, start, end int, ascii bool, lower []byte) []byte {
	out.words = append(out.words, int32(start))
	lw := lexWord{start: int32(start), end: int32(end)}
	if ascii {
		// The particles are lower case: a word with a capital is none.
		lw.langs = asciiWords.lookupLetters(text, start, end)
		if lw.langs != 0 && end-start <= maxParticleLen && isNameParticle(text[start:end]) {
			lw.particle = true
			out.particles = true
		}
	} else {
		word := text[start:end]
		// The word in lower case, as strings.ToLower writes a run of
		// letters, in the scratch space instead of a new string.
		lower = appendLower(lower[:0], word)
		lw.langs = stopWordMask[string(lower)]
		if lw.langs != 0 && len(lower) <= maxParticleLen && isNameParticle(string(lower)) && string(lower) == word {
			lw.particle = true
			out.particles = true
		}
		// The own letters are Cyrillic, led by the bytes 0xD0 to 0xD3.
		if hasCyrillicLead(lower) {
			lw.ru = bytes.ContainsAny(lower, ownRu)
			lw.uk = bytes.ContainsAny(lower, ownUk)
		}
	}
	if lw.langs != 0 || lw.ru || lw.uk {
		out.fw = append(out.fw, lw)
	}
	return lower
}

// appendLower appends word in lower case to dst, as strings.ToLower
// writes it (an invalid byte as U+FFFD).
func appendLower(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		if c := word[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// hasCyrillicLead reports whether b holds a byte that leads the UTF-8 of a
// letter from U+0400 to U+04FF, where the Russian and Ukrainian letters are.
func hasCyrillicLead(b []byte) bool {
	for _, c := range b {
		if c >= 0xD0 && c <= 0xD3 {
			return true
		}
	}
	return false
}

// dropNameParticles removes from the function words the particles that
// stand inside a name ("von der" in "Ursula von der Leyen"): they are part
// of the name, not evidence of German.
func (l *lexicon) dropNameParticles(text string) {
	if !l.particles {
		return
	}
	kept := l.fw[:0]
	for _, w := range l.fw {
		if !w.particle || !particleAt(text, int(w.start), int(w.end)) {
			kept = append(kept, w)
		}
	}
	l.fw = kept
}

// isLetter is unicode.IsLetter with an ASCII fast path.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// in returns the part of l inside span s (words that start in it; the
// spans asked for end at the end of a word).
func (l lexicon) in(s textdoc.Span) lexicon {
	i := sort.Search(len(l.fw), func(i int) bool { return int(l.fw[i].start) >= s.Start })
	j := i + sort.Search(len(l.fw)-i, func(j int) bool { return int(l.fw[i+j].end) > s.End })
	k := sort.Search(len(l.words), func(i int) bool { return int(l.words[i]) >= s.Start })
	m := k + sort.Search(len(l.words)-k, func(i int) bool { return int(l.words[k+i]) >= s.End })
	return lexicon{fw: l.fw[i:j], words: l.words[k:m]}
}

// lexCursor returns the parts of a lexicon inside spans asked for in order
// (neither start nor end ever moving back), as in does, without a search
// each: the 6-word windows of a block step through it.
type lexCursor struct {
	l          lexicon
	i, j, k, m int
}

// in is lexicon.in for the next span.
func (c *lexCursor) in(s textdoc.Span) lexicon {
	c.advance(s)
	return c.lexicon()
}

// lexicon returns the part of the lexicon inside the span of the last
// advance.
func (c *lexCursor) lexicon() lexicon {
	return lexicon{fw: c.l.fw[c.i:c.j], words: c.l.words[c.k:c.m]}
}

// advance moves the cursor to the next span: in without the lexicon, which
// the windows' gate seldom needs (its running counts index the function
// words from c.i to c.j).
func (c *lexCursor) advance(s textdoc.Span) {
	fw, words := c.l.fw, c.l.words
	for c.i < len(fw) && int(fw[c.i].start) < s.Start {
		c.i++
	}
	c.j = max(c.j, c.i)
	for c.j < len(fw) && int(fw[c.j].end) <= s.End {
		c.j++
	}
	for c.k < len(words) && int(words[c.k]) < s.Start {
		c.k++
	}
	c.m = max(c.m, c.k)
	for c.m < len(words) && int(words[c.m]) < s.End {
		c.m++
	}
}

// count returns the number of function words of lang.
func (l lexicon) count(lang string) int {
	b, n := langBit(lang), 0
	for _, w := range l.fw {
		if w.langs&b != 0 {
			n++
		}
	}
	return n
}

// certainly reports whether the text is certainly in lang (a language with
// a list) by its words alone: at least two of lang's function words, and a
// quarter of its words or more.
func (l lexicon) certainly(lang string) bool {
	n := l.count(lang)
	return n >= 2 && 4*n >= len(l.words)
}

// oneList decides a candidate x for target t where only one of them has a
// word list; ok is false where both or neither have one.
func (l lexicon) oneList(x, t string) (maybe, ok bool) {
	switch xb, tb := langBit(x), langBit(t); {
	case xb != 0 && tb == 0:
		return l.count(x) >= 2, true
	case xb == 0 && tb != 0:
		return !l.certainly(t), true
	}
	return false, false
}

// evidence counts the function words that belong to lang and not to target,
// and the reverse. ok is false when either language has no list.
func (l lexicon) evidence(lang, target string) (foreign, native int, ok bool) {
	fb, tb := langBit(lang), langBit(target)
	if fb == 0 || tb == 0 {
		return 0, 0, false
	}
	foreign, native = l.evidenceBits(fb, tb)
	return foreign, native, true
}

// evidence is the result of lexicon.evidence for one candidate.
type evidence struct {
	foreign, native int
	ok              bool
}

// evidenceEach appends to dst the evidence of each of cands against
// target; the target's own is left zero, as no gate asks for it.
func (l lexicon) evidenceEach(cands []string, target string, dst []evidence) []evidence {
	for _, x := range cands {
		var e evidence
		if x != target {
			e.foreign, e.native, e.ok = l.evidence(x, target)
		}
		dst = append(dst, e)
	}
	return dst
}

// ruBit and ukBit are the bits of Russian and Ukrainian, which share most
// function words: between the two, the letters only one of them uses count
// too.
var ruBit, ukBit = langBit("ru"), langBit("uk")

// evidenceBits is evidence for the languages of bits fb and tb, both with
// lists.
func (l lexicon) evidenceBits(fb, tb langBits) (foreign, native int) {
	if e := newEvidencePair(fb, tb); e.ruUk {
		for i := range l.fw {
			switch inF, inT := e.of(&l.fw[i]); {
			case inF && !inT:
				foreign++
			case inT && !inF:
				native++
			}
		}
		return foreign, native
	}
	for _, w := range l.fw {
		if inF, inT := w.langs&fb != 0, w.langs&tb != 0; inF != inT {
			if inF {
				foreign++
			} else {
				native++
			}
		}
	}
	return foreign, native
}

// evidencePair tells whether a function word belongs to a foreign language
// (bit fb) and to the target (bit tb); between Russian and Ukrainian, the
// letters that only one of them uses count too.
type evidencePair struct {
	fb, tb         langBits
	ruUk, fRu, tRu bool
}

func newEvidencePair(fb, tb langBits) evidencePair {
	ruUk := ruBit != 0 && ukBit != 0 && (fb == ruBit && tb == ukBit || fb == ukBit && tb == ruBit)
	return evidencePair{fb: fb, tb: tb, ruUk: ruUk, fRu: fb == ruBit, tRu: tb == ruBit}
}

func (e evidencePair) of(w *lexWord) (inF, inT bool) {
	inF, inT = w.langs&e.fb != 0, w.langs&e.tb != 0
	if e.ruUk {
		inF = inF || e.fRu && w.ru || !e.fRu && w.uk
		inT = inT || e.tRu && w.ru || !e.tRu && w.uk
	}
	return inF, inT
}

// gateCount is the evidence of a candidate in the function words of a
// lexicon before some index.
type gateCount struct{ foreign, native int32 }

// appendRunningEvidence appends to dst the evidence (evidenceBits) of the
// first k function words of l, for k from 0 to len(l.fw): the evidence of
// fw[i:j] is the difference of entries j and i.
func (l lexicon) appendRunningEvidence(dst []gateCount, fb, tb langBits) []gateCount {
	e := newEvidencePair(fb, tb)
	var c gateCount
	dst = append(dst, c)
	for i := range l.fw {
		if inF, inT := e.of(&l.fw[i]); inF != inT {
			if inF {
				c.foreign++
			} else {
				c.native++
			}
		}
		dst = append(dst, c)
	}
	return dst
}

// share counts the function words that belong to lang, and those of any of
// cands.
func (l lexicon) share(lang string, cands []string) (own, all int) {
	var any langBits
	for _, c := range cands {
		any |= langBit(c)
	}
	lb := langBit(lang)
	for _, w := range l.fw {
		if w.langs&any != 0 {
			all++
			if w.langs&lb != 0 {
				own++
			}
		}
	}
	return own, all
}

// language returns the candidate whose function words the text uses most,
// when there are at least three and twice as many as of any other
// candidate, and the share of them; "" when the words do not decide or a
// candidate has no list.
func (l lexicon) language(cands []string) (string, float64) {
	candBits := make([]langBits, len(cands))
	var any langBits
	for i, c := range cands {
		if candBits[i] = langBit(c); candBits[i] == 0 {
			return "", 0
		}
		any |= candBits[i]
	}
	counts := make([]int, len(cands))
	total := 0
	for _, w := range l.fw {
		if w.langs&any == 0 {
			continue
		}
		total++
		for i, b := range candBits {
			if w.langs&b != 0 {
				counts[i]++
			}
		}
	}
	best, second := -1, 0
	for i, n := range counts {
		if best < 0 || n > counts[best] {
			if best >= 0 {
				second = max(second, counts[best])
			}
			best = i
		} else {
			second = max(second, n)
		}
	}
	if best < 0 || counts[best] < 3 || counts[best] < 2*second {
		return "", 0
	}
	return cands[best], float64(counts[best]) / float64(total)
}

// plausible returns the candidates other than the target that text (its
// lexicon words) could be confirmed in: those without word lists, and those
// of which it has enough function words.
func (a *Analysis) plausible(words lexicon, cands []string, long *length) []string {
	target := a.Rep.Target
	var out []string
	for _, x := range cands {
		if x != target && (a.S.noGate || plausibleIn(words, x, target, long)) {
			out = append(out, x)
		}
	}
	return out
}

// plausibleIn reports whether text (its lexicon words) could be confirmed
// in candidate x rather than target.
func plausibleIn(words lexicon, x, target string, long *length) bool {
	foreign, native, ok := words.evidence(x, target)
	return plausibleBy(words, x, target, evidence{foreign, native, ok}, long)
}

// plausibleBy is plausibleIn with x's evidence e already counted.
func plausibleBy(words lexicon, x, target string, e evidence, long *length) bool {
	foreign, native, ok := e.foreign, e.native, e.ok
	if !ok {
		maybe, one := words.oneList(x, target)
		return !one || maybe
	}
	// Short text needs two foreign function words, long text one.
	return foreign > native && (foreign >= 2 || long.long())
}

// length tells whether a text is long (longLetters letters or more), as
// the gate weighs it. The gate seldom needs to know: a text's letters are
// counted when it first asks.
type length struct {
	text          string
	known, isLong bool
}

// knownLength is the length of a text whose letters are counted.
func knownLength(long bool) *length { return &length{known: true, isLong: long} }

func (l *length) long() bool {
	if !l.known {
		l.isLong, l.known = hasLetters(l.text, longLetters), true
	}
	return l.isLong
}

// gated is the word gate for a sentence or window: the target and the
// plausible candidates for text, the list a multi-language score is asked
// for; nil when none is plausible.
func (a *Analysis) gated(text string, words lexicon, cands []string, long *length) []string {
	out := a.plausibleAndTarget(words, cands, long)
	a.judge(text, out != nil)
	return out
}

// plausibleAndTarget returns the plausible candidates and the target,
// sorted; nil when none is plausible.
func (a *Analysis) plausibleAndTarget(words lexicon, cands []string, long *length) []string {
	p := a.plausible(words, cands, long)
	if len(p) == 0 {
		return nil
	}
	out := append(p, a.Rep.Target)
	slices.Sort(out)
	return out
}

// plausibleAndTargetBy is plausibleAndTarget with each candidate's
// evidence already counted (ev, by the index in cands; nil when the gate
// is off).
func (a *Analysis) plausibleAndTargetBy(words lexicon, cands []string, ev []evidence, long *length) []string {
	target := a.Rep.Target
	var out []string
	for k, x := range cands {
		if x != target && (a.S.noGate || plausibleBy(words, x, target, ev[k], long)) {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	out = append(out, target)
	slices.Sort(out)
	return out
}

// judge counts one decision of the gate and returns passed.
func (a *Analysis) judge(text string, passed bool) bool {
	a.gate.judge(text, passed)
	return passed
}

// confirmed asks the text's own words to agree with the model: two function
// words of the foreign language more than of the target. Without word lists
// for both, the one list must not contradict the model (see oneList), and
// short text must be foreign beyond doubt even without its names.
func confirmed(words lexicon, lang, target string, nameless float64, long bool) bool {
	foreign, native, ok := words.evidence(lang, target)
	if !ok {
		if maybe, one := words.oneList(lang, target); one && !maybe {
			return false
		}
		return long || nameless >= 0.9
	}
	if long {
		return foreign > native
	}
	return foreign >= 2 && foreign > native
}
