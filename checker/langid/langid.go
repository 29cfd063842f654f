package langid

import (
	"github.com/mtlint/mtlint/checker/textdoc"
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// DefaultCandidates returns the languages every text is checked against
// besides its target and source: frequent source languages of machine
// translated news. The script gate drops those in another script than the
// text, so a Latin-script article costs the Latin ones only.
func DefaultCandidates() []string { return []string{"en", "de", "fr", "es", "ru", "uk", "ar", "zh"} }

// Tuning of the detection. Confidence values saturate to 1 and 0 on long
// text, so the thresholds only discriminate on short text; see DESIGN.md for
// the measurements behind them.
const (
	MinLetters      = 10  // nothing is decided on fewer letters
	longLetters     = 120 // from here on, one multi-language score is trusted
	pairThreshold   = 0.99
	namelessMinimum = 0.5 // the foreign confidence with capitalised words removed
	windowWords     = 6
	windowStep      = 3
	scriptRunWords  = 3  // a foreign-script run needs this many words...
	scriptRunLetter = 12 // ...and letters to be reported
)

// SpanUnit says how much text a foreign span covers.
type SpanUnit string

// The units of foreign text, largest first.
const (
	UnitParagraph SpanUnit = "paragraph"
	UnitSentence  SpanUnit = "sentence"
	UnitClause    SpanUnit = "clause"
	UnitWord      SpanUnit = "word"
)

// ForeignSpan is text of a block in another language than the target.
type ForeignSpan struct {
	Span textdoc.Span // in the block's Text
	Lang string       // ISO 639-1, or "" when only the script is known
	Conf float64      // the language's confidence (share of letters when ByScript)
	Unit SpanUnit
	// Script is set when the script alone decided: the span is written in
	// a script the target does not use.
	Script Script
}

// Evidence says what decided a block's language.
type Evidence string

// The kinds of evidence.
const (
	ByScript Evidence = "script" // a script the target does not use
	ByModel  Evidence = "model"  // lingua's confidence
	ByWords  Evidence = "words"  // the target's function words, the model not asked
)

// BlockLanguage is what detection found in one block.
type BlockLanguage struct {
	Lang    string // most likely language, "" when undecided (too short)
	Conf    float64
	By      Evidence
	Letters int
	Foreign []ForeignSpan
}

// LanguageReport is the language detection of one document.
type LanguageReport struct {
	Target, Source string
	Candidates     []string // after the script gate
	// Lang is the language of most of the text (by letters of the blocks
	// decided), Share its share of them; "" when too little was decided.
	Lang    string
	Share   float64
	Letters int // letters in decided blocks (CJK characters count three)
	// Blocks holds the result of each block; nil in the merged report of a
	// windowed document, whose results Block and Window give.
	Blocks []BlockLanguage
	Gate   GateStats // what the word gate let through to the model

	packed *packedBlocks

	prep *blockPrep // for another analysis of the same text
	// byLang is the vote Lang won: the weight of the decided blocks of
	// each language (MergeReports adds the votes of a document's windows).
	byLang map[string]int
}

// blockPrep is what an analysis computes of each block's text alone: the
// text with verbatim spans blanked, its letters by script and its function
// words. Setting the document's language re-segments it but keeps the
// text, so a second analysis (the target-aware one after the language was
// picked) reuses it.
type blockPrep struct {
	of     *textdoc.Document // the document analysed
	doc    *textdoc.Document // the same, masked
	counts []scriptCounts
	lex    []lexicon
}

// prepare computes the blockPrep of doc, or returns prev's when it was made
// for the same blocks. Without withLex the lexicons are left out (nil): the
// caller makes each when it judges the block (blockLexicon), so that they
// are not all in memory at once.
func prepare(doc *textdoc.Document, prev *LanguageReport, withLex bool) *blockPrep {
	if prev != nil && prev.prep != nil && prev.prep.of == doc && len(prev.prep.counts) == len(doc.Blocks) {
		p := *prev.prep
		p.doc = maskedDocument(doc) // the blocks' sentences and words may be new
		return &p
	}
	p := &blockPrep{of: doc, doc: maskedDocument(doc), counts: make([]scriptCounts, len(doc.Blocks))}
	if withLex {
		p.lex = make([]lexicon, len(doc.Blocks))
	}
	for i, b := range p.doc.Blocks {
		p.counts[i] = countScripts(b.Text)
		if withLex {
			p.lex[i] = blockLexicon(b, &p.counts[i])
		}
	}
	return p
}

// blockLexicon is the lexicon of a block with letters enough to be judged.
func blockLexicon(b *textdoc.Block, c *scriptCounts) lexicon {
	if c.letters() < MinLetters {
		return lexicon{}
	}
	return newLexicon(b.Text)
}

// scratch is a worker's reusable arrays: the lexicon of the block it
// judges (when none is kept) and the windows' bookkeeping.
type scratch struct {
	lex      lexicon
	evidence []evidence
	starts   []int
	native   []bool
	cands    []string
	gate     windowGate
	counts   []gateCount
}

// scratchPool keeps workers' scratch from one document to the next; an
// array grown for a very long paragraph is dropped rather than kept.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxKeptScratch is the most words of a paragraph whose arrays a pooled
// scratch keeps.
const maxKeptScratch = 1 << 16

// trim drops arrays grown past maxKeptScratch.
func (sc *scratch) trim() {
	if cap(sc.lex.words) > maxKeptScratch || cap(sc.lex.fw) > maxKeptScratch {
		sc.lex = lexicon{}
	}
	if cap(sc.starts) > maxKeptScratch || cap(sc.native) > maxKeptScratch || cap(sc.cands) > maxKeptScratch {
		sc.starts, sc.native, sc.cands = nil, nil, nil
	}
	if cap(sc.counts) > maxKeptScratch {
		sc.counts = nil
	}
	// The gate's slices point into the arrays above.
	sc.gate = windowGate{}
}

// GateStats counts the word gate's work: the texts it judged (paragraphs,
// sentences and 6-word windows with letters enough to be judged), those it
// passed on to the language model, and the model's calls. A text is passed
// when it holds function words of a candidate language, or when a language
// involved has no word list.
type GateStats struct {
	Judged      int64 `json:"judged"`
	Passed      int64 `json:"passed"`
	JudgedBytes int64 `json:"judged_bytes"`
	PassedBytes int64 `json:"passed_bytes"`
	ModelCalls  int64 `json:"model_calls"`
}

// Add adds o's counts to g.
func (g *GateStats) Add(o GateStats) {
	g.Judged += o.Judged
	g.Passed += o.Passed
	g.JudgedBytes += o.JudgedBytes
	g.PassedBytes += o.PassedBytes
	g.ModelCalls += o.ModelCalls
}

// gateCounters are GateStats counted from several goroutines.
type gateCounters struct {
	judged, passed, judgedBytes, passedBytes, modelCalls atomic.Int64
}

func (c *gateCounters) judge(text string, passed bool) {
	c.judged.Add(1)
	c.judgedBytes.Add(int64(len(text)))
	if passed {
		c.passed.Add(1)
		c.passedBytes.Add(int64(len(text)))
	}
}

func (c *gateCounters) stats() GateStats {
	return GateStats{Judged: c.judged.Load(), Passed: c.passed.Load(), JudgedBytes: c.judgedBytes.Load(),
		PassedBytes: c.passedBytes.Load(), ModelCalls: c.modelCalls.Load()}
}

func (c *gateCounters) add(g GateStats) {
	c.judged.Add(g.Judged)
	c.passed.Add(g.Passed)
	c.judgedBytes.Add(g.JudgedBytes)
	c.passedBytes.Add(g.PassedBytes)
	c.modelCalls.Add(g.ModelCalls)
}

// LanguageService finds the language of a document's blocks and foreign
// spans inside them. It is built once per process (by the Engine, when an
// enabled rule needs it) and is safe for concurrent use.
type LanguageService struct {
	model      LanguageModel
	candidates []string
	noGate     bool
	total      gateCounters
}

// WithoutGate turns the word gate off: every text with letters enough goes
// to the language model. It is for measuring what the gate saves and
// proving that it loses nothing (mtlint-eval --no-gate); call it before the
// first Analyze.
func (s *LanguageService) WithoutGate() { s.noGate = true }

// Stats returns the word gate's counts over every Analyze call so far.
func (s *LanguageService) Stats() GateStats { return s.total.stats() }

// NewLanguageService returns a service over model; candidates nil means
// DefaultCandidates.
func NewLanguageService(model LanguageModel, candidates []string) *LanguageService {
	if candidates == nil {
		candidates = DefaultCandidates()
	}
	return &LanguageService{model: model, candidates: candidates}
}

// Analyze detects the languages of doc. target "" asks for block languages
// only (to find the document's language; doc.Lang, a first guess, is then a
// candidate too); with a target, foreign spans are searched too. source may
// be "".
func (s *LanguageService) Analyze(doc *textdoc.Document, target, source string) *LanguageReport {
	return s.AnalyzeFrom(doc, target, source, nil)
}

// AnalyzeFrom is Analyze, reusing the block preparation of prev (an analysis of
// the same document, or nil).
func (s *LanguageService) AnalyzeFrom(doc *textdoc.Document, target, source string, prev *LanguageReport) *LanguageReport {
	// Code and placeholders ("{count, plural, one {...}}", `make`) are not
	// prose in any language: the analysis sees them as spaces. Each block's
	// function words are looked up once.
	// A target-aware analysis that reuses nothing (the language was given)
	// makes each block's lexicon when it judges the block, and keeps none:
	// on a large file they would all be in memory at once. Its models
	// then load when first asked for (cheap: they are read in place).
	lazy := target != "" && (prev == nil || prev.prep == nil)
	prep := prepare(doc, prev, !lazy)
	doc, counts, lex := prep.doc, prep.counts, prep.lex
	rep := &LanguageReport{Target: target, Source: source, Blocks: make([]BlockLanguage, len(doc.Blocks)), prep: prep}
	var docScripts scriptSet
	for i := range doc.Blocks {
		for sc := Latin; sc < numScripts; sc++ {
			if counts[i][sc] >= MinLetters {
				docScripts |= setOf(sc)
			}
		}
	}
	// The script gate: only candidates written in a script the text uses
	// are loaded.
	first := []string{target, source}
	if target == "" {
		// The function-word and script guess made when the document was
		// read (Japanese by its kana, Italian by its articles) competes
		// too, so that a language outside the candidates can win.
		first = append(first, doc.Lang)
	}
	all := append(first, s.candidates...)
	for k, l := range all {
		// A handful of codes: a look back is cheaper than a set.
		if l == "" || slices.Contains(all[:k], l) || !KnownLanguage(l) {
			continue
		}
		if LanguageScripts(l)&docScripts != 0 {
			if rep.Candidates == nil {
				rep.Candidates = make([]string, 0, len(all)) // nil when none
			}
			rep.Candidates = append(rep.Candidates, l)
		}
	}
	slices.Sort(rep.Candidates)

	a := &Analysis{S: s, Rep: rep}
	// Each candidate's scripts are looked up once, not once a script.
	scripts := make([]scriptSet, len(rep.Candidates))
	for i, l := range rep.Candidates {
		scripts[i] = LanguageScripts(l)
	}
	for sc := range a.byScript {
		for i, l := range rep.Candidates {
			if scripts[i].has(Script(sc)) {
				a.byScript[sc] = append(a.byScript[sc], l)
			}
		}
	}
	if target != "" {
		a.targetScripts = LanguageScripts(target)
		a.shape = newSourceShape(target, source)
	}
	todo := make([]int, len(doc.Blocks))
	for i := range todo {
		todo[i] = i
	}
	if target == "" {
		todo = a.wordVote(doc, counts, lex)
	}
	if len(todo) > 0 && !lazy {
		// Load, in parallel and before fanning out, the models the blocks
		// can need: after the script gate, a word gate. A candidate of which
		// a block has no function words cannot be confirmed, so a clean text
		// loads nothing.
		s.model.Preload(a.neededModels(todo, counts, lex))
	}
	// Fan out over blocks: the models are loaded, scoring is read-only.
	judge := func(i int, sc *scratch) {
		var l lexicon
		if lazy {
			if counts[i].letters() >= MinLetters {
				sc.lex = appendLexicon(sc.lex, doc.Blocks[i].Text)
				l = sc.lex
			}
		} else {
			l = lex[i]
		}
		rep.Blocks[i] = a.block(doc.Blocks[i], &counts[i], l, sc)
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	if workers == 1 {
		// One core or one block: the blocks are judged here, without the
		// goroutine and channel that would cost more than a short
		// document's judging.
		sc := scratchPool.Get().(*scratch)
		for _, i := range todo {
			judge(i, sc)
		}
		sc.trim()
		scratchPool.Put(sc)
	} else {
		var wg sync.WaitGroup
		next := make(chan int)
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sc := scratchPool.Get().(*scratch)
				defer func() {
					sc.trim()
					scratchPool.Put(sc)
				}()
				for i := range next {
					judge(i, sc)
				}
			}()
		}
		for _, i := range todo {
			next <- i
		}
		close(next)
		wg.Wait()
	}

	rep.Gate = a.gate.stats()
	s.total.add(rep.Gate)

	// The vote weighs blocks by voteWeight.
	byLang := map[string]int{}
	for i, bl := range rep.Blocks {
		if bl.Lang != "" {
			w := voteWeight(&counts[i])
			byLang[bl.Lang] += w
			rep.Letters += w
		}
	}
	for l, n := range byLang {
		if n > byLang[rep.Lang] || n == byLang[rep.Lang] && l < rep.Lang {
			rep.Lang = l
		}
	}
	if rep.Letters > 0 {
		rep.Share = float64(byLang[rep.Lang]) / float64(rep.Letters)
	}
	rep.byLang = byLang
	if target != "" {
		// Only an analysis without a target (the one that finds the
		// document's language) is reused by another; the masked copy of
		// the text and its lexicons would otherwise stay in memory for as
		// long as the rules run.
		rep.prep = nil
	}
	return rep
}

