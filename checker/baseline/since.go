package baseline

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// Reporting only what changed: the old and new text of a file are compared
// line by line with go-diff, and a finding is kept when its span touches a
// line that was added or changed. A line that was only removed marks the
// point where it was; a finding that spans that point is kept too. A file
// that did not exist before counts as all added. A finding stays where its
// rule reports it: a change that causes a finding on an unchanged line (a
// paragraph pasted twice, reported at its older copy) is not shown.

// ChangedRanges returns the byte ranges of cur that are new or changed
// relative to old, whole lines at a time. A removed line gives an empty range
// at the position where it was.
func ChangedRanges(old, cur []byte) [][2]int {
	dmp := diffmatchpatch.New()
	a, b, lines := dmp.DiffLinesToRunes(string(old), string(cur))
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(a, b, false), lines)
	var out [][2]int
	off := 0
	for _, d := range diffs {
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			off += len(d.Text)
		case diffmatchpatch.DiffInsert:
			out = appendRange(out, off, off+len(d.Text))
			off += len(d.Text)
		case diffmatchpatch.DiffDelete:
			out = appendRange(out, off, off)
		}
	}
	return out
}

// appendRange adds [start, end) to rs, merging it with the last range when
// they meet.
func appendRange(rs [][2]int, start, end int) [][2]int {
	if n := len(rs); n > 0 && rs[n-1][1] >= start {
		rs[n-1][1] = max(rs[n-1][1], end)
		return rs
	}
	return append(rs, [2]int{start, end})
}

// touchesChange reports whether the finding's span meets a changed range.
func touchesChange(f checker.Finding, changed [][2]int) bool {
	for _, c := range changed {
		switch {
		case c[0] == c[1]: // a removed line
			if f.TextOffset < c[0] && c[0] < f.TextEndOffset {
				return true
			}
		case f.TextOffset == f.TextEndOffset:
			if c[0] <= f.TextOffset && f.TextOffset < c[1] {
				return true
			}
		case f.TextOffset < c[1] && c[0] < f.TextEndOffset:
			return true
		}
	}
	return false
}

// keepChanged removes the findings of path that lie wholly in unchanged text.
func keepChanged(r *report.Report, path string, changed [][2]int) {
	out := r.Findings[:0]
	for _, f := range r.Findings {
		if f.Path != path || touchesChange(f, changed) {
			out = append(out, f)
		}
	}
	r.Findings = out
}

// ReadSince reads the old version of a file for --since.
func ReadSince(path string) ([]byte, error) {
	old, err := read.ReadFile(path, 0)
	if err != nil {
		return nil, fmt.Errorf("--since %s: %s", path, read.ReadError(err))
	}
	return old, nil
}

// KeepChangedSince keeps only the findings in text added or changed since
// old, for every checked file of r (--since takes one input).
func KeepChangedSince(r *report.Report, old []byte) {
	for _, f := range r.Files {
		if f.Doc != nil {
			keepChanged(r, f.Path, ChangedRanges(asText(old, f.Doc), f.Doc.Content))
		}
	}
}

// KeepChangedSinceGit keeps only the findings in text added or changed since
// git revision rev. Each file's old content is `git cat-file --filters
// REV:./NAME` run in its folder, so line endings match the work tree. A file
// that cannot be compared (standard input, outside a work tree) gets an error
// and keeps all its findings: nothing is hidden that was not compared. A
// revision the repository does not have is an error for the whole run
// (*RevisionError), so that no caller reports every old finding as new: in a
// shallow clone, the usual cause in CI, it says how to fetch the history.
func KeepChangedSinceGit(r *report.Report, rev string) error {
	g := gitOld{rev: rev, dirs: map[string]error{}}
	for i := range r.Files {
		f := &r.Files[i]
		if f.Doc == nil {
			continue
		}
		old, isNew, err := g.content(f.Path)
		var revErr *RevisionError
		if errors.As(err, &revErr) {
			return err
		}
		if err != nil {
			msg := "--since-git: " + err.Error()
			if f.Error != "" {
				msg = f.Error + "; " + msg
			}
			f.Error = msg
			continue
		}
		if isNew {
			continue // everything in a new file is new
		}
		keepChanged(r, f.Path, ChangedRanges(asText(old, f.Doc), f.Doc.Content))
	}
	return nil
}

