package run

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// AlwaysSkipped are the folders a walk never enters unless told not to
// ignore anything: installed dependencies and git's own store hold other
// people's text, never a team's translations.
var AlwaysSkipped = []string{".git", "node_modules", "vendor"}

// ExpandOptions say how folder walks and globs choose files.
type ExpandOptions struct {
	// NoIgnore walks everything: .gitignore files, .git/info/exclude and
	// the AlwaysSkipped folders are not honoured.
	NoIgnore bool
}

// ignorer decides which paths a walk leaves out, as git would: the
// .gitignore of every folder from the repository's root down to the path,
// and .git/info/exclude, with git's precedence (a deeper file and a later
// line win, "!" re-includes). Outside a repository, the .gitignore files
// from the walk's root down apply. The patterns are parsed by go-git's
// gitignore package, which implements git's matching rules.
type ignorer struct {
	root  string                         // absolute; the repository root, or the walk root outside a repository
	byDir map[string][]gitignore.Pattern // absolute folder -> patterns from root through it
	// gitOff leaves the ignore files out (the walk's root was named on
	// the command line although git ignores it); the AlwaysSkipped
	// folders are still skipped.
	gitOff bool
	// wd is the working folder, read once: filepath.Abs reads it again
	// for every path (two stat calls), which a walk of many small files
	// feels.
	wd string
}

// newIgnorer returns the ignorer for a walk or glob starting at dir.
func newIgnorer(dir string) *ignorer {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	root := abs
	for d := abs; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			root = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	wd, _ := os.Getwd()
	g := &ignorer{root: root, byDir: map[string][]gitignore.Pattern{}, wd: wd}
	g.byDir[root] = append(readPatterns(filepath.Join(root, ".git", "info", "exclude"), nil),
		readPatterns(filepath.Join(root, ".gitignore"), nil)...)
	return g
}

// readPatterns reads one ignore file; a missing or unreadable file has no
// patterns (git ignores it too).
func readPatterns(path string, domain []string) []gitignore.Pattern {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var ps []gitignore.Pattern
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		ps = append(ps, gitignore.ParsePattern(line, domain))
	}
	return ps
}

// components splits abs into its path components below the root; ok is
// false outside the root.
func (g *ignorer) components(abs string) ([]string, bool) {
	rel, err := filepath.Rel(g.root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, false
	}
	if rel == "." {
		return nil, true
	}
	return strings.Split(filepath.ToSlash(rel), "/"), true
}

// patterns returns the patterns that apply inside the folder dir.
func (g *ignorer) patterns(dir string) []gitignore.Pattern {
	if ps, ok := g.byDir[dir]; ok {
		return ps
	}
	parts, ok := g.components(dir)
	if !ok || dir == g.root {
		return nil
	}
	parent := g.patterns(filepath.Dir(dir))
	own := readPatterns(filepath.Join(dir, ".gitignore"), parts)
	ps := parent
	if len(own) > 0 {
		ps = append(append([]gitignore.Pattern(nil), parent...), own...)
	}
	g.byDir[dir] = ps
	return ps
}

// ignored reports whether the path, a folder when isDir, is ignored by
// itself: by its name or by the ignore files above it. A walk that skips
// ignored folders need not ask about their contents.
func (g *ignorer) ignored(abs string, isDir bool) bool {
	if isDir && isAlwaysSkipped(filepath.Base(abs)) {
		return true
	}
	if g.gitOff {
		return false
	}
	parts, ok := g.components(abs)
	if !ok || len(parts) == 0 {
		return false
	}
	return gitignore.NewMatcher(g.patterns(filepath.Dir(abs))).Match(parts, isDir)
}

// ignoredPath is ignored for a path as a walk names it.
func (g *ignorer) ignoredPath(p string, isDir bool) bool {
	var abs string
	switch {
	case filepath.IsAbs(p):
		abs = filepath.Clean(p)
	case g.wd != "":
		abs = filepath.Join(g.wd, p) // as filepath.Abs does
	default:
		return false // as when filepath.Abs fails
	}
	return g.ignored(abs, isDir)
}

// ignoredUnder reports whether abs, met by a glob (or named as a walk's
// root), is ignored by itself or because a folder between the repository's
// root and it is.
func (g *ignorer) ignoredUnder(abs string, isDir bool) bool {
	parts, ok := g.components(abs)
	if !ok {
		return false
	}
	dir := g.root
	for _, p := range parts[:max(0, len(parts)-1)] {
		dir = filepath.Join(dir, p)
		if g.ignored(dir, true) {
			return true
		}
	}
	return len(parts) > 0 && g.ignored(abs, isDir)
}

func isAlwaysSkipped(name string) bool {
	for _, s := range AlwaysSkipped {
		if name == s {
			return true
		}
	}
	return false
}
