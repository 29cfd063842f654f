package langid

import (
	"github.com/mtlint/mtlint/checker/textdoc"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceEvidence is lexicalEvidence as first written, word by word with
// a map lookup per language: the lexicon must count the same.
func referenceEvidence(text, lang, target string) (foreign, native int, ok bool) {
	fl, tl := StopWords[lang], StopWords[target]
	if fl == nil || tl == nil {
		return 0, 0, false
	}
	own := map[string]string{"ru": ownRu, "uk": ownUk}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		w = strings.ToLower(w)
		inF, inT := fl[w], tl[w]
		if own[lang] != "" && own[target] != "" {
			inF = inF || strings.ContainsAny(w, own[lang])
			inT = inT || strings.ContainsAny(w, own[target])
		}
		switch {
		case inF && !inT:
			foreign++
		case inT && !inF:
			native++
		}
	}
	return foreign, native, true
}

// blankNameParticles replaces the name particles inside names in text with
// spaces ("Ursula von der Leyen" -> "Ursula         Leyen").
func blankNameParticles(text string) string {
	spans := fieldSpans(text)
	fields := make([]string, len(spans))
	for i, s := range spans {
		fields[i] = text[s.Start:s.End]
	}
	out := []byte(text)
	for i, f := range fields {
		if nameParticles[f] && particleInName(fields, i) {
			for k := spans[i].Start; k < spans[i].End; k++ {
				out[k] = ' '
			}
		}
	}
	return string(out)
}

// TestLexiconMatchesReference compares the lexicon's counts with the word by
// word reference on every paragraph and sentence-sized piece of our clean
// texts, for every pair of languages with lists.
func TestLexiconMatchesReference(t *testing.T) {
	files, err := filepath.Glob("../../testdata/clean/*-news.txt")
	if err != nil || len(files) < 5 {
		t.Fatalf("clean texts: %v %v", files, err)
	}
	var langs []string
	for l := range StopWords {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	texts := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			lex := newLexicon(p)
			// The lexicon leaves out particles inside names; the reference
			// sees them blanked.
			ref := blankNameParticles(p)
			// A piece: the second to the eighth field.
			fs := fieldSpans(p)
			piece := textdoc.Span{}
			if len(fs) > 8 {
				piece = textdoc.Span{Start: fs[1].Start, End: fs[7].End}
			}
			for _, x := range langs {
				for _, tl := range langs {
					texts++
					f1, n1, ok1 := lex.evidence(x, tl)
					f2, n2, ok2 := referenceEvidence(ref, x, tl)
					if f1 != f2 || n1 != n2 || ok1 != ok2 {
						t.Fatalf("%s, %s/%s: lexicon %d/%d, reference %d/%d in %q", f, x, tl, f1, n1, f2, n2, p)
					}
					if piece.End > 0 {
						text := p[piece.Start:piece.End]
						f1, n1, _ = lex.in(piece).evidence(x, tl)
						f2, n2, _ = referenceEvidence(ref[piece.Start:piece.End], x, tl)
						if f1 != f2 || n1 != n2 {
							t.Fatalf("%s, %s/%s: piece %q: lexicon %d/%d, reference %d/%d", f, x, tl, text, f1, n1, f2, n2)
						}
					}
				}
			}
		}
	}
	if texts < 1000 {
		t.Errorf("only %d comparisons", texts)
	}
}

