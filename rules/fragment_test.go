package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules/internal/textutil"
)

func TestIsAbbreviationToken(t *testing.T) {
	de := textdoc.LocaleFor("de").Abbreviations
	own := fragmentAbbreviations.lang("de")
	for _, tc := range []struct {
		tok  string
		want bool
	}{
		{"z.B", true},   // dotted
		{"e.g", true},   // dotted
		{"3", true},     // ordinal "am 3. Juni"
		{"2024", true},  // a year
		{"B", true},     // initial, "z. B."
		{"M", true},     // "M. Macron"
		{"II", true},    // "Wilhelm II."
		{"XVI", true},   // "Benedikt XVI."
		{"UU", true},    // "EE. UU."
		{"bzw", true},   // no vowel
		{"Nr", true},    // no vowel
		{"см", true},    // Cyrillic, no vowel
		{"ca", true},    // list
		{"Mio", true},   // list
		{"evtl", true},  // list
		{"usw", true},   // list
		{"inkl", true},  // list
		{"Haus", false}, // a word
		{"time", false},
		{"werden", false},
		{"USA", false}, // an acronym ends sentences
		{"Leben", false},
	} {
		if got := textutil.IsAbbreviationToken(tc.tok, de, own); got != tc.want {
			t.Errorf("isAbbreviationToken(%q) = %v, want %v", tc.tok, got, tc.want)
		}
	}
}

func TestMayStartSentence(t *testing.T) {
	for _, tc := range []struct {
		token string
		want  bool
	}{
		{"are", true},
		{"die", true},
		{"appartiennent", true},
		{"iPhone", false},           // inner capital
		{"eBay-Verkäufer", false},   // inner capital
		{"example.com", false},      // domain
		{"news@example.org", false}, // e-mail
		{"file_name.txt", false},
		{"mp3", false},  // digits
		{"dpa", false},  // agency
		{"npm", false},  // no vowel
		{"word,", true}, // trailing punctuation is not part of the token
	} {
		word := textutil.LeadingWord(tc.token)
		if got := mayStartSentence(word, tc.token); got != tc.want {
			t.Errorf("mayStartSentence(%q) = %v, want %v", tc.token, got, tc.want)
		}
	}
}

