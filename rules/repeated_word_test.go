package rules

import (
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

func TestOnlySpaces(t *testing.T) {
	for _, tc := range []struct {
		sep  string
		want bool
	}{
		{" ", true},
		{"  ", true},
		{"\u00a0", true},
		{"", false},
		{"   ", false}, // aligned columns
		{"\t", false},
		{"\n", false},
		{", ", false},
		{"-", false},
	} {
		if got := onlySpaces(tc.sep); got != tc.want {
			t.Errorf("onlySpaces(%q) = %v, want %v", tc.sep, got, tc.want)
		}
	}
}

// TestRepeatedWordCases runs the rule over single sentences.
func TestRepeatedWordCases(t *testing.T) {
	eng, err := checker.NewEngine([]*checker.Rule{RepeatedWord}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, text, want string // want: the suggestion, "" for no finding
	}{
		{"en", "It resumes in the the spring.", "the"},
		{"en", "The the operator agreed.", "The"},
		{"en", "It resumes in the  the spring.", "the"},
		{"en", "He had had enough.", ""},
		{"en", "She said that that was final.", ""},
		{"en", "They saw Duran Duran live.", ""},
		{"en", "He said The The played.", ""}, // a band's name mid-sentence
		{"en", "Seats 10 10 and 12.", ""},
		{"en", "It was the\nthe end.", ""},
		{"en", "Visit Baden-Baden.", ""},
		{"en", "It is THE THE best.", ""},
		{"sv", "Det var den den dagen.", ""}, // no word list for the language
		{"tr", "yavaş yavaş geldi", ""},      // no data: reduplication is grammar
		{"de", "Die Frau, die die Zeitung liest.", ""},
		{"de", "Die Rede von von der Leyen.", ""},
		{"de", "Sie fährt ab ab Montag.", "ab"},
		{"fr", "Nous nous levons.", ""},
		{"fr", "Le discours de de Gaulle.", ""},
		{"fr", "Le navire reprend du du service.", "du"},
		{"it", "Procede piano piano.", ""},
		{"it", "Torna in in servizio.", "in"},
		{"nl", "Hij zei dat dat klopt.", ""},
		{"pt", "Se se confirmar, volta.", ""},
		{"ru", "Он вернётся в в строй.", "в"},
		{"zh", "哈哈 哈哈", ""},
	} {
		doc, err := read.Parse("case.txt", []byte(tc.text), textdoc.FormatText, tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := eng.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case tc.want == "" && len(fs) > 0:
			t.Errorf("%s %q: unexpected finding %+v", tc.lang, tc.text, fs[0])
		case tc.want != "" && len(fs) != 1:
			t.Errorf("%s %q: got %d findings, want 1", tc.lang, tc.text, len(fs))
		case tc.want != "" && fs[0].Suggestion != tc.want:
			t.Errorf("%s %q: suggestion %q, want %q", tc.lang, tc.text, fs[0].Suggestion, tc.want)
		}
	}
}
