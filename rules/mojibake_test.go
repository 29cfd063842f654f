package rules

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// garble returns s as a program shows it that reads UTF-8 bytes as
// Windows-1252, bytes Windows-1252 leaves undefined becoming C1 controls as
// browsers do.
func garble(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		r := charmap.Windows1252.DecodeByte(c)
		if r == '\uFFFD' {
			r = rune(c)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestFindMojibakeRepairs(t *testing.T) {
	for _, clean := range []string{
		"café", "Müller", "Straße", "l’été", "„Zitat“", "“quoted”", "Łódź", "zażółć gęślą jaźń",
		"příliš žluťoučký kůň", "São Paulo", "Привет, мир", "naïve – déjà vu…", "€ 5", "Ελλάδα",
		"Ștefan și Țara", "日本語", "™", "👍",
	} {
		bad := "x " + garble(clean) + " y"
		fs := findMojibake(bad)
		if len(fs) == 0 {
			t.Errorf("%q (from %q): no finding", bad, clean)
			continue
		}
		fixed, last := "", 0
		for _, f := range fs {
			fixed += bad[last:f.Start] + f.Suggestion
			last = f.End
		}
		fixed += bad[last:]
		if fixed != "x "+clean+" y" {
			t.Errorf("%q: repaired to %q, want %q", bad, fixed, "x "+clean+" y")
		}
	}
}

func TestFindMojibakeDoubleEncoded(t *testing.T) {
	bad := "the " + garble(garble("café")) + " opened"
	fs := findMojibake(bad)
	if len(fs) != 1 || fs[0].Suggestion != "é" {
		t.Fatalf("%q: got %+v, want one finding suggesting é", bad, fs)
	}
}

func TestFindMojibakeOneFindingPerWord(t *testing.T) {
	for _, tc := range []struct {
		clean string
		want  []string // suggestions
	}{
		{"l’été", []string{"’été"}},
		{"Łódź", []string{"Łódź"}},
		{"Привет, мир", []string{"Привет, мир"}},
		{"zażółć gęślą", []string{"żółć", "ęślą"}},
	} {
		bad := garble(tc.clean)
		fs := findMojibake(bad)
		var got []string
		for _, f := range fs {
			got = append(got, f.Suggestion)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got suggestions %q, want %q", bad, got, tc.want)
		}
	}
}

func TestFindMojibakeCleanText(t *testing.T) {
	for _, s := range []string{
		"O presidente disse: «NÃO É»",
		"Âmbito nacional e Ângela",
		"ÉCOLE, CAFÉ – BAR",
		"Der Fuß“ und die Straße…",
		"« C’est l’été » à Paris, déjà",
		"Il a dit : « Oui, café »",
		"¿Qué pasa? ¡Ánimo! Año, niño, señor",
		"Zürich, Genève, Österreich, Ärzte, Übersee",
		"Kraków, Gdańsk, Łódź, Świętokrzyskie",
		"Brno, Plzeň, Ústí nad Labem, Čechy",
		"Москва, Санкт-Петербург, «Известия»",
		"Ísafjörður and Þórshöfn, Ægir",
		"© 2024 Reuters · 5 °C · ½ · 3² · § 12 · 50 % · £ 20 · ¥",
		"Åsa sade: »PÅ« och Öland",
		"AMANHÃ”, disse",
	} {
		if fs := findMojibake(s); len(fs) != 0 {
			t.Errorf("%q: got %+v, want nothing", s, fs)
		}
	}
}

func TestFindMojibakeReplacementAndC1(t *testing.T) {
	fs := findMojibake("It\u0092s 5 \uFFFD\uFFFD today")
	if len(fs) != 2 {
		t.Fatalf("got %+v, want 2 findings", fs)
	}
	if fs[0].Suggestion != "’" {
		t.Errorf("C1 U+0092: suggestion %q, want ’", fs[0].Suggestion)
	}
	if fs[1].End-fs[1].Start != 6 {
		t.Errorf("U+FFFD run: span %d..%d, want both characters", fs[1].Start, fs[1].End)
	}
}

func TestMojibakeByteRoundTrip(t *testing.T) {
	for b := 0x80; b <= 0xff; b++ {
		r := charmap.Windows1252.DecodeByte(byte(b))
		if r == '\uFFFD' {
			r = rune(b)
		}
		got, ok := mojibakeByte(r)
		if !ok || got != byte(b) {
			t.Errorf("byte %#x: mojibakeByte(%U) = %#x, %v", b, r, got, ok)
		}
	}
}
