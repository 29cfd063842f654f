package align

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

// FuzzAlignParallel checks, for any two plain-text documents, that the beads
// cover both sides' blocks in order, that each unit's blocks map inside their
// files, and that a unit without a target is placed inside the target file.
func FuzzAlignParallel(f *testing.F) {
	for _, pair := range [][2]string{{"heldout-de.txt", "heldout-en.txt"}, {"ru.md", "en-ru.md"}, {"fr.md", "en-fr.md"}} {
		a, err := os.ReadFile(filepath.Join("..", "..", "testdata", "align", pair[0]))
		if err != nil {
			f.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "align", pair[1]))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(append(append(a, '\f'), b...))
	}
	f.Add([]byte("A.\n\nB 12.\n\f"))
	// Windows-1252 text grows when decoded: units map into the decoded text.
	f.Add([]byte("Caf\xe9 de la r\xe9publique, 12 \xe9t\xe9s.\n\fThe caf\xe9 of the republic, 12 summers.\n"))
	// One input holds both documents, the source before the first form
	// feed: the fuzzer minimises two-argument inputs very slowly.
	f.Fuzz(func(t *testing.T, data []byte) {
		src, tgt, _ := bytes.Cut(data, []byte("\f"))
		source, err := read.ParseWith("s.txt", src, read.ParseOptions{Format: textdoc.FormatText})
		if err != nil {
			return
		}
		target, err := read.ParseWith("t.txt", tgt, read.ParseOptions{Format: textdoc.FormatText})
		if err != nil {
			return
		}
		a := Parallel(source, target)
		if len(a.Beads) != len(target.Units) {
			t.Fatalf("%d beads, %d units", len(a.Beads), len(target.Units))
		}
		si, ti := 0, 0
		for i, b := range a.Beads {
			if b.Source.Start != si || b.Target.Start != ti || b.Source.Len()+b.Target.Len() == 0 {
				t.Fatalf("bead %d %+v does not continue at %d, %d", i, b, si, ti)
			}
			si, ti = b.Source.End, b.Target.End
			u := target.Units[i]
			if u.Source != nil && (u.Source.Start() < 0 || u.Source.End() > len(source.Content) || u.Source.Start() > u.Source.End()) {
				t.Fatalf("unit %d: source maps to %d-%d of %d bytes", i, u.Source.Start(), u.Source.End(), len(source.Content))
			}
			if u.Target != nil && (u.Target.Start() < 0 || u.Target.End() > len(target.Content)) {
				t.Fatalf("unit %d: target maps to %d-%d of %d bytes", i, u.Target.Start(), u.Target.End(), len(target.Content))
			}
			if u.TargetAt < 0 || u.TargetAt > len(target.Content) {
				t.Fatalf("unit %d: TargetAt %d outside %d bytes", i, u.TargetAt, len(target.Content))
			}
		}
		if si != len(source.Blocks) || ti != len(target.Blocks) {
			t.Fatalf("beads end at %d, %d of %d, %d blocks", si, ti, len(source.Blocks), len(target.Blocks))
		}
	})
}
