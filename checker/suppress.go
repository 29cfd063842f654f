package checker

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
	"golang.org/x/net/html"
)

// Inline suppressions are HTML comments in Markdown and HTML documents:
//
//	<!-- mtlint-disable-next-line drop-cap,fragment -- quoted as printed -->
//	<!-- mtlint-disable boilerplate -->  ...  <!-- mtlint-enable boilerplate -->
//
// disable-next-line hides findings that start on the next line with content;
// disable hides findings that start after it until a matching enable or the
// end of the file. Without rule IDs (or with "all") a directive covers every
// rule. A reason after " -- " is accepted and recommended, not required: the
// people who write these are editors in a CMS, and a directive that stops
// working for want of a reason would only confuse them. A directive naming an
// unknown rule, or an unknown mtlint-* directive, is an error for the file
// (exit status 2) that names the line, like a bad key in a config file.
//
// Plain text has no comment syntax, so it has no inline suppressions: any
// marker would be text of the article, and mtlint never strips or rewrites a
// user's text to hide one. Use --baseline or a config for plain text.

// directivePrefix starts every suppression comment's body.
const directivePrefix = "mtlint-"

type directiveKind int

const (
	disableNextLine directiveKind = iota
	disableBlock
	enableBlock
)

var directiveNames = map[string]directiveKind{
	"mtlint-disable-next-line": disableNextLine,
	"mtlint-disable":           disableBlock,
	"mtlint-enable":            enableBlock,
}

// directive is one parsed suppression comment.
type directive struct {
	kind       directiveKind
	rules      []string // nil: every rule
	reason     string
	start, end int // the comment's bytes in the file

	// line is the byte range a disable-next-line directive covers;
	// lineStart == lineEnd when no line with content follows.
	lineStart, lineEnd int
}

// covers reports whether the directive names rule.
func (d *directive) covers(rule string) bool {
	if d.rules == nil {
		return true
	}
	for _, r := range d.rules {
		if r == rule {
			return true
		}
	}
	return false
}

// parseDirective reads a comment body. ok is false for comments that are not
// mtlint directives at all.
func parseDirective(body string) (d directive, ok bool, err error) {
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, directivePrefix) {
		return d, false, nil
	}
	head, reason, _ := strings.Cut(body, " --")
	d.reason = strings.TrimSpace(strings.TrimLeft(reason, "-"))
	fields := strings.Fields(head)
	kind, known := directiveNames[fields[0]]
	if !known {
		return d, true, fmt.Errorf("unknown directive %q (want mtlint-disable-next-line, mtlint-disable or mtlint-enable)", fields[0])
	}
	d.kind = kind
	for _, r := range strings.Split(strings.Join(fields[1:], ","), ",") {
		if r = strings.TrimSpace(r); r == "all" {
			return directive{kind: kind, reason: d.reason}, true, nil
		} else if r != "" {
			d.rules = append(d.rules, r)
		}
	}
	return d, true, nil
}

// commentSpans returns the byte ranges of the HTML comments in doc that can
// hold directives: for Markdown, those in raw HTML blocks and inline raw HTML
// (never in code); for HTML, comment tokens. Plain text has none.
func commentSpans(doc *textdoc.Document) [][2]int {
	if !bytes.Contains(doc.Content, []byte(directivePrefix)) {
		return nil // the common case costs one scan, no second parse
	}
	switch doc.Format {
	case textdoc.FormatMarkdown:
		return read.MarkdownComments(doc.Content)
	case textdoc.FormatHTML:
		return htmlComments(doc.Content)
	}
	return nil
}

// htmlComments runs the tokenizer, which knows where comments can be (not in
// script or style), and returns the comment tokens' byte ranges.
func htmlComments(src []byte) [][2]int {
	z := html.NewTokenizer(bytes.NewReader(src))
	var out [][2]int
	offset := 0
	for {
		tt := z.Next()
		raw := z.Raw()
		start := offset
		offset += len(raw)
		switch tt {
		case html.ErrorToken:
			return out
		case html.CommentToken:
			// "<!-->" is a comment token too; only "<!--" body "-->" can be a directive.
			if len(raw) >= len("<!---->") && bytes.HasPrefix(raw, []byte("<!--")) && bytes.HasSuffix(raw, []byte("-->")) {
				out = append(out, [2]int{start, offset})
			}
		}
	}
}

