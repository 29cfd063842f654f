package rules

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/internal/fixture"
	"github.com/mtlint/mtlint/rules/internal/furniture"
)

// TestBoilerplateData keeps the phrase lists parseable, free of duplicates
// and present for every language the rule promises.
func TestBoilerplateData(t *testing.T) {
	if _, err := furniture.BoilerplatePhrases(); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(furniture.BoilerplateFiles, "data/boilerplate/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, name := range names {
		lang := strings.TrimSuffix(path.Base(name), ".txt")
		have[lang] = true
		data, err := furniture.BoilerplateFiles.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		set := furniture.NewPhraseSet()
		if err := set.Parse(path.Base(name), data); err != nil {
			t.Fatal(err)
		}
		want := 40
		switch lang {
		case "zh", "ja", "agencies", "share":
			want = 20
		}
		if set.N < want {
			t.Errorf("%s: %d entries, want at least %d", name, set.N, want)
		}
		seen := map[string]string{}
		for _, entries := range set.ByFirst {
			for _, e := range entries {
				key := furniture.PhraseKindNames[e.Kind] + " " + strings.Join(e.Tokens, " ")
				if other, dup := seen[key]; dup {
					t.Errorf("%s: %q repeats %s", e.Origin, key, other)
				}
				seen[key] = e.Origin
			}
		}
	}
	for _, lang := range []string{"en", "de", "fr", "es", "it", "ru", "pt", "nl", "pl", "uk", "zh", "ja"} {
		if !have[lang] {
			t.Errorf("no phrase list for %s", lang)
		}
	}
}

func TestPhraseListErrors(t *testing.T) {
	for _, data := range []string{"word also read", "line", "prefix :", "also read"} {
		if err := furniture.NewPhraseSet().Parse("x.txt", []byte(data)); err == nil {
			t.Errorf("parse(%q): no error", data)
		}
	}
	if err := furniture.NewPhraseSet().Parse("x.txt", []byte("# comment\n\nline also read\nprefix source:\n")); err != nil {
		t.Errorf("valid list: %v", err)
	}
}

