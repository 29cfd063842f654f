//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// secret is what a hostile repository tries to get printed.
const secret = "API_TOKEN=hunter2-do-not-print"

// hostileRepo makes a repository (a folder with .git) in a temporary folder
// that also holds secret.env outside the repository, and returns both.
func hostileRepo(t *testing.T) (repo, outside string) {
	t.Helper()
	base := t.TempDir()
	repo = filepath.Join(base, "repo")
	for _, d := range []string{".git", "docs"} {
		if err := os.MkdirAll(filepath.Join(repo, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	outside = filepath.Join(base, "secret.env")
	if err := os.WriteFile(outside, []byte(secret+"\nthe the end  of it\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, "docs", "a.txt"), []byte(goodText), 0o644); err != nil {
		t.Fatal(err)
	}
	return repo, outside
}

// runBounded runs the command and fails the test when it does not end
// within a minute (a hang), rather than blocking the whole test run.
func runBounded(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code        int
		out, errOut string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errOut := runIn(t, dir, args...)
		done <- result{code, out, errOut}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.errOut
	case <-time.After(time.Minute):
		t.Fatalf("%v: still running after a minute", args)
		return 0, "", ""
	}
}

// TestTrustConfigSymlinkOut: a repository's .mtlint.yaml that links to a
// file outside it is refused by name, and its content never printed.
func TestTrustConfigSymlinkOut(t *testing.T) {
	repo, outside := hostileRepo(t)
	if err := os.Symlink(outside, filepath.Join(repo, ".mtlint.yaml")); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runIn(t, repo, "check", "--lang", "en", "docs/a.txt")
	if code != 2 || !strings.Contains(errOut, ".mtlint.yaml") || !strings.Contains(errOut, "outside the repository") {
		t.Errorf("exit %d, stderr %q: want 2 and the config refused by name", code, errOut)
	}
	if strings.Contains(out+errOut, "hunter2") {
		t.Errorf("the linked file's content was printed:\n%s%s", out, errOut)
	}
	// Named on the command line, the same file is the user's choice: it is
	// read, and the error still does not quote it.
	code, out, errOut = runIn(t, repo, "check", "--lang", "en", "--config", outside, "docs/a.txt")
	if code != 2 || strings.Contains(out+errOut, "hunter2") {
		t.Errorf("--config: exit %d, output %q %q: want 2 without the content", code, out, errOut)
	}
}

// TestTrustGlossaryOutside: a glossary path in a repository's configuration
// that leaves the repository is refused, without reading the file.
func TestTrustGlossaryOutside(t *testing.T) {
	repo, outside := hostileRepo(t)
	for _, cfg := range []string{"glossary: ../secret.env\n", "glossary: " + outside + "\n", "glossary: docs/../../secret.env\n",
		// The rule's option set under rules: the same boundary.
		"rules:\n  glossary:\n    options:\n      file: ../secret.env\n"} {
		g := cfg
		if err := os.WriteFile(filepath.Join(repo, ".mtlint.yaml"), []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runIn(t, repo, "check", "--lang", "en", "--source-lang", "de", "docs/a.txt")
		if code != 2 || !strings.Contains(errOut, "outside the repository") || strings.Contains(out+errOut, "hunter2") {
			t.Errorf("glossary %s: exit %d, stderr %q: want 2, refused, nothing quoted", g, code, errOut)
		}
	}
}

// TestTrustWalkSymlinkOut: a folder walk skips a symlink to a file outside
// the repository, with a note, in check, detect-free output formats and fix
// --write, which must not rewrite the file it points at.
func TestTrustWalkSymlinkOut(t *testing.T) {
	repo, outside := hostileRepo(t)
	if err := os.Symlink(outside, filepath.Join(repo, "docs", "k.md")); err != nil {
		t.Fatal(err)
	}
	// A symlink inside the repository is still checked.
	if err := os.Symlink(filepath.Join(repo, "docs", "a.txt"), filepath.Join(repo, "docs", "in.txt")); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "html", "text"} {
		code, out, errOut := runIn(t, repo, "check", "--lang", "en", "--fail-on", "never", "--format", format, "docs")
		if code != 0 || strings.Contains(out, "hunter2") || !strings.Contains(errOut, "k.md: skipped") {
			t.Errorf("%s: exit %d, stderr %q: want 0, the link skipped with a note, the secret not shown", format, code, errOut)
		}
		if !strings.Contains(out, "in.txt") {
			t.Errorf("%s: the symlink inside the repository was not checked:\n%s", format, out)
		}
	}
	before, _ := os.ReadFile(outside)
	runIn(t, repo, "fix", "--write", "--lang", "en", "docs")
	if after, _ := os.ReadFile(outside); string(after) != string(before) {
		t.Errorf("fix --write on a walk rewrote a file outside the repository")
	}
}

// TestBoundedReads: an endless device given anywhere ends in a size error
// that names it, never in running out of memory; devices, FIFOs and
// symlinks to them met by a walk are skipped, never read.
func TestBoundedReads(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := writeFiles(t, map[string][]byte{"a.txt": []byte(goodText)})
	for _, args := range [][]string{
		{"check", "--lang", "en", "--max-size", "1MB", "/dev/zero"},
		{"check", "--lang", "en", "--max-size", "1MB", "--config", "/dev/zero", "a.txt"},
		{"check", "--lang", "en", "--max-size", "1MB", "--baseline", "/dev/zero", "a.txt"},
		{"check", "--lang", "en", "--max-size", "1MB", "--since", "/dev/zero", "a.txt"},
		{"check", "--lang", "en", "--source-lang", "de", "--max-size", "1MB", "--glossary", "/dev/zero", "a.txt"},
		{"check", "--lang", "en", "--max-size", "1MB", "--source", "/dev/zero", "a.txt"},
		{"detect", "/dev/zero"},
		{"align", "/dev/zero", "a.txt"},
	} {
		code, out, errOut := runBounded(t, dir, args...)
		if code != 2 || !strings.Contains(out+errOut, "size limit") { // detect reports in its output
			t.Errorf("%v: exit %d, stderr %q: want 2 and a size error", args, code, errOut)
		}
	}

	// A walk meets a FIFO and a symlink to /dev/zero: both skipped.
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "z.txt")); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runBounded(t, dir, "check", "--lang", "en", "--fail-on", "never", ".")
	if code != 0 || !strings.Contains(errOut, "pipe.txt: skipped") || !strings.Contains(errOut, "z.txt: skipped") || !strings.Contains(out, "a.txt") {
		t.Errorf("walk: exit %d, stderr %q, stdout %q: want 0, both skipped with a note, a.txt checked", code, errOut, out)
	}
}

// TestGlobSymlinkLoop: a glob through a symlinked folder that points back up
// ends, and reports each file once.
func TestGlobSymlinkLoop(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"a.txt": []byte(goodText)})
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runBounded(t, dir, "check", "--lang", "en", "--fail-on", "never", "--format", "line", "**/*.txt")
	if code != 0 || strings.Count(out, "a.txt:") != 1 {
		t.Errorf("exit %d, output:\n%s\nwant a.txt's one finding once", code, out)
	}
}