// wordVote decides, for the document's language (no target), the blocks
// whose function words name a candidate clearly, and returns the blocks
// left to the model; none when the blocks decided give one language more
// than half the weight of all the blocks that could vote (and letters
// enough to be trusted), so that the model cannot change the outcome. A
// clean article in a language with a word list is thus decided without
// loading a model.
func (a *Analysis) wordVote(doc *textdoc.Document, counts []scriptCounts, lex []lexicon) []int {
	var rest []int
	byLang := map[string]int{}
	total, best := 0, 0
	for i, b := range doc.Blocks {
		c := &counts[i]
		letters := c.letters()
		cands := a.candidatesFor(c.dominant())
		if letters < MinLetters || len(cands) == 0 {
			continue
		}
		w := voteWeight(c)
		total += w
		l, conf := "", 0.0
		if !a.S.noGate {
			l, conf = lex[i].language(cands)
		}
		if l == "" {
			rest = append(rest, i)
			continue
		}
		a.judge(b.Text, false)
		a.Rep.Blocks[i] = BlockLanguage{Lang: l, Conf: conf, By: ByWords, Letters: letters}
		byLang[l] += w
		best = max(best, byLang[l])
	}
	if 2*best > total && best >= 2*MinLetters {
		return nil
	}
	return rest
}

