package rules

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// CaptionMarker finds the photo-caption markers of the source language that
// machine translation left in the target: "Olaf Scholz (l.)" or "v. l. n. r."
// in English where "(left)" and "from left" were meant.
var CaptionMarker = &checker.Rule{
	ID:    "caption-marker",
	Title: "a photo-caption position marker of another language ((l.), v. l. n. r., (à g.))",
	Doc: `Captions say where the people in a photo stand, and every language abbreviates
it its own way: German "Olaf Scholz (l.) und Emmanuel Macron (r.)", "v. l. n. r.",
"(2. v. l.)"; French "(à g.)", "de g. à d."; Spanish "(izq.)", "(dcha.)"; Danish,
Norwegian and Swedish "(t.v.)", "(t.h.)"; Russian "(слева)". Machine translation
keeps them as they are, or mangles them ("(.l)"), and an English reader is left to
guess.

The rule reports a marker that the document's language does not write. A marker
in brackets must be the whole bracket, right after a capitalised word (a name), in
a caption or a caption-like paragraph of at most 60 words: "(l.)" after a number
or inside running text is left alone. A marker without brackets ("v. l. n. r.")
is reported wherever it stands. The suggestion is the usual form in the document's
language where the rule knows it (English "(left)", "from left").

The markers are data, rules/data/caption-markers/markers.txt, with the languages
whose convention each one is. Left alone: markers of the document's own language,
"(L)" and "(R)" (also registered-trademark signs), "(centre)" (a French region),
and documents of unknown language.`,
	Bad:         "Chancellor Olaf Scholz (l.) and President Emmanuel Macron in Berlin",
	Good:        "Chancellor Olaf Scholz (left) and President Emmanuel Macron in Berlin",
	Severity:    checker.Warning,
	RunningText: true, // captions are in articles, not in lists of strings
	Locale:      true,
	Check:       checkCaptionMarker,
}

// captionMaxMarkerWords bounds a paragraph in which a bracketed marker after a
// name is taken for a caption's.
const captionMaxMarkerWords = 60

//go:embed data/caption-markers/markers.txt
var captionMarkerData string

// captionMarker is one entry of the marker list.
type captionMarker struct {
	langs   []string // the languages that write it; none for a mangled form
	name    bool     // only after a name, in a caption-like paragraph
	meaning string   // left, right, centre, ltr, 2left, 2right
	text    string   // as written in the list
}

// captionMarkers is the parsed marker list: bracketed markers by their
// compact form (no spaces), and the others by their first byte.
type captionMarkers struct {
	bracketed map[string]*captionMarker
	// loose holds the markers without brackets by the lower-case first
	// byte of their text, each with its words.
	loose [256][]looseMarker
	// looseFirst holds the bytes loose has markers for.
	looseFirst textutil.ByteSet
	// looseSecond holds, by first byte, the second bytes of the markers'
	// first words, when all are ASCII (looseAnySecond tells the others):
	// a word whose second byte is none of them starts no marker.
	looseSecond    [256]string
	looseAnySecond [256]bool
}

// looseMarker is a marker without brackets and its words in lower case.
type looseMarker struct {
	*captionMarker
	words []string
}

var loadCaptionMarkers = sync.OnceValues(func() (*captionMarkers, error) {
	return parseCaptionMarkers(captionMarkerData)
})

// parseCaptionMarkers reads the list format of markers.txt.
func parseCaptionMarkers(data string) (*captionMarkers, error) {
	cm := &captionMarkers{bracketed: map[string]*captionMarker{}}
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || f[1] != "name" && f[1] != "any" {
			return nil, fmt.Errorf("caption-markers/markers.txt:%d: want LANGS name|any MEANING MARKER", n)
		}
		m := &captionMarker{name: f[1] == "name", meaning: f[2], text: strings.Join(f[3:], " ")}
		if f[0] != "-" {
			m.langs = strings.Split(f[0], ",")
		}
		if strings.HasPrefix(m.text, "(") && strings.HasSuffix(m.text, ")") {
			cm.bracketed[compactMarker(m.text)] = m
			continue
		}
		words := strings.Fields(strings.ToLower(m.text))
		first := words[0][0]
		cm.loose[first] = append(cm.loose[first], looseMarker{m, words})
		cm.looseFirst.Add(first)
		if w := words[0]; len(w) < 2 || w[1] >= utf8.RuneSelf {
			cm.looseAnySecond[first] = true
		} else if strings.IndexByte(cm.looseSecond[first], w[1]) < 0 {
			cm.looseSecond[first] += w[1:2]
		}
		if 'a' <= first && first <= 'z' {
			upper := first - 'a' + 'A'
			cm.loose[upper] = cm.loose[first]
			cm.looseFirst.Add(upper)
			cm.looseSecond[upper], cm.looseAnySecond[upper] = cm.looseSecond[first], cm.looseAnySecond[first]
		}
	}
	return cm, sc.Err()
}

// mayMatchLoose reports whether matchLoose(text, i, words) may match, by
// the byte after the first word: where that is a character of ASCII other
// than white space, it must be the second word's first letter, in either
// case, when that is ASCII too. Most words of a text that start like a
// marker's first word ("der" for "de") fail here, without a call.
func mayMatchLoose(text string, i int, words []string) bool {
	j := i + len(words[0])
	if len(words) < 2 || j >= len(text) {
		return true
	}
	c, w := text[j], words[1][0]
	if c >= utf8.RuneSelf || w >= utf8.RuneSelf || asciiSpace(c) || c == w {
		return true
	}
	lower := c | 0x20
	return lower == w|0x20 && 'a' <= lower && lower <= 'z'
}

