package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/mtlint/mtlint/checker"
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
right (synonyms), but can hide a mistranslation.

Left alone: segments of a single word ("Open", "Close" differ by context),
segments without letters, units without a target, and differences of case,
spacing and final punctuation only.`,
	Bad: "Die Sitzung wurde vertagt.\tThe meeting was adjourned.\n" +
		"Die Sitzung wurde vertagt.\tThe session was postponed.",
	Good: "Die Sitzung wurde vertagt.\tThe meeting was adjourned.\n" +
		"Die Sitzung wurde vertagt!\tthe meeting was adjourned",
	ExampleFormat: checker.FormatTSV,
	Severity:      checker.Warning,
	Check:         checkInconsistentTranslation,
}

// translationGroup collects the units that share one normalised key.
type translationGroup struct {
	units  []*checker.Unit
	others []string // the normalised other side of each unit
}

func checkInconsistentTranslation(p *checker.Pass) error {
	bySource := map[string]*translationGroup{}
	byTarget := map[string]*translationGroup{}
	var sourceKeys, targetKeys []string // first-seen order, for stable output
	for _, u := range p.Doc.Units {
		if u.Source == nil || u.Target == nil {
			continue
		}
		s, t := segmentKey(u.Source.Text), segmentKey(u.Target.Text)
		if s == "" || t == "" {
			continue
		}
		if strings.Contains(s, " ") {
			if bySource[s] == nil {
				bySource[s] = &translationGroup{}
				sourceKeys = append(sourceKeys, s)
			}
			bySource[s].units = append(bySource[s].units, u)
			bySource[s].others = append(bySource[s].others, t)
		}
		if strings.Contains(t, " ") {
			if byTarget[t] == nil {
				byTarget[t] = &translationGroup{}
				targetKeys = append(targetKeys, t)
			}
			byTarget[t].units = append(byTarget[t].units, u)
			byTarget[t].others = append(byTarget[t].others, s)
		}
	}
	for _, k := range sourceKeys {
		if u, lines := divergence(p, bySource[k]); u != nil {
			p.Report(u.Target, checker.Span{Start: 0, End: len(u.Target.Text)},
				"the same source is translated differently on lines "+lines, "use one translation")
		}
	}
	for _, k := range targetKeys {
		if u, lines := divergence(p, byTarget[k]); u != nil {
			p.ReportSeverity(u.Target, checker.Span{Start: 0, End: len(u.Target.Text)}, checker.Info,
				"different sources have the same translation on lines "+lines, "")
		}
	}
	return nil
}

// divergence returns the first unit of g whose other side differs from the
// first unit's, and the lines of all of g's units in words ("4, 12 and 30");
// nil when all agree.
func divergence(p *checker.Pass, g *translationGroup) (*checker.Unit, string) {
	if len(g.units) < 2 {
		return nil, ""
	}
	var first *checker.Unit
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
