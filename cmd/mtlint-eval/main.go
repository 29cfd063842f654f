// Command mtlint-eval measures mtlint against annotated text: the MQM TSV of
// ../shared/eval (per category recall, per rule findings on annotated errors,
// false alarms per 1,000 words on error-free segments) or our own fixture
// corpora with inline markers (per rule precision and recall), or real
// auto-translated pages with reviewers' keys (found by the right rule, false
// alarms on clean lines), or the compounds of clean text respaced, or real localization files (flags per 1,000 units,
// recall of planted errors). It is a
// developer tool, not part of the user CLI.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/internal/evaldata"
	"github.com/mtlint/mtlint/rules"
)

func main() {
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}

func execute(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mtlint-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	fixtures := fs.Bool("fixtures", false, "evaluate fixture folders with inline markers instead of an MQM TSV file")
	pages := fs.Bool("pages", false, "evaluate folders of real pages (NAME.txt with a reviewer's key NAME.expect.json) instead of an MQM TSV file")
	insertions := fs.Bool("insertions", false, "measure untranslated on German text inserted into the English targets of an MQM TSV file")
	artifacts := fs.Bool("artifacts", false, "measure repetition, token-artifact and untranslated on loops, markers, detokenisation spacing and source words inserted into the error-free targets of an MQM TSV file")
	corpus := fs.String("corpus", "", "write the targets of an MQM TSV file into `DIR` as plain-text articles (for benchmarks), instead of evaluating")
	lp := fs.String("lp", "zh-en", "with --corpus: the language pair whose targets to write (zh-en: English, en-de: German)")
	copies := fs.Int("copies", 1, "with --corpus: write the articles this many times")
	maxBytes := fs.Int64("max-bytes", 0, "with --corpus: stop before this many bytes (0: no limit)")
	l10n := fs.Bool("l10n", false, "measure the bilingual checks on a folder of real PO and XLIFF files: flags per 1,000 units by rule")
	plant := fs.Bool("plant", false, "with --l10n: also plant known errors into copies and score recall by kind")
	plantOut := fs.String("plant-out", "", "with --l10n: write the planted copies and their keys into `DIR` (implies --plant)")
	sample := fs.Int("sample", 0, "with --l10n: print this many flags drawn at random (-1: all)")
	seed := fs.Int64("seed", 1, "with --l10n: the seed of the --sample draw")
	misses := fs.Bool("misses", false, "with --l10n --plant: print the planted errors missed and the new flags next to them")
	respace := fs.String("respace", "", "measure token-artifact on the compounds of clean text in `LANG` in the folders given, the hyphen of each paragraph's first compound spaced, and on the paragraphs unchanged")
	noGate := fs.Bool("no-gate", false, "turn the word gate off: every text goes to the language model (to measure what the gate saves and that it loses nothing)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: mtlint-eval [--json] [--no-gate] [--insertions|--artifacts] FILE.tsv\n       mtlint-eval --fixtures [--json] [--no-gate] DIR...\n       mtlint-eval --pages [--json] [--no-gate] DIR...\n       mtlint-eval --respace LANG [--json] DIR...\n       mtlint-eval --l10n [--plant] [--plant-out DIR] [--sample N] [--misses] [--json] DIR\n       mtlint-eval --corpus DIR [--lp zh-en] [--copies N] [--max-bytes N] FILE.tsv")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || !*fixtures && !*pages && *respace == "" && fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if *corpus != "" {
		arts, err := evaldata.ReadArticles(fs.Arg(0), *lp)
		if err == nil && len(arts) == 0 {
			err = fmt.Errorf("no articles of %s", *lp)
		}
		if err != nil {
			fmt.Fprintln(stderr, "mtlint-eval:", err)
			return 2
		}
		if *maxBytes > 0 {
			arts = evaldata.Limit(arts, *maxBytes)
		}
		paths, size, err := evaldata.WriteCorpus(*corpus, arts, *copies)
		if err != nil {
			fmt.Fprintln(stderr, "mtlint-eval:", err)
			return 2
		}
		fmt.Fprintf(stdout, "%d files, %d bytes in %s\n", len(paths), size, *corpus)
		return 0
	}
	opt := evalOptions{noGate: *noGate}
	var result any
	var text func(io.Writer)
	if *l10n {
		r, err := evalL10n(fs.Arg(0), opt, l10nOptions{plant: *plant || *plantOut != "", plantOut: *plantOut, sample: *sample, seed: *seed, misses: *misses})
		if err != nil {
			fmt.Fprintln(stderr, "mtlint-eval:", err)
			return 2
		}
		result, text = r, r.writeTable
	} else if *respace != "" {
		r, err := evalRespace(fs.Args(), *respace, opt)
		if err != nil {
			fmt.Fprintln(stderr, "mtlint-eval:", err)
			return 2
		}
		result, text = r, r.writeTable
	} else if *pages {
		r, err := evalPages(fs.Args(), opt)
		if err != nil {
			fmt.Fprintln(stderr, "mtlint-eval:", err)
			return 2
		}
		result, text = r, r.writeTable
	} else if *fixtures {
		r, err := evalFixtures(fs.Args(), opt)
		if err != nil {
			fmt.Fprintln(stderr, "mtlint-eval:", err)
			return 2
		}
		result, text = r, r.writeTable
	} else {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "mtlint-eval:", err)
			return 2
		}
		defer f.Close()
		var r interface{ writeTable(io.Writer) }
		switch {
		case *insertions:
			r, err = evalInsertions(f, opt)
		case *artifacts:
			r, err = evalArtifacts(f, opt)
		default:
			r, err = evalMQM(f, opt)
		}
		if err != nil {
			var pe *evaldata.LineError
			if errors.As(err, &pe) {
				fmt.Fprintf(stderr, "mtlint-eval: %s:%d: %v\n", fs.Arg(0), pe.Line, pe.Err)
			} else {
				fmt.Fprintf(stderr, "mtlint-eval: %s: %v\n", fs.Arg(0), err)
			}
			return 2
		}
		result, text = r, r.writeTable
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(result); err != nil {
			fmt.Fprintln(stderr, "mtlint-eval:", err)
			return 2
		}
		return 0
	}
	text(stdout)
	return 0
}

// evalOptions are the options every evaluation mode takes.
type evalOptions struct {
	noGate bool // the word gate off
}

// newEngine builds an engine over all rules with cfg and the options.
func (o evalOptions) newEngine(cfg checker.Config) (*checker.Engine, error) {
	eng, err := checker.NewEngine(rules.All(), cfg)
	if err != nil {
		return nil, err
	}
	if o.noGate && eng.NeedsLanguage() {
		eng.Languages().WithoutGate()
	}
	return eng, nil
}

// gateStats sums the word gate's counts of the engines that built a
// language service.
func gateStats(engines ...*checker.Engine) langid.GateStats {
	var g langid.GateStats
	for _, e := range engines {
		if e.NeedsLanguage() {
			g.Add(e.Languages().Stats())
		}
	}
	return g
}

// writeGate prints the word gate's counts.
func writeGate(w io.Writer, g langid.GateStats) {
	fmt.Fprintf(w, "word gate: %d texts judged (%d bytes), %d passed to the model (%.1f %% of texts, %.1f %% of bytes), %d model calls\n",
		g.Judged, g.JudgedBytes, g.Passed, pct(int(g.Passed), int(g.Judged)), pct(int(g.PassedBytes), int(g.JudgedBytes)), g.ModelCalls)
}
