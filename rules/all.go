// Package rules holds mtlint's checks. Each rule is a value in its own file,
// with its fixtures in testdata/rules/<id>/; All lists them.
package rules

import "github.com/mtlint/mtlint/checker"

// all is the rule list, ordered by ID. Rules are immutable values, so sharing
// them is safe.
var all = []*checker.Rule{
	Boilerplate,
	CaptionMarker,
	DoubleSpace,
	DropCap,
	DuplicateParagraph,
	EndPunctuation,
	EntityMismatch,
	Fragment,
	Garbled,
	Glossary,
	InconsistentTranslation,
	InvisibleCharacter,
	LengthRatio,
	MidSentenceCapital,
	MissingSpace,
	MissingTranslation,
	MixedScript,
	Mojibake,
	MTLeftover,
	NumberFormat,
	NumberMismatch,
	PlaceholderMismatch,
	QuoteStyle,
	RepeatedWord,
	Repetition,
	SourceCapitalization,
	SpaceBeforePunctuation,
	StrayPunctuation,
	TokenArtifact,
	UnbalancedPair,
	Untranslated,
	URLMismatch,
	WrongLanguage,
}

// All returns every rule, ordered by ID. The slice is a copy.
func All() []*checker.Rule {
	return append([]*checker.Rule(nil), all...)
}

// ByID returns the rule with the given ID, or nil.
func ByID(id string) *checker.Rule {
	for _, r := range all {
		if r.ID == id {
			return r
		}
	}
	return nil
}
