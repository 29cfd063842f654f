package read

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/read/bilingual"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// rawOf returns the file bytes a span of block b maps to.
func rawOf(content string, b *textdoc.Block, s textdoc.Span) string {
	return content[b.Raw(s.Start):b.RawEnd(s.End)]
}

// wordSpan returns the span of the first occurrence of word in b.Text.
func wordSpan(t *testing.T, b *textdoc.Block, word string) textdoc.Span {
	t.Helper()
	i := strings.Index(b.Text, word)
	if i < 0 {
		t.Fatalf("%q not in %q", word, b.Text)
	}
	return textdoc.Span{Start: i, End: i + len(word)}
}

func TestParseXLIFFUnits(t *testing.T) {
	const head12 = `<?xml version="1.0"?>` + "\n" + `<xliff version="1.2"><file source-language="de" target-language="en"><body>` + "\n"
	const tail12 = "\n</body></file></xliff>\n"
	tests := []struct {
		name, content string
		opts          ParseOptions
		want          []string // unitTexts
		lang, srcLang string
	}{
		{"1.2 plain", head12 + `<trans-unit id="a"><source>Guten Tag</source><target>Good day</target></trans-unit>` + tail12,
			ParseOptions{}, []string{"a: Guten Tag => Good day"}, "en", "de"},
		{"options win over the file", head12 + `<trans-unit id="a"><source>Guten Tag</source><target>Bonjour</target></trans-unit>` + tail12,
			ParseOptions{Lang: "fr", SourceLang: "nl"}, []string{"a: Guten Tag => Bonjour"}, "fr", "nl"},
		{"unit without id", head12 + "\n\n<trans-unit><source>Ja</source><target>Yes</target></trans-unit>" + tail12,
			ParseOptions{}, []string{"line 5: Ja => Yes"}, "en", "de"},
		{"groups nest", head12 + `<group id="g"><group><trans-unit id="a"><source>Ja</source><target>Yes</target></trans-unit></group></group>` + tail12,
			ParseOptions{}, []string{"a: Ja => Yes"}, "en", "de"},
		{"white space with a line break collapses", head12 + "<trans-unit id=\"a\"><source>Ein\r\n   Satz</source><target>\n  A  \n  sentence \n</target></trans-unit>" + tail12,
			ParseOptions{}, []string{"a: Ein Satz => A sentence"}, "en", "de"},
		{"xml:space preserve keeps it", head12 + "<trans-unit id=\"a\" xml:space=\"preserve\"><source>Ein\n Satz</source><target>A\n sentence</target></trans-unit>" + tail12,
			ParseOptions{}, []string{"a: Ein\n Satz => A\n sentence"}, "en", "de"},
		{"translate=no skipped", head12 + `<trans-unit id="a" translate="no"><source>ACME</source><target>ACME</target></trans-unit>` + tail12,
			ParseOptions{}, nil, "en", "de"},
		{"empty source skipped", head12 + `<trans-unit id="a"><source> </source><target>x</target></trans-unit>` + tail12,
			ParseOptions{}, nil, "en", "de"},
		{"byte order mark", "\xef\xbb\xbf" + head12 + `<trans-unit id="a"><source>Ja</source><target>Yes</target></trans-unit>` + tail12,
			ParseOptions{}, []string{"a: Ja => Yes"}, "en", "de"},
		{"2.0 segments", `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-CA" trgLang="en-US"><file id="f"><unit id="u">` +
			`<segment><source>Oui.</source><target>Yes.</target></segment><segment id="b"><source>Non.</source></segment></unit></file></xliff>`,
			ParseOptions{}, []string{"u/1: Oui. => Yes.", "u/b: Non. => <none>"}, "en", "fr"},
		{"2.1 with a module element inside the source", `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" version="2.1" srcLang="en" trgLang="de"><file id="f"><unit id="u">` +
			`<segment><source>Hello <pc id="1" fs:fs="b">world</pc></source><target>Hallo <pc id="1">Welt</pc></target></segment></unit></file></xliff>`,
			ParseOptions{}, []string{"u: Hello world => Hallo Welt"}, "de", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseWith("a.xlf", []byte(tt.content), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := unitTexts(doc); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("units:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if doc.Lang != tt.lang || doc.SourceLang != tt.srcLang {
				t.Errorf("languages %q -> %q, want %q -> %q", doc.SourceLang, doc.Lang, tt.srcLang, tt.lang)
			}
			checkUnitSpans(t, doc)
		})
	}
}

