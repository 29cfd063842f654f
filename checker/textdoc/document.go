package textdoc

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Format names the markup a document was read as.
type Format string

// The input formats mtlint reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatTSV      Format = "tsv" // source<TAB>target rows
	FormatCSV      Format = "csv" // source,target rows, RFC 4180 quoting
)

// BlockKind says what a block is in its document's structure. Rules use it to
// keep quiet where a shape is normal: a heading has no final period, a list
// item may start in lower case.
type BlockKind int

// The block kinds. Plain text knows only paragraphs.
const (
	Paragraph BlockKind = iota
	Heading
	ListItem
	Quote
	Caption
	TableCell
)

func (k BlockKind) String() string {
	switch k {
	case Heading:
		return "heading"
	case ListItem:
		return "list-item"
	case Quote:
		return "quote"
	case Caption:
		return "caption"
	case TableCell:
		return "table-cell"
	}
	return "paragraph"
}

// Span is a half-open range of byte offsets into a block's Text.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Piece maps a run of a block's Text back to the raw file. When text and raw
// have the same length (copied bytes) the map is linear; otherwise (an HTML
// entity, collapsed whitespace) every offset inside maps to the raw start and
// the end to the raw end.
type Piece struct {
	Text, Raw       int // start offsets
	TextLen, RawLen int
}

// Block is one unit of prose: a paragraph, heading, list item or caption. Its
// Text is what a reader sees, with markup removed; every offset in it maps
// back to a byte offset in the file through Raw.
type Block struct {
	Kind  BlockKind
	Index int // position among the document's blocks
	Text  string

	// Sentences and Words are spans of Text, found once when the document is
	// built.
	Sentences []Span
	Words     []Span

	// base is the file offset of Text[0] when Text is one run of the file's
	// bytes (more holds no pieces); more holds the verbatim spans and the
	// pieces of the others. Most blocks of a segment list or a table are such
	// a run without code: they cost no allocation beyond the block itself.
	base int
	more *blockMore
}

// blockMore is what only some blocks have: see Block.Verbatim and
// Block.Pieces.
type blockMore struct {
	verbatim []Span
	pieces   []Piece
}

// Verbatim returns the spans of the block's Text that hold code or other
// literal text; findings that touch them are dropped by the engine. The
// caller must not change them.
func (b *Block) Verbatim() []Span {
	if b.more == nil {
		return nil
	}
	return b.more.verbatim
}

// SetVerbatim sets the block's verbatim spans (see Verbatim).
func (b *Block) SetVerbatim(spans []Span) {
	if len(spans) == 0 && b.more == nil {
		return
	}
	if b.more == nil {
		b.more = &blockMore{}
	}
	b.more.verbatim = spans
}

// AddVerbatim adds a verbatim span to the block.
func (b *Block) AddVerbatim(v Span) {
	b.SetVerbatim(append(b.Verbatim(), v))
}

// Pieces returns the block's map to the file: the pieces of Text, in order.
// A block whose Text is one run of the file's bytes has one piece.
func (b *Block) Pieces() []Piece {
	if b.more != nil && len(b.more.pieces) > 0 {
		return b.more.pieces
	}
	return []Piece{{Text: 0, Raw: b.base, TextLen: len(b.Text), RawLen: len(b.Text)}}
}

// FileRun reports whether the block's Text stands for one run of the file's
// bytes of the same length, and the run's start. The bytes may differ (a
// line break read as a space).
func (b *Block) FileRun() (start int, ok bool) {
	if b.more == nil || len(b.more.pieces) == 0 {
		return b.base, true
	}
	if p := b.more.pieces; len(p) == 1 && p[0].Text == 0 && p[0].TextLen == len(b.Text) && p[0].RawLen == p[0].TextLen {
		return p[0].Raw, true
	}
	return 0, false
}

