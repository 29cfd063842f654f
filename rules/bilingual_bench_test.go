package rules

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
)

// BenchmarkBilingualRules measures the whole rule set on a German-English TSV
// of about 1,300 target words, built from the number-mismatch and
// end-punctuation fixtures (markers stripped). Budget: under 5 ms.
func BenchmarkBilingualRules(b *testing.B) {
	var rows []string
	for _, name := range []string{"number-mismatch/de-en.tsv", "end-punctuation/de-en.tsv", "length-ratio/de-en.tsv", "url-mismatch/de-en.tsv"} {
		f := readFixtureContent(b, filepath.Join("..", "testdata", "rules", name))
		rows = append(rows, strings.Split(strings.TrimSpace(f), "\n")...)
	}
	var sb strings.Builder
	for sb.Len() < 9000 {
		for _, r := range rows {
			sb.WriteString(r)
			sb.WriteByte('\n')
		}
	}
	content := []byte(sb.String())
	doc, err := read.ParseWith("bench.tsv", content, read.ParseOptions{Lang: "en", SourceLang: "de"})
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
