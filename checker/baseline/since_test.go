package baseline

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/report"
)

func TestChangedRanges(t *testing.T) {
	old := "one\ntwo\nthree\nfour\n"
	tests := []struct {
		cur  string
		want [][2]int
	}{
		{old, nil},
		{"zero\none\ntwo\nthree\nfour\n", [][2]int{{0, 5}}},
		{"one\ntwo!\nthree\nfour\n", [][2]int{{4, 9}}},
		{"one\nthree\nfour\n", [][2]int{{4, 4}}},
		{"one\ntwo\nthree\nfour\nfive", [][2]int{{19, 23}}},
		{"", [][2]int{{0, 0}}},
	}
	for _, tt := range tests {
		if got := ChangedRanges([]byte(old), []byte(tt.cur)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ChangedRanges(%q) = %v, want %v", tt.cur, got, tt.want)
		}
	}
}

func TestTouchesChange(t *testing.T) {
	changed := [][2]int{{10, 20}, {30, 30}}
	tests := []struct {
		start, end int
		want       bool
	}{
		{0, 10, false}, {0, 11, true}, {19, 25, true}, {20, 25, false},
		{15, 15, true}, {20, 20, false},
		{25, 35, true}, {25, 30, false}, {30, 35, false},
	}
	for _, tt := range tests {
		if got := touchesChange(checker.Finding{TextOffset: tt.start, TextEndOffset: tt.end}, changed); got != tt.want {
			t.Errorf("touchesChange([%d,%d)) = %v, want %v", tt.start, tt.end, got, tt.want)
		}
	}
}

func TestKeepChangedSince(t *testing.T) {
	old := "Dhe ferry left.\n\nThe bus came.\n\nDhe train was late.\n"
	cur := "Dhe ferry left.\n\nDhe bus came.\n\nDhe train was late.\n"
	r := baselineReport(t, "a.txt", cur)
	KeepChangedSince(r, []byte(old))
	if got := findingLines(r); !reflect.DeepEqual(got, []int{3}) {
		t.Errorf("findings on lines %v, want [3]", got)
	}
}

func TestKeepChangedSinceGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.org"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	run("init", "-q")
	a := write("sub/a.txt", "Dhe ferry left.\n\nThe bus came.\n")
	run("add", ".")
	run("commit", "-q", "-m", "first")
	write("sub/a.txt", "Dhe ferry left.\n\nDhe bus came.\n")
	b := write("b.txt", "Dhe new file.\n")

	report := func(path string) *report.Report {
		c, _ := os.ReadFile(path)
		return baselineReport(t, path, string(c))
	}
	r := report(a)
	if err := KeepChangedSinceGit(r, "HEAD"); err != nil {
		t.Fatal(err)
	}
	if got := findingLines(r); r.Files[0].Error != "" || !reflect.DeepEqual(got, []int{3}) {
		t.Errorf("changed file: findings on lines %v (error %q), want [3]", got, r.Files[0].Error)
	}
	r = report(b)
	KeepChangedSinceGit(r, "HEAD")
	if got := findingLines(r); !reflect.DeepEqual(got, []int{1}) {
		t.Errorf("new file: findings on lines %v, want [1]", got)
	}
	r = report(a)
	err := KeepChangedSinceGit(r, "no-such-rev")
	var revErr *RevisionError
	if !errors.As(err, &revErr) || revErr.Shallow || !strings.Contains(err.Error(), "unknown git revision") {
		t.Errorf("unknown revision: error %v", err)
	}
	if err := CheckGitRevision("no-such-rev", []string{a, b}); !errors.As(err, &revErr) {
		t.Errorf("CheckGitRevision: %v", err)
	}
	if err := CheckGitRevision("HEAD", []string{a, b, "-"}); err != nil {
		t.Errorf("CheckGitRevision HEAD: %v", err)
	}
	outside := filepath.Join(t.TempDir(), "c.txt")
	os.WriteFile(outside, []byte("Dhe.\n"), 0o644)
	r = report(outside)
	KeepChangedSinceGit(r, "HEAD")
	if !strings.Contains(r.Files[0].Error, "not in a git work tree") {
		t.Errorf("outside a work tree: error %q", r.Files[0].Error)
	}
}

// TestSinceGitShallowClone: in a clone of depth 1 (actions/checkout's
// default) HEAD~1 is missing: the error says so and how to fetch it, and is
// one error for the run, not one a file with every old finding reported.
func TestSinceGitShallowClone(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	origin, clone := t.TempDir(), filepath.Join(t.TempDir(), "clone")
	git := func(dir string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "protocol.file.allow=always"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git(origin, "init", "-q")
	for i, content := range []string{"Dhe ferry left.\n", "Dhe ferry left.\n\nDhe bus came.\n"} {
		os.WriteFile(filepath.Join(origin, "a.txt"), []byte(content), 0o644)
		git(origin, "add", ".")
		git(origin, "commit", "-q", "-m", fmt.Sprint("commit ", i))
	}
	git(origin, "clone", "-q", "--depth", "1", "file://"+origin, clone)
	path := filepath.Join(clone, "a.txt")
	c, _ := os.ReadFile(path)
	r := baselineReport(t, path, string(c))
	err := KeepChangedSinceGit(r, "HEAD~1")
	var revErr *RevisionError
	if !errors.As(err, &revErr) || !revErr.Shallow {
		t.Fatalf("error %v, want a shallow-clone RevisionError", err)
	}
	for _, want := range []string{"shallow clone", "fetch-depth: 0", "git fetch --deepen"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if r.Files[0].Error != "" {
		t.Errorf("the file got an error of its own: %q", r.Files[0].Error)
	}
	if err := CheckGitRevision("HEAD~1", []string{path}); !errors.As(err, &revErr) || !revErr.Shallow {
		t.Errorf("CheckGitRevision: %v", err)
	}
	if err := KeepChangedSinceGit(baselineReport(t, path, string(c)), "HEAD"); err != nil {
		t.Errorf("HEAD in a shallow clone: %v", err)
	}
}

// FuzzChangedRanges checks that changed ranges are sorted, inside the new
// text and on line starts, and that text equal to the old has none.
func FuzzChangedRanges(f *testing.F) {
	f.Add([]byte("one\ntwo\n"), []byte("one\nTWO\nthree"))
	f.Add([]byte("a\r\nb\r\n"), []byte("\xff\nb\r\n"))
	f.Fuzz(func(t *testing.T, old, cur []byte) {
		rs := ChangedRanges(old, cur)
		prev := -1
		for _, r := range rs {
			if r[0] < prev || r[0] > r[1] || r[1] > len(cur) {
				t.Fatalf("ranges %v for %d bytes", rs, len(cur))
			}
			if r[0] > 0 && cur[r[0]-1] != '\n' {
				t.Fatalf("range %v does not start a line", r)
			}
			prev = r[1]
		}
		if len(ChangedRanges(cur, cur)) != 0 {
			t.Fatal("equal texts differ")
		}
	})
}
