package run

import (
	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// Document checks a parsed document. It is the one path every kind of run
// takes (Run, Parallel, Stream, Fix and the language server), so that they
// cannot drift apart: when no language was given (langGiven false) and a
// rule needs the language models, statistical detection replaces the
// reader's function-word guess, since the models are loaded anyway; then
// the engine's rules run. The findings keep offsets into doc's text;
// checker.Resolve maps them to the file's bytes.
func Document(e *checker.Engine, doc *textdoc.Document, langGiven bool) ([]checker.Finding, error) {
	var first *langid.LanguageReport
	if !langGiven && e.NeedsLanguage() {
		first = e.Languages().Analyze(doc, "", doc.SourceLang)
		if first.Lang != "" && first.Share >= 0.5 && first.Letters >= 2*langid.MinLetters {
			doc.SetLang(first.Lang)
		}
	}
	return e.CheckAfter(doc, first)
}
