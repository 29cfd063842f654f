package rules

import (
	"strings"
	"unicode"

	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// germanTime reports a time of day written the German way in English text:
// hours and minutes joined by a period, and a sign that it is a 24-hour clock
// time copied from the source rather than a British "17.00": AM or PM after
// an hour past 12 ("17.02 PM"), a calque of "Uhr" ("17.00 o'clock", "17.12
// at:"), or a colon after it at the start of a line, the heading of a live
// ticker entry ("17.12: ...", "at 17.00: ..."). It returns the end of the span
// to report, the suggestion and the reason.
func germanTime(text string, tok numberToken, form numberForm, next wordClass, nextEnd int) (end int, sugg, why string, ok bool) {
	h, m := form.Int[0], form.Frac
	if len(form.Int) != 1 || len(h) > 2 || len(m) != 2 || len(h) == 2 && h > "23" || m >= "60" {
		return 0, "", "", false
	}
	colon := h + ":" + m
	if (next == wordTimeBare || next == wordTimeDotted) && len(h) == 2 && h > "12" {
		return nextEnd, colon, "a 24-hour time with " + strings.TrimSpace(text[tok.End:nextEnd]), true
	}
	rest := text[tok.End:]
	for _, w := range []string{" o'clock", " o’clock", " Uhr", " at:"} {
		if strings.HasPrefix(rest, w) {
			return tok.End + len(w), colon, "a period and " + textutil.QuoteShort(strings.TrimSpace(w)), true
		}
	}
	if strings.HasPrefix(rest, ":") && (len(rest) == 1 || rest[1] == ' ') && opensLine(text, tok.Start) {
		return tok.End, colon, "a period, at the head of an entry", true
	}
	return 0, "", "", false
}

// tickerLead are the words that may come before the time of a live-ticker
// entry.
var tickerLead = textutil.WordSet("at around about from since until by")

// opensLine reports whether offset i starts its line, or follows there at
// most three words that end with one such as "at" ("Update at 17.00:").
func opensLine(text string, i int) bool {
	lineStart := strings.LastIndexByte(text[:i], '\n') + 1
	words := strings.Fields(text[lineStart:i])
	return len(words) == 0 || len(words) <= 3 && tickerLead[strings.ToLower(words[len(words)-1])]
}

// roundThousands reports whether an ambiguous number such as "1.500" ends in
// zero: a round amount, which as a decimal would be written with fewer
// digits ("1.5").
func roundThousands(form numberForm) bool {
	return strings.HasSuffix(form.Frac, "0")
}

// rateWords are units a price per unit can have three decimals for.
var rateWords = textutil.WordSet(`litre liter litres liters l gallon gallons kwh kilowatt-hour kilowatt mwh
megawatt-hour therm share euro dollar pound franc yen yuan unit`)

// rateAfter reports whether a rate follows offset i: "per litre", "a kWh",
// "/kWh".
func rateAfter(text string, i int) bool {
	rest := strings.TrimLeftFunc(text[i:], unicode.IsSpace)
	if strings.HasPrefix(rest, "/") {
		return true
	}
	words := strings.Fields(rest)
	if len(words) < 2 {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "per", "a", "an", "pro", "je", "par", "le", "la", "al", "por", "за":
		return rateWords[strings.ToLower(strings.TrimRight(words[1], ".,;:!?)"))]
	}
	return false
}

// germanNounAfter reports whether a German noun follows offset i after one
// space: a capitalised word of four letters or more with lower-case letters
// after the first ("Pendler", not "EU" or "Mio.").
func germanNounAfter(text string, i int) bool {
	if i >= len(text) || text[i] != ' ' {
		return false
	}
	words := readWords(text, i+1, 1)
	if len(words) == 0 {
		return false
	}
	w := strings.TrimSuffix(words[0].text, ".")
	r, _ := textutil.FirstRune(w)
	if !unicode.IsUpper(r) || len([]rune(w)) < 4 {
		return false
	}
	for _, c := range w[len(string(r)):] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// exchangeWords name currencies and rates: before an amount in the same
// sentence they make it an exchange rate ("the euro rose to 1.100 dollars"),
// which is quoted with three or four decimals.
var exchangeWords = []string{"euro", "dollar", "pound", "sterling", "franc", "yen", "yuan", "rouble", "ruble",
	"hryvnia", "zloty", "kurs", "exchange rate", "wechselkurs", "taux de change", "cambio"}

// exchangeRateBefore reports a currency name in the 60 bytes before offset
// i, within its sentence.
func exchangeRateBefore(text string, i int) bool {
	start := max(0, i-60)
	before := strings.ToLower(text[start:i])
	if k := strings.LastIndexAny(before, ".!?"); k >= 0 {
		before = before[k+1:]
	}
	for _, w := range exchangeWords {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}