func TestXLIFFOffsets(t *testing.T) {
	src := `<xliff version="1.2"><file source-language="de" target-language="en"><body>
<trans-unit id="1">
<source>Er sagte &#8222;Ja&#8220; zu <g id="1">Plan B</g>.</source>
<target state="needs-review-translation">He said &quot;yes&quot; to <g id="1">plan <x id="2"/> B</g>.</target>
<note>Check the quotes.</note>
</trans-unit>
</body></file></xliff>`
	doc, err := ParseWith("a.xlf", []byte(src), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	u := doc.Units[0]
	if !u.Fuzzy || len(u.Notes) != 1 || u.Notes[0] != "Check the quotes." {
		t.Errorf("fuzzy %v, notes %q", u.Fuzzy, u.Notes)
	}
	b := u.Target
	if b.Text != "He said \"yes\" to plan \uFFFC B." {
		t.Fatalf("target text %q", b.Text)
	}
	if got := rawOf(src, b, wordSpan(t, b, "yes")); got != "yes" {
		t.Errorf("yes maps to %q", got)
	}
	if got := rawOf(src, b, wordSpan(t, b, "\"yes\"")); got != "&quot;yes&quot;" {
		t.Errorf("quoted yes maps to %q", got)
	}
	if got := rawOf(src, b, wordSpan(t, b, "\uFFFC")); got != `<x id="2"/>` {
		t.Errorf("placeholder maps to %q", got)
	}
	if got := rawOf(src, b, wordSpan(t, b, "B.")); got != "B</g>." {
		t.Errorf("B. maps to %q", got)
	}
	wantTags := []textdoc.Tag{{Name: "g", ID: "1", Span: wordSpan(t, b, "plan \uFFFC B")}, {Name: "x", ID: "2", Span: wordSpan(t, b, "\uFFFC")}}
	if len(u.TargetTags) != 2 || u.TargetTags[0] != wantTags[0] || u.TargetTags[1] != wantTags[1] {
		t.Errorf("target tags %v, want %v", u.TargetTags, wantTags)
	}
	if len(b.Verbatim()) != 1 || b.Verbatim()[0] != wantTags[1].Span {
		t.Errorf("verbatim %v, want the placeholder", b.Verbatim())
	}
	if got := rawOf(src, u.Source, wordSpan(t, u.Source, "„Ja“")); got != "&#8222;Ja&#8220;" {
		t.Errorf("source quote maps to %q", got)
	}
	if line, _ := doc.Lines().Position(b.Start()); line != 4 {
		t.Errorf("target on line %d, want 4", line)
	}
}

func TestBilingualParseErrors(t *testing.T) {
	tests := []struct {
		name, path, content, want string
	}{
		{"billion laughs", "a.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY a \"aaaa\">\n<!ENTITY b \"&a;&a;&a;\">\n]>\n<xliff/>", "line 2: DOCTYPE declares entities"},
		{"external entity", "a.tmx", "<!DOCTYPE tmx [<!ENTITY e SYSTEM \"http://example.org/x\">]><tmx><body/></tmx>", "line 1: DOCTYPE declares entities"},
		{"undefined entity", "a.xlf", "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>&x;</source></trans-unit></body></file></xliff>", "line 2: invalid character entity &x;"},
		{"wrong root", "a.xlf", "<?xml version=\"1.0\"?>\n<html><p>x</p></html>", "line 2: root element is <html>, want <xliff>"},
		{"empty xliff file", "a.xlf", "", "no <xliff> element"},
		{"unclosed", "a.xlf", "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>Ja", "line 2: unexpected EOF"},
		{"mismatched tag", "a.xliff", "<xliff>\n<file>\n<unit id=\"1\"><segment><source>A</target>", "line 3: element <source> closed by </target>"},
		{"too deep", "a.xlf", "<xliff><file><body><trans-unit id=\"1\"><source>" + strings.Repeat("<g>", 2000) + "x" + strings.Repeat("</g>", 2000) + "</source></trans-unit></body></file></xliff>", "nested deeper than 1000"},
		{"tmx without tmx", "a.tmx", "<xliff/>", "root element is <xliff>, want <tmx>"},
		{"tmx several targets", "a.tmx", "<tmx><header srclang=\"de\"/><body>\n<tu><tuv xml:lang=\"de\"><seg>Ja</seg></tuv><tuv xml:lang=\"en\"><seg>Yes</seg></tuv><tuv xml:lang=\"fr\"><seg>Oui</seg></tuv></tu></body></tmx>", "line 2: translation unit in several target languages"},
		{"po unclosed string", "a.po", "msgid \"a\"\nmsgstr \"b\n", "line 2: string not closed"},
		{"po text after string", "a.po", "msgid \"a\" x\nmsgstr \"b\"\n", "line 1: text after the closing quote"},
		{"po bad escape", "a.po", "msgid \"a\\q\"\nmsgstr \"b\"\n", "line 1: unknown escape \\q"},
		{"po msgid without msgstr", "a.po", "msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"\n", "line 1: msgid without msgstr"},
		{"po msgstr first", "a.po", "msgstr \"b\"\n", "line 1: msgstr out of place"},
		{"po stray continuation", "a.po", "\"b\"\n", "line 1: string continues no msgid or msgstr"},
		{"po unknown keyword", "a.po", "msgid \"a\"\nmsgtxt \"b\"\n", "line 2: unexpected \"msgtxt \\\"b\\\"\""},
		{"po keyword without string", "a.po", "msgid \"a\"\nmsgstr\n", "line 2: msgstr needs a quoted string"},
		{"po mixed plural", "a.po", "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"\nmsgstr[0] \"c\"\n", "line 3: both msgstr and msgstr[n]"},
		{"po bad plural index", "a.po", "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[x] \"b\"\n", "line 3: bad plural index"},
		{"po lone msgctxt", "a.po", "msgctxt \"menu\"\n\nmsgid \"a\"\nmsgstr \"b\"\n", "line 1: msgctxt without msgid"},
		// Text no check would read is an error, not silently dropped.
		{"xliff two targets", "a.xlf", "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"7\"><source>Ja</source><target>Yes</target>\n<target>No</target></trans-unit></body></file></xliff>", "line 3: trans-unit \"7\" has a second <target>"},
		{"xliff two sources", "a.xlf", "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"7\"><source>Ja</source><source>Nein</source><target>Yes</target></trans-unit></body></file></xliff>", "trans-unit \"7\" has a second <source>"},
		{"xliff target without source", "a.xlf", "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"8\"><target>Yes</target></trans-unit></body></file></xliff>", "trans-unit \"8\" has a <target> but no <source>"},
		{"xliff 2 two targets", "a.xliff", "<xliff version=\"2.0\"><file><unit id=\"1\"><segment><source>Ja</source><target>Yes</target><target>No</target></segment></unit></file></xliff>", "segment has a second <target>"},
		{"xliff 2 target without source", "a.xliff", "<xliff version=\"2.0\"><file><unit id=\"1\"><segment><target>Yes</target></segment></unit></file></xliff>", "segment has a <target> but no <source>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseWith(tt.path, []byte(tt.content), ParseOptions{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestTMXDuplicateTargetVariant: with the target language given, a unit
// with two variants in it is an error, not one of them checked.
func TestTMXDuplicateTargetVariant(t *testing.T) {
	tmx := "<tmx><header srclang=\"de\"/><body>\n<tu><tuv xml:lang=\"de\"><seg>Ja</seg></tuv><tuv xml:lang=\"en\"><seg>Yes</seg></tuv><tuv xml:lang=\"en\"><seg>No</seg></tuv></tu></body></tmx>"
	_, err := ParseWith("a.tmx", []byte(tmx), ParseOptions{Lang: "en"})
	if err == nil || !strings.Contains(err.Error(), "line 2: translation unit has more than one variant in en") {
		t.Errorf("err = %v, want the second en variant named", err)
	}
}

func TestParsePOUnits(t *testing.T) {
	src := "# comment\n" +
		"msgid \"\"\n" +
		"msgstr \"Language: de_AT\\n\"\n" +
		"\n" +
		"#. extracted\n" +
		"#, fuzzy, c-format\n" +
		"#| msgid \"old\"\n" +
		"msgctxt \"menu\"\n" +
		"msgid \"Open\"\n" +
		"msgstr \"Öffnen\"\n" +
		"msgid \"one file\"\n" + // a new entry without a blank line
		"msgid_plural \"%d files\"\n" +
		"msgstr[1] \"%d Dateien\"\n" +
		"msgstr[0] \"eine Datei\"\n" +
		"\n" +
		"msgid \"Tab\\there \\\"q\\\" \\\\ \\101\\x42 \\303\"\n" +
		"msgstr \"\"\n" +
		"\"Tab\\tda \"\n" +
		"\"\\\"q\\\"\"\n" +
		"\n" +
		"#~ msgid \"gone\"\n" +
		"#~ msgstr \"weg\"\n"
	doc, err := ParseWith("a.po", []byte(src), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"menu\x04Open: Open => Öffnen",
		"one file[0]: one file => eine Datei",
		"one file[1]: %d files => %d Dateien",
		"Tab\there \"q\" \\ AB \\303: Tab\there \"q\" \\ AB \\303 => Tab\tda \"q\"",
	}
	if got := unitTexts(doc); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("units:\n%q\nwant:\n%q", got, want)
	}
	if doc.Lang != "de" {
		t.Errorf("language %q, want de from the header", doc.Lang)
	}
	if u := doc.Units[0]; !u.Fuzzy || strings.Join(u.Notes, "|") != "extracted" {
		t.Errorf("first unit fuzzy %v notes %q", u.Fuzzy, u.Notes)
	}
	if doc.Units[1].Fuzzy {
		t.Error("flags leaked into the next entry")
	}
	b := doc.Units[3].Target
	if got := rawOf(src, b, wordSpan(t, b, "da")); got != "da" {
		t.Errorf("da maps to %q", got)
	}
	if got := rawOf(src, b, wordSpan(t, b, "\"q\"")); got != `\"q\"` {
		t.Errorf("quoted q maps to %q", got)
	}
	if got := rawOf(src, b, wordSpan(t, b, "\t")); got != `\t` {
		t.Errorf("tab maps to %q", got)
	}
	if line, _ := doc.Lines().Position(b.Start()); line != 18 {
		t.Errorf("continued target starts on line %d, want 18", line)
	}
	if line, _ := doc.Lines().Position(doc.Units[3].TargetAt); line != 17 {
		t.Errorf("TargetAt on line %d, want 17 (the msgstr)", line)
	}
	checkUnitSpans(t, doc)

	for header, want := range map[string]string{"pt_BR": "pt", "sr@latin": "sr", "": "", "xx-!!": ""} {
		d, err := ParseWith("a.po", []byte("msgid \"\"\nmsgstr \"Language: "+header+"\\n\"\n"), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Lang != want {
			t.Errorf("Language: %s gives %q, want %q", header, d.Lang, want)
		}
	}

	empty, err := ParseWith("a.pot", []byte("msgid \"Hello\"\r\nmsgstr \"\"\r\n"), ParseOptions{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if u := empty.Units[0]; u.Target != nil || u.TargetAt != strings.Index("msgid \"Hello\"\r\nmsgstr \"\"", `""`) {
		t.Errorf("empty msgstr: target %v at %d", u.Target, u.TargetAt)
	}
}

func TestParseTMXPairs(t *testing.T) {
	tu := `<tu tuid="1"><tuv xml:lang="de-DE"><seg>Ja</seg></tuv><tuv xml:lang="en-US"><seg>Yes</seg></tuv><tuv lang="fr"><seg>Oui</seg></tuv></tu>`
	two := `<tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv xml:lang="de"><seg>Ja</seg></tuv></tu>`
	tests := []struct {
		name, header, body string
		opts               ParseOptions
		want               []string
		lang               string
	}{
		{"target chosen by --lang", `srclang="de"`, tu, ParseOptions{Lang: "fr"}, []string{"1: Ja => Oui"}, "fr"},
		{"source chosen by --source-lang", `srclang="de"`, tu, ParseOptions{SourceLang: "en", Lang: "de"}, []string{"1: Yes => Ja"}, "de"},
		{"two variants: the other is the target", `srclang="de"`, two, ParseOptions{}, []string{"line 1: Ja => Yes"}, "en"},
		{"*all*: the first is the source", `srclang="*all*"`, two, ParseOptions{}, []string{"line 1: Yes => Ja"}, "de"},
		{"no source variant: skipped", `srclang="it"`, two, ParseOptions{}, nil, ""},
		{"missing target language: no target", `srclang="de"`, two, ParseOptions{Lang: "pl"}, []string{"line 1: Ja => <none>"}, "pl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := `<tmx version="1.4"><header ` + tt.header + `/><body>` + tt.body + `</body></tmx>`
			doc, err := ParseWith("a.tmx", []byte(src), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := unitTexts(doc); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("units:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if tt.lang != "" && doc.Lang != tt.lang {
				t.Errorf("language %q, want %q", doc.Lang, tt.lang)
			}
			checkUnitSpans(t, doc)
		})
	}
}

func TestFormatForBilingual(t *testing.T) {
	tests := []struct {
		path, content string
		want          textdoc.Format
	}{
		{"a.xlf", "", bilingual.FormatXLIFF},
		{"a.XLIFF", "", bilingual.FormatXLIFF},
		{"a.sdlxliff", "", bilingual.FormatXLIFF},
		{"a.po", "", bilingual.FormatPO},
		{"a.pot", "", bilingual.FormatPO},
		{"a.tmx", "", bilingual.FormatTMX},
		{StdinPath, "<?xml version=\"1.0\"?>\n<!-- x -->\n<xliff version=\"1.2\">", bilingual.FormatXLIFF},
		{StdinPath, "\xef\xbb\xbf<xliff>", bilingual.FormatXLIFF},
		{StdinPath, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">", bilingual.FormatTMX},
		{StdinPath, "# Translation\nmsgid \"\"\nmsgstr \"\"\n", bilingual.FormatPO},
		{StdinPath, "<xliffish/>", textdoc.FormatText},
		{StdinPath, "<!DOCTYPE xliff [ <!ENTITY a \"<b>\"> ]>\n<xliff version=\"1.2\">", bilingual.FormatXLIFF},
		{StdinPath, "<xlf:xliff xmlns:xlf=\"urn:oasis:names:tc:xliff:document:2.0\">", bilingual.FormatXLIFF},
		{StdinPath, "<p>Export as <xliff version=\"1.2\"> or <tmx>.</p>", textdoc.FormatHTML},
		{StdinPath, "<html><p>msgid \"x\"</p>", textdoc.FormatHTML},
		{StdinPath, "The word msgid \"x\" and msgstr in prose.", textdoc.FormatText},
	}
	for _, tt := range tests {
		if got := FormatFor(tt.path, []byte(tt.content)); got != tt.want {
			t.Errorf("FormatFor(%q, %.30q) = %q, want %q", tt.path, tt.content, got, tt.want)
		}
	}
	for _, name := range []string{"xliff", "xlf", "po", "gettext", "tmx"} {
		if _, err := ParseFormat(name); err != nil {
			t.Errorf("ParseFormat(%q): %v", name, err)
		}
	}
}

func TestSegmentedXLIFF(t *testing.T) {
	const content = `<?xml version="1.0"?>
<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="7"><source>One. Two &amp; <g id="1">three</g>.</source>
<seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two &amp; <g id="1">three</g>.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Eins.</mrk> <mrk mtype="seg" mid="2">Zwei &amp; <g id="1">drei</g>.</mrk></target></trans-unit>
<trans-unit id="8"><source>Alone.</source><target><mrk mtype="seg" mid="3">Allein.</mrk></target></trans-unit>
</body></file></xliff>`
	doc, err := Parse("a.xlf", []byte(content), "", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range doc.Units {
		got = append(got, u.ID+": "+u.Source.Text+" = "+u.Target.Text)
		for _, tag := range append(u.SourceTags, u.TargetTags...) {
			if tag.Segment {
				t.Errorf("%s: segment marker %+v kept as a tag", u.ID, tag)
			}
		}
		if raw := rawOf(content, u.Target, textdoc.Span{Start: 0, End: len(u.Target.Text)}); !strings.Contains(raw, strings.Fields(u.Target.Text)[0]) {
			t.Errorf("%s: target maps to %q", u.ID, raw)
		}
	}
	want := []string{"7/1: One. = Eins.", "7/2: Two & three. = Zwei & drei.", "8: Alone. = Allein."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("units:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if u := doc.Units[1]; len(u.SourceTags) != 1 || len(u.TargetTags) != 1 || u.TargetTags[0].Name != "g" ||
		u.Target.Text[u.TargetTags[0].Span.Start:u.TargetTags[0].Span.End] != "drei" {
		t.Errorf("7/2 tags: %+v / %+v", u.SourceTags, u.TargetTags)
	}
}