// voteWeight is a block's weight in the vote for the document's language:
// its letters, a Chinese, Japanese or Korean character as three (it carries
// about as much as a short word).
func voteWeight(c *scriptCounts) int { return c.letters() + 2*(c[Han]+c[Kana]+c[Hangul]) }

// Analysis is one Analyze call's state shared by its workers.
type Analysis struct {
	S             *LanguageService
	Rep           *LanguageReport
	targetScripts scriptSet
	gate          gateCounters
	// byScript are the candidates written in each script, listed once.
	byScript [numScripts][]string
	// shape is what SourceWords needs, looked up once for all blocks.
	shape *sourceShape
}

// scores asks the model, counting the call.
func (a *Analysis) scores(text string, langs []string) []LangScore {
	a.gate.modelCalls.Add(1)
	return a.S.model.Scores(text, langs)
}

// candidatesFor returns the candidates written in script sc (shared:
// read only).
func (a *Analysis) candidatesFor(sc Script) []string {
	if int(sc) < len(a.byScript) {
		return a.byScript[sc]
	}
	return a.candidatesIn(sc)
}

// candidatesIn lists the candidates written in script sc.
func (a *Analysis) candidatesIn(sc Script) []string {
	var out []string
	for _, l := range a.Rep.Candidates {
		if LanguageScripts(l).has(sc) {
			out = append(out, l)
		}
	}
	return out
}

