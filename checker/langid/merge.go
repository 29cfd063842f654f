package langid

import (
	"math"
	"slices"
)

// ReportMerger joins the reports of the consecutive windows of one
// document into the report of the document: the blocks in order, the
// candidates of every window, and the vote for the document's language
// counted over all its blocks, as one analysis of the whole text counts it.
// A window's report can be dropped once added.
type ReportMerger struct {
	out   *LanguageReport
	first bool
}

// packedBlocks holds the block results of a merged report in 24 bytes a
// block instead of BlockLanguage's 72: a large document of short blocks (a
// table's cells, a catalogue's units) keeps one for every block until its
// check ends. Strings (languages, evidence) are indices into strs, and the
// foreign spans of all blocks share one slice.
type packedBlocks struct {
	blocks  []packedBlock
	foreign []ForeignSpan
	strs    []string
	index   map[string]uint16
}

type packedBlock struct {
	conf      float64
	letters   int32
	foreignLo int32
	foreignN  int32
	lang, by  uint16
}

func (p *packedBlocks) str(s string) uint16 {
	if i, ok := p.index[s]; ok {
		return i
	}
	i := uint16(len(p.strs))
	p.strs = append(p.strs, s)
	p.index[s] = i
	return i
}

// fits reports whether bl can be packed: its numbers fit the packed fields.
func (p *packedBlocks) fits(bl *BlockLanguage) bool {
	return bl.Letters >= 0 && bl.Letters <= math.MaxInt32 &&
		len(p.foreign)+len(bl.Foreign) <= math.MaxInt32 && len(p.strs) < math.MaxUint16-1
}

func (p *packedBlocks) add(bl *BlockLanguage) {
	p.blocks = append(p.blocks, packedBlock{conf: bl.Conf, letters: int32(bl.Letters),
		foreignLo: int32(len(p.foreign)), foreignN: int32(len(bl.Foreign)), lang: p.str(bl.Lang), by: p.str(string(bl.By))})
	p.foreign = append(p.foreign, bl.Foreign...)
}

func (p *packedBlocks) at(i int) BlockLanguage {
	b := p.blocks[i]
	bl := BlockLanguage{Lang: p.strs[b.lang], Conf: b.conf, By: Evidence(p.strs[b.by]), Letters: int(b.letters)}
	if b.foreignN > 0 {
		lo, hi := int(b.foreignLo), int(b.foreignLo+b.foreignN)
		bl.Foreign = p.foreign[lo:hi:hi]
	}
	return bl
}

// NewReportMerger returns a merger for a document of the given number of
// blocks.
func NewReportMerger(blocks int) *ReportMerger {
	packed := &packedBlocks{blocks: make([]packedBlock, 0, blocks), index: map[string]uint16{}}
	return &ReportMerger{out: &LanguageReport{byLang: map[string]int{}, packed: packed}, first: true}
}

// Add adds the report of the next window.
func (m *ReportMerger) Add(r *LanguageReport) {
	out := m.out
	if m.first {
		out.Target, out.Source, m.first = r.Target, r.Source, false
	}
	for _, c := range r.Candidates {
		if !slices.Contains(out.Candidates, c) {
			out.Candidates = append(out.Candidates, c)
		}
	}
	for i := range r.Blocks {
		bl := &r.Blocks[i]
		if out.packed != nil && !out.packed.fits(bl) {
			out.unpack()
		}
		if out.packed != nil {
			out.packed.add(bl)
		} else {
			out.Blocks = append(out.Blocks, *bl)
		}
	}
	out.Gate.Add(r.Gate)
	for l, n := range r.byLang {
		out.byLang[l] += n
		out.Letters += n
	}
}

// Report returns the document's report; the merger is not used after.
func (m *ReportMerger) Report() *LanguageReport {
	out := m.out
	slices.Sort(out.Candidates)
	for l, n := range out.byLang {
		if n > out.byLang[out.Lang] || n == out.byLang[out.Lang] && l < out.Lang {
			out.Lang = l
		}
	}
	if out.Letters > 0 {
		out.Share = float64(out.byLang[out.Lang]) / float64(out.Letters)
	}
	return out
}

// Window returns the report of blocks [lo, hi) of the document: their
// results, with the document's language, share and candidates, which the
// rules that check one window at a time judge the whole file by.
func (r *LanguageReport) Window(lo, hi int) *LanguageReport {
	w := *r
	w.prep, w.packed = nil, nil
	if r.packed == nil {
		w.Blocks = r.Blocks[lo:hi]
		return &w
	}
	w.Blocks = make([]BlockLanguage, hi-lo)
	for i := range w.Blocks {
		w.Blocks[i] = r.packed.at(lo + i)
	}
	return &w
}

// Len returns the number of blocks the report holds results for.
func (r *LanguageReport) Len() int {
	if r.packed != nil {
		return len(r.packed.blocks)
	}
	return len(r.Blocks)
}

// Block returns the result of block i. A merged report (ReportMerger) of a
// large document keeps its results packed, with Blocks nil: Block and
// Window give them.
func (r *LanguageReport) Block(i int) BlockLanguage {
	if r.packed != nil {
		return r.packed.at(i)
	}
	return r.Blocks[i]
}

// unpack moves packed results into Blocks.
func (r *LanguageReport) unpack() {
	if r.packed == nil {
		return
	}
	r.Blocks = make([]BlockLanguage, len(r.packed.blocks), cap(r.packed.blocks))
	for i := range r.Blocks {
		r.Blocks[i] = r.packed.at(i)
	}
	r.packed = nil
}
