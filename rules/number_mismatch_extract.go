package rules

import (
	"bufio"
	"embed"
	"math"
	"path"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// The number normaliser of number-mismatch: it reads the numbers of a segment
// in the segment's own locale and gives each the values it can stand for, so
// that "8.400" (German) and "8,400" (English), "14 Uhr" and "2 p.m.", or
// "12.03.2024" and "March 12, 2024" compare equal.

// numKind says what a value measures.
type numKind byte

const (
	kindNumber numKind = iota
	kindTime           // minutes on a 12-hour clock: 14:00 and 2 p.m. are both 120
	kindRaw            // a number whose separators mean nothing known (an IP address, a version)
	kindApprox         // a converted measure (10 miles ~ 16 km), equal to a number within 6 %
)

// numValue is one reading of a number.
type numValue struct {
	Kind numKind
	V    float64
	Raw  string
}

func (a numValue) equal(b numValue) bool {
	if a.Kind == kindApprox && b.Kind == kindNumber || a.Kind == kindNumber && b.Kind == kindApprox {
		return math.Abs(a.V-b.V) <= 0.06*math.Max(math.Abs(a.V), math.Abs(b.V))
	}
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == kindRaw {
		return a.Raw == b.Raw
	}
	return math.Abs(a.V-b.V) <= 1e-9*math.Max(1, math.Max(math.Abs(a.V), math.Abs(b.V)))
}

// numToken is a number as written in a segment, with its readings; the first
// is the one the locale prefers.
type numToken struct {
	Span textdoc.Span
	Vals []numValue
	// Int and Frac are the digits of a plain number, Grouped set when it was
	// written with group separators, for writing it again in another locale.
	Int, Frac string
	Grouped   bool
}

func (t numToken) matches(o numToken) bool {
	if t.isTime() && o.isTime() {
		// Two clock times: only the times count, not their digits.
		return t.Vals[0].equal(o.Vals[0])
	}
	for _, a := range t.Vals {
		for _, b := range o.Vals {
			if a.equal(b) {
				return true
			}
		}
	}
	return false
}

func (t numToken) isTime() bool { return len(t.Vals) > 0 && t.Vals[0].Kind == kindTime }

// matchesWord reports whether a number word's value is one of t's readings.
func (t numToken) matchesWord(v float64) bool {
	return t.matches(numToken{Vals: []numValue{{Kind: kindNumber, V: v}}})
}

// numberReading is what extractNumbers finds in a segment: the numbers written
// in digits, and the values of number words (small numbers, ordinals, month
// names) that may stand for a digit on the other side.
type numberReading struct {
	Tokens []numToken
	Words  []float64
}

// scaleWords multiply the number before them: "1,2 Millionen" = 1200000.
// Both long and short scale readings of "billion" are kept.
var scaleWords = map[string][]float64{
	"thousand": {1e3}, "tausend": {1e3}, "tsd": {1e3}, "mille": {1e3}, "mil": {1e3}, "duizend": {1e3}, "tys": {1e3}, "тыс": {1e3}, "тис": {1e3},
	"million": {1e6}, "millions": {1e6}, "millionen": {1e6}, "mio": {1e6}, "mln": {1e6}, "m": {1e6}, "millón": {1e6}, "millones": {1e6},
	"milione": {1e6}, "milioni": {1e6}, "milhão": {1e6}, "milhões": {1e6}, "miljoen": {1e6}, "milion": {1e6}, "miliony": {1e6}, "milionów": {1e6},
	"млн": {1e6}, "миллион": {1e6}, "миллиона": {1e6}, "миллионов": {1e6}, "мільйон": {1e6}, "мільйони": {1e6}, "мільйонів": {1e6},
	"billion": {1e9, 1e12}, "billions": {1e9, 1e12}, "bn": {1e9}, "milliarde": {1e9}, "milliarden": {1e9}, "mrd": {1e9}, "milliard": {1e9}, "milliards": {1e9},
	"mil millones": {1e9}, "miliardo": {1e9}, "miliardi": {1e9}, "bilhão": {1e9}, "bilhões": {1e9}, "miljard": {1e9}, "miliard": {1e9}, "miliardy": {1e9}, "miliardów": {1e9},
	"млрд": {1e9}, "миллиард": {1e9}, "миллиарда": {1e9}, "миллиардов": {1e9}, "мільярд": {1e9}, "мільярди": {1e9}, "мільярдів": {1e9},
	"billionen": {1e12}, "trillion": {1e12}, "billón": {1e12}, "billones": {1e12},
	"万": {1e4}, "萬": {1e4}, "亿": {1e8}, "億": {1e8}, "千": {1e3},
}

// attachedScales are scale suffixes written onto the digits: "€5m", "2bn".
var attachedScales = map[string]float64{"k": 1e3, "m": 1e6, "bn": 1e9, "mn": 1e6}

// timeWords after a number make it a clock time; pm ones add twelve hours.
var timeWords = map[string]int{"uhr": 0, "h": 0, "heures": 0, "heure": 0, "o'clock": 0, "o’clock": 0, "a.m.": 0, "am": 0, "p.m.": 12, "pm": 12, "a.m": 0, "p.m": 12, "часов": 0, "часа": 0, "час": 0}

//go:embed data/number-words/*.txt
var numberWordFS embed.FS

// numberWords holds one language's number words.
type numberWords struct {
	exact map[string]float64
	stems map[string]float64
}

var (
	numberWordsOnce sync.Once
	numberWordsData map[string]*numberWords
)

func numberWordsFor(lang string) *numberWords {
	numberWordsOnce.Do(loadNumberWords)
	return numberWordsData[baseLang(lang)]
}

func loadNumberWords() {
	numberWordsData = map[string]*numberWords{}
	files, err := numberWordFS.ReadDir("data/number-words")
	if err != nil {
		panic(err) // embedded at build time: cannot fail
	}
	for _, fi := range files {
		lang := strings.TrimSuffix(fi.Name(), path.Ext(fi.Name()))
		data, err := numberWordFS.ReadFile("data/number-words/" + fi.Name())
		if err != nil {
			panic(err)
		}
		nw := &numberWords{exact: map[string]float64{}, stems: map[string]float64{}}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) != 2 || strings.HasPrefix(f[0], "#") {
				continue
			}
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				continue
			}
			if w, ok := strings.CutSuffix(f[0], "*"); ok {
				nw.stems[w] = v
			} else {
				nw.exact[f[0]] = v
			}
		}
		numberWordsData[lang] = nw
	}
}

