package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// RepeatedWord finds a word written twice in a row ("in the the spring"), a
// slip that machine translation and hasty post-editing both leave behind.
var RepeatedWord = &checker.Rule{
	ID:    "repeated-word",
	Title: "the same word twice in a row",
	Doc: `Reports the second of two identical words (compared without case) separated only
by one or two spaces: "in the the spring", "für für". The finding covers both words;
the suggestion keeps one copy.

Left alone, because the doubling is correct or deliberate: grammatical doublings of
each language ("had had", "that that", German "die Frau, die die Zeitung liest",
"dass sie sie sah", French "nous nous levons", Dutch "dat dat", Portuguese "se se"),
replies and interjections ("no no", "ha ha", "bla bla"), capitalised words other than
at a sentence start (names such as "Duran Duran", "Bora Bora"), words in capitals,
words with digits ("10 10"), name particles before a name ("le discours de de
Gaulle", "von von der Leyen"), words split by punctuation, hyphens or a line break
("Baden-Baden", list lines). In Italian, which doubles adjectives and adverbs for
emphasis ("piano piano", "caldo caldo"), only doubled articles, prepositions and
conjunctions are reported. Languages without a word list here (many use
reduplication as grammar), documents of unknown language, and scripts written without
spaces get no finding.`,
	Bad:      "The talks will resume in the the spring.",
	Good:     "The talks will resume in the spring.",
	Severity: checker.Warning,
	Locale:   true,
	Check:    checkRepeatedWord,
}

func checkRepeatedWord(p *checker.Pass) error {
	lang := p.Locale.Lang
	if p.Doc.Lang == "" || p.Locale.NoWordSpaces {
		return nil
	}
	only := doublingErrors.has(lang)
	if !only && !correctDoublings.has(lang) {
		return nil
	}
	allowed, reported := correctDoublings.lang(lang), doublingErrors.lang(lang)
	for _, b := range p.Doc.Blocks {
		for i := 1; i < len(b.Words); i++ {
			w1, w2 := b.Words[i-1], b.Words[i]
			if w1.Start < w1.End && w2.Start < w2.End {
				// Two ASCII first letters that differ even in case: the
				// usual pair, told apart before any decoding.
				if c1, c2 := b.Text[w1.Start], b.Text[w2.Start]; c1 < utf8.RuneSelf && c2 < utf8.RuneSelf && c1|0x20 != c2|0x20 {
					continue
				}
			}
			if !onlySpaces(b.Text[w1.End:w2.Start]) {
				continue
			}
			first, second := b.Text[w1.Start:w1.End], b.Text[w2.Start:w2.End]
			if !strings.EqualFold(first, second) {
				continue
			}
			lower := strings.ToLower(second)
			if only && !reported[lower] || !only && allowed[lower] {
				continue
			}
			if !isRepeatError(b, w1, w2, first, second) {
				continue
			}
			if i+1 < len(b.Words) && strings.EqualFold(b.WordText(i+1), second) || i >= 2 && strings.EqualFold(b.WordText(i-2), first) {
				continue // three or more copies: a loop, which repetition reports
			}
			// The fix removes the second copy and the space before it, so
			// the first keeps its capital.
			p.ReportFix(b, textdoc.Span{Start: w1.Start, End: w2.End},
				fmt.Sprintf("%q is repeated", second), first,
				checker.Replace(textdoc.Span{Start: w1.End, End: w2.End}, ""))
		}
	}
	return nil
}

// onlySpaces reports whether sep, the text between two words, is one or two
// spaces (no-break spaces included): no punctuation, no line break, no tab
// that would separate table columns.
func onlySpaces(sep string) bool {
	n := 0
	for _, r := range sep {
		if r != ' ' && r != '\u00a0' && r != '\u202f' {
			return false
		}
		n++
	}
	return n == 1 || n == 2
}

// isRepeatError applies the language-independent exclusions to a pair of
// equal words: the second must be written in lower case, the first in lower
// case or capitalised at a sentence start; words with digits and name
// particles before a name are left alone.
func isRepeatError(b *textdoc.Block, w1, w2 textdoc.Span, first, second string) bool {
	if strings.ContainsFunc(second, unicode.IsDigit) || !strings.ContainsFunc(second, unicode.IsLetter) {
		return false
	}
	if strings.ToLower(second) != second {
		return false // "Duran Duran", "NATO NATO"
	}
	if strings.ToLower(first) != first {
		r, size := utf8.DecodeRuneInString(first)
		if !unicode.IsUpper(r) || strings.ToLower(first[size:]) != first[size:] || !atSentenceStart(b, w1.Start) {
			return false
		}
	}
	if textutil.StartsName(b.Text[w2.Start:]) {
		return false // "de de Gaulle": the second is part of the name
	}
	return true
}

// atSentenceStart reports whether no letter or digit stands between the start
// of the sentence holding off and off.
func atSentenceStart(b *textdoc.Block, off int) bool {
	s := b.SentenceAt(off)
	return !textutil.HasLetter(b.Text[s.Start:off])
}