// SetPieces sets the block's map to the file (see Pieces). One piece that
// copies the whole Text is kept as its offset alone.
func (b *Block) SetPieces(pieces []Piece) {
	if len(pieces) == 1 && pieces[0].Text == 0 && pieces[0].TextLen == len(b.Text) && pieces[0].RawLen == len(b.Text) {
		b.base = pieces[0].Raw
		pieces = nil
	}
	if len(pieces) == 0 {
		if b.more != nil {
			b.more.pieces = nil
		}
		return
	}
	if b.more == nil {
		b.more = &blockMore{}
	}
	b.more.pieces = pieces
}

// newBlock returns a block of text with its pieces and verbatim spans.
func newBlock(kind BlockKind, text string, pieces []Piece, verbatim []Span) *Block {
	b := &Block{Kind: kind, Text: text}
	b.SetPieces(pieces)
	b.SetVerbatim(verbatim)
	return b
}

// Raw maps an offset in b.Text to a byte offset in the file.
func (b *Block) Raw(off int) int {
	if b.more == nil || len(b.more.pieces) == 0 {
		return b.base + off
	}
	pieces := b.more.pieces
	i := sort.Search(len(pieces), func(i int) bool { return pieces[i].Text > off }) - 1
	if i < 0 {
		i = 0
	}
	p := pieces[i]
	d := off - p.Text
	switch {
	case d <= 0:
		return p.Raw
	case p.TextLen == p.RawLen:
		return p.Raw + min(d, p.RawLen)
	case d >= p.TextLen:
		return p.Raw + p.RawLen
	default:
		return p.Raw
	}
}

// RawEnd maps an end offset in b.Text to a byte offset in the file, so that a
// span ending right after an entity covers the whole entity.
func (b *Block) RawEnd(off int) int {
	if b.more == nil || len(b.more.pieces) == 0 {
		return b.base + off
	}
	pieces := b.more.pieces
	i := sort.Search(len(pieces), func(i int) bool { return pieces[i].Text >= off }) - 1
	if i < 0 {
		return b.Raw(off)
	}
	p := pieces[i]
	d := off - p.Text
	if p.TextLen == p.RawLen {
		return p.Raw + min(d, p.RawLen)
	}
	if d >= p.TextLen {
		return p.Raw + p.RawLen
	}
	return p.Raw
}

// Start returns the block's first byte offset in the file.
func (b *Block) Start() int { return b.Raw(0) }

// End returns the offset in the file just after the block's last byte.
func (b *Block) End() int { return b.RawEnd(len(b.Text)) }

// SentenceAt returns the sentence containing text offset off.
func (b *Block) SentenceAt(off int) Span {
	for _, s := range b.Sentences {
		if off >= s.Start && off < s.End {
			return s
		}
	}
	return Span{0, len(b.Text)}
}

// WordText returns the text of word i.
func (b *Block) WordText(i int) string {
	w := b.Words[i]
	return b.Text[w.Start:w.End]
}

// Document is one checked file: its bytes as read and the prose blocks found in
// them.
type Document struct {
	Path string
	// Content is the file as read; all finding offsets index into it. It
	// is read-only once the document is made: the blocks of plain text share
	// its bytes.
	Content []byte
	Format  Format
	Lang    string // target language (ISO 639-1), "" when unknown
	Blocks  []*Block

	// SourceLang is the language the text was translated from, "" when
	// unknown. Units pair source and target segments in bilingual inputs and
	// parallel articles; they are empty for a monolingual document.
	SourceLang string
	Units      []*Unit

	lines *LineIndex

	// Encoding names the file's encoding when it was not UTF-8 ("UTF-16LE",
	// "Windows-1252"); Content then holds the decoded text and offsets maps
	// its offsets back to the file (encoding.go).
	Encoding string
	Offsets  *OffsetMap

	// Cut counts, by rule, the findings a check dropped over
	// MaxFindingsPerRule.
	Cut map[string]int

	// A large document is segmented a window of blocks at a time (see
	// Windowed): lazy is set while its blocks hold no words and sentences
	// of their own. words counts them once a check has seen every window
	// (-1 before).
	lazy  bool
	whole bool // EnsureSegmented was called: never windowed again
	words int
	// seg segments the blocks; a pointer, so that a shallow copy of the
	// document shares it rather than the end of its chunk.
	seg *Segmenter
	// root is the document a window was cut from, nil for a document;
	// memo holds what rules computed of the whole document (Memo).
	root   *Document
	offset int // the index of a window's first block in root
	memo   map[string]any
}