// value returns the number a word stands for.
func (nw *numberWords) value(word string) (float64, bool) {
	if nw == nil {
		return 0, false
	}
	w := strings.ToLower(word)
	if v, ok := nw.exact[w]; ok {
		return v, true
	}
	// A possessive is its word: "two’s complement".
	for _, poss := range []string{"'s", "’s"} {
		if stem, cut := strings.CutSuffix(w, poss); cut {
			if v, ok := nw.exact[stem]; ok {
				return v, true
			}
		}
	}
	if v, found := nw.stems[w]; found {
		return v, true
	}
	// The longest stem that leaves at most three letters.
	best, ok := 0.0, false
	cut := len(w)
	for n := 0; n < 3 && cut > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(w[:cut])
		cut -= size
		if cut == 0 {
			break
		}
		if v, found := nw.stems[w[:cut]]; found {
			best, ok = v, true
			break
		}
	}
	if !ok {
		// Multiples written as one word: "zehnmal", "dreifach", "tenfold".
		for _, suffix := range multiplierSuffixes {
			if stem, cut := strings.CutSuffix(w, suffix); cut && stem != "" {
				if v, found := nw.value(stem); found {
					return v, true
				}
			}
		}
	}
	return best, ok
}

// multiplierSuffixes turn a number word into a multiple ("zehnmal" = ten
// times); the longer forms come first.
var multiplierSuffixes = []string{"fachen", "fache", "facher", "faches", "fach", "mal", "fold", "voudig", "maal"}

