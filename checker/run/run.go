package run

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/report"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// Options say how inputs are read.
type Options struct {
	Lang       string         // target language; "" = guess per file
	SourceLang string         // source language, reported in output
	Markup     textdoc.Format // "" = by extension and content
	Stdin      io.Reader
	// Warn, when set, is told of problems in a file that was still
	// checked (a suppression directive naming an unknown rule); calls
	// come from several goroutines at once. Unset, they are the file's
	// Error.
	Warn func(path, msg string)

	// StdinName, when set, is the name standard input is known by
	// (--stdin-filename): its format, configuration and path language go
	// by it, and output names it so.
	StdinName string
	// Progress, when set, is called after each input is checked with the
	// number done so far and the total; calls come from several goroutines
	// but never at once.
	Progress func(done, total int)

	// ForFile, when set, picks the engine and options for one input (from
	// the configuration file that applies to it); its error becomes the
	// file's error.
	ForFile func(path string, opts Options) (*checker.Engine, Options, error)

	// MaxSize is the per-file size limit in bytes; 0 means DefaultMaxSize,
	// negative means none (limits.go).
	MaxSize int64

	// KeepText keeps the text of files without findings in the report (the
	// HTML report shows them). Otherwise only files with findings keep
	// theirs, so that memory does not grow with clean input.
	KeepText bool

	// Read, when set, is told the size of each input once it is read,
	// from the goroutine that checks it; the function it returns, when not
	// nil, is called when that input's check ends (the program's collector
	// settings follow the size of what is being checked).
	Read func(size int) (done func())
}

// ExpandInputs turns the command-line arguments into a list of inputs:
// files as given, folders walked recursively for text files (sorted), glob
// patterns ("articles/**/*.md", matched with doublestar) expanded (sorted),
// "-" for standard input. A path that does not exist, or a pattern that
// matches nothing, is kept, so that reading it reports the error in order.
// Files that a walk or a glob meets but does not check (devices, FIFOs,
// sockets, symlinks out of the repository) are returned as skipped; a glob
// does not follow symlinked folders, so a symlink loop cannot make it
// repeat or never end. Walks and globs honour .gitignore and leave out the
// AlwaysSkipped folders (see ExpandInputsWith); a file named is always
// checked.
func ExpandInputs(args []string) ([]string, []read.Skipped) {
	e := ExpandInputsWith(args, ExpandOptions{})
	return e.Inputs, e.Skipped
}

// Expansion is what ExpandInputsWith found.
type Expansion struct {
	Inputs  []string
	Skipped []read.Skipped
	// Ignored counts the files (and the folders, each once) that walks and
	// globs left out by .gitignore or as AlwaysSkipped folders, so that a
	// run that checks nothing can say why.
	Ignored int
}

// ExpandInputsWith is ExpandInputs with options.
func ExpandInputsWith(args []string, opts ExpandOptions) Expansion {
	var ex Expansion
	keep := func(p, root string) bool {
		ok, why := read.Walkable(p, root)
		if !ok {
			ex.Skipped = append(ex.Skipped, read.Skipped{Path: p, Reason: why})
		}
		return ok
	}
	// ignorerFor returns the ignore rules for a walk or glob from dir, or
	// nil when nothing is ignored. A folder named on the command line is
	// walked even when git ignores it: then only the AlwaysSkipped folders
	// inside it are left out.
	ignorerFor := func(dir string) *ignorer {
		if opts.NoIgnore {
			return nil
		}
		g := newIgnorer(dir)
		if abs, err := filepath.Abs(dir); err == nil && g.ignoredUnder(abs, true) {
			g.gitOff = true
		}
		return g
	}
	for _, a := range args {
		if a == "-" {
			ex.Inputs = append(ex.Inputs, a)
			continue
		}
		info, err := os.Stat(a)
		if err != nil && read.IsGlob(a) {
			if matches, gerr := doublestar.FilepathGlob(a, doublestar.WithFilesOnly(), doublestar.WithNoFollow()); gerr == nil && len(matches) > 0 {
				base, _ := doublestar.SplitPattern(filepath.ToSlash(a))
				root := read.TrustRoot(filepath.FromSlash(base))
				ig := ignorerFor(filepath.FromSlash(base))
				sort.Strings(matches)
				for i, m := range matches {
					if i > 0 && m == matches[i-1] {
						continue
					}
					if ig != nil {
						if abs, err := filepath.Abs(m); err == nil && ig.ignoredUnder(abs, false) {
							ex.Ignored++
							continue
						}
					}
					if keep(m, root) {
						ex.Inputs = append(ex.Inputs, m)
					}
				}
				continue
			}
		}
		if err != nil || !info.IsDir() {
			ex.Inputs = append(ex.Inputs, a)
			continue
		}
		root := read.TrustRoot(a)
		ig := ignorerFor(a)
		var found []string
		walkErr := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, p) // reported when read
				return nil
			}
			if d.IsDir() {
				if p == a {
					return nil
				}
				if strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				if ig != nil && ig.ignoredPath(p, true) {
					ex.Ignored++
					return filepath.SkipDir
				}
				return nil
			}
			if !read.Walked(p) {
				return nil
			}
			if ig != nil && ig.ignoredPath(p, false) {
				ex.Ignored++
				return nil
			}
			// A regular file, as the directory entry says, needs no
			// further stat: only symlinks and special files are looked at.
			if d.Type().IsRegular() || keep(p, root) {
				found = append(found, p)
			}
			return nil
		})
		if walkErr != nil {
			found = append(found, a)
		}
		sort.Strings(found)
		ex.Inputs = append(ex.Inputs, found...)
	}
	return ex
}

