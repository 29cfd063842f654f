package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/read/bilingual"
	"github.com/mtlint/mtlint/checker/run"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// plantKinds are the kinds of error the planted mode puts into copies of
// the localization files, each with the rules whose job it is to find it.
// A kind is planted into every other unit it applies to, so the units left
// unchanged in the same copy measure false alarms next to planted errors.
var plantKinds = []struct {
	Name  string
	Rules []string
}{
	{"number-changed", []string{"number-mismatch"}},
	{"placeholder-dropped", []string{"placeholder-mismatch"}},
	{"placeholder-renamed", []string{"placeholder-mismatch"}},
	{"untranslated", []string{"untranslated"}},
	{"untranslated-markup", []string{"untranslated"}},
	{"url-changed", []string{"url-mismatch"}},
	{"empty-target", []string{"missing-translation"}},
	{"end-punctuation-dropped", []string{"end-punctuation"}},
	{"tag-dropped", []string{"placeholder-mismatch"}},
	{"xliff-g-dropped", []string{"placeholder-mismatch"}},
	{"xliff-x-dropped", []string{"placeholder-mismatch"}},
	{"xliff2-pc-dropped", []string{"placeholder-mismatch"}},
}

// L10nRule counts one rule's findings on the unchanged files.
type L10nRule struct {
	Flags   int     `json:"flags"`
	Per1000 float64 `json:"per_1000_units"`
}

