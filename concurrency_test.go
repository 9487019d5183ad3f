package actorgraph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// bundledTexts returns the bundled articles and the corpus's dev articles by name.
func bundledTexts(t *testing.T) map[string]string {
	t.Helper()
	texts := make(map[string]string)
	for _, d := range corpusDocs(t, 1) {
		texts[d.name] = d.text
	}
	return texts
}

// parseAllJSON parses every text with p, one after the other, and returns the JSON of
// each graph and of their merge.
func parseAllJSON(t *testing.T, p *Parser, texts map[string]string) map[string][]byte {
	t.Helper()
	out := make(map[string][]byte)
	var graphs []*Graph
	for _, name := range slices.Sorted(maps.Keys(texts)) {
		g, err := p.ParseDoc(context.Background(), name, texts[name])
		if err != nil {
			t.Fatalf("ParseDoc(%s): %v", name, err)
		}
		out[name] = writeJSON(t, g)
		graphs = append(graphs, g)
	}
	out["(merged)"] = writeJSON(t, Merge(graphs...))
	return out
}

// longNews returns about n bytes of short news sentences naming a few dozen actors, so that
// no limit but the document size applies.
func longNews(n int) string {
	sentences := []string{
		"U.S. President Donald Trump said on Monday he would meet Russian President Vladimir Putin in Budapest.",
		"Kremlin spokesman Dmitry Peskov said preparations had begun.",
		"Ukrainian President Volodymyr Zelenskiy met Trump at the White House on Friday.",
		"Trump's envoy Steve Witkoff is expected to travel to Moscow next week.",
		"Talks between Israel and Hamas did not resume, a Qatari official said.",
		"Chinese President Xi Jinping spoke to South Korean President Lee Jae-myung by phone.",
	}
	var sb strings.Builder
	sb.Grow(n + 200)
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(sentences[i%len(sentences)])
		if i%5 == 4 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// TestParseCancel cancels the parse of a 50 MB document of short sentences at moments
// spread over the pipeline's stages and checks that ParseDoc returns ctx.Err() promptly.
// The issue asks for 100 ms; the bound here is 1 s so that the race detector and a busy
// machine do not make the test flaky, and the real latencies are logged.
func TestParseCancel(t *testing.T) {
	size := 50 << 20
	if testing.Short() {
		size = 10 << 20
	}
	text := longNews(size)
	p := Parser{MaxDocumentBytes: 2 * size}
	DefaultLexicon()
	delays := []time.Duration{0, time.Millisecond, 20 * time.Millisecond, 200 * time.Millisecond, 800 * time.Millisecond, 2 * time.Second}
	var worst time.Duration
	for _, delay := range delays {
		t.Run(delay.String(), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var cancelled time.Time
			timer := time.AfterFunc(delay, func() {
				cancelled = time.Now()
				cancel()
			})
			defer timer.Stop()
			g, err := p.ParseDoc(ctx, "long.txt", text)
			returned := time.Now()
			if err == nil {
				t.Logf("parse finished before the cancellation at %v", delay)
				if g == nil {
					t.Error("nil graph without an error")
				}
				return
			}
			if !errors.Is(err, context.Canceled) || err != ctx.Err() {
				t.Fatalf("ParseDoc = %v, want ctx.Err() = %v", err, ctx.Err())
			}
			if g != nil {
				t.Error("a graph came back with the error")
			}
			worst = max(worst, checkLatency(t, "ParseDoc", delay, returned.Sub(cancelled)))
		})
	}
	t.Logf("worst latency: %v", worst)

	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		if _, err := p.ParseDoc(ctx, "long.txt", text); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("ParseDoc = %v, want %v", err, context.DeadlineExceeded)
		}
	})
	t.Run("already cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := p.ParseDoc(ctx, "long.txt", text); err != context.Canceled {
			t.Errorf("ParseDoc = %v, want %v", err, context.Canceled)
		}
	})
}

// TestParseAllCancel50MB cancels ParseAll over 50 MB of news, as 50 documents of 1 MB and
// as one document of 50 MB, at moments spread over the run, and checks that it returns
// ctx.Err() promptly, with the same generous bound as TestParseCancel.
func TestParseAllCancel50MB(t *testing.T) {
	size := 50 << 20
	if testing.Short() {
		size = 10 << 20
	}
	doc := longNews(1 << 20)
	whole := longNews(size)
	p := Parser{MaxDocumentBytes: 2 * size}
	DefaultLexicon()
	corpora := map[string]iter.Seq2[string, string]{
		"many documents": func(yield func(string, string) bool) {
			for i := range size >> 20 {
				if !yield(fmt.Sprintf("doc%d.txt", i), doc) {
					return
				}
			}
		},
		"one document": func(yield func(string, string) bool) { yield("long.txt", whole) },
	}
	var worst time.Duration
	for name, docs := range corpora {
		for _, delay := range []time.Duration{0, 5 * time.Millisecond, 100 * time.Millisecond, 700 * time.Millisecond} {
			t.Run(fmt.Sprintf("%s/%v", name, delay), func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				var cancelled time.Time
				timer := time.AfterFunc(delay, func() {
					cancelled = time.Now()
					cancel()
				})
				defer timer.Stop()
				g, err := p.ParseAll(ctx, docs)
				returned := time.Now()
				if err == nil {
					t.Logf("ParseAll finished before the cancellation at %v", delay)
					return
				}
				if err != ctx.Err() || g != nil {
					t.Fatalf("ParseAll = %v, %v; want nil, ctx.Err() = %v", g, err, ctx.Err())
				}
				worst = max(worst, checkLatency(t, "ParseAll", delay, returned.Sub(cancelled)))
			})
		}
	}
	t.Logf("worst latency: %v", worst)
}