// TestOneList: where only one language of a pair has a function-word list,
// that list still decides what the model is asked. Yoruba and Zulu have no
// lists (they are not news languages we ship lists for).
func TestOneList(t *testing.T) {
	for _, l := range []string{"yo", "zu"} {
		if langBit(l) != 0 || !KnownLanguage(l) {
			t.Fatalf("%s: the test needs a known language without a list", l)
		}
	}
	english := "The minister said the plan would be reviewed again in the autumn."
	noEnglish := "Ilé-iṣẹ́ ọkọ̀ ojú omi náà ti dín ìrìn àjò alẹ́ kù."
	for _, tt := range []struct {
		text, x, target string
		maybe           bool
	}{
		{english, "en", "yo", true},    // English words in a Yoruba text: ask the model
		{noEnglish, "en", "yo", false}, // no English function word: certainly not English
		{english, "yo", "en", false},   // certainly English: not Yoruba
		{noEnglish, "yo", "en", true},  // no English function word: ask the model
		// Two English function words in a dozen words: not certain.
		{"The Ministry of Health ní Ìpínlẹ̀ Èkó ti kéde pé àwọn ilé ìwòsàn yóò ṣí", "yo", "en", true},
		{"The Ministry of Health", "yo", "en", false}, // a name in English
	} {
		lex := newLexicon(tt.text)
		maybe, ok := lex.oneList(tt.x, tt.target)
		if !ok || maybe != tt.maybe {
			t.Errorf("oneList(%q, %s, %s) = %v, %v; want %v", tt.text, tt.x, tt.target, maybe, ok, tt.maybe)
		}
	}
	if _, ok := newLexicon(english).oneList("yo", "zu"); ok {
		t.Error("oneList decided between two languages without lists")
	}
	if _, ok := newLexicon(english).oneList("en", "de"); ok {
		t.Error("oneList decided between two languages with lists")
	}
	// in() counts the words of a span.
	lex := newLexicon(english)
	if n := len(lex.in(textdoc.Span{Start: 0, End: len("The minister said")}).words); n != 3 {
		t.Errorf("words in span: %d, want 3", n)
	}
}

// FuzzLexicon: on any text the lexicon counts what the word-by-word
// reference counts, and any span of it holds no more than the whole.
func FuzzLexicon(f *testing.F) {
	f.Add("Die Stadt hat bereits im vergangenen Jahr mehr Geld ausgegeben, the council said.", 3, 40)
	f.Add("Это было решено в Києві, і всі погодились.", 0, 20)
	f.Add("İSTANBUL'da ve Ankara'da ß ẞ ǅ", 1, 9)
	langs := []string{"en", "de", "ru", "uk", "tr", "yo"}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		lex := newLexicon(text)
		for _, x := range langs {
			for _, tl := range langs {
				f1, n1, ok1 := lex.evidence(x, tl)
				// The lexicon leaves out the particles inside a name
				// ("von der" in "Ursula von der Leyen"; "de" in "A de A").
				f2, n2, ok2 := referenceEvidence(blankNameParticles(text), x, tl)
				if f1 != f2 || n1 != n2 || ok1 != ok2 {
					t.Fatalf("%s/%s in %q: lexicon %d/%d/%v, reference %d/%d/%v", x, tl, text, f1, n1, ok1, f2, n2, ok2)
				}
			}
		}
		a, b = max(0, min(a, b)), max(a, b)
		sub := lex.in(textdoc.Span{Start: a, End: b})
		if len(sub.fw) > len(lex.fw) || len(sub.words) > len(lex.words) {
			t.Fatalf("span %d-%d holds more than the text", a, b)
		}
		for _, w := range sub.fw {
			if int(w.start) < a || int(w.end) > b {
				t.Fatalf("word %d-%d outside span %d-%d", w.start, w.end, a, b)
			}
		}
	})
}

// TestCountScripts checks countScripts against counting rune by rune with
// ScriptOf, on random strings of ASCII, Latin, Cyrillic and Han text and
// broken UTF-8.
func TestCountScripts(t *testing.T) {
	pieces := []string{"a", "Z", " ", "1", ".", "word ", "abcdefgh", "é", "ß", "ж", "Москва", "日本", "\xff", "\xe2\x80", "\t\n"}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.IntN(16); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		var want scriptCounts
		for _, r := range text {
			want[ScriptOf(r)]++
		}
		if got := countScripts(text); got != want {
			t.Fatalf("countScripts(%q) = %v, rune by rune %v", text, got, want)
		}
	}
}