// L10nFlag is one finding on a unit, for reading.
type L10nFlag struct {
	File     string `json:"file"`
	Unit     string `json:"unit"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Source   string `json:"source"`
	Target   string `json:"target"`
}

// L10nKind scores one planted kind: Planted units, Found by any rule,
// RightRule by one whose job the kind is; Unchanged units of the same
// copies and the new findings on them (not on the same unit and rule in
// the original file).
type L10nKind struct {
	Planted     int        `json:"planted"`
	Found       int        `json:"found"`
	RightRule   int        `json:"right_rule"`
	Recall      float64    `json:"recall"`
	Unchanged   int        `json:"unchanged"`
	FalseAlarms int        `json:"false_alarms"`
	Misses      []L10nFlag `json:"misses,omitempty"`
	Alarms      []L10nFlag `json:"alarms,omitempty"`
}

// L10nResult is the output of `mtlint-eval --l10n`.
type L10nResult struct {
	Files        int                  `json:"files"`
	Units        int                  `json:"units"`
	Flags        int                  `json:"flags"`
	FlaggedUnits int                  `json:"flagged_units"`
	Per1000      float64              `json:"flags_per_1000_units"`
	Rules        map[string]*L10nRule `json:"rules"`
	Kinds        map[string]*L10nKind `json:"kinds,omitempty"`
	List         []L10nFlag           `json:"flags_list"`

	sample int // flags to print at random, 0: none (-1: all)
	seed   int64
	misses bool
}

// l10nOptions are the --l10n mode's own options.
type l10nOptions struct {
	plant    bool   // plant errors into copies and score recall
	plantOut string // write the planted copies and their key here
	sample   int    // print this many flags drawn at random (-1: all)
	seed     int64
	misses   bool // print the planted units missed
}

// l10nFile is one localization file read for the mode.
type l10nFile struct {
	rel     string // path under the corpus folder
	content []byte
}

// evalL10n checks every PO and XLIFF file under dir: units, flags per 1,000
// units by rule, and with o.plant the recall of planted errors by kind.
func evalL10n(dir string, opt evalOptions, o l10nOptions) (*L10nResult, error) {
	var files []l10nFile
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".po", ".xlf", ".xliff":
		default:
			return nil
		}
		content, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		files = append(files, l10nFile{rel: rel, content: content})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .po, .xlf or .xliff files", dir)
	}
	eng, err := opt.newEngine(checker.Config{})
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "mtlint-l10n-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	res := &L10nResult{Files: len(files), Rules: map[string]*L10nRule{}, sample: o.sample, seed: o.seed, misses: o.misses}
	original := map[string]bool{} // file, unit and rule of every original flag
	for _, f := range files {
		c, err := checkL10n(eng, tmp, f.rel, f.content)
		if err != nil {
			return nil, err
		}
		res.Units += len(c.messages)
		flagged := map[string]bool{}
		for _, fl := range c.flags {
			res.Flags++
			r := res.Rules[fl.Rule]
			if r == nil {
				r = &L10nRule{}
				res.Rules[fl.Rule] = r
			}
			r.Flags++
			original[f.rel+"\x00"+fl.Unit+"\x00"+fl.Rule] = true
			flagged[fl.Unit] = true
			res.List = append(res.List, fl)
		}
		res.FlaggedUnits += len(flagged)
	}
	res.Per1000 = per1000(res.Flags, res.Units)
	for _, r := range res.Rules {
		r.Per1000 = per1000(r.Flags, res.Units)
	}
	if !o.plant && o.plantOut == "" {
		return res, nil
	}
	res.Kinds = map[string]*L10nKind{}
	for _, k := range plantKinds {
		score := &L10nKind{}
		res.Kinds[k.Name] = score
		var key []plantKey
		for _, f := range files {
			pc, err := plantFile(k.Name, f)
			if err != nil {
				return nil, err
			}
			if pc == nil {
				continue
			}
			if o.plantOut != "" {
				out := filepath.Join(o.plantOut, k.Name, pc.rel)
				if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
					return nil, err
				}
				if err := os.WriteFile(out, pc.content, 0o644); err != nil {
					return nil, err
				}
				for _, m := range pc.key {
					m.File = pc.rel
					key = append(key, m)
				}
			}
			c, err := checkL10n(eng, tmp, pc.rel, pc.content)
			if err != nil {
				return nil, fmt.Errorf("planted %s: %w", k.Name, err)
			}
			byUnit := map[string][]L10nFlag{}
			for _, fl := range c.flags {
				byUnit[fl.Unit] = append(byUnit[fl.Unit], fl)
			}
			for _, m := range pc.key {
				fls := byUnit[m.ID]
				if !m.Planted {
					score.Unchanged++
					for _, fl := range fls {
						if !original[f.rel+"\x00"+m.ID+"\x00"+fl.Rule] {
							score.FalseAlarms++
							score.Alarms = append(score.Alarms, fl)
						}
					}
					continue
				}
				score.Planted++
				found, right := len(fls) > 0, false
				for _, fl := range fls {
					for _, r := range k.Rules {
						right = right || fl.Rule == r
					}
				}
				if found {
					score.Found++
				}
				if right {
					score.RightRule++
				} else {
					miss := L10nFlag{File: pc.rel, Unit: m.ID, Source: m.Source, Target: c.targets[m.ID]}
					for _, fl := range fls {
						miss.Rule += fl.Rule + " "
					}
					score.Misses = append(score.Misses, miss)
				}
			}
		}
		score.Recall = pct(score.RightRule, score.Planted)
		if o.plantOut != "" {
			b, err := json.MarshalIndent(key, "", " ")
			if err != nil {
				return nil, err
			}
			if err := os.WriteFile(filepath.Join(o.plantOut, k.Name, "key.json"), b, 0o644); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

func per1000(n, units int) float64 { return 1000 * float64(n) / float64(max(1, units)) }

// l10nCheck is what checking one file gave: its messages (a PO entry with
// all its plural forms, an XLIFF unit) and the flags on them.
type l10nCheck struct {
	messages []string
	targets  map[string]string
	flags    []L10nFlag
}

// checkL10n checks content as a file named rel, written under tmp, and
// gives each finding the message whose source or target it falls in.
func checkL10n(eng *checker.Engine, tmp, rel string, content []byte) (*l10nCheck, error) {
	path := filepath.Join(tmp, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		return nil, err
	}
	rep := run.Run(eng, []string{path}, run.Options{MaxSize: -1})
	if e := rep.Files[0].Error; e != "" {
		return nil, fmt.Errorf("%s: %s", rel, e)
	}
	doc, err := read.ParseWith(path, content, read.ParseOptions{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rel, err)
	}
	type rng struct {
		start, end int
		msg        string
		u          *textdoc.Unit
	}
	var rs []rng
	c := &l10nCheck{targets: map[string]string{}}
	seen := map[string]bool{}
	for _, u := range doc.Units {
		msg := messageID(doc, u)
		if !seen[msg] {
			seen[msg] = true
			c.messages = append(c.messages, msg)
		}
		r := rng{start: u.Source.Start(), end: u.Source.End(), msg: msg, u: u}
		at, end := u.TargetAt, u.TargetAt
		if u.Target != nil {
			at, end = u.Target.Start(), u.Target.End()
			c.targets[msg] += u.Target.Text
		}
		r.start, r.end = min(r.start, at), max(r.end, end)
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].start < rs[j].start })
	for _, f := range rep.Findings {
		fl := L10nFlag{File: rel, Rule: f.Rule, Severity: f.Severity.String(), Message: f.Message}
		i := sort.Search(len(rs), func(i int) bool { return rs[i].start > f.Offset }) - 1
		if i >= 0 && f.Offset <= rs[i].end {
			u := rs[i].u
			fl.Unit, fl.Source = rs[i].msg, u.Source.Text
			if u.Target != nil {
				fl.Target = u.Target.Text
			}
		}
		c.flags = append(c.flags, fl)
	}
	return c, nil
}

// messageID names the message a unit belongs to: a PO unit's ID without
// the plural form's "[n]".
func messageID(doc *textdoc.Document, u *textdoc.Unit) string {
	if doc.Format == bilingual.FormatPO && strings.HasSuffix(u.ID, "]") {
		if i := strings.LastIndex(u.ID, "["); i > 0 {
			return u.ID[:i]
		}
	}
	return u.ID
}

// plantKey says of one message of a planted copy whether it holds the
// planted error. Context and Source name it for tools that key PO units
// by msgctxt and msgid.
type plantKey struct {
	File    string `json:"file"`
	ID      string `json:"id"`
	Context string `json:"context,omitempty"`
	Source  string `json:"source"`
	Planted bool   `json:"planted"`
}

// plantedCopy is a copy of a file with errors of one kind planted.
type plantedCopy struct {
	rel     string
	content []byte
	key     []plantKey
}

// edit replaces content[start:end] with text.
type edit struct {
	start, end int
	text       string
}

// plantFile plants errors of kind into a copy of f: into every other
// message the kind applies to (the first form of a plural that it applies
// to). It returns nil when the kind does not apply to the file's format.
func plantFile(kind string, f l10nFile) (*plantedCopy, error) {
	doc, err := read.ParseWith(f.rel, f.content, read.ParseOptions{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.rel, err)
	}
	doc.EnsureSegmented() // the planted edits read the targets' words
	xliff := doc.Format == bilingual.FormatXLIFF
	switch kind {
	case "xliff-g-dropped", "xliff-x-dropped", "xliff2-pc-dropped":
		if !xliff {
			return nil, nil
		}
	}
	if kind == "xliff2-pc-dropped" {
		return plantXLIFF2(doc, f)
	}
	pc := &plantedCopy{rel: f.rel}
	var edits []edit
	n := 0 // messages the kind applied to
	var last *plantKey
	for _, u := range doc.Units {
		msg := messageID(doc, u)
		if last == nil || last.ID != msg {
			ctx, src := "", u.Source.Text
			if doc.Format == bilingual.FormatPO {
				if i := strings.IndexByte(msg, '\x04'); i >= 0 {
					ctx, src = msg[:i], msg[i+1:]
				} else {
					src = msg
				}
			}
			pc.key = append(pc.key, plantKey{ID: msg, Context: ctx, Source: src})
			last = &pc.key[len(pc.key)-1]
		} else if last.Planted {
			continue
		}
		if u.Target == nil {
			continue
		}
		if kind == "xliff-g-dropped" || kind == "xliff-x-dropped" {
			es, ok := wrapTag(kind, u, f.content, n%2 == 0)
			if !ok {
				continue
			}
			edits = append(edits, es...)
			last.Planted = n%2 == 0
			n++
			continue
		}
		es, ok := plantUnit(kind, u, f.content)
		if !ok {
			continue
		}
		if n%2 == 0 {
			edits = append(edits, es...)
			last.Planted = true
		}
		n++
	}
	// Messages of a kind that applied nowhere are left out of the key.
	pc.content = applyEdits(f.content, edits)
	return pc, nil
}

// applyEdits applies non-overlapping edits to a copy of content.
func applyEdits(content []byte, edits []edit) []byte {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var b strings.Builder
	at := 0
	for _, e := range edits {
		if e.start < at {
			continue
		}
		b.Write(content[at:e.start])
		b.WriteString(e.text)
		at = e.end
	}
	b.Write(content[at:])
	return []byte(b.String())
}

var (
	plantPlaceholder = regexp.MustCompile(`%\([A-Za-z_][A-Za-z0-9_]*\)[sdif]|%(?:\d+\$)?[sdif]|\{\{ ?[A-Za-z_][A-Za-z0-9_.]* ?\}\}|\{[A-Za-z_0-9]+\}|%[A-Za-z_]+%`)
	plantTag         = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>`)
	plantURL         = regexp.MustCompile(`https?://[A-Za-z0-9.-]+`)
	plantDigits      = regexp.MustCompile(`[0-9]+`)
	plantEmail       = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)
)

