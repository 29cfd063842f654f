package checker

import (
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/mtlint/mtlint/checker/langid"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// Config selects and tunes the rules an Engine runs.
type Config struct {
	// Enable and Disable are rule IDs; "all" stands for every rule. Disable
	// is applied first, so `--disable all --enable drop-cap` runs one rule.
	Enable, Disable []string
	// Severity overrides rules' default severities.
	Severity map[string]Severity
	// Options sets rule options: Options[ruleID][option] = value.
	Options map[string]map[string]string
	// Candidates are the languages every text is checked against besides
	// its target and source; nil means DefaultCandidates.
	Candidates []string
	// LanguageModel builds the statistical language model, once, when an
	// enabled rule first needs it; nil means lingua (NewLinguaModel). Tests
	// pass a fake.
	LanguageModel func() langid.LanguageModel
}

// Engine runs a fixed set of rules over documents. It holds no per-document
// state, so one engine may check many documents concurrently.
type Engine struct {
	rules    []*Rule
	severity map[string]Severity
	options  map[string]map[string]string
	known    map[string]*Rule // every rule, enabled or not, for suppression comments
	// lists holds each enabled rule's options read as lists
	// (Pass.ListOption), split once rather than for every document.
	lists map[string]map[string][]string

	needsLanguage bool
	candidates    []string
	newModel      func() langid.LanguageModel
	langOnce      sync.Once
	lang          *langid.LanguageService
	langBuilds    atomic.Int32

	// Rule IDs by the properties the engine's filters ask about, listed
	// once rather than for every document.
	judgesVerbatim, locale, verdict, masking map[string]bool
}

// LanguageServiceBuilds returns how often the engine built its language
// service: 0 until an enabled rule needs detection, then 1.
func (e *Engine) LanguageServiceBuilds() int { return int(e.langBuilds.Load()) }

// Languages returns the engine's language service, building it (and its
// model) on first use.
func (e *Engine) Languages() *langid.LanguageService {
	e.langOnce.Do(func() {
		newModel := e.newModel
		if newModel == nil {
			newModel = func() langid.LanguageModel { return langid.NewLinguaModel() }
		}
		e.lang = langid.NewLanguageService(newModel(), e.candidates)
		e.langBuilds.Add(1)
	})
	return e.lang
}

// NeedsLanguage reports whether an enabled rule uses language detection.
func (e *Engine) NeedsLanguage() bool { return e.needsLanguage }

// docState is what the passes over one document share: the language
// detection, computed on first use.
type docState struct {
	engine *Engine
	once   sync.Once
	report *langid.LanguageReport
	// prev is the analysis that picked the document's language, when one
	// did: its per-block preparation is reused.
	prev *langid.LanguageReport
}

func (d *docState) languages(doc *textdoc.Document) *langid.LanguageReport {
	d.once.Do(func() {
		if d.report == nil {
			d.report = d.engine.Languages().AnalyzeFrom(doc, doc.Lang, doc.SourceLang, d.prev)
		}
	})
	return d.report
}

// NewEngine validates cfg against the known rules and returns an engine that
// runs the enabled ones in the order given.
func NewEngine(all []*Rule, cfg Config) (*Engine, error) {
	byID := map[string]*Rule{}
	for _, r := range all {
		byID[r.ID] = r
	}
	on := map[string]bool{}
	for _, r := range all {
		on[r.ID] = true
	}
	apply := func(ids []string, v bool) error {
		for _, id := range ids {
			id = strings.TrimSpace(id)
			if id == "all" {
				for k := range on {
					on[k] = v
				}
				continue
			}
			if byID[id] == nil {
				return fmt.Errorf("unknown rule %q (see `mtlint rules`)", id)
			}
			on[id] = v
		}
		return nil
	}
	if err := apply(cfg.Disable, false); err != nil {
		return nil, err
	}
	if err := apply(cfg.Enable, true); err != nil {
		return nil, err
	}
	for id := range cfg.Severity {
		if byID[id] == nil {
			return nil, fmt.Errorf("severity for unknown rule %q", id)
		}
	}
	for id, opts := range cfg.Options {
		r := byID[id]
		if r == nil {
			return nil, fmt.Errorf("options for unknown rule %q", id)
		}
		for name, v := range opts {
			o, ok := r.Option(name)
			if !ok {
				return nil, fmt.Errorf("%s: unknown option %q", id, name)
			}
			if err := o.Check(v); err != nil {
				return nil, fmt.Errorf("%s: option %s: %v", id, name, err)
			}
		}
	}
	for _, l := range cfg.Candidates {
		if !langid.KnownLanguage(l) {
			return nil, fmt.Errorf("candidate language %q: no language model for it", l)
		}
	}
	e := &Engine{severity: cfg.Severity, options: cfg.Options, candidates: cfg.Candidates, newModel: cfg.LanguageModel, known: byID}
	e.judgesVerbatim, e.locale, e.verdict, e.masking = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, r := range all {
		if on[r.ID] {
			e.rules = append(e.rules, r)
			e.needsLanguage = e.needsLanguage || r.NeedsLanguage
			e.judgesVerbatim[r.ID] = r.Verbatim
			e.locale[r.ID] = r.Locale
			e.verdict[r.ID] = r.LanguageVerdict
			if r.Masks {
				e.masking[r.ID] = true
			}
		}
	}
	e.lists = map[string]map[string][]string{}
	for _, r := range e.rules {
		lists := map[string][]string{}
		for _, o := range r.Options {
			v, ok := cfg.Options[r.ID][o.Name]
			if !ok {
				v = o.Default
			}
			lists[o.Name] = slices.Clip(splitList(v))
		}
		e.lists[r.ID] = lists
	}
	return e, nil
}

// Option returns the rule's option called name.
func (r *Rule) Option(name string) (Option, bool) {
	for _, o := range r.Options {
		if o.Name == name {
			return o, true
		}
	}
	return Option{}, false
}

// Rules returns the enabled rules.
func (e *Engine) Rules() []*Rule { return e.rules }

// Candidates returns the languages besides target and source that texts are
// checked against (nil: DefaultCandidates).
func (e *Engine) Candidates() []string { return e.candidates }

// Check runs the enabled rules over doc and returns the findings sorted by
// offset and rule. A rule that fails or panics makes Check return an error
// naming the rule; the findings of the other rules are still returned.
func (e *Engine) Check(doc *textdoc.Document) ([]Finding, error) { return e.CheckAfter(doc, nil) }

// CheckAfter is Check after prev, the analysis that picked the document's
// language (or nil).
func (e *Engine) CheckAfter(doc *textdoc.Document, prev *langid.LanguageReport) ([]Finding, error) {
	if doc.Windowed() {
		passes, failed := e.passes(doc), map[*Pass]error{}
		e.checkWindows(doc, passes, failed)
		return e.findings(doc, passes, failed)
	}
	fs, errs := e.CheckBatch([]*textdoc.Document{doc}, []*langid.LanguageReport{prev})
	return fs[0], errs[0]
}

// CheckBatch checks documents as CheckAfter checks each (after prevs[i],
// which may be nil), rule by rule: each rule runs over every document before
// the next rule starts. A short document is checked in microseconds, and
// running all rules over it in turn brings each rule's code and tables back
// cold for every document; over a batch they stay in the processor's
// caches. A windowed document is checked alone (CheckAfter). The findings
// and errors of each document are those CheckAfter returns for it.
func (e *Engine) CheckBatch(docs []*textdoc.Document, prevs []*langid.LanguageReport) ([][]Finding, []error) {
	out, errs := make([][]Finding, len(docs)), make([]error, len(docs))
	passes := make([][]*Pass, len(docs))
	failed := make([]map[*Pass]error, len(docs))
	next := make([]int, len(docs)) // each document's next pass
	for i, doc := range docs {
		if doc.Windowed() {
			out[i], errs[i] = e.CheckAfter(doc, prevs[i])
			continue
		}
		passes[i], failed[i] = e.passes(doc), map[*Pass]error{}
		shared := &docState{engine: e, prev: prevs[i]}
		for _, p := range passes[i] {
			p.shared = shared
		}
		if len(docs) > 1 && e.needsLanguage && doc.Lang != "" {
			// The language rules ask for it first thing; asked here, the
			// documents' analyses run one after another too. (A document
			// checked alone is analysed when a rule asks, if one does.)
			shared.languages(doc)
		}
	}
	for _, r := range e.rules {
		for i := range docs {
			// A document's passes follow the engine's rules, less those
			// it skips.
			if n := next[i]; n < len(passes[i]) && passes[i][n].Rule == r {
				next[i]++
				if err := runRule(passes[i][n]); err != nil {
					failed[i][passes[i][n]] = err
				}
			}
		}
	}
	for i, doc := range docs {
		if passes[i] != nil {
			out[i], errs[i] = e.findings(doc, passes[i], failed[i])
		}
	}
	return out, errs
}

// passes returns a document's passes, one for each enabled rule that
// checks it, in the engine's order.
func (e *Engine) passes(doc *textdoc.Document) []*Pass {
	loc := textdoc.LocaleFor(doc.Lang)
	// The passes of a document are allocated together: one allocation a
	// document rather than one a rule.
	slab := make([]Pass, len(e.rules))
	passes := make([]*Pass, 0, len(e.rules))
	for i, r := range e.rules {
		if r.RunningText && doc.SegmentList() {
			continue
		}
		sev := r.Severity
		if s, ok := e.severity[r.ID]; ok {
			sev = s
		}
		slab[i] = Pass{Rule: r, Doc: doc, Locale: loc, options: e.options[r.ID], lists: e.lists[r.ID], severity: sev}
		passes = append(passes, &slab[i])
	}
	return passes
}

// findings gathers what the passes over doc found, filtered, sorted and
// suppressed as Check returns them, and the errors of the rules that
// failed.
func (e *Engine) findings(doc *textdoc.Document, passes []*Pass, failed map[*Pass]error) ([]Finding, error) {
	var all []Finding
	var errs []string
	for _, p := range passes {
		if err := failed[p]; err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", p.Rule.ID, err))
			continue
		}
		all = append(all, p.findings...)
		if p.cut > 0 {
			if doc.Cut == nil {
				doc.Cut = map[string]int{}
			}
			doc.Cut[p.Rule.ID] += p.cut
		}
	}
	all = dropVerbatim(doc, e.judgesVerbatim, all)
	all = dropMasked(e.masking, all)
	SortFindings(all)
	all, suppressErr := applySuppressions(doc, all, e.known) // inline suppressions: suppress.go
	all = dropLocaleAfterVerdict(e.locale, e.verdict, all)
	if len(errs) > 0 {
		return all, errors.Join(fmt.Errorf("internal error: %s", strings.Join(errs, "; ")), suppressErr)
	}
	return all, suppressErr
}

