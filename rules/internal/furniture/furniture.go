package furniture

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

// DefaultMaxWords is the default of the max-words option.
const DefaultMaxWords = 10

// TeaserMaxWords bounds a paragraph that is a link label and a headline
// ("Also read: ..."): a headline is short, running text is not.
const TeaserMaxWords = 20

// HasLetterRune reports whether s holds a letter.
func HasLetterRune(s string) bool {
	if s != "" && 'a' <= s[0]|0x20 && s[0]|0x20 <= 'z' {
		return true // an ASCII letter first, as most words have
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// StartsLowerCase reports whether the first letter of s, after white space and
// punctuation, is lower case.
func StartsLowerCase(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// IsFurniture reports whether block b is page furniture by the built-in
// lists, so that other rules can leave it to this one. buf is scratch space
// for tokens, returned for reuse.
func IsFurniture(b *textdoc.Block, loc *textdoc.Locale, buf []FurnitureToken) (bool, []FurnitureToken) {
	if len(b.Words) == 0 || len(b.Words) > TeaserMaxWords {
		return false, buf
	}
	base, err := BoilerplatePhrases()
	if err != nil {
		return false, buf
	}
	buf = FurnitureTokens(b.Text, buf[:0])
	_, ok := base.Match(b.Text, buf, len(b.Words), DefaultMaxWords, loc)
	return ok || base.ShareBar(b.Text), buf
}

// phraseKind says how an entry of a phrase list matches a paragraph.
type phraseKind uint8

const (
	LinePhrase   phraseKind = iota // the whole paragraph, or a label and a headline
	prefixPhrase                   // the start of a short paragraph
	stampPhrase                    // the start of a short paragraph ending in a number
	creditPhrase                   // a prefix that may also end a caption ("... in Berlin. Photo: dpa")
)

// PhraseKindNames are the kinds as the lists write them, by phraseKind.
var PhraseKindNames = []string{"line", "prefix", "stamp", "credit"}

// furniturePhrase is one entry of a phrase list.
type furniturePhrase struct {
	Kind   phraseKind
	Tokens []string // lower case; "#" stands for a number, "*" for one to wildMaxTokens words
	wild   bool     // tokens hold a "*"
	Origin string   // file:line, for error messages and tests
}

// phraseSet holds phrase-list entries indexed by their first token, so that a
// paragraph is compared with the few entries that can match it.
type phraseSet struct {
	ByFirst map[string][]*furniturePhrase
	N       int

	// The words of furniture that is a shape rather than a phrase (see
	// boilerplate_shapes.go).
	homes    map[string][][]string // first items of a breadcrumb ("home", "strona główna"), by first word
	credits  map[string]bool       // last words of the credit labels ending in a colon ("photo")
	months   map[string]bool       // month names and their abbreviations, for time stamps
	sections map[string]bool       // section names a page title ends with ("culture")
	networks map[string]bool       // social networks of a share bar, folded by shareKey
	shares   map[string]bool       // other share-bar words ("share", "print", "e-mail")
}

func NewPhraseSet() *phraseSet {
	return &phraseSet{
		ByFirst:  map[string][]*furniturePhrase{},
		homes:    map[string][][]string{},
		credits:  map[string]bool{},
		months:   map[string]bool{},
		sections: map[string]bool{},
		networks: map[string]bool{},
		shares:   map[string]bool{},
	}
}

//go:embed data/boilerplate/*.txt
var BoilerplateFiles embed.FS

// BoilerplatePhrases returns the built-in phrase lists of every language,
// parsed once and never changed afterwards.
var BoilerplatePhrases = sync.OnceValues(func() (*phraseSet, error) {
	set := NewPhraseSet()
	names, err := fs.Glob(BoilerplateFiles, "data/boilerplate/*.txt")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		data, err := BoilerplateFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := set.Parse(path.Base(name), data); err != nil {
			return nil, err
		}
	}
	return set, nil
})

// Parse adds the entries of a phrase list, "KIND PHRASE" a line, "#" comments
// and blank lines ignored. The kinds line, prefix, stamp and credit are
// phrases; home, month, section, network and share are words of the shapes
// of furniture.
func (set *phraseSet) Parse(name string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, phrase, _ := strings.Cut(line, " ")
		origin := name + ":" + strconv.Itoa(n)
		if ok, err := set.addShapeWord(kind, phrase, origin); ok || err != nil {
			if err != nil {
				return err
			}
			continue
		}
		k := slices.Index(PhraseKindNames, kind)
		if k < 0 {
			return fmt.Errorf("%s: unknown kind %q (want %s, home, month, section, network or share)", origin, kind, strings.Join(PhraseKindNames, ", "))
		}
		if err := set.add(phraseKind(k), phrase, origin); err != nil {
			return err
		}
	}
	return sc.Err()
}

// add adds one phrase of kind k.
func (set *phraseSet) add(k phraseKind, phrase, origin string) error {
	toks := phraseTokens(phrase)
	if len(toks) == 0 || toks[0] == ":" {
		return fmt.Errorf("%s: empty phrase", origin)
	}
	if k == LinePhrase {
		// "also read:" and "also read" are the same entry.
		toks[len(toks)-1] = strings.TrimSuffix(toks[len(toks)-1], ":")
	}
	e := &furniturePhrase{Kind: k, Tokens: toks, wild: slices.Contains(toks, "*"), Origin: origin}
	if e.wild && (k != LinePhrase || toks[0] == "*") {
		return fmt.Errorf("%s: a \"*\" may only follow the first word of a line phrase", origin)
	}
	key := tokenKey(toks[0])
	set.ByFirst[key] = append(set.ByFirst[key], e)
	if last := toks[len(toks)-1]; k == creditPhrase && strings.HasSuffix(last, ":") {
		set.credits[strings.TrimSuffix(last, ":")] = true
	}
	set.N++
	return nil
}

// ExtraPhrases builds the phrase set of the rule's options, or nil when they
// are empty.
func ExtraPhrases(phrases, prefixes []string) (*phraseSet, error) {
	if len(phrases) == 0 && len(prefixes) == 0 {
		return nil, nil
	}
	set := NewPhraseSet()
	for _, ph := range phrases {
		if err := set.add(LinePhrase, ph, "option phrases"); err != nil {
			return nil, err
		}
	}
	for _, ph := range prefixes {
		if err := set.add(prefixPhrase, ph, "option prefixes"); err != nil {
			return nil, err
		}
	}
	return set, nil
}

// phraseTokens splits a phrase of a list into lower-case tokens, joining a
// colon set off by a space (French style) to the word before it.
func phraseTokens(phrase string) []string {
	var out []string
	for _, f := range strings.Fields(phrase) {
		f = foldToken(f)
		if isHighPunct(f) && len(out) > 0 {
			out[len(out)-1] += f
			continue
		}
		out = append(out, f)
	}
	return out
}

// FurnitureToken is one word of a paragraph as the phrase lists see it: lower
// case, with its byte span in the paragraph's text.
type FurnitureToken struct {
	Text       string
	Start, End int
}

// FurnitureTokens splits text into tokens at white space. A ";:!?" set off by
// a space joins the word before it ("Source :" becomes "source:"), a colon
// glued to the next word is split from it ("Foto:dpa"), a leading "©" stands
// alone, and bullets, arrows, quotes and closing punctuation at both ends are
// dropped. Tokens are appended to dst.
func FurnitureTokens(text string, dst []FurnitureToken) []FurnitureToken {
	toks := dst[:0]
	// Only a text with a colon or a copyright sign has tokens to split.
	split := strings.IndexByte(text, ':') >= 0 || strings.Contains(text, "：") || strings.Contains(text, "©")
	for rest := text; ; {
		f, next, _, ok := textutil.NextField(rest)
		if !ok {
			break
		}
		rest = next
		j := len(text) - len(next)
		i := j - len(f)
		switch {
		case isHighPunct(f) && len(toks) > 0:
			toks[len(toks)-1].End = j
		case split:
			toks = appendSplitToken(toks, text, i, j)
		default:
			toks = append(toks, FurnitureToken{Start: i, End: j})
		}
	}

	// Drop leading bullets, arrows and opening punctuation.
	for len(toks) > 0 {
		t := &toks[0]
		for t.Start < t.End {
			r, n := utf8.DecodeRuneInString(text[t.Start:t.End])
			if isTokenCore(r) {
				break
			}
			t.Start += n
		}
		if t.Start < t.End {
			break
		}
		toks = toks[1:]
	}
	// Drop trailing ellipses, arrows and closing punctuation, but keep a colon:
	// "Source:" is a label.
	for len(toks) > 0 {
		t := &toks[len(toks)-1]
		for t.End > t.Start {
			r, n := utf8.DecodeLastRuneInString(text[t.Start:t.End])
			if isTokenCore(r) || r == ':' || r == '：' {
				break
			}
			t.End -= n
		}
		if s := strings.TrimSpace(text[t.Start:t.End]); s != "" && s != ":" && s != "：" {
			break
		}
		toks = toks[:len(toks)-1]
	}
	// An ASCII token is folded by strings.ToLower, which only lower-cases
	// A to Z: the tokens that have a capital share one copy of the stretch
	// of text they cover with its ASCII capitals lowered, instead of a copy
	// each. Their Text stays empty until the copy is made.
	lo, hi := len(text), 0
	for k := range toks {
		t := &toks[k]
		s := text[t.Start:t.End]
		switch asciiCase(s) {
		case asciiLower:
			t.Text = s
		case asciiUpper:
			lo, hi = min(lo, t.Start), max(hi, t.End)
		default:
			t.Text = foldToken(s)
		}
	}
	if lo < hi {
		lowered := lowerASCII(text[lo:hi])
		for k := range toks {
			if t := &toks[k]; t.Text == "" && asciiCase(text[t.Start:t.End]) == asciiUpper {
				t.Text = lowered[t.Start-lo : t.End-lo]
			}
		}
	}
	return toks
}

// The answers of asciiCase.
const (
	asciiLower = iota // printable ASCII without a capital
	asciiUpper        // printable ASCII with a capital
	notASCII          // a character outside ASCII, a space or a control
)

// asciiCase says whether foldToken would leave s as it is (asciiLower),
// would only lower-case its ASCII capitals (asciiUpper), or does more.
func asciiCase(s string) int {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c <= ' ' {
			return notASCII
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if upper {
		return asciiUpper
	}
	return asciiLower
}

// lowerASCII returns s with the capitals A to Z lowered and every other
// byte as it is, so that it has the same length and offsets as s.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c-'A' < 26 {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// appendSplitToken appends the token text[i:j], split after a leading "©" and
// after a colon glued to a letter ("Foto:dpa"), but not inside "14:30".
func appendSplitToken(toks []FurnitureToken, text string, i, j int) []FurnitureToken {
	if strings.HasPrefix(text[i:j], "©") && j-i > len("©") {
		toks = append(toks, FurnitureToken{Start: i, End: i + len("©")})
		i += len("©")
	}
	for {
		k := strings.IndexByte(text[i:j], ':')
		if f := strings.Index(text[i:j], "："); f >= 0 && (k < 0 || f < k) {
			k = f
		}
		if k < 0 {
			break
		}
		c, size := utf8.DecodeRuneInString(text[i+k : j])
		if i+k+size >= j {
			break
		}
		// A full-width colon ends a Chinese or Japanese label whatever
		// follows ("来源：新华社"); an ASCII one only before a letter.
		if r, _ := utf8.DecodeRuneInString(text[i+k+size : j]); c == ':' && !unicode.IsLetter(r) {
			break
		}
		toks = append(toks, FurnitureToken{Start: i, End: i + k + size})
		i += k + size
	}
	return append(toks, FurnitureToken{Start: i, End: j})
}

// isTokenCore reports whether r may start or end a token: a letter, a digit or
// the copyright sign of a credit.
func isTokenCore(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '©'
}

// isHighPunct reports whether s is a lone mark that French sets off with a
// space.
func isHighPunct(s string) bool {
	return s == ":" || s == ";" || s == "!" || s == "?" || s == "："
}

// foldToken lower-cases s, removes white space (left by a joined French colon)
// and unifies apostrophes. A token of printable ASCII, the common case, is
// only lower-cased, without a copy when it has no capital.
func foldToken(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c <= ' ' {
			return strings.Map(foldRune, s)
		}
	}
	return strings.ToLower(s)
}

// foldRune is foldToken's mapping of one character.
func foldRune(r rune) rune {
	switch {
	case unicode.IsSpace(r):
		return -1
	case r == '’' || r == 'ʼ':
		return '\''
	case r == '：':
		return ':'
	}
	return unicode.ToLower(r)
}

// tokenKey is the index key of a token: without trailing ".,:" and, as in
// tokenEqual, without anything after a slash ("dpa/AFP" is filed under "dpa").
func tokenKey(s string) string {
	if i := strings.IndexByte(s, '/'); i > 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, ".,:")
}