// block detects one block's language and foreign spans.
func (a *Analysis) block(b *textdoc.Block, c *scriptCounts, words lexicon, sc *scratch) BlockLanguage {
	bl := BlockLanguage{Letters: c.letters()}
	if bl.Letters < MinLetters {
		return bl
	}
	dom := c.dominant()
	target := a.Rep.Target
	if target != "" && a.targetScripts != 0 && !a.targetScripts.has(dom) && c.in(a.targetScripts)*3 < bl.Letters {
		// The script alone decides: no model is asked.
		bl.Lang = a.nameByScript(dom, b.Text)
		bl.Conf = float64(c[dom]) / float64(bl.Letters)
		bl.By = ByScript
		bl.Foreign = []ForeignSpan{{Span: textdoc.Span{Start: 0, End: len(b.Text)}, Lang: bl.Lang, Conf: bl.Conf, Unit: UnitParagraph, Script: dom}}
		return bl
	}
	// In a mixed block, the target's script is what the models judge.
	cands := a.candidatesFor(a.judgedScript(c))
	if len(cands) == 0 {
		if target != "" {
			bl.Foreign = a.scriptRuns(b, c)
		}
		return bl
	}
	// The word gate for the whole block.
	var gate []string
	var ev []evidence
	if target != "" {
		// Each candidate's evidence in the whole block, which the windows'
		// gate weighs too.
		if !a.S.noGate {
			ev = words.evidenceEach(cands, target, sc.evidence[:0])
			sc.evidence = ev
		}
		gate = a.plausibleAndTargetBy(words, cands, ev, knownLength(bl.Letters >= longLetters))
	}
	switch {
	case target == "":
		// The document's language, for a block whose function words did
		// not decide it (wordVote): a sample of the block is enough for the
		// vote, and long texts are where lingua gets slow.
		a.judge(b.Text, true)
		scores := a.scores(sample(b.Text), cands)
		if len(scores) > 0 && scores[0].Conf > 0 {
			bl.Lang, bl.Conf, bl.By = scores[0].Lang, scores[0].Conf, ByModel
		}
		return bl
	case slices.Contains(cands, target) && !a.judge(b.Text, gate != nil):
		// The block's function words are the target's: the model could
		// not report it (confirmed would refuse), so it is not asked. The
		// confidence is the target's share of the function words; a block
		// with none stays undecided.
		if own, all := words.share(target, cands); own > 0 {
			bl.Lang, bl.Conf, bl.By = target, float64(own)/float64(all), ByWords
		}
	default:
		scores := a.scores(b.Text, gate)
		if len(scores) == 0 || scores[0].Conf == 0 {
			return bl
		}
		bl.Lang, bl.Conf, bl.By = scores[0].Lang, scores[0].Conf, ByModel
		if f, ok := a.foreign(b.Text, words, scores, cands); ok {
			f.Span, f.Unit = textdoc.Span{Start: 0, End: len(b.Text)}, UnitParagraph
			bl.Foreign = []ForeignSpan{f}
			return bl
		}
	}
	if bl.Lang != target {
		// The model's guess was not confirmed: a mixed paragraph, or one
		// full of names. It does not vote for the document's language.
		bl.Lang = ""
	}
	bl.Foreign = a.scriptRuns(b, c)
	// Sentences, when there are several: a sentence left in the source
	// language at the end of a translated paragraph.
	var flagged []textdoc.Span
	if len(b.Sentences) > 1 {
		for _, sen := range b.Sentences {
			text := b.Text[sen.Start:sen.End]
			if !hasLetters(text, MinLetters) || overlapsAny(bl.Foreign, sen) {
				continue
			}
			if f, ok := a.foreign(text, words.in(sen), nil, cands); ok {
				f.Span, f.Unit = sen, UnitSentence
				bl.Foreign = append(bl.Foreign, f)
				flagged = append(flagged, sen)
			}
		}
	}
	for _, f := range a.windows(b, words, cands, ev, flagged, sc) {
		if !quotedTitle(b, f.Span) {
			bl.Foreign = append(bl.Foreign, f)
		}
	}
	if target != "" {
		bl.Foreign = append(bl.Foreign, a.SourceWords(b, bl.Foreign)...)
	}
	slices.SortFunc(bl.Foreign, func(x, y ForeignSpan) int { return x.Span.Start - y.Span.Start })
	return bl
}

// foreign decides whether text (a paragraph or sentence) is in another
// language than the target. scores are its multi-candidate scores when
// already computed. Short text is re-checked on a {target, X} pair, and the
// foreign language must survive the removal of capitalised words, so that a
// sentence full of German place names is not German.
func (a *Analysis) foreign(text string, words lexicon, scores []LangScore, cands []string) (ForeignSpan, bool) {
	target := a.Rep.Target
	if !slices.Contains(cands, target) {
		return ForeignSpan{}, false
	}
	long := &length{text: text}
	if scores == nil {
		g := a.gated(text, words, cands, long)
		if g == nil {
			return ForeignSpan{}, false
		}
		scores = a.scores(text, g)
	}
	if len(scores) < 2 || scores[0].Lang == target || scores[0].Conf == 0 {
		return ForeignSpan{}, false
	}
	x := scores[0].Lang
	if len(strings.Fields(text)) < 3 {
		return ForeignSpan{}, false
	}
	pair := sortedPair(target, x)
	conf := a.scores(text, pair)
	fx := confOf(conf, x)
	if fx < pairThreshold {
		return ForeignSpan{}, false
	}
	nameless := withoutCapitalised(text)
	if !hasLetters(nameless, MinLetters) {
		return ForeignSpan{}, false
	}
	nx := confOf(a.scores(nameless, pair), x)
	if nx < namelessMinimum || !confirmed(words, x, target, nx, long.long()) {
		return ForeignSpan{}, false
	}
	return ForeignSpan{Lang: x, Conf: fx}, true
}

