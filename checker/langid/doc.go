// Package langid identifies the languages of a document's text: the script
// gate, the function-word gate and lexicon, the treatment of names, the
// lingua model service with its cache, the language of single words, and the
// per-block and per-span report (LanguageReport) that the engine hands to
// rules. It works on textdoc documents and knows nothing of readers, rules or
// output.
package langid