// tokenEqual compares a phrase token with a paragraph token, ignoring a final
// period or comma ("Min." and "min") and anything after a slash.
func tokenEqual(phrase, tok string) bool {
	tok = strings.TrimRight(tok, ".,")
	if i := strings.IndexByte(tok, '/'); i > 0 && phrase != "#" {
		// "AP Photo/Jane Doe": a credit glued to its word.
		tok = tok[:i]
	}
	if phrase == "#" {
		return isNumberToken(tok)
	}
	return strings.TrimRight(phrase, ".,") == tok
}

// isNumberToken reports whether s is a number, date or time: "3", "12.03.2024",
// "14:30", "14h30", "3/4".
func isNumberToken(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune(".,:/-–h", r):
		default:
			return false
		}
	}
	return digit
}

// clockWords end a time stamp as well as a number does.
var clockWords = map[string]bool{
	"uhr": true, "h": true, "gmt": true, "utc": true, "cet": true, "cest": true, "mez": true, "mesz": true,
	"bst": true, "est": true, "edt": true, "pst": true, "pdt": true, "am": true, "pm": true, "a.m": true,
	"p.m": true, "ago": true, "мск": true, "msk": true,
}

// phraseMatch is an entry found at the start of a paragraph's tokens.
type phraseMatch struct {
	Phrase *furniturePhrase
	n      int  // paragraph tokens the entry covers
	teaser bool // a link label followed by a headline
}

