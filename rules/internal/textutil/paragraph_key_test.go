package textutil

import (
	"bytes"
	"math/rand"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestDuplicateKeyBytes checks DuplicateKeyBytes's table-driven walk over
// ASCII against a walk by rune, on random strings of letters, digits,
// punctuation, spaces and characters outside ASCII.
func TestDuplicateKeyBytes(t *testing.T) {
	const alphabet = "aZz09 .,-'\t\nÄéß\u0301İ\xe2\xff"
	pieces := []string{}
	for _, r := range alphabet {
		pieces = append(pieces, string(r))
	}
	pieces = append(pieces, "\xe2", "\xff", "\xc3", "×", "÷", "ÿ", "Þ")
	rng := rand.New(rand.NewSource(1))
	var buf, refBuf []byte
	for n := 0; n < 200000; n++ {
		var b []byte
		for k := rng.Intn(16); k > 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		key, letters := DuplicateKeyBytes(s, &buf)
		want, wantLetters := duplicateKeyReference(s, &refBuf)
		if !bytes.Equal(key, want) || letters != wantLetters {
			t.Fatalf("DuplicateKeyBytes(%q) = %q, %d, want %q, %d", s, key, letters, want, wantLetters)
		}
	}
}

func duplicateKeyReference(text string, buf *[]byte) ([]byte, int) {
	key := (*buf)[:0]
	letters := 0
	gap := false
	for i := 0; i < len(text); {
		// ASCII, most of the text, is classified by byte: its letters are
		// A-Z and a-z, its digits 0-9, and it has no marks. A run of
		// lower-case letters and digits is copied at once.
		if c := text[i]; c < utf8.RuneSelf {
			lc := c | 0x20
			if 'a' <= lc && lc <= 'z' || '0' <= c && c <= '9' {
				if gap && len(key) > 0 {
					key = append(key, ' ')
				}
				gap = false
				if c != lc && 'A' <= c && c <= 'Z' {
					key = append(key, lc)
					letters++
					i++
					continue
				}
				j := i + 1
				for j < len(text) && (text[j]-'a' < 26 || text[j]-'0' < 10) {
					j++
				}
				key = append(key, text[i:j]...)
				letters += j - i
				i = j
			} else {
				gap = true
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			letters++
			fallthrough
		case unicode.IsMark(r):
			if gap && len(key) > 0 {
				key = append(key, ' ')
			}
			gap = false
			key = utf8.AppendRune(key, unicode.ToLower(r))
		default:
			gap = true
		}
	}
	*buf = key
	return key, letters
}

// TestSkipToDigit checks SkipToDigit's eight bytes at a time against a test
// of each byte.
func TestSkipToDigit(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(40))
		odds := 1 + rng.Intn(30) // one byte in odds is any byte, the others letters
		for i := range b {
			if rng.Intn(odds) == 0 {
				b[i] = byte(rng.Intn(256))
			} else {
				b[i] = byte('a' + rng.Intn(26))
			}
		}
		s := string(b)
		start := rng.Intn(len(s) + 1)
		want := start
		for ; want < len(s); want++ {
			if c := s[want]; '0' <= c && c <= '9' {
				break
			}
		}
		if got := SkipToDigit(s, start); got != want {
			t.Fatalf("SkipToDigit(%q, %d) = %d, want %d", s, start, got, want)
		}
	}
}

// TestSkipPrintable checks SkipPrintable, which tests eight bytes at once,
// against a test of each byte.
func TestSkipPrintable(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(40))
		odds := 1 + rng.Intn(30) // one byte in odds is any byte, the others letters
		for i := range b {
			switch rng.Intn(odds) {
			case 0:
				b[i] = byte(rng.Intn(256))
			case 1:
				b[i] = "\t\n\r vVdD"[rng.Intn(8)]
			default:
				b[i] = byte('a' + rng.Intn(26))
			}
		}
		s := string(b)
		start := rng.Intn(len(s) + 1)
		want := start
		for ; want < len(s); want++ {
			if c := s[want]; c >= 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				break
			}
		}
		if got := SkipPrintable(s, start); got != want {
			t.Fatalf("SkipPrintable(%q, %d) = %d, want %d", s, start, got, want)
		}
	}
}

// TestLatin1Letter checks Latin1Letter against the unicode package for
// every character it reads, and that it reads no other.
func TestLatin1Letter(t *testing.T) {
	for r := rune(0); r < 0x800; r++ {
		s := string(r) + "x"
		lower, letter, ok := Latin1Letter(s, 0)
		if ok != (0xc0 <= r && r <= 0xff) {
			t.Fatalf("Latin1Letter(%q): ok = %v", s, ok)
		}
		if !ok {
			continue
		}
		if letter != unicode.IsLetter(r) {
			t.Errorf("Latin1Letter(%q): letter = %v", s, letter)
		}
		if letter && string([]byte{0xc3, lower}) != string(unicode.ToLower(r)) {
			t.Errorf("Latin1Letter(%q): lower %q, want %q", s, []byte{0xc3, lower}, string(unicode.ToLower(r)))
		}
	}
	for _, s := range []string{"\xc3", "\xc3x", "\xc3\xc3", ""} {
		if _, _, ok := Latin1Letter(s, 0); ok {
			t.Errorf("Latin1Letter(%q): ok", s)
		}
	}
}

// TestSkipASCIIRandom checks SkipASCII against a test of each byte on
// random strings.
func TestSkipASCIIRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(50))
		odds := 1 + rng.Intn(40) // one byte in odds is any byte, the others letters
		for i := range b {
			if rng.Intn(odds) == 0 {
				b[i] = byte(rng.Intn(256))
			} else {
				b[i] = byte('a' + rng.Intn(26))
			}
		}
		s := string(b)
		start := rng.Intn(len(s) + 1)
		stop := byte(rng.Intn(256))
		want := start
		for want < len(s) && s[want] < 0x80 && s[want] != stop {
			want++
		}
		if got := SkipASCII(s, start, stop); got != want {
			t.Fatalf("SkipASCII(%q, %d, %#x) = %d, want %d", s, start, stop, got, want)
		}
	}
}