// CheckGitRevision makes sure, before a run that would compare files with
// rev, that the git work tree of the first of them in one knows it: the
// error is a *RevisionError, so a shallow clone fails before anything is
// checked. Only one folder is asked (two git commands), not every folder of
// a large tree; KeepChangedSinceGit checks the others. Files outside a work
// tree and standard input are left for the run to report.
func CheckGitRevision(rev string, paths []string) error {
	g := gitOld{rev: rev, dirs: map[string]error{}}
	for _, p := range paths {
		if p == read.StdinPath {
			continue
		}
		dir := filepath.Dir(p)
		if _, seen := g.dirs[dir]; seen {
			continue
		}
		err := g.checkDir(dir)
		g.dirs[dir] = err
		var revErr *RevisionError
		if err == nil || errors.As(err, &revErr) {
			return err
		}
	}
	return nil
}

// RevisionError is a --since-git revision that a repository does not have.
type RevisionError struct {
	Rev     string
	Dir     string // a folder in the repository
	Shallow bool   // the repository is a shallow clone
}

func (e *RevisionError) Error() string {
	if e.Shallow {
		return fmt.Sprintf("--since-git %s: this is a shallow clone without that revision, so the changes cannot be found (nothing was reported); "+
			"fetch the history first: fetch-depth: 0 in actions/checkout (GitLab: GIT_DEPTH: 0), or git fetch --deepen=N or git fetch --unshallow", e.Rev)
	}
	return fmt.Sprintf("--since-git %s: unknown git revision in the repository of %s (nothing was reported); name a commit, branch or tag it has", e.Rev, e.Dir)
}

// gitOld fetches files' content at a revision, checking each folder once.
type gitOld struct {
	rev  string
	dirs map[string]error
}

// content returns path's content at g.rev, or isNew when it has none there.
func (g *gitOld) content(path string) (old []byte, isNew bool, err error) {
	if path == read.StdinPath {
		return nil, false, errors.New("standard input has no git history")
	}
	if strings.HasPrefix(g.rev, "-") || g.rev == "" {
		return nil, false, fmt.Errorf("invalid revision %q", g.rev)
	}
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	dirErr, seen := g.dirs[dir]
	if !seen {
		dirErr = g.checkDir(dir)
		g.dirs[dir] = dirErr
	}
	if dirErr != nil {
		return nil, false, dirErr
	}
	object := g.rev + ":./" + name
	if _, err := git(dir, "cat-file", "-e", object); err != nil {
		return nil, true, nil
	}
	old, err = git(dir, "cat-file", "--filters", object)
	return old, false, err
}

// checkDir makes sure dir is in a git work tree that knows g.rev.
func (g *gitOld) checkDir(dir string) error {
	out, err := git(dir, "rev-parse", "--is-inside-work-tree")
	if errors.Is(err, exec.ErrNotFound) {
		return err
	}
	if err != nil || strings.TrimSpace(string(out)) != "true" {
		return errors.New("not in a git work tree")
	}
	if _, err := git(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", g.rev+"^{commit}"); err != nil {
		out, _ := git(dir, "rev-parse", "--is-shallow-repository")
		return &RevisionError{Rev: g.rev, Dir: dir, Shallow: strings.TrimSpace(string(out)) == "true"}
	}
	return nil
}

// git runs a git command in dir and returns its standard output; the error
// carries the first line git wrote to standard error.
func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if errors.Is(err, exec.ErrNotFound) {
		return nil, fmt.Errorf("git is not installed: %w", err)
	}
	if err != nil {
		msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}

// asText returns an old version of doc's file as doc's text is: decoded the
// same way when the file is UTF-16 or Windows-1252 (as it is, if it does not
// decode), so that the changed ranges are ranges of doc.Content.
func asText(old []byte, doc *textdoc.Document) []byte {
	if doc.Encoding == "" {
		return old
	}
	if dec, _, _, err := read.DecodeInput(old); err == nil {
		return dec
	}
	return old
}