// literal reports whether the text span [s, e) of b is written as is in
// content (no escape inside), so that it can be edited in place.
func literal(b *textdoc.Block, content []byte, s, e int) (int, int, bool) {
	rs, re := b.Raw(s), b.RawEnd(e)
	if rs < 0 || re > len(content) || rs > re || string(content[rs:re]) != b.Text[s:e] {
		return 0, 0, false
	}
	return rs, re, true
}

// plantUnit returns the edits that put an error of kind into u's target,
// and false when the kind does not apply to u.
func plantUnit(kind string, u *textdoc.Unit, content []byte) ([]edit, bool) {
	src, tgt := u.Source.Text, u.Target.Text
	whole := edit{start: u.Target.Start(), end: u.Target.End()}
	switch kind {
	case "number-changed":
		outside := plantPlaceholder.ReplaceAllStringFunc(tgt, func(p string) string { return strings.Repeat("_", len(p)) })
		loc := plantDigits.FindStringIndex(outside)
		if loc == nil {
			return nil, false
		}
		s, e, ok := literal(u.Target, content, loc[0], loc[1])
		if !ok {
			return nil, false
		}
		d := []byte(tgt[loc[0]:loc[1]])
		d[len(d)-1] = '0' + (d[len(d)-1]-'0'+1)%10
		return []edit{{s, e, string(d)}}, true
	case "placeholder-dropped", "placeholder-renamed":
		locs := plantPlaceholder.FindAllStringIndex(tgt, -1)
		if len(locs) == 0 || !plantPlaceholder.MatchString(src) {
			return nil, false
		}
		loc := locs[len(locs)-1]
		s, e, ok := literal(u.Target, content, loc[0], loc[1])
		if !ok {
			return nil, false
		}
		if kind == "placeholder-dropped" {
			return []edit{{s, e, ""}}, true
		}
		return []edit{{s, e, renamePlaceholder(tgt[loc[0]:loc[1]])}}, true
	case "untranslated", "untranslated-markup":
		markup := plantPlaceholder.MatchString(src) || plantTag.MatchString(src)
		if markup != (kind == "untranslated-markup") || src == tgt || !hasLetters(src, 3) {
			return nil, false
		}
		whole.text = string(content[u.Source.Start():u.Source.End()])
		return []edit{whole}, true
	case "url-changed":
		if loc := plantEmail.FindStringIndex(tgt); loc != nil && plantEmail.MatchString(src) {
			at := loc[0] + strings.IndexByte(tgt[loc[0]:loc[1]], '@')
			s, _, ok := literal(u.Target, content, at, at)
			if !ok {
				return nil, false
			}
			return []edit{{s, s, "x"}}, true // "infox@example.org"
		}
		loc := plantURL.FindStringIndex(tgt)
		if loc == nil || !plantURL.MatchString(src) {
			return nil, false
		}
		host := tgt[loc[0]:loc[1]]
		dot := strings.IndexByte(host[strings.Index(host, "//")+2:], '.')
		if dot < 0 {
			return nil, false
		}
		at := loc[0] + strings.Index(host, "//") + 2 + dot
		s, _, ok := literal(u.Target, content, at, at)
		if !ok {
			return nil, false
		}
		return []edit{{s, s, "x"}}, true
	case "empty-target":
		return []edit{whole}, true
	case "end-punctuation-dropped":
		r, size := utf8.DecodeLastRuneInString(tgt)
		sr, _ := utf8.DecodeLastRuneInString(src)
		if !strings.ContainsRune(".!?:;…。！？：", r) || !strings.ContainsRune(".!?:;…", sr) {
			return nil, false
		}
		s, e, ok := literal(u.Target, content, len(tgt)-size, len(tgt))
		if !ok {
			return nil, false
		}
		return []edit{{s, e, ""}}, true
	case "tag-dropped":
		loc := plantTag.FindStringIndex(tgt)
		if loc == nil || !plantTag.MatchString(src) {
			return nil, false
		}
		return []edit{{u.Target.Raw(loc[0]), u.Target.RawEnd(loc[1]), ""}}, true
	}
	return nil, false
}