// plainLexicon is appendLexicon written plainly: runs of letters split
// with unicode.IsLetter, each looked up in stopWordMask in lower case.
func plainLexicon(text string) lexicon {
	var out lexicon
	add := func(start, end int) {
		word := text[start:end]
		lower := strings.ToLower(word)
		out.words = append(out.words, int32(start))
		lw := lexWord{start: int32(start), end: int32(end), langs: stopWordMask[lower]}
		if lw.langs != 0 && isNameParticle(lower) && lower == word {
			lw.particle, out.particles = true, true
		}
		if strings.ContainsFunc(word, func(r rune) bool { return r >= utf8.RuneSelf }) && hasCyrillicLead([]byte(lower)) {
			lw.ru, lw.uk = strings.ContainsAny(lower, ownRu), strings.ContainsAny(lower, ownUk)
		}
		if lw.langs != 0 || lw.ru || lw.uk {
			out.fw = append(out.fw, lw)
		}
	}
	start := -1
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) && start < 0:
			start = i
		case !unicode.IsLetter(r) && start >= 0:
			add(start, i)
			start = -1
		}
	}
	if start >= 0 {
		add(start, len(text))
	}
	out.dropNameParticles(text)
	return out
}

// TestLexiconAsPlain compares appendLexicon, and the look-ups of the
// ASCII table from a text and from a word, with plain versions on random
// texts of function words in any case, long words, other scripts,
// digits, punctuation and invalid UTF-8, reusing one lexicon's arrays.
func TestLexiconAsPlain(t *testing.T) {
	var vocab []string
	for w := range stopWordMask {
		vocab = append(vocab, w)
	}
	slices.Sort(vocab)
	vocab = append(vocab, "Von", "DER", "dEr", "İm", "Straße", "über", "ÜBER", "ещё", "її", "Їх",
		"supercalifragilistic", "abcdefghijklmno", "abcdefghijklmnop", "Ω", "x1", "a_b", "\xff", "é")
	seps := []string{" ", " ", ", ", ". ", "-", "\u00a0", "1", "’", "\xe2\x80", "\n"}
	rnd := rand.New(rand.NewPCG(3, 4))
	var reused lexicon
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := rnd.IntN(20); k >= 0; k-- {
			w := vocab[rnd.IntN(len(vocab))]
			switch rnd.IntN(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if k > 0 || rnd.IntN(2) == 0 {
				b.WriteString(seps[rnd.IntN(len(seps))])
			}
		}
		text := b.String()
		reused = appendLexicon(reused, text)
		want := plainLexicon(text)
		if !slices.Equal(reused.words, want.words) || !slices.Equal(reused.fw, want.fw) || reused.particles != want.particles {
			t.Fatalf("lexicon of %q:\n%+v\nplain:\n%+v", text, reused, want)
		}
		for _, w := range reused.words {
			end := int(w)
			for end < len(text) && asciiLetter[text[end]] != 0 {
				end++
			}
			word := text[w:end]
			if !isASCIIKey(strings.ToLower(word)) {
				continue
			}
			got := asciiWords.lookupLetters(text, int(w), end)
			if want, _ := asciiWords.lookup(word); got != want || want != stopWordMask[strings.ToLower(word)] {
				t.Fatalf("look-up of %q in %q: %b, by word %b", word, text, got, want)
			}
		}
	}
}