// extractNumbers reads the numbers of text in locale loc. Numbers glued to a
// letter on their left ("F-16", "S-400", "G7", "COVID-19") or to a capital on
// their right ("5G", "3D") are codes: entity-mismatch compares them, so they
// are skipped here.
func extractNumbers(text string, loc *textdoc.Locale) numberReading {
	var r numberReading
	words := numberWordsFor(loc.Lang)
	for i := 0; i < len(text); {
		c := text[i]
		if isASCIIDigit(c) {
			if codeBefore(text, i) {
				// A code's digits are not compared, but they excuse the same
				// digits on the other side ("火星17" and "Hwasong-17").
				n := digitsAt(text, i)
				r.Words = append(r.Words, parseDigits(text[i:i+n], ""))
				i += skipCode(text, i)
				continue
			}
			toks, n := readNumberAt(text, i, loc)
			if n <= 0 {
				n = digitsAt(text, i)
			}
			if len(toks) == 1 && len(r.Tokens) > 0 {
				shareScale(text, &r.Tokens[len(r.Tokens)-1], toks[0])
			}
			r.Tokens = append(r.Tokens, toks...)
			i += n
			continue
		}
		ch, size := utf8.DecodeRuneInString(text[i:])
		if _, ok := hanNumeral(ch); ok {
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if _, ok := hanNumeral(r2); !ok {
					break
				}
				j += s2
			}
			r.Words = append(r.Words, readHanNumber(text[i:j])...)
			i = j
			continue
		}
		if unicode.IsLetter(ch) {
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' && r2 != 'ʼ' {
					break
				}
				if _, han := hanNumeral(r2); han && j > i {
					break
				}
				j += s2
			}
			if v, ok := words.value(strings.TrimRight(text[i:j], "'’")); ok {
				r.Words = append(r.Words, v)
				for _, sc := range scaleAfter(text, j) {
					r.Words = append(r.Words, v*sc) // "fourteen billion"
				}
			}
			i = j
			continue
		}
		i += size
	}
	return r
}

// codeBefore reports whether the digit at text[i] continues a code: a letter
// right before it, or a letter and a hyphen or slash.
func codeBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
		return false // "2024年3月": CJK writes numbers against its words
	}
	if unicode.IsLetter(r) {
		return true
	}
	if r == '-' || r == '‑' || r == '/' {
		r2, _ := utf8.DecodeLastRuneInString(text[:i-size])
		return unicode.IsLetter(r2) && unicode.IsUpper(r2)
	}
	return false
}

// skipCode returns the length of the code's digits and letters from text[i].
func skipCode(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !(r == '.' && j+1 < len(text) && isASCIIDigit(text[j+1])) {
			break
		}
		j += size
	}
	return j - i
}

// readNumberAt reads the number, date or time at text[i] and returns its
// tokens (a date gives one a part) and the bytes read.
func readNumberAt(text string, i int, loc *textdoc.Locale) ([]numToken, int) {
	if toks, n := readDottedDate(text, i, loc); n > 0 {
		return toks, n
	}
	if tok, n := readTime(text, i); n > 0 {
		return []numToken{tok}, n
	}
	// Space-grouped thousands ("1 200") are read in the languages that write
	// them and when the language is unknown.
	nt := scanNumber(text, i, loc.Group == ' ' || loc.Decimal == 0)
	end := nt.End
	form := parseNumber(nt.Groups, nt.Seps)
	tok := numToken{Span: textdoc.Span{Start: i, End: end}}
	switch form.Shape {
	case shapeInvalid:
		raw := strings.Map(func(r rune) rune {
			if isNumberSpace(r) {
				return -1
			}
			return r
		}, text[i:end])
		tok.Vals = []numValue{{Kind: kindRaw, Raw: raw}}
	case shapeAmbiguous:
		grouped := numValue{V: parseDigits(form.Int[0]+form.Frac, "")}
		decimal := numValue{V: parseDigits(form.Int[0], form.Frac)}
		if loc.Decimal == form.Decimal && !loc.NumbersAmbiguous {
			tok.Vals = []numValue{decimal, grouped}
			tok.Int, tok.Frac = form.Int[0], form.Frac
		} else {
			tok.Vals = []numValue{grouped, decimal}
			tok.Int, tok.Grouped = form.Int[0]+form.Frac, true
		}
	default:
		tok.Int, tok.Frac = strings.Join(form.Int, ""), form.Frac
		tok.Grouped = len(form.Int) > 1
		tok.Vals = []numValue{{V: parseDigits(tok.Int, tok.Frac)}}
	}
	// Glued letters: ordinal and unit suffixes ("3rd", "5km", "1990s") keep
	// the number; capitals ("5G", "4K") make it a code.
	j := end
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	if suffix := text[end:j]; suffix != "" {
		if first, _ := utf8.DecodeRuneInString(suffix); unicode.IsUpper(first) && !isUnitSuffix(suffix) {
			return nil, j - i
		}
		if s, ok := attachedScales[strings.ToLower(suffix)]; ok {
			tok.Vals = addScaled(tok.Vals, s)
		}
	}
	at := j
	if first, _ := utf8.DecodeRuneInString(text[end:]); unicode.Is(unicode.Han, first) {
		at = end // "3万人": the scale is the first character of the suffix
	}
	if scale := scaleAfter(text, at); scale != nil {
		for _, s := range scale {
			tok.Vals = addScaled(tok.Vals, s)
		}
	}
	if tok.Vals[0].Kind == kindNumber && tok.Vals[0].V == math.Trunc(tok.Vals[0].V) && len(tok.Int) == 2 && tok.Frac == "" {
		// A two-digit number may be the short form of a year: '24 = 2024.
		v := tok.Vals[0].V
		tok.Vals = append(tok.Vals, numValue{V: 2000 + v}, numValue{V: 1900 + v})
	}
	if conv := conversionAfter(text, j); conv != nil {
		v := tok.Vals[0].V
		if tok.Vals[0].Kind == kindNumber {
			tok.Vals = append(tok.Vals, numValue{Kind: kindApprox, V: conv(v)})
		}
	}
	if len(tok.Int) == 4 && tok.Frac == "" && (strings.HasPrefix(tok.Int, "19") || strings.HasPrefix(tok.Int, "20")) {
		// A year may be written short on the other side: 1992 = '92.
		y, _ := strconv.Atoi(tok.Int[2:])
		tok.Vals = append(tok.Vals, numValue{V: float64(y)})
	}
	return []numToken{tok}, j - i
}

