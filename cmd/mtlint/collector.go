package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// The garbage collector's target while mtlint checks files. Checking a file
// of up to smallInput bytes keeps little alive (a few MB: the models are not
// on the heap), so the collector may let the heap grow to four times what is
// live before it runs (GOGC=300): a folder of news articles then takes about
// 6 % fewer instructions for a few MB more. While a larger file is checked,
// the default (100) is back, so that memory stays a small multiple of the
// file (docs/performance.md). A GOGC or GOMEMLIMIT in the environment is
// the user's choice and is left alone.
const (
	smallInput    = 2 << 20
	smallInputGC  = 300
	defaultGCGoal = 100
)

// collector switches the collector's target as inputs are read: Read is
// run.Options.Read.
type collector struct {
	mu    sync.Mutex
	large int // large inputs being checked
}

// newCollector returns the collector for a run, or nil when the environment
// sets the collector's target (then Read is not set).
func newCollector() *collector {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	debug.SetGCPercent(smallInputGC)
	return &collector{}
}

// Read is told the size of each input as it is read; while any input over
// smallInput is being checked, the target is the default one.
func (c *collector) Read(size int) func() {
	if size <= smallInput {
		return nil
	}
	c.mu.Lock()
	if c.large == 0 {
		debug.SetGCPercent(defaultGCGoal)
	}
	c.large++
	c.mu.Unlock()
	return func() {
		c.mu.Lock()
		c.large--
		if c.large == 0 {
			debug.SetGCPercent(smallInputGC)
		}
		c.mu.Unlock()
	}
}

// restore sets the default target back (after a run, in tests that run
// several commands in one process).
func (c *collector) restore() {
	if c != nil {
		debug.SetGCPercent(defaultGCGoal)
	}
}
