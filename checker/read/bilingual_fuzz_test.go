package read

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/read/bilingual"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// addBilingualSeeds seeds a fuzz target with the fixtures of
// testdata/bilingual that have one of the extensions, and a few small cases.
func addBilingualSeeds(f *testing.F, extra []string, exts ...string) {
	files, err := os.ReadDir(bilingualDir)
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range files {
		for _, ext := range exts {
			if strings.HasSuffix(e.Name(), ext) {
				content, err := os.ReadFile(filepath.Join(bilingualDir, e.Name()))
				if err != nil {
					f.Fatal(err)
				}
				f.Add(content)
			}
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// fuzzBilingual parses content as format and checks the span guarantees;
// errors are fine, panics and bad spans are not.
func fuzzBilingual(t *testing.T, format textdoc.Format, content []byte) {
	orig := bytes.Clone(content)
	doc, err := ParseWith("fuzz", content, ParseOptions{Format: format})
	if !bytes.Equal(orig, content) {
		t.Fatal("parser changed its input")
	}
	if err != nil {
		// A file refused as a whole (binary, mostly control characters)
		// has no line to name.
		if !strings.Contains(err.Error(), "line ") && !strings.HasPrefix(err.Error(), "no <") &&
			!errors.Is(err, ErrBinary) && !errors.Is(err, ErrControl) &&
			!strings.Contains(err.Error(), "unexpected end of file") {
			t.Errorf("error without a line: %v", err)
		}
		return
	}
	checkUnitSpans(t, doc)
}

func FuzzParseXLIFF(f *testing.F) {
	addBilingualSeeds(f, []string{
		`<xliff><file><body><trans-unit id="1"><source>a<g>b<x/>c</g> &amp; d</source><target><![CDATA[x]]> é<ph>&lt;</ph></target></trans-unit></body></file></xliff>`,
		`<xliff version="2.0"><file><unit id="u"><segment><source><sc id="1"/>a<ec startRef="1"/><sm id="m"/>b<em startRef="m"/></source><target>&#x1F600;</target></segment></unit></file></xliff>`,
		"<xliff><file><body><trans-unit id=\"1\"><source>a\r\n b</source><target xml:space=\"preserve\">\n\u00a0x </target></trans-unit></body></file></xliff>",
	}, ".xlf", ".xliff")
	f.Fuzz(func(t *testing.T, content []byte) { fuzzBilingual(t, bilingual.FormatXLIFF, content) })
}

func FuzzParsePO(f *testing.F) {
	addBilingualSeeds(f, []string{
		"msgid \"a\\n\\tb\"\nmsgstr \"\"\n\"\\\"c\\\"\\101\\xff\"\n",
		"#, fuzzy\nmsgctxt \"x\"\nmsgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\nmsgstr[1] \"bs\"\n",
		"msgid \"\"\nmsgstr \"Language: pt_BR\\n\"\n\n#~ msgid \"x\"\n",
		strings.Repeat("\x01\x02a", 50), // refused as mostly control characters, rightly
	}, ".po", ".pot")
	f.Fuzz(func(t *testing.T, content []byte) { fuzzBilingual(t, bilingual.FormatPO, content) })
}

func FuzzParseTMX(f *testing.F) {
	addBilingualSeeds(f, []string{
		`<tmx><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>a<bpt i="1">&lt;b></bpt>b<ept i="1">x</ept></seg></tuv><tuv xml:lang="en"><seg><hi>c</hi> <ph>%s</ph></seg></tuv></tu></body></tmx>`,
		`<tmx><header srclang="*all*"/><body><tu><tuv lang="fr"><seg>é</seg></tuv><tuv lang="en"><seg/></tuv></tu></body></tmx>`,
	}, ".tmx")
	f.Fuzz(func(t *testing.T, content []byte) { fuzzBilingual(t, bilingual.FormatTMX, content) })
}

// BenchmarkParseBilingual parses a 1,000-unit file of each format.
func BenchmarkParseBilingual(b *testing.B) {
	var xlf, po, tmx strings.Builder
	xlf.WriteString(`<xliff version="1.2"><file source-language="de" target-language="en"><body>` + "\n")
	tmx.WriteString(`<tmx version="1.4"><header srclang="de"/><body>` + "\n")
	for range 1000 {
		xlf.WriteString(`<trans-unit id="1"><source>Die Reederei strich <g id="1">alle</g> 8.400 Plätze &amp; mehr.</source>` +
			`<target>The company cancelled <g id="1">all</g> <x id="2"/> 8,400 seats &amp; more.</target></trans-unit>` + "\n")
		po.WriteString("msgid \"Die Reederei strich \\\"alle\\\" 8.400 Plätze.\"\nmsgstr \"\"\n\"The company cancelled \\\"all\\\" \"\n\"8,400 seats.\"\n\n")
		tmx.WriteString(`<tu><tuv xml:lang="de"><seg>Die Reederei strich <ph x="1">%s</ph> 8.400 Plätze.</seg></tuv>` +
			`<tuv xml:lang="en"><seg>The company cancelled <ph x="1">%s</ph> 8,400 seats.</seg></tuv></tu>` + "\n")
	}
	xlf.WriteString(`</body></file></xliff>`)
	tmx.WriteString(`</body></tmx>`)
	for _, c := range []struct {
		format  textdoc.Format
		content string
	}{{bilingual.FormatXLIFF, xlf.String()}, {bilingual.FormatPO, po.String()}, {bilingual.FormatTMX, tmx.String()}} {
		b.Run(string(c.format), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.content)))
			for b.Loop() {
				if _, err := ParseWith("bench", []byte(c.content), ParseOptions{Format: c.format}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
