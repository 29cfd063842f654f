// Package bilingual reads the files that pair each source segment with its
// translation, as units: gettext PO, XLIFF 1.2 and 2.x, and TMX, with their
// inline tags, notes, fuzzy marks and the languages they declare. It is the
// part of checker/read that knows these formats; read.Parse picks it by the
// file's name or first bytes.
package bilingual
