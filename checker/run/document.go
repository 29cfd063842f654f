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
	return e.CheckAfter(doc, settle(e, doc, langGiven))
}

// settle settles the language of a document when none was given, as
// Document does before the rules run, and returns the analysis that
// settled it, for the check to reuse (nil when there is none to reuse).
func settle(e *checker.Engine, doc *textdoc.Document, langGiven bool) *langid.LanguageReport {
	var first *langid.LanguageReport
	if !langGiven && e.NeedsLanguage() {
		first = checker.AnalyzeDocument(e, doc, "", doc.SourceLang)
		if l := settledLang(doc, first); l != doc.Lang {
			doc.SetLang(l)
		}
		if doc.Windowed() {
			// A windowed check analyses each window again for the language
			// it settled on; the first analysis is not reused.
			first = nil
		}
	}
	return first
}

// settledLang is the language a document is checked in when none was
// given, after statistical detection (first): the detected language when
// the text is long enough to be sure of it, or short but sure
// (sureOfShortText) and the reader found none; otherwise the reader's
// (its function-word guess, or the language its path names).
func settledLang(doc *textdoc.Document, first *langid.LanguageReport) string {
	if first.Lang != "" && first.Share >= 0.5 && first.Letters >= 2*langid.MinLetters ||
		doc.Lang == "" && sureOfShortText(first) {
		return first.Lang
	}
	return doc.Lang
}

// Thresholds for the language of a short text (under 2*MinLetters decided
// letters). On short snippets of professional English and German text
// (two to six words of each segment of the MQM set), detection picked a
// wrong language for 2.6 % of those it decided, but none of those it
// decided by function words with confidence 0.9 or by the model with
// 0.999.
const (
	shortWordConf  = 0.9
	shortModelConf = 0.999
)

// sureOfShortText reports whether a short text's detected language can be
// trusted: every block decided agrees, each with high confidence.
func sureOfShortText(r *langid.LanguageReport) bool {
	if r.Lang == "" || r.Share < 1 || r.Letters < langid.MinLetters {
		return false
	}
	for i := range r.Len() {
		switch b := r.Block(i); {
		case b.Lang == "":
		case b.By == langid.ByWords && b.Conf >= shortWordConf:
		case b.By == langid.ByModel && b.Conf >= shortModelConf:
		default:
			return false
		}
	}
	return true
}
