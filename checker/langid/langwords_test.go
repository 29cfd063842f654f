package langid

import (
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"golang.org/x/text/unicode/norm"
)

// TestFunctionWordFiles checks every list file: it parses, its words are
// lower case NFC with no duplicates, and its language is one lingua knows.
func TestFunctionWordFiles(t *testing.T) {
	entries, err := funcWordFiles.ReadDir("data/funcwords")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(StopWords) {
		t.Errorf("%d list files, %d lists loaded", len(entries), len(StopWords))
	}
	for _, e := range entries {
		name := e.Name()
		lang, ok := strings.CutSuffix(name, ".txt")
		if !ok {
			t.Errorf("%s: not a .txt file", name)
			continue
		}
		if !KnownLanguage(lang) {
			t.Errorf("%s: %q is not a language lingua knows", name, lang)
		}
		data, err := funcWordFiles.ReadFile("data/funcwords/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), "#") {
			t.Errorf("%s: does not start with a comment saying what the list is", name)
		}
		words := parseFunctionWords(string(data))
		if n := len(words); n < 40 || n > 150 {
			t.Errorf("%s: %d words, want 40-150", name, n)
		}
		seen := map[string]bool{}
		for _, w := range words {
			if w != strings.ToLower(w) || !norm.NFC.IsNormalString(w) {
				t.Errorf("%s: %q is not lower case NFC", name, w)
			}
			if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
				t.Errorf("%s: %q has a character FunctionWords splits at", name, w)
			}
			if seen[w] {
				t.Errorf("%s: %q twice", name, w)
			}
			seen[w] = true
		}
		if len(seen) != len(StopWords[lang]) {
			t.Errorf("%s: %d words, %d loaded", name, len(seen), len(StopWords[lang]))
		}
		i := slices.Index(stopWordLangs, lang)
		for w := range seen {
			if i < 0 || stopWordMask[w]&(1<<i) == 0 {
				t.Errorf("%s: %q missing from stopWordMask", name, w)
			}
		}
	}
}

// relatives are the languages with lists whose function words a text in a
// language is told apart from. Languages whose words alone cannot be told
// apart are left out of each other's lists here (see the comments), and are
// tested against English only: the language model separates them.
var relatives = map[string][]string{
	"en": {"de", "nl", "fr"},
	"de": {"nl", "da", "sv"},
	"nl": {"de", "da"},
	"fr": {"es", "it", "pt", "ca"},
	"es": {"it", "fr", "pt"},
	"it": {"es", "fr", "pt", "ca"},
	"pt": {"es", "it", "fr", "ca"},
	"ca": {"es", "fr", "it", "pt"},
	"ro": {"it", "fr", "es"},
	"pl": {"cs", "sk"},
	"cs": {"pl"},
	"sk": {"cs", "pl"},
	"sl": {"cs"},
	"hr": {"sl", "cs"},
	"bs": {"sl", "cs"},
	"ru": {"uk", "be", "bg"},
	"uk": {"ru", "be"},
	"be": {"ru", "uk"},
	"bg": {"ru", "sr"},
	"mk": {"sr"},
	"sr": {"mk", "bg", "ru"},
	"sv": {"da", "nb", "de"},
	"da": {"sv", "de"},
	"nb": {"sv", "de"},
	"fi": {"et"},
	"et": {"fi"},
	"lv": {"lt"},
	"lt": {"lv"},
	"id": {},
	"ms": {},
	"hu": {"fi"},
	"tr": {},
	"el": {},
	"vi": {},
	"af": {"de"},
	"sq": {},
	"eo": {"es", "it", "fr"},
	"sw": {},
	"tl": {"id"},
	"is": {"da", "nb", "sv"},
	"eu": {"es"},
	"cy": {},
	"ga": {},
	"az": {"tr"},
	"la": {"it", "es", "fr"},
}

// Not told apart by function words alone (the lexicon's language() wants twice the
// hits of any other candidate), so not in each other's relatives: Danish and
// Norwegian Bokmål share most of theirs, Croatian and Bosnian nearly all,
// Indonesian and Malay most, Bulgarian and Macedonian the commonest (и, да,
// се, на, е, не), Afrikaans and Dutch many (and the Afrikaans article die is
// left out as an English word, while the Dutch list has it). Some pairs
// separate one way only, because the shared words count for both: Catalan
// text is told from Spanish but not Spanish from Catalan (el, la, de, que,
// en), Slovak from Czech but not Czech from Slovak (je, na, že, od, aby,
// bude), Croatian from Slovenian but not Slovenian from Croatian (je, se,
// na, da, za, od). The gate (lexicalEvidence) counts only the words one of
// the two lacks, so it still tells them apart, and the language model
// decides.

