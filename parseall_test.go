package actorgraph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/google/go-cmp/cmp"
)

func corpusSeq(docs []corpusDoc) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for _, d := range docs {
			if !yield(d.name, d.text) {
				return
			}
		}
	}
}

// sequential parses docs one by one, merges them and joins the people named two ways, as
// ParseAll's documentation says it is equivalent to.
func mergeSequential(t *testing.T, p *Parser, docs []corpusDoc) *Graph {
	t.Helper()
	var graphs []*Graph
	for _, d := range docs {
		g, err := p.ParseDoc(context.Background(), d.name, d.text)
		if err != nil {
			t.Fatal(err)
		}
		graphs = append(graphs, g)
	}
	return Merge(graphs...).JoinSurnames().CapEvidence(p.MaxEvidence, p.MaxMentions)
}

func corpusJSON(t *testing.T, g *Graph) string {
	t.Helper()
	var buf bytes.Buffer
	if err := g.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// shuffleCorpusTiming makes documents finish in a random order, for the rest of the test.
func shuffleCorpusTiming(t *testing.T, seed uint64) {
	var mu sync.Mutex
	r := rand.New(rand.NewPCG(seed, seed))
	testHookParsed = func(int) {
		mu.Lock()
		d := time.Duration(r.IntN(300)) * time.Microsecond
		mu.Unlock()
		time.Sleep(d)
	}
	t.Cleanup(func() { testHookParsed = nil })
}

func TestParseAllMatchesSequential(t *testing.T) {
	docs := corpusDocs(t, 2)
	for _, p := range []Parser{{}, {MaxEvidence: 1, MaxMentions: 2}} {
		want := corpusJSON(t, mergeSequential(t, &p, docs))
		for _, procs := range []int{1, 4} {
			t.Run(fmt.Sprintf("evidence=%d,mentions=%d,GOMAXPROCS=%d", p.MaxEvidence, p.MaxMentions, procs), func(t *testing.T) {
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
				shuffleCorpusTiming(t, uint64(procs))
				g, err := p.ParseAll(context.Background(), corpusSeq(docs))
				if err != nil {
					t.Fatal(err)
				}
				if got := corpusJSON(t, g); got != want {
					t.Errorf("ParseAll differs from the sequential parse and merge:\n%s", corpusDiff(want, got))
				}
			})
		}
	}
}

// corpusDiff shows where two long strings part.
func corpusDiff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-200)
	return fmt.Sprintf("at byte %d:\nwant …%s…\ngot  …%s…", i, want[lo:min(len(want), i+200)], got[lo:min(len(got), i+200)])
}

func TestCorpusWorkers(t *testing.T) {
	docs := corpusDocs(t, 1)
	p := Parser{MaxEvidence: 2}
	want := corpusJSON(t, mergeSequential(t, &p, docs))
	shuffleCorpusTiming(t, 7)
	for _, workers := range []int{1, 3, 16} {
		c := Corpus{Parser: &p, Workers: workers}
		for _, d := range docs {
			if err := c.Add(context.Background(), d.name, d.text); err != nil {
				t.Fatal(err)
			}
		}
		g, err := c.Graph()
		if err != nil {
			t.Fatal(err)
		}
		if got := corpusJSON(t, g); got != want {
			t.Errorf("Workers %d: corpus differs from the sequential parse and merge:\n%s", workers, corpusDiff(want, got))
		}
	}
}

// TestCorpusGraphAgain checks that Graph may be called between Adds, and that a graph
// returned earlier does not change.
func TestCorpusGraphAgain(t *testing.T) {
	docs := corpusDocs(t, 1)
	var c Corpus
	half := len(docs) / 2
	for _, d := range docs[:half] {
		if err := c.Add(context.Background(), d.name, d.text); err != nil {
			t.Fatal(err)
		}
	}
	g1, err := c.Graph()
	if err != nil {
		t.Fatal(err)
	}
	json1 := corpusJSON(t, g1)
	if want := corpusJSON(t, mergeSequential(t, &Parser{}, docs[:half])); json1 != want {
		t.Fatalf("first half differs:\n%s", corpusDiff(want, json1))
	}
	for _, d := range docs[half:] {
		if err := c.Add(context.Background(), d.name, d.text); err != nil {
			t.Fatal(err)
		}
	}
	g2, err := c.Graph()
	if err != nil {
		t.Fatal(err)
	}
	if want, got := corpusJSON(t, mergeSequential(t, &Parser{}, docs)), corpusJSON(t, g2); got != want {
		t.Errorf("whole corpus differs:\n%s", corpusDiff(want, got))
	}
	if got := corpusJSON(t, g1); got != json1 {
		t.Errorf("the first graph changed after more documents were added")
	}
}

