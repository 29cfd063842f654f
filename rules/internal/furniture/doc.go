// Package furniture recognises page furniture left in a text: the phrase
// lists of each language (data/boilerplate, one file a language: lines,
// prefixes, stamps and credits), the tokens of a line, and the shapes that
// need no list (share bars, breadcrumbs, time stamps, credits at the end of
// a caption). The boilerplate rule reports what it finds; duplicate-paragraph
// and fragment ask it whether a paragraph is furniture, to leave it alone.
package furniture
