package read

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/read/bilingual"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// updateBilingual is -update: it rewrites the golden files.
var updateBilingual = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// bilingualDir holds the bilingual parser fixtures, named
// "<source>-<target>[-name].<ext>"; malformed ones are among them.
var bilingualDir = filepath.Join("..", "..", "testdata", "bilingual")

// dumpUnits writes what a parser made of a file: the languages, and per
// unit its ID, the line of its target, the source and target text, tags,
// notes and the fuzzy flag. A parse error is written instead.
func dumpUnits(w *bytes.Buffer, name string, content []byte) {
	fmt.Fprintf(w, "== %s\n", name)
	doc, err := ParseWith(name, content, ParseOptions{})
	if err != nil {
		fmt.Fprintf(w, "error: %v\n\n", err)
		return
	}
	fmt.Fprintf(w, "format %s, source %q, target %q, %d units, %d blocks\n", doc.Format, doc.SourceLang, doc.Lang, len(doc.Units), len(doc.Blocks))
	for _, u := range doc.Units {
		at := u.TargetAt
		if u.Target != nil {
			at = u.Target.Start()
		}
		line, col := doc.Lines().Position(at)
		fmt.Fprintf(w, "unit %q target at %d:%d", u.ID, line, col)
		if u.Fuzzy {
			fmt.Fprint(w, " fuzzy")
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "  source: %q\n", blockText(u.Source))
		if len(u.SourceTags) > 0 {
			fmt.Fprintf(w, "  source tags: %s\n", dumpTags(u.SourceTags, u.Source))
		}
		if u.Target == nil {
			fmt.Fprintln(w, "  target: none")
		} else {
			fmt.Fprintf(w, "  target: %q = file %q\n", u.Target.Text, content[u.Target.Start():u.Target.End()])
		}
		if len(u.TargetTags) > 0 {
			fmt.Fprintf(w, "  target tags: %s\n", dumpTags(u.TargetTags, u.Target))
		}
		if u.Target != nil && len(u.Target.Verbatim()) > 0 {
			var vs []string
			for _, v := range u.Target.Verbatim() {
				vs = append(vs, fmt.Sprintf("[%d:%d]%q", v.Start, v.End, u.Target.Text[v.Start:v.End]))
			}
			fmt.Fprintf(w, "  target verbatim: %s\n", strings.Join(vs, " "))
		}
		for _, n := range u.Notes {
			fmt.Fprintf(w, "  note: %q\n", n)
		}
	}
	fmt.Fprintln(w)
}

func blockText(b *textdoc.Block) string {
	if b == nil {
		return ""
	}
	return b.Text
}

