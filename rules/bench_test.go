package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/checker"
)

// exampleArticle is our own ~1,300-word English article with MT artifacts.
var exampleArticle = filepath.Join("..", "testdata", "examples", "article-en.txt")

// BenchmarkRules measures the whole rule set (no language detection) on one
// parsed article. Budget: under 5 ms per article.
func BenchmarkRules(b *testing.B) {
	content, err := os.ReadFile(exampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := checker.Parse(exampleArticle, content, "", "en")
	if err != nil {
		b.Fatal(err)
	}
	eng, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		if _, err := eng.Check(doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(doc.Words()), "words")
}

// BenchmarkParseAndRules adds reading the article into a document:
// segmentation included.
func BenchmarkParseAndRules(b *testing.B) {
	content, err := os.ReadFile(exampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	eng, err := checker.NewEngine(All(), checker.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		doc, err := checker.Parse(exampleArticle, content, "", "en")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := eng.Check(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRule measures each rule alone on the article.
func BenchmarkRule(b *testing.B) {
	content, err := os.ReadFile(exampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := checker.Parse(exampleArticle, content, "", "en")
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range All() {
		eng, err := checker.NewEngine([]*checker.Rule{r}, checker.Config{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(r.ID, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := eng.Check(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
