package align

import (
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// Range is a half-open range [Start, End) of indices: blocks of a document or
// sentences of a block.
type Range struct {
	Start, End int
}

// Len returns the number of indices in the range.
func (r Range) Len() int { return r.End - r.Start }

// Bead is one step of an alignment: Source and Target are the ranges of
// blocks (or sentences) that translate each other. An empty Target is a
// source item with no counterpart (dropped); an empty Source, a target item
// with none (added). Cost is the bead's cost in the aligner's model, in nats
// (negative log probability, lowered by shared anchors): lower is surer.
type Bead struct {
	Source, Target Range
	Cost           float64
}

// Shape returns the bead's type as "source-target" counts: "1-1", "2-1",
// "1-0", ...
func (b Bead) Shape() string {
	return string(rune('0'+b.Source.Len())) + "-" + string(rune('0'+b.Target.Len()))
}

// ParagraphBead is a bead of blocks with the sentence alignment inside it.
type ParagraphBead struct {
	Bead
	// Sentences aligns the sentences of the bead's source and target text
	// (the Unit's Source and Target blocks, joined when the bead holds more
	// than one block a side); nil when one side is empty.
	Sentences []Bead
}

// Alignment pairs the blocks of a source document with those of its
// translation.
type Alignment struct {
	Source, Target *textdoc.Document
	// Ratio is the estimated number of target characters per source
	// character.
	Ratio float64
	Beads []ParagraphBead
}

// Parallel aligns the blocks of a source article with those of its
// translation and sets target.Units: one unit per bead, in order.
//
// A bead with several blocks on one side (a merged or split paragraph) gets a
// synthetic block for that side: the blocks' texts joined by "\n", mapped
// back to their own bytes, so Unit.Source and Unit.Target stay single blocks
// that rules can read and report on. The target's own blocks stay in
// target.Blocks for the monolingual rules. A source block with no counterpart
// becomes a unit with Target nil and TargetAt at the start of the next target
// block that has a counterpart (or at the end of the last one), so a finding
// about the missing paragraph points where it is missing. A target block with
// no source becomes a unit with Source nil.
//
// target.SourceLang is set from source.Lang when it is empty.
func Parallel(source, target *textdoc.Document) *Alignment {
	// Alignment reads every paragraph's sentences at once.
	source.EnsureSegmented()
	target.EnsureSegmented()
	a := &Alignment{Source: source, Target: target}
	src := itemsOf(source.Blocks)
	tgt := itemsOf(target.Blocks)
	var beads []Bead
	beads, a.Ratio = alignTwice(src, tgt, 200)
	if target.SourceLang == "" {
		target.SourceLang = source.Lang
	}
	target.Units = make([]*textdoc.Unit, 0, len(beads))
	a.Beads = make([]ParagraphBead, len(beads))
	for i, b := range beads {
		u := &textdoc.Unit{ID: unitID(i), SourceContent: source.Content}
		u.Source = joinBlocks(source.Blocks[b.Source.Start:b.Source.End], source.Lang)
		u.Target = joinBlocks(target.Blocks[b.Target.Start:b.Target.End], target.Lang)
		if u.Target != nil {
			u.TargetAt = u.Target.Start()
		} else {
			u.TargetAt = missingAt(target, beads, i)
		}
		target.Units = append(target.Units, u)
		a.Beads[i] = ParagraphBead{Bead: b}
		if u.Source != nil && u.Target != nil {
			a.Beads[i].Sentences = alignItems(sentenceItems(u.Source), sentenceItems(u.Target), a.Ratio)
		}
	}
	return a
}

func unitID(i int) string {
	var buf [20]byte
	n := len(buf)
	i++
	for i > 0 {
		n--
		buf[n] = byte('0' + i%10)
		i /= 10
	}
	return "p" + string(buf[n:])
}

// missingAt returns where the target of bead i, which has none, would be: the
// start of the next bead's target, or the end of the previous one.
func missingAt(target *textdoc.Document, beads []Bead, i int) int {
	for _, b := range beads[i+1:] {
		if b.Target.Len() > 0 {
			return target.Blocks[b.Target.Start].Start()
		}
	}
	for j := i - 1; j >= 0; j-- {
		if b := beads[j]; b.Target.Len() > 0 {
			return target.Blocks[b.Target.End-1].End()
		}
	}
	return 0
}

// joinBlocks returns the single block of bs, or a new block whose text is
// theirs joined by "\n" and whose offsets map into the same file as theirs;
// nil for none. The joined block is segmented in lang and takes the kind and
// index of the first.
func joinBlocks(bs []*textdoc.Block, lang string) *textdoc.Block {
	switch len(bs) {
	case 0:
		return nil
	case 1:
		return bs[0]
	}
	j := &textdoc.Block{Kind: bs[0].Kind, Index: bs[0].Index}
	var text strings.Builder
	var pieces []textdoc.Piece
	var verbatim []textdoc.Span
	for i, b := range bs {
		if i > 0 {
			prevEnd := bs[i-1].End()
			pieces = append(pieces, textdoc.Piece{Text: text.Len(), Raw: prevEnd, TextLen: 1, RawLen: max(0, b.Start()-prevEnd)})
			text.WriteByte('\n')
		}
		off := text.Len()
		for _, p := range b.Pieces() {
			p.Text += off
			pieces = append(pieces, p)
		}
		for _, v := range b.Verbatim() {
			verbatim = append(verbatim, textdoc.Span{Start: v.Start + off, End: v.End + off})
		}
		text.WriteString(b.Text)
	}
	j.Text = text.String()
	j.SetPieces(pieces)
	j.SetVerbatim(verbatim)
	textdoc.Segment(j, lang)
	return j
}

// AlignSentences aligns the sentences of a source block with those of its
// translation, with the same model as the paragraphs, the length ratio taken
// from the two blocks (and then from their one-to-one sentences). Bead ranges index source.Sentences and
// target.Sentences.
func AlignSentences(source, target *textdoc.Block) []Bead {
	if source == nil || target == nil {
		return nil
	}
	beads, _ := alignTwice(sentenceItems(source), sentenceItems(target), 30)
	return beads
}

// alignTwice aligns with the length ratio of the totals, then, when the
// one-to-one beads hold at least minChars source characters and give a
// different ratio, again with theirs: a dropped or added item skews the
// totals. It returns the beads and the ratio used.
func alignTwice(src, tgt []item, minChars int) ([]Bead, float64) {
	a := newAligner(src, tgt)
	ratio := estimateRatio(src, tgt)
	beads := a.run(ratio)
	if r := beadRatio(src, tgt, beads, minChars); r > 0 && math.Abs(r-ratio) > 0.03*ratio {
		ratio = r
		beads = a.run(ratio)
	}
	return beads, ratio
}

// item is what the aligner knows of a block or sentence: its length in
// characters, its anchors and its kind.
type item struct {
	length  int
	kind    textdoc.BlockKind
	anchors []anchor // sorted, unique
	quoted  bool
	// sents are the lengths of a block's sentences, nil for a sentence. A
	// bead that merges or splits blocks must cut the single side at a
	// sentence boundary into parts that match the other side's blocks.
	sents []int
}

func itemsOf(blocks []*textdoc.Block) []item {
	items := make([]item, len(blocks))
	for i, b := range blocks {
		items[i] = item{length: utf8.RuneCountInString(b.Text), kind: b.Kind, anchors: anchorsOf(b.Text), quoted: hasQuote(b.Text)}
		items[i].sents = make([]int, 0, len(b.Sentences))
		for _, s := range b.Sentences {
			items[i].sents = append(items[i].sents, utf8.RuneCountInString(b.Text[s.Start:s.End]))
		}
	}
	return items
}

func sentenceItems(b *textdoc.Block) []item {
	sents := b.Sentences
	if len(sents) == 0 {
		sents = []textdoc.Span{{Start: 0, End: len(b.Text)}}
	}
	items := make([]item, len(sents))
	for i, s := range sents {
		t := b.Text[s.Start:s.End]
		items[i] = item{length: utf8.RuneCountInString(t), anchors: anchorsOf(t), quoted: hasQuote(t)}
	}
	return items
}

func estimateRatio(src, tgt []item) float64 {
	var ls, lt int
	for _, it := range src {
		ls += it.length
	}
	for _, it := range tgt {
		lt += it.length
	}
	if ls == 0 || lt == 0 {
		return 1
	}
	return clampRatio(float64(lt) / float64(ls))
}

// clampRatio keeps a ratio within what translation produces (Chinese is about
// a third of the characters of English).
func clampRatio(r float64) float64 { return min(max(r, 0.2), 5) }

// beadRatio returns the length ratio over the one-to-one beads, 0 when they
// hold fewer than minChars source characters.
func beadRatio(src, tgt []item, beads []Bead, minChars int) float64 {
	var ls, lt int
	for _, b := range beads {
		if b.Source.Len() == 1 && b.Target.Len() == 1 {
			ls += src[b.Source.Start].length
			lt += tgt[b.Target.Start].length
		}
	}
	if ls < minChars || lt == 0 {
		return 0
	}
	return clampRatio(float64(lt) / float64(ls))
}

// The model. Priors are those of Gale and Church (1993), the 1-0/0-1 and
// 2-1/1-2 mass split evenly between the two directions.
const (
	// lengthVariance is Gale and Church's s², the variance of the target
	// length per source character.
	lengthVariance = 6.8
	// maxLengthCost caps the length term, so one odd pair cannot outweigh
	// all the anchor evidence.
	maxLengthCost = 23
	// gapLengthCost is the length term of a dropped or added item: a constant,
	// not Gale and Church's length-proportional one, because whole paragraphs
	// are dropped regardless of their length, and a length-proportional cost
	// makes the aligner merge a short dropped paragraph into its neighbour.
	gapLengthCost = 1

	// unsplitCost is added to a paragraph merge or split that cannot be cut
	// at a sentence boundary (a one-sentence paragraph), to two paragraphs a
	// side, and to every sentence merge or split.
	unsplitCost = 3

	// sentenceCountCost is added to a merge or split for each sentence by
	// which its sides differ.
	sentenceCountCost = 3

	sharedStrong   = 2.5 // a shared number, code, URL or acronym
	sharedWeak     = 1.0 // a shared capitalised name, both sides quoting
	unmatchedCode  = 1.5 // a code (F-16) or URL on one side only
	unmatchedOther = 1.0 // a number or acronym on one side only: cheaper, as 14 Uhr = 2 p.m. and NATO = OTAN are right
	maxAnchorBonus = 12
	maxAnchorCost  = 6
	// disjointAnchorsCost is added when both sides hold numbers, codes or
	// acronyms and share none of them.
	disjointAnchorsCost = 2.5
	sameKindBonus       = 2 // heading with heading, caption with caption
	kindCost            = 2 // a heading paired with body text
)

// alignBandSlack is how far beyond the difference in item counts an
// alignment path may stray from the diagonal in long documents.
const alignBandSlack = 30

type beadShape struct {
	ds, dt int
	prior  float64 // -log P(shape)
}

var beadShapes = [...]beadShape{
	{1, 1, -math.Log(0.89)},
	{1, 0, -math.Log(0.0099 / 2)},
	{0, 1, -math.Log(0.0099 / 2)},
	{2, 1, -math.Log(0.089 / 2)},
	{1, 2, -math.Log(0.089 / 2)},
	{2, 2, -math.Log(0.011)},
}

// alignItems finds the cheapest sequence of beads covering src and tgt.
func alignItems(src, tgt []item, ratio float64) []Bead {
	return newAligner(src, tgt).run(ratio)
}

// aligner finds the cheapest sequence of beads covering src and tgt by
// dynamic programming over a diagonal band (the whole matrix while one side
// has at most 2*alignBandSlack items). It keeps the parts of bead costs that do
// not depend on the length ratio, so a second run with another ratio costs
// only the length terms.
type aligner struct {
	src, tgt    []item
	lo, hi, off []int // row i holds columns lo[i]..hi[i] at cells off[i]...
	fixed       []float64
	sc          scratch
}

func newAligner(src, tgt []item) *aligner {
	n, m := len(src), len(tgt)
	// The band holds every path that strays from the diagonal by the
	// difference in counts plus alignBandSlack items: a dropped paragraph
	// early and an added one late make such a detour.
	band := max(n, m) + 1
	if min(n, m) > 2*alignBandSlack {
		band = absInt(n-m) + alignBandSlack
	}
	a := &aligner{src: src, tgt: tgt, lo: make([]int, n+1), hi: make([]int, n+1), off: make([]int, n+2)}
	for i := 0; i <= n; i++ {
		c := 0
		if n > 0 {
			c = i * m / n
		}
		a.lo[i], a.hi[i] = max(0, c-band), min(m, c+band)
		if i == n {
			a.hi[i] = m
		}
		if i == 0 {
			a.lo[i] = 0
		}
		a.off[i+1] = a.off[i] + a.hi[i] - a.lo[i] + 1
	}
	a.fixed = make([]float64, a.off[n+1]*len(beadShapes))
	for i := range a.fixed {
		a.fixed[i] = math.NaN()
	}
	return a
}

// at returns the cell of (i, j), -1 outside the band.
func (a *aligner) at(i, j int) int {
	if i < 0 || j < a.lo[i] || j > a.hi[i] {
		return -1
	}
	return a.off[i] + j - a.lo[i]
}

func (a *aligner) run(ratio float64) []Bead {
	n, m := len(a.src), len(a.tgt)
	if n == 0 && m == 0 {
		return nil
	}
	cost := make([]float64, a.off[n+1])
	back := make([]uint8, a.off[n+1])
	for i := 0; i <= n; i++ {
		for j := a.lo[i]; j <= a.hi[i]; j++ {
			k := a.at(i, j)
			if i == 0 && j == 0 {
				cost[k] = 0
				continue
			}
			best, bestShape := math.Inf(1), uint8(0)
			for s, sh := range beadShapes {
				pi, pj := i-sh.ds, j-sh.dt
				if pi < 0 || pj < 0 {
					continue
				}
				pk := a.at(pi, pj)
				if pk < 0 || math.IsInf(cost[pk], 1) {
					continue
				}
				src, tgt := a.src[pi:i], a.tgt[pj:j]
				f := &a.fixed[k*len(beadShapes)+s]
				if math.IsNaN(*f) {
					*f = a.sc.fixedCost(src, tgt, sh)
				}
				c := cost[pk] + *f
				if c >= best {
					continue // the length term is never negative
				}
				c += lengthTerm(src, tgt, ratio)
				if c < best {
					best, bestShape = c, uint8(s)
				}
			}
			cost[k], back[k] = best, bestShape
		}
	}
	var beads []Bead
	for i, j := n, m; i > 0 || j > 0; {
		k := a.at(i, j)
		sh := beadShapes[back[k]]
		pi, pj := i-sh.ds, j-sh.dt
		beads = append(beads, Bead{Source: Range{pi, i}, Target: Range{pj, j}, Cost: cost[k] - cost[a.at(pi, pj)]})
		i, j = pi, pj
	}
	slices.Reverse(beads)
	return beads
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// scratch holds buffers reused across bead costs.
type scratch struct {
	a, b []anchor
}

// lengthTerm is the part of a bead's cost that depends on the length ratio.
func lengthTerm(src, tgt []item, ratio float64) float64 {
	if len(src) == 0 || len(tgt) == 0 {
		return gapLengthCost
	}
	switch {
	case len(src) == 1 && len(tgt) == 1:
		return lengthCost(src[0].length, tgt[0].length, ratio)
	case src[0].sents != nil && len(src) == 1 && len(tgt) == 2:
		return splitLengthCost(src[0].sents, src[0].length, tgt[0].length, tgt[1].length, ratio)
	case src[0].sents != nil && len(src) == 2 && len(tgt) == 1:
		return splitLengthCost(tgt[0].sents, tgt[0].length, src[0].length, src[1].length, 1/ratio)
	}
	var ls, lt int
	for _, it := range src {
		ls += it.length
	}
	for _, it := range tgt {
		lt += it.length
	}
	if src[0].sents != nil && sentenceCount(src) == sentenceCount(tgt) {
		// Two paragraphs a side with as many sentences: they must pair
		// sentence by sentence, which a paragraph dropped on one side and
		// another added on the other does not.
		return min(sentenceByLength(src, tgt, ratio), maxLengthCost) + unsplitCost
	}
	// Sentences (sents nil): machine translation keeps them one to one,
	// so a merge or split is costlier than Gale and Church's
	// human-translation priors say. Paragraphs: two blocks a side.
	return lengthCost(ls, lt, ratio) + unsplitCost
}

// fixedCost is the part of a bead's cost that does not depend on the length
// ratio: the prior, the anchors, the kinds of block, the sentence counts.
func (sc *scratch) fixedCost(src, tgt []item, sh beadShape) float64 {
	c := sh.prior
	if len(src) == 0 || len(tgt) == 0 {
		return c
	}
	if len(src)+len(tgt) > 2 && src[0].sents != nil {
		// Merging or splitting paragraphs keeps the sentences: a bead
		// whose sides differ in sentence count is more likely a paragraph
		// dropped or added next to another.
		c += min(sentenceCountCost*float64(absInt(sentenceCount(src)-sentenceCount(tgt))), 3*sentenceCountCost)
	}
	c += sc.anchorCost(src, tgt)
	if len(src) == 1 && len(tgt) == 1 {
		ks, kt := src[0].kind, tgt[0].kind
		switch {
		case ks == kt && ks != textdoc.Paragraph:
			c -= sameKindBonus
		case ks != kt && (ks == textdoc.Heading || kt == textdoc.Heading):
			c += kindCost
		}
	} else {
		hs, ht := 0, 0
		for _, it := range src {
			if it.kind == textdoc.Heading {
				hs++
			}
		}
		for _, it := range tgt {
			if it.kind == textdoc.Heading {
				ht++
			}
		}
		c += kindCost * float64(absInt(hs-ht))
	}
	return c
}

// sentenceByLength sums the length costs of pairing the sentences of src and
// tgt in order, one to one; both sides hold the same number of sentences.
func sentenceByLength(src, tgt []item, ratio float64) float64 {
	c := 0.0
	i, si, j, sj := 0, 0, 0, 0
	for i < len(src) && j < len(tgt) {
		c += lengthCost(sentenceLen(src[i], si), sentenceLen(tgt[j], sj), ratio)
		if si++; si >= max(1, len(src[i].sents)) {
			i, si = i+1, 0
		}
		if sj++; sj >= max(1, len(tgt[j].sents)) {
			j, sj = j+1, 0
		}
	}
	return c
}

// sentenceLen returns the length of sentence k of a block, the whole block
// when it has no sentences.
func sentenceLen(it item, k int) int {
	if len(it.sents) == 0 {
		return it.length
	}
	return it.sents[k]
}

func sentenceCount(items []item) int {
	n := 0
	for _, it := range items {
		n += max(1, len(it.sents))
	}
	return n
}

// splitLengthCost is the length term of a bead that splits one block (its
// sentence lengths sents, total length total) into two blocks of lengths a
// and b of the other side (ratio: other-side characters per character of the
// one block): the cheapest cut at a sentence boundary, each part judged
// against its block. A block of one sentence cannot be cut: its total is
// compared with a+b and unsplitCost added. This tells a true split or merge
// from a paragraph added or dropped next to another, which a comparison of
// totals cannot.
func splitLengthCost(sents []int, total, a, b int, ratio float64) float64 {
	if len(sents) < 2 {
		return lengthCost(total, a+b, ratio) + unsplitCost
	}
	// Sentence lengths leave out the white space between sentences; spread
	// it evenly so the parts add up to the total.
	sum := 0
	for _, n := range sents {
		sum += n
	}
	gap := float64(total-sum) / float64(len(sents)-1)
	best := math.Inf(1)
	prefix := 0
	for q := 1; q < len(sents); q++ {
		prefix += sents[q-1]
		head := prefix + int(gap*float64(q-1))
		tail := total - head - int(gap)
		best = min(best, lengthCost(head, a, ratio)+lengthCost(tail, b, ratio))
	}
	return best
}

// lengthCost is Gale and Church's -log P(delta | match): delta is the
// target length's deviation from ratio times the source length, normalised by
// the expected spread.
func lengthCost(ls, lt int, ratio float64) float64 {
	l1, l2 := float64(ls), float64(lt)/ratio
	mean := (l1 + l2) / 2
	if mean == 0 {
		return 0
	}
	z := math.Abs(l2-l1) / math.Sqrt(lengthVariance*mean)
	x := z * zTableScale
	i := int(x)
	if i >= len(zTable)-1 {
		return maxLengthCost
	}
	// Linear interpolation in the table is within 0.005 of the exact value.
	return zTable[i] + (zTable[i+1]-zTable[i])*(x-float64(i))
}

// zTableScale is the number of zTable entries per unit of z.
const zTableScale = 256

// zTable holds min(-log erfc(z/√2), maxLengthCost), the two-tailed normal
// cost, for z = 0, 1/zTableScale, ..., up to where it reaches the cap: the
// aligner looks it up tens of thousands of times an article.
var zTable = func() []float64 {
	var t []float64
	for i := 0; ; i++ {
		pd := math.Erfc(float64(i) / zTableScale / math.Sqrt2)
		c := float64(maxLengthCost)
		if pd > 0 {
			c = min(-math.Log(pd), maxLengthCost)
		}
		t = append(t, c)
		if c >= maxLengthCost {
			return t
		}
	}
}()

// anchorCost lowers a bead's cost for each anchor both sides share and raises
// it for telling anchors only one side has.
func (sc *scratch) anchorCost(src, tgt []item) float64 {
	a, b := src[0].anchors, tgt[0].anchors
	if len(src) > 1 {
		sc.a = unionAnchors(sc.a[:0], src)
		a = sc.a
	}
	if len(tgt) > 1 {
		sc.b = unionAnchors(sc.b[:0], tgt)
		b = sc.b
	}
	var bonus, cost float64
	strongA, strongB, strongShared := 0, 0, 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			cost += a[0].unmatchedCost()
			strongA += a[0].strong()
			a = a[1:]
		case b[0] < a[0]:
			cost += b[0].unmatchedCost()
			strongB += b[0].strong()
			b = b[1:]
		default:
			bonus += a[0].sharedBonus()
			strongShared += a[0].strong()
			a, b = a[1:], b[1:]
		}
	}
	for _, x := range a {
		cost += x.unmatchedCost()
		strongA += x.strong()
	}
	for _, x := range b {
		cost += x.unmatchedCost()
		strongB += x.strong()
	}
	if strongA > 0 && strongB > 0 && strongShared == 0 {
		// Both sides have numbers or codes and share none: unlikely for a
		// translation, even one with a changed number.
		cost += disjointAnchorsCost
	}
	qs, qt := false, false
	for _, it := range src {
		qs = qs || it.quoted
	}
	for _, it := range tgt {
		qt = qt || it.quoted
	}
	if qs && qt {
		bonus += sharedWeak
	}
	return min(cost, maxAnchorCost) - min(bonus, maxAnchorBonus)
}

