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
