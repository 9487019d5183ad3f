package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph"
)

// progressDelay is how long a run goes on before it shows its progress; a run that took
// that long ends with a summary.
const progressDelay = 2 * time.Second

// progressEvery is how often the progress line is redrawn.
const progressEvery = 250 * time.Millisecond

// isTerminal reports whether w is a terminal, the only place progress is shown. Tests
// replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// clock and ticks time the progress line and the summary: clock tells the time, and ticks
// returns a channel that ticks every progressEvery and the function that stops it. Tests
// replace them.
var (
	clock = time.Now
	ticks = func() (<-chan time.Time, func()) {
		t := time.NewTicker(progressEvery)
		return t.C, t.Stop
	}
)

// progress counts what the command reads and skips, and writes to stderr: a line for
// each document or line skipped, always; and when stderr is a terminal and -q is off, a
// progress line it redraws once the run has taken progressDelay, and a summary at the
// end of such a run. Skip lines erase the progress line first, so that they do not run
// into it. Its methods may be called from several goroutines.
type progress struct {
	w     io.Writer
	live  bool // whether the progress line and the summary are shown
	start time.Time

	mu      sync.Mutex // guards the fields below
	docs    int        // documents read, less those that failed to parse
	bytes   int64      // bytes of input read, decompressed
	skipped int        // documents and lines skipped
	drawn   bool       // whether the progress line is on the terminal
}

// newProgress returns the progress of a run that starts now, reporting on w.
func newProgress(w io.Writer, quiet bool) *progress {
	return &progress{w: w, live: !quiet && isTerminal(w), start: clock()}
}

// read counts an item of the input, skipped or not (see skip).
func (p *progress) read(it item) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if it.err == nil {
		p.docs++
	}
	p.bytes += it.size
}

// skip reports a document or line skipped, on a line of its own.
func (p *progress) skip(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
	fmt.Fprintf(p.w, "actorgraph: skipped %s\n", oneLine(err.Error()))
	p.skipped++
}

// failed reports a document read that failed to parse: it is skipped, and no longer
// counts as a document.
func (p *progress) failed(err error) {
	p.skip(err)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.docs--
}

// warn reports part of a document that the parser cut or left out to stay within a
// limit, on a line of its own, with the flag that lifts the limit. The rest of the
// document is in the graph, so nothing counts as skipped.
func (p *progress) warn(w actorgraph.Warning) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
	fmt.Fprintf(p.w, "actorgraph: warning: %s (see -%s)\n", oneLine(w.String()), limitFlags[w.Limit])
}

// numSkipped returns how many documents and lines were skipped.
func (p *progress) numSkipped() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.skipped
}

// draw redraws the progress line, once the run has taken progressDelay: documents and
// megabytes read, the rate, and how many documents and lines were skipped.
func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	d := clock().Sub(p.start)
	if !p.live || d < progressDelay {
		return
	}
	mb := float64(p.bytes) / 1e6
	fmt.Fprintf(p.w, "\ractorgraph: %d documents, %.1f MB, %.1f MB/s, %d skipped\x1b[K", p.docs, mb, mb/d.Seconds(), p.skipped)
	p.drawn = true
}

// erase erases the progress line, if it is drawn. p.mu must be held.
func (p *progress) erase() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// show draws the progress line every progressEvery, when it is shown at all, until the
// function it returns is called; that function erases the line.
func (p *progress) show() (stop func()) {
	if !p.live {
		return func() {}
	}
	tick, stopTicking := ticks()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-tick:
				p.draw()
			case <-done:
				return
			}
		}
	})
	return func() {
		stopTicking()
		close(done)
		wg.Wait()
		p.mu.Lock()
		defer p.mu.Unlock()
		p.erase()
	}
}

// summary writes a line on the whole run, if it is shown and the run took progressDelay
// or more: the documents of g, the megabytes read, g's actors and relations, how many
// documents and lines were skipped, and the seconds taken.
func (p *progress) summary(g *actorgraph.Graph) {
	p.mu.Lock()
	defer p.mu.Unlock()
	d := clock().Sub(p.start)
	if !p.live || d < progressDelay {
		return
	}
	p.erase()
	fmt.Fprintf(p.w, "actorgraph: %d documents, %.1f MB, %d actors, %d relations, %d skipped, %.1f s\n",
		p.docs, float64(p.bytes)/1e6, g.NumActors(), g.NumRelations(), p.skipped, d.Seconds())
}
