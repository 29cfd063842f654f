package rules

import (
	"fmt"
	"hash/maphash"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/mtlint/mtlint/checker"
	"github.com/mtlint/mtlint/checker/read/bilingual"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// InconsistentTranslation reports a source segment translated in more than
// one way within a document, and (at info) different sources given one
// translation.
var InconsistentTranslation = &checker.Rule{
	ID:    "inconsistent-translation",
	Title: "the same source segment translated differently in one document",
	Doc: `Compares the units of a bilingual input with each other. When the same
source segment (ignoring case, white space and trailing punctuation) has
different translations, readers and reviewers see two wordings for one thing:
the rule reports it once, on the first unit whose translation departs from the
first one, and lists the lines of every occurrence ("the same source is
translated differently on lines 4, 12 and 30"). The reverse, different source
segments with one and the same translation, is reported at info: it is often
right (synonyms), but can hide a mistranslation; in software strings (PO, XLIFF),
where short labels and their longer variants share translations by design,
only when the sources differ in one word at the same place ("the same email"
and "the same password" translated alike). In software strings, sources that
differ in case or final punctuation are different strings ("Security Key Added", a
subject line, and "Security key added.", a message): their translations are
compared for spelling only ("E-Mail-Adresse", "Email-Adresse"). Units with
different contexts (PO msgctxt) are not compared, and the plural forms of a PO
message are compared by the first.

Left alone: segments of a single word ("Open", "Close" differ by context),
segments without letters, units without a target, and differences of case,
spacing and final punctuation only.`,
	Bad: "Die Sitzung wurde vertagt.\tThe meeting was adjourned.\n" +
		"Die Sitzung wurde vertagt.\tThe session was postponed.",
	Good: "Die Sitzung wurde vertagt.\tThe meeting was adjourned.\n" +
		"Die Sitzung wurde vertagt!\tthe meeting was adjourned",
	ExampleFormat: textdoc.FormatTSV,
	Severity:      checker.Warning,
	AcrossUnits:   true,
	Check:         checkInconsistentTranslation,
}

// translationGroup collects the units that share one normalised key.
type translationGroup struct {
	units  []*textdoc.Unit
	others []string // the normalised other side of each unit
}

func checkInconsistentTranslation(p *checker.Pass) error {
	// A first pass counts each unit's keys by their hash, so that only
	// keys met more than once make groups: a file of 200,000 different
	// strings keeps counts, not 400,000 normalised copies of its text. A
	// hash shared by chance makes a group of one unit, which reports
	// nothing.
	seed := maphash.MakeSeed()
	hashes := make([][2]uint64, len(p.Doc.Units))
	srcCount, tgtCount := map[uint64]uint8{}, map[uint64]uint8{}
	for i, u := range p.Doc.Units {
		s, t, ok := comparedKeys(p.Doc, u)
		if !ok {
			continue
		}
		if strings.Contains(s, " ") {
			h := keyHash(seed, u.Context, s)
			hashes[i][0], srcCount[h] = h, min(srcCount[h]+1, 2)
		}
		if strings.Contains(t, " ") {
			h := maphash.String(seed, t) | 1 // never 0 (no key)
			hashes[i][1], tgtCount[h] = h, min(tgtCount[h]+1, 2)
		}
	}
	bySource := map[string]*translationGroup{}
	byTarget := map[string]*translationGroup{}
	var sourceKeys, targetKeys []string // first-seen order, for stable output
	for i, u := range p.Doc.Units {
		inSource, inTarget := srcCount[hashes[i][0]] > 1, tgtCount[hashes[i][1]] > 1
		if !inSource && !inTarget {
			continue
		}
		s, t, _ := comparedKeys(p.Doc, u)
		if inSource {
			// A context (PO msgctxt) says the same string means another
			// thing elsewhere: only units of one context are compared.
			sk := u.Context + "\x04" + s
			if bySource[sk] == nil {
				bySource[sk] = &translationGroup{}
				sourceKeys = append(sourceKeys, sk)
			}
			bySource[sk].units = append(bySource[sk].units, u)
			bySource[sk].others = append(bySource[sk].others, t)
		}
		if inTarget {
			if byTarget[t] == nil {
				byTarget[t] = &translationGroup{}
				targetKeys = append(targetKeys, t)
			}
			byTarget[t].units = append(byTarget[t].units, u)
			byTarget[t].others = append(byTarget[t].others, s)
		}
	}
	for _, k := range sourceKeys {
		g := bySource[k]
		if softwareStrings(p.Doc) {
			g = sameStringOrSpelling(g)
		}
		if u, lines := divergence(p, g); u != nil {
			p.Report(u.Target, proseSpan(u.Target),
				"the same source is translated differently on lines "+lines, "use one translation")
		}
	}
	for _, k := range targetKeys {
		g := byTarget[k]
		if softwareStrings(p.Doc) {
			g = oneWordApart(g)
		}
		if u, lines := divergence(p, g); u != nil {
			p.ReportSeverity(u.Target, proseSpan(u.Target), checker.Info,
				"different sources have the same translation on lines "+lines, "")
		}
	}
	return nil
}

// keyHash returns the hash of a source key in its context, never 0 (no
// key).
func keyHash(seed maphash.Seed, context, key string) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(context)
	h.WriteByte(4)
	h.WriteString(key)
	return h.Sum64() | 1
}

