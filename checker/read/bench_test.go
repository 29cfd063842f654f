package read

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
)

func readExample(b *testing.B) []byte {
	b.Helper()
	content, err := os.ReadFile(filepath.Join("..", "..", "testdata", "examples", "article-en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return content
}

// BenchmarkParseText measures reading the example article into blocks with
// sentences and words.
func BenchmarkParseText(b *testing.B) {
	content := readExample(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		if _, err := Parse("a.txt", content, textdoc.FormatText, "en"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplitSentences measures sentence segmentation alone.
func BenchmarkSplitSentences(b *testing.B) {
	text := string(readExample(b))
	loc := textdoc.LocaleFor("en")
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		textdoc.SplitSentences(text, loc)
	}
}

// BenchmarkSplitWords measures word segmentation alone.
func BenchmarkSplitWords(b *testing.B) {
	text := string(readExample(b))
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		textdoc.SplitWords(text)
	}
}

// BenchmarkParseHTML measures the HTML reader on a clean page.
func BenchmarkParseHTML(b *testing.B) {
	content, err := os.ReadFile(filepath.Join("..", "..", "testdata", "clean", "en-page.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		if _, err := Parse("a.html", content, textdoc.FormatHTML, "en"); err != nil {
			b.Fatal(err)
		}
	}
}