// windows scores 6-word windows (step 3) on a {target, source} pair and
// merges the flagged ones into spans. Without a source, the window's most
// likely other candidate stands in. Windows inside spans already flagged are
// skipped.
func (a *Analysis) windows(b *textdoc.Block, lex lexicon, cands []string, ev []evidence, skip []textdoc.Span, sc *scratch) []ForeignSpan {
	target, source := a.Rep.Target, a.Rep.Source
	if len(b.Words) < windowWords || !slices.Contains(cands, target) {
		return nil
	}
	wg := a.windowCandidates(lex, cands, ev, sc)
	type hit struct {
		start, end int // word indices
		lang       string
		conf       float64
	}
	starts := sc.starts[:0]
	defer func() { sc.starts = starts }()
	for i := 0; i+windowWords <= len(b.Words); i += windowStep {
		starts = append(starts, i)
	}
	if last := starts[len(starts)-1]; last+windowWords < len(b.Words) {
		starts = append(starts, len(b.Words)-windowWords)
	}
	var hits []hit
	// native marks the words of windows that were judged and not flagged:
	// they trim the edges of flagged spans to a 3-word resolution.
	native := slices.Grow(sc.native[:0], len(b.Words))[:len(b.Words)]
	clear(native)
	sc.native = native
	notForeign := func(i, j int) {
		for k := i; k < j; k++ {
			native[k] = true
		}
	}
	cursor := lexCursor{l: lex}
	for _, i := range starts {
		j := i + windowWords
		span := textdoc.Span{Start: b.Words[i].Start, End: b.Words[j-1].End}
		if overlapsSpans(skip, span) {
			continue
		}
		text := b.Text[span.Start:span.End]
		if !hasLetters(text, MinLetters) {
			notForeign(i, j)
			continue
		}
		if len(wg.cands) == 1 {
			// Only the target is left: the gate passes no window, and
			// counts each as gated would.
			a.judge(text, false)
			notForeign(i, j)
			continue
		}
		cursor.advance(span)
		g := wg.gated(a, text, &cursor)
		if g == nil {
			notForeign(i, j)
			continue
		}
		x := source
		if x == "" || x == target || !slices.Contains(cands, x) {
			scores := a.scores(text, g)
			if len(scores) < 2 || scores[0].Lang == target || scores[0].Conf == 0 {
				continue
			}
			x = scores[0].Lang
		}
		pair := sortedPair(target, x)
		fx := confOf(a.scores(text, pair), x)
		if fx < pairThreshold {
			notForeign(i, j)
			continue
		}
		nameless := withoutCapitalised(text)
		if !hasLetters(nameless, MinLetters) {
			continue
		}
		nx := confOf(a.scores(nameless, pair), x)
		if nx < namelessMinimum || !confirmed(cursor.lexicon(), x, target, nx, false) {
			notForeign(i, j)
			continue
		}
		if n := len(hits); n > 0 && hits[n-1].lang == x && i < hits[n-1].end {
			hits[n-1].end = j
			hits[n-1].conf = max(hits[n-1].conf, fx)
			continue
		}
		hits = append(hits, hit{i, j, x, fx})
	}
	var out []ForeignSpan
	for _, h := range hits {
		// Trim edge words that an unflagged window holds too, up to the
		// first function word of the foreign language.
		start, end := h.start, h.end
		pair := sortedPair(target, h.lang)
		foreignWord := func(k int) bool {
			w := b.WordText(k)
			if wordLangs(w)&langBit(h.lang) != 0 {
				return true
			}
			// One word is weak evidence, but only decides between two
			// readings of an edge already in doubt.
			return confOf(a.scores(w, pair), h.lang) >= 0.5
		}
		for start < end && native[start] && !foreignWord(start) {
			start++
		}
		for end > start && native[end-1] && !foreignWord(end-1) {
			end--
		}
		if end-start >= windowStep {
			h.start, h.end = start, end
		}
		span := textdoc.Span{Start: b.Words[h.start].Start, End: b.Words[h.end-1].End}
		sen := b.SentenceAt(span.Start)
		unit := UnitClause
		if coverage(b, sen, span) >= 0.6 {
			span, unit = sen, UnitSentence
		} else {
			span = snapToClauses(b, sen, span)
		}
		out = append(out, ForeignSpan{Span: span, Lang: h.lang, Conf: h.conf, Unit: unit})
	}
	return out
}

// windowCandidates returns the candidates the word gate of a window of
// block lexicon lex must still weigh: the target, and those that some window
// could pass. A window passes candidate x (both with word lists) only with
// two function words of x that are not the target's, and a window's words
// are some of the block's, so x is dropped when the whole block has fewer.
// Where a list is missing, or the gate is off, x stays. The gate's answer
// for every window is the same as with all of cands. For each candidate
// with a list besides the target's, the gate also keeps the running
// evidence of the block's function words (appendRunningEvidence), so that
// a window's is two subtractions. ev is each candidate's evidence in the
// whole block when the block's gate counted it (nil: it is counted here).
func (a *Analysis) windowCandidates(lex lexicon, cands []string, ev []evidence, sc *scratch) *windowGate {
	wg := &sc.gate
	wg.cands, wg.counts = sc.cands[:0], wg.counts[:0]
	defer func() { sc.cands = wg.cands }()
	if a.S.noGate {
		wg.cands = append(wg.cands, cands...)
		for range cands {
			wg.counts = append(wg.counts, nil)
		}
		return wg
	}
	target := a.Rep.Target
	tb := langBit(target)
	if len(ev) != len(cands) {
		ev = lex.evidenceEach(cands, target, nil)
	}
	for k, x := range cands {
		if x != target && ev[k].ok && ev[k].foreign < 2 {
			continue
		}
		wg.cands = append(wg.cands, x)
		wg.counts = append(wg.counts, nil)
	}
	if len(wg.cands) == 1 {
		return wg // the target alone: no window is gated
	}
	// Room for every candidate's counts at once: the slices into it stay
	// valid.
	buf := slices.Grow(sc.counts[:0], len(wg.cands)*(len(lex.fw)+1))
	for k, x := range wg.cands {
		if fb := langBit(x); x != target && fb != 0 && tb != 0 {
			start := len(buf)
			buf = lex.appendRunningEvidence(buf, fb, tb)
			wg.counts[k] = buf[start:len(buf):len(buf)]
		}
	}
	sc.counts = buf
	return wg
}

// windowGate is the word gate of the windows of one block: its candidates
// (windowCandidates) and, for those that have them, the running evidence
// of the block's function words.
type windowGate struct {
	cands  []string
	counts [][]gateCount
}

