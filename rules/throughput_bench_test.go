package rules

import (
	"fmt"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/internal/evaldata"
)

// BenchmarkThroughput checks a multi-megabyte corpus with every rule on,
// language detection included, the way `mtlint check` does (files read,
// parsed and checked by the engine's workers): the MQM targets of
// ../shared/eval as articles, eight copies of them (about 2.7 MB each),
// English (zh-en targets) and German (en-de targets), with and without
// --lang. MB/s is the throughput on GOMAXPROCS cores: run it with -cpu 1
// for MB/s per core. passed% is the share of the texts the word gate
// judged that it passed to the language model. Skipped when the evaluation
// data is absent.
func BenchmarkThroughput(b *testing.B) {
	path := evaldata.Find()
	if path == "" {
		b.Skip("no ../shared/eval/mqm-dev.tsv")
	}
	for _, c := range []struct{ lp, lang string }{{"zh-en", "en"}, {"en-de", "de"}, {"zh-en", ""}} {
		arts, err := evaldata.ReadArticles(path, c.lp)
		if err != nil {
			b.Fatal(err)
		}
		paths, size, err := evaldata.WriteCorpus(b.TempDir(), arts, 8)
		if err != nil {
			b.Fatal(err)
		}
		eng, err := checker.NewEngine(All(), checker.Config{})
		if err != nil {
			b.Fatal(err)
		}
		opts := run.Options{Lang: c.lang}
		run.Run(eng, paths[:len(arts)], opts) // load the models: the warm cost
		lang := c.lang
		if lang == "" {
			lang = "auto"
		}
		b.Run(fmt.Sprintf("%s/lang=%s", c.lp, lang), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			var findings int
			for b.Loop() {
				rep := run.Run(eng, paths, opts)
				findings = len(rep.Findings)
				for _, f := range rep.Files {
					if f.Error != "" {
						b.Fatalf("%s: %s", f.Path, f.Error)
					}
				}
			}
			b.ReportMetric(float64(findings), "findings")
			if g := eng.Languages().Stats(); g.Judged > 0 {
				b.ReportMetric(100*float64(g.Passed)/float64(g.Judged), "passed%")
			}
		})
	}
}
