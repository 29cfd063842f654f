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

// DefaultPath is the evaluation file seen from the repository root.
const DefaultPath = "../shared/eval/mqm-dev.tsv"

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

// The columns used (DESIGN.md, "Evaluation data").
const (
	colLP, colSystem, colDoc, colSegID, colTarget, columns = 1, 2, 3, 5, 10, 11
)

// Articles reads the MQM TSV and returns the articles of language pair lp
// ("zh-en" for English targets, "en-de" for German ones; "" for all), each
// segment once however many raters rated it.
func Articles(r io.Reader, lp string) ([]Article, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	seen := map[string]bool{}
	index := map[string]int{}
	var out []Article
	var parts [][]string
	n := 0
	for sc.Scan() {
		if n++; n == 1 {
			continue // header
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != columns {
			return nil, fmt.Errorf("line %d: %d columns, want %d", n, len(cols), columns)
		}
		if lp != "" && cols[colLP] != lp {
			continue
		}
		seg := strings.Join([]string{cols[colLP], cols[colSystem], cols[colDoc], cols[colSegID]}, "\x00")
		if seen[seg] {
			continue
		}
		seen[seg] = true
		doc := strings.Join([]string{cols[colLP], cols[colSystem], cols[colDoc]}, "\x00")
		i, ok := index[doc]
		if !ok {
			i = len(out)
			index[doc] = i
			out = append(out, Article{LP: cols[colLP], System: cols[colSystem], Doc: cols[colDoc]})
			parts = append(parts, nil)
		}
		// The TSV writes a line break inside a segment as " \n ".
		parts[i] = append(parts[i], strings.ReplaceAll(cols[colTarget], ` \n `, "\n"))
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, fmt.Errorf("empty file")
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