// TestWindowGateAsGated compares the window gate's running counts with
// the gate over each window's own lexicon, on random texts of function
// words of several languages (Russian and Ukrainian ones too) and of
// languages with and without lists.
func TestWindowGateAsGated(t *testing.T) {
	vocab := []string{"the", "and", "of", "der", "die", "und", "nicht", "le", "la", "et", "les", "el", "los",
		"que", "и", "в", "не", "що", "це", "і", "ещё", "її", "Straße", "Haus", "Berlin", "x", "über", "a", "in"}
	rnd := rand.New(rand.NewPCG(5, 6))
	var sc scratch
	for _, cands := range [][]string{{"de", "en", "es", "fr"}, {"en", "ja", "zh"}, {"ru", "uk", "en"}, {"de", "en", "xx"}} {
		for _, target := range cands {
			for _, noGate := range []bool{false, true} {
				a := &Analysis{S: &LanguageService{noGate: noGate}, Rep: &LanguageReport{Target: target}}
				for n := 0; n < 300; n++ {
					var words []string
					for k := rnd.IntN(40) + 6; k > 0; k-- {
						words = append(words, vocab[rnd.IntN(len(vocab))])
					}
					text := strings.Join(words, " ")
					lex := newLexicon(text)
					wg := a.windowCandidates(lex, cands, nil, &sc)
					cursor := lexCursor{l: lex}
					for i, start := 0, 0; i+6 <= len(words); i++ {
						end := start + len(strings.Join(words[i:i+6], " "))
						span := textdoc.Span{Start: start, End: end}
						cursor.advance(span)
						got := wg.gated(a, text[start:end], &cursor)
						want := a.gated(text[start:end], lex.in(span), cands, &length{known: true})
						if !slices.Equal(got, want) {
							t.Fatalf("%v target %s: window %q of %q: %v, gated %v", cands, target, text[start:end], text, got, want)
						}
						start += len(words[i]) + 1
					}
				}
			}
		}
	}
}

func TestScriptOfLatinRangeAsTables(t *testing.T) {
	for r := rune(0x80); r < 0x300; r++ {
		if got, want := ScriptOf(r), scriptByTables(r); got != want {
			t.Errorf("ScriptOf(%U) = %v, by the tables %v", r, got, want)
		}
	}
}