// Quote returns the text a message quotes: the label of a teaser, else the
// paragraph without bullets and closing marks.
func (m phraseMatch) Quote(text string, toks []FurnitureToken) string {
	if m.teaser {
		return strings.TrimRight(text[toks[0].Start:toks[m.n-1].End], " :")
	}
	return text[toks[0].Start:toks[len(toks)-1].End]
}

// Match finds an entry that makes the paragraph text (split into toks, of
// words words) furniture.
func (set *phraseSet) Match(text string, toks []FurnitureToken, words, maxWords int, loc *textdoc.Locale) (phraseMatch, bool) {
	if len(toks) == 0 {
		return phraseMatch{}, false
	}
	first := set.ByFirst[tokenKey(toks[0].Text)]
	var numbered []*furniturePhrase
	if isNumberToken(strings.TrimRight(toks[0].Text, ".,")) {
		numbered = set.ByFirst["#"]
	}
	for _, cands := range [][]*furniturePhrase{first, numbered} {
		for _, e := range cands {
			if m, ok := e.matchTokens(text, toks, words, maxWords, loc); ok {
				return m, true
			}
		}
	}
	return phraseMatch{}, false
}

func (e *furniturePhrase) matchTokens(text string, toks []FurnitureToken, words, maxWords int, loc *textdoc.Locale) (phraseMatch, bool) {
	if e.wild {
		// A wildcard entry is a whole paragraph: "you can find * here".
		if words <= TeaserMaxWords && matchWild(e.Tokens, toks) {
			return phraseMatch{Phrase: e, n: len(toks)}, true
		}
		return phraseMatch{}, false
	}
	n := len(e.Tokens)
	if len(toks) < n {
		return phraseMatch{}, false
	}
	for i := 0; i < n-1; i++ {
		if !tokenEqual(e.Tokens[i], toks[i].Text) {
			return phraseMatch{}, false
		}
	}
	want, last := e.Tokens[n-1], toks[n-1].Text
	bare := strings.TrimSuffix(last, ":")
	switch e.Kind {
	case LinePhrase:
		if !tokenEqual(want, bare) {
			return phraseMatch{}, false
		}
		if len(toks) == n {
			return phraseMatch{Phrase: e, n: n}, true
		}
		// A label and the headline of the linked article. One word with a
		// colon is too often a topic ("Advertising: new rules for ...").
		labelled := n > 1 && (bare != last || isDashToken(toks[n].Text))
		if labelled && words <= TeaserMaxWords && !readsLikeText(text, toks, n, loc) {
			return phraseMatch{Phrase: e, n: n, teaser: true}, true
		}
	case prefixPhrase, stampPhrase, creditPhrase:
		if !tokenEqual(want, last) && (strings.HasSuffix(want, ":") || !tokenEqual(want, bare)) {
			return phraseMatch{}, false
		}
		if words > maxWords || readsLikeText(text, toks, n, loc) {
			return phraseMatch{}, false
		}
		if strings.HasSuffix(want, ":") && describes(toks[n:]) {
			// "Photo: the old ferry in the harbour" is a caption.
			return phraseMatch{}, false
		}
		if e.Kind == stampPhrase {
			end := strings.TrimRight(toks[len(toks)-1].Text, ".,")
			if strings.IndexFunc(end, unicode.IsDigit) < 0 && !clockWords[end] {
				return phraseMatch{}, false
			}
		}
		return phraseMatch{Phrase: e, n: n}, true
	}
	return phraseMatch{}, false
}

