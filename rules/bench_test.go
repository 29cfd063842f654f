package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
)

// exampleArticle is our own ~1,300-word English article with MT artifacts.
var exampleArticle = filepath.Join("..", "testdata", "examples", "article-en.txt")

// BenchmarkRules measures the whole rule set but language detection on one
// parsed article. Budget: under 5 ms per article.
func BenchmarkRules(b *testing.B) {
	content, err := os.ReadFile(exampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := read.Parse(exampleArticle, content, "", "en")
	if err != nil {
		b.Fatal(err)
	}
	eng, err := checker.NewEngine(All(), checker.Config{Disable: languageRules()})
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

// languageRules returns the IDs of the rules that need language detection.
func languageRules() []string {
	var ids []string
	for _, r := range All() {
		if r.NeedsLanguage {
			ids = append(ids, r.ID)
		}
	}
	return ids
}

// BenchmarkLanguageDetection measures the language rules on the article with
// the models loaded (target en, source de, candidates fr, es, it): the warm
// cost; the cold start is measured by scripts/bench-cold.sh.
func BenchmarkLanguageDetection(b *testing.B) {
	content, err := os.ReadFile(exampleArticle)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := read.Parse(exampleArticle, content, "", "en")
	if err != nil {
		b.Fatal(err)
	}
	doc.SourceLang = "de"
	eng, err := checker.NewEngine(All(), checker.Config{Disable: []string{"all"}, Enable: languageRules(), Candidates: []string{"fr", "es", "it"}})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := eng.Check(doc); err != nil { // load the models
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		if _, err := eng.Check(doc); err != nil {
			b.Fatal(err)
		}
	}
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
		doc, err := read.Parse(exampleArticle, content, "", "en")
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
	doc, err := read.Parse(exampleArticle, content, "", "en")
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