// renamePlaceholder gives a placeholder another name, as a translator who
// translated the variable's name would.
func renamePlaceholder(p string) string {
	switch {
	case strings.HasPrefix(p, "%("):
		i := strings.IndexByte(p, ')')
		return p[:i] + "o" + p[i:]
	case strings.HasPrefix(p, "{") || strings.HasSuffix(p, "%"):
		i := strings.LastIndexFunc(p, isWordRune) + 1
		return p[:i] + "o" + p[i:]
	case strings.HasSuffix(p, "s"):
		return p[:len(p)-1] + "d"
	}
	return p[:len(p)-1] + "s"
}

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func hasLetters(s string, n int) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			n--
		}
	}
	return n <= 0
}

// firstWord returns the raw span of b's first word outside placeholders,
// when it is written as is in content.
func firstWord(b *textdoc.Block, content []byte) (int, int, bool) {
	if len(b.Words) == 0 || strings.ContainsAny(string(content[b.Start():b.End()]), "<>") {
		return 0, 0, false
	}
	// The first word outside placeholders: "limit" in "{{ limit }}" is
	// part of one.
	for _, w := range b.Words {
		inside := false
		for _, v := range b.Verbatim() {
			inside = inside || w.Start < v.End && v.Start < w.End
		}
		if !inside {
			return literal(b, content, w.Start, w.End)
		}
	}
	return 0, 0, false
}