// WindowedAbove is the length of text above which a document is checked in
// windows of WindowLen bytes of blocks: the words and sentences of one
// window at a time are in memory, not those of the whole document. Running
// text and segment lists (the units of a PO, XLIFF, TMX, TSV or CSV file,
// their sources counted) are checked so; parallel articles are aligned
// whole. Tests lower both to check that windows change no finding.
var (
	WindowedAbove = 4 << 20
	WindowLen     = 1 << 20
)

// Lines returns the document's line index, built on first use.
func (d *Document) Lines() *LineIndex {
	if d.root != nil {
		return d.root.Lines()
	}
	if d.lines == nil {
		d.lines = NewLineIndex(d.Content)
	}
	return d.lines
}

// Words returns the number of words in the document's prose.
func (d *Document) Words() int {
	if d.lazy && d.words >= 0 {
		return d.words
	}
	n := 0
	for _, b := range d.Blocks {
		if d.lazy && b.Words == nil {
			s := d.segmenter()
			s.scratch = appendWords(s.scratch[:0], b.Text)
			n += len(s.scratch)
			continue
		}
		n += len(b.Words)
	}
	if d.lazy {
		d.words = n
	}
	return n
}

// Windowed reports whether the document is segmented a window at a time:
// its blocks hold words and sentences only between Segment and Release.
func (d *Document) Windowed() bool { return d.lazy }

// WindowRange is one window of a windowed document: its blocks [Lo, Hi)
// and, in a segment list, its units [UnitLo, UnitHi), the units whose
// targets those blocks are and the units without a target among them.
type WindowRange struct {
	Lo, Hi         int
	UnitLo, UnitHi int
}

// Windows returns the windows a windowed document is checked in, each of
// about WindowLen bytes of text (a longer block or unit makes a window of
// its own). A segment list is cut between units, its sources counted, so
// that a unit's source and target are in one window.
func (d *Document) Windows() []WindowRange {
	if d.Bilingual() {
		return d.unitWindows()
	}
	var out []WindowRange
	lo, n := 0, 0
	for i, b := range d.Blocks {
		n += len(b.Text)
		if n >= WindowLen {
			out = append(out, WindowRange{Lo: lo, Hi: i + 1})
			lo, n = i+1, 0
		}
	}
	if lo < len(d.Blocks) {
		out = append(out, WindowRange{Lo: lo, Hi: len(d.Blocks)})
	}
	return out
}

// unitWindows returns the windows of a segment list, whose blocks are its
// units' targets in order.
func (d *Document) unitWindows() []WindowRange {
	var out []WindowRange
	w := WindowRange{}
	n := 0
	for i, u := range d.Units {
		if u.Source != nil {
			n += len(u.Source.Text)
		}
		if u.Target != nil {
			n += len(u.Target.Text)
			w.Hi++
		}
		if n >= WindowLen {
			w.UnitHi = i + 1
			out = append(out, w)
			w = WindowRange{Lo: w.Hi, Hi: w.Hi, UnitLo: i + 1}
			n = 0
		}
	}
	if w.UnitLo < len(d.Units) {
		w.UnitHi = len(d.Units)
		out = append(out, w)
	}
	return out
}

// Window returns window w of a windowed document as a document of its
// own, for the rules to check: its blocks and units, the same file,
// language and line index, with Root leading back to the whole document.
func (d *Document) Window(w WindowRange) *Document {
	d.Lines()
	return &Document{Path: d.Path, Content: d.Content, Format: d.Format, Lang: d.Lang, Blocks: d.Blocks[w.Lo:w.Hi],
		SourceLang: d.SourceLang, Units: d.Units[w.UnitLo:w.UnitHi], Encoding: d.Encoding, Offsets: d.Offsets,
		lazy: true, words: -1, root: d, offset: w.Lo}
}

// Offset returns the index in Root's blocks of the document's first block:
// 0 but for a window.
func (d *Document) Offset() int { return d.offset }

