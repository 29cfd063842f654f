package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// parallelPair is one of our synthetic parallel articles in testdata/align:
// the same paragraphs, in the same order, in two languages.
type parallelPair struct {
	src, tgt         string // file names
	srcLang, tgtLang string
	added            string // a target paragraph with no source, in tgtLang
}

var parallelPairs = []parallelPair{
	{"de.md", "en.md", "de", "en", "Also read: how the brigade will be supplied."},
	{"en.md", "de.md", "en", "de", "Lesen Sie auch: So wird die Brigade versorgt."},
	{"en-fr.md", "fr.md", "en", "fr", "À lire aussi : le réseau TCL en chiffres."},
	{"fr.md", "en-fr.md", "fr", "en", "Read more: the TCL network in figures."},
	{"ru.md", "en-ru.md", "ru", "en", "Also read: the history of bridges over the Kazanka."},
}

// paragraphs reads a Markdown file of testdata/align as its blank-line
// separated paragraphs.
func paragraphs(t testing.TB, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "align", name))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n\n")
}

func parseMD(t testing.TB, name string, paras []string, lang string) *textdoc.Document {
	t.Helper()
	doc, err := read.ParseWith(name, []byte(strings.Join(paras, "\n\n")+"\n"), read.ParseOptions{Format: textdoc.FormatMarkdown, Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// beadString writes beads as "s0-s1:t0-t1" ranges, one a bead.
func beadString(beads []Bead) string {
	var parts []string
	for _, b := range beads {
		parts = append(parts, fmt.Sprintf("%d-%d:%d-%d", b.Source.Start, b.Source.End, b.Target.Start, b.Target.End))
	}
	return strings.Join(parts, " ")
}

func paragraphBeads(a *Alignment) []Bead {
	out := make([]Bead, len(a.Beads))
	for i, b := range a.Beads {
		out[i] = b.Bead
	}
	return out
}

// variant is a target article derived from a pair's translation by an edit,
// with the alignment the edit implies.
type variant struct {
	name  string
	paras []string
	want  []Bead
}

// oneToOne returns 1-1 beads for source paragraphs [s0, s1) onto target
// paragraphs starting at t0.
func oneToOne(s0, s1, t0 int) []Bead {
	var out []Bead
	for i := s0; i < s1; i++ {
		out = append(out, Bead{Source: Range{i, i + 1}, Target: Range{t0 + i - s0, t0 + i - s0 + 1}})
	}
	return out
}

func isHeading(p string) bool { return strings.HasPrefix(p, "#") }

// variants derives the test cases of a pair: the translation as it is, each
// paragraph dropped, an added paragraph at each place, each pair of body
// paragraphs merged and each body paragraph of two or more sentences split.
func variants(p parallelPair, tgt []string) []variant {
	n := len(tgt)
	vs := []variant{{"identical", tgt, oneToOne(0, n, 0)}}
	for k := range n {
		paras := append(append([]string{}, tgt[:k]...), tgt[k+1:]...)
		want := append(oneToOne(0, k, 0), Bead{Source: Range{k, k + 1}, Target: Range{k, k}})
		vs = append(vs, variant{fmt.Sprintf("drop %d", k), paras, append(want, oneToOne(k+1, n, k)...)})
	}
	for k := 1; k <= n; k++ {
		paras := append(append(append([]string{}, tgt[:k]...), p.added), tgt[k:]...)
		want := append(oneToOne(0, k, 0), Bead{Source: Range{k, k}, Target: Range{k, k + 1}})
		vs = append(vs, variant{fmt.Sprintf("add at %d", k), paras, append(want, oneToOne(k, n, k+1)...)})
	}
	for k := 0; k+1 < n; k++ {
		if isHeading(tgt[k]) || isHeading(tgt[k+1]) {
			continue
		}
		paras := append(append(append([]string{}, tgt[:k]...), tgt[k]+" "+tgt[k+1]), tgt[k+2:]...)
		want := append(oneToOne(0, k, 0), Bead{Source: Range{k, k + 2}, Target: Range{k, k + 1}})
		vs = append(vs, variant{fmt.Sprintf("merge %d+%d", k, k+1), paras, append(want, oneToOne(k+2, n, k+1)...)})
	}
	for k := 0; k < n; k++ {
		cut := sentenceCut(tgt[k])
		if isHeading(tgt[k]) || cut < 0 {
			continue
		}
		paras := append(append(append([]string{}, tgt[:k]...), tgt[k][:cut], tgt[k][cut+1:]), tgt[k+1:]...)
		want := append(oneToOne(0, k, 0), Bead{Source: Range{k, k + 1}, Target: Range{k, k + 2}})
		vs = append(vs, variant{fmt.Sprintf("split %d", k), paras, append(want, oneToOne(k+1, n, k+2)...)})
	}
	return vs
}

// sentenceCut returns the offset of the space after the first sentence of a
// paragraph with more than one, or -1.
func sentenceCut(p string) int {
	i := strings.Index(p, ". ")
	if i < 0 || i+2 >= len(p) {
		return -1
	}
	return i + 1
}

func TestAlignParallelVariants(t *testing.T) {
	total, failed := 0, 0
	for _, p := range parallelPairs {
		src := paragraphs(t, p.src)
		tgt := paragraphs(t, p.tgt)
		if len(src) != len(tgt) {
			t.Fatalf("%s and %s: %d and %d paragraphs", p.src, p.tgt, len(src), len(tgt))
		}
		source := parseMD(t, p.src, src, p.srcLang)
		for _, v := range variants(p, tgt) {
			total++
			target := parseMD(t, p.tgt, v.paras, p.tgtLang)
			a := Parallel(source, target)
			if got, want := beadString(paragraphBeads(a)), beadString(v.want); got != want {
				failed++
				t.Errorf("%s->%s %s:\n got %s\nwant %s", p.srcLang, p.tgtLang, v.name, got, want)
			}
		}
	}
	t.Logf("%d of %d alignments right", total-failed, total)
}
