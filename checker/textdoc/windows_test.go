package textdoc

import (
	"fmt"
	"testing"
)

// TestSegmentListWindows cuts a large segment list into windows of units:
// every unit, with or without a target, is in exactly one window, each
// window's blocks are the targets of its units, and a window segments and
// releases its units' sources with its blocks.
func TestSegmentListWindows(t *testing.T) {
	defer func(a, l int) { WindowedAbove, WindowLen = a, l }(WindowedAbove, WindowLen)
	WindowedAbove, WindowLen = 0, 60
	d := &Document{Format: "po", Lang: "de", SourceLang: "en"}
	for i := range 12 {
		u := &Unit{ID: fmt.Sprint(i), Source: TextBlock(Paragraph, fmt.Sprintf("Open file number %d now.", i), 0)}
		if i%3 != 1 { // every third unit has no translation
			u.Target = TextBlock(Paragraph, fmt.Sprintf("Datei Nummer %d jetzt öffnen.", i), 0)
			d.Blocks = append(d.Blocks, u.Target)
		}
		d.Units = append(d.Units, u)
	}
	d.Finish()
	if !d.Windowed() {
		t.Fatal("a segment list over WindowedAbove is not windowed")
	}
	if d.Units[0].Source.Words != nil || d.Blocks[0].Words != nil {
		t.Fatal("a windowed segment list is segmented before its windows")
	}
	ws := d.Windows()
	if len(ws) < 3 {
		t.Fatalf("%d windows, want several", len(ws))
	}
	unit, block := 0, 0
	for _, w := range ws {
		if w.UnitLo != unit || w.Lo != block {
			t.Fatalf("window %+v does not start after the previous one (unit %d, block %d)", w, unit, block)
		}
		win := d.Window(w)
		targets := 0
		for _, u := range win.Units {
			if u.Target != nil {
				if win.Blocks[targets] != u.Target {
					t.Fatalf("window %+v: block %d is not its units' target", w, targets)
				}
				targets++
			}
		}
		if targets != len(win.Blocks) {
			t.Fatalf("window %+v: %d blocks for %d targets", w, len(win.Blocks), targets)
		}
		d.SegmentSources(w.UnitLo, w.UnitHi)
		if win.Units[0].Source.Words == nil {
			t.Fatalf("window %+v: source not segmented", w)
		}
		d.ReleaseSources(w.UnitLo, w.UnitHi)
		if win.Units[0].Source.Words != nil {
			t.Fatalf("window %+v: source not released", w)
		}
		unit, block = w.UnitHi, w.Hi
	}
	if unit != len(d.Units) || block != len(d.Blocks) {
		t.Fatalf("windows end at unit %d, block %d; want %d, %d", unit, block, len(d.Units), len(d.Blocks))
	}

	// Blocks that are not the units' targets in order (no reader makes
	// such a document) are not cut between units: the list is checked whole.
	d.Blocks[0], d.Blocks[1] = d.Blocks[1], d.Blocks[0]
	d.Finish()
	if d.Windowed() {
		t.Fatal("a document whose blocks are not its targets in order is windowed")
	}
}