// wrapTag puts an inline XLIFF 1.2 element around (<g>) or after (<x/>)
// the first word of u's source and target; with drop the target's is left
// out, the planted error.
func wrapTag(kind string, u *textdoc.Unit, content []byte, drop bool) ([]edit, bool) {
	ss, se, ok := firstWord(u.Source, content)
	if !ok {
		return nil, false
	}
	ts, te, ok := firstWord(u.Target, content)
	if !ok {
		return nil, false
	}
	wrap := func(s, e int) []edit {
		if kind == "xliff-g-dropped" {
			return []edit{{s, s, `<g id="1">`}, {e, e, `</g>`}}
		}
		return []edit{{e, e, `<x id="1"/>`}}
	}
	es := wrap(ss, se)
	if !drop {
		es = append(es, wrap(ts, te)...)
	}
	return es, true
}

// plantXLIFF2 writes the units of an XLIFF 1.2 document as XLIFF 2.0 with
// the first word of each source and target in a <pc>, left out of the
// target in every other unit.
func plantXLIFF2(doc *textdoc.Document, f l10nFile) (*plantedCopy, error) {
	pc := &plantedCopy{rel: strings.TrimSuffix(f.rel, filepath.Ext(f.rel)) + ".xlf2.xlf"}
	var b strings.Builder
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=%q trgLang=%q>\n<file id=\"f1\">\n", doc.SourceLang, doc.Lang)
	n := 0
	for _, u := range doc.Units {
		if u.Target == nil {
			continue
		}
		ss, se, ok1 := firstWord(u.Source, f.content)
		ts, te, ok2 := firstWord(u.Target, f.content)
		if !ok1 || !ok2 {
			continue
		}
		drop := n%2 == 0
		n++
		pc.key = append(pc.key, plantKey{ID: u.ID, Source: u.Source.Text, Planted: drop})
		c := f.content
		src := string(c[u.Source.Start():ss]) + `<pc id="1">` + string(c[ss:se]) + `</pc>` + string(c[se:u.Source.End()])
		tgt := string(c[u.Target.Start():u.Target.End()])
		if !drop {
			tgt = string(c[u.Target.Start():ts]) + `<pc id="1">` + string(c[ts:te]) + `</pc>` + string(c[te:u.Target.End()])
		}
		fmt.Fprintf(&b, "<unit id=%q>\n<segment>\n<source>%s</source>\n<target>%s</target>\n</segment>\n</unit>\n", u.ID, src, tgt)
	}
	b.WriteString("</file>\n</xliff>\n")
	pc.content = []byte(b.String())
	return pc, nil
}

