package align

import (
	"fmt"
	"testing"
)

// TestAlignLongArticle aligns the ~1,300-word benchmark pair, where every
// repetition of the held-out article lacks its fourth paragraph: each
// dropped paragraph must be found, every other paragraph paired one to one.
func TestAlignLongArticle(t *testing.T) {
	de, hde := paragraphs(t, "de.md"), paragraphs(t, "heldout-de.txt")
	var src, tgt []string
	en, hen := paragraphs(t, "en.md"), paragraphs(t, "heldout-en.txt")
	var want []Bead
	for rep := 0; rep < 5; rep++ {
		s0, t0 := len(src), len(tgt)
		src = append(append(src, de...), hde...)
		tgt = append(append(tgt, en...), hen...)
		want = append(want, oneToOne(s0, s0+len(de)+3, t0)...)
		d := s0 + len(de) + 3
		want = append(want, Bead{Source: Range{d, d + 1}, Target: Range{t0 + len(de) + 3, t0 + len(de) + 3}})
		want = append(want, oneToOne(d+1, len(src), t0+len(de)+3)...)
	}
	source := parseMD(t, "de.md", src, "de")
	target := parseMD(t, "en.md", tgt, "en")
	if source.Words() < 1300 {
		t.Errorf("source has %d words, want a ~1,300-word article", source.Words())
	}
	a := Parallel(source, target)
	if got, want := beadString(paragraphBeads(a)), beadString(want); got != want {
		t.Errorf("beads\n got %s\nwant %s", got, want)
	}
	t.Log(fmt.Sprint(len(src), " source and ", len(tgt), " target paragraphs"))
}
