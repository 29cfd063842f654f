package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFileAtomicRefusesChangedFile checks that a file changed between
// reading and writing is left with its new text and no temporary file.
func TestWriteFileAtomicRefusesChangedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("old text\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// Someone else saves the file meanwhile.
	if err := os.WriteFile(path, []byte("their text\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	err = writeFileAtomic(path, []byte("old text\n"), []byte("fixed text\n"), info, &tempSet{})
	if err == nil || !strings.Contains(err.Error(), "changed while it was being fixed") {
		t.Fatalf("got error %v, want a refusal", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "their text\n" {
		t.Errorf("file now holds %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
}

// TestWriteFileAtomicKeepsMode checks the replacement's permissions and that
// no temporary file is left.
func TestWriteFileAtomicKeepsMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("old\r\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil { // umask-proof
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if err := writeFileAtomic(path, []byte("old\r\n"), []byte("new\r\n"), info, &tempSet{}); err != nil {
		t.Fatal(err)
	}
	now, _ := os.Stat(path)
	if b, _ := os.ReadFile(path); string(b) != "new\r\n" || now.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v", b, now.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
}

// TestFixThroughSymlink checks that fixing a symbolic link rewrites the file
// it names and keeps the link.
func TestFixThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(target, []byte("It belongs to .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	var out, errOut strings.Builder
	if code := execute([]string{"fix", "--write", "--lang", "en", link}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if b, _ := os.ReadFile(target); string(b) != "It belongs to.\n" {
		t.Errorf("target holds %q", b)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", fi, err)
	}
}