// TestTerminalInjection: a file name with an escape sequence and line ends,
// and a line with a bidi override, cannot colour the terminal, forge a line
// of line-based output or reorder what is shown.
func TestTerminalInjection(t *testing.T) {
	name := "a\x1b[31mred\nforged.txt:9:9: error: fake [drop-cap]\n.txt"
	dir := writeFiles(t, map[string][]byte{
		name:       []byte(goodText),
		"bidi.txt": []byte("Hello there.\nIt \u202eended  late in the evening.\n"),
	})
	for _, format := range []string{"line", "text", "github"} {
		code, out, errOut := runIn(t, dir, "check", "--lang", "en", "--fail-on", "never", "--color", "always", "--format", format, name, "bidi.txt")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errOut)
		}
		if format == "text" {
			out = strings.ReplaceAll(out, "\x1b[", "") // --color always: mtlint's own colours
			out = strings.NewReplacer("0m", "", "1m", "", "2m", "", "31m", "", "33m", "", "34m", "", "32m", "").Replace(out)
		}
		if strings.Contains(out, "\x1b") || strings.ContainsRune(out, '\u202e') {
			t.Errorf("%s: raw escape or bidi control in output:\n%q", format, out)
		}
		if strings.Contains(out, "\nforged.txt") {
			t.Errorf("%s: a file name forged a line:\n%s", format, out)
		}
		if format == "line" {
			for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if !strings.HasPrefix(l, `"a\x1b[31mred\nforged`) && !strings.HasPrefix(l, "bidi.txt:") {
					t.Errorf("line: a line that is no finding of the two files: %q", l)
				}
			}
		}
	}
}
