package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// A baseline records the findings a project has accepted, so that a CI gate
// can be switched on for old articles and still fail on new artifacts. Each
// finding is keyed by its content, never by its line: the file's path, the
// rule, the finding's text and a few words on either side of it on its own
// line, all normalised (NFC, white space runs as one space). Inserting or
// removing lines elsewhere, or editing another paragraph, keeps the key; a
// new artifact, or the old one with its words around it changed, does not
// match and is reported. Identical keys are counted, so a file with two equal
// findings needs two to be hidden.
//
// Paths are written relative to the baseline file's folder (version 2), so a
// baseline written from the repository root matches from a subfolder, with
// absolute paths, or in a CI checkout at another place. Version 1 files,
// whose paths were as given on the command line, are still read: their
// paths are taken relative to the working folder, as they were written.

// BaselineVersion is the version of the baseline file format written.
const BaselineVersion = 2

// baselineVersionCWD is the first format, whose paths are relative to the
// working folder of the run that wrote it.
const baselineVersionCWD = 1

// baselineTool marks a baseline file, so that mtlint never reads or
// overwrites some other JSON file as one.
const baselineTool = "mtlint"

// baselineWords is how many words on each side of a finding are its context.
const baselineWords = 4

// Baseline is the content of a baseline file.
type Baseline struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`

	// dir is the folder paths are relative to ("" for the working folder).
	dir string
}

// BaselineEntry is one accepted finding, or Count equal ones.
type BaselineEntry struct {
	Path   string `json:"path"`
	Rule   string `json:"rule"`
	Text   string `json:"text"`
	Before string `json:"before"` // words before the finding on its line
	After  string `json:"after"`  // words after it on its line
	Count  int    `json:"count"`
}

type baselineKey struct {
	path, rule, text, before, after string
}

func (e BaselineEntry) key() baselineKey {
	return baselineKey{e.Path, e.Rule, e.Text, e.Before, e.After}
}

// New records the findings of r for a baseline file in folder dir: paths
// are written relative to it.
func New(r *report.Report, dir string) *Baseline {
	b := &Baseline{Version: BaselineVersion, Tool: baselineTool, Findings: []BaselineEntry{}, dir: dir}
	counts := map[baselineKey]int{}
	docs := report.Docs(r)
	paths := b.pather()
	for _, f := range r.Findings {
		counts[findingKey(f, paths(f.Path), docs[f.Path])]++
	}
	for k, n := range counts {
		b.Findings = append(b.Findings, BaselineEntry{Path: k.path, Rule: k.rule, Text: k.text, Before: k.before, After: k.after, Count: n})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		a, c := b.Findings[i], b.Findings[j]
		if a.Path != c.Path {
			return a.Path < c.Path
		}
		if a.Rule != c.Rule {
			return a.Rule < c.Rule
		}
		if a.Text != c.Text {
			return a.Text < c.Text
		}
		if a.Before != c.Before {
			return a.Before < c.Before
		}
		return a.After < c.After
	})
	return b
}

// Filter removes from r the findings the baseline holds, each entry hiding
// at most Count findings, and returns how many it hid.
func (b *Baseline) Filter(r *report.Report) int {
	left := map[baselineKey]int{}
	for _, e := range b.Findings {
		left[e.key()] += e.Count
	}
	docs := report.Docs(r)
	paths := b.pather()
	out := r.Findings[:0]
	hidden := 0
	for _, f := range r.Findings {
		k := findingKey(f, paths(f.Path), docs[f.Path])
		if left[k] > 0 {
			left[k]--
			hidden++
			continue
		}
		out = append(out, f)
	}
	r.Findings = out
	return hidden
}

// Marshal returns the baseline as indented JSON, entries sorted, so the file
// diffs well under version control.
func (b *Baseline) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Read reads a baseline file. A missing, unreadable or malformed file
// is an error that names it.
func Read(path string) (*Baseline, error) {
	data, err := read.ReadFile(path, 0)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %s", path, read.ReadError(err))
	}
	b, err := parseBaseline(data)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if b.Version != baselineVersionCWD {
		b.dir = filepath.Dir(path)
	}
	return b, nil
}

func parseBaseline(data []byte) (*Baseline, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("not an mtlint baseline: %v", err)
	}
	if dec.More() {
		return nil, errors.New("not an mtlint baseline: data after the JSON object")
	}
	if b.Tool != baselineTool {
		return nil, fmt.Errorf("not an mtlint baseline: tool is %q, want %q", b.Tool, baselineTool)
	}
	if b.Version != BaselineVersion && b.Version != baselineVersionCWD {
		return nil, fmt.Errorf("unsupported baseline version %d (this mtlint reads versions %d and %d)", b.Version, baselineVersionCWD, BaselineVersion)
	}
	for i, e := range b.Findings {
		if e.Path == "" || e.Rule == "" || e.Count < 1 {
			return nil, fmt.Errorf("finding %d: path, rule and a count of at least 1 are required", i+1)
		}
	}
	return &b, nil
}

// Write writes b to path atomically: a temporary file in the same
// folder renamed over the old one. It refuses to replace a file that is not
// an mtlint baseline, so a slip of the keyboard cannot overwrite an article.
func Write(path string, b *Baseline) error {
	data, err := b.Marshal()
	if err != nil {
		return fmt.Errorf("baseline %s: %w", path, err)
	}
	mode := fs.FileMode(0o644)
	if old, err := read.ReadFile(path, 0); err == nil {
		if _, err := parseBaseline(old); err != nil {
			return fmt.Errorf("baseline %s: refusing to overwrite: %w", path, err)
		}
		if info, err := os.Stat(path); err == nil {
			mode = info.Mode().Perm()
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("baseline %s: %s", path, read.ReadError(err))
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("baseline %s: %s", path, read.ReadError(err))
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("baseline %s: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("baseline %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("baseline %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("baseline %s: %w", path, err)
	}
	return nil
}

// findingKey is what identifies a finding across edits of its file; path is
// the finding's path as the baseline writes it.
func findingKey(f checker.Finding, path string, doc *textdoc.Document) baselineKey {
	k := baselineKey{path: path, rule: f.Rule, text: report.NormalizeSpace(f.Text)}
	if doc != nil && f.TextOffset <= f.TextEndOffset && f.TextEndOffset <= len(doc.Content) {
		x := doc.Lines()
		ls, lsEnd := x.LineBounds(x.LineOf(f.TextOffset))
		if f.TextOffset > lsEnd {
			ls = f.TextOffset // the span starts inside a line end
		}
		_, le := x.LineBounds(x.LineOf(f.TextEndOffset))
		if f.TextEndOffset > f.TextOffset && (doc.Content[f.TextEndOffset-1] == '\n' || doc.Content[f.TextEndOffset-1] == '\r') {
			le = f.TextEndOffset // the span ends its line
		}
		k.before, k.after = wordsBetween(doc.Content, max(ls, 0), max(le, f.TextEndOffset), f.TextOffset, f.TextEndOffset)
	}
	return k
}

// baselinePath writes paths with forward slashes and no "./", so a baseline
// written on one system matches on another.
func baselinePath(p string) string {
	if p == read.StdinPath {
		return p
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// pather returns the function that turns a finding's path, as given on the
// command line, into the baseline's form of it: relative to b.dir with
// forward slashes. Folders are resolved once each (symbolic links too, so
// that /tmp and /private/tmp agree); a path that cannot be made relative (on
// another volume) stays absolute.
func (b *Baseline) pather() func(string) string {
	if b.dir == "" {
		return baselinePath
	}
	root := resolveDir(b.dir)
	dirs := map[string]string{}
	return func(p string) string {
		if p == read.StdinPath {
			return p
		}
		dir, name := filepath.Split(p)
		rel, ok := dirs[dir]
		if !ok {
			rel = resolveDir(dir)
			if r, err := filepath.Rel(root, rel); err == nil {
				rel = r
			}
			dirs[dir] = rel
		}
		return baselinePath(filepath.Join(rel, name))
	}
}

// resolveDir returns dir absolute, with symbolic links resolved when it
// exists.
func resolveDir(dir string) string {
	if dir == "" {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return filepath.Clean(dir)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// wordsAround returns up to baselineWords words before content[start:end]
// and after it, without leaving the lines the span is on: a line inserted
// above or below does not change them. It reads only those words, so many
// findings on a long line cost each a bounded amount.
func wordsAround(content []byte, start, end int) (before, after string) {
	ls := bytes.LastIndexAny(content[:start], "\r\n") + 1
	le := len(content)
	if i := bytes.IndexAny(content[end:], "\r\n"); i >= 0 {
		le = end + i
	}
	if end > start && (content[end-1] == '\n' || content[end-1] == '\r') {
		le = end // the span ends its line
	}
	return wordsBetween(content, ls, le, start, end)
}

// wordsBetween is wordsAround with the bounds of the span's lines known:
// content[ls:le] holds them, without the last one's line end.
func wordsBetween(content []byte, ls, le, start, end int) (before, after string) {
	from := start
	for n := 0; n < baselineWords && from > ls; n++ {
		for from > ls { // white space before the word
			r, size := utf8.DecodeLastRune(content[ls:from])
			if !unicode.IsSpace(r) {
				break
			}
			from -= size
		}
		for from > ls { // the word
			r, size := utf8.DecodeLastRune(content[ls:from])
			if unicode.IsSpace(r) {
				break
			}
			from -= size
		}
	}
	to := end
	for n := 0; n < baselineWords && to < le; n++ {
		for to < le {
			r, size := utf8.DecodeRune(content[to:le])
			if !unicode.IsSpace(r) {
				break
			}
			to += size
		}
		for to < le {
			r, size := utf8.DecodeRune(content[to:le])
			if unicode.IsSpace(r) {
				break
			}
			to += size
		}
	}
	b := strings.Fields(report.NormalizeSpace(string(content[from:start])))
	a := strings.Fields(report.NormalizeSpace(string(content[end:to])))
	b = b[max(0, len(b)-baselineWords):]
	a = a[:min(len(a), baselineWords)]
	return strings.Join(b, " "), strings.Join(a, " ")
}
