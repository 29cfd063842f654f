package rules

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// TestFindDropCap checks the matching of mangled drop caps, one paragraph
// start at a time, including the words and names that must be left alone.
func TestFindDropCap(t *testing.T) {
	tests := []struct {
		lang, text string
		shape      dropCapShape // 0: no finding
		span       string       // the reported text
		fixes      []string
	}{
		// Split initial: a source initial replaced the word's first letter.
		{"en", "Dhe press conference began late.", splitInitial, "Dhe", []string{"The", "She"}},
		{"en", "Ohe mood was tense.", splitInitial, "Ohe", []string{"The", "She"}},
		{"en", "Dhere's no time left.", splitInitial, "Dhere", []string{"There", "Where"}},
		{"en", "Dnd then it rained.", splitInitial, "Dnd", []string{"And"}},
		{"de", "Tnd dann kam alles anders.", splitInitial, "Tnd", []string{"Und"}},
		{"de", "Tber die Kosten.", splitInitial, "Tber", []string{"Aber", "Über"}},
		{"es", "Tste acuerdo entra en vigor.", splitInitial, "Tste", []string{"Este"}},
		{"ru", "Ттот вопрос обсуждался.", splitInitial, "Ттот", []string{"Этот"}},
		{"uk", "Тже в понеділок.", splitInitial, "Тже", []string{"Вже"}},
		// Words and names that share a candidate's ending.
		{"en", "Gore Vidal wrote it.", 0, "", nil},
		{"en", "Dis Manibus is carved on the stone.", 0, "", nil},
		{"en", "Kate said so.", 0, "", nil},
		{"en", "Chen said the firm would appeal.", 0, "", nil},
		{"en", "Zhen said the firm would appeal.", 0, "", nil},
		{"en", "Sven said the firm would appeal.", 0, "", nil},
		{"en", "Chile's president arrived.", 0, "", nil},
		// A word of another supported language is left to the rules for
		// untranslated text.
		{"en", "Ehe, she wrote.", 0, "", nil},
		{"de", "Ehe und Familie.", 0, "", nil},
		{"de", "Ter Stegen hielt.", 0, "", nil},
		{"de", "Kiel und Nizza.", 0, "", nil},
		{"nl", "Ivan zei dat het klopte.", 0, "", nil},
		{"nl", "Ónder geen beding.", 0, "", nil},
		// The split must be one word: not a compound, code or abbreviation.
		{"en", "Dhe-Lhe is a code.", 0, "", nil},
		{"en", "Dhe.", 0, "", nil},
		// A Cyrillic letter before Latin ones is a homoglyph, not a drop cap.
		{"en", "Тhe press.", 0, "", nil},

		// Doubled initial, in any language, known or not.
		{"en", "AAlready on Monday.", doubledInitial, "AAlready", []string{"Already"}},
		{"en", "TThe committee met.", doubledInitial, "TThe", []string{"The"}},
		{"en", "AAnti-Semitic incidents rose.", doubledInitial, "AAnti", []string{"Anti"}},
		{"", "AAlready on Monday.", doubledInitial, "AAlready", []string{"Already"}},
		{"sv", "DDet var första gången.", doubledInitial, "DDet", []string{"Det"}},
		{"ru", "ЭЭто решение.", doubledInitial, "ЭЭто", []string{"Это"}},
		{"en", "AAA batteries.", 0, "", nil},
		{"en", "AAs and AAAs.", 0, "", nil},
		{"en", "IInd Corps held the line.", 0, "", nil},
		{"en", "CCleaner is a utility.", 0, "", nil},
		{"en", "FFmpeg converts video.", 0, "", nil},

		// Glued initial.
		{"en", "DThe new line opens.", gluedInitial, "DThe", []string{"The"}},
		{"en", "Dthe new line opens.", gluedInitial, "Dthe", []string{"The"}},
		{"de", "TDer Kanzler reist.", gluedInitial, "TDer", []string{"Der"}},
		{"en", "THis is a typo.", 0, "", nil},
		{"de", "MEine Kollegin.", 0, "", nil},
		{"en", "IPhone sales slowed.", 0, "", nil},
		{"en", "EBay sales slowed.", 0, "", nil},
		{"en", "Sthe is not a word.", 0, "", nil},
		{"", "DThe new line opens.", 0, "", nil},

		// Detached initial.
		{"en", "T he harbour closed.", detachedInitial, "T he", []string{"The"}},
		{"en", "T\u00a0he harbour closed.", detachedInitial, "T\u00a0he", []string{"The"}},
		{"en", "A nd then it rained.", detachedInitial, "A nd", []string{"And"}},
		{"de", "D ie Regierung.", detachedInitial, "D ie", []string{"Die"}},
		{"fr", "L es ministres.", detachedInitial, "L es", []string{"Les"}},
		{"ru", "В се участники.", detachedInitial, "В се", []string{"Все"}},
		{"en", "A new study.", 0, "", nil},
		{"en", "A broad coalition.", 0, "", nil},
		{"en", "A round of talks.", 0, "", nil},
		{"en", "I am sure.", 0, "", nil},
		{"en", "E coli cases rose.", 0, "", nil},
		{"en", "B and Q reported profits.", 0, "", nil},
		{"en", "T   he harbour.", 0, "", nil},
		{"en", "U.S. officials.", 0, "", nil},
		{"fr", "À la sortie du conseil.", 0, "", nil},
		{"es", "Y el Gobierno.", 0, "", nil},
		{"pl", "W tym roku.", 0, "", nil},
		{"pl", "Z kolei opozycja.", 0, "", nil},
		{"ru", "В связи с этим.", 0, "", nil},
		{"ru", "С другой стороны.", 0, "", nil},
		{"uk", "І це ще не все.", 0, "", nil},
		{"uk", "У понеділок.", 0, "", nil},
		{"it", "L oro è salito.", 0, "", nil},
		{"", "T he harbour closed.", 0, "", nil},

		// Not a word at the start, and languages without case or data.
		{"en", "\"We are ready,\" she said.", 0, "", nil},
		{"en", "4,000 troops.", 0, "", nil},
		{"en", "", 0, "", nil},
		{"zh", "北约拒绝了安全保证。", 0, "", nil},
		{"", "Dhe press conference.", 0, "", nil},
		{"xx", "Dhe press conference.", 0, "", nil},
	}
	data := dropCapWords()
	for _, tt := range tests {
		m, ok := findDropCap(tt.text, data.lang(tt.lang), data)
		if !ok {
			if tt.shape != 0 {
				t.Errorf("%s %q: no finding, want %s %q", tt.lang, tt.text, tt.shape.describe(), tt.span)
			}
			continue
		}
		got := tt.text[m.span.Start:m.span.End]
		if m.shape != tt.shape || got != tt.span || !reflect.DeepEqual(m.fixes, tt.fixes) {
			t.Errorf("%s %q: got %s %q %v, want %s %q %v", tt.lang, tt.text,
				m.shape.describe(), got, m.fixes, tt.shape.describe(), tt.span, tt.fixes)
		}
	}
}