// checkWindows runs the passes over a windowed document one window of
// blocks at a time: the window's blocks (and one on each side, which rules
// read as neighbours) are segmented, their languages detected, every rule
// checks the window, and the words and sentences are dropped again, so that
// one window's are in memory, not the whole document's, and each block is
// segmented once. Each pass lasts the whole document: its findings, its cap
// and its state (Pass.DocState) go on from window to window. The blocks of
// a segment list's window are the targets of its units, whose sources are
// segmented with them. The windows' language reports are merged into the
// whole file's as they come; the rules that read the file's language
// (FileLanguage) run after the windows, window by window with that report,
// and the rules that judge the whole file (LanguageVerdict) or compare its
// units with one another (AcrossUnits) run once, on the whole document. A
// rule that fails is not run again.
func (e *Engine) checkWindows(doc *textdoc.Document, passes []*Pass, failed map[*Pass]error) {
	var merger *langid.ReportMerger
	if e.needsLanguage {
		merger = langid.NewReportMerger(len(doc.Blocks))
	}
	run := func(p *Pass, win *textdoc.Document, shared *docState) {
		p.Doc, p.shared = win, shared
		if err := runRule(p); err != nil {
			failed[p] = err
		}
	}
	words, later := 0, false
	for _, w := range doc.Windows() {
		lo, hi := w.Lo, w.Hi
		doc.Segment(lo-1, hi+1)
		doc.SegmentSources(w.UnitLo, w.UnitHi)
		win := doc.Window(w)
		shared := &docState{engine: e}
		if merger != nil {
			shared.report = e.Languages().AnalyzeFrom(win, doc.Lang, doc.SourceLang, nil)
			merger.Add(shared.report)
		}
		for _, p := range passes {
			if wholeDocument(p.Rule) || failed[p] != nil {
				continue
			}
			if p.Rule.FileLanguage && merger != nil {
				later = true
				continue
			}
			run(p, win, shared)
		}
		for _, b := range win.Blocks {
			words += len(b.Words)
		}
		doc.Release(lo-1, hi+1)
		doc.ReleaseSources(w.UnitLo, w.UnitHi)
	}
	doc.CountWords(words)
	var rep *langid.LanguageReport
	if merger != nil {
		rep = merger.Report()
	}
	if later {
		for _, w := range doc.Windows() {
			win := doc.Window(w)
			shared := &docState{engine: e, report: rep.Window(w.Lo, w.Hi)}
			for _, p := range passes {
				if p.Rule.FileLanguage && !wholeDocument(p.Rule) && failed[p] == nil {
					run(p, win, shared)
				}
			}
		}
	}
	for _, p := range passes {
		if !wholeDocument(p.Rule) {
			p.Doc = doc
			continue
		}
		p.shared = &docState{engine: e, report: rep}
		if err := runRule(p); err != nil {
			failed[p] = err
		}
	}
}

