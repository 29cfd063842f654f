package align

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// benchArticles builds a ~1,300-word German article and its English
// translation from our parallel test articles (the held-out pair repeated
// with it, so the translation misses one paragraph in each repetition), as
// Markdown.
func benchArticles(b *testing.B) (source, target *textdoc.Document) {
	b.Helper()
	var src, tgt []string
	de, en := paragraphs(b, "de.md"), paragraphs(b, "en.md")
	hde, hen := paragraphs(b, "heldout-de.txt"), paragraphs(b, "heldout-en.txt")
	for len(strings.Fields(strings.Join(src, " "))) < 1300 {
		src = append(append(src, de...), hde...)
		tgt = append(append(tgt, en...), hen...)
	}
	source = parseMD(b, "de.md", src, "de")
	target = parseMD(b, "en.md", tgt, "en")
	return source, target
}

func BenchmarkAlignParallel(b *testing.B) {
	source, target := benchArticles(b)
	b.ReportMetric(float64(source.Words()), "source-words")
	b.ReportMetric(float64(target.Words()), "target-words")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Parallel(source, target)
	}
}