// unitConversions convert an imperial measure to the metric one a
// translation may give instead ("10 miles" as "16 Kilometer"), and back.
var unitConversions = map[string]func(float64) float64{
	"mile": func(v float64) float64 { return v * 1.609 }, "miles": func(v float64) float64 { return v * 1.609 },
	"meilen": func(v float64) float64 { return v * 1.609 }, "meile": func(v float64) float64 { return v * 1.609 },
	"km": func(v float64) float64 { return v / 1.609 }, "kilometres": func(v float64) float64 { return v / 1.609 },
	"kilometers": func(v float64) float64 { return v / 1.609 }, "kilometer": func(v float64) float64 { return v / 1.609 },
	"foot": func(v float64) float64 { return v * 0.3048 }, "feet": func(v float64) float64 { return v * 0.3048 }, "ft": func(v float64) float64 { return v * 0.3048 },
	"inch": func(v float64) float64 { return v * 2.54 }, "inches": func(v float64) float64 { return v * 2.54 },
	"pound": func(v float64) float64 { return v * 0.4536 }, "pounds": func(v float64) float64 { return v * 0.4536 }, "lb": func(v float64) float64 { return v * 0.4536 }, "lbs": func(v float64) float64 { return v * 0.4536 },
	"gallon": func(v float64) float64 { return v * 3.785 }, "gallons": func(v float64) float64 { return v * 3.785 },
	"°f": func(v float64) float64 { return (v - 32) * 5 / 9 }, "fahrenheit": func(v float64) float64 { return (v - 32) * 5 / 9 },
}

// conversionAfter returns the conversion of the unit word after text[i:].
func conversionAfter(text string, i int) func(float64) float64 {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isNumberSpace(r) && r != '-' {
			break
		}
		j += size
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && r != '°' {
			break
		}
		k += size
	}
	return unitConversions[strings.ToLower(text[j:k])]
}

// rangeWords join the two ends of a range, which share a scale word:
// "13.8 to 14.3 billion".
var rangeWords = map[string]bool{"-": true, "–": true, "—": true, "to": true, "bis": true, "à": true, "a": true, "до": true, "至": true, "and": true, "und": true, "et": true, "y": true, "e": true, "i": true, "и": true, "or": true, "oder": true, "ou": true, "o": true}

// shareScale gives prev, the first end of a range, the scaled readings of
// next, its second end, when only next has a scale word.
func shareScale(text string, prev *numToken, next numToken) {
	if prev.Span.End > next.Span.Start || next.Span.Start-prev.Span.End > 8 {
		return
	}
	between := strings.TrimFunc(text[prev.Span.End:next.Span.Start], func(r rune) bool { return isNumberSpace(r) || unicode.Is(unicode.Han, r) && r != '至' })
	if !rangeWords[strings.ToLower(between)] || len(next.Vals) < 2 || next.Vals[0].Kind != kindNumber {
		return
	}
	base := next.Vals[0].V
	if base == 0 {
		return
	}
	for _, v := range next.Vals[1:] {
		if v.Kind == kindNumber && v.V > base {
			prev.Vals = addScaled(prev.Vals, v.V/base)
		}
	}
}