// AnalyzeDocument returns the language detection of doc against target
// (and source): the analysis of the whole text, or, for a windowed
// document, the analyses of its windows, each segmented for it and released
// after, merged.
func AnalyzeDocument(e *Engine, doc *textdoc.Document, target, source string) *langid.LanguageReport {
	if !doc.Windowed() {
		return e.Languages().AnalyzeFrom(doc, target, source, nil)
	}
	m := langid.NewReportMerger(len(doc.Blocks))
	for _, w := range doc.Windows() {
		doc.Segment(w.Lo, w.Hi)
		m.Add(e.Languages().AnalyzeFrom(doc.Window(w), target, source, nil))
		doc.Release(w.Lo, w.Hi)
	}
	return m.Report()
}

// wholeDocument reports whether the rule checks a windowed document once,
// whole, after its windows: it judges the file as a whole
// (LanguageVerdict) or compares its units with one another (AcrossUnits).
func wholeDocument(r *Rule) bool { return r.LanguageVerdict || r.AcrossUnits }

// runRule calls the rule's Check and turns a panic into an error, so one
// faulty rule cannot take the whole run down.
func runRule(p *Pass) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v\n%s", v, debug.Stack())
		}
	}()
	return p.Rule.Check(p)
}

// dropVerbatim removes findings that overlap code and other literal text,
// except those of rules that judge such text themselves.
func dropVerbatim(doc *textdoc.Document, judgesVerbatim map[string]bool, fs []Finding) []Finding {
	var spans [][2]int
	for _, b := range doc.Blocks {
		for _, v := range b.Verbatim() {
			spans = append(spans, [2]int{b.Raw(v.Start), b.RawEnd(v.End)})
		}
	}
	if len(spans) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		keep := true
		for _, s := range spans {
			if judgesVerbatim[f.Rule] {
				break
			}
			if f.TextOffset < s[1] && s[0] < f.TextEndOffset || f.TextOffset == f.TextEndOffset && f.TextOffset >= s[0] && f.TextOffset < s[1] {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// dropLocaleAfterVerdict removes the findings of Locale rules when a
// LanguageVerdict rule reported that the file is not in its language (and
// that finding was not suppressed): a German file checked as English gets
// one error, not one per „quotation mark“.
func dropLocaleAfterVerdict(locale, verdict map[string]bool, fs []Finding) []Finding {
	if !slices.ContainsFunc(fs, func(f Finding) bool { return verdict[f.Rule] }) {
		return fs
	}
	return slices.DeleteFunc(fs, func(f Finding) bool { return locale[f.Rule] })
}

// dropMasked removes findings that lie inside the span of another rule's
// masking finding: a quotation mark that is part of "Ã¼" is not a quote.
func dropMasked(masking map[string]bool, fs []Finding) []Finding {
	var masks []Finding
	for _, f := range fs {
		if masking[f.Rule] {
			masks = append(masks, f)
		}
	}
	if len(masks) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		hidden := false
		for _, m := range masks {
			if m.Rule != f.Rule && f.TextOffset >= m.TextOffset && f.TextEndOffset <= m.TextEndOffset {
				hidden = true
				break
			}
		}
		if !hidden {
			out = append(out, f)
		}
	}
	return out
}

// SortFindings orders findings by path, offset, rule, then end offset, so
// output is the same on every run.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.EndOffset < b.EndOffset
	})
}

// Resolve fills in the positions of findings on doc that every output
// shares, once: lines and columns, and the span in code points. The byte
// offsets in the file and in the text were set when the rule reported.
func Resolve(doc *textdoc.Document, fs []Finding) {
	x := doc.Lines()
	for i := range fs {
		f := &fs[i]
		f.Line, f.Column = x.Position(f.TextOffset)
		f.EndLine, f.EndColumn = x.Position(f.TextEndOffset)
		f.CharOffset, f.CharLength = doc.CharSpan(f.TextOffset, f.TextEndOffset)
	}
}
