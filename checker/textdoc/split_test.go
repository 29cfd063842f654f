package textdoc

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSplitLongBlocks cuts long blocks and checks that every byte of every
// part still maps to the file offset it mapped to before the cut, through
// linear pieces and a non-linear one (an entity).
func TestSplitLongBlocks(t *testing.T) {
	// raw: "alpha beta&amp;gamma delta\nepsilon zeta ..." read as text where
	// "&amp;" became "&".
	var bb BlockBuilder
	raw := 0
	add := func(text string, rawLen int) {
		bb.Add(text, raw, rawLen)
		raw += rawLen
	}
	add("alpha beta", 10)
	add("&", 5)
	add("gamma delta\nepsilon zeta eta theta iota kappa lambda", 52)
	add("ünïcödé", len("ünïcödé"))
	whole := bb.Build(Paragraph)
	for _, limit := range []int{8, 12, 16, 31, 64} {
		parts := SplitLongBlocks([]*Block{whole}, limit)
		if len(parts) < 2 && len(whole.Text) > limit {
			t.Fatalf("limit %d: %d parts", limit, len(parts))
		}
		at := 0 // where the next part starts in whole.Text
		var joined []string
		for _, p := range parts {
			if len(p.Text) > limit || strings.TrimSpace(p.Text) != p.Text || p.Text == "" {
				t.Errorf("limit %d: part %q", limit, p.Text)
			}
			off := strings.Index(whole.Text[at:], p.Text)
			if off < 0 || strings.TrimSpace(whole.Text[at:at+off]) != "" {
				t.Fatalf("limit %d: part %q does not follow at %d", limit, p.Text, at)
			}
			at += off
			for k := 0; k <= len(p.Text); k++ {
				if got, want := p.Raw(k), whole.Raw(at+k); got != want && k < len(p.Text) {
					t.Errorf("limit %d: part %q Raw(%d) = %d, want %d", limit, p.Text, k, got, want)
				}
			}
			if got, want := p.RawEnd(len(p.Text)), whole.RawEnd(at+len(p.Text)); got != want {
				t.Errorf("limit %d: part %q RawEnd = %d, want %d", limit, p.Text, got, want)
			}
			at += len(p.Text)
			joined = append(joined, p.Text)
		}
		if got := strings.Join(strings.Fields(strings.Join(joined, "")), ""); got != strings.Join(strings.Fields(whole.Text), "") {
			t.Errorf("limit %d: parts %q lose text", limit, joined)
		}
	}
	short := []*Block{{Text: "short"}}
	if got := SplitLongBlocks(short, 8); len(got) != 1 || got[0] != short[0] {
		t.Errorf("a short block is changed: %v", got)
	}
}

// TestASCIIWords checks the ASCII word splitter against the UAX #29
// library on text made of the characters that decide word boundaries.
func TestASCIIWords(t *testing.T) {
	cases := []string{"", "a", "_", "__", "_a", "a_", "a_b", "can't", "e.g.", "k:a", "a::b", "3,5", "1.000,25", "1;2", "1'000",
		"a.1", "1.a", "a'1", "rock'n'roll", "x. y", "don't stop", "a\r\nb", "a-b", "end.", "'quoted'", "__init__", "a_.b", "1_2,3",
		"U.S.A.", "v1.2.3", "http://example.org/a_b?c=1", "price: $3,50; total 1.5e3"}
	for _, c := range cases {
		if got, want := asciiWords(c, 0, nil), uaxWords(c); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", c, got, want)
		}
	}
	const alphabet = "aZ09_ .,;:'\"-\n\r\t!?()/"
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if got, want := asciiWords(string(b), 0, nil), uaxWords(string(b)); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", b, got, want)
		}
	}
}

func FuzzSplitWords(f *testing.F) {
	f.Add("can't stop 3,5 e.g. k:a __x")
	f.Add("Straße 3,5 km – l’été 中文 e\u0301")
	f.Add("Größe:Wert l'été 3,5ä Łódź×2 ǃXóõ·a")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := SplitWords(s), uaxWords(s); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}