// unionAnchors appends the sorted union of the items' anchors to dst.
func unionAnchors(dst []anchor, items []item) []anchor {
	switch len(items) {
	case 1:
		return append(dst, items[0].anchors...)
	case 2:
		a, b := items[0].anchors, items[1].anchors
		for len(a) > 0 && len(b) > 0 {
			switch {
			case a[0] < b[0]:
				dst, a = append(dst, a[0]), a[1:]
			case b[0] < a[0]:
				dst, b = append(dst, b[0]), b[1:]
			default:
				dst, a, b = append(dst, a[0]), a[1:], b[1:]
			}
		}
		return append(append(dst, a...), b...)
	}
	for _, it := range items {
		dst = append(dst, it.anchors...)
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// anchor is a hashed token that survives translation unchanged or nearly so:
// a number (digits only, so de 8.400 = en 8,400), a code (F-16), a URL or
// e-mail address, an acronym, a capitalised name (its first five letters,
// Cyrillic transliterated, so inflected forms match). The top two bits hold
// its class.
type anchor uint64

const (
	anchorName anchor = iota << 62
	anchorNumber
	anchorAcronym
	anchorCode             // codes, URLs, e-mail addresses
	anchorClassMask anchor = 3 << 62
)

func (a anchor) sharedBonus() float64 {
	if a&anchorClassMask == anchorName {
		return sharedWeak
	}
	return sharedStrong
}

// strong returns 1 for an anchor other than a name, 0 for a name.
func (a anchor) strong() int {
	if a&anchorClassMask == anchorName {
		return 0
	}
	return 1
}

func (a anchor) unmatchedCost() float64 {
	switch a & anchorClassMask {
	case anchorCode:
		return unmatchedCode
	case anchorNumber, anchorAcronym:
		return unmatchedOther
	}
	return 0
}

func makeAnchor(class anchor, key string) anchor {
	h := fnv.New64a()
	h.Write([]byte(key))
	return anchor(h.Sum64())&^anchorClassMask | class
}

// anchorsOf returns the sorted, unique anchors of a text.
func anchorsOf(text string) []anchor {
	var out []anchor
	out = appendNumberAnchors(out, text)
	for _, tok := range strings.Fields(text) {
		tok = strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' })
		if tok == "" {
			continue
		}
		if isURLLike(tok) {
			out = append(out, makeAnchor(anchorCode, strings.ToLower(strings.TrimRight(tok, "/"))))
			continue
		}
		letters, upper, lower, digits := 0, 0, 0, 0
		for _, r := range tok {
			switch {
			case unicode.IsDigit(r):
				digits++
			case unicode.IsUpper(r):
				letters++
				upper++
			case unicode.IsLetter(r):
				letters++
				lower++
			}
		}
		switch {
		case digits > 0 && upper > 0 && lower == 0:
			// A code: F-16, S-400, COVID-19, G7, A380.
			out = append(out, makeAnchor(anchorCode, strings.ReplaceAll(textdoc.Transliterate(tok), "-", "")))
		case digits > 0:
			// Numbers are scanned from the text; "14-Jährige" counts as 14.
		case upper >= 2 && lower == 0 && letters >= 2:
			out = append(out, makeAnchor(anchorAcronym, textdoc.Transliterate(tok)))
		case upper == 1 && letters >= 4 && unicode.IsUpper(textdoc.FirstRune(tok)) && !strings.ContainsAny(tok, "-'’"):
			key := []rune(strings.ToLower(textdoc.Transliterate(tok)))
			out = append(out, makeAnchor(anchorName, string(key[:min(5, len(key))])))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// appendNumberAnchors scans text for numbers of two or more digits: digit
// runs joined by group or decimal separators (".", ",", "'" and, before
// exactly three digits, a space, no-break space or thin space) count as one
// number, written with its digits only. One-digit numbers are left out: they
// are often written as words in the other language.
func appendNumberAnchors(out []anchor, text string) []anchor {
	isDigit := func(i int) bool { return i < len(text) && text[i] >= '0' && text[i] <= '9' }
	var key []byte
	for i := 0; i < len(text); {
		if !isDigit(i) {
			i++
			continue
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) {
				// Part of a code such as G7 or A380: the code anchor covers it.
				for isDigit(i) {
					i++
				}
				continue
			}
		}
		key = key[:0]
		for {
			for isDigit(i) {
				key = append(key, text[i])
				i++
			}
			sepLen := 0
			switch {
			case i < len(text) && (text[i] == '.' || text[i] == ',' || text[i] == '\''):
				sepLen = 1
			case i < len(text) && text[i] == ' ':
				sepLen = 1
			case strings.HasPrefix(text[i:], "\u00a0"):
				sepLen = 2
			case strings.HasPrefix(text[i:], "\u202f"), strings.HasPrefix(text[i:], "\u2009"):
				sepLen = 3
			}
			if sepLen == 0 || !isDigit(i+sepLen) {
				break
			}
			if sepLen > 1 || text[i] == ' ' {
				// A space groups thousands only before exactly three digits.
				j := i + sepLen
				n := 0
				for isDigit(j + n) {
					n++
				}
				if n != 3 {
					break
				}
			}
			i += sepLen
		}
		if len(key) >= 2 {
			out = append(out, makeAnchor(anchorNumber, string(key)))
		}
	}
	return out
}

func isURLLike(tok string) bool {
	if strings.Contains(tok, "://") || strings.HasPrefix(strings.ToLower(tok), "www.") {
		return true
	}
	at := strings.IndexByte(tok, '@')
	return at > 0 && strings.Contains(tok[at+1:], ".")
}

// hasQuote reports whether text holds quotation marks of any locale.
func hasQuote(text string) bool {
	return strings.ContainsAny(text, "\"“”„«»「」‹›")
}