// Root returns the document a window was cut from, or d itself.
func (d *Document) Root() *Document {
	if d.root != nil {
		return d.root
	}
	return d
}

func (d *Document) segmenter() *Segmenter {
	if d.seg == nil {
		d.seg = new(Segmenter)
	}
	return d.seg
}

// Segment segments blocks [lo, hi) of a windowed document (clipped to its
// blocks) that are not segmented yet.
func (d *Document) Segment(lo, hi int) {
	for _, b := range d.Blocks[max(lo, 0):min(hi, len(d.Blocks))] {
		if b.Words == nil && b.Sentences == nil {
			d.segmenter().Segment(b, d.Lang)
		}
	}
}

// SegmentSources segments the sources of units [lo, hi) of a windowed
// document; their targets are blocks, which Segment segments.
func (d *Document) SegmentSources(lo, hi int) {
	for _, u := range d.Units[lo:hi] {
		if u.Source != nil && u.Source.Words == nil && u.Source.Sentences == nil {
			d.segmenter().Segment(u.Source, d.SourceLang)
		}
	}
}

// Release drops the words and sentences of blocks [lo, hi) of a windowed
// document.
func (d *Document) Release(lo, hi int) {
	if !d.lazy {
		return
	}
	for _, b := range d.Blocks[max(lo, 0):min(hi, len(d.Blocks))] {
		b.Words, b.Sentences = nil, nil
	}
}

// ReleaseSources drops the words and sentences of the sources of units
// [lo, hi) of a windowed document.
func (d *Document) ReleaseSources(lo, hi int) {
	if !d.lazy {
		return
	}
	for _, u := range d.Units[lo:hi] {
		if u.Source != nil {
			u.Source.Words, u.Source.Sentences = nil, nil
		}
	}
}

// CountWords records the number of words of a windowed document, counted
// by its check window by window.
func (d *Document) CountWords(n int) {
	if d.lazy {
		d.words = n
	}
}

// EnsureSegmented segments every block of a windowed document, which is
// then an ordinary one: for the uses that need the whole text's sentences at
// once (aligning a parallel article, reports on every block).
func (d *Document) EnsureSegmented() {
	if d.root != nil {
		return
	}
	d.whole = true
	if !d.lazy {
		return
	}
	d.lazy = false
	for _, b := range d.Blocks {
		d.segmenter().Segment(b, d.Lang)
	}
	d.SegmentSources(0, len(d.Units))
}

// Spans returns the words and sentences of block b: its own, or, in a
// windowed document outside the window being checked, computed for this
// call and kept nowhere.
func Spans(b *Block, lang string) (words, sentences []Span) {
	if b.Words != nil || b.Sentences != nil {
		return b.Words, b.Sentences
	}
	return SplitWords(b.Text), SplitSentences(b.Text, LocaleFor(lang))
}

// Memo returns what compute returns for the whole document under key,
// computed once for a document and all its windows: a rule's facts about
// the whole text ("it is about code") cost one pass however many windows
// ask. The engine runs one rule at a time on a document, so calls do not
// race.
func (d *Document) Memo(key string, compute func(*Document) any) any {
	r := d.Root()
	if v, ok := r.memo[key]; ok {
		return v
	}
	v := compute(r)
	if r.memo == nil {
		r.memo = map[string]any{}
	}
	r.memo[key] = v
	return v
}

// BlockBuilder accumulates a block's text and its map to the file.
type BlockBuilder struct {
	Text     strings.Builder
	pieces   []Piece
	Verbatim []Span
}

// Add appends text that stands for raw[rawStart:rawStart+rawLen].
func (bb *BlockBuilder) Add(text string, rawStart, rawLen int) {
	if text == "" {
		return
	}
	t := bb.Text.Len()
	if n := len(bb.pieces); n > 0 {
		last := &bb.pieces[n-1]
		// Merge a linear piece that continues the previous one.
		if last.TextLen == last.RawLen && len(text) == rawLen &&
			last.Text+last.TextLen == t && last.Raw+last.RawLen == rawStart {
			last.TextLen += len(text)
			last.RawLen += rawLen
			bb.Text.WriteString(text)
			return
		}
	}
	bb.pieces = append(bb.pieces, Piece{Text: t, Raw: rawStart, TextLen: len(text), RawLen: rawLen})
	bb.Text.WriteString(text)
}

