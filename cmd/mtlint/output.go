package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mtlint/mtlint/checker/report"
)

// output is one report a run writes: a format and where it goes.
type output struct {
	format    string
	path      string // "-" for standard output
	formatter report.Formatter
}

// parseOutputs turns --format and the repeatable --output FORMAT=FILE into
// the run's outputs. Without --output the one output is --format on standard
// output; with it, --format adds standard output only when it was given.
// At most one output goes to standard output, and no file is named twice.
func parseOutputs(format string, formatSet bool, specs []string, stdout io.Writer, colorMode string) ([]output, error) {
	var outs []output
	if len(specs) == 0 || formatSet {
		outs = append(outs, output{format: format, path: "-"})
	}
	for _, s := range specs {
		name, path, ok := strings.Cut(s, "=")
		if !ok || name == "" || path == "" {
			return nil, fmt.Errorf("--output %q: want FORMAT=FILE (FILE - is standard output), e.g. sarif=mtlint.sarif", s)
		}
		outs = append(outs, output{format: name, path: path})
	}
	seen := map[string]bool{}
	for i := range outs {
		o := &outs[i]
		key := o.path
		if key != "-" {
			key = filepath.Clean(key)
		}
		if seen[key] {
			if o.path == "-" {
				return nil, errors.New("--output: only one format can go to standard output (-)")
			}
			return nil, fmt.Errorf("--output: %s is named twice", o.path)
		}
		seen[key] = true
		color := false
		if o.path == "-" {
			var err error
			if color, err = useColor(colorMode, stdout); err != nil {
				return nil, fmt.Errorf("--color: %v", err)
			}
		}
		f, err := report.FormatterFor(o.format, color)
		if err != nil {
			flag := "--format"
			if i > 0 || len(specs) > 0 && !formatSet {
				flag = "--output"
			}
			return nil, fmt.Errorf("%s: %v", flag, err)
		}
		o.formatter = f
	}
	return outs, nil
}

// keepsText reports whether any output shows the text of clean files.
func keepsText(outs []output) bool {
	for _, o := range outs {
		if report.KeepsText(o.formatter) {
			return true
		}
	}
	return false
}

// writeOutputs writes every output and the formats' notes (findings a format
// leaves out) on stderr.
func writeOutputs(outs []output, r *report.Report, stdout, stderr io.Writer) error {
	var errs []error
	for _, o := range outs {
		for _, n := range report.Notes(o.formatter, r) {
			fmt.Fprintf(stderr, "mtlint: %s\n", n)
		}
		if o.path == "-" {
			if err := o.formatter.Format(stdout, r); err != nil {
				errs = append(errs, fmt.Errorf("writing output: %w", err))
			}
			continue
		}
		if err := writeOutputFile(o, r); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// writeOutputFile writes one report to its file, created or truncated
// (a device such as /dev/stderr works too).
func writeOutputFile(o output, r *report.Report) error {
	f, err := os.Create(o.path)
	if err != nil {
		return fmt.Errorf("--output %s: %w", o.path, err)
	}
	bw := bufio.NewWriter(f)
	err = o.formatter.Format(bw, r)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("--output %s: %w", o.path, err)
	}
	return nil
}
