package rules

import (
	"fmt"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// Untranslated finds text left in another language than the target: a
// paragraph, a sentence or a clause the translation skipped.
var Untranslated = &checker.Rule{
	ID:    "untranslated",
	Title: "a paragraph, sentence, clause or word left in another language, or a unit copied from its source",
	Doc: `Machine translation leaves source text behind: a paragraph it failed on, a
sentence at the end of a paragraph, a clause inside a quote. The rule detects each
paragraph's language (lingua-go, low-accuracy trigram models, among the target, the
source and a few frequent source languages), then sentences, then 6-word windows,
and reports the foreign text only: "sentence is German (1.00), not English". A
paragraph in another language is an error; a sentence or clause is a warning.

A word in another script (a Cyrillic run in an English paragraph) is decided by
script alone; in a Latin-script target a run of any length counts (one Chinese
character, one lower-case Cyrillic word), except a gloss in brackets or quotation marks
("Xi Jinping (习近平)"), a handle ("@新华社") and one capitalised word of a cased script
(a name). A single word left in German in an English, French, Spanish, Italian,
Portuguese, Romanian or Catalan text is recognised by its form: German endings
("Endzeitstimmung", "Betriebsvereinbarung"), compound joints after an article,
gender forms ("Kanzler:in", "BK'in"); in English, also a word that the English word
list (SCOWL) lacks and that is the German spelling of one of its words: "k" or "z"
for "c", or a German ending ("Kollision", "Universum", "Kreaturen"). A word of the
English list is never reported. With the source language given as German, a
capitalised noun after an article that ends its noun phrase is also put to the model on
the {target, German} pair. Names are left alone: runs of capitalised words
("Süddeutsche Zeitung"), hyphenated names, German place-name endings (-berg, -dorf,
-werder), and German words English uses ("Bundestag", "Zeitgeist"). Name particles
inside a name ("Ursula von der Leyen", "bin Salman") count for no language. Nothing is decided under ten letters; short text must be foreign on a
{target, foreign} pair with at least 0.99 confidence and still read as foreign with
its capitalised words (names, and German nouns) removed, so that place names such
as Övelgönne or Landungsbrücken and agency credits are left alone. Page furniture
("Source: AP", "Read more") belongs to the boilerplate rule. A whole file in
another language is reported once, by wrong-language.

In bilingual inputs (TSV, CSV, XLIFF, PO, TMX, parallel articles) a target that
copies its source (at least 90% alike, go-diff) is an error, with or without
placeholders and markup; names, codes, numbers, URLs, targets of fewer than three
words, all-capitalised names ("Deutsche Bank AG"), short cognates between closely
related languages and the translators' credits are left alone. In PO and XLIFF a
copied label of one or two words ("Password", "New Password") is reported when the
file translates its words elsewhere more often than it keeps them (another
translation keeps a word when it has it as a word, inside a compound in German or
Dutch, or with an ending of number or gender; a placeholder's name is no word); when
it holds an English participle ("Unverified"), is a phrase of common English words
with one in lower case that the file keeps nowhere ("Grant permissions"), or writes in
lower case a word the file's translations keep only capitalised ("client" where a
German file writes "der Client"); in French,
Spanish, Portuguese and Dutch, when one of its common English words is no word of the
target language and the file keeps it nowhere ("Confirm" in Spanish, but not "Code"
or "Public" in French: lists derived from Hunspell dictionaries); in German, when one
of its words has an ending German writes otherwise and the file keeps it nowhere
("Headless", "Confidential", "Proprietary"; German borrows "Stereo" and "Markup" as
they are); and in a language of
another script, when its words are common English words the file keeps nowhere (one
capitalised word from five letters on or a command such as "Save", unless the sources
use it as a name). Units of
measure ("Joules"), programs and keys ("Samba", "Backspace"), acronyms and brands
("WebAuthn") are kept; a target that adds words of its own language to the source's
terms ("oauth_token" oder "access token") is translated. A segment
list whose units are mostly in the source language gets one finding a unit, not one
for the file, and a target in a script of its own that keeps Latin terms of its
source is not called a foreign paragraph.`,
	Bad:           "The ferry will stop at the pier. Das Unternehmen prüft aber, ob einzelne Fahrten am Wochenende erhalten bleiben.",
	Good:          "The ferry will stop at the pier in Övelgönne. The company is checking whether some weekend trips can stay.",
	Severity:      checker.Warning,
	Locale:        true,
	NeedsLanguage: true,
	FileLanguage:  true,
	Check:         checkUntranslated,
}

// The English lexicon tells language detection which words are English: a
// word of the list is never a German word left in English text, and a
// German spelling of one ("Kollision") is.
func init() {
	langid.RegisterWordList("en", func(lower string) bool { return englishLexicon().has(lower) })
}

func checkUntranslated(p *checker.Pass) error {
	// A target that copies its source needs no language model to see.
	copies := map[*textdoc.Block]bool{}
	if p.Doc.Bilingual() {
		copies = reportCopiedSources(p)
	}
	if p.Doc.Lang == "" {
		return nil
	}
	rep, err := p.Languages()
	if err != nil {
		return err
	}
	if fileVerdict(p.Doc, rep) != "" {
		return nil // the whole file: wrong-language says it once
	}
	target := textutil.LanguageName(p.Doc.Lang)
	for i, bl := range rep.Blocks {
		b := p.Doc.Blocks[i]
		if copies[b] {
			continue // judged as a copy of its source
		}
		for _, f := range bl.Foreign {
			if p.Doc.SegmentList() && (keptTerms(b, f) || kanjiOnly(b, f, p.Doc.Lang) || nameList(b.Text) || keptName(p.Doc, b)) {
				continue
			}
			sev := checker.Warning
			if f.Unit == langid.UnitParagraph {
				sev = checker.Error
			}
			p.ReportSeverity(b, f.Span, sev, fmt.Sprintf("%s is %s, not %s", f.Unit, foreignName(f), target), "translate it")
		}
	}
	return nil
}

// foreignName words a foreign span's language for a message: "German
// (0.98)", or "in Cyrillic script" when only the script is known.
func foreignName(f langid.ForeignSpan) string {
	if f.Unit == langid.UnitWord && f.Script == langid.NoScript {
		return textutil.LanguageName(f.Lang) + " by its form"
	}
	if f.Script != langid.NoScript {
		if f.Lang != "" {
			return fmt.Sprintf("%s (%s script)", textutil.LanguageName(f.Lang), f.Script)
		}
		return fmt.Sprintf("in %s script", f.Script)
	}
	return fmt.Sprintf("%s (%.2f)", textutil.LanguageName(f.Lang), f.Conf)
}