// Run reads and checks every input, in parallel, and returns the report with
// files in input order and findings sorted. A file that cannot be read or
// parsed gets its Error set; the others are still checked.
func Run(e *checker.Engine, inputs []string, opts Options) *report.Report {
	results := make([]report.FileResult, len(inputs))
	findings := make([][]checker.Finding, len(inputs))
	var mu sync.Mutex
	done := 0
	progress := func() {
		if opts.Progress != nil {
			mu.Lock()
			done++
			opts.Progress(done, len(inputs))
			mu.Unlock()
		}
	}
	// checkRange checks inputs [lo, hi) in order. Short documents that
	// share an engine are checked in batches, rule by rule
	// (checker.Engine.CheckBatch): in a folder of articles most documents
	// are a few KB, and checking each with every rule in turn spends
	// more on bringing each rule's code and tables back than on the text.
	checkRange := func(lo, hi int) {
		var batch []*input
		size := 0
		flush := func() {
			if len(batch) == 0 {
				return
			}
			docs := make([]*textdoc.Document, len(batch))
			firsts := make([]*langid.LanguageReport, len(batch))
			for k, in := range batch {
				docs[k], firsts[k] = in.doc, settle(in.eng, in.doc, in.opts.Lang != "")
			}
			fss, errs := batch[0].eng.CheckBatch(docs, firsts)
			for k, in := range batch {
				results[in.i], findings[in.i] = in.finish(fss[k], errs[k])
				progress()
			}
			batch, size = batch[:0], 0
		}
		for i := lo; i < hi; i++ {
			in := prepare(e, i, inputs[i], opts)
			switch {
			case in.doc == nil:
				flush()
				results[i] = in.res
				progress()
				continue
			case in.doc.Windowed() || len(in.doc.Content) > batchBytes:
				flush()
				results[i], findings[i] = in.check()
				progress()
				continue
			case len(batch) > 0 && (batch[0].eng != in.eng || batch[0].opts.Lang != in.opts.Lang):
				flush()
			}
			batch = append(batch, in)
			if size += len(in.doc.Content); size >= batchBytes {
				flush()
			}
		}
		flush()
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, len(inputs)))
	if workers == 1 {
		// One core: the inputs are checked here, in order, without
		// handing them to a goroutine over a channel.
		checkRange(0, len(inputs))
	} else {
		// Runs of consecutive inputs go to the workers, each run checked
		// in batches as above.
		jobs := make(chan [2]int)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for r := range jobs {
					checkRange(r[0], r[1])
				}
			}()
		}
		for lo := 0; lo < len(inputs); lo += batchInputs {
			jobs <- [2]int{lo, min(lo+batchInputs, len(inputs))}
		}
		close(jobs)
		wg.Wait()
	}

	r := &report.Report{Files: results, Rules: e.Rules()}
	for _, fs := range findings {
		r.Findings = append(r.Findings, fs...)
	}
	checker.SortFindings(r.Findings)
	return r
}

