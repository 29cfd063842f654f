package rules

import (
	"encoding/binary"
	"slices"
	"strings"
	"testing"
)

// TestMTLeftoverLists checks that every language the rule documents has a
// phrase list and that every phrase is filed under two words, the key a
// sentence is looked up by.
func TestMTLeftoverLists(t *testing.T) {
	lists := leftoverLists()
	for _, lang := range []string{"common", "en", "de", "fr", "es", "it", "nl", "pl", "pt", "ru"} {
		lp := lists[lang]
		if lp == nil || len(lp.byFirst) == 0 {
			t.Errorf("%s: no phrases", lang)
			continue
		}
		for _, phs := range lp.byFirst {
			for _, ph := range phs {
				var buf [leadKeySize]byte
				if key := string(leadWords(buf[:0], ph.text, 2)); !strings.Contains(key, " ") {
					t.Errorf("%s: phrase %q has fewer than two words", lang, ph.text)
				}
			}
		}
	}
}

func TestMatchLeftover(t *testing.T) {
	for _, tc := range []struct {
		lang, sentence string
		want           bool
	}{
		{"en", "Certainly, here’s a paraphrased version of the text:", true},
		{"en", "Sure! Here is the translation:", true},
		{"en", "Here is the translation:", true},
		{"en", "Here is the translation of the first chapter, she said.", false},
		{"en", "I hope this helps!", true},
		{"en", "I hope this helpsless plan fails.", false},
		{"de", "Übersetzer:   DeepL — Wörter: 161", true},
		{"de", "Übersetzt von Anna Berg.", false},
		{"fr", "Bien sûr, voici la traduction du texte :", true},
		{"es", "Traducción realizada con la versión gratuita del traductor DeepL.com", true},
		{"nl", "Vertaald met DeepL.com (gratis versie)", true},
		{"pl", "Oto tłumaczenie artykułu:", true},
		{"pl", "Oto tłumaczenie, które przygotował Jan Nowak.", false},
		{"de", "As an AI language model, I cannot do that.", true}, // English in every document
	} {
		_, got := matchLeftover(tc.sentence, leftoverListsFor(tc.lang))
		if got != tc.want {
			t.Errorf("%s %q: got %v, want %v", tc.lang, tc.sentence, got, tc.want)
		}
	}
}

func TestEnglishLexicon(t *testing.T) {
	lex := englishLexicon()
	words := strings.Split(strings.TrimSuffix(lex.words, "\n"), "\n")
	if len(words) < 50000 || !slices.IsSorted(words) {
		t.Fatalf("lexicon has %d words, sorted %v", len(words), slices.IsSorted(words))
	}
	// The index holds one slot a word, so it was generated with this list.
	filled := 0
	for i := 0; i+4 <= len(lex.index); i += 4 {
		if binary.LittleEndian.Uint32(lex.index[i:]) != 0 {
			filled++
		}
	}
	if filled != len(words) {
		t.Fatalf("index has %d words, the list %d: run go generate ./rules", filled, len(words))
	}
	// The hash search finds every word of the list and nothing else: not a
	// word's prefix, nor a word extended, nor what sorts before the first or
	// after the last.
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	for i, w := range words {
		if !lex.has(w) {
			t.Fatalf("has(%q) = false for word %d of the list", w, i)
		}
		for _, miss := range []string{w[:len(w)-1], w + "q", w + "\x00"} {
			if !set[miss] && lex.has(miss) {
				t.Fatalf("has(%q) = true, not in the list", miss)
			}
		}
	}
	for _, miss := range []string{"", "a", "\x00", "\xff", "zzzzzzzz"} {
		if lex.has(miss) {
			t.Errorf("has(%q) = true, not in the list", miss)
		}
	}
	for w, want := range map[string]bool{"situation": true, "statement": true, "may": false, "rose": false, "chancellor": false} {
		if got := lex.lowerOnly(w, false); got != want {
			t.Errorf("lowerOnly(%q) = %v, want %v", w, got, want)
		}
	}
	if !lex.lowerOnly("party", true) {
		t.Error(`"party" after "a" should count as a common word`)
	}
}