// gated is Analysis.gated(text, words, wg.cands, false) for a window, the
// span of the cursor's last advance.
func (wg *windowGate) gated(a *Analysis, text string, cursor *lexCursor) []string {
	target := a.Rep.Target
	i, j := cursor.i, cursor.j
	var out []string
	for k, x := range wg.cands {
		switch c := wg.counts[k]; {
		case x == target:
		case a.S.noGate:
			out = append(out, x)
		case c != nil:
			foreign, native := c[j].foreign-c[i].foreign, c[j].native-c[i].native
			if foreign >= 2 && foreign > native {
				out = append(out, x)
			}
		case plausibleIn(cursor.lexicon(), x, target, &length{known: true}):
			out = append(out, x)
		}
	}
	if len(out) > 0 {
		out = append(out, target)
		slices.Sort(out)
	}
	a.judge(text, out != nil)
	return out
}

// scriptRuns finds runs of words in a script the target does not use inside
// a block of the target's script: a Cyrillic sentence in an English
// paragraph. The script decides; no model is asked. Words are fields between
// white space; e-mail addresses, URLs and file names are neutral, and a run
// of a cased script needs lower-case words, so that names and titles
// ("The Wall Street Journal" in a Chinese article) are left alone.
func (a *Analysis) scriptRuns(b *textdoc.Block, c *scriptCounts) []ForeignSpan {
	if a.targetScripts == 0 || c.in(a.targetScripts) == c.letters() {
		return nil // every letter is in a script of the target's
	}
	var out []ForeignSpan
	type run struct {
		start, end, words, lower, letters int
		script                            Script
	}
	cur := run{start: -1}
	latinTarget := a.targetScripts == setOf(Latin)
	flush := func() {
		if cur.start < 0 {
			return
		}
		ok := false
		switch {
		case latinTarget && cur.script != Greek:
			// A Latin-script target has no word of its own in these
			// scripts: a run of any length is a leftover, unless it glosses
			// the word before it in brackets ("Xi Jinping (习近平)") or
			// quotes a title. In a cased script, one capitalised word is a
			// name ("Коммерсантъ"), as a reader may want it.
			ok = !bracketed(b.Text, trimPunct(b.Text, textdoc.Span{Start: cur.start, End: cur.end}))
			if cur.script.cased() {
				ok = ok && cur.letters >= 2 && (cur.lower > 0 || cur.words >= 2)
			}
		case cur.script == Han || cur.script == Kana || cur.script == Hangul || cur.script == Thai:
			ok = cur.letters >= 8
		case cur.script == Arabic || cur.script == Hebrew || cur.script == Devanagari || cur.script == Georgian || cur.script == Armenian || cur.script == OtherScript:
			ok = cur.words >= scriptRunWords && cur.letters >= scriptRunLetter
		default: // cased scripts
			ok = cur.words >= 4 && cur.letters >= 20 && cur.lower >= 2
		}
		if ok {
			span := trimPunct(b.Text, textdoc.Span{Start: cur.start, End: cur.end})
			lang := a.nameByScript(cur.script, b.Text[span.Start:span.End])
			unit := UnitClause
			if cur.words == 1 && cur.script != Han && cur.script != Kana && cur.script != Thai {
				unit = UnitWord
			}
			out = append(out, ForeignSpan{Span: span, Lang: lang, Conf: 1, Unit: unit, Script: cur.script})
		}
		cur = run{start: -1}
	}
	fields := fieldSpans(b.Text)
	if latinTarget {
		// "anti-如果存": the parts of a hyphenated field are words of
		// their own, so that a foreign part is not hidden by a Latin one.
		fields = splitHyphens(b.Text, fields)
	}
	for _, f := range fields {
		text := b.Text[f.Start:f.End]
		if handleOrAddress(text) {
			continue
		}
		c := countScripts(text)
		sc := c.dominant()
		if sc == NoScript {
			continue // a number or a dash: neutral, the run goes on
		}
		if a.targetScripts.has(sc) || sc != cur.script {
			flush()
		}
		if a.targetScripts.has(sc) {
			continue
		}
		if cur.start < 0 {
			cur = run{start: f.Start, script: sc}
		}
		cur.end = f.End
		cur.words++
		cur.letters += c.letters()
		if isLowerWord(text) {
			cur.lower++
		}
	}
	flush()
	return out
}

// splitHyphens splits fields at hyphens and slashes.
func splitHyphens(text string, fields []textdoc.Span) []textdoc.Span {
	var out []textdoc.Span
	for _, f := range fields {
		start := f.Start
		for i, r := range text[f.Start:f.End] {
			if r == '-' || r == '/' || r == '‐' {
				if f.Start+i > start {
					out = append(out, textdoc.Span{Start: start, End: f.Start + i})
				}
				start = f.Start + i + utf8.RuneLen(r)
			}
		}
		if start < f.End {
			out = append(out, textdoc.Span{Start: start, End: f.End})
		}
	}
	return out
}

// handleOrAddress reports whether a field is a social-media handle or tag
// ("@user", "#topic"), an e-mail address, a URL or a host name: neutral in
// any language.
func handleOrAddress(field string) bool {
	f := strings.TrimLeft(field, "(\"'“«„[")
	if strings.HasPrefix(f, "@") || strings.HasPrefix(f, "#") || strings.HasPrefix(f, "www.") || strings.Contains(f, "://") {
		return true
	}
	at := strings.IndexByte(f, '@')
	return at > 0 && strings.Contains(f[at:], ".")
}

