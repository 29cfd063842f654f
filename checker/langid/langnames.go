package langid

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameParticles are the lower-case words that stand inside personal and
// place names in many languages: "Ursula von der Leyen", "Vincent van
// Gogh", "Leonardo da Vinci", "Mohammed bin Salman". Several are also
// function words ("von", "der", "de", "da"), which would make a name read as
// German, Dutch or Spanish; inside a run of capitalised words they belong to
// the name and are no evidence of a language.
var nameParticles = map[string]bool{
	"von": true, "vom": true, "zu": true, "van": true, "der": true, "den": true, "de": true,
	"da": true, "di": true, "del": true, "della": true, "dei": true, "degli": true, "do": true,
	"dos": true, "das": true, "du": true, "des": true, "la": true, "le": true, "ter": true,
	"ten": true, "bin": true, "ben": true, "ibn": true, "bint": true, "al": true, "el": true,
	"y": true, "af": true, "av": true,
}

// nounArticles are articles before a capitalised noun in the languages
// that capitalise nouns or write particles like these: the capitalised word
// after one is a noun ("die Rede von der ..."), not the first part of a name.
var nounArticles = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true,
	"eine": true, "einer": true, "eines": true, "einem": true, "einen": true, "het": true,
	"een": true, "im": true, "am": true, "zum": true, "zur": true, "vom": true, "beim": true,
}

// isNameParticle is nameParticles[w] as a switch, which the lexicon asks
// for every short function word.
func isNameParticle(w string) bool {
	switch w {
	case "von", "vom", "zu", "van", "der", "den", "de", "da", "di", "del", "della", "dei",
		"degli", "do", "dos", "das", "du", "des", "la", "le", "ter", "ten", "bin", "ben", "ibn",
		"bint", "al", "el", "y", "af", "av":
		return true
	}
	return false
}

// maxParticleLen is the length in bytes of the longest name particle.
const maxParticleLen = 5

// hyphenParticles are the particles written with a hyphen before the
// capitalised part of a name: "al-Assad", "el-Sisi", "ad-Din".
var hyphenParticles = []string{"al-", "el-", "ad-", "ar-", "as-", "at-", "ash-", "az-", "an-", "ibn-", "bin-", "abu-", "abd-", "d'", "d’", "l'", "l’", "o'", "o’"}

// isNounArticle is nounArticles[strings.ToLower(w)], without the copy for
// an ASCII word.
func isNounArticle(w string) bool {
	var buf [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			// Rare, and some capitals outside ASCII lower to ASCII
			// letters ("İ" to "i").
			return nounArticles[strings.ToLower(w)]
		}
		if i >= len(buf) {
			return false // longer than every article
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
		"het", "een", "im", "am", "zum", "zur", "vom", "beim":
		return true
	}
	return false
}

// isSpaceByte is unicode.IsSpace of each byte taken as a rune, as
// particleAt tests the bytes around a word (0x85 and 0xA0, which continue
// a character in UTF-8, count as space there).
var isSpaceByte = func() (t [256]bool) {
	for i := range t {
		t[i] = unicode.IsSpace(rune(i))
	}
	return t
}()

