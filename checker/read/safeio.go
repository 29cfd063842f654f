package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// ReadFile reads the file at path through one bounded reader: at most limit
// bytes plus one, whatever the file says its size is, so that a device
// (/dev/zero), a growing file or a symlink to one ends in a size error, not
// in running out of memory. limit is the --max-size value (0 is
// DefaultMaxSize, negative is none). Every file mtlint reads goes through it:
// inputs, sources, configurations, glossaries, baselines and --since files.
func ReadFile(path string, limit int64) ([]byte, error) {
	limit = maxSize(limit)
	data, f, err := readRegular(path, limit)
	if f == nil || err != nil {
		return data, err
	}
	defer f.Close()
	return readOpened(f, path, limit)
}

// readOpened reads an open file as ReadFile does.
func readOpened(f *os.File, path string, limit int64) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("is a directory")}
	}
	var buf bytes.Buffer
	if info.Mode().IsRegular() {
		if info.Size() > limit {
			return nil, SizeError(info.Size(), limit)
		}
		buf.Grow(int(info.Size()) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, SizeError(-1, limit)
	}
	return buf.Bytes(), nil
}

// ReadAll reads r (standard input) up to the size limit, as ReadFile does.
func ReadAll(r io.Reader, limit int64) ([]byte, error) {
	limit = maxSize(limit)
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, SizeError(-1, limit)
	}
	return b, nil
}

// RepoRoot returns the repository that holds dir: the nearest folder at or
// above it that holds .git, or "" when there is none. dir is made absolute.
func RepoRoot(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// TrustRoot is the folder that files named by the content of dir may not
// leave: its repository, or dir itself outside one.
func TrustRoot(dir string) string {
	if r := RepoRoot(dir); r != "" {
		return r
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	return abs
}

// ErrOutside is the reason a file that a repository names is not read.
var ErrOutside = errors.New("links to a file outside the repository; name it on the command line to use it")

// Inside reports whether path, with every symlink resolved, lies in root
// (itself resolved). A path that does not exist is judged by its name.
func Inside(path, root string) bool {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		real, err = filepath.Abs(path)
		if err != nil {
			return false
		}
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	real, _ = filepath.Abs(real)
	_, ok := RelInside(root, real)
	return ok
}

// RelInside returns path relative to dir, and whether path lies in dir (both
// absolute or both relative, symlinks not resolved).
func RelInside(dir, path string) (string, bool) {
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", false
	}
	return rel, true
}

// Skipped is a file that a folder walk or a glob met and did not check,
// with the reason.
type Skipped struct {
	Path   string
	Reason string
}

func (s Skipped) String() string {
	return fmt.Sprintf("%s: skipped: %s", textdoc.DisplayPath(s.Path), s.Reason)
}

// Walkable says whether a file met by a walk or a glob under root is
// checked: a regular file, or a symlink to a regular file inside root.
// Devices, FIFOs and sockets are skipped (reading one would block or never
// end), and so are symlinks out of the repository (a checked-out repository
// must not make mtlint print, report or rewrite a file outside it).
func Walkable(path, root string) (bool, string) {
	l, err := os.Lstat(path)
	if err != nil {
		return true, "" // reported when read
	}
	if l.Mode()&fs.ModeSymlink != 0 {
		if !Inside(path, root) {
			return false, "a symlink to a file outside the repository"
		}
	}
	info, err := os.Stat(path)
	if err != nil {
		return true, ""
	}
	if !info.Mode().IsRegular() {
		return false, "not a regular file (a device, FIFO or socket)"
	}
	return true, ""
}
