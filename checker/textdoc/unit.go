package textdoc

import (
	"strconv"
	"strings"
)

// Tag is an inline element of a bilingual segment: an XLIFF <g>, <x/>, <bx/>,
// <ex/>, <ph>, <pc>, or an HTML/XML tag kept as a placeholder. Its Span is in
// the text of the block that holds it; paired tags keep their content in the
// text and mark only their position.
type Tag struct {
	Name string // element name: "x", "g", "ph", "pc", "bx", "ex", "b", ...
	ID   string // the id attribute, "" when none
	Span Span
	// Segment marks an XLIFF 1.2 <mrk mtype="seg">: the boundary of a
	// sentence a CAT tool (Trados, SDLXLIFF) split the unit into, not
	// content of the text.
	Segment bool
}

// Unit is one translation unit of a bilingual input: an XLIFF unit, a PO
// entry, a TMX translation unit, a TSV row, or an aligned pair of paragraphs
// of parallel articles. Its Target block is also in Document.Blocks, so the
// monolingual rules judge it; the Source block is not (it is in another
// language by design).
type Unit struct {
	ID string // the unit's id, msgid context, row number, ...

	// Context tells apart units whose source is the same string used in
	// different places with different meanings (PO msgctxt); "" when none.
	Context string

	// Source is the source segment. Its offsets map into SourceContent.
	// For parallel articles it is a source paragraph, or, when the
	// translation merged paragraphs, one block joining them with "\n"
	// (see align.Parallel); Source is nil for a target paragraph added
	// without a source.
	Source *Block
	// SourceContent is the content the Source block's offsets index into:
	// the checked file itself for bilingual formats, the source article for
	// parallel articles.
	SourceContent []byte

	// Target is the translation; nil when it is empty or missing.
	Target *Block
	// TargetAt is the file offset where the target is or would go (the
	// empty <target/>, the msgstr ""), for findings about a missing target.
	TargetAt int

	SourceTags, TargetTags []Tag

	// Notes are translator notes and comments (PO "#." and "#", XLIFF
	// <note>), Fuzzy marks a unit that needs review (PO fuzzy, XLIFF
	// state="needs-review-translation" and the like).
	Notes []string
	Fuzzy bool
}

// Form returns the index of a plural form a unit holds (PO msgstr[n] gives
// units with IDs ending in "[n]") and the ID of its message; form is -1
// for a unit that is not a plural form.
func (u *Unit) Form() (form int, message string) {
	if !strings.HasSuffix(u.ID, "]") {
		return -1, u.ID
	}
	i := strings.LastIndexByte(u.ID, '[')
	n, err := strconv.Atoi(u.ID[i+1 : len(u.ID)-1])
	if i < 0 || err != nil {
		return -1, u.ID
	}
	return n, u.ID[:i]
}

// Bilingual reports whether the document pairs sources with targets.
func (d *Document) Bilingual() bool { return len(d.Units) > 0 }

// SegmentList reports whether the document is a list of translation units
// (TSV, CSV, XLIFF, PO, TMX) rather than an article: its units are software
// strings and segments, not paragraphs of one text, so paragraph-shape rules
// (a lone ":" unit, "Read more", a short lower-case string) leave them alone.
// Parallel articles (--source) are bilingual but no segment list.
func (d *Document) SegmentList() bool {
	switch d.Format {
	case FormatText, FormatMarkdown, FormatHTML:
		return false
	}
	return d.Bilingual()
}