// TestParserConcurrent uses one Parser from many goroutines at once; under -race it also
// checks that parsing shares no unsynchronized state. Every result must equal the
// sequential one.
func TestParserConcurrent(t *testing.T) {
	texts := bundledTexts(t)
	var p Parser
	want := parseAllJSON(t, &p, texts)
	names := slices.Sorted(maps.Keys(texts))
	const workers = 8
	var wg sync.WaitGroup
	errs := make(chan error, workers*len(names))
	for w := range workers {
		wg.Go(func() {
			for i := range names {
				name := names[(i+w)%len(names)] // each worker in another order
				g, err := p.ParseDoc(context.Background(), name, texts[name])
				if err != nil {
					errs <- err
					continue
				}
				var buf bytes.Buffer
				if err := g.WriteJSON(&buf); err != nil {
					errs <- err
					continue
				}
				if !bytes.Equal(buf.Bytes(), want[name]) {
					errs <- fmt.Errorf("%s: concurrent parse differs from the sequential one", name)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestGraphConcurrentReads reads one graph from many goroutines at once, through every
// read method; under -race this checks that a returned Graph is safe for concurrent reads
// (including the topology that queries build on first use).
func TestGraphConcurrentReads(t *testing.T) {
	texts := bundledTexts(t)
	var graphs []*Graph
	for _, name := range slices.Sorted(maps.Keys(texts)) {
		g, err := Parse(context.Background(), texts[name])
		if err != nil {
			t.Fatal(err)
		}
		graphs = append(graphs, g)
	}
	g := Merge(graphs...)
	wantJSON, wantDOT := writeJSON(t, g), writeDOT(t, g)
	var names []string
	for a := range g.Actors() {
		names = append(names, a.ID, a.Name)
		names = append(names, a.Aliases...)
	}
	read := func() error {
		var js, dot bytes.Buffer
		if err := g.WriteJSON(&js); err != nil {
			return err
		}
		if err := g.WriteDOT(&dot); err != nil {
			return err
		}
		if !bytes.Equal(js.Bytes(), wantJSON) || !bytes.Equal(dot.Bytes(), wantDOT) {
			return errors.New("concurrent write differs")
		}
		for _, n := range names {
			a := g.Actor(n)
			if a == nil {
				return fmt.Errorf("Actor(%q) = nil", n)
			}
			for range g.Relations(Filter{Actor: n}) {
			}
			for range g.Neighbors(n, Filter{}) {
			}
			_, _ = g.RolesOf(n)
		}
		for _, k := range []Kind{Person, Organization, Country, Group} {
			for range g.Actors(k) {
			}
		}
		for _, rt := range RelationTypes() {
			for range g.Relations(Filter{Types: []RelationType{rt}, Modalities: []Modality{Actual}}) {
			}
		}
		_, _ = g.Components(Filter{})
		_, _ = g.RankByDegree(Filter{})
		_, _ = g.Path(names[0], names[len(names)-1], Filter{})
		return nil
	}
	const workers = 8
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for range workers {
		wg.Go(func() {
			if err := read(); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestDeterministicAcrossGOMAXPROCS parses and merges the bundled articles under
// different GOMAXPROCS settings, sequentially and concurrently, and wants the same bytes.
func TestDeterministicAcrossGOMAXPROCS(t *testing.T) {
	texts := bundledTexts(t)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var want map[string][]byte
	for _, procs := range []int{1, 2, 4, 8} {
		runtime.GOMAXPROCS(procs)
		var p Parser
		got := parseAllJSON(t, &p, texts)
		if want == nil {
			want = got
			continue
		}
		for name := range want {
			if !bytes.Equal(want[name], got[name]) {
				t.Errorf("GOMAXPROCS=%d: %s differs:\n%s", procs, name, cmp.Diff(string(want[name]), string(got[name])))
			}
		}
	}
}

// checkLatency logs how long fn took to return after a cancellation that came delay into
// the parse, fails the test beyond one second, and returns the latency.
func checkLatency(t *testing.T, fn string, delay, latency time.Duration) time.Duration {
	t.Helper()
	t.Logf("cancelled after %v: returned %v later", delay, latency)
	if latency > time.Second {
		t.Errorf("%s returned %v after cancellation, want well under 1s (goal: 100ms)", fn, latency)
	}
	return latency
}
