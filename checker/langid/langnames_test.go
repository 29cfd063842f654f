package langid

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

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

// particleAtByFields is particleAt as the fields around the particle
// define it: the fields found with strings and maps, copies and all, which
// particleAt must agree with.
func particleAtByFields(text string, start, end int) bool {
	if start > 0 && !unicode.IsSpace(rune(text[start-1])) || end < len(text) && !unicode.IsSpace(rune(text[end])) {
		return false
	}
	next := strings.TrimLeft(text[end:], " \t\n\r")
	if i := strings.IndexAny(next, " \t\n\r"); i >= 0 {
		next = next[:i]
	}
	if !isCapitalised(next) && !prefixedNameByLower(next) && !nameParticles[next] {
		return false
	}
	before := text[:start]
	for range 4 {
		before = strings.TrimRight(before, " \t\n\r")
		prev := before[strings.LastIndexAny(before, " \t\n\r")+1:]
		if !nameParticles[prev] {
			if !isCapitalised(prev) || endsInPunct(prev) {
				return false
			}
			rest := strings.TrimRight(before[:len(before)-len(prev)], " \t\n\r")
			if nounArticles[strings.ToLower(rest[strings.LastIndexAny(rest, " \t\n\r")+1:])] {
				return false
			}
			break
		}
		before = before[:len(before)-len(prev)]
	}
	from, to := start, end
	for n := 0; n < 6 && from > 0; {
		from--
		if unicode.IsSpace(rune(text[from])) && from > 0 && !unicode.IsSpace(rune(text[from-1])) {
			n++
		}
	}
	for n := 0; n < 6 && to < len(text); to++ {
		if unicode.IsSpace(rune(text[to])) && to+1 < len(text) && !unicode.IsSpace(rune(text[to+1])) {
			n++
		}
	}
	var fields []string
	at := -1
	for _, f := range fieldSpans(text[from:to]) {
		if from+f.Start == start {
			at = len(fields)
		}
		fields = append(fields, text[from+f.Start:from+f.End])
	}
	return at >= 0 && particleInName(fields, at)
}

// prefixedNameByLower is prefixedName on a lower-case copy of every word.
func prefixedNameByLower(w string) bool {
	lw := strings.ToLower(w)
	for _, p := range hyphenParticles {
		if strings.HasPrefix(lw, p) && len(w) > len(p) && isCapitalised(w[len(p):]) {
			return true
		}
	}
	return false
}

// TestParticleAtAsByFields compares particleAt and its helpers with their
// plain versions on random texts of names, particles, articles, nouns,
// punctuation, white space of several kinds and capitals outside ASCII.
func TestParticleAtAsByFields(t *testing.T) {
	vocab := []string{"von", "der", "Der", "den", "de", "van", "al", "la", "zu", "vom", "y", "bin",
		"Ursula", "Leyen", "Rede", "Kanzlerin", "die", "DIE", "DİE", "dİe", "eİnem", "Einem", "beim",
		"al-Assad", "El-Sisi", "d'Alema", "d’Alema", "o’Neil", "İbn-Saud", "ibn-Saud", "Abu-x",
		"Berlin,", "(von", "von)", "Stadt.", "\u212aein", "Ä", "über", "Ölpreis", "ß", "", "x"}
	seps := []string{" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u0085", "\u2003", ", "}
	rnd := rand.New(rand.NewSource(7))
	inName := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rnd.Intn(14); k >= 0; k-- {
			b.WriteString(vocab[rnd.Intn(len(vocab))])
			b.WriteString(seps[rnd.Intn(len(seps))])
		}
		text := b.String()
		for _, f := range fieldSpans(text) {
			if got, want := particleAt(text, f.Start, f.End), particleAtByFields(text, f.Start, f.End); got != want {
				t.Fatalf("particleAt(%q, %d, %d) = %v, by fields %v", text, f.Start, f.End, got, want)
			} else if got {
				inName++
			}
		}
	}
	if inName < 100 {
		t.Errorf("only %d particles inside names: the texts test too little", inName)
	}
	for _, w := range append(vocab, "EINEN", "Beim", "ZUR", "einemx", "im", "İm", "der\u212a") {
		if got, want := isNounArticle(w), nounArticles[strings.ToLower(w)]; got != want {
			t.Errorf("isNounArticle(%q) = %v, want %v", w, got, want)
		}
		if got, want := prefixedName(w), prefixedNameByLower(w); got != want {
			t.Errorf("prefixedName(%q) = %v, want %v", w, got, want)
		}
	}
	for w := range nounArticles {
		if !isNounArticle(w) || !isNounArticle(strings.ToUpper(w)) {
			t.Errorf("isNounArticle(%q) = false", w)
		}
	}
}
