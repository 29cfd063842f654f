// Package align pairs the paragraphs (and, inside a pair, the sentences) of
// a source document with those of its translation: a banded dynamic program
// over lengths, numbers, names and markup, its beads, and the JSON and text
// form of an alignment that `mtlint align` prints. It works on textdoc
// documents and knows nothing of rules or output formats.
package align