// writeTable prints the corpus counts, the flags by rule, the planted
// recall by kind and the flags or misses asked for.
func (r *L10nResult) writeTable(w io.Writer) {
	fmt.Fprintf(w, "%d files, %d units, %d flags on %d units: %.1f flags per 1,000 units\n\n", r.Files, r.Units, r.Flags, r.FlaggedUnits, r.Per1000)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "rule\tflags\tper 1,000 units\t")
	ids := make([]string, 0, len(r.Rules))
	for id := range r.Rules {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		return r.Rules[ids[i]].Flags > r.Rules[ids[j]].Flags || r.Rules[ids[i]].Flags == r.Rules[ids[j]].Flags && ids[i] < ids[j]
	})
	for _, id := range ids {
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t\n", id, r.Rules[id].Flags, r.Rules[id].Per1000)
	}
	tw.Flush()
	if r.Kinds != nil {
		fmt.Fprintln(w)
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "planted kind\tunits\tfound\tright rule\trecall %\tunchanged\tnew flags\t")
		for _, k := range plantKinds {
			s := r.Kinds[k.Name]
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.1f\t%d\t%d\t\n", k.Name, s.Planted, s.Found, s.RightRule, s.Recall, s.Unchanged, s.FalseAlarms)
		}
		tw.Flush()
		if r.misses {
			for _, k := range plantKinds {
				for _, m := range r.Kinds[k.Name].Misses {
					fmt.Fprintf(w, "\nmissed %s: %s %q [%s]\n  source: %q\n  target: %q\n", k.Name, m.File, m.Unit, strings.TrimSpace(m.Rule), m.Source, m.Target)
				}
				for _, m := range r.Kinds[k.Name].Alarms {
					fmt.Fprintf(w, "\nnew flag next to %s: %s %q %s: %s\n  source: %q\n  target: %q\n", k.Name, m.File, m.Unit, m.Rule, m.Message, m.Source, m.Target)
				}
			}
		}
	}
	list := r.List
	if r.sample > 0 && r.sample < len(list) {
		list = append([]L10nFlag(nil), list...)
		rand.New(rand.NewSource(r.seed)).Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
		list = list[:r.sample]
	} else if r.sample == 0 {
		list = nil
	}
	for i, f := range list {
		fmt.Fprintf(w, "\n%d. %s %q\n  %s %s: %s\n  source: %q\n  target: %q\n", i+1, f.File, f.Unit, f.Severity, f.Rule, f.Message, f.Source, f.Target)
	}
}
