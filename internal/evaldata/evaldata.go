// Package evaldata reads the MQM evaluation file of ../shared/eval into whole
// articles, for throughput benchmarks and corpus building. The file is not
// ours to copy: the articles are built in memory or in a temporary folder,
// never in the repository.
package evaldata

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Find returns the evaluation file's path seen from dir's ancestors up to the
// repository root's parent (a test runs in its package folder), or "" when
// it is absent.
func Find() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for range 4 {
		p := filepath.Join(dir, "..", "shared", "eval", "mqm-dev.tsv")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		dir = filepath.Dir(dir)
	}
	return ""
}

// Article is one system's translation of one document: its target segments
// in order, a blank line between them.
type Article struct {
	LP, System, Doc string
	Text            string
}

// The MQM TSV columns (DESIGN.md, "Evaluation data").
const (
	ColLP      = 1
	ColSystem  = 2
	ColDoc     = 3
	ColSegID   = 5
	ColNErrors = 7
	ColErrors  = 8
	ColSource  = 9
	ColTarget  = 10
	Columns    = 11
	// LineBreak is how the TSV writes a line break inside a segment.
	LineBreak = ` \n `
)

// LineError is a malformed line of the TSV.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Rows calls fn with each row of the MQM TSV after the header, and its line
// number. A row without the 11 columns is a *LineError, and so is an error
// fn returns; an empty file is an error.
func Rows(r io.Reader, fn func(line int, cols []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		if n++; n == 1 {
			continue // header
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != Columns {
			return &LineError{n, fmt.Errorf("%d columns, want %d", len(cols), Columns)}
		}
		if err := fn(n, cols); err != nil {
			return &LineError{n, err}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("empty file")
	}
	return nil
}

// SegmentKey identifies one system's translation of one segment.
func SegmentKey(cols []string) string {
	return strings.Join([]string{cols[ColLP], cols[ColSystem], cols[ColDoc], cols[ColSegID]}, "\x00")
}

// Articles reads the MQM TSV and returns the articles of language pair lp
// ("zh-en" for English targets, "en-de" for German ones; "" for all), each
// segment once however many raters rated it.
func Articles(r io.Reader, lp string) ([]Article, error) {
	seen := map[string]bool{}
	index := map[string]int{}
	var out []Article
	var parts [][]string
	err := Rows(r, func(_ int, cols []string) error {
		if lp != "" && cols[ColLP] != lp || seen[SegmentKey(cols)] {
			return nil
		}
		seen[SegmentKey(cols)] = true
		doc := strings.Join([]string{cols[ColLP], cols[ColSystem], cols[ColDoc]}, "\x00")
		i, ok := index[doc]
		if !ok {
			i = len(out)
			index[doc] = i
			out = append(out, Article{LP: cols[ColLP], System: cols[ColSystem], Doc: cols[ColDoc]})
			parts = append(parts, nil)
		}
		parts[i] = append(parts[i], strings.ReplaceAll(cols[ColTarget], LineBreak, "\n"))
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Text = strings.Join(parts[i], "\n\n") + "\n"
	}
	return out, nil
}

// ReadArticles opens path and returns its articles of lp.
func ReadArticles(path, lp string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	arts, err := Articles(f, lp)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return arts, nil
}

// Limit returns the first articles whose texts add up to under max bytes.
func Limit(arts []Article, max int64) []Article {
	var size int64
	for i, a := range arts {
		if size += int64(len(a.Text)); size > max {
			return arts[:i]
		}
	}
	return arts
}

// WriteCorpus writes the articles into dir as plain-text files, copies times
// over (file names 0001.txt, 0002.txt, ...), and returns their paths and
// total size in bytes.
func WriteCorpus(dir string, arts []Article, copies int) ([]string, int64, error) {
	var paths []string
	var size int64
	for c := range copies {
		for i, a := range arts {
			p := filepath.Join(dir, fmt.Sprintf("%04d.txt", c*len(arts)+i+1))
			if err := os.WriteFile(p, []byte(a.Text), 0o644); err != nil {
				return nil, 0, err
			}
			paths = append(paths, p)
			size += int64(len(a.Text))
		}
	}
	return paths, size, nil
}
