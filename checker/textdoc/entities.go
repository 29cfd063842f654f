package textdoc

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AddDecoded adds raw text with its character references decoded; each
// reference maps to its raw bytes (the Markdown, HTML and XML readers).
func (bb *BlockBuilder) AddDecoded(raw []byte, base int) {
	i := 0
	for i < len(raw) {
		amp := bytes.IndexByte(raw[i:], '&')
		if amp < 0 {
			bb.Add(string(raw[i:]), base+i, len(raw)-i)
			return
		}
		n := entityLen(raw[i+amp:])
		if n == 0 {
			bb.Add(string(raw[i:i+amp+1]), base+i, amp+1)
			i += amp + 1
			continue
		}
		if amp > 0 {
			bb.Add(string(raw[i:i+amp]), base+i, amp)
			i += amp
		}
		ref := string(raw[i : i+n])
		if dec := html.UnescapeString(ref); dec != ref && utf8.ValidString(dec) {
			bb.Add(dec, base+i, n)
		} else {
			bb.Add(ref, base+i, n)
		}
		i += n
	}
}

// entityLen returns the length of the character reference at the start of b
// ("&amp;", "&#8220;", "&#x201C;"), or 0.
func entityLen(b []byte) int {
	if len(b) < 3 || b[0] != '&' {
		return 0
	}
	j := 1
	if b[1] == '#' {
		j = 2
		hex := j < len(b) && (b[j] == 'x' || b[j] == 'X')
		if hex {
			j++
		}
		k := j
		for k < len(b) && k-j < 8 && (isDigit(b[k]) || hex && strings.IndexByte("abcdefABCDEF", b[k]) >= 0) {
			k++
		}
		if k == j {
			return 0
		}
		if k < len(b) && b[k] == ';' {
			k++
		}
		return k
	}
	k := j
	for k < len(b) && k-j < 32 && (b[k] < utf8.RuneSelf && (unicode.IsLetter(rune(b[k])) || isDigit(b[k]))) {
		k++
	}
	if k == j || k >= len(b) || b[k] != ';' {
		return 0
	}
	return k + 1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
