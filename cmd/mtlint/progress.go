package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressDelay is how long a run goes before a progress bar appears: short
// runs, the usual case, print nothing extra.
const progressDelay = time.Second

// newProgress returns a Run progress callback that draws a bar on stderr once
// a run has lasted progressDelay, or nil when stderr is not a terminal.
func newProgress(stderr io.Writer) (update func(done, total int), finish func()) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil, func() {}
	}
	start := time.Now()
	var bar *progressbar.ProgressBar
	update = func(done, total int) {
		if bar == nil {
			if time.Since(start) < progressDelay || done == total {
				return
			}
			bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(stderr),
				progressbar.OptionSetDescription("checking"),
				progressbar.OptionShowCount(),
				progressbar.OptionClearOnFinish(),
				progressbar.OptionThrottle(100*time.Millisecond),
			)
		}
		_ = bar.Set(done)
	}
	finish = func() {
		if bar != nil {
			_ = bar.Finish()
		}
	}
	return update, finish
}
