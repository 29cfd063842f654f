package read

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// blockTexts returns the kind and text of each block.
func blockTexts(doc *textdoc.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		out = append(out, b.Kind.String()+": "+b.Text)
	}
	return out
}

// checkWordMap asserts that every word of every block maps back to the same
// bytes in the file, unless the block text came from an entity.
func checkWordMap(t *testing.T, doc *textdoc.Document) {
	t.Helper()
	for _, b := range doc.Blocks {
		for _, w := range b.Words {
			word := b.Text[w.Start:w.End]
			raw := string(doc.Content[b.Raw(w.Start):b.RawEnd(w.End)])
			if raw != word && !strings.ContainsAny(raw, "&<") {
				t.Errorf("word %q maps to %q", word, raw)
			}
		}
	}
}

func TestParseText(t *testing.T) {
	src := "\ufeffTitle line\n\nFirst paragraph of the text, which the editor wrapped\nat a width.\r\n\r\nSecond one.\n\n\n.\n"
	doc, err := Parse("a.txt", []byte(src), "", "en")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"paragraph: Title line", "paragraph: First paragraph of the text, which the editor wrapped\nat a width.", "paragraph: Second one.", "paragraph: ."}
	if got := blockTexts(doc); !reflect.DeepEqual(got, want) {
		t.Fatalf("blocks = %q, want %q", got, want)
	}
	checkWordMap(t, doc)
	if got := doc.Blocks[2].Start(); src[got:got+6] != "Second" {
		t.Errorf("block start %d points at %q", got, src[got:got+6])
	}
}

func TestParseTextLines(t *testing.T) {
	tests := []struct {
		src  string
		want int
	}{
		{"One line.\nAnother line.\nThird", 3},
		{"A long paragraph that was wrapped at a fixed width by the editor,\nso that each line but the last is about as long as the\nothers.", 1},
		{"A long paragraph of the article that ends here with a period.\n.\nsource site", 3},
	}
	for _, tt := range tests {
		doc, err := Parse("a.txt", []byte(tt.src), "", "en")
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Blocks) != tt.want {
			t.Errorf("%q: got %d blocks, want %d", tt.src, len(doc.Blocks), tt.want)
		}
	}
}

func TestParseMarkdown(t *testing.T) {
	src := "# A *bold* heading\n\nSome `code` and a [link](http://x.test) &amp; more\ntext here.\n\n- item one\n- item two\n\n> quoted\n\n```\nnot prose\n```\n\n| a | b |\n|---|---|\n| c | d |\n"
	doc, err := Parse("a.md", []byte(src), "", "en")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"heading: A bold heading",
		"paragraph: Some code and a link & more\ntext here.",
		"list-item: item one", "list-item: item two",
		"quote: quoted",
		"table-cell: a", "table-cell: b", "table-cell: c", "table-cell: d",
	}
	if got := blockTexts(doc); !reflect.DeepEqual(got, want) {
		t.Fatalf("blocks =\n%q\nwant\n%q", got, want)
	}
	checkWordMap(t, doc)
	p := doc.Blocks[1]
	if len(p.Verbatim()) != 1 || p.Text[p.Verbatim()[0].Start:p.Verbatim()[0].End] != "code" {
		t.Errorf("verbatim = %v", p.Verbatim())
	}
	amp := strings.Index(p.Text, "&")
	if got := src[p.Raw(amp):p.RawEnd(amp+1)]; got != "&amp;" {
		t.Errorf("entity maps to %q", got)
	}
}

