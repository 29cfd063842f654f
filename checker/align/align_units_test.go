package align

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checker/read"
	"github.com/mtlint/mtlint/checker/textdoc"
)

func readAlignDoc(t *testing.T, name, lang string) *textdoc.Document {
	t.Helper()
	content, err := os.ReadFile(filepath.Join("..", "..", "testdata", "align", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := read.ParseWith(name, content, read.ParseOptions{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestAlignParallelDroppedParagraph is the commonest damage to a translated article:
// one paragraph dropped from the translation and a number changed in the
// next one. The dropped paragraph becomes a unit with no target, placed at
// the start of the paragraph that follows it in the translation.
func TestAlignParallelDroppedParagraph(t *testing.T) {
	source := readAlignDoc(t, "heldout-de.txt", "")
	target := readAlignDoc(t, "heldout-en.txt", "en")
	if source.Lang != "de" {
		t.Errorf("source language guessed as %q, want de", source.Lang)
	}
	a := Parallel(source, target)
	if got, want := beadString(paragraphBeads(a)), "0-1:0-1 1-2:1-2 2-3:2-3 3-4:3-3 4-5:3-4 5-6:4-5"; got != want {
		t.Fatalf("beads\n got %s\nwant %s", got, want)
	}
	if target.SourceLang != "de" {
		t.Errorf("target.SourceLang = %q, want de", target.SourceLang)
	}
	if len(target.Units) != 6 {
		t.Fatalf("%d units, want 6", len(target.Units))
	}
	for i, u := range target.Units {
		if !bytes.Equal(u.SourceContent, source.Content) {
			t.Errorf("unit %d: SourceContent is not the source file", i)
		}
		if u.Source == nil {
			t.Fatalf("unit %d: no source", i)
		}
		if got := string(source.Content[u.Source.Start():u.Source.End()]); got != u.Source.Text {
			t.Errorf("unit %d: source maps to %q, not its text", i, got)
		}
		if u.Target != nil && u.TargetAt != u.Target.Start() {
			t.Errorf("unit %d: TargetAt %d, target starts at %d", i, u.TargetAt, u.Target.Start())
		}
	}
	missing := target.Units[3]
	if missing.Target != nil {
		t.Fatalf("dropped paragraph has target %q", missing.Target.Text)
	}
	if !strings.HasPrefix(missing.Source.Text, "Für den Radweg fallen 240 Parkplätze weg.") {
		t.Errorf("unit 3 source = %q", missing.Source.Text)
	}
	if want := bytes.Index(target.Content, []byte("Construction is to start")); missing.TargetAt != want {
		t.Errorf("dropped paragraph at offset %d, want %d (the start of the next paragraph)", missing.TargetAt, want)
	}
	if line, _ := target.Lines().Position(missing.TargetAt); line != 7 {
		t.Errorf("dropped paragraph at line %d, want 7", line)
	}
	next := target.Units[4]
	if !strings.Contains(next.Source.Text, "2027") || !strings.Contains(next.Target.Text, "2028") {
		t.Errorf("the paragraph with the changed number is not paired: %q / %q", next.Source.Text, next.Target.Text)
	}
	// The target's own blocks stay one per paragraph, for the monolingual rules.
	if len(target.Blocks) != 5 {
		t.Errorf("%d target blocks, want 5", len(target.Blocks))
	}
}

// TestAlignParallelDroppedLast checks a source paragraph missing at the end:
// it is placed at the end of the last target paragraph.
func TestAlignParallelDroppedLast(t *testing.T) {
	src := paragraphs(t, "de.md")
	tgt := paragraphs(t, "en.md")
	source := parseMD(t, "de.md", src, "de")
	target := parseMD(t, "en.md", tgt[:len(tgt)-1], "en")
	Parallel(source, target)
	last := target.Units[len(target.Units)-1]
	if last.Target != nil {
		t.Fatalf("last unit has target %q", last.Target.Text)
	}
	if want := target.Blocks[len(target.Blocks)-1].End(); last.TargetAt != want {
		t.Errorf("TargetAt = %d, want %d (end of the last paragraph)", last.TargetAt, want)
	}
}

// TestAlignParallelMergedAndSplit checks the blocks built for beads with two
// blocks a side: their text joins the blocks with a line break, and every
// word maps back to its bytes in its own file.
func TestAlignParallelMergedAndSplit(t *testing.T) {
	src := paragraphs(t, "en-fr.md")
	tgt := paragraphs(t, "fr.md")
	// Paragraphs 1 and 2 merged in the translation; paragraph 4 split.
	paras := []string{tgt[0], tgt[1] + " " + tgt[2], tgt[3]}
	cut := sentenceCut(tgt[4])
	paras = append(paras, tgt[4][:cut], tgt[4][cut+1:])
	paras = append(paras, tgt[5:]...)
	source := parseMD(t, "en-fr.md", src, "en")
	target := parseMD(t, "fr.md", paras, "fr")
	a := Parallel(source, target)
	if got, want := beadString(paragraphBeads(a)), "0-1:0-1 1-3:1-2 3-4:2-3 4-5:3-5 5-6:5-6 6-7:6-7 7-8:7-8 8-9:8-9"; got != want {
		t.Fatalf("beads\n got %s\nwant %s", got, want)
	}
	merged := target.Units[1]
	if merged.Target != target.Blocks[1] {
		t.Error("a merged paragraph's target is not the target block itself")
	}
	if want := src[1] + "\n" + src[2]; merged.Source.Text != want {
		t.Errorf("merged source text = %q, want %q", merged.Source.Text, want)
	}
	split := target.Units[3]
	if !strings.Contains(split.Target.Text, "\n") || len(split.Target.Sentences) != 2 {
		t.Errorf("split target = %q with %d sentences", split.Target.Text, len(split.Target.Sentences))
	}
	for _, c := range []struct {
		b       *textdoc.Block
		content []byte
	}{{merged.Source, source.Content}, {split.Target, target.Content}} {
		for _, w := range c.b.Words {
			if got, want := string(c.content[c.b.Raw(w.Start):c.b.RawEnd(w.End)]), c.b.Text[w.Start:w.End]; got != want {
				t.Errorf("word %q maps to %q", want, got)
			}
		}
	}
	// The sentence alignment of the split paragraph pairs its two sentences
	// with the two target blocks.
	if got, want := beadString(a.Beads[3].Sentences), "0-1:0-1 1-2:1-2"; got != want {
		t.Errorf("sentences of the split paragraph: got %s, want %s", got, want)
	}
}

func TestAlignSentences(t *testing.T) {
	block := func(text, lang string) *textdoc.Block {
		b := &textdoc.Block{Text: text}
		textdoc.Segment(b, lang)
		return b
	}
	for _, c := range []struct {
		name, src, tgt, srcLang, want string
	}{
		{
			"de->en one to one",
			"Der Stadtrat hat den Radweg beschlossen. Er soll 4,7 Kilometer lang werden. Baubeginn ist 2027.",
			"The council has approved the cycle path. It is to be 4.7 kilometres long. Construction starts in 2027.",
			"de", "0-1:0-1 1-2:1-2 2-3:2-3",
		},
		{
			"de->en sentence split by the translator",
			"Die Kosten schätzt die Verwaltung auf 12,5 Millionen Euro, wovon das Land Niedersachsen rund 60 Prozent übernimmt. Baubeginn ist im Frühjahr 2027.",
			"The administration estimates the cost at 12.5 million euros. The state of Lower Saxony will cover around 60 percent. Construction starts in spring 2027.",
			"de", "0-1:0-2 1-2:2-3",
		},
		{
			"ru->en sentence dropped",
			"Длина моста составляет 1 260 метров. Строительство заняло почти четыре года. Подрядчиком выступила компания «Татмостострой», которая построила и другие мосты в Казани.",
			"The bridge is 1,260 metres long. The contractor was Tatmostostroy, which has also built other bridges in Kazan.",
			"ru", "0-1:0-1 1-2:1-1 2-3:1-2",
		},
		{
			"en->fr sentences merged by the translator",
			"The line has 14 stops. It is 8.4 kilometres long. Trams run every eight minutes.",
			"La ligne compte 14 stations sur 8,4 kilomètres. Les rames passent toutes les huit minutes.",
			"en", "0-2:0-1 2-3:1-2",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := beadString(AlignSentences(block(c.src, c.srcLang), block(c.tgt, "en"))); got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
}

func TestAnchors(t *testing.T) {
	same := [][2]string{
		{"8.400 Soldaten", "8,400 troops"},
		{"8 400 soldats", "8,400 troops"},
		{"8\u202f400 soldats", "8.400 Soldaten"},
		{"3,5 Prozent", "3.5 percent"},
		{"ein F-16", "an F-16"},
		{"НАТО", "NATO"},
		{"www.bmvg.de.", "www.bmvg.de"},
		{"presse@bmvg.de", "presse@bmvg.de"},
	}
	for _, c := range same {
		a, b := strongAnchors(c[0]), strongAnchors(c[1])
		if len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("anchors of %q and %q differ: %v / %v", c[0], c[1], a, b)
		}
	}
	if a, b := anchorsOf("Путина"), anchorsOf("Putin"); len(a) != 1 || !slices.Equal(a, b) {
		t.Errorf("Путина and Putin: anchors %v / %v", a, b)
	}
	for _, s := range []string{"Die sieben Zwerge", "in 3 Tagen", "the house", "Der Präsident sagte"} {
		if a := strongAnchors(s); len(a) > 0 {
			t.Errorf("%q has strong anchors %x", s, a)
		}
	}
	if !slices.Equal(strongAnchors("14-Jährige"), strongAnchors("14-year-olds")) {
		t.Error("the number in 14-Jährige is not an anchor")
	}
	if a := strongAnchors("1 20 Menschen"); len(a) != 1 {
		// "1 20" is not a grouped number: only 20 counts.
		t.Errorf("anchors of %q = %v, want one", "1 20 Menschen", a)
	}
}

// TestAlignParallelHTMLCaption aligns HTML articles whose translation lost a
// photo caption: the caption becomes a unit with no target.
func TestAlignParallelHTMLCaption(t *testing.T) {
	src := `<article><h1>Neue Brücke eröffnet</h1>
<p>Die Brücke ist 1.260 Meter lang und wurde in vier Jahren gebaut. Sie verbindet zwei Stadtteile.</p>
<figure><img src="a.jpg"><figcaption>Die neue Brücke am Eröffnungstag. Foto: Anna Petrova</figcaption></figure>
<p>Bis zu 60.000 Autos sollen täglich über die Brücke fahren. Lastwagen über 12 Tonnen dürfen sie tagsüber nicht benutzen.</p>
</article>`
	tgt := `<article><h1>New bridge opens</h1>
<p>The bridge is 1,260 metres long and took four years to build. It connects two districts.</p>
<p>Up to 60,000 cars a day are expected to cross the bridge. Lorries over 12 tonnes may not use it during the day.</p>
</article>`
	source, err := read.ParseWith("de.html", []byte(src), read.ParseOptions{Lang: "de"})
	if err != nil {
		t.Fatal(err)
	}
	target, err := read.ParseWith("en.html", []byte(tgt), read.ParseOptions{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	a := Parallel(source, target)
	if got, want := beadString(paragraphBeads(a)), "0-1:0-1 1-2:1-2 2-3:2-2 3-4:2-3"; got != want {
		t.Fatalf("beads\n got %s\nwant %s", got, want)
	}
	u := target.Units[2]
	if u.Source.Kind != textdoc.Caption || u.Target != nil {
		t.Errorf("unit 2: source kind %v, target %v", u.Source.Kind, u.Target)
	}
	if want := strings.Index(tgt, "Up to 60,000"); u.TargetAt != want {
		t.Errorf("missing caption at %d, want %d", u.TargetAt, want)
	}
}

func TestAlignParallelEmpty(t *testing.T) {
	empty, _ := read.ParseWith("a.txt", nil, read.ParseOptions{Lang: "en"})
	full := readAlignDoc(t, "heldout-de.txt", "de")
	a := Parallel(full, empty)
	if len(a.Beads) != len(full.Blocks) || len(empty.Units) != len(full.Blocks) {
		t.Fatalf("%d beads, %d units for %d source blocks", len(a.Beads), len(empty.Units), len(full.Blocks))
	}
	for _, u := range empty.Units {
		if u.Target != nil || u.TargetAt != 0 {
			t.Errorf("unit %s: target %v at %d", u.ID, u.Target, u.TargetAt)
		}
	}
	empty2, _ := read.ParseWith("b.txt", nil, read.ParseOptions{Lang: "de"})
	if a := Parallel(empty2, empty); len(a.Beads) != 0 || len(empty.Units) != 0 {
		t.Errorf("two empty documents: %d beads, %d units", len(a.Beads), len(empty.Units))
	}
}

// strongAnchors returns the anchors of s other than capitalised names.
func strongAnchors(s string) []anchor {
	var out []anchor
	for _, a := range anchorsOf(s) {
		if a&anchorClassMask != anchorName {
			out = append(out, a)
		}
	}
	return out
}

// TestLengthCostTable compares the table lookup with the exact cost.
func TestLengthCostTable(t *testing.T) {
	for ls := 1; ls < 2000; ls += 7 {
		for _, lt := range []int{ls / 3, ls / 2, ls * 9 / 10, ls, ls + 13, ls * 3 / 2, ls * 3} {
			l1, l2 := float64(ls), float64(lt)/1.1
			z := math.Abs(l2-l1) / math.Sqrt(lengthVariance*(l1+l2)/2)
			want := min(-math.Log(math.Erfc(z/math.Sqrt2)), maxLengthCost)
			if got := lengthCost(ls, lt, 1.1); math.Abs(got-want) > 5e-3 {
				t.Fatalf("lengthCost(%d, %d) = %g, want %g", ls, lt, got, want)
			}
		}
	}
}
