// Package quotes pairs quotation marks in a paragraph by the locale's
// styles, for the rules that judge them (quote-style, unbalanced-pair):
// which marks open and close, which pairs were found, which marks are left
// unclosed or unopened.
package quotes