// TestTrimAndGenderGateAsPlain compares trimPunct, trimWordPunct and
// genderGate with plain versions on random fields of letters, digits,
// punctuation, quotation marks, possessives and gender marks.
func TestTrimAndGenderGateAsPlain(t *testing.T) {
	plainTrimPunct := func(text string, s textdoc.Span) textdoc.Span {
		for s.Start < s.End {
			r, n := utf8.DecodeRuneInString(text[s.Start:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			s.Start += n
		}
		for s.End > s.Start {
			r, n := utf8.DecodeLastRuneInString(text[:s.End])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '!' || r == '?' {
				break
			}
			s.End -= n
		}
		return s
	}
	plainTrimWordPunct := func(text string, s textdoc.Span) textdoc.Span {
		s = plainTrimPunct(text, s)
		for s.End > s.Start {
			r, n := utf8.DecodeLastRuneInString(text[:s.End])
			if unicode.IsLetter(r) {
				break
			}
			s.End -= n
		}
		for _, poss := range []string{"'s", "’s"} {
			if strings.HasSuffix(text[s.Start:s.End], poss) {
				s.End -= len(poss)
			}
		}
		return s
	}
	plainGenderGate := func(text string) bool {
		for _, m := range []string{":in", "*in", "_in", "'in", "’in", "Innen"} {
			if strings.Contains(text, m) {
				return true
			}
		}
		return false
	}
	pieces := []string{"a", "Z", "ä", "ß", "1", "٣", ".", "!", "?", ",", "'", "’", "s", "in", "nen", "Innen", "I",
		":", "*", "_", "\"", "“", "»", "(", ")", " ", "\xff", "\xe2\x80", "‐"}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 50000; n++ {
		var sb strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		// Spans at character boundaries, as fields are.
		var at []int
		for i := range text {
			at = append(at, i)
		}
		at = append(at, len(text))
		i := rng.IntN(len(at))
		s := textdoc.Span{Start: at[i], End: at[i+rng.IntN(len(at)-i)]}
		if got, want := trimPunct(text, s), plainTrimPunct(text, s); got != want {
			t.Fatalf("trimPunct(%q, %v) = %v, plainly %v", text, s, got, want)
		}
		if got, want := trimWordPunct(text, s), plainTrimWordPunct(text, s); got != want {
			t.Fatalf("trimWordPunct(%q, %v) = %v, plainly %v", text, s, got, want)
		}
		if got, want := genderGate(text), plainGenderGate(text); got != want {
			t.Fatalf("genderGate(%q) = %v, plainly %v", text, got, want)
		}
	}
}

func TestASCIILetters8(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 100000; n++ {
		var b [8]byte
		want := 0
		for i := range b {
			b[i] = byte(rng.IntN(0x80))
			if n < 128 {
				b[i] = byte(n) // every byte in every place
			}
			want += int(asciiLetter[b[i]])
		}
		if got := asciiLetters8(load64(string(b[:]), 0)); got != want {
			t.Fatalf("asciiLetters8(%q) = %d, want %d", b, got, want)
		}
	}
}

func TestLoadPartial(t *testing.T) {
	for n := 0; n < 8; n++ {
		s := "\x01\x82\x03\xf4\x05\x06\x77"[:n]
		var want uint64
		for i := 0; i < n; i++ {
			want |= uint64(s[i]) << (8 * i)
		}
		if got := loadPartial(s); got != want {
			t.Errorf("loadPartial(%q) = %#x, want %#x", s, got, want)
		}
	}
}

func TestASCIILetterMask(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		var want uint64
		for i := range b {
			b[i] = byte(rng.IntN(256))
			if n < 256 {
				b[i] = byte(n) // every byte in every place
			}
			if asciiLetter[b[i]] != 0 {
				want |= 0x80 << (8 * i)
			}
		}
		if got := asciiLetterMask(load64(string(b[:]), 0)); got != want {
			t.Fatalf("asciiLetterMask(%q) = %#x, want %#x", b, got, want)
		}
	}
}

// TestNameRunLettersLowerAsPlain compares inNameRun, allLetters and
// lowerWord with plain versions on random fields of names, function words,
// hyphens, dashes, punctuation, quotation marks and letters outside ASCII.
func TestNameRunLettersLowerAsPlain(t *testing.T) {
	plainInNameRun := func(text string, f textdoc.Span) bool {
		field := text[f.Start:f.End]
		if strings.ContainsAny(field, "-‐–") {
			return true
		}
		before := strings.TrimRight(text[:f.Start], " ")
		if before != "" && len(before) == len(strings.TrimRight(before, ",.;:!?)\"”»")) {
			i := strings.LastIndexAny(before, " \n\t")
			prev := strings.TrimLeft(before[i+1:], "(\"“„«'")
			if isCapitalised(prev) && wordLangs(prev) == 0 && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") {
				return true
			}
		}
		if last, _ := utf8.DecodeLastRuneInString(field); strings.ContainsRune(",.;:!?\"”»)", last) {
			return false
		}
		after := strings.TrimLeft(text[f.End:], " ")
		if len(after) < len(text[f.End:]) || strings.HasPrefix(after, "-") {
			return isCapitalised(strings.TrimLeft(after, "-"))
		}
		return false
	}
	plainAllLetters := func(s string) bool {
		for _, r := range s {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		return s != ""
	}
	pieces := []string{"Berlin", "The", "the", "Endzeitstimmung", "abcdefghijklmnopq", "ABCDEFGHIJ", "Über",
		"China's", "Bundes-", "-", "‐", "–", "—", ",", ".", ")", "»", "”", "(", "“", "„", " ", " ", "\n", "\t",
		"ß", "\xff", "1", "İstanbul", "x"}
	rng := rand.New(rand.NewPCG(19, 20))
	for n := 0; n < 30000; n++ {
		var sb strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		for _, f := range fieldSpans(text) {
			if got, want := inNameRun(text, f), plainInNameRun(text, f); got != want {
				t.Fatalf("inNameRun(%q, %v) = %v, plainly %v", text, f, got, want)
			}
			field := text[f.Start:f.End]
			if got, want := allLetters(field), plainAllLetters(field); got != want {
				t.Fatalf("allLetters(%q) = %v, plainly %v", field, got, want)
			}
			if got, want := lowerWord(field), strings.ToLower(field); got != want {
				t.Fatalf("lowerWord(%q) = %q, want %q", field, got, want)
			}
		}
	}
}