func (bb *BlockBuilder) Len() int { return bb.Text.Len() }

// trimmed reports the block's text with surrounding white space removed, its
// pieces shifted to match.
func (bb *BlockBuilder) Build(kind BlockKind) *Block {
	s := bb.Text.String()
	start, end := trimmed(s)
	if start >= end {
		return nil
	}
	return newBlock(kind, s[start:end], clipPieces(bb.pieces, start, end), clipSpans(bb.Verbatim, start, end))
}

// clipPieces returns the pieces of text[start:end], shifted to start at 0.
// Linear pieces are clipped exactly; a non-linear one (an entity, collapsed
// white space) that straddles an end is kept whole.
func clipPieces(pieces []Piece, start, end int) []Piece {
	var out []Piece
	for _, p := range pieces {
		pe := p.Text + p.TextLen
		if pe <= start || p.Text >= end {
			continue
		}
		if p.TextLen == p.RawLen {
			if p.Text < start {
				d := start - p.Text
				p.Text, p.Raw, p.TextLen, p.RawLen = start, p.Raw+d, p.TextLen-d, p.RawLen-d
			}
			if p.Text+p.TextLen > end {
				d := p.Text + p.TextLen - end
				p.TextLen -= d
				p.RawLen -= d
			}
		}
		p.Text -= start
		out = append(out, p)
	}
	return out
}

// clipSpans returns the parts of spans inside [start, end), shifted to start
// at 0.
func clipSpans(spans []Span, start, end int) []Span {
	var out []Span
	for _, v := range spans {
		v.Start, v.End = max(v.Start-start, 0), min(v.End-start, end-start)
		if v.Start < v.End {
			out = append(out, v)
		}
	}
	return out
}

// MaxBlockLen is the longest text checked as one block. No paragraph is this
// long; a megabyte line of machine output or of an attack is, and what the
// rules hold for one block while they check it (its words, its function
// words, candidate spans) grows with it. SplitLongBlocks cuts such a line
// into blocks of at most this length, so that this memory stays bounded
// whatever the input.
const MaxBlockLen = 256 << 10

// SplitLongBlocks returns blocks with every block longer than limit cut
// into blocks of at most limit bytes, at white space (a line break first)
// where the second half of a piece has some, and at a character boundary
// otherwise. The cut's white space belongs to neither part; offsets still
// map to the file. Blocks that need no cut are returned as they are.
func SplitLongBlocks(blocks []*Block, limit int) []*Block {
	var out []*Block
	for i, b := range blocks {
		if len(b.Text) <= limit {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append(make([]*Block, 0, len(blocks)+len(b.Text)/limit), blocks[:i]...)
		}
		for len(b.Text) > limit {
			headEnd, tailStart := cutPoint(b.Text, limit)
			out = append(out, b.slice(0, headEnd))
			b = b.slice(tailStart, len(b.Text))
		}
		if b.Text != "" {
			out = append(out, b)
		}
	}
	if out == nil {
		return blocks
	}
	return out
}

// cutPoint returns where to cut text, longer than limit: the head ends at
// headEnd <= limit and the tail starts at tailStart, after the white space
// between them.
func cutPoint(text string, limit int) (headEnd, tailStart int) {
	half := limit / 2
	at := strings.LastIndexByte(text[half:limit], '\n')
	if at < 0 {
		at = strings.LastIndexAny(text[half:limit], " \t\r")
	}
	if at < 0 {
		// No white space: cut before the character that crosses the limit.
		at = limit
		for at > 0 && !utf8.RuneStart(text[at]) {
			at--
		}
		if at == 0 {
			_, at = utf8.DecodeRuneInString(text) // a limit shorter than one character
		}
	} else {
		at += half
	}
	headEnd = len(strings.TrimRight(text[:at], " \t\r\n"))
	tailStart = len(text) - len(strings.TrimLeft(text[at:], " \t\r\n"))
	if headEnd == 0 {
		headEnd = at
	}
	return headEnd, tailStart
}

