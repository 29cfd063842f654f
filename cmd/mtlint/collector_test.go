package main

import (
	"runtime/debug"
	"testing"
)

func gcPercent() int {
	p := debug.SetGCPercent(defaultGCGoal)
	debug.SetGCPercent(p)
	return p
}

// While any large input is being checked the collector's target is the
// default; with only small ones, the higher one; after the run, the default.
func TestCollectorFollowsInputSize(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	c := newCollector()
	defer c.restore()
	if got := gcPercent(); got != smallInputGC {
		t.Fatalf("at the start: GOGC %d, want %d", got, smallInputGC)
	}
	if done := c.Read(smallInput); done != nil {
		t.Fatal("a small input has a done function")
	}
	a, b := c.Read(smallInput+1), c.Read(50<<20)
	if got := gcPercent(); got != defaultGCGoal {
		t.Fatalf("two large inputs: GOGC %d, want %d", got, defaultGCGoal)
	}
	a()
	if got := gcPercent(); got != defaultGCGoal {
		t.Fatalf("one large input left: GOGC %d, want %d", got, defaultGCGoal)
	}
	b()
	if got := gcPercent(); got != smallInputGC {
		t.Fatalf("no large input left: GOGC %d, want %d", got, smallInputGC)
	}
	c.restore()
	if got := gcPercent(); got != defaultGCGoal {
		t.Fatalf("after the run: GOGC %d, want %d", got, defaultGCGoal)
	}
}

// A GOGC set by the user is left alone.
func TestCollectorLeavesGOGCSet(t *testing.T) {
	t.Setenv("GOGC", "50")
	if c := newCollector(); c != nil {
		c.restore()
		t.Fatal("the collector's target was taken over although GOGC is set")
	}
}