// TestSplitWordsMixed checks SplitWords on text that mixes ASCII with other
// characters (letters, marks, joiners, other scripts' punctuation) against
// the UAX #29 library on the whole text.
func TestSplitWordsMixed(t *testing.T) {
	alphabet := []string{"a", "Z", "0", "_", " ", " ", ".", ",", ";", ":", "'", "-", "\n", "é", "ß", "中", "ー", "。", "\u0301", "\u200d", "٣", "א", "\"", "’", "\u3000", "😀", "\r", "ﾟ", "\u0903", "🏻", "ä", "Ł", "ǃ", "×", "·", "ª", "ɏ"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := SplitWords(s), uaxWords(s); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestLatinSentences checks the sentence splitter for Latin text against
// the UAX #29 library.
func TestLatinSentences(t *testing.T) {
	cases := []string{"", "A.", "A. B.", "It costs 3.5 euros. Then", "e.g. the", "etc. and so", "U.S. Army", "Hi!? Yes.", "He said (\"no.\") Then",
		"a.\r\nb", "a.\rb", "a\nb", "Stop. 3 more", "Wait... what", "x.) y", "End.\t\fNext", "A. - b", "a.B", "Done.  \n\nNext."}
	same := func(s string) {
		t.Helper()
		got, ok := latinSentences(s, nil)
		if want := uaxSentences(s, nil); !ok || !slices.Equal(got, want) {
			t.Fatalf("%q: ok %v, got %v, want %v", s, ok, got, want)
		}
	}
	for _, c := range cases {
		same(c)
	}
	// Every character outside ASCII that the splitter knows, in the
	// places where its class decides.
	for r := rune(0x80); r < 0x2100; r++ {
		if _, ok := sbClass(r); !ok {
			continue
		}
		for _, f := range []string{"x.%cb", "x. %cb", "A.%c", "x.%c Y", "x! %c", "a %c. b", "a.%c\n"} {
			same(fmt.Sprintf(f, r))
		}
	}
	alphabet := []string{"a", "Z", "0", "9", " ", ".", "!", "?", ",", "-", ":", ";", "'", "\"", "(", ")", "[", "]", "{", "}", "\n", "\r",
		"\t", "\v", "\f", "_", "/", "#", "ä", "Ä", "ß", "é", "Œ", "ſ", "„", "“", "”", "‚", "‘", "’", "«", "»", "–", "—", "\u00a0",
		"\u202f", "…", "€", "°", "§"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 100000; n++ {
		var sb strings.Builder
		for range rng.IntN(24) {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		same(sb.String())
	}
}

func FuzzSplitSentences(f *testing.F) {
	f.Add("It costs 3.5 euros. Then e.g. the U.S. Army said \"no.\" etc. and so on!? Yes.\r\nNext")
	f.Add("Er sagte: „Nein.“ – Dann kam z. B. die Öffnung… Ältere Leute ßen.")
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := latinSentences(s, nil)
		if !ok {
			return
		}
		if want := uaxSentences(s, nil); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}

// A Segmenter gives every block the spans SplitWords and SplitSentences
// give it, in slices that do not reach into the next block's: appending to
// one block's words must not change another's.
func TestSegmenterMatchesSplit(t *testing.T) {
	texts := []string{
		"Dr. Smith arrived at 3 p.m. He left. The U.S. Army said so.",
		"",
		"   ",
		"Am 3. Juni kam er. Dann ging er.",
		"Le président a dit : « Non ! » Puis il est parti.",
		"日本語の文です。二つ目の文です。",
		"Broken \xff\xfe bytes. Still text.",
		"A mark after a space: \u0301x and a no-break\u00a0space.",
		strings.Repeat("word and word. ", 600), // more spans than a shared chunk takes
	}
	for _, lang := range []string{"en", "de", "fr", "ja"} {
		var s Segmenter
		blocks := make([]*Block, 0, 4*len(texts))
		for range 4 {
			for _, text := range texts {
				b := &Block{Text: text}
				s.Segment(b, lang)
				blocks = append(blocks, b)
			}
		}
		for _, b := range blocks {
			b.Words = append(b.Words, Span{-1, -1})
		}
		for i, b := range blocks {
			words, sentences := SplitWords(b.Text), SplitSentences(b.Text, LocaleFor(lang))
			if got := b.Words[:len(b.Words)-1]; !slices.Equal(got, words) {
				t.Errorf("%s block %d: words %v, want %v", lang, i, got, words)
			}
			if !slices.Equal(b.Sentences, sentences) {
				t.Errorf("%s block %d: sentences %v, want %v", lang, i, b.Sentences, sentences)
			}
		}
	}
}
