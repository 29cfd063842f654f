package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/spf13/pflag"
)

// addMaxSizeFlag adds --max-size, the per-file size limit every command that
// reads files honours.
func addMaxSizeFlag(f *pflag.FlagSet, p *string) {
	f.StringVar(p, "max-size", "50MB", "skip (with an error, exit 2) files larger than this: bytes or KB, MB, GB; 0 = no limit")
}

// markupAndSize reads --markup and --max-size, the reading flags of the
// commands that read files, as usage errors naming the flag.
func markupAndSize(markup, maxSize string) (textdoc.Format, int64, error) {
	f, err := read.ParseFormat(markup)
	if err != nil {
		return "", 0, &exitError{code: 2, msg: "--markup: " + err.Error()}
	}
	n, err := parseSize(maxSize)
	if err != nil {
		return "", 0, &exitError{code: 2, msg: "--max-size: " + err.Error()}
	}
	return f, n, nil
}

// parseSize reads a --max-size value: a number of bytes, or one with a KB,
// MB or GB suffix (powers of 1024). "0" means no limit, which run.Options
// spells as a negative size.
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n < 0 || n*float64(mult) > 1<<62 {
		return 0, fmt.Errorf("%q is not a size (want bytes, or a number with KB, MB or GB)", s)
	}
	if n == 0 {
		return -1, nil
	}
	return max(1, int64(n*float64(mult))), nil
}