// dumpTags shows each tag as name#id[start:end] with the text it spans.
func dumpTags(tags []textdoc.Tag, b *textdoc.Block) string {
	var parts []string
	for _, t := range tags {
		s := fmt.Sprintf("%s#%s[%d:%d]", t.Name, t.ID, t.Span.Start, t.Span.End)
		if b != nil && t.Span.End <= len(b.Text) {
			s += fmt.Sprintf("%q", b.Text[t.Span.Start:t.Span.End])
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// TestBilingualGolden dumps every fixture of testdata/bilingual, one golden
// file per input format: testdata/golden/input-<format>.txt. Run
// `go test ./checker/read -run TestBilingualGolden -update` to rewrite them, and
// review the diff like code.
func TestBilingualGolden(t *testing.T) {
	files, err := os.ReadDir(bilingualDir)
	if err != nil {
		t.Fatal(err)
	}
	byFormat := map[textdoc.Format]*bytes.Buffer{}
	for _, f := range files {
		content, err := os.ReadFile(filepath.Join(bilingualDir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		format := FormatFor(f.Name(), content)
		if byFormat[format] == nil {
			byFormat[format] = &bytes.Buffer{}
		}
		dumpUnits(byFormat[format], f.Name(), content)
	}
	var formats []string
	for f := range byFormat {
		formats = append(formats, string(f))
	}
	sort.Strings(formats)
	if strings.Join(formats, " ") != "csv po tmx tsv xliff" {
		t.Errorf("fixture formats %v, want csv, po, tmx, tsv and xliff", formats)
	}
	for _, name := range formats {
		got := byFormat[textdoc.Format(name)].Bytes()
		golden := filepath.Join("..", "..", "testdata", "golden", "input-"+name+".txt")
		if *updateBilingual {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./checker/read -run TestBilingualGolden -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("units of %s fixtures differ from %s:\n%s", name, golden, got)
		}
	}
}

// checkUnitSpans checks what every parser must guarantee: block offsets map
// inside the content, increasingly; sentence, word, verbatim and tag spans
// lie inside their block's text, on rune boundaries; a target is in the
// document's blocks.
func checkUnitSpans(t *testing.T, doc *textdoc.Document) {
	t.Helper()
	inBlocks := map[*textdoc.Block]bool{}
	for _, b := range doc.Blocks {
		inBlocks[b] = true
	}
	n := len(doc.Content)
	checkBlock := func(what string, b *textdoc.Block, tags []textdoc.Tag, content []byte) {
		t.Helper()
		if b == nil {
			for _, tg := range tags {
				if tg.Span != (textdoc.Span{}) {
					t.Errorf("%s: tag %v in an empty block", what, tg)
				}
			}
			return
		}
		prev := -1
		for i := 0; i <= len(b.Text); i++ {
			r := b.Raw(i)
			if r < 0 || r > n || r < prev {
				t.Fatalf("%s %q: offset %d maps to %d (previous %d, content %d)", what, b.Text, i, r, prev, n)
			}
			prev = r
		}
		if e := b.End(); e < b.Start() || e > n {
			t.Fatalf("%s %q: raw range %d..%d of %d", what, b.Text, b.Start(), e, n)
		}
		// A linear piece is copied text: its bytes are the file's, but for
		// white space that stands for other white space (a collapsed line
		// break).
		for _, p := range b.Pieces() {
			if p.TextLen != p.RawLen {
				continue
			}
			for i := 0; i < p.TextLen; i++ {
				c, r := b.Text[p.Text+i], content[p.Raw+i]
				if c != r && !(c == ' ' && bilingual.IsXMLSpace(r)) {
					t.Fatalf("%s %q: text byte %d is %q, file byte %d is %q", what, b.Text, p.Text+i, c, p.Raw+i, r)
				}
			}
		}
		spans := append(append(append([]textdoc.Span{}, b.Sentences...), b.Words...), b.Verbatim()...)
		for _, tg := range tags {
			spans = append(spans, tg.Span)
		}
		for _, s := range spans {
			if s.Start < 0 || s.End > len(b.Text) || s.Start > s.End {
				t.Fatalf("%s %q: span %v out of range", what, b.Text, s)
			}
			if !boundary(b.Text, s.Start) || !boundary(b.Text, s.End) {
				t.Fatalf("%s %q: span %v not on rune boundaries", what, b.Text, s)
			}
		}
	}
	for _, u := range doc.Units {
		if u.Source == nil {
			t.Errorf("unit %q has no source", u.ID)
		}
		checkBlock("source", u.Source, u.SourceTags, u.SourceContent)
		checkBlock("target", u.Target, u.TargetTags, doc.Content)
		if u.Target != nil && !inBlocks[u.Target] {
			t.Errorf("unit %q: target is not a document block", u.ID)
		}
		if u.TargetAt < 0 || u.TargetAt > n {
			t.Errorf("unit %q: TargetAt %d outside the content", u.ID, u.TargetAt)
		}
	}
}

// boundary reports whether off starts a rune of s (or is its end). Invalid
// UTF-8 bytes count as runes of their own.
func boundary(s string, off int) bool {
	for i := 0; i < len(s); {
		if i == off {
			return true
		}
		if i > off {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return off == len(s)
}
