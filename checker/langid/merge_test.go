package langid

import (
	"math"
	"reflect"
	"testing"

	"github.com/mtlint/mtlint/checker/textdoc"
)

// TestReportMergerKeepsEveryBlock merges the reports of three windows and
// reads every block back, through Block and through Window, equal to what
// the windows reported: languages, evidence, numbers and foreign spans.
func TestReportMergerKeepsEveryBlock(t *testing.T) {
	windows := []*LanguageReport{
		{Target: "en", Blocks: []BlockLanguage{
			{Lang: "en", Conf: 0.97, By: ByWords, Letters: 120},
			{},
		}, byLang: map[string]int{"en": 120}},
		{Target: "en", Blocks: []BlockLanguage{
			{Lang: "de", Conf: 0.5, By: ByModel, Letters: 40, Foreign: []ForeignSpan{
				{Span: textdoc.Span{Start: 3, End: 9}, Lang: "de", Conf: 0.99, Unit: UnitWord},
				{Span: textdoc.Span{Start: 12, End: 20}, Lang: "", Conf: 1, Unit: UnitSentence, Script: Cyrillic},
			}},
		}, byLang: map[string]int{"de": 40}},
		{Target: "en", Blocks: []BlockLanguage{
			{Lang: "en", Conf: 1, By: ByScript, Letters: 7, Foreign: []ForeignSpan{{Span: textdoc.Span{Start: 0, End: 2}, Lang: "zh", Unit: UnitWord}}},
		}, byLang: map[string]int{"en": 7}},
	}
	var want []BlockLanguage
	m := NewReportMerger(4)
	for _, w := range windows {
		want = append(want, w.Blocks...)
		m.Add(w)
	}
	rep := m.Report()
	if rep.Len() != len(want) {
		t.Fatalf("Len = %d, want %d", rep.Len(), len(want))
	}
	for i := range want {
		if got := rep.Block(i); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("Block(%d) = %+v, want %+v", i, got, want[i])
		}
	}
	if got := rep.Window(1, 4).Blocks; !reflect.DeepEqual(got, want[1:4]) {
		t.Errorf("Window(1, 4) = %+v, want %+v", got, want[1:4])
	}
	if rep.Lang != "en" || rep.Letters != 167 {
		t.Errorf("Lang %q, Letters %d; want en, 167", rep.Lang, rep.Letters)
	}
	// A rule that appends to a window's foreign spans must not write over
	// the next block's.
	w := rep.Window(2, 4)
	_ = append(w.Blocks[0].Foreign, ForeignSpan{Lang: "xx"})
	if got := rep.Block(3); !reflect.DeepEqual(got, want[3]) {
		t.Errorf("after an append, Block(3) = %+v, want %+v", got, want[3])
	}
}

// TestReportMergerUnpacks checks the fallback for a result the packed form
// cannot hold: the report keeps every block unpacked.
func TestReportMergerUnpacks(t *testing.T) {
	if math.MaxInt == math.MaxInt32 {
		t.Skip("int is 32 bits")
	}
	big := BlockLanguage{Lang: "en", Conf: 1, By: ByWords, Letters: math.MaxInt32 + 1}
	m := NewReportMerger(2)
	m.Add(&LanguageReport{Blocks: []BlockLanguage{{Lang: "de", By: ByModel, Letters: 9}}, byLang: map[string]int{}})
	m.Add(&LanguageReport{Blocks: []BlockLanguage{big}, byLang: map[string]int{}})
	rep := m.Report()
	want := []BlockLanguage{{Lang: "de", By: ByModel, Letters: 9}, big}
	if !reflect.DeepEqual(rep.Blocks, want) || rep.Len() != 2 || !reflect.DeepEqual(rep.Block(1), big) {
		t.Errorf("Blocks = %+v, want %+v", rep.Blocks, want)
	}
}