// failingCorpus returns ten documents of which 3 and 7 exceed MaxDocumentBytes of the
// Parser it returns, and makes document 3 finish last, so that 7 fails first.
func failingCorpus(t *testing.T) ([]corpusDoc, Parser) {
	docs := corpusDocs(t, 1)[:10]
	docs[3].text = strings.Repeat("word ", 2000)
	docs[7].text = strings.Repeat("word ", 3000)
	testHookParsed = func(i int) {
		if i == 3 {
			time.Sleep(20 * time.Millisecond)
		}
	}
	t.Cleanup(func() { testHookParsed = nil })
	return docs, Parser{MaxDocumentBytes: 5000}
}

// docErrorSummary is what a test compares of a *DocError.
type docErrorSummary struct {
	Doc   string
	Index int
	Msg   string
	Limit bool
}

func summarize(errs []*DocError) []docErrorSummary {
	var s []docErrorSummary
	for _, de := range errs {
		s = append(s, docErrorSummary{de.Doc, de.Index, de.Error(), errors.Is(de, ErrLimit)})
	}
	return s
}

// TestParseAllSkipsFailures checks that a failing document costs only itself: ParseAll
// and Corpus return the merge of the others, byte for byte the sequential one whatever
// the workers and the order documents finish in, and a *CorpusError listing the failures
// in input order, through which errors.As and errors.Is reach each *DocError.
func TestParseAllSkipsFailures(t *testing.T) {
	docs, p := failingCorpus(t)
	good := slices.Concat(docs[:3], docs[4:7], docs[8:])
	want := corpusJSON(t, mergeSequential(t, &p, good))
	wantFailed := []docErrorSummary{
		{docs[3].name, 3, fmt.Sprintf(`actorgraph: document %q: MaxDocumentBytes exceeded: 10000 > 5000`, docs[3].name), true},
		{docs[7].name, 7, fmt.Sprintf(`actorgraph: document %q: MaxDocumentBytes exceeded: 15000 > 5000`, docs[7].name), true},
	}
	wantMsg := fmt.Sprintf("actorgraph: 2 of 10 documents failed: %s; %s",
		strings.TrimPrefix(wantFailed[0].Msg, "actorgraph: "), strings.TrimPrefix(wantFailed[1].Msg, "actorgraph: "))
	run := map[string]func() (*Graph, error){
		"ParseAll": func() (*Graph, error) { return p.ParseAll(context.Background(), corpusSeq(docs)) },
	}
	for _, workers := range []int{1, 4} {
		run[fmt.Sprintf("Corpus with %d workers", workers)] = func() (*Graph, error) {
			c := Corpus{Parser: &p, Workers: workers}
			for _, d := range docs {
				if err := c.Add(context.Background(), d.name, d.text); err != nil {
					t.Fatalf("Add(%s) after a failure: %v", d.name, err)
				}
			}
			return c.Graph()
		}
	}
	for name, parse := range run {
		t.Run(name, func(t *testing.T) {
			g, err := parse()
			var ce *CorpusError
			if !errors.As(err, &ce) {
				t.Fatalf("got %v, want a *CorpusError", err)
			}
			if diff := cmp.Diff(wantFailed, summarize(ce.Failed)); diff != "" {
				t.Errorf("Failed mismatch (-want +got):\n%s", diff)
			}
			if ce.Total != len(docs) {
				t.Errorf("Total = %d, want %d", ce.Total, len(docs))
			}
			if err.Error() != wantMsg {
				t.Errorf("message:\ngot  %s\nwant %s", err, wantMsg)
			}
			var de *DocError
			if !errors.As(err, &de) || de.Index != 3 {
				t.Errorf("errors.As found %v, want the *DocError of document 3", de)
			}
			var le *LimitError
			if !errors.Is(err, ErrLimit) || !errors.As(err, &le) || le.Limit != "MaxDocumentBytes" {
				t.Errorf("errors.Is(err, ErrLimit) or errors.As(err, *LimitError) failed on %v", err)
			}
			if g == nil {
				t.Fatal("no graph")
			}
			if got := corpusJSON(t, g); got != want {
				t.Errorf("the graph differs from the merge of the good documents:\n%s", corpusDiff(want, got))
			}
		})
	}
}