// TestDropCapData keeps the word lists usable: every language loads, the
// candidates are known words, and the lists hold what the rule relies on.
func TestDropCapData(t *testing.T) {
	data := dropCapWords()
	for _, code := range []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk"} {
		l := data.lang(code)
		if l == nil {
			t.Errorf("%s: no drop-cap data", code)
			continue
		}
		if len(l.candidates) < 40 || len(l.words) < 400 {
			t.Errorf("%s: %d candidates and %d words; the lists look truncated", code, len(l.candidates), len(l.words))
		}
		for lower, c := range l.candidates {
			if strings.ToLower(c) != lower || !l.words[lower] {
				t.Errorf("%s: candidate %q is not indexed as a word", code, c)
			}
		}
		for w := range l.words {
			if w != strings.ToLower(w) {
				t.Errorf("%s: lexicon entry %q is not lower case", code, w)
			}
		}
		// known searches the lists as text and relies on their form.
		for _, w := range readWordList("data/words/" + code + ".txt") {
			if w != strings.ToLower(w) {
				t.Errorf("%s: data/words entry %q is not lower case", code, w)
			}
		}
		for _, c := range readWordList("data/dropcap/" + code + ".txt") {
			_, n := utf8.DecodeRuneInString(c)
			if c[n:] != strings.ToLower(c[n:]) {
				t.Errorf("%s: data/dropcap entry %q is not lower case after its first letter", code, c)
			}
		}
	}
	if data.lang("pt-BR") != data.lang("pt") || data.lang("") != nil || data.lang("zh") != nil {
		t.Error("lang does not map language tags to their data")
	}
}

// TestDropCapKnown checks that known, which reads the word lists as text,
// agrees with the words of the built data of every language.
func TestDropCapKnown(t *testing.T) {
	data := dropCapWords()
	union := map[string]bool{}
	var words []string
	for code := range data.langs {
		for w := range data.lang(code).words {
			union[w] = true
			words = append(words, w)
		}
		words = append(words, readWordList("data/dropcap/"+code+".txt")...)
	}
	// Words of the lists' comments ("mtlint", "written") are no entries.
	words = append(words, "Dhe", "Ohe", "Tne", "Sven", "xyzzy", "Ab", "İstanbul", "ÉTÉ", "mtlint", "written", "frequent")
	for _, w := range words {
		for _, form := range []string{w, strings.ToUpper(w), strings.Title(w)} {
			want := data.names[form] || union[strings.ToLower(form)]
			if got := data.known(form); got != want {
				t.Errorf("known(%q) = %v, the built data says %v", form, got, want)
			}
		}
	}
}

// TestDropCapMessage checks what a finding says and suggests.
func TestDropCapMessage(t *testing.T) {
	doc, err := read.Parse("a.txt", []byte("Title line\n\nOhe mood was tense.\n"), textdoc.FormatText, "en")
	if err != nil {
		t.Fatal(err)
	}
	eng, err := checker.NewEngine([]*checker.Rule{DropCap}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := eng.Check(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1", len(fs))
	}
	f := fs[0]
	want := `paragraph starts with a split drop cap: "Ohe" is probably "The" (or "She")`
	if f.Message != want || f.Suggestion != "The" || f.Text != "Ohe" || f.Severity != checker.Error {
		t.Errorf("got %q [%s] text %q suggestion %q; want %q", f.Message, f.Severity, f.Text, f.Suggestion, want)
	}
}

func BenchmarkFindDropCap(b *testing.B) {
	data := dropCapWords()
	en := data.lang("en")
	texts := []string{"Dhe press conference began.", "The press conference began.", "Stoltenberg said.", "T he press.", "AAlready on Monday."}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		findDropCap(texts[i%len(texts)], en, data)
	}
}

// TestDropCapIgnore checks that words listed in the ignore option are left
// alone.
func TestDropCapIgnore(t *testing.T) {
	text := []byte("Dhe press conference began.\n\nOhe mood was tense.\n")
	doc, err := read.Parse("a.txt", text, textdoc.FormatText, "en")
	if err != nil {
		t.Fatal(err)
	}
	eng, err := checker.NewEngine([]*checker.Rule{DropCap}, checker.Config{
		Options: map[string]map[string]string{"drop-cap": {"ignore": "Ohe, Xyz"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := eng.Check(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Text != "Dhe" {
		t.Errorf("got %v, want one finding on \"Dhe\"", fs)
	}
}
