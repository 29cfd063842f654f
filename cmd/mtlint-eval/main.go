// Command mtlint-eval measures mtlint against annotated text: the MQM TSV of
// ../shared/eval (per category recall, per rule findings on annotated errors,
// false alarms per 1,000 words on error-free segments) or our own fixture
// corpora with inline markers (per rule precision and recall). It is a
// developer tool, not part of the user CLI.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mtlint-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	fixtures := fs.Bool("fixtures", false, "evaluate fixture folders with inline markers instead of an MQM TSV file")
	insertions := fs.Bool("insertions", false, "measure untranslated on German text inserted into the English targets of an MQM TSV file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: mtlint-eval [--json] [--insertions] FILE.tsv\n       mtlint-eval --fixtures [--json] DIR...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || !*fixtures && fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	var result any
	var text func(io.Writer)
	if *fixtures {
		r, err := evalFixtures(fs.Args())
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
		if *insertions {
			r, err = evalInsertions(f)
		} else {
			r, err = evalMQM(f)
		}
		if err != nil {
			var pe *parseError
			if errors.As(err, &pe) {
				fmt.Fprintf(stderr, "mtlint-eval: %s:%d: %v\n", fs.Arg(0), pe.line, pe.err)
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
