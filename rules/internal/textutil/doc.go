// Package textutil holds the small text helpers several rules share: the
// first and last rune of a string, letters and capitals, a word list's
// parser, abbreviations and name particles, the field walk over a line, a
// short quotation of a finding's text, and whether a text is about code. A
// helper used by one rule stays in that rule's file.
package textutil
