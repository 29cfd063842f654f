package rules

import (
	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// MissingTranslation finds source segments without a translation: an empty
// target in a bilingual file, or a source paragraph of a parallel article that
// the aligner could not pair with any target paragraph.
var MissingTranslation = &checker.Rule{
	ID:    "missing-translation",
	Title: "a source segment has no translation",
	Doc: `A unit whose target is empty or absent leaves a hole in the translated text: an empty
<target/> in XLIFF, an empty msgstr in PO (fuzzy or not), a TSV or CSV row with only a
source column, or a paragraph of a source article that has no counterpart in the
translated article (the aligner represents it as a unit without a target, so both are
found the same way).

The finding sits where the target is or would go (the empty target field, the place in
the article where the paragraph is missing); the message quotes the start of the source.

Left alone: monolingual documents; units whose source holds no letter or digit (a
separator such as "***" needs no translation); a target that copies the source (that is
"untranslated"); a target shorter than expected (that is "length-ratio").`,
	Bad:               "Die Regierung hat den Haushalt am Freitag gebilligt.\t",
	Good:              "Die Regierung hat den Haushalt am Freitag gebilligt.\tThe government approved the budget on Friday.",
	ExampleFormat:     textdoc.FormatTSV,
	ExampleSourceLang: "de",
	Severity:          checker.Error,
	Check:             checkMissingTranslation,
}

func checkMissingTranslation(p *checker.Pass) error {
	for _, u := range p.Doc.Units {
		if u.Target != nil || u.Source == nil || !textutil.HasLetter(u.Source.Text) {
			continue
		}
		msg := "no translation for " + quoteCut(u.Source.Text, 60)
		if u.Fuzzy {
			msg = "no translation (fuzzy, empty) for " + quoteCut(u.Source.Text, 60)
		}
		p.ReportAt(u.TargetAt, u.TargetAt, p.Rule.Severity, msg, "translate the source")
	}
	return nil
}
