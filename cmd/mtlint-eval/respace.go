package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mtlint/mtlint/checker"
)

// RespaceResult is what --respace measures: token-artifact on the
// compounds of clean text, each with its hyphen spaced as a detokenizer
// leaves it, and on the same paragraphs unchanged.
type RespaceResult struct {
	Lang string `json:"lang"`
	// Files counts the text files read; Paragraphs the distinct paragraphs
	// of six words or more with a compound, one compound each.
	Files      int `json:"files"`
	Paragraphs int `json:"paragraphs"`
	// Found counts the spaced compounds reported; Missed lists some of the
	// others, for reading.
	Found  int      `json:"found"`
	Missed []string `json:"missed,omitempty"`
	// Clean lists the findings of spacing inside a compound on the
	// paragraphs unchanged.
	Clean []string `json:"clean,omitempty"`
}

// respaceMisses bounds the misses kept for reading.
const respaceMisses = 30

// evalRespace reads the .txt and .md files under dirs as paragraphs of
// clean text in lang, spaces the hyphen of the first compound of each
// (hyphenated, not a dash before a function word) and counts the paragraphs
// where token-artifact reports it. A respaced compound of the text's own is
// a test the MQM targets cannot give in number: the error-free German
// targets hold one.
func evalRespace(dirs []string, lang string, opt evalOptions) (*RespaceResult, error) {
	eng, err := opt.newEngine(checker.Config{})
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ext := filepath.Ext(path); !d.IsDir() && (ext == ".txt" || ext == ".md") {
				paths = append(paths, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(paths)
	res := &RespaceResult{Lang: lang, Files: len(paths)}
	seen := map[string]bool{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, para := range strings.Split(string(data), "\n") {
			para = strings.TrimSpace(para)
			if len(strings.Fields(para)) < 6 || seen[para] {
				continue
			}
			seen[para] = true
			j := hyphenated(para)
			if j <= 0 || dashBefore(para[j+1:], lang) {
				continue
			}
			res.Paragraphs++
			spaced := para[:j] + " - " + para[j+1:]
			fs, err := checkText(eng, spaced, lang, "")
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			found := false
			for _, f := range fs {
				if f.Rule == "token-artifact" && f.Offset < j+3 && j < f.EndOffset {
					found = true
				}
			}
			if found {
				res.Found++
			} else if len(res.Missed) < respaceMisses {
				res.Missed = append(res.Missed, spaced[max(0, j-40):min(len(spaced), j+43)])
			}
			fs, err = checkText(eng, para, lang, "")
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			for _, f := range fs {
				if f.Rule == "token-artifact" && strings.Contains(f.Message, "hyphen") {
					res.Clean = append(res.Clean, fmt.Sprintf("%s: %q", path, f.Text))
				}
			}
		}
	}
	return res, nil
}

func (r *RespaceResult) writeTable(w io.Writer) {
	fmt.Fprintf(w, "%s: %d files, %d paragraphs with a compound\n", r.Lang, r.Files, r.Paragraphs)
	fmt.Fprintf(w, "spaced compounds found by token-artifact: %d of %d (%.0f %%)\n", r.Found, r.Paragraphs, pct(r.Found, r.Paragraphs))
	fmt.Fprintf(w, "findings of a spaced hyphen on the paragraphs unchanged: %d\n", len(r.Clean))
	for _, c := range r.Clean {
		fmt.Fprintln(w, "  ", c)
	}
	if len(r.Missed) > 0 {
		fmt.Fprintf(w, "first %d missed:\n", len(r.Missed))
		for _, m := range r.Missed {
			fmt.Fprintf(w, "   %q\n", m)
		}
	}
}
