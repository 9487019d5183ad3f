package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// fakeTime makes the progress clock start at t0 and advance by step at each reading, and
// the progress ticker never tick unless the test sends on the channel it returns, for the
// rest of the test; terminal says whether stderr is a terminal.
func fakeTime(t *testing.T, step time.Duration, terminal bool) chan time.Time {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tick := make(chan time.Time)
	oldClock, oldTicks, oldTerminal := clock, ticks, isTerminal
	t.Cleanup(func() { clock, ticks, isTerminal = oldClock, oldTicks, oldTerminal })
	clock = func() time.Time {
		t0 = t0.Add(step)
		return t0
	}
	ticks = func() (<-chan time.Time, func()) { return tick, func() {} }
	isTerminal = func(io.Writer) bool { return terminal }
	return tick
}

// TestProgress drives a progress through a run at given moments and checks what it
// writes: nothing but skip lines before progressDelay or off a terminal, then a progress
// line that skip lines erase and the summary replaces.
func TestProgress(t *testing.T) {
	g, err := actorgraph.Parse(context.Background(), article1)
	if err != nil {
		t.Fatal(err)
	}
	type step struct {
		at time.Duration // since the start
		do func(p *progress)
	}
	doc := func(p *progress) { p.read(item{size: 1_500_000}) }
	skip := func(p *progress) {
		p.read(item{size: 500_000, err: errors.New("bad")})
		p.skip(skipped{"in:7", errors.New("bad JSON")})
	}
	fail := func(p *progress) { p.failed(skipped{"a.txt", errors.New("too long")}) }
	draw := func(p *progress) { p.draw() }
	summary := func(p *progress) { p.summary(g) }
	run := []step{{0, doc}, {time.Second, skip}, {1500 * time.Millisecond, draw}, {2 * time.Second, draw}, {3 * time.Second, doc},
		{3 * time.Second, draw}, {3500 * time.Millisecond, fail}, {4 * time.Second, draw}, {5 * time.Second, summary}}
	const skipLine = "actorgraph: skipped in:7: bad JSON\n"
	const failLine = "actorgraph: skipped a.txt: too long\n"
	tests := []struct {
		name     string
		terminal bool
		quiet    bool
		steps    []step
		want     string
	}{
		{"quick", true, false, []step{{0, doc}, {time.Second, skip}, {1500 * time.Millisecond, draw}, {1900 * time.Millisecond, summary}}, skipLine},
		{"long", true, false, run, skipLine +
			"\ractorgraph: 1 documents, 2.0 MB, 1.0 MB/s, 1 skipped\x1b[K" +
			"\ractorgraph: 2 documents, 3.5 MB, 1.2 MB/s, 1 skipped\x1b[K" +
			"\r\x1b[K" + failLine +
			"\ractorgraph: 1 documents, 3.5 MB, 0.9 MB/s, 2 skipped\x1b[K" +
			"\r\x1b[K" + fmt.Sprintf("actorgraph: 1 documents, 3.5 MB, %d actors, %d relations, 2 skipped, 5.0 s\n", g.NumActors(), g.NumRelations())},
		{"long, quiet", true, true, run, skipLine + failLine},
		{"long, not a terminal", false, false, run, skipLine + failLine},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fakeTime(t, 0, tt.terminal)
			start := clock()
			var buf bytes.Buffer
			p := newProgress(&buf, tt.quiet)
			for _, s := range tt.steps {
				clock = func() time.Time { return start.Add(s.at) }
				s.do(p)
			}
			if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
				t.Errorf("output mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestProgressShow checks that the progress line is drawn at each tick and erased when
// the showing stops.
func TestProgressShow(t *testing.T) {
	tick := fakeTime(t, 3*time.Second, true)
	var buf bytes.Buffer
	p := newProgress(&buf, false)
	stop := p.show()
	tick <- time.Time{}
	stop()
	if got, want := buf.String(), "\ractorgraph: 0 documents, 0.0 MB, 0.0 MB/s, 0 skipped\x1b[K\r\x1b[K"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRunSummary runs the command as on a terminal, with a clock that makes the run
// last long enough for a summary, and checks the summary, and that -q silences it but
// not the report of a skipped file.
func TestRunSummary(t *testing.T) {
	g, err := actorgraph.Parse(context.Background(), article1)
	if err != nil {
		t.Fatal(err)
	}
	g = g.JoinSurnames()
	missing := filepath.Join(t.TempDir(), "missing.txt")
	skipLine := "actorgraph: skipped " + missing + ": no such file or directory\n"
	summary := func(skipped int) string {
		return fmt.Sprintf("actorgraph: 1 documents, 0.0 MB, %d actors, %d relations, %d skipped, 3.0 s\n", g.NumActors(), g.NumRelations(), skipped)
	}
	tests := []struct {
		name     string
		args     []string
		terminal bool
		want     string
		wantCode int
	}{
		{"summary", nil, true, summary(0), 0},
		{"summary with a skipped file", []string{"-", missing}, true, skipLine + summary(1), exitSkipped},
		{"-q", []string{"-q"}, true, "", 0},
		{"-q with a skipped file", []string{"-q", "-", missing}, true, skipLine, exitSkipped},
		{"not a terminal", nil, false, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fakeTime(t, 3*time.Second, tt.terminal) // the run starts, then ends 3 s later
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(article1), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.want, stderr.String()); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
