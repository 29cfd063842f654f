package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/spf13/cobra"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/config"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
	"github.com/mtlint/mtlint/rules"
)

type fixOptions struct {
	write           bool
	lang, markup    string
	maxSize         string
	enable, disable []string
	config          string
	inputs          inputOptions // --stdin-filename, --no-ignore: inputs.go
}

func newFixCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var o fixOptions
	cmd := &cobra.Command{
		Use:   "fix [--write] [flags] FILE|DIR|-...",
		Short: "apply safe fixes: print them as a diff, or write them with --write",
		Long: `fix applies the safe fixes the rules offer: a space before punctuation, a double
space, a repeated word, a drop cap whose word is known, a paragraph of lone
punctuation, an exact duplicate paragraph, a boilerplate line and certain mojibake.

Without --write it prints a unified diff and changes nothing; exit status 1 when
there is something to fix, 0 when there is not. With --write it replaces each file
atomically (a temporary file in the same folder, synced, then renamed), keeping
its permissions and line endings; a read-only file, or one that changed while it
was being fixed, is refused and left as it was. "-" reads standard input and
prints the fixed text (an editor filter). Exit status 2 when a file could not be
read, parsed or written (each is named on stderr; the others are still fixed) or on
usage errors.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if o.inputs.stdinName != "" {
				return nil // standard input when no file is named
			}
			return needArgs(1, `the files or folders to fix, or "-" for standard input`, "mtlint fix --write articles/")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if args, err = o.inputs.stdinArgs(args); err != nil {
				return err
			}
			return runFix(o, args, stdin, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.BoolVarP(&o.write, "write", "w", false, "write the fixes to the files instead of printing a diff")
	f.StringVar(&o.lang, "lang", "", "target language, ISO 639-1 (en, de, ...); default: guessed per file")
	f.StringSliceVar(&o.enable, "enable", nil, "rules to enable (comma-separated IDs, or all); applied after --disable")
	f.StringSliceVar(&o.disable, "disable", nil, "rules to disable (comma-separated IDs, or all)")
	f.StringVar(&o.markup, "markup", "auto", "input markup: auto, text, markdown or html")
	f.StringVar(&o.config, "config", "", "configuration file for every input; default: "+config.ConfigFileName+" from each file's folder upward")
	o.inputs.addFlags(cmd)
	addMaxSizeFlag(f, &o.maxSize)
	return cmd
}

func runFix(o fixOptions, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	usage := func(format string, a ...any) error { return &exitError{code: 2, msg: fmt.Sprintf(format, a...)} }
	lang, err := textdoc.NormalizeLang(o.lang)
	if err != nil {
		return usage("--lang: %v", err)
	}
	if w := unknownLangWarning("--lang", lang); w != "" {
		fmt.Fprintf(stderr, "mtlint: warning: %s\n", w)
	}
	markup, limit, err := markupAndSize(o.markup, o.maxSize)
	if err != nil {
		return err
	}
	// The same configuration as check: the .mtlint.yaml nearest to each file,
	// or --config for all.
	cfgs, err := config.NewConfigs(rules.All(), o.enable, o.disable, o.config)
	if err != nil {
		return usage("%v", err)
	}
	for _, a := range args {
		if a == "-" && len(args) > 1 {
			return usage(`standard input ("-") must be the only input of fix`)
		}
	}
	if args[0] == "-" {
		name := read.StdinPath
		if o.inputs.stdinName != "" {
			name = o.inputs.stdinName
		}
		eng, ro, err := cfgs.For(stdinConfigName(o.inputs.stdinName), run.Options{Lang: lang})
		if err != nil {
			return usage("%v", err)
		}
		lang = ro.Lang
		content, err := read.ReadAll(stdin, limit)
		if err != nil {
			return usage("%s: %v", name, err)
		}
		fixed, _, err := run.Fix(eng, name, content, read.ParseOptions{Format: markup, Lang: lang, MaxSize: limit})
		if err != nil {
			return &exitError{code: 2, msg: name + ": " + err.Error()}
		}
		if _, err := stdout.Write(fixed); err != nil {
			return &exitError{code: 2, msg: "writing output: " + err.Error()}
		}
		return nil
	}

	inputs, err := o.inputs.expand(args, cfgs, stderr)
	if err != nil {
		return err
	}
	temps := &tempSet{}
	if o.write {
		defer temps.removeOnSignal()()
	}
	failed, fixable := 0, false
	for _, path := range inputs {
		eng, ro, err := cfgs.For(path, run.Options{Lang: lang})
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "mtlint: %s: %v\n", textdoc.DisplayPath(path), err)
			continue
		}
		changed, err := fixFile(eng, path, o.write, read.ParseOptions{Format: markup, Lang: ro.Lang, MaxSize: limit}, stdout, temps)
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "mtlint: %s: %v\n", textdoc.DisplayPath(path), err)
			continue
		}
		fixable = fixable || changed
	}
	switch {
	case failed > 0:
		return &exitError{code: 2}
	case fixable && !o.write:
		return &exitError{code: 1}
	}
	return nil
}

// fixFile fixes one file: it prints the diff, or with write replaces the
// file. It reports whether there was anything to fix.
func fixFile(eng *checker.Engine, path string, write bool, po read.ParseOptions, stdout io.Writer, temps *tempSet) (bool, error) {
	// Write through a symbolic link to the file it names, rather than
	// replacing the link with a file.
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return false, errors.New(describeError(err))
	}
	info, err := os.Stat(real)
	if err != nil {
		return false, errors.New(describeError(err))
	}
	if !info.Mode().IsRegular() {
		return false, errors.New("not a regular file")
	}
	content, err := read.ReadFile(real, po.MaxSize)
	if err != nil {
		return false, errors.New(describeError(err))
	}
	fixed, res, err := run.Fix(eng, path, content, po)
	if err != nil {
		return false, err
	}
	if bytes.Equal(fixed, content) {
		return false, nil
	}
	if !write {
		// Relative paths get git's a/ and b/ prefixes, which patch -p1
		// strips; absolute paths are shown as they are.
		before, after := filepath.ToSlash(path), filepath.ToSlash(path)
		if !filepath.IsAbs(path) {
			before, after = "a/"+before, "b/"+after
		}
		if _, err := stdout.Write(diff.Diff(before, content, after, fixed)); err != nil {
			return true, fmt.Errorf("writing output: %w", err)
		}
		return true, nil
	}
	if err := writeFileAtomic(real, content, fixed, info, temps); err != nil {
		return true, err
	}
	msg := fmt.Sprintf("%s: %d fixed", path, res.Applied)
	if res.Skipped > 0 {
		msg += fmt.Sprintf(", %d overlapping fixes left (run fix again)", res.Skipped)
	}
	fmt.Fprintln(stdout, msg)
	return true, nil
}

// writeFileAtomic replaces the file at path, read as old with the FileInfo
// info, by data: it writes a temporary file in the same folder, syncs it,
// gives it the file's owner, mode bits (setuid, setgid and sticky too) and
// extended attributes, checks that the file still holds old and renames the
// temporary file over it. What a replacement cannot keep is refused: a file
// with other hard links (they would keep the old text), or one whose owner
// the replacement cannot have. On any failure the file is left as it was and
// the temporary file is removed; temps removes it on an interrupt.
func writeFileAtomic(path string, old, data []byte, info fs.FileInfo, temps *tempSet) error {
	if info.Mode().Perm()&0o222 == 0 {
		// Checked on the mode bits, not by trying: root may write anything,
		// and a rename would replace a read-only file anyway.
		return errors.New("read-only file, not changed")
	}
	if n := hardLinks(info); n > 1 {
		return fmt.Errorf("the file has %d hard links, which a fixed copy would not update; not changed (apply the diff of `mtlint fix` instead)", n)
	}
	// Opening for writing (without truncating) asks the system whether we
	// may write the file at all; the rename below would not ask.
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("%s, not changed", describeError(err))
	}
	f.Close()
	tmp, link, err := createTemp(filepath.Dir(path), filepath.Base(path))
	if err != nil {
		return fmt.Errorf("creating a temporary file: %w; not changed", err)
	}
	tmpName := ""
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			if tmpName != "" {
				os.Remove(tmpName)
				temps.drop(tmpName)
			}
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("writing: %w; not changed", err)
	}
	if err := keepOwner(tmp, info); err != nil {
		return fmt.Errorf("%w; not changed", err)
	}
	if err := tmp.Chmod(info.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); err != nil {
		return fmt.Errorf("setting permissions: %w; not changed", err)
	}
	if err := copyXattrs(path, tmp); err != nil {
		return fmt.Errorf("%w; not changed", err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing: %w; not changed", err)
	}
	pauseForTest("written")
	if tmpName, err = temps.name(link); err != nil {
		return fmt.Errorf("naming the temporary file: %w; not changed", err)
	}
	pauseForTest("named")
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing: %w; not changed", err)
	}
	now, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%s; not changed", describeError(err))
	}
	if now.Size() != int64(len(old)) {
		return errors.New("the file changed while it was being fixed; not changed (run fix again)")
	}
	cur, err := read.ReadFile(path, int64(len(old))+1) // no more than it held
	if err != nil {
		return fmt.Errorf("%s; not changed", describeError(err))
	}
	if !bytes.Equal(cur, old) || !now.ModTime().Equal(info.ModTime()) || now.Size() != info.Size() {
		return errors.New("the file changed while it was being fixed; not changed (run fix again)")
	}
	if err := os.Rename(tmpName, path); err != nil {
		return fmt.Errorf("replacing the file: %w; not changed", err)
	}
	renamed = true
	temps.drop(tmpName)
	syncDir(filepath.Dir(path))
	return nil
}

// createNamedTemp makes the replacement file in dir under a hidden name.
func createNamedTemp(dir, base string) (*os.File, func() (string, error), error) {
	f, err := os.CreateTemp(dir, "."+base+".mtlint-*")
	if err != nil {
		return nil, nil, err
	}
	name := f.Name()
	return f, func() (string, error) { return name, nil }, nil
}

// tempSet holds the temporary files that fix --write has named and not yet
// renamed, so that an interrupt or SIGTERM removes them before the process
// ends instead of leaving copies of the user's files behind.
type tempSet struct {
	mu    sync.Mutex
	names map[string]bool
}

// name gives a temporary file its name (link) and records it.
func (t *tempSet) name(link func() (string, error)) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n, err := link()
	if err == nil {
		if t.names == nil {
			t.names = map[string]bool{}
		}
		t.names[n] = true
	}
	return n, err
}

func (t *tempSet) drop(name string) {
	t.mu.Lock()
	delete(t.names, name)
	t.mu.Unlock()
}

// removeOnSignal removes the recorded files and ends the process (status
// 130 for an interrupt, 143 for SIGTERM, as a shell reports them) when one
// of those signals comes before stop is called.
func (t *tempSet) removeOnSignal() (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			t.mu.Lock() // held to the end: nothing is named after this
			for n := range t.names {
				os.Remove(n)
			}
			code := 130
			if sig == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// syncDir makes a rename in dir durable where the system allows it; a
// failure only loses durability, not text, so it is ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// describeError words a file error without repeating the path.
func describeError(err error) string {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.As(err, &pe):
		return pe.Err.Error()
	}
	return err.Error()
}

// pauseForTest stops fix --write at a step of writeFileAtomic when the
// environment variable MTLINT_TEST_FIX_PAUSE names that step ("written": the
// new text is in a temporary file without a name; "named": the file has its
// name, just before it replaces the original), so that a test can kill the
// process exactly there. It says "paused STEP" on stderr and waits a minute.
func pauseForTest(step string) {
	if os.Getenv("MTLINT_TEST_FIX_PAUSE") == step {
		fmt.Fprintln(os.Stderr, "paused "+step)
		time.Sleep(time.Minute)
	}
}