// Batches: documents of up to batchBytes are checked together until their
// text reaches batchBytes; workers take runs of batchInputs inputs.
const (
	batchBytes  = 256 << 10
	batchInputs = 32
)

// input is one input read and parsed, waiting to be checked.
type input struct {
	i    int
	res  report.FileResult
	doc  *textdoc.Document // nil when the input could not be read or parsed: res says why
	eng  *checker.Engine
	opts Options
	done func() // Options.Read's, or nil
}

// prepare reads and parses input i with the engine and options that apply
// to it.
func prepare(e *checker.Engine, i int, path string, opts Options) *input {
	in := &input{i: i, eng: e, opts: opts}
	if opts.ForFile != nil {
		var err error
		if in.eng, in.opts, err = opts.ForFile(opts.nameOf(path), opts); err != nil {
			in.res = report.FileResult{Path: read.InputName(opts.nameOf(path)), Error: err.Error()}
			return in
		}
	}
	o := in.opts
	in.res = report.FileResult{Path: path, Language: o.Lang, SourceLanguage: o.SourceLang}
	content, name, err := o.readInput(path)
	in.res.Path = name
	if err != nil {
		in.res.Error = read.ReadError(err)
		return in
	}
	if o.Read != nil {
		in.done = o.Read(len(content))
	}
	doc, err := read.ParseWith(in.res.Path, content, o.parseOptions(o.Lang))
	if err != nil {
		in.res.Error = err.Error()
		in.release()
		return in
	}
	in.doc = doc
	return in
}

// check checks the input alone.
func (in *input) check() (report.FileResult, []checker.Finding) {
	fs, err := Document(in.eng, in.doc, in.opts.Lang != "")
	return in.finish(fs, err)
}

func (in *input) release() {
	if in.done != nil {
		in.done()
		in.done = nil
	}
}

// finish makes the input's result from its check's findings and error.
func (in *input) finish(fs []checker.Finding, err error) (report.FileResult, []checker.Finding) {
	defer in.release()
	res, doc, opts := in.res, in.doc, in.opts
	res.Doc = doc
	res.Language = doc.Lang
	res.SourceLanguage = doc.SourceLang // given, declared by a bilingual file, or guessed
	res.Words = doc.Words()
	if internal, directives := splitCheckError(err); directives != nil && opts.Warn != nil {
		// The file was checked: a bad suppression directive is said
		// beside its findings, not as a file that could not be checked.
		opts.Warn(res.Path, directives.Error())
		if internal != nil {
			res.Error = internal.Error()
		}
	} else if err != nil {
		res.Error = err.Error()
	}
	res.Cut = doc.Cut
	checker.Resolve(doc, fs)
	res.Doc = doc.OutputOnly() // memory flat in the number of files
	if len(fs) == 0 && !opts.KeepText {
		res.Doc = nil // nor in the size of clean input
	}
	return res, fs
}

// parseOptions are the reader's options for an input in lang.
func (o Options) parseOptions(lang string) read.ParseOptions {
	return read.ParseOptions{Format: o.Markup, Lang: lang, SourceLang: o.SourceLang, MaxSize: o.MaxSize}
}

// nameOf is the name an input goes by: StdinName for standard input when
// set.
// readInput reads a file, or standard input for "-", up to the size limit,
// and returns the name to report it under.
func (o Options) readInput(path string) ([]byte, string, error) {
	if path != "-" {
		b, err := read.ReadFile(path, o.MaxSize)
		return b, path, err
	}
	name := read.InputName(o.nameOf(path))
	if o.Stdin == nil {
		return nil, name, errors.New("no standard input")
	}
	b, err := read.ReadAll(o.Stdin, o.MaxSize)
	return b, name, err
}

func (o Options) nameOf(input string) string {
	if input == "-" && o.StdinName != "" {
		return o.StdinName
	}
	return input
}

// splitCheckError separates what checker.Engine.CheckAfter returns: the
// rules' internal errors, joined first when there are any, and the
// problems of the file's suppression directives, alone or joined second.
func splitCheckError(err error) (internal, directives error) {
	if err == nil {
		return nil, nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return nil, err
	}
	errs := j.Unwrap()
	if len(errs) > 1 {
		return errs[0], errs[1]
	}
	return errs[0], nil
}
