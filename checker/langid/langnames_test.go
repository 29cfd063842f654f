package langid

import "testing"

func TestWithoutCapitalisedKeepsParticlesWithNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Giorgia Meloni, Ursula von der Leyen and Olaf Scholz", "and"},
		{"a portrait by Vincent van Gogh and Leonardo da Vinci", "a portrait by and"},
		{"talks with Mohammed bin Salman and Bashar al-Assad", "talks with and"},
		// Particles that do not stand between capitalised words stay.
		{"die Rede von der Kanzlerin", "die von der"},
		{"Er kam von der Arbeit", "kam von der"},
		{"Der Bericht kam von der Polizei", "kam von der"},
		{"a note from von der Leyen", "a note from von der"},
		{"Berlin, von der Stadt aus", "von der aus"},
	} {
		if got := withoutCapitalised(tc.in); got != tc.want {
			t.Errorf("withoutCapitalised(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLexiconDropsNameParticles(t *testing.T) {
	lex := newLexicon("Ursula von der Leyen and Olaf Scholz met in Brussels")
	if n := lex.count("de"); n != 0 {
		t.Errorf("German function words in a caption of names: %d, want 0", n)
	}
	lex = newLexicon("Der Bericht kam von der Polizei und nicht von der Stadt")
	if n := lex.count("de"); n < 4 {
		t.Errorf("German function words in a German sentence: %d, want at least 4", n)
	}
}

func TestIsNameParticleMatchesTheSet(t *testing.T) {
	for w := range nameParticles {
		if !isNameParticle(w) {
			t.Errorf("isNameParticle(%q) = false", w)
		}
		if len(w) > maxParticleLen {
			t.Errorf("%q is longer than maxParticleLen", w)
		}
	}
	for _, w := range []string{"the", "und", "Von", "vonn"} {
		if isNameParticle(w) {
			t.Errorf("isNameParticle(%q) = true", w)
		}
	}
}
