package rules

// The tests of this file check fast scans against the plain searches they
// stand for.

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenArtifactScans checks the one-pass scans of checkTokenArtifact
// against the searches they stand for, on strings of the bytes that matter.
func TestTokenArtifactScans(t *testing.T) {
	const alphabet = " a)]\xe2\x80\x81\x87\x96\x97\x9c\x9d\x9e"
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(b)
		want := 0
		if strings.Contains(s, "⁇") {
			want |= markUnknown
		}
		if strings.Contains(s, "▁") {
			want |= markPiece
		}
		if strings.Contains(s, "\xe2\x96") || strings.Contains(s, "\xe2\x97") {
			want |= markGeometric
		}
		if strings.Contains(s, "“ ") || strings.Contains(s, "„ ") || strings.Contains(s, " ”") || strings.Contains(s, " “") {
			want |= markSpacedQuote
		}
		if got := e2Marks(s); got != want {
			t.Fatalf("e2Marks(%q) = %b, want %b", s, got, want)
		}
		for _, c := range []byte{')', ']'} {
			if got, want := spaceBefore(s, c), strings.Contains(s, " "+string(c)); got != want {
				t.Fatalf("spaceBefore(%q, %q) = %v, want %v", s, c, got, want)
			}
		}
	}
}

// TestLowerWordByByte checks isLowerWord's reading of ASCII by byte, and
// capitalisedWord, against tests of each rune.
func TestLowerWordByByte(t *testing.T) {
	pieces := []string{"a", "z", "A", "Z", "é", "É", "ß", "1", "-", "'", "ǅ", "\xff", "ª"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		lower := s != ""
		for _, r := range s {
			lower = lower && unicode.IsLower(r)
		}
		if got := isLowerWord(s); got != lower {
			t.Fatalf("isLowerWord(%q) = %v, want %v", s, got, lower)
		}
		r, size := utf8.DecodeRuneInString(s)
		capitalised := unicode.IsUpper(r) && utf8.RuneCountInString(s) >= 2
		for _, r := range s[size:] {
			capitalised = capitalised && unicode.IsLower(r)
		}
		if got := capitalisedWord(s); got != capitalised {
			t.Fatalf("capitalisedWord(%q) = %v, want %v", s, got, capitalised)
		}
	}
}

// TestRepTokensByClass checks repTokens's walk through a table of byte
// classes against a walk by character.
func TestRepTokensByClass(t *testing.T) {
	pieces := []string{"a", "Z", "q", "7", "'", "’", " ", ".", "-", "é", "É", "\u0301", "٣", "\xff", "ß", "İ", "中", "\u00a0", "×", "÷", "\xc3", "ÿ", "Þ"}
	rng := rand.New(rand.NewSource(1))
	texts := []string{strings.Repeat("a", 20000) + " b", strings.Repeat("ab'", 9000)}
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.Intn(20); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := repTokens(s, nil), repTokensReference(s, nil); !slices.Equal(got, want) {
			t.Fatalf("repTokens(%.80q) = %v, want %v", s, got, want)
		}
	}
}

func repTokensReference(text string, out []repToken) []repToken {
	// cur is the token being read; start < 0 between tokens. The loop
	// has no closures, so that the common ASCII path stays cheap.
	cur := repToken{start: -1}
	for i := 0; i < len(text); {
		c := text[i]
		if lc := c | 0x20; 'a' <= lc && lc <= 'z' {
			// A run of ASCII letters, most of the text, is read in one
			// loop: each letter does what the general path below does.
			if cur.start < 0 {
				cur = repToken{start: int32(i), hash: offset64}
			}
			h, run := cur.hash, i
			for {
				h ^= uint64(lc)
				h *= prime64
				if i++; i == len(text) {
					break
				}
				if lc = text[i] | 0x20; lc-'a' >= 26 {
					break
				}
			}
			// The count stops at 1<<14, as the general path's does.
			cur.hash, cur.letters = h, int16(min(int(cur.letters)+i-run, 1<<14))
			continue
		}
		var r rune
		n := 1
		kind := 0 // 1 letter, 2 digit, 3 apostrophe, 0 separator
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				r, kind = rune(c), 1
			case 'A' <= c && c <= 'Z':
				r, kind = rune(c+'a'-'A'), 1
			case '0' <= c && c <= '9':
				r, kind = rune(c), 2
			case c == '\'':
				kind = 3
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r) || unicode.IsMark(r):
				r, kind = unicode.ToLower(r), 1
			case unicode.IsDigit(r):
				kind = 2
			case r == '’':
				kind = 3
			}
		}
		if kind == 3 {
			// An apostrophe inside a word ("don't") belongs to it.
			if cur.start >= 0 && i+n < len(text) {
				if next, _ := utf8.DecodeRuneInString(text[i+n:]); unicode.IsLetter(next) {
					kind, r = 1, '\''
					cur.letters-- // the apostrophe is no letter
				}
			}
			if kind == 3 {
				kind = 0
			}
		}
		if kind == 0 {
			if cur.start >= 0 {
				cur.end = int32(i)
				out = append(out, cur)
				cur = repToken{start: -1}
			}
			i += n
			continue
		}
		if cur.start < 0 {
			cur = repToken{start: int32(i), hash: offset64}
		}
		cur.hash ^= uint64(r)
		cur.hash *= prime64
		if kind == 1 {
			if cur.letters < 1<<14 {
				cur.letters++
			}
		} else {
			cur.digits = true
		}
		i += n
	}
	if cur.start >= 0 {
		cur.end = int32(len(text))
		out = append(out, cur)
	}
	return out
}