// bracketed reports whether span s of text is all there is inside a pair of
// brackets or quotation marks: a gloss in the original script after a name,
// a title quoted as it is written.
func bracketed(text string, s textdoc.Span) bool {
	before := strings.TrimRight(text[:s.Start], " ")
	after := strings.TrimLeft(text[s.End:], " ")
	open, _ := utf8.DecodeLastRuneInString(before)
	closing, _ := utf8.DecodeRuneInString(after)
	switch open {
	case '(', '（':
		return closing == ')' || closing == '）' || closing == ',' || closing == ';'
	case '[':
		return closing == ']'
	case '"', '“', '„', '«', '»', '《', '「', '『', '‘', '\'':
		return strings.ContainsRune(`"”“»«》」』’'`, closing)
	}
	return false
}

// cased reports whether the script has upper and lower case.
func (s Script) cased() bool {
	return s == Latin || s == Cyrillic || s == Greek || s == Armenian || s == Georgian
}

// fieldSpans returns the spans of the white-space separated fields of text.
func fieldSpans(text string) []textdoc.Span {
	var out []textdoc.Span
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, textdoc.Span{Start: start, End: i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, textdoc.Span{Start: start, End: len(text)})
	}
	return out
}

// isLowerWord reports whether a field's letters are all lower case.
func isLowerWord(s string) bool {
	seen := false
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
		seen = seen || unicode.IsLower(r)
	}
	return seen
}

// nameByScript names the language of text known only by its script: the
// source language or the one candidate in that script, Russian or Ukrainian
// by their own letters; "" when the script is all that is known.
func (a *Analysis) nameByScript(sc Script, text string) string {
	if src := a.Rep.Source; src != "" && LanguageScripts(src).has(sc) && (sc != Han || src != "ja") {
		return src
	}
	if sc == Kana {
		return "ja"
	}
	if sc == Cyrillic {
		if strings.ContainsAny(text, "іїєґІЇЄҐ") {
			return "uk"
		}
		if strings.ContainsAny(text, "ыэъЫЭЪ") {
			return "ru"
		}
	}
	cands := a.candidatesFor(sc)
	if len(cands) == 1 {
		return cands[0]
	}
	if len(cands) == 0 {
		var found []string
		for _, l := range a.S.candidates {
			if LanguageScripts(l).has(sc) && (sc != Han || l == "zh") {
				found = append(found, l)
			}
		}
		if len(found) == 1 {
			return found[0]
		}
	}
	return ""
}

// withoutCapitalised drops the words that start with an upper-case letter:
// names, and in German also nouns, with the particles inside names ("von der"
// in "Ursula von der Leyen"). What is left must still read as the foreign
// language.
func withoutCapitalised(text string) string {
	var sb strings.Builder
	fields := strings.Fields(text)
	for i, name := range nameWords(fields) {
		if name {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(fields[i])
	}
	return sb.String()
}

// highBits is the top bit of each byte of a word: a word of eight ASCII
// bytes has none.
const highBits = 0x8080808080808080

// asciiLetters8 counts the letters among the eight ASCII bytes of x. Each
// byte is lowered (the case bit set) and tested for 'a' to 'z' by two
// additions whose results stay under 0x100, so that no carry crosses into
// the next byte: the top bit of x+0x1f is set from 'a' up, that of x+0x05
// from '{' up.
func asciiLetters8(x uint64) int {
	const ones = 0x0101010101010101
	y := x | 0x20*ones
	atLeastA := y + (0x80-'a')*ones
	pastZ := y + (0x80-'z'-1)*ones
	return bits.OnesCount64(atLeastA &^ pastZ & highBits)
}

// asciiLetterMask has the top bit of each byte of x (eight bytes of any
// kind) that is an ASCII letter, as asciiLetters8 tests them; the bytes
// outside ASCII are taken without their top bit, so that no sum carries,
// and then left out.
func asciiLetterMask(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x&^highBits | 0x20*ones
	return (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & highBits
}

// asciiLetter is 1 for the ASCII letters, 0 for the other bytes.
var asciiLetter = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = 1, 1
	}
	return t
}()