func TestParseHTML(t *testing.T) {
	src := `<!doctype html><html><head><title>T</title><script>var x = "also read";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour   news</h1>
<p><span class="dropcap">T</span>he ferry&nbsp;left at <b>six</b>&#8230; on time.</p>
<p class="initial">D</p><p>ie Fähre fuhr ab.</p>
<figure><img src="x.jpg" alt="ignored"><figcaption>A ferry, <code>x = 1</code></figcaption></figure>
<ul><li>first<li>second</ul>
<pre>skip me</pre>
<p>Line one<br>
   line two</p>
<aside><p>Read also</p></aside>
<footer><p>Author: A. Berg</p></footer>
</article><footer>© 2026</footer><my-widget>Widget text</my-widget></body></html>`
	doc, err := Parse("a.html", []byte(src), "", "en")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"heading: Harbour news",
		"paragraph: The ferry\u00a0left at six… on time.",
		"paragraph: Die Fähre fuhr ab.",
		"caption: A ferry, x = 1",
		"list-item: first", "list-item: second",
		"paragraph: Line one\nline two",
		"paragraph: Author: A. Berg",
		"paragraph: Widget text",
	}
	if got := blockTexts(doc); !reflect.DeepEqual(got, want) {
		t.Fatalf("blocks =\n%q\nwant\n%q", got, want)
	}
	checkWordMap(t, doc)
	b := doc.Blocks[1]
	if got := src[b.Raw(0):b.RawEnd(3)]; got != `T</span>he` {
		t.Errorf("drop cap maps to %q", got)
	}
	e := strings.Index(b.Text, "…")
	if got := src[b.Raw(e):b.RawEnd(e+len("…"))]; got != "&#8230;" {
		t.Errorf("entity maps to %q", got)
	}
	if d := doc.Blocks[2]; src[d.Raw(0):d.Raw(0)+1] != "D" || src[d.Raw(1):d.Raw(1)+2] != "ie" {
		t.Errorf("joined drop cap maps to %q / %q", src[d.Raw(0):d.Raw(0)+1], src[d.Raw(1):d.Raw(1)+2])
	}
}