// slice returns a block of b's text[start:end] with its pieces and verbatim
// spans.
func (b *Block) slice(start, end int) *Block {
	return newBlock(b.Kind, b.Text[start:end], clipPieces(b.Pieces(), start, end), clipSpans(b.Verbatim(), start, end))
}

// trimmed returns the bounds of s without the white space around it that a
// block's text leaves out.
func trimmed(s string) (start, end int) {
	const space = " \t\r\n\u00a0"
	return len(s) - len(strings.TrimLeft(s, space)), len(strings.TrimRight(s, space))
}

// TextBlock returns the block of text, the file's own bytes from offset
// raw, with surrounding white space removed as Build removes it; nil when
// text is blank. text is not copied: a reader that passes a string sharing
// the document's Content keeps the file's bytes in memory once.
func TextBlock(kind BlockKind, text string, raw int) *Block {
	start, end := trimmed(text)
	if start >= end {
		return nil
	}
	return &Block{Kind: kind, Text: text[start:end], base: raw + start}
}

// Reset empties the builder for the next block.
func (bb *BlockBuilder) Reset() {
	bb.Text.Reset()
	bb.pieces = bb.pieces[:0:0]
	bb.Verbatim = nil
}

// SetLang changes the document's target language and segments its blocks
// again for it (abbreviations differ by language).
func (d *Document) SetLang(lang string) {
	if lang == d.Lang {
		return
	}
	d.Lang = lang
	d.Finish()
}

// Finish segments the document's blocks, and the sources of its units, and
// numbers the blocks. Running text or a segment list longer than
// WindowedAbove is left to be segmented a window at a time (Windowed).
func (d *Document) Finish() {
	n := 0
	for i, b := range d.Blocks {
		b.Index = i
		n += len(b.Text)
	}
	for _, u := range d.Units {
		if u.Source != nil {
			n += len(u.Source.Text)
		}
	}
	if n > WindowedAbove && (!d.Bilingual() || d.SegmentList() && d.blocksAreTargets()) && d.root == nil && !d.whole {
		d.lazy, d.words = true, -1
		for _, b := range d.Blocks {
			b.Words, b.Sentences = nil, nil
		}
		for _, u := range d.Units {
			if u.Source != nil {
				u.Source.Words, u.Source.Sentences = nil, nil
			}
		}
		return
	}
	d.lazy = false
	for _, b := range d.Blocks {
		d.segmenter().Segment(b, d.Lang)
	}
	for _, u := range d.Units {
		if u.Source != nil {
			d.segmenter().Segment(u.Source, d.SourceLang)
		}
	}
	d.seg = nil
}

// blocksAreTargets reports whether the document's blocks are its units'
// targets in order, as a reader makes a segment list: its windows are cut
// between units (Windows).
func (d *Document) blocksAreTargets() bool {
	i := 0
	for _, u := range d.Units {
		if u.Target == nil {
			continue
		}
		if i >= len(d.Blocks) || d.Blocks[i] != u.Target {
			return false
		}
		i++
	}
	return i == len(d.Blocks)
}

// OutputOnly returns the part of a checked document that output, baselines
// and --since use: its bytes and line index, not its blocks, words and
// sentences, which take several times the file's size. A run over thousands
// of files keeps only this for each.
func (d *Document) OutputOnly() *Document {
	return &Document{Path: d.Path, Content: d.Content, Format: d.Format, Lang: d.Lang,
		SourceLang: d.SourceLang, lines: d.lines, Encoding: d.Encoding, Offsets: d.Offsets}
}

// CharSpan returns the offset and length in code points of the bytes
// [start, end) of the document's text, counted from checkpoints so that many
// findings in a large file cost linear time.
func (d *Document) CharSpan(start, end int) (off, length int) {
	x := d.Lines()
	start = max(0, min(start, len(d.Content)))
	end = max(start, min(end, len(d.Content)))
	a := x.runesBefore(start)
	return a, x.runesBefore(end) - a
}