func TestFurnitureTokens(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // tokens joined by "|"
	}{
		{"also read", "also|read"},
		{"► Also read …", "also|read"},
		{"Lire aussi :", "lire|aussi:"},
		{"Temps de lecture : 2 min", "temps|de|lecture:|2|min"},
		{"Source: AP.", "source:|ap"},
		{"Foto:dpa", "foto:|dpa"},
		{"Stand: 14:30 Uhr", "stand:|14:30|uhr"},
		{"©Reuters", "©|reuters"},
		{"« À lire aussi »", "à|lire|aussi"},
		{"Partager l’article", "partager|l'article"},
		{"— ", ""},
		{"READ MORE: Talks fail", "read|more:|talks|fail"},
		{"来源：新华社", "来源:|新华社"},
		{"发布时间：2024年5月14日", "发布时间:|2024年5月14日"},
	} {
		var got []string
		for _, tok := range furniture.FurnitureTokens(tc.text, nil) {
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("furnitureTokens(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestBoilerplateMatch runs the built-in lists over single paragraphs.
func TestBoilerplateMatch(t *testing.T) {
	set, err := furniture.BoilerplatePhrases()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"also read", true},
		{"Also read:", true},
		{"Read also: Talks in Geneva end without a deal", true},
		{"Lesen Sie auch – Nato weist Forderungen zurück", true},
		{"Mehr zum Thema", true},
		{"À lire aussi…", true},
		{"Читайте также", true},
		{"Source: AP", true},
		{"Photo: J. Smith/Reuters", true},
		{"Fot. Jan Nowak/PAP", true},
		{"Crédit photo : AFP", true},
		{"Reading time: 3 minutes", true},
		{"4 min read", true},
		{"4 Min. Lesezeit", true},
		{"Aktualisiert am 12. März 2024, 14:30 Uhr", true},
		{"Updated on 3 May 2024", true},
		{"Share on Facebook", true},
		{"We use cookies to improve your experience.", true},
		{"© Reuters 2024", true},
		{"Advertisement", true},
		{"source site", true},
		{"AP Photo/Jane Doe", true},
		{"来源：新华社", true},
		{"相关阅读", true},
		{"写真：共同", true},
		{"来源：新华社。记者从会上获悉", false},
		{"广告费用上涨", false},

		{"Readers can read more on the council's website.", false},
		{"Read more about the plan on page 4", false},
		{"Source code for the app was published on Tuesday", false},
		{"Sources say the deal is close", false},
		{"Photo exhibition opens in Hamburg", false},
		{"Source: the ministry said on Monday. It gave no details.", false},
		{"Source: a long line that names the ministry, the agency, the office and the year", false},
		{"Updated on 3 May, the plan adds two more ferries", false},
		{"Updated: adds the mayor's comments", false},
		{"Updated: May 14, 2024", true},
		{"Stand: 14.05.2024", true},
		{"Stand: Die Fähre fährt wieder", false},
		{"发布时间：2024年5月14日", true},
		{"Also read the report before the vote, she said.", false},
		{"Stand der Dinge: Die Fähre fährt", false},
		{"See also", false},
		{"Background", false},
		{"Published reports suggest a rise", false},
		{"Advertising: new rules for influencers", false},
		{"Publicité : le gouvernement durcit les règles", false},
		{"Share prices fell 3 percent on Monday", false},
		{"Anzeige gegen Unbekannt erstattet", false},
		{"Credit Suisse shares fell sharply", false},
		{"Sponsored by the city, the festival returns in May", false},
		{"Photo: the old ferry in the harbour in 1998.", false},
		{"Foto: Die alte Fähre im Hafen von Kiel, 1998", false},
		{"Photo : le vieux bac dans le port en 1998.", false},
		{"Photo: Anna Berg for The New York Times", true},
		{"Foto: Luis de Vries/ANP", true},
		{"Photo: courtesy of the family", true},
	} {
		toks := furniture.FurnitureTokens(tc.text, nil)
		_, got := set.Match(tc.text, toks, len(textdoc.SplitWords(tc.text)), furniture.DefaultMaxWords, textdoc.LocaleFor("en"))
		if got != tc.want {
			t.Errorf("match(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBoilerplateOptions checks that the phrases and prefixes options add
// entries, as a configuration file will.
func TestBoilerplateOptions(t *testing.T) {
	text := "The council met on Tuesday.\n\nTop stories\n\nBildrechte: Stadt Kiel\n\nThe vote was 9 to 2."
	run := func(opts map[string]string) int {
		eng, err := checker.NewEngine([]*checker.Rule{Boilerplate}, checker.Config{Options: map[string]map[string]string{"boilerplate": opts}})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := read.Parse("a.txt", []byte(text), textdoc.FormatText, "en")
		if err != nil {
			t.Fatal(err)
		}
		fs, err := eng.Check(doc)
		if err != nil {
			t.Fatal(err)
		}
		return len(fs)
	}
	if n := run(nil); n != 0 {
		t.Errorf("no options: %d findings, want 0", n)
	}
	if n := run(map[string]string{"phrases": "Top stories, Zum Weiterlesen", "prefixes": "Bildrechte:"}); n != 2 {
		t.Errorf("with options: %d findings, want 2", n)
	}
}

// benchmarkDoc builds a document of about 1,300 words from the English rule
// fixtures.
func benchmarkDoc(b *testing.B) *textdoc.Document {
	b.Helper()
	paths, err := filepath.Glob("../testdata/rules/*/en.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no English fixtures: %v", err)
	}
	var parts []string
	for _, path := range paths {
		parts = append(parts, readFixtureContent(b, path))
	}
	text := strings.Join(parts, "\n\n")
	for len(strings.Fields(text)) < 1300 {
		text += "\n\n" + strings.Join(parts, "\n\n")
	}
	doc, err := read.Parse("bench.txt", []byte(text), textdoc.FormatText, "en")
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

func readFixtureContent(b *testing.B, path string) string {
	f, err := fixture.Read(path)
	if err != nil {
		b.Fatal(err)
	}
	return string(f.Content)
}

func benchmarkRule(b *testing.B, r *checker.Rule) {
	doc := benchmarkDoc(b)
	eng, err := checker.NewEngine([]*checker.Rule{r}, checker.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(doc.Content)))
	for b.Loop() {
		if _, err := eng.Check(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBoilerplate(b *testing.B) { benchmarkRule(b, Boilerplate) }

// checkKinds parses paragraphs as plain text, gives the blocks the kinds
// wanted (plain text knows only paragraphs) and returns rule r's findings.
func checkKinds(t *testing.T, r *checker.Rule, paras []string, kinds []textdoc.BlockKind) []checker.Finding {
	t.Helper()
	return checkKindsIn(t, r, textdoc.FormatText, paras, kinds)
}

// checkKindsIn is checkKinds for a given input format.
func checkKindsIn(t *testing.T, r *checker.Rule, format textdoc.Format, paras []string, kinds []textdoc.BlockKind) []checker.Finding {
	t.Helper()
	doc, err := read.Parse("a.txt", []byte(strings.Join(paras, "\n\n")), format, "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != len(kinds) {
		t.Fatalf("%d blocks, want %d", len(doc.Blocks), len(kinds))
	}
	for i, k := range kinds {
		doc.Blocks[i].Kind = k
	}
	eng, err := checker.NewEngine([]*checker.Rule{r}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := eng.Check(doc)
	if err != nil {
		t.Fatal(err)
	}
	checker.Resolve(doc, fs)
	return fs
}

// TestBoilerplateKinds: credits belong in captions and tables; link labels
// belong nowhere.
func TestBoilerplateKinds(t *testing.T) {
	C, T, H := textdoc.Caption, textdoc.TableCell, textdoc.Heading
	for _, tc := range []struct {
		text string
		kind textdoc.BlockKind
		want int
	}{
		{"Photo: dpa", C, 0},
		{"Source: AP", T, 0},
		{"Also read", C, 1},
		{"Read more", H, 1},
		{"Photo: dpa", H, 1},
	} {
		if fs := checkKinds(t, Boilerplate, []string{tc.text}, []textdoc.BlockKind{tc.kind}); len(fs) != tc.want {
			t.Errorf("%q as %v: %d findings, want %d", tc.text, tc.kind, len(fs), tc.want)
		}
	}
}

// TestBoilerplateLines: a credit on the line under a caption is found, the
// wrapped rest of a sentence is not.
func TestBoilerplateLines(t *testing.T) {
	for _, tc := range []struct {
		text string
		line int // 0 for none
	}{
		{"Jets over Lithuania on Monday\nSource: AP", 2},
		{".\nsource site", 2},
		{"Also read\nTalks in Geneva end without a deal", 1},
		{"The exhibition shows the harbour as seen in an old\nphoto by the ferry captain's grandson.", 0},
		{"Readers who want to\nread more can visit the council's website.", 0},
		{"Source: the ministry said on Monday that the figures were\nrevised in March after a second count.", 0},
		{"Also read\nthe report before the vote, the mayor told residents.", 0},
	} {
		// Markdown keeps soft-wrapped lines in one paragraph (plain text reads
		// lines that are not hard-wrapped as paragraphs of their own).
		fs := checkKindsIn(t, Boilerplate, textdoc.FormatMarkdown, []string{tc.text, "The council meets again in June."}, []textdoc.BlockKind{textdoc.Paragraph, textdoc.Paragraph})
		switch {
		case tc.line == 0 && len(fs) > 0:
			t.Errorf("%q: unexpected finding on line %d", tc.text, fs[0].Line)
		case tc.line > 0 && (len(fs) != 1 || fs[0].Line != tc.line):
			t.Errorf("%q: %d findings, want one on line %d", tc.text, len(fs), tc.line)
		}
	}
}