func TestParseBinary(t *testing.T) {
	if _, err := Parse("x.bin", []byte("a\x00b"), "", "en"); err != ErrBinary {
		t.Errorf("err = %v, want ErrBinary", err)
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Dr. Smith arrived. He left.", []string{"Dr. Smith arrived.", "He left."}},
		{"en", "The U.S. Army said no. The talks, e.g. the one on Dec. 5, failed.", []string{"The U.S. Army said no.", "The talks, e.g. the one on Dec. 5, failed."}},
		{"en", "It moved to the U.S. The move was quick.", []string{"It moved to the U.S.", "The move was quick."}},
		{"en", "It rose 3.5 percent. Then it fell... Then more.", []string{"It rose 3.5 percent.", "Then it fell...", "Then more."}},
		{"en", "“We read. To study,” he said. No. 10 replied.", []string{"“We read.", "To study,” he said.", "No. 10 replied."}},
		{"en", "J. R. Hartley wrote it. Fine.", []string{"J. R. Hartley wrote it.", "Fine."}},
		{"de", "Das gilt z. B. für Berlin. Es regnet.", []string{"Das gilt z. B. für Berlin.", "Es regnet."}},
		{"de", "Er kam am 3. Juni. Sie nicht.", []string{"Er kam am 3. Juni.", "Sie nicht."}},
		{"fr", "M. Dupont est arrivé. Il pleut.", []string{"M. Dupont est arrivé.", "Il pleut."}},
		{"zh", "今天下雨。明天晴天！好吗？", []string{"今天下雨。", "明天晴天！", "好吗？"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range textdoc.SplitSentences(tt.text, textdoc.LocaleFor(tt.lang)) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestLineIndex(t *testing.T) {
	x := textdoc.NewLineIndex([]byte("ab\r\ncä\rd\nü"))
	tests := []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {4, 2, 1}, {5, 2, 2}, {7, 2, 3}, {8, 3, 1}, {10, 4, 1}, {12, 4, 2}, {99, 4, 2},
	}
	for _, tt := range tests {
		if l, c := x.Position(tt.off); l != tt.line || c != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
	if got := x.Line(2); got != "cä" {
		t.Errorf("Line(2) = %q", got)
	}
}

func TestGuessLanguage(t *testing.T) {
	tests := map[string]string{
		"en": "The council said that it would not change the plan, and the ferry will run as it was planned for the summer.",
		"de": "Der Rat hat gesagt, dass er den Plan nicht ändern wird, und die Fähre fährt wie geplant auch im Sommer.",
		"fr": "Le conseil a dit qu'il ne changera pas le plan, et le bateau circulera comme prévu pour la saison.",
		"ru": "Совет заявил, что не будет менять план, и паром будет ходить так, как было запланировано на лето.",
		"zh": "市议会表示不会改变计划，渡轮将按照原计划在夏季运行，乘客可以提前购票。",
		"":   "Short.",
	}
	for want, text := range tests {
		doc, err := Parse("a.txt", []byte(text), textdoc.FormatText, "")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Lang != want {
			t.Errorf("GuessLanguage(%.30q...) = %q, want %q", text, doc.Lang, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("Hello world.\n\nSecond."), "a.txt")
	f.Add([]byte("# H\n\n*a* `b` [c](d) &amp;"), "a.md")
	f.Add([]byte("<p><span>D</span>ie &nbsp; <b>x</b><br>y</p><p>Z</p><p>z</p>"), "a.html")
	f.Fuzz(func(t *testing.T, content []byte, name string) {
		orig := string(content)
		doc, err := Parse(name, content, "", "")
		if err != nil {
			return
		}
		if string(content) != orig {
			t.Fatal("input changed")
		}
		for _, b := range doc.Blocks {
			for _, spans := range [][]textdoc.Span{b.Words, b.Sentences, b.Verbatim()} {
				for _, s := range spans {
					if s.Start < 0 || s.End > len(b.Text) || s.Start > s.End {
						t.Fatalf("span %v outside block of %d bytes", s, len(b.Text))
					}
					// Blocks map into doc.Content, the decoded text of a
					// UTF-16 or Windows-1252 file.
					content := doc.Content
					rs, re := b.Raw(s.Start), b.RawEnd(s.End)
					if rs < 0 || re > len(content) || rs > re {
						t.Fatalf("span %v maps to [%d,%d) of %d bytes", s, rs, re, len(content))
					}
					if utf8.Valid(content) && (!utf8.RuneStart(content[min(rs, len(content)-1)]) && rs < len(content)) {
						t.Fatalf("span %v maps inside a rune at %d", s, rs)
					}
				}
			}
		}
	})
}

// TestParseHTMLOmittedEndTags: end tags HTML lets a document leave out are
// implied as a browser implies them, so the blocks equal those of the same
// document with every end tag written, and a long list or page of such
// elements is no deep nesting.
func TestParseHTMLOmittedEndTags(t *testing.T) {
	omitted := `<article><h1>Title</h1><p>One sentence.<p>Two sentences here.
<ul><li>first<li>second <b>bold</b><li>third</ul>
<dl><dt>term<dd>definition<dt>next</dl>
<table><tr><td>a<td>b<tr><th>c<td>d</table>
<p>Before the list<ol><li>nested<li>again</ol><p>After.</article>`
	explicit := `<article><h1>Title</h1><p>One sentence.</p><p>Two sentences here.
</p><ul><li>first</li><li>second <b>bold</b></li><li>third</li></ul>
<dl><dt>term</dt><dd>definition</dd><dt>next</dt></dl>
<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>
<p>Before the list</p><ol><li>nested</li><li>again</li></ol><p>After.</p></article>`
	a, err := Parse("a.html", []byte(omitted), "", "en")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("b.html", []byte(explicit), "", "en")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := blockTexts(a), blockTexts(b); !reflect.DeepEqual(got, want) {
		t.Errorf("omitted end tags:\n%q\nwant as written out:\n%q", got, want)
	}
	checkWordMap(t, a)

	// 30,000 paragraphs and list items without end tags: legal HTML, not
	// nesting 30,000 deep.
	var big strings.Builder
	for i := range 15000 {
		fmt.Fprintf(&big, "<p>Paragraph %d.\n<li>Item %d\n", i, i)
	}
	doc, err := Parse("big.html", []byte(big.String()), "", "en")
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if len(doc.Blocks) != 30000 {
		t.Errorf("%d blocks, want 30000", len(doc.Blocks))
	}
}