// hanNumeral returns the value of a Chinese numeral character: a digit
// (0-9) or a unit (10, 100, ... 1e8, returned as negative to tell them apart).
func hanNumeral(r rune) (float64, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '两', '兩', '贰':
		return 2, true
	case '三', '叁':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	case '十':
		return -10, true
	case '百':
		return -100, true
	case '千':
		return -1000, true
	case '万', '萬':
		return -1e4, true
	case '亿', '億':
		return -1e8, true
	}
	return 0, false
}

// readHanNumber reads a run of Chinese numerals both as a number with units
// ("二十" = 20, "千亿" = 1e11) and, when it is digits only, digit by digit
// ("九二" = 92, "二〇二四" = 2024).
func readHanNumber(s string) []float64 {
	var total, wan, section, num float64
	digitsOnly, digits := true, 0.0
	for _, r := range s {
		v, _ := hanNumeral(r)
		switch {
		case v >= 0:
			num = v
			digits = digits*10 + v
		case v == -1e8:
			digitsOnly = false
			total = (total + wan + section + num) * 1e8
			wan, section, num = 0, 0, 0
		case v == -1e4:
			digitsOnly = false
			wan = (section + num) * 1e4
			if wan == 0 {
				wan = 1e4
			}
			section, num = 0, 0
		default:
			digitsOnly = false
			if num == 0 {
				num = 1
			}
			section += num * -v
			num = 0
		}
	}
	out := []float64{total + wan + section + num}
	if digitsOnly && utf8.RuneCountInString(s) > 1 {
		out = append(out, digits)
	}
	return out
}

func isUnitSuffix(s string) bool {
	switch s {
	case "MW", "GW", "KW", "kW", "GB", "MB", "TB", "KB", "Mbit", "GHz", "MHz", "Hz", "V", "W", "K", "C", "F", "L":
		return s != "K" && s != "C" && s != "F"
	}
	return false
}

func addScaled(vals []numValue, s float64) []numValue {
	out := vals
	for _, v := range vals {
		if v.Kind == kindNumber {
			out = append(out, numValue{V: v.V * s})
		}
	}
	return out
}

// scaleAfter returns the multipliers of a scale word right after text[i:]
// ("Millionen", "Mio.", "million", "万").
func scaleAfter(text string, i int) []float64 {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isNumberSpace(r) {
			break
		}
		j += size
	}
	if r, size := utf8.DecodeRuneInString(text[j:]); r != utf8.RuneError && unicode.Is(unicode.Han, r) {
		if r == '余' || r == '多' || r == '餘' {
			// "500余万": more than five million.
			j += size
			_, size = utf8.DecodeRuneInString(text[j:])
		}
		return scaleWords[text[j:j+size]]
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += size
	}
	if k == j {
		return nil
	}
	w := strings.ToLower(text[j:k])
	if w == "m" && j > i {
		return nil // "5 m" is five metres
	}
	return scaleWords[w]
}