// comparedKeys returns the normalised source and target of unit u, which
// units are grouped by; ok is false for a unit that is not compared.
func comparedKeys(doc *textdoc.Document, u *textdoc.Unit) (s, t string, ok bool) {
	if u.Source == nil || u.Target == nil {
		return "", "", false
	}
	if form, _ := u.Form(); form > 0 && doc.Format == bilingual.FormatPO {
		// The plural forms of one message share a source and differ by
		// design ("1 Schlüssel", "2 Schlüssel", "5 Schlüssel"): the
		// message is compared by its first form.
		return "", "", false
	}
	st := u.Source.Text
	if softwareStrings(doc) {
		// "Paste as Lin_k" and "Paste as _Link" are one label.
		st = stripAccelerators(st)
	}
	s, t = segmentKey(st), segmentKey(u.Target.Text)
	return s, t, s != "" && t != ""
}

// divergence returns the first unit of g whose other side differs from the
// first unit's, and the lines of all of g's units in words ("4, 12 and 30");
// nil when all agree.
func divergence(p *checker.Pass, g *translationGroup) (*textdoc.Unit, string) {
	if len(g.units) < 2 {
		return nil, ""
	}
	var first *textdoc.Unit
	for i := 1; i < len(g.units); i++ {
		if g.others[i] != g.others[0] {
			first = g.units[i]
			break
		}
	}
	if first == nil {
		return nil, ""
	}
	var lines []string
	for _, u := range g.units {
		line, _ := p.Doc.Lines().Position(u.Target.Start())
		lines = append(lines, strconv.Itoa(line))
	}
	return first, joinAnd(lines)
}

// oneWordApart keeps of g the units whose sources, sentences of five words
// or more, differ from the first unit's in exactly one word at the same
// place ("the same email" and "the
// same password" given one translation): in a list of software strings,
// different sources with one translation are mostly synonyms ("Sign in",
// "Log in") or longer and shorter labels ("Add Email", "Add Email
// Address"), but one word swapped under an unchanged translation is a copy
// of the neighbouring string that was not adapted.
func oneWordApart(g *translationGroup) *translationGroup {
	if len(g.units) < 2 {
		return g
	}
	first := strings.Fields(g.others[0])
	out := &translationGroup{units: g.units[:1:1], others: g.others[:1:1]}
	for i := 1; i < len(g.units); i++ {
		w := strings.Fields(g.others[i])
		if len(w) != len(first) || len(w) < 5 {
			continue // labels ("Jump to page", "Go to page") swap synonyms
		}
		diff := 0
		for j := range w {
			if w[j] != first[j] {
				diff++
			}
		}
		if diff == 1 {
			out.units = append(out.units, g.units[i])
			out.others = append(out.others, g.others[i])
		}
	}
	return out
}

// sameStringOrSpelling keeps of g the units whose source is the first
// unit's string as written, and those whose source differs from it in case
// or final punctuation only when their translation is a spelling variant
// of the first one's ("E-Mail-Adresse", "Email-Adresse"). In software
// strings case and punctuation tell strings of different places apart:
// "Security Key Added" (a subject line) and "Security key added." (a
// message) may well be worded apart, but not spelt apart.
func sameStringOrSpelling(g *translationGroup) *translationGroup {
	if len(g.units) < 2 {
		return g
	}
	first := strings.Join(strings.Fields(g.units[0].Source.Text), " ")
	out := &translationGroup{units: g.units[:1:1], others: g.others[:1:1]}
	for i := 1; i < len(g.units); i++ {
		same := strings.Join(strings.Fields(g.units[i].Source.Text), " ") == first
		if same || spellingVariant(g.others[0], g.others[i]) {
			out.units = append(out.units, g.units[i])
			out.others = append(out.others, g.others[i])
		}
	}
	return out
}

// spellingVariant reports whether a and b are the same once hyphens,
// spaces and apostrophes are ignored ("e-mail-adresse", "email-adresse").
func spellingVariant(a, b string) bool {
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == ' ' || r == '\'' || r == '‐' {
				return -1
			}
			return r
		}, s)
	}
	return squeeze(a) == squeeze(b)
}

// acceleratorMark matches the mnemonic marker of a menu label: "_" or "&"
// before a letter ("_Open", "Lin_k", "&Save").
var acceleratorMark = regexp.MustCompile(`[_&](\pL)`)

// stripAccelerators removes the mnemonic markers of a label.
func stripAccelerators(s string) string {
	if !strings.ContainsAny(s, "_&") {
		return s
	}
	return acceleratorMark.ReplaceAllString(s, "$1")
}

// softwareStrings reports whether the document is a catalogue of software
// strings (PO, XLIFF): labels, messages and their variants, rather than the
// sentences of documents (TMX, TSV).
func softwareStrings(d *textdoc.Document) bool {
	return d.Format == bilingual.FormatPO || d.Format == bilingual.FormatXLIFF
}

// joinAnd joins items as "a, b and c".
func joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return fmt.Sprintf("%s and %s", strings.Join(items[:len(items)-1], ", "), items[len(items)-1])
}

// segmentKey normalises a segment for comparison: lower case, runs of white
// space as one space, typographic apostrophes as "'", and trailing
// punctuation, quotation marks and spaces removed. It returns "" for a
// segment without letters.
func segmentKey(s string) string {
	var b strings.Builder
	space, letters := false, false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '’' || r == 'ʼ':
			r = '\''
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		letters = letters || unicode.IsLetter(r)
		b.WriteRune(unicode.ToLower(r))
	}
	if !letters {
		return ""
	}
	return strings.TrimRightFunc(b.String(), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ')' && r != ']'
	})
}