// directives finds and parses the suppression comments of doc, checking rule
// IDs against known. Errors name the line of the comment.
func directives(doc *textdoc.Document, known map[string]*Rule) ([]directive, error) {
	var ds []directive
	var errs []string
	for _, c := range commentSpans(doc) {
		body := string(doc.Content[c[0]+4 : c[1]-3])
		d, ok, err := parseDirective(body)
		if !ok {
			continue
		}
		line, _ := doc.Lines().Position(c[0])
		if err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		bad := false
		for _, r := range d.rules {
			if known != nil && known[r] == nil {
				errs = append(errs, fmt.Sprintf("line %d: unknown rule %q in %s comment (see `mtlint rules`)", line, r, strings.Fields(strings.TrimSpace(body))[0]))
				bad = true
			}
		}
		if bad {
			continue
		}
		d.start, d.end = c[0], c[1]
		ds = append(ds, d)
	}
	if len(ds) == 0 && len(errs) == 0 {
		return nil, nil
	}
	comments := make(map[int]int, len(ds)) // a directive's start -> its end
	for _, d := range ds {
		comments[d.start] = d.end
	}
	next := nextContentLines(doc, comments)
	for i := range ds {
		if ds[i].kind == disableNextLine {
			ds[i].lineStart, ds[i].lineEnd = next(ds[i].end)
		}
	}
	if len(errs) > 0 {
		return ds, errors.New(strings.Join(errs, "; "))
	}
	return ds, nil
}

// nextContentLines returns a function that gives, for an offset, the byte
// range of the first line after the offset's line that has content other
// than white space and directive comments (comments maps each directive's
// start to its end), so that directives can be stacked on separate lines.
// Each line is judged once, so a stack of n directives costs linear time.
func nextContentLines(doc *textdoc.Document, comments map[int]int) func(off int) (start, end int) {
	x := doc.Lines()
	memo := map[int]int{} // a line of directives only -> the content line after it (-1: none)
	contentFrom := func(n int) int {
		var passed []int
		for {
			if v, ok := memo[n]; ok {
				n = v
				break
			}
			start := x.LineStart(n)
			if start >= len(doc.Content) {
				n = -1
				break
			}
			if !onlyDirectives(doc.Content, start, x.LineStart(n+1), comments) {
				break
			}
			passed = append(passed, n)
			n++
		}
		for _, p := range passed {
			memo[p] = n
		}
		return n
	}
	return func(off int) (int, int) {
		n := contentFrom(x.LineOf(off) + 1)
		if n < 0 {
			return len(doc.Content), len(doc.Content)
		}
		return x.LineStart(n), x.LineStart(n + 1)
	}
}

// onlyDirectives reports whether content[start:end] is white space and
// directive comments.
func onlyDirectives(content []byte, start, end int, comments map[int]int) bool {
	for i := start; i < end; {
		switch content[i] {
		case ' ', '\t', '\r', '\n':
			i++
			continue
		}
		e, ok := comments[i]
		if !ok {
			return false
		}
		i = e
	}
	return true
}

// blockState is what the disable and enable directives before an offset
// leave switched off.
type blockState struct {
	allOff bool
	off    map[string]bool // rules disabled by name
	except map[string]bool // rules enabled by name inside a disable-all
}

func (st *blockState) apply(d *directive) {
	switch {
	case d.kind == disableBlock && d.rules == nil:
		st.allOff, st.off, st.except = true, map[string]bool{}, map[string]bool{}
	case d.kind == disableBlock:
		for _, r := range d.rules {
			st.off[r] = true
			delete(st.except, r)
		}
	case d.rules == nil:
		st.allOff, st.off, st.except = false, map[string]bool{}, map[string]bool{}
	default:
		for _, r := range d.rules {
			delete(st.off, r)
			if st.allOff {
				st.except[r] = true
			}
		}
	}
}

func (st *blockState) hides(rule string) bool {
	return st.off[rule] || st.allOff && !st.except[rule]
}

// applySuppressions drops the findings that inline directives hide. Bad
// directives are returned as an error naming their lines; the good ones still
// apply. Findings are visited in offset order while the block directives are
// applied in file order, and a disable-next-line directive is found by the
// start of the line it covers, so the cost is n log n in the findings plus
// the directives, not their product.
func applySuppressions(doc *textdoc.Document, fs []Finding, known map[string]*Rule) ([]Finding, error) {
	ds, err := directives(doc, known)
	if len(ds) == 0 {
		return fs, err
	}
	nextLine := map[int][]*directive{} // the start of the covered line -> directives
	var blocks []*directive
	for i := range ds {
		d := &ds[i]
		if d.kind == disableNextLine {
			if d.lineStart < d.lineEnd {
				nextLine[d.lineStart] = append(nextLine[d.lineStart], d)
			}
			continue
		}
		blocks = append(blocks, d)
	}
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return fs[order[a]].TextOffset < fs[order[b]].TextOffset })
	hidden := make([]bool, len(fs))
	st := blockState{off: map[string]bool{}, except: map[string]bool{}}
	x := doc.Lines()
	next := 0
	for _, k := range order {
		f := &fs[k]
		for next < len(blocks) && blocks[next].end <= f.TextOffset {
			st.apply(blocks[next])
			next++
		}
		hidden[k] = st.hides(f.Rule)
		if !hidden[k] {
			for _, d := range nextLine[x.LineStart(x.LineOf(f.TextOffset))] {
				if d.covers(f.Rule) {
					hidden[k] = true
					break
				}
			}
		}
	}
	out := fs[:0]
	for i, f := range fs {
		if !hidden[i] {
			out = append(out, f)
		}
	}
	return out, err
}
