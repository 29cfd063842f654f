// Package textdoc is the document model every other part of mtlint shares:
// a checked file as Document (its bytes, format and language), its Blocks of
// text with Spans of sentences and words, the map from a block's text back to
// the file's bytes, the line index, the map from decoded text back to the
// bytes of a re-encoded file, bilingual Units, sentence and word segmentation
// and the conventions of each locale. It reads no file and knows no rule.
package textdoc
