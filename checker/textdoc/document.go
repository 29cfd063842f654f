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

	// Verbatim spans hold code or other literal text; findings that touch them
	// are dropped by the engine.
	Verbatim []Span

	Pieces []Piece
}

// Raw maps an offset in b.Text to a byte offset in the file.
func (b *Block) Raw(off int) int {
	if len(b.Pieces) == 0 {
		return off
	}
	i := sort.Search(len(b.Pieces), func(i int) bool { return b.Pieces[i].Text > off }) - 1
	if i < 0 {
		i = 0
	}
	p := b.Pieces[i]
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
	if len(b.Pieces) == 0 {
		return off
	}
	i := sort.Search(len(b.Pieces), func(i int) bool { return b.Pieces[i].Text >= off }) - 1
	if i < 0 {
		return b.Raw(off)
	}
	p := b.Pieces[i]
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
	Path    string
	Content []byte // the file as read; all finding offsets index into it
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
}

// Lines returns the document's line index, built on first use.
func (d *Document) Lines() *LineIndex {
	if d.lines == nil {
		d.lines = NewLineIndex(d.Content)
	}
	return d.lines
}

// Words returns the number of words in the document's prose.
func (d *Document) Words() int {
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Words)
	}
	return n
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
	start := len(s) - len(strings.TrimLeft(s, " \t\r\n\u00a0"))
	end := len(strings.TrimRight(s, " \t\r\n\u00a0"))
	if start >= end {
		return nil
	}
	return &Block{Kind: kind, Text: s[start:end], Pieces: clipPieces(bb.pieces, start, end), Verbatim: clipSpans(bb.Verbatim, start, end)}
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
	return &Block{Kind: b.Kind, Text: b.Text[start:end], Pieces: clipPieces(b.Pieces, start, end), Verbatim: clipSpans(b.Verbatim, start, end)}
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
// numbers the blocks.
func (d *Document) Finish() {
	for i, b := range d.Blocks {
		b.Index = i
		Segment(b, d.Lang)
	}
	for _, u := range d.Units {
		if u.Source != nil {
			Segment(u.Source, d.SourceLang)
		}
	}
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