// TestFunctionWordParagraphs checks each list against a short news
// paragraph written in its language (testdata/langwords): the words pick the
// language among itself, English and its relatives, and are a fair share of
// the text.
func TestFunctionWordParagraphs(t *testing.T) {
	for lang := range StopWords {
		t.Run(lang, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "langwords", lang+".txt"))
			if err != nil {
				t.Fatalf("no test paragraph: %v", err)
			}
			text := string(data)
			rel, ok := relatives[lang]
			if !ok {
				t.Fatalf("no relatives listed for %s", lang)
			}
			cands := []string{lang}
			if lang != "en" {
				cands = append(cands, "en")
			}
			for _, r := range rel {
				if !slices.Contains(cands, r) {
					cands = append(cands, r)
				}
			}
			if got, share := newLexicon(text).language(cands); got != lang {
				t.Errorf("language by words among %v = %q (%.2f), want %s", cands, got, share, lang)
			}
			f, n, ok := FunctionWords(text, lang)
			if !ok || n == 0 || float64(f) < 0.15*float64(n) {
				t.Errorf("FunctionWords: %d of %d words, want at least 15%%", f, n)
			}
		})
	}
}

// TestGuessLanguageParagraphs guesses the language of each test paragraph
// from its words alone. Croatian and Bosnian share nearly all function words,
// Afrikaans and Dutch many: the guess may abstain there, but not pick
// another language.
// stopWords are the lists as sets, for tests: the code itself reads them
// through stopWordMask.
var StopWords = func() map[string]map[string]bool {
	lists, err := loadFunctionWords()
	if err != nil {
		panic(err)
	}
	out := map[string]map[string]bool{}
	for l, ws := range lists {
		out[l] = textdoc.Set(strings.Join(ws, " "))
	}
	return out
}()

// TestASCIIWordTable checks that the ASCII table answers as the map does,
// for every listed word in lower, title and upper case, and for words not
// listed.
func TestASCIIWordTable(t *testing.T) {
	check := func(w string) {
		t.Helper()
		want := stopWordMask[strings.ToLower(w)]
		got, ok := asciiWords.lookup(w)
		if !ok {
			got = stopWordMask[strings.ToLower(w)]
		}
		if got != want {
			t.Errorf("wordLangs(%q) = %b, want %b", w, got, want)
		}
		if wordLangs(w) != want {
			t.Errorf("wordLangs(%q) = %b, want %b", w, wordLangs(w), want)
		}
	}
	for w := range stopWordMask {
		check(w)
		check(strings.ToUpper(w))
		if r, n := utf8.DecodeRuneInString(w); n > 0 {
			check(string(unicode.ToUpper(r)) + w[n:])
		}
		check(w + "x")
		check("x" + w)
	}
	for _, w := range []string{"", "a", "theThe", "notwithstandingly", "extraordinarilylongword", "Straße", "KELVIN\u212a"} {
		check(w)
	}
}

// TestLexCursor checks that the cursor returns what lexicon.in returns for
// every 6-word window of a text, in order.
func TestLexCursor(t *testing.T) {
	text := "Der Bericht kam von der Polizei und nicht von der Stadt, but the mayor said that it was the police's report after all, y nada más."
	lex := newLexicon(text)
	words := fieldSpans(text)
	c := lexCursor{l: lex}
	for i := 0; i+6 <= len(words); i += 3 {
		span := textdoc.Span{Start: words[i].Start, End: words[i+5].End}
		want, got := lex.in(span), c.in(span)
		if !slices.Equal(want.fw, got.fw) || !slices.Equal(want.words, got.words) {
			t.Errorf("window %d: cursor %v, in %v", i, got, want)
		}
	}
}