// isFieldBreak reports whether c is white space of ASCII (" \t\n\v\f\r"),
// which separates the fields around a particle as it separates them for
// strings.Fields.
func isFieldBreak(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// prefixedName reports whether w is a name written with a lower-case
// particle joined to its capitalised part ("al-Assad", "d'Alema").
func prefixedName(w string) bool {
	// Every particle has a hyphen or an apostrophe, which lowering does
	// not make: most words have neither, and are no such name.
	mark := false
	for i := 0; i < len(w) && !mark; i++ {
		mark = w[i] == '-' || w[i] == '\'' || w[i] == 0xe2 // 0xe2 leads ’
	}
	if !mark {
		return false
	}
	lw := strings.ToLower(w)
	for _, p := range hyphenParticles {
		if strings.HasPrefix(lw, p) && len(w) > len(p) && isCapitalised(w[len(p):]) {
			return true
		}
	}
	return false
}

// particleInName reports whether words[i] is a name particle between two
// capitalised words of one name: after a capitalised word, and before one
// with only other particles in between ("Ursula von der Leyen"). A word
// that ends in punctuation ends the name.
func particleInName(words []string, i int) bool {
	if !isNameParticle(words[i]) || i == 0 {
		return false
	}
	j := i - 1
	for j > 0 && isNameParticle(words[j]) {
		j--
	}
	prev := words[j]
	if !isCapitalised(prev) || endsInPunct(prev) {
		return false
	}
	if j > 0 && isNounArticle(words[j-1]) {
		return false // "die Rede von der Kanzlerin": a German noun, not a name
	}
	for j := i + 1; j < len(words); j++ {
		if endsInPunct(words[j-1]) {
			return false
		}
		if isNameParticle(words[j]) {
			continue
		}
		return isCapitalised(words[j]) || prefixedName(words[j])
	}
	return false
}

// endsInPunct reports whether a field ends in a mark that closes a clause
// or a name: a comma, period, colon, semicolon or closing bracket.
func endsInPunct(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(",.;:)]!?»”\"", r)
}

// nameWords reports, for each white-space separated field of words, whether
// it belongs to a name: capitalised, a particle inside a name, or a name
// with a joined particle.
func nameWords(words []string) []bool {
	out := make([]bool, len(words))
	for i, w := range words {
		out[i] = isCapitalised(w) || prefixedName(w) || particleInName(words, i)
	}
	return out
}

// particleAt reports whether the particle text[start:end], a field of its
// own, stands inside a name: particleInName over the fields around it.
func particleAt(text string, start, end int) bool {
	if start > 0 && !isSpaceByte[text[start-1]] || end < len(text) && !isSpaceByte[text[end]] {
		return false // part of a longer field ("(von")
	}
	// The word after must be capitalised or another particle: most
	// particles are plain function words, decided here without a copy.
	i := end
	for i < len(text) && isFieldBreak(text[i]) {
		i++
	}
	j := i
	for j < len(text) && !isFieldBreak(text[j]) {
		j++
	}
	next := text[i:j]
	if !isCapitalised(next) && !prefixedName(next) && !isNameParticle(next) {
		return false
	}
	// The word before, past other particles, must be capitalised too.
	k := start
	for range 4 {
		for k > 0 && isFieldBreak(text[k-1]) {
			k--
		}
		from := k
		for from > 0 && !isFieldBreak(text[from-1]) {
			from--
		}
		prev := text[from:k]
		if !isNameParticle(prev) {
			if !isCapitalised(prev) || endsInPunct(prev) {
				return false
			}
			// "die Rede der Kanzlerin": a noun after an article.
			for from > 0 && isFieldBreak(text[from-1]) {
				from--
			}
			to := from
			for from > 0 && !isFieldBreak(text[from-1]) {
				from--
			}
			if isNounArticle(text[from:to]) {
				return false
			}
			break
		}
		k = from
	}
	// A name has few particles: five fields either side are enough.
	from, to := start, end
	for n := 0; n < 6 && from > 0; {
		from--
		if isSpaceByte[text[from]] && from > 0 && !isSpaceByte[text[from-1]] {
			n++
		}
	}
	for n := 0; n < 6 && to < len(text); to++ {
		if isSpaceByte[text[to]] && to+1 < len(text) && !isSpaceByte[text[to+1]] {
			n++
		}
	}
	// The fields of text[from:to], as fieldSpans splits them, in an
	// array on the stack: at most a dozen.
	var buf [16]string
	fields := buf[:0]
	at, fstart := -1, -1
	add := func(s, e int) {
		if from+s == start {
			at = len(fields)
		}
		fields = append(fields, text[from+s:from+e])
	}
	for i, window := 0, text[from:to]; i < len(window); {
		space, n := isSpaceByte[window[i]], 1
		if window[i] >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(window[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if fstart >= 0 {
				add(fstart, i)
				fstart = -1
			}
		} else if fstart < 0 {
			fstart = i
		}
		i += n
	}
	if fstart >= 0 {
		add(fstart, to-from)
	}
	return at >= 0 && particleInName(fields, at)
}

// IsNameParticle reports whether w, in lower case, is a particle that
// stands inside names ("von", "van", "de", "bin").
func IsNameParticle(w string) bool { return isNameParticle(w) }
