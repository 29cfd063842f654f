//go:build linux

package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// fixable is a text with one safe fix (a double space).
const fixable = "It ended  late.\n"

// TestFixKeepsModeBitsAndAttributes: fix --write keeps setgid and sticky
// bits and extended attributes.
func TestFixKeepsModeBitsAndAttributes(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"a.txt": []byte(fixable)})
	path := filepath.Join(dir, "a.txt")
	if err := os.Chmod(path, 0o664|os.ModeSetgid|os.ModeSticky); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(path)
	xattr := unix.Setxattr(path, "user.mtlint-test", []byte("kept"), 0) == nil
	if code, _, errOut := runIn(t, dir, "fix", "--write", "--lang", "en", "a.txt"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	after, _ := os.Stat(path)
	if got, _ := os.ReadFile(path); string(got) != "It ended late.\n" {
		t.Fatalf("not fixed: %q", got)
	}
	if after.Mode() != before.Mode() {
		t.Errorf("mode %v, want %v", after.Mode(), before.Mode())
	}
	if xattr {
		buf := make([]byte, 16)
		n, err := unix.Getxattr(path, "user.mtlint-test", buf)
		if err != nil || string(buf[:n]) != "kept" {
			t.Errorf("extended attribute lost: %q, %v", buf[:max(n, 0)], err)
		}
	}
}

// TestFixRefusesHardLinks: a file with a second name is left as it was, with
// the reason, rather than split from its other name.
func TestFixRefusesHardLinks(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"a.txt": []byte(fixable)})
	if err := os.Link(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")); err != nil {
		t.Skip(err)
	}
	code, _, errOut := runIn(t, dir, "fix", "--write", "--lang", "en", "a.txt")
	if code != 2 || !strings.Contains(errOut, "hard links") {
		t.Errorf("exit %d, stderr %q: want 2 and the reason", code, errOut)
	}
	for _, n := range []string{"a.txt", "b.txt"} {
		if got, _ := os.ReadFile(filepath.Join(dir, n)); string(got) != fixable {
			t.Errorf("%s changed: %q", n, got)
		}
	}
}

// TestFixByNonOwner: a group member who may write a file but cannot give a
// replacement its owner is refused; the file keeps its text and its owner.
func TestFixByNonOwner(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to create files of two users")
	}
	bin, err := exec.LookPath("mtlint") // the test binary, as testscript set it up
	if err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "mtlint")
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(exe, data, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte(fixable), 0o664); err != nil {
		t.Fatal(err)
	}
	const owner, other, group = 64001, 64002, 64000
	if err := os.Chown(path, owner, group); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o664); err != nil { // past the umask
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Dir(dir), dir} {
		_ = os.Chmod(p, 0o777) // the other user must reach the folder
	}
	cmd := exec.Command(exe, "fix", "--write", "--lang", "en", "a.txt")
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: other, Gid: group}}
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "owned by user") {
		t.Errorf("fix by another group member: %v, output %q; want a refusal naming the owner", err, out)
	}
	info, _ := os.Stat(path)
	if st := info.Sys().(*syscall.Stat_t); st.Uid != owner {
		t.Errorf("owner is %d now, want %d", st.Uid, owner)
	}
	if got, _ := os.ReadFile(path); string(got) != fixable {
		t.Errorf("text changed: %q", got)
	}
}

// TestFixKilledLeavesNoTemporaryFile: fix --write killed while it writes a
// large file (SIGKILL and SIGTERM) leaves the file whole, old or new, and
// no temporary copy beside it.
func TestFixKilledLeavesNoTemporaryFile(t *testing.T) {
	bin, err := exec.LookPath("mtlint")
	if err != nil {
		t.Skip(err)
	}
	big := strings.Repeat("The council met  on Monday and spoke at length about the budget.\n\n", 120000) // 8 MB
	fixed := strings.ReplaceAll(big, "met  on", "met on")
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		for _, delay := range []time.Duration{50 * time.Millisecond, 400 * time.Millisecond, 1500 * time.Millisecond} {
			dir := writeFiles(t, map[string][]byte{"big.txt": []byte(big)})
			cmd := exec.Command(bin, "fix", "--write", "--lang", "en", "big.txt")
			cmd.Dir = dir
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(delay)
			_ = cmd.Process.Signal(sig)
			_ = cmd.Wait()
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if e.Name() != "big.txt" {
					t.Errorf("%v after %v: %s left behind", sig, delay, e.Name())
				}
			}
			if got, _ := os.ReadFile(filepath.Join(dir, "big.txt")); string(got) != big && string(got) != fixed {
				t.Errorf("%v after %v: the file is neither the old nor the fixed text (%d bytes)", sig, delay, len(got))
			}
		}
	}
}

// TestFixKilledAtEachStep kills fix --write exactly where a temporary file
// exists (the MTLINT_TEST_FIX_PAUSE hook stops it there): with SIGKILL while
// the new text is written (the file has no name yet, so nothing can be left
// behind), and with SIGTERM and SIGINT once the file has its name (the
// signal handler removes it). Each time the original is left as it was.
func TestFixKilledAtEachStep(t *testing.T) {
	bin, err := exec.LookPath("mtlint")
	if err != nil {
		t.Skip(err)
	}
	text := "The council met  on Monday.\n"
	for _, tc := range []struct {
		step string
		sig  syscall.Signal
	}{{"written", syscall.SIGKILL}, {"named", syscall.SIGTERM}, {"named", syscall.SIGINT}} {
		dir := writeFiles(t, map[string][]byte{"a.txt": []byte(text)})
		cmd := exec.Command(bin, "fix", "--write", "--lang", "en", "a.txt")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "MTLINT_TEST_FIX_PAUSE="+tc.step)
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(stderr).ReadString('\n')
		if line != "paused "+tc.step+"\n" {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("%s: fix did not pause: %q", tc.step, line)
		}
		if tc.step == "named" {
			if entries, _ := os.ReadDir(dir); len(entries) != 2 {
				t.Errorf("%s: want the file and its named copy, found %d entries", tc.step, len(entries))
			}
		}
		_ = cmd.Process.Signal(tc.sig)
		_ = cmd.Wait()
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != "a.txt" {
				t.Errorf("%v at %s: %s left behind", tc.sig, tc.step, e.Name())
			}
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(got) != text {
			t.Errorf("%v at %s: the file changed: %q", tc.sig, tc.step, got)
		}
	}
}