func isDashToken(s string) bool {
	return s == "-" || s == "–" || s == "—" || s == "|" || s == "»" || s == ">"
}

// readsLikeText reports whether the paragraph, after its first n tokens,
// holds a sentence end followed by more text: "Source: the ministry said.
// It added ..." is prose, "Photo: J. Smith/Reuters" and "Fot. PAP" are not.
func readsLikeText(text string, toks []FurnitureToken, n int, loc *textdoc.Locale) bool {
	// Chinese and Japanese sentences end inside a token.
	rest := strings.TrimRightFunc(text[toks[n-1].End:], func(r rune) bool { return !isTokenCore(r) })
	if strings.ContainsAny(rest, "。！？") {
		return true
	}
	for i := n; i < len(toks)-1; i++ {
		w := strings.TrimRight(text[toks[i].Start:toks[i].End], "\"”»’')]")
		r, size := utf8.DecodeLastRuneInString(w)
		switch r {
		case '!', '?':
			return true
		case '.':
			word := w[:len(w)-size]
			if start := strings.LastIndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }); start >= 0 {
				word = word[start+1:]
			}
			if utf8.RuneCountInString(word) >= 2 && word != strings.ToUpper(word) && !loc.Abbreviations[strings.ToLower(word)] {
				return true
			}
		}
	}
	return false
}

// descriptionWords are articles, prepositions and conjunctions of the
// supported languages. Name particles ("de", "van", "von", "da") are left
// out, but for the Dutch article "de": a credit names people and agencies.
var descriptionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		the a an in on at with from during after before near and is are was were
		der die das den dem des ein eine einer im am beim mit bei nach während und ist sind war
		le la les l' un une des du au aux dans en sur avec lors pendant et est sont
		el los las unos unas con durante tras y es son
		il lo gli uno una nel nella nei sul sulla e è
		o os as um uma no na nos nas em com são
		het een de op bij met tijdens
		w we na z ze podczas i jest są
		в во на с со у при и это
		із зі під і це`) {
		m[w] = true
	}
	return m
}()

// describes reports whether the words after a label describe something
// rather than credit someone: two or more function words ("the old ferry in
// the harbour") make a caption; "J. Smith for Reuters" is a credit.
func describes(toks []FurnitureToken) bool {
	n := 0
	for _, t := range toks {
		if descriptionWords[strings.TrimRight(t.Text, ".,")] {
			n++
		}
	}
	return n >= 2
}
