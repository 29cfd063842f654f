package textutil

import (
	"unicode"
	"unicode/utf8"
)

// DuplicateKey returns text in lower case with punctuation and symbols
// removed and every run of white space, punctuation and symbols between words
// made one space, and the number of letters and digits in it. Two paragraphs
// with the same key differ only in case, spacing and punctuation. buf is
// scratch space, kept for the next call.
func DuplicateKey(text string, buf *[]byte) (string, int) {
	key, letters := DuplicateKeyBytes(text, buf)
	return string(key), letters
}

// DuplicateKeyBytes is DuplicateKey returning the key in buf's array, valid
// until the next call with buf: a caller that hashes or compares keys
// copies nothing.
func DuplicateKeyBytes(text string, buf *[]byte) ([]byte, int) {
	key := (*buf)[:0]
	letters := 0
	gap := false
	for i := 0; i < len(text); {
		// ASCII, most of the text, is classified by byte through a table:
		// its letters are A-Z and a-z, its digits 0-9, and it has no marks.
		// A run of them is copied in one loop.
		if l := keyByte[text[i]]; l != keyNonASCII {
			if l == keySeparator {
				gap = true
				i++
				continue
			}
			if gap && len(key) > 0 {
				key = append(key, ' ')
			}
			gap = false
			j := i
			for ; j < len(text); j++ {
				l := keyByte[text[j]]
				if l <= keyNonASCII {
					break
				}
				key = append(key, l)
			}
			letters += j - i
			i = j
			continue
		}
		if lower, letter, ok := Latin1Letter(text, i); ok {
			// An accented Latin letter, decoded by table.
			i += 2
			if !letter {
				gap = true // × or ÷
				continue
			}
			letters++
			if gap && len(key) > 0 {
				key = append(key, ' ')
			}
			gap = false
			key = append(key, 0xc3, lower)
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

// The classes of keyByte below the lower-case letters and digits.
const (
	keySeparator = 0
	keyNonASCII  = 1
)

// keyByte maps the bytes of ASCII letters and digits to their lower-case
// form for DuplicateKeyBytes, the other ASCII bytes to keySeparator and
// the bytes of characters outside ASCII to keyNonASCII.
var keyByte = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = keyNonASCII
	}
	return t
}()