// TestCorpusKeepsGoingAfterFailure checks that a corpus takes documents and merges them
// after one failed, and that Graph then reports the failure with the new documents merged.
func TestCorpusKeepsGoingAfterFailure(t *testing.T) {
	docs, p := failingCorpus(t)
	c := Corpus{Parser: &p}
	for _, d := range docs[:4] {
		if err := c.Add(context.Background(), d.name, d.text); err != nil {
			t.Fatal(err)
		}
	}
	if g, err := c.Graph(); g == nil || err == nil {
		t.Fatalf("Graph = %v, %v; want a graph and an error", g, err)
	}
	if err := c.Add(context.Background(), docs[4].name, docs[4].text); err != nil {
		t.Fatalf("Add after a failure: %v", err)
	}
	g, err := c.Graph()
	var ce *CorpusError
	if !errors.As(err, &ce) || len(ce.Failed) != 1 || ce.Total != 5 {
		t.Fatalf("Graph: %v, want 1 of 5 documents failed", err)
	}
	good := slices.Concat(docs[:3], docs[4:5])
	if want, got := corpusJSON(t, mergeSequential(t, &p, good)), corpusJSON(t, g); got != want {
		t.Errorf("the graph differs from the merge of the good documents:\n%s", corpusDiff(want, got))
	}
}

// TestCorpusStrict checks the stop-at-first-failure mode: the first failing document in
// the order they were added, not the first to fail, is reported, with no graph.
func TestCorpusStrict(t *testing.T) {
	docs, p := failingCorpus(t)
	c := Corpus{Parser: &p, Strict: true}
	for _, d := range docs {
		if c.Add(context.Background(), d.name, d.text) != nil {
			break // document 3 is known to have failed
		}
	}
	g, err := c.Graph()
	var de *DocError
	if g != nil || !errors.As(err, &de) {
		t.Fatalf("Graph = %v, %v; want nil and a *DocError", g, err)
	}
	want := docErrorSummary{docs[3].name, 3, fmt.Sprintf(`actorgraph: document %q: MaxDocumentBytes exceeded: 10000 > 5000`, docs[3].name), true}
	if diff := cmp.Diff(want, summarize([]*DocError{de})[0]); diff != "" {
		t.Errorf("error mismatch (-want +got):\n%s", diff)
	}
	if err := c.Add(context.Background(), docs[0].name, docs[0].text); err != de {
		t.Errorf("Add after the failure = %v, want the failure", err)
	}
}

func TestCorpusErrorMessage(t *testing.T) {
	fail := func(i int) *DocError {
		return &DocError{Doc: fmt.Sprintf("d%d.txt", i), Index: i, Err: errors.New("actorgraph: broke")}
	}
	tests := []struct {
		name string
		err  *CorpusError
		want string
	}{
		{"one", &CorpusError{Failed: []*DocError{fail(4)}, Total: 51},
			`actorgraph: 1 of 51 documents failed: document "d4.txt": broke`},
		{"three", &CorpusError{Failed: []*DocError{fail(1), fail(2), fail(3)}, Total: 3},
			`actorgraph: 3 of 3 documents failed: document "d1.txt": broke; document "d2.txt": broke; document "d3.txt": broke`},
		{"five", &CorpusError{Failed: []*DocError{fail(1), fail(2), fail(3), fail(5), fail(8)}, Total: 9},
			`actorgraph: 5 of 9 documents failed: document "d1.txt": broke; document "d2.txt": broke; document "d3.txt": broke; and 2 more`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.err.Error()); diff != "" {
				t.Errorf("Error() mismatch (-want +got):\n%s", diff)
			}
			if got := len(tt.err.Unwrap()); got != len(tt.err.Failed) {
				t.Errorf("Unwrap returned %d errors, want %d", got, len(tt.err.Failed))
			}
		})
	}
}