// asciiSpace reports whether c is one of the ASCII characters of
// unicode.IsSpace.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// matchLoose returns the end of marker words at text[i:], matched ignoring
// case, the words spaced or not ("v.l.n.r."), and followed by white space,
// a colon, a comma, a closing bracket or the end; -1 when they do not match.
func matchLoose(text string, i int, words []string) int {
	for k, w := range words {
		if k > 0 {
			i = textutil.SkipSpace(text, i)
		}
		if len(text)-i < len(w) || !strings.EqualFold(text[i:i+len(w)], w) {
			return -1
		}
		i += len(w)
	}
	if i < len(text) {
		if r, _ := textutil.FirstRune(text[i:]); !unicode.IsSpace(r) && !strings.ContainsRune(":,;)]", r) {
			return -1
		}
	}
	return i
}

// compactMarker removes the white space of a bracketed marker: "(v. l.)" and
// "(v.l.)" are one marker.
func compactMarker(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// captionSuggestions is the usual form of each meaning, by target language.
var captionSuggestions = map[string]map[string]string{
	"en": {"left": "(left)", "right": "(right)", "centre": "(centre)", "ltr": "from left:", "2left": "(second from left)", "2right": "(second from right)"},
	"de": {"left": "(l.)", "right": "(r.)", "centre": "(M.)", "ltr": "v. l. n. r.", "2left": "(2. v. l.)", "2right": "(2. v. r.)"},
	"fr": {"left": "(à gauche)", "right": "(à droite)", "centre": "(au centre)", "ltr": "de gauche à droite"},
	"es": {"left": "(izquierda)", "right": "(derecha)", "centre": "(centro)", "ltr": "de izquierda a derecha"},
}

func checkCaptionMarker(p *checker.Pass) error {
	lang := baseLang(p.Locale.Lang)
	if lang == "" {
		return nil
	}
	cm, err := loadCaptionMarkers()
	if err != nil {
		return err
	}
	for _, b := range p.Doc.Blocks {
		if b.Kind == textdoc.TableCell {
			continue
		}
		captionLike := b.Kind == textdoc.Caption || len(b.Words) <= captionMaxMarkerWords
		if captionLike && strings.IndexByte(b.Text, '(') >= 0 {
			for i := 0; i < len(b.Text); i++ {
				if b.Text[i] != '(' {
					continue
				}
				end := strings.IndexByte(b.Text[i:], ')')
				if end < 0 || end > 40 {
					continue
				}
				end += i + 1
				m := cm.bracketed[compactMarker(b.Text[i:end])]
				if m == nil || slices.Contains(m.langs, lang) || !afterName(b.Text, i) {
					continue
				}
				p.Report(b, textdoc.Span{Start: i, End: end}, captionMessage(m, b.Text[i:end], lang), captionSuggestions[lang][m.meaning])
				i = end - 1
			}
		}
		for i := 0; i < len(b.Text); i++ {
			// Most bytes start no marker: they are passed over eight at
			// a time.
			if i = cm.looseFirst.Skip(b.Text, i); i == len(b.Text) {
				break
			}
			first := b.Text[i]
			cands := cm.loose[first]
			if i > 0 {
				if c := b.Text[i-1] | 0x20; 'a' <= c && c <= 'z' {
					continue // inside a word, as most candidates are
				}
				if r, _ := textutil.LastRune(b.Text[:i]); !unicode.IsSpace(r) && !strings.ContainsRune("([„“\"«", r) {
					continue
				}
			}
			// An ASCII second byte must be that of a marker's first word,
			// ignoring case: "die" starts no "de ..." or "da ...".
			if i+1 < len(b.Text) && !cm.looseAnySecond[first] {
				if c := b.Text[i+1]; c < utf8.RuneSelf {
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					if strings.IndexByte(cm.looseSecond[first], c) < 0 {
						continue
					}
				}
			}
			for _, m := range cands {
				if !mayMatchLoose(b.Text, i, m.words) {
					continue
				}
				end := matchLoose(b.Text, i, m.words)
				if end < 0 {
					continue
				}
				if !slices.Contains(m.langs, lang) {
					p.Report(b, textdoc.Span{Start: i, End: end}, captionMessage(m.captionMarker, b.Text[i:end], lang), captionSuggestions[lang][m.meaning])
				}
				i = end - 1
				break
			}
		}
	}
	return nil
}

// captionMessage says what is wrong with the marker text of entry m.
func captionMessage(m *captionMarker, text, lang string) string {
	if len(m.langs) == 0 {
		return fmt.Sprintf("mangled caption marker %s", textutil.QuoteShort(text))
	}
	return fmt.Sprintf("caption marker %s of %s left in %s text", textutil.QuoteShort(text), textutil.LanguageName(m.langs[0]), textutil.LanguageName(lang))
}

// afterName reports whether the bracket at text[i] follows a capitalised
// word and one space: "Olaf Scholz (l.)", "Ursula von der Leyen (r.)".
func afterName(text string, i int) bool {
	s := text[:i]
	r, n := textutil.LastRune(s)
	if r != ' ' && r != '\u00a0' {
		return false
	}
	s = s[:len(s)-n]
	j := len(s)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			break
		}
		j -= n
	}
	first, _ := textutil.FirstRune(s[j:])
	return unicode.IsUpper(first)
}