// parseDigits reads integer and fraction digits as a float.
func parseDigits(intPart, frac string) float64 {
	s := intPart
	if frac != "" {
		s += "." + frac
	}
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// readDottedDate reads "12.03.2024", "12.3.24" and, where a period after a
// number marks an ordinal (German, Polish), "12.03." as a date: one token for
// the day, the month and the year each, so that they meet the parts of
// "March 12, 2024" or "12/03/2024".
func readDottedDate(text string, i int, loc *textdoc.Locale) ([]numToken, int) {
	d := digitsAt(text, i)
	if d > 2 || i+d >= len(text) || text[i+d] != '.' {
		return nil, 0
	}
	j := i + d + 1
	m := digitsAt(text, j)
	if m == 0 || m > 2 || j+m >= len(text) || text[j+m] != '.' {
		return nil, 0
	}
	k := j + m + 1
	y := digitsAt(text, k)
	switch {
	case y == 2 || y == 4:
	case y == 0 && loc.OrdinalDot:
	default:
		return nil, 0
	}
	day, _ := strconv.Atoi(text[i : i+d])
	mon, _ := strconv.Atoi(text[j : j+m])
	if day < 1 || day > 31 || mon < 1 || mon > 12 {
		return nil, 0
	}
	toks := []numToken{
		{Span: textdoc.Span{Start: i, End: i + d}, Vals: []numValue{{V: float64(day)}}, Int: strconv.Itoa(day)},
		{Span: textdoc.Span{Start: j, End: j + m}, Vals: []numValue{{V: float64(mon)}}, Int: strconv.Itoa(mon)},
	}
	end := k
	if y > 0 {
		yv, _ := strconv.Atoi(text[k : k+y])
		vals := []numValue{{V: float64(yv)}}
		if y == 2 {
			vals = append(vals, numValue{V: float64(2000 + yv)}, numValue{V: float64(1900 + yv)})
		}
		toks = append(toks, numToken{Span: textdoc.Span{Start: k, End: k + y}, Vals: vals, Int: text[k : k+y]})
		end = k + y
	}
	return toks, end - i
}

// readTime reads a clock time at text[i]: "14:00", "7:50 p.m.", "7.50 Uhr",
// "14h30", "14 h", "2 p.m.", "14 Uhr". Its readings are the time on a
// 12-hour clock and, for safety, the hour as a plain number (and "7.50" as a
// decimal), so a time never fails to meet the same digits on the other side
// when that side was not read as a time; two times compare as times only.
func readTime(text string, i int) (numToken, int) {
	h := digitsAt(text, i)
	if h > 2 {
		return numToken{}, 0
	}
	hour, _ := strconv.Atoi(text[i : i+h])
	j := i + h
	minute, hasMin, sep := 0, false, byte(0)
	if j+2 < len(text)+0 && j < len(text) && (text[j] == ':' || text[j] == '.' || text[j] == 'h') && digitsAt(text, j+1) == 2 {
		minute, _ = strconv.Atoi(text[j+1 : j+3])
		hasMin, sep = true, text[j]
		j += 3
	}
	// A time word after the number: "Uhr", "p.m.", "h".
	k := j
	for k < len(text) && (text[k] == ' ' || strings.HasPrefix(text[k:], "\u00a0") || strings.HasPrefix(text[k:], "\u202f")) {
		_, size := utf8.DecodeRuneInString(text[k:])
		k += size
	}
	word, wl := timeWordAt(text, k)
	if sep == 'h' && word == "" {
		word = "h"
	}
	switch {
	case hasMin && sep == ':':
	case word != "":
	case !hasMin && j < len(text) && text[j] == 'h' && (j+1 == len(text) || !unicode.IsLetter(rune(text[j+1]))):
		word, k, wl = "h", j, 1 // "14h"
	default:
		return numToken{}, 0
	}
	if hour > 24 || minute > 59 {
		return numToken{}, 0
	}
	end := j
	if word != "" {
		end = k + wl
	}
	// "14 h 30"
	if word == "h" && !hasMin {
		m := end
		if m < len(text) && text[m] == ' ' && digitsAt(text, m+1) == 2 && (m+3 == len(text) || !isASCIIDigit(text[m+3])) {
			minute, _ = strconv.Atoi(text[m+1 : m+3])
			hasMin = true
			end = m + 3
		}
	}
	hour24 := hour
	if timeWords[word] == 12 && hour < 12 {
		hour24 += 12
	}
	tok := numToken{Span: textdoc.Span{Start: i, End: end}, Int: strconv.Itoa(hour)}
	tok.Vals = []numValue{
		{Kind: kindTime, V: float64((hour24%12)*60 + minute)},
		{V: float64(hour)}, {V: float64(hour24)},
	}
	if hasMin {
		tok.Vals = append(tok.Vals, numValue{V: float64(hour) + float64(minute)/100})
	}
	return tok, end - i
}

// timeWordAt returns the time word at text[k] ("uhr", "p.m.") and its length.
func timeWordAt(text string, k int) (string, int) {
	j := k
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' {
			break
		}
		j += size
	}
	w := strings.ToLower(text[k:j])
	for len(w) > 0 {
		if _, ok := timeWords[w]; ok {
			return w, len(w)
		}
		if !strings.HasSuffix(w, ".") {
			break
		}
		w = w[:len(w)-1] // "Uhr." at a sentence end
	}
	return "", 0
}