// hasLetters reports whether s holds at least n letters (letterCount(s) >=
// n), reading only as far as the n-th letter (or the eight bytes that hold
// it): the gate compares counts with a threshold and needs no more.
func hasLetters(s string, n int) bool {
	if n <= 0 {
		return true
	}
	for i := 0; i < len(s); {
		// Eight ASCII bytes at a time, their letters counted in one word:
		// the windows and sentences asked about are mostly ASCII.
		if i+8 <= len(s) {
			if x := load64(s, i); x&highBits == 0 {
				if n -= asciiLetters8(x); n <= 0 {
					return true
				}
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				if n--; n == 0 {
					return true
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			if n--; n == 0 {
				return true
			}
		}
		i += size
	}
	return false
}

func letterCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				n++
			}
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

func sortedPair(a, b string) []string {
	if a < b {
		return []string{a, b}
	}
	return []string{b, a}
}

func confOf(scores []LangScore, lang string) float64 {
	for _, s := range scores {
		if s.Lang == lang {
			return s.Conf
		}
	}
	return 0
}

func overlapsAny(fs []ForeignSpan, s textdoc.Span) bool {
	for _, f := range fs {
		if f.Span.Start < s.End && s.Start < f.Span.End {
			return true
		}
	}
	return false
}

func overlapsSpans(ss []textdoc.Span, s textdoc.Span) bool {
	for _, x := range ss {
		if x.Start < s.End && s.Start < x.End {
			return true
		}
	}
	return false
}

// coverage returns the share of the words of sentence sen inside span.
func coverage(b *textdoc.Block, sen, span textdoc.Span) float64 { return coverageSpan(b, sen, span) }

// wordsIn returns the words of b that lie inside c, found by binary search.
func wordsIn(b *textdoc.Block, c textdoc.Span) []textdoc.Span {
	i := sort.Search(len(b.Words), func(i int) bool { return b.Words[i].Start >= c.Start })
	j := sort.Search(len(b.Words), func(j int) bool { return b.Words[j].End > c.End })
	if j < i {
		return nil
	}
	return b.Words[i:j]
}

// snapToClauses widens or narrows span to the clauses of sentence sen (text
// between commas, semicolons, colons, dashes, brackets and quotation marks)
// of which the span holds at least three quarters of the words. The span is returned as
// it is when no clause qualifies.
func snapToClauses(b *textdoc.Block, sen, span textdoc.Span) textdoc.Span {
	out := textdoc.Span{Start: -1, End: -1}
	start := sen.Start
	emit := func(end int) {
		c := textdoc.Span{Start: start, End: end}
		if coverageSpan(b, c, span) >= 0.75 {
			c = textdoc.TrimSpan(b.Text, c)
			if c.Start < c.End {
				if out.Start < 0 {
					out = c
				} else {
					out.End = c.End
				}
			}
		}
	}
	for i, r := range b.Text[sen.Start:sen.End] {
		if strings.ContainsRune(",;:()[]–—\"“”„«»‹›「」『』，；：（）", r) {
			emit(sen.Start + i)
			start = sen.Start + i + utf8.RuneLen(r)
		}
	}
	emit(sen.End)
	if out.Start < 0 {
		return span
	}
	return trimPunct(b.Text, out)
}

// coverageSpan returns the share of the words of c that lie inside span.
func coverageSpan(b *textdoc.Block, c, span textdoc.Span) float64 {
	ws := wordsIn(b, c)
	if len(ws) == 0 {
		return 0
	}
	return float64(len(wordsIn(b, textdoc.Span{Start: max(c.Start, span.Start), End: min(c.End, span.End)}))) / float64(len(ws))
}

// trimPunct narrows a span to start and end at a letter or digit.
func trimPunct(text string, s textdoc.Span) textdoc.Span {
	for s.Start < s.End {
		if c := text[s.Start]; c < utf8.RuneSelf {
			if asciiLetter[c] != 0 || '0' <= c && c <= '9' {
				break
			}
			s.Start++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		if c := text[s.End-1]; c < utf8.RuneSelf {
			if asciiLetter[c] != 0 || '0' <= c && c <= '9' || c == '.' || c == '!' || c == '?' {
				break
			}
			s.End--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '!' || r == '?' {
			break
		}
		s.End -= n
	}
	return s
}

// maskedDocument returns doc, or a shallow copy of it whose blocks have their
// verbatim spans blanked with spaces (byte for byte, so every span and offset
// stays valid).
func maskedDocument(doc *textdoc.Document) *textdoc.Document {
	masked := false
	for _, b := range doc.Blocks {
		masked = masked || len(b.Verbatim()) > 0
	}
	if !masked {
		return doc
	}
	d := *doc
	d.Blocks = make([]*textdoc.Block, len(doc.Blocks))
	for i, b := range doc.Blocks {
		d.Blocks[i] = b
		if len(b.Verbatim()) == 0 {
			continue
		}
		text := []byte(b.Text)
		for _, v := range b.Verbatim() {
			for j := v.Start; j < v.End && j < len(text); j++ {
				text[j] = ' '
			}
		}
		c := *b
		c.Text = string(text)
		d.Blocks[i] = &c
	}
	return &d
}

// neededModels returns the candidates the blocks todo may be scored
// against.
func (a *Analysis) neededModels(todo []int, counts []scriptCounts, lex []lexicon) []string {
	target, source := a.Rep.Target, a.Rep.Source
	need := map[string]bool{}
	for _, i := range todo {
		c := &counts[i]
		letters := c.letters()
		if letters < MinLetters {
			continue
		}
		cands := a.candidatesFor(c.dominant())
		if target == "" {
			// The block's function words did not decide (wordVote): its
			// candidates compete.
			if len(cands) > 1 {
				for _, x := range cands {
					need[x] = true
				}
			}
			continue
		}
		if a.targetScripts != 0 && !a.targetScripts.has(c.dominant()) && c.in(a.targetScripts)*3 < letters {
			continue // decided by script
		}
		cands = a.candidatesFor(a.judgedScript(c))
		if !slices.Contains(cands, target) {
			continue
		}
		for _, x := range a.plausible(lex[i], cands, knownLength(letters >= longLetters)) {
			need[x] = true
			need[target] = true
			if slices.Contains(cands, source) {
				need[source] = true
			}
		}
	}
	var out []string
	for _, l := range a.Rep.Candidates {
		if need[l] {
			out = append(out, l)
		}
	}
	return out
}

// judgedScript returns the script the models judge in a block: its
// dominant one, or the target's when the block mixes scripts.
func (a *Analysis) judgedScript(c *scriptCounts) Script {
	dom := c.dominant()
	if a.Rep.Target != "" && !a.targetScripts.has(dom) {
		for sc := Latin; sc < numScripts; sc++ {
			if a.targetScripts.has(sc) && (!a.targetScripts.has(dom) || c[sc] > c[dom]) {
				dom = sc
			}
		}
	}
	return dom
}

// quotedTitle reports whether span is a short quotation: a title, motto or
// name quoted in its own language („Gemeinsam für die Stadt“), which a
// translation keeps.
func quotedTitle(b *textdoc.Block, span textdoc.Span) bool {
	words := 0
	for _, w := range b.Words {
		if w.Start >= span.Start && w.End <= span.End {
			words++
		}
	}
	if words > 6 {
		return false
	}
	before := strings.TrimRight(b.Text[:span.Start], " \u00a0")
	after := strings.TrimLeft(b.Text[span.End:], " \u00a0.,;:!?")
	r1, _ := utf8.DecodeLastRuneInString(before)
	r2, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune(quoteMarks, r1) && strings.ContainsRune(quoteMarks, r2)
}

// quoteMarks are the quotation marks of all locales.
const quoteMarks = "\"'“”„‟‘’‚«»‹›「」『』"

// sampleLetters bounds the text scored for a document's language.
const sampleLetters = 200

// sample returns text cut after about sampleLetters bytes.
func sample(text string) string { return prefix(text, sampleLetters) }
