package align

import (
	"fmt"
	"testing"
)

// TestAlignParallelTwoEdits applies two edits to each translation: two
// neighbouring paragraphs dropped, and a paragraph dropped with another added
// further on.
func TestAlignParallelTwoEdits(t *testing.T) {
	total, failed := 0, 0
	for _, p := range parallelPairs {
		src, tgt := paragraphs(t, p.src), paragraphs(t, p.tgt)
		n := len(tgt)
		source := parseMD(t, p.src, src, p.srcLang)
		var vs []variant
		for k := 0; k+1 < n; k++ {
			paras := append(append([]string{}, tgt[:k]...), tgt[k+2:]...)
			want := append(oneToOne(0, k, 0), Bead{Source: Range{k, k + 1}, Target: Range{k, k}}, Bead{Source: Range{k + 1, k + 2}, Target: Range{k, k}})
			vs = append(vs, variant{fmt.Sprintf("drop %d and %d", k, k+1), paras, append(want, oneToOne(k+2, n, k)...)})
		}
		for k := 0; k+3 < n; k++ {
			j := k + 3 // add before source paragraph j
			paras := append(append(append(append([]string{}, tgt[:k]...), tgt[k+1:j]...), p.added), tgt[j:]...)
			want := append(oneToOne(0, k, 0), Bead{Source: Range{k, k + 1}, Target: Range{k, k}})
			want = append(want, oneToOne(k+1, j, k)...)
			want = append(want, Bead{Source: Range{j, j}, Target: Range{j - 1, j}})
			vs = append(vs, variant{fmt.Sprintf("drop %d, add before %d", k, j), paras, append(want, oneToOne(j, n, j)...)})
		}
		for _, v := range vs {
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