// TestParseAllCancel checks that cancelling ParseAll stops it at once with ctx.Err(),
// not with the failures of the documents before (document 10 is over a limit).
func TestParseAllCancel(t *testing.T) {
	docs := corpusDocs(t, 1)
	tooLong := strings.Repeat("word ", DefaultMaxSentenceBytes/5+1)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	endless := func(yield func(string, string) bool) {
		for i := 0; ; i++ {
			if i == 50 {
				cancel()
			}
			text := docs[i%len(docs)].text
			if i == 10 {
				text = tooLong
			}
			n++
			if !yield(fmt.Sprint(i), text) {
				return
			}
		}
	}
	start := time.Now()
	g, err := (&Parser{}).ParseAll(ctx, endless)
	if !errors.Is(err, context.Canceled) || g != nil {
		t.Fatalf("ParseAll: got %v, %v; want nil, context.Canceled", g, err)
	}
	if err != context.Canceled {
		t.Errorf("got %v, want ctx.Err() itself", err)
	}
	if n > 52 {
		t.Errorf("read %d documents after cancelling at 50", n)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}

	// Already cancelled: nothing is read.
	n = 0
	if _, err := (&Parser{}).ParseAll(ctx, endless); err != context.Canceled || n > 1 {
		t.Errorf("cancelled context: got %v after %d documents", err, n)
	}
}

func TestCapEvidence(t *testing.T) {
	docs := corpusDocs(t, 2)
	full := mergeSequential(t, &Parser{}, docs)
	fullJSON := corpusJSON(t, full)
	if full.CapEvidence(0, 0) != full || full.CapEvidence(1<<30, 1<<30) != full {
		t.Error("CapEvidence without effect did not return the graph itself")
	}
	const maxEv, maxMen = 2, 3
	capped := full.CapEvidence(maxEv, maxMen)
	if capped.NumActors() != full.NumActors() || capped.NumRelations() != full.NumRelations() {
		t.Fatalf("capping changed the number of actors or relations")
	}
	for a := range full.Actors() {
		c := capped.Actor(a.ID)
		want := a.Mentions[:min(len(a.Mentions), maxMen)]
		if fmt.Sprint(c.Mentions) != fmt.Sprint(want) {
			t.Errorf("%s: mentions %v, want %v", a.ID, c.Mentions, want)
		}
	}
	fullRels := corpusRels(full)
	for i, r := range corpusRels(capped) {
		want := fullRels[i].Evidence[:min(len(fullRels[i].Evidence), maxEv)]
		if fmt.Sprint(r.Evidence) != fmt.Sprint(want) {
			t.Errorf("%s %s %s: evidence %v, want %v", r.Source, r.Type, r.Target, r.Evidence, want)
		}
	}
	if again := capped.CapEvidence(maxEv, maxMen); again != capped {
		t.Error("capping a capped graph again made a new graph")
	}
	// The original is untouched.
	if corpusJSON(t, full) != fullJSON {
		t.Error("CapEvidence changed its receiver")
	}
}

func corpusRels(g *Graph) []*Relation {
	var rels []*Relation
	for r := range g.Relations(Filter{}) {
		rels = append(rels, r)
	}
	return rels
}

// TestCorpusKeepsNoText checks that with MaxEvidence set no string of the merged graph
// points into a document's text, which would keep the whole text in memory.
func TestCorpusKeepsNoText(t *testing.T) {
	docs := corpusDocs(t, 2)
	p := Parser{MaxEvidence: 2, MaxMentions: 2}
	var c Corpus
	c.Parser = &p
	for _, d := range docs {
		if err := c.Add(context.Background(), d.name, d.text); err != nil {
			t.Fatal(err)
		}
	}
	c.wg.Wait()
	inText := func(s string) bool {
		if s == "" {
			return false
		}
		ptr := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		for _, d := range docs {
			start := uintptr(unsafe.Pointer(unsafe.StringData(d.text)))
			if ptr >= start && ptr < start+uintptr(len(d.text)) {
				return true
			}
		}
		return false
	}
	for i := range c.col.shards {
		col := &c.col.shards[i].col
		for _, a := range col.actors {
			strs := append([]string{a.ID, a.Name, a.Country}, a.Aliases...)
			for _, r := range a.Roles {
				strs = append(strs, r.Title, r.Of)
			}
			for _, s := range strs {
				if inText(s) {
					t.Errorf("actor %s: %q is a substring of a document", a.ID, s)
				}
			}
		}
		for _, r := range col.rels {
			for _, e := range r.Evidence {
				if inText(e.Text) || inText(e.Doc) {
					t.Errorf("%s %s %s: evidence %q is a substring of a document", r.Source, r.Type, r.Target, e.Text)
				}
			}
		}
	}
}

// TestParseAllNilSequence checks that a nil sequence is no documents, not a panic.
func TestParseAllNilSequence(t *testing.T) {
	g, err := (&Parser{}).ParseAll(context.Background(), nil)
	if err != nil || g == nil || g.NumActors() != 0 {
		t.Errorf("ParseAll(nil) = %v, %v; want an empty graph", g, err)
	}
}