func TestStartsName(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"von der Leyen sagte", true},
		{"de Gaulle a dit", true},
		{"van der Bellen", true},
		{"al-Assad said", true},
		{"de son côté", false},
		{"der Hafen", false},
		{"el Gobierno", false},
		{"al Gobierno", false},
		{"la France", false},
		{"von", false},
		{"are under", false},
	} {
		if got := textutil.StartsName(tc.s); got != tc.want {
			t.Errorf("startsName(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestSpeechTagAhead(t *testing.T) {
	verbs := speechVerbs.all()
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"she said, and left", true},
		{"a-t-il déclaré avant", true},
		{"dit-il.", true},
		{"fragte sie", true},
		{"are under French command and said", false}, // beyond three words
		{"are under French command", false},
	} {
		if got := speechTagAhead(tc.s, verbs); got != tc.want {
			t.Errorf("speechTagAhead(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestFragmentCases runs the rule over small documents: one finding or none.
func TestFragmentCases(t *testing.T) {
	eng, err := checker.NewEngine([]*checker.Rule{Fragment}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, text string
		want       int
	}{
		{"en", "He said: “We can move in a short time.” are under French command.", 1},
		{"sv", "He said: “We can move in a short time.” are under French command.", 1},
		{"sv", "The ministry confirmed it. the port declined to comment.", 0}, // no lists: quote needed
		{"en", "The ministry confirmed it. the port declined to comment.", 1},
		{"en", "The ministry confirmed it.\nthe port declined to comment.", 0}, // line break
		{"en", "Work starts at 7 a.m. on weekdays, i.e. early.", 0},
		{"en", "Costs rose 3.5 percent. See example.com. for details.", 0},
		{"en", "He waited... and waited. Then he left.", 0},
		{"en", "“Really?” she asked.", 0},
		{"en", "“It’s over.” she said.", 0},
		{"en", "The plan was signed by the mayor and.", 1},
		{"en", "It is unclear what it belongs to.", 0},
		{"en", "It was anything but.", 0},
		{"en", "Choose x and y. Then add them.", 0},
		{"en", "The plan was signed by the mayor and", 1}, // paragraph end
		{"en", "Rock and", 0}, // too short to judge
		{"de", "Die Reederei glaubt das.", 0},
		{"de", "Das stimmt doch, oder.", 0},
		{"en", "The plan was signed by the mayor and\nthe council on Friday.", 0}, // hard-wrapped lines
		{"en", "Dec. 3 was set. The plan is due in Sept. and will cost approx. $5 million.", 0},
		{"de", "Es gab Kaffee, Kuchen und und und.", 0},
		{"de", "Gebaut wird vom 3. bis 5. Juli, u. a. nachts.", 0},
		{"de", "Kaiser Wilhelm II. ließ den Kai bauen.", 0},
		{"fr", "« C’est fini. » a-t-il déclaré.", 0},
		{"fr", "Le maire a tranché : « Signez-le. »", 0},
		{"ja", "港口管理局推迟新码头投票。eBay也宣布。", 0},
	} {
		doc, err := read.Parse("case.txt", []byte(tc.text), textdoc.FormatText, tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		fs, err := eng.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != tc.want {
			t.Errorf("%s %q: got %d findings %v, want %d", tc.lang, tc.text, len(fs), fs, tc.want)
		}
	}
}

// TestStubLine checks the short lower-case line only between paragraphs.
func TestStubLine(t *testing.T) {
	eng, err := checker.NewEngine([]*checker.Rule{Fragment}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line string
		want int
	}{
		{"abroad Harbour dispute", 1},
		{"combo tank Anna Berg", 1},
		{"also something here", 1},     // all lower case between capitalised prose
		{"also read", 0},               // furniture: left to boilerplate
		{"by Jane Doe", 0},             // byline
		{"dpa Michael Berg", 0},        // agency
		{"eBay Kleinanzeigen", 0},      // inner capital
		{"photo Anna Berg/Reuters", 0}, // slash
		{"#Ukraine #Nato", 0},          // hashtags
		{"abroad Harbour dispute.", 0}, // final punctuation
		{"one two three four five Six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen", 0}, // too long
		{"Harbour dispute", 0},            // capitalised
		{"picture alliance Anna Berg", 0}, // photo agency
	} {
		text := "Port board delays vote\n\n" + tc.line + "\n\nThe board postponed the vote on Tuesday.\n"
		if tc.want == 1 {
			// The same line inside hard-wrapped text is no stub.
			wrapped := "Port board delays vote\n" + tc.line + "\nthe board postponed the vote on Tuesday.\n"
			doc, _ := read.Parse("case.txt", []byte(wrapped), textdoc.FormatText, "en")
			if fs, _ := eng.Check(doc); len(fs) != 0 {
				t.Errorf("%q before a lower-case line: got %v, want no finding", tc.line, fs)
			}
		}
		doc, err := read.Parse("case.txt", []byte(text), textdoc.FormatText, "en")
		if err != nil {
			t.Fatal(err)
		}
		fs, err := eng.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != tc.want {
			t.Errorf("%q: got %d findings %v, want %d", tc.line, len(fs), fs, tc.want)
		}
	}
}

// FuzzFragmentRepeatedWord checks that the rules never fail and report spans
// inside the document on rune boundaries.
func FuzzFragmentRepeatedWord(f *testing.F) {
	for _, dir := range []string{"fragment", "repeated-word"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", dir, "*.txt"))
		for _, path := range files {
			if data, err := os.ReadFile(path); err == nil {
				f.Add(string(data), filepath.Base(path)[:2])
			}
		}
	}
	f.Add("a. b", "en")
	f.Add("x.” y", "")
	eng, err := checker.NewEngine([]*checker.Rule{Fragment, RepeatedWord}, checker.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		doc, err := read.Parse("fuzz.txt", []byte(text), textdoc.FormatText, lang)
		if err != nil {
			return
		}
		fs, err := eng.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range fs {
			if fd.Offset < 0 || fd.EndOffset > len(text) || fd.Offset > fd.EndOffset {
				t.Fatalf("span %d..%d out of range", fd.Offset, fd.EndOffset)
			}
			if !utf8.ValidString(text) {
				continue
			}
			if !utf8.RuneStart(text[fd.Offset]) || fd.EndOffset < len(text) && !utf8.RuneStart(text[fd.EndOffset]) {
				t.Fatalf("span %d..%d not on rune boundaries", fd.Offset, fd.EndOffset)
			}
		}
	})
}

// TestBlockStartsIndex checks the index of first words against a direct
// count over the blocks.
func TestBlockStartsIndex(t *testing.T) {
	doc, err := read.Parse("t.md", []byte("# groupcache notes\n\ngroupcache is a library for caching.\n\nthe cache is shared by all peers.\n\nthe peers talk over HTTP.\n\nthe end is near.\n"), textdoc.FormatMarkdown, "en")
	if err != nil {
		t.Fatal(err)
	}
	var starts blockStarts
	for i, b := range doc.Blocks {
		if len(b.Words) == 0 {
			continue
		}
		word := b.WordText(0)
		want, n := false, 0
		for j, o := range doc.Blocks {
			if j == i || len(o.Words) == 0 {
				continue
			}
			if o.WordText(0) == word {
				n++
			}
			if o.Kind == textdoc.Heading && strings.Contains(" "+o.Text+" ", " "+word+" ") {
				want = true
			}
		}
		want = want || n >= 2
		if b.Kind != textdoc.Heading {
			if got := starts.otherBlock(doc, i, word); got != want {
				t.Errorf("block %d %q: otherBlock = %v, want %v", i, word, got, want)
			}
		}
	}
}
