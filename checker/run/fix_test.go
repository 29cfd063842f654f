package run

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// fixRule reports fixes for test purposes: every word "bad" is replaced with
// "good", a paragraph "." is removed, and "xx" is replaced with a multi-byte
// word.
var fixRule = &checker.Rule{ID: "fixer", Severity: checker.Warning, Check: func(p *checker.Pass) error {
	for _, b := range p.Doc.Blocks {
		if b.Text == "." {
			all := textdoc.Span{Start: 0, End: len(b.Text)}
			p.ReportFix(b, all, "lone period", "", checker.RemoveLines(all))
			continue
		}
		for i, w := range b.Words {
			switch b.WordText(i) {
			case "bad":
				p.ReportFix(b, w, "bad word", "good", checker.Replace(w, "good"))
			case "xx":
				p.ReportFix(b, w, "xx", "größer", checker.Replace(w, "größer"))
			case "tag":
				p.ReportFix(b, w, "tag", "<b>", checker.Replace(w, "<b>"))
			}
		}
	}
	return nil
}}

func fixText(t *testing.T, path, content string) (string, checker.FixResult) {
	t.Helper()
	e, err := checker.NewEngine([]*checker.Rule{fixRule}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	out, res, err := Fix(e, path, []byte(content), read.ParseOptions{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	return string(out), res
}

func TestFixLinesAndMarkup(t *testing.T) {
	tests := []struct{ path, in, want string }{
		// Plain text: a lone line goes with one of the blank lines around it.
		{"a.txt", "One.\n\n.\n\nTwo.\n", "One.\n\nTwo.\n"},
		{"a.txt", "One.\n.\nTwo.\n", "One.\nTwo.\n"},
		{"a.txt", ".\n\nOne.\n", "One.\n"},
		{"a.txt", "One.\n\n.\n", "One.\n"},
		{"a.txt", "One.\n\n.", "One.\n"},
		{"a.txt", "\ufeff.\n\nOne.\n", "\ufeffOne.\n"},
		// CRLF: whole lines go with their CRLF, other line breaks stay.
		{"a.txt", "One bad.\r\n\r\n.\r\n\r\nTwo.\r\n", "One good.\r\n\r\nTwo.\r\n"},
		{"a.txt", "One.\r\n.\r\nTwo.\r\n", "One.\r\nTwo.\r\n"},
		// UTF-8: replacements land on character boundaries.
		{"a.txt", "Süß xx café bad ü.\n", "Süß größer café good ü.\n"},
		// Markdown: plain text in a paragraph is fixed; text with markup
		// inside, headings, list items and quotes are left alone.
		{"a.md", "# Title bad\n\nOne bad.\n\n.\n\nTwo.\n", "# Title good\n\nOne good.\n\nTwo.\n"},
		{"a.md", "One **bad** word.\n", "One **good** word.\n"},
		{"a.md", "- .\n- Two.\n", "- .\n- Two.\n"},
		{"a.md", "> .\n\nTwo.\n", "> .\n\nTwo.\n"},
		{"a.md", "Two\n\n    .\n", "Two\n\n    .\n"},
		{"a.md", "One tag.\n", "One tag.\n"},
		// HTML: words are replaced only where the file holds the text as
		// read; a line is removed only when it is one <p> element.
		{"a.html", "<p>One bad.</p>\n<p>.</p>\n<p>Two.</p>\n", "<p>One good.</p>\n<p>Two.</p>\n"},
		{"a.html", "<p>One.</p>\n\n<p class=\"x\">.</p>\n\n<p>Two.</p>\n", "<p>One.</p>\n\n<p>Two.</p>\n"},
		{"a.html", "<p>One.</p><p>.</p>\n", "<p>One.</p><p>.</p>\n"},
		{"a.html", "<p>One.</p>\n<p><b>.</b></p>\n", "<p>One.</p>\n<p><b>.</b></p>\n"},
		{"a.html", "<div>One.\n.\n</div>\n", "<div>One.\n.\n</div>\n"},
		{"a.html", "<ul>\n<li>.</li>\n</ul>\n", "<ul>\n<li>.</li>\n</ul>\n"},
		{"a.html", "<p>One.</p>\n<p>.\n", "<p>One.</p>\n<p>.\n"},
		{"a.html", "<p>One b&#97;d tag.</p>\n", "<p>One b&#97;d tag.</p>\n"},
	}
	for _, tt := range tests {
		got, _ := fixText(t, tt.path, tt.in)
		if got != tt.want {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.path, tt.in, got, tt.want)
		}
		if !utf8.ValidString(got) {
			t.Errorf("%s %q: invalid UTF-8 %q", tt.path, tt.in, got)
		}
		if again, _ := fixText(t, tt.path, got); again != got {
			t.Errorf("%s %q: fixing again changed %q to %q", tt.path, tt.in, got, again)
		}
	}
}

// TestFixKeepsLineEndings checks that no fix adds, drops or changes a line
// break other than by removing whole lines.
func TestFixKeepsLineEndings(t *testing.T) {
	in := "bad bad\r\nbad\r\n\r\nlast bad"
	got, res := fixText(t, "a.txt", in)
	if want := "good good\r\ngood\r\n\r\nlast good"; got != want || res.Applied != 4 {
		t.Errorf("got %q (%+v), want %q", got, res, want)
	}
	if strings.Count(got, "\r\n") != strings.Count(in, "\r\n") {
		t.Errorf("line breaks changed: %q", got)
	}
}

// TestFixMarkdownPartOfParagraph checks that a line is not removed from a
// Markdown paragraph: the line after it could turn into a list item.
func TestFixMarkdownPartOfParagraph(t *testing.T) {
	r := &checker.Rule{ID: "first-line", Severity: checker.Warning, Check: func(p *checker.Pass) error {
		for _, b := range p.Doc.Blocks {
			if i := strings.IndexByte(b.Text, '\n'); i > 0 {
				p.ReportFix(b, textdoc.Span{Start: 0, End: i}, "first line", "", checker.RemoveLines(textdoc.Span{Start: 0, End: i}))
			}
		}
		return nil
	}}
	e, err := checker.NewEngine([]*checker.Rule{r}, checker.Config{})
	if err != nil {
		t.Fatal(err)
	}
	const in = "Read also the line that is long enough to wrap here\n1986. A year of change in the city and its harbour\n"
	for path, want := range map[string]string{
		"a.md":  in,
		"a.txt": "1986. A year of change in the city and its harbour\n",
	} {
		got, _, err := Fix(e, path, []byte(in), read.ParseOptions{Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s: got %q, want %q", path, got, want)
		}
	}
}