// TestHasDoubleSpace checks hasDoubleSpace against strings.Contains.
func TestHasDoubleSpace(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 300000; n++ {
		b := make([]byte, rng.Intn(40))
		odds := 2 + rng.Intn(20) // one byte in odds is a space
		for i := range b {
			switch rng.Intn(odds) {
			case 0:
				b[i] = ' '
			case 1:
				b[i] = byte(rng.Intn(256))
			default:
				b[i] = 'a'
			}
		}
		s := string(b)
		if got, want := hasDoubleSpace(s), strings.Contains(s, "  "); got != want {
			t.Fatalf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHasSingleLowOrAngle checks hasSingleLowOrAngle against a search for
// each mark.
func TestHasSingleLowOrAngle(t *testing.T) {
	const alphabet = "a \xe2\x80\x9a\xb9\xba\x99"
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(b)
		want := strings.Contains(s, "‚") || strings.Contains(s, "‹") || strings.Contains(s, "›")
		if got := hasSingleLowOrAngle(s); got != want {
			t.Fatalf("hasSingleLowOrAngle(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayMatchLoose checks that mayMatchLoose turns down no place where
// matchLoose finds a loose caption marker.
func TestMayMatchLoose(t *testing.T) {
	cm, err := loadCaptionMarkers()
	if err != nil {
		t.Fatal(err)
	}
	var markers [][]string
	for _, cands := range cm.loose {
		for _, m := range cands {
			markers = append(markers, m.words)
		}
	}
	pieces := []string{"v", "V", ".", " ", "l", "n", "r", "d", "e", "a", "g", "G", "\u00a0", "\t", "K", "\u212a", "ſ", "s", "i", "à"}
	rng := rand.New(rand.NewSource(1))
	matched := 0
	for n := 0; n < 50000; n++ {
		// A marker's words, spaced or glued, in any case, a byte of it
		// now and then replaced, among random pieces.
		var b strings.Builder
		b.WriteString(pieces[rng.Intn(len(pieces))])
		for k, w := range markers[rng.Intn(len(markers))] {
			if k > 0 {
				b.WriteString([]string{"", " ", "\u00a0", "\t", "  "}[rng.Intn(5)])
			}
			for _, r := range w {
				switch rng.Intn(8) {
				case 0:
					b.WriteString(strings.ToUpper(string(r)))
				case 1:
					b.WriteString(pieces[rng.Intn(len(pieces))])
				default:
					b.WriteRune(r)
				}
			}
		}
		for k := rng.Intn(4); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for i := 0; i < len(s); i++ {
			for _, words := range markers {
				end := matchLoose(s, i, words)
				if end >= 0 {
					matched++
				}
				if end >= 0 && !mayMatchLoose(s, i, words) {
					t.Fatalf("mayMatchLoose(%q, %d, %q) turns down a match", s, i, words)
				}
				if end >= 0 && !cm.looseAnySecond[s[i]] && s[i+1] < utf8.RuneSelf &&
					!strings.Contains(cm.looseSecond[s[i]], strings.ToLower(s[i+1:i+2])) {
					t.Fatalf("looseSecond turns down the match of %q at %d in %q", words, i, s)
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no random text holds a marker")
	}
}

// TestLatinOnlyWords checks that a word latinOnly passes over has no run
// of letters that mixedRun reports.
func TestLatinOnlyWords(t *testing.T) {
	for r := rune(0xc0); r <= 0xff; r++ {
		for _, w := range []string{string(r), "a" + string(r) + "b", string(r) + "Z" + string(r), "x" + string(r) + "-" + string(r)} {
			if !latinOnly(w) {
				t.Errorf("latinOnly(%q) = false", w)
			}
			for _, run := range letterRuns(w, nil) {
				if _, _, ok := mixedRun(w[run.Start:run.End]); ok {
					t.Errorf("mixedRun(%q) reports a run of a Latin-only word", w[run.Start:run.End])
				}
			}
		}
	}
	for _, w := range []string{"Pаris", "a\u0301", "€", "\xc3"} {
		if latinOnly(w) {
			t.Errorf("latinOnly(%q) = true", w)
		}
	}
}

// TestInvisibleLatin1 checks that no character findInvisible passes over
// as an accented letter is one invisibleSeverity reports.
func TestInvisibleLatin1(t *testing.T) {
	for r := rune(0xc0); r <= 0xff; r++ {
		text := "a" + string(r) + "b"
		if sev := invisibleSeverity(text, 1, r, utf8.RuneLen(r), false, func() bool { return false }); sev != 0 {
			t.Errorf("invisibleSeverity(%q) = %v", string(r), sev)
		}
	}
}

// TestLetterCountByWords checks letterCount, which counts eight ASCII
// bytes at once, against unicode.IsLetter.
func TestLetterCountByWords(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 100000; n++ {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = byte(rng.Intn(128))
		}
		s := string(b)
		if n%3 == 0 {
			s += "äß"
		}
		want := 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				want++
			}
		}
		if got := letterCount(s); got != want {
			t.Fatalf("letterCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestLeadWordsByTable checks leadWords, which reads ASCII by table,
// against the walk by rune.
func TestLeadWordsByTable(t *testing.T) {
	pieces := []string{"a", "Z", "7", "'", "’", "ʼ", " ", ".", "-", "é", "É", "٣", "\xff", "ß", "İ", "中", "\u00a0", "×"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for _, words := range []int{1, 3, 6} {
			if got, want := leadWords(nil, s, words), leadWordsReference(nil, s, words); string(got) != string(want) {
				t.Fatalf("leadWords(%q, %d) = %q, want %q", s, words, got, want)
			}
		}
	}
}

func leadWordsReference(buf []byte, s string, n int) []byte {
	words, in := 0, false
	for _, r := range s {
		if r == '’' || r == 'ʼ' {
			r = '\''
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			if !in {
				if words == n {
					break
				}
				if words > 0 {
					buf = append(buf, ' ')
				}
				words++
				in = true
			}
			if len(buf)+utf8.UTFMax > leadKeySize {
				break
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			continue
		}
		in = false
	}
	return buf
}

// TestClassifyByFirstWord checks classify, which compares the first word
// with the entries indexed under it, against a comparison with every entry,
// on phrases made of the lexicons' words.
func TestClassifyByFirstWord(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, lang := range []string{"de", "en", "fr", "it", "nl", "pl", "pt", "ru", "uk"} {
		lex := numberLexiconFor(lang)
		var vocab []string
		for _, e := range lex.entries {
			vocab = append(vocab, e.words...)
		}
		vocab = append(vocab, "am", "p.m.", "a.m", "x", "")
		for n := 0; n < 20000; n++ {
			var words []textWord
			for k := rng.Intn(4); k >= 0; k-- {
				w := vocab[rng.Intn(len(vocab))]
				switch rng.Intn(4) {
				case 0:
					w += "."
				case 1:
					w = "ab" + w
				case 2:
					w += "en"
				}
				words = append(words, textWord{text: w, lower: w, end: len(words) + 1})
			}
			gc, ge := lex.classify(words)
			wc, we := lex.classifyReference(words)
			if gc != wc || ge != we {
				t.Fatalf("%s: classify(%v) = %v, %d, want %v, %d", lang, words, gc, ge, wc, we)
			}
		}
	}
}

func (lex *numberLexicon) classifyReference(words []textWord) (wordClass, int) {
	if len(words) == 0 {
		return wordNone, 0
	}
	first := words[0].lower
	switch strings.TrimSuffix(first, ".") {
	case "a.m", "p.m":
		if strings.HasSuffix(first, ".") || first == "a.m" || first == "p.m" {
			return wordTimeDotted, words[0].end
		}
	case "am", "pm":
		return wordTimeBare, words[0].end
	}
	best, bestLen, bestEnd := wordNone, 0, 0
	for _, e := range lex.entries {
		if len(e.words) > len(words) || len(e.words) <= bestLen {
			continue
		}
		ok := true
		for k, ew := range e.words {
			w := words[k].lower
			if k == len(e.words)-1 && !e.prefix && !e.suffix {
				// An attached final period: "Mio." matches "mio" and "mio.".
				ok = ok && (w == ew || strings.TrimSuffix(w, ".") == ew)
				continue
			}
			w = strings.TrimSuffix(w, ".")
			switch {
			case k == 0 && e.suffix:
				ok = ok && strings.HasSuffix(w, ew)
			case k == len(e.words)-1 && e.prefix:
				ok = ok && strings.HasPrefix(w, ew)
			default:
				ok = ok && w == ew
			}
		}
		if ok {
			best, bestLen, bestEnd = e.class, len(e.words), words[len(e.words)-1].end
		}
	}
	if best != wordNone {
		return best, bestEnd
	}
	if lex.plurals && looksPlural(first, lex.stopList) {
		return wordCount, words[0].end
	}
	return wordNone, words[0].end
}
