package langid

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLinguaModel is the one test of the real lingua models: two languages,
// low accuracy.
func TestLinguaModel(t *testing.T) {
	m := NewLinguaModel()
	m.Preload([]string{"de", "en"})
	if m.Loaded() != 2 {
		t.Fatalf("loaded %d languages, want 2", m.Loaded())
	}
	for _, tt := range []struct{ text, want string }{
		{"The ferry company plans to cut evening trips on four lines from March.", "en"},
		{"Die Fährgesellschaft will die Abendfahrten auf vier Linien ab März streichen.", "de"},
	} {
		s := m.Scores(tt.text, []string{"de", "en"})
		if len(s) != 2 || s[0].Lang != tt.want || s[0].Conf < 0.9 {
			t.Errorf("%q: %+v, want %s first", tt.text, s, tt.want)
		}
	}
	m.Scores("Noch ein Satz auf Deutsch.", []string{"de", "en"})
	if m.Loaded() != 2 {
		t.Errorf("models loaded again: %d", m.Loaded())
	}
	if s := m.Scores("text", []string{"en"}); len(s) != 1 || s[0].Lang != "en" {
		t.Errorf("one candidate: %+v", s)
	}
}

// TestPrefix: long text is cut for the model at a space, or at a
// rune boundary when there is none.
func TestPrefix(t *testing.T) {
	long := strings.Repeat("Die Fähre fährt nicht mehr. ", 1000)
	if got := prefix(long, maxScored); len(got) > maxScored || len(got) < maxScored/2 || long[len(got)] != ' ' {
		t.Errorf("prefix: %d bytes ending %q", len(got), got[len(got)-10:])
	}
	if got := prefix(strings.Repeat("ä", 5000), maxScored); len(got) > maxScored || !utf8.ValidString(got) {
		t.Errorf("prefix without spaces: %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
}
