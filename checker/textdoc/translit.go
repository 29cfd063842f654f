package textdoc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cyrillicLatin transliterates Russian, Ukrainian and Belarusian letters the
// way English-language news agencies do (BGN/PCGN without diacritics). Other
// romanisations (German "Selenskyj", French "Zelensky") differ in ways that
// foldName then erases (y/j/i, z/s, kh/h, doubled letters).
var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
}

// Transliterate writes s in Latin letters, lower case: Cyrillic through
// cyrillicLatin, Latin letters without their diacritics ("Müller" ->
// "muller", "ß" -> "ss"). Other characters are kept, lower-cased. Letters are
// decomposed first, so "й" and "ё" lose their marks and read as "и", "е".
func Transliterate(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s) // returns s itself when already lower case
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent of a decomposed letter
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		if l, ok := cyrillicLatin[r]; ok {
			b.WriteString(l)
			continue
		}
		switch r {
		case 'ß':
			b.WriteString("ss")
			continue
		case 'æ':
			b.WriteString("ae")
			continue
		case 'œ':
			b.WriteString("oe")
			continue
		case 'ø':
			b.WriteString("o")
			continue
		case 'ł':
			b.WriteString("l")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