// TestHasLetters checks hasLetters against letterCount at every threshold.
func TestHasLetters(t *testing.T) {
	for _, s := range []string{"", "a", "ab1 c", "Straße über Ärger", "日本語のテキスト", "12 34 !!", "\xffab\xfe", "a\u0301b",
		"The minister said on Tuesday, 12 May, that über 40 Straßen closed; 1234567890 abc.", "abcdefgh12345678ijklmnop\xffqrstuvwx"} {
		for n := 0; n <= letterCount(s)+2; n++ {
			if got, want := hasLetters(s, n), letterCount(s) >= n; got != want {
				t.Errorf("hasLetters(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// guessLanguageByRunes is GuessLanguage as it was written first, a letter
// at a time, each word looked up by wordLangs.
func guessLanguageByRunes(blocks []*textdoc.Block) string {
	var han, kana, hangul, cyr, arabic, latin, greek, hebrew, thai int
	// counts holds, for each language with a list, the words on it; the
	// script decides below which languages compete.
	var counts [64]int
	words := 0
	for _, b := range blocks {
		text := b.Text
		start := -1
		for i := 0; i < len(text); {
			if c := text[i]; c < utf8.RuneSelf {
				if 'a' <= c|0x20 && c|0x20 <= 'z' {
					if start < 0 {
						start = i
					}
					latin++
				} else if start >= 0 {
					words++
					countWordPlain(&counts, text[start:i])
					start = -1
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isLetter(r) {
				if start >= 0 {
					words++
					countWordPlain(&counts, text[start:i])
					start = -1
				}
				i += n
				continue
			}
			if start < 0 {
				start = i
			}
			switch ScriptOf(r) {
			case Kana:
				kana++
			case Han:
				han++
			case Hangul:
				hangul++
			case Cyrillic:
				cyr++
			case Arabic:
				arabic++
			case Greek:
				greek++
			case Hebrew:
				hebrew++
			case Thai:
				thai++
			case Latin:
				latin++
			}
			i += n
		}
		if start >= 0 {
			words++
			countWordPlain(&counts, text[start:])
		}
	}
	total := han + kana + hangul + cyr + arabic + latin + greek + hebrew + thai
	if total < 20 {
		return ""
	}
	switch {
	case kana*10 > total:
		return "ja"
	case han*2 > total:
		return "zh"
	case hangul*2 > total:
		return "ko"
	case arabic*2 > total:
		return "ar"
	case greek*2 > total:
		return "el"
	case hebrew*2 > total:
		return "he"
	case thai*2 > total:
		return "th"
	}
	// The function word lists of the languages written in the text's
	// script compete.
	script := Latin
	if cyr*2 > total {
		script = Cyrillic
	}
	var allowed langBits
	for i, lang := range stopWordLangs {
		if LanguageScripts(lang).has(script) {
			allowed |= 1 << i
		}
	}
	best, second := -1, -1
	for i := range stopWordLangs {
		if allowed&(1<<i) == 0 {
			continue
		}
		switch {
		case best < 0 || counts[i] > counts[best]:
			best, second = i, best
		case second < 0 || counts[i] > counts[second]:
			second = i
		}
	}
	// Abstain unless function words are frequent and one language leads
	// clearly.
	if best < 0 || counts[best]*10 < words {
		return ""
	}
	if second >= 0 && counts[best] < counts[second]*3/2 {
		// Close relatives (Danish and Norwegian, Czech and Slovak) share
		// their commonest words: the words only one of the two has decide.
		// The words are looked up again: this is rare, and keeps the
		// first pass from holding every word's languages.
		own, other := 0, 0
		b, s := langBits(1)<<best, langBits(1)<<second
		for _, bl := range blocks {
			eachWordLangs(bl.Text, func(m langBits) {
				switch m & (b | s) {
				case b:
					own++
				case s:
					other++
				}
			})
		}
		if own < 3 || own < 2*other {
			return ""
		}
	}
	return stopWordLangs[best]
}

func countWordPlain(counts *[64]int, word string) {
	for m := wordLangs(word); m != 0; m &= m - 1 {
		counts[bits.TrailingZeros64(uint64(m))]++
	}
}

// TestGuessLanguageAsByRunes compares GuessLanguage with the plain version
// on random texts of the function words of every list, in any case, with
// letters of several scripts, digits and punctuation.
func TestGuessLanguageAsByRunes(t *testing.T) {
	var vocab []string
	for w := range stopWordMask {
		vocab = append(vocab, w)
	}
	slices.Sort(vocab)
	vocab = append(vocab, "Haus", "STRASSE", "日本", "かな", "한국", "Ωμέγα", "שלום", "ไทย", "x1", "\xff", "İ")
	seps := []string{" ", " ", ", ", ". ", "-", "1", "’", "\n"}
	byLang := map[string][]string{}
	for _, w := range vocab {
		for i, l := range stopWordLangs {
			if stopWordMask[w]&(1<<i) != 0 {
				byLang[l] = append(byLang[l], w)
			}
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	decided := 0
	for n := 0; n < 3000; n++ {
		// Texts mostly of one list's words, so that a language can win.
		lang := stopWordLangs[rng.IntN(len(stopWordLangs))]
		var blocks []*textdoc.Block
		for k := rng.IntN(3); k >= 0; k-- {
			var sb strings.Builder
			for j := rng.IntN(40); j >= 0; j-- {
				w := vocab[rng.IntN(len(vocab))]
				if own := byLang[lang]; rng.IntN(3) > 0 {
					w = own[rng.IntN(len(own))]
				}
				if rng.IntN(4) == 0 {
					w = strings.ToUpper(w)
				}
				sb.WriteString(w)
				sb.WriteString(seps[rng.IntN(len(seps))])
			}
			blocks = append(blocks, &textdoc.Block{Text: sb.String()})
		}
		got, want := GuessLanguage(blocks), guessLanguageByRunes(blocks)
		if got != want {
			t.Fatalf("GuessLanguage = %q, by runes %q, of %q", got, want, blocks[0].Text)
		}
		if got != "" {
			decided++
		}
	}
	if decided < 100 {
		t.Errorf("only %d texts decided: the texts test too little", decided)
	}
}
