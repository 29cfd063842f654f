package lsp

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mtlint/mtlint/checker"
)

// TestConcurrentChecksLimited opens many documents at once: the server
// checks at most GOMAXPROCS of them at a time, however many the editor
// sends, so a workspace opened in one go cannot start a check a file.
func TestConcurrentChecksLimited(t *testing.T) {
	var active, most atomic.Int32
	slow := &checker.Rule{ID: "slow", Title: "test rule", Severity: checker.Info, Check: func(p *checker.Pass) error {
		n := active.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		active.Add(-1)
		return nil
	}}
	c := newClient(t, Options{Rules: []*checker.Rule{slow}, Debounce: -1, Lang: "en"})
	c.initialize()
	limit := runtime.GOMAXPROCS(0)
	docs := 4*limit + 4
	for i := range docs {
		c.open(fmt.Sprintf("untitled:%d.txt", i), "plaintext", "A short paragraph of the article.\n")
	}
	seen := map[string]bool{}
	timeout := time.After(20 * time.Second)
	for len(seen) < docs {
		select {
		case p := <-c.diags:
			seen[p.URI] = true
		case <-timeout:
			t.Fatalf("diagnostics for %d of %d documents", len(seen), docs)
		}
	}
	if m := int(most.Load()); m > limit || m < 1 {
		t.Errorf("%d checks ran at once, want 1 to %d", m, limit)
	}
}
