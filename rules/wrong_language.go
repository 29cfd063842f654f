package rules

import (
	"fmt"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// WrongLanguage reports a file that is not in its target language.
var WrongLanguage = &checker.Rule{
	ID:    "wrong-language",
	Title: "the file is not in the target language",
	Doc: `A file checked with --lang de that is English throughout was not translated, or
the wrong file was published. The rule weighs each paragraph's detected language by
its letters and reports the file once, on its first paragraph, when most of its text
(at least 60 % of the letters of the paragraphs long enough to decide) is in one other
language. Without --lang the target language is detected, so there is nothing to
compare with: the detected language is shown in the output instead, and the file is
reported only when that language is the --source-lang (nothing was translated). A
file with a few foreign paragraphs is left to the untranslated rule, and so is a
segment list (PO, XLIFF) in its source language: its units were left untranslated,
and untranslated reports each. When the file is
reported, the findings of the rules that judge text by its language's conventions
(quote-style, number-format, space-before-punctuation, fragment, drop-cap,
boilerplate, garbled, repeated-word, unbalanced-pair, glossary, untranslated) are
dropped for it: they would judge German „quotes“ and 1.200 by English rules.`,
	Bad:             "Die Fähren sollen künftig seltener fahren. Der Senat will damit im kommenden Jahr rund zwei Millionen Euro sparen.",
	Good:            "The ferries are to run less often. The senate wants to save around two million euros next year.",
	Severity:        checker.Error,
	LanguageVerdict: true,
	NeedsLanguage:   true,
	Check:           checkWrongLanguage,
}

// wrongLanguageShare is the share of decided letters another language needs
// for the whole file to be reported.
const wrongLanguageShare = 0.6

// wrongLanguage returns the language the file is in when it is not its
// target, or "".
func wrongLanguage(rep *langid.LanguageReport) string {
	if rep.Target == "" || rep.Lang == "" || rep.Lang == rep.Target || rep.Letters < 40 || rep.Share < wrongLanguageShare {
		return ""
	}
	return rep.Lang
}

// fileVerdict returns the language doc is in when it is not its target and
// the file is to be reported as a whole, or "". A segment list (PO, XLIFF)
// whose units are mostly in the source language holds units left
// untranslated, which untranslated reports one by one: one file-level
// verdict would point at an unrelated unit and hide them.
func fileVerdict(doc *textdoc.Document, rep *langid.LanguageReport) string {
	lang := wrongLanguage(rep)
	if lang != "" && doc.SegmentList() && doc.SourceLang != "" && lang == baseLang(doc.SourceLang) {
		return ""
	}
	return lang
}

// inSourceLanguage reports whether a file whose language was detected (or
// given) is in its source language: it was not translated at all.
func inSourceLanguage(rep *langid.LanguageReport) bool {
	return rep.Source != "" && rep.Lang == rep.Source && rep.Target == rep.Source &&
		rep.Letters >= 40 && rep.Share >= wrongLanguageShare
}

func checkWrongLanguage(p *checker.Pass) error {
	if p.Doc.Lang == "" || len(p.Doc.Blocks) == 0 {
		return nil
	}
	rep, err := p.Languages()
	if err != nil {
		return err
	}
	lang := fileVerdict(p.Doc, rep)
	if lang == "" {
		// In bilingual inputs a target in the source language is a locale
		// adaptation (en-GB to en-US) or a copy, which untranslated reports
		// unit by unit.
		if inSourceLanguage(rep) && !p.Doc.SegmentList() {
			b := p.Doc.Blocks[0]
			p.Report(b, textdoc.Span{Start: 0, End: len(b.Text)},
				fmt.Sprintf("file is in its source language, %s (%.0f%% of its text): it was not translated", textutil.LanguageName(rep.Lang), 100*rep.Share),
				"translate the file, or check --source-lang")
		}
		return nil
	}
	first := 0
	for i := range rep.Len() {
		if rep.Block(i).Lang != "" {
			first = i
			break
		}
	}
	b := p.Doc.Blocks[first]
	p.Report(b, textdoc.Span{Start: 0, End: len(b.Text)},
		fmt.Sprintf("file is %s (%.0f%% of its text), not %s", textutil.LanguageName(lang), 100*rep.Share, textutil.LanguageName(p.Doc.Lang)),
		"check --lang, or translate the file")
	return nil
}
