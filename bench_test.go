package actorgraph

import (
	"context"
	"fmt"
	"io"
	"iter"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchCorpus returns the bundled and corpus articles: wire news of many regions.
func benchCorpus(b *testing.B) []string {
	b.Helper()
	var texts []string
	for _, d := range corpusDocs(b, 1) {
		texts = append(texts, d.text)
	}
	return texts
}

func totalLen(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return n
}

// BenchmarkParse parses articles of 1-3 KB one by one on one goroutine: the MB/s figure is
// the one-core rate of the whole pipeline, relations, modality and evidence included.
func BenchmarkParse(b *testing.B) { benchParse(b, Parser{}) }

// BenchmarkParseDated is BenchmarkParse with the documents' date given, as an archive
// with dates is parsed: relative dates ("on Monday", "last week") are then read too, so
// every sentence that states a relation is searched for months, weekdays and units, not
// only for years.
func BenchmarkParseDated(b *testing.B) {
	benchParse(b, Parser{Date: time.Date(2025, 1, 16, 0, 0, 0, 0, time.UTC)})
}

// benchParse parses the articles of benchCorpus one by one with p.
func benchParse(b *testing.B, p Parser) {
	texts := benchCorpus(b)
	ctx := context.Background()
	b.SetBytes(int64(totalLen(texts)))
	b.ReportAllocs()
	loopPerKB(b, totalLen(texts), func() {
		for _, t := range texts {
			if _, err := p.Parse(ctx, t); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkFloor is the floor issue 18 measures Parse against: it splits the articles
// BenchmarkParse reads into words (runs of ASCII letters, digits and apostrophes, and of
// non-ASCII bytes), folds each word to lower case in a buffer and looks it up in a map of
// 50,000 words, the built-in lexicon's common words and given names. No program that reads
// every word of the text against a lexicon is much faster, so the ratio of its MB/s to
// BenchmarkParse's, measured in one run, says how much of a parse is more than that.
func BenchmarkFloor(b *testing.B) {
	texts := benchCorpus(b)
	words := floorWords(b, 50_000)
	b.SetBytes(int64(totalLen(texts)))
	b.ReportAllocs()
	found := 0
	var buf []byte
	for b.Loop() {
		for _, t := range texts {
			for i := 0; i < len(t); {
				if !floorWordByte(t[i]) {
					i++
					continue
				}
				buf = buf[:0]
				for ; i < len(t) && floorWordByte(t[i]); i++ {
					c := t[i]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf = append(buf, c)
				}
				if _, ok := words[string(buf)]; ok {
					found++
				}
			}
		}
	}
	if found == 0 {
		b.Fatal("no word of the articles is in the map")
	}
}

// floorWordByte reports whether c belongs to a word for BenchmarkFloor.
func floorWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c >= 0x80
}

// floorWords returns a map of n words, numbered: the lines of the built-in lexicon's
// common words and given names in lower case, and made-up words if they run short.
func floorWords(b *testing.B, n int) map[string]int32 {
	b.Helper()
	words := make(map[string]int32, n)
	for _, name := range []string{"lexicon/common-words.txt", "lexicon/given-names.txt"} {
		data, err := builtinLexicon.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			w := strings.ToLower(strings.TrimSpace(line))
			if w == "" || w[0] == '#' || len(words) == n {
				continue
			}
			if _, ok := words[w]; !ok {
				words[w] = int32(len(words))
			}
		}
	}
	for i := 0; len(words) < n; i++ {
		words[fmt.Sprintf("floor%d", i)] = int32(len(words))
	}
	return words
}

// loopPerKB runs body in a b.Loop and reports the allocations and bytes allocated per KB
// (1,000 bytes) of the size bytes of text each run of body parses: the allocation
// budget of issue 5, which allocs/op and B/op give only per run.
func loopPerKB(b *testing.B, size int, body func()) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		body()
		n++
	}
	runtime.ReadMemStats(&after)
	kb := float64(n) * float64(size) / 1000
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/kb, "allocs/KB")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/kb, "B/KB")
}

// BenchmarkParseLarge parses one 10 MB document made of the articles repeated: compared
// with BenchmarkParse it shows whether cost grows linearly with document size.
func BenchmarkParseLarge(b *testing.B) {
	text := repeatArticles(b, 10<<20)
	p := Parser{MaxActors: 1 << 20}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	loopPerKB(b, len(text), func() {
		if _, err := p.Parse(ctx, text); err != nil {
			b.Fatal(err)
		}
	})
}

// repeatArticles returns the articles repeated, each followed by a blank line, until
// they make at least size bytes: one large document.
func repeatArticles(b *testing.B, size int) string {
	texts := benchCorpus(b)
	var sb strings.Builder
	for sb.Len() < size {
		for _, t := range texts {
			sb.WriteString(t)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// benchDocs returns the articles copies times over, each under a name of its own, as
// ParseAll takes them.
func benchDocs(b *testing.B, copies int) (iter.Seq2[string, string], int) {
	texts := benchCorpus(b)
	seq := func(yield func(string, string) bool) {
		for c := range copies {
			for i, t := range texts {
				if !yield(fmt.Sprintf("doc-%d-%d", c, i), t) {
					return
				}
			}
		}
	}
	return seq, copies * totalLen(texts)
}

// BenchmarkParseAll parses the articles, 32 times over under distinct names (1.4 MB),
// with ParseAll on GOMAXPROCS workers and merges them into one graph, capping evidence
// and mentions at 10 as a large corpus would. Run it with -cpu 1 and -cpu 2 to compare
// the rate on two cores with the rate on one.
func BenchmarkParseAll(b *testing.B) {
	docs, n := benchDocs(b, 32)
	p := Parser{MaxEvidence: 10, MaxMentions: 10}
	ctx := context.Background()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	loopPerKB(b, n, func() {
		if _, err := p.ParseAll(ctx, docs); err != nil {
			b.Fatal(err)
		}
	})
}

// benchGraphs returns n single-document graphs: the parsed articles over and over, each
// copy with a document name of its own, so that actors and relations recur and every
// mention and piece of evidence is distinct, as in a real archive. It also returns the
// bytes of text the graphs stand for.
func benchGraphs(b *testing.B, n int) ([]*Graph, int) {
	texts := benchCorpus(b)
	parsed := make([]*Graph, len(texts))
	for i, t := range texts {
		g, err := (&Parser{}).ParseDoc(context.Background(), "doc", t)
		if err != nil {
			b.Fatal(err)
		}
		parsed[i] = g
	}
	graphs := make([]*Graph, n)
	size := 0
	for i := range graphs {
		src := parsed[i%len(parsed)]
		size += len(texts[i%len(texts)])
		doc := fmt.Sprintf("doc-%06d", i)
		actors := make([]*Actor, len(src.actors))
		for j, a := range src.actors {
			c := *a
			c.Mentions = slices.Clone(a.Mentions)
			for k := range c.Mentions {
				c.Mentions[k].Doc = doc
			}
			actors[j] = &c
		}
		rels := make([]*Relation, len(src.rels))
		for j, r := range src.rels {
			c := *r
			c.Evidence = slices.Clone(r.Evidence)
			for k := range c.Evidence {
				c.Evidence[k].Doc = doc
			}
			rels[j] = &c
		}
		graphs[i] = newGraph(actors, rels)
	}
	return graphs, size
}

// BenchmarkMerge merges 1,000, 10,000 and 100,000 single-document graphs: ns/graph should
// stay flat as the count grows if Merge is linear in the total size. The MB/s figure is
// in bytes of the text the graphs were parsed from.
func BenchmarkMerge(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("graphs=%d", n), func(b *testing.B) {
			graphs, size := benchGraphs(b, n)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				Merge(graphs...)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/graph")
		})
	}
}

// benchMerged returns the merge of the articles 8 times over under distinct names, with
// its evidence capped at 10 per relation as a large corpus would be.
func benchMerged(b *testing.B) *Graph {
	docs, _ := benchDocs(b, 8)
	p := Parser{MaxEvidence: 10}
	g, err := p.ParseAll(context.Background(), docs)
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// countWriter counts what is written to it and throws it away.
type countWriter int64

func (w *countWriter) Write(p []byte) (int, error) {
	*w += countWriter(len(p))
	return len(p), nil
}

// BenchmarkWriteJSON writes a merged graph as JSON; MB/s is in bytes of output.
func BenchmarkWriteJSON(b *testing.B) {
	g := benchMerged(b)
	var n countWriter
	if err := g.WriteJSON(&n); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if err := g.WriteJSON(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteDOT writes a merged graph as Graphviz DOT; MB/s is in bytes of output.
func BenchmarkWriteDOT(b *testing.B) {
	g := benchMerged(b)
	var n countWriter
	if err := g.WriteDOT(&n); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if err := g.WriteDOT(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkActorLookup looks up actors of a merged graph by ID, by alias in another case
// and with a leading "the", by surname, and by a name it does not know; one op is one
// lookup.
func BenchmarkActorLookup(b *testing.B) {
	g := benchMerged(b)
	var names []string
	for a := range g.Actors() {
		names = append(names, a.ID, strings.ToUpper(a.Name), "the "+a.Name)
		if a.Kind == Person {
			names = append(names, lastWord(a.Name))
		}
	}
	names = append(names, "Nobody Atall")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g.Actor(names[i])
		if i++; i == len(names) {
			i = 0
		}
	}
}

// BenchmarkParseLargePeak parses one 50 MB document made of the articles repeated and
// reports the peak of the heap during the parse in bytes per byte of input (peak-B/B):
// the most of runtime/metrics' /memory/classes/heap/objects:bytes (HeapAlloc: live
// objects and those not yet swept) above its value before the parse, read every
// millisecond by another goroutine (on one core it runs when the parser yields, every 16K
// tokens, or is preempted). That count includes the garbage the collector has not yet
// freed, so it moves with GOGC; the default of 100 is the figure of issue 18. It also
// reports what is live after the parse, after one collection (held-B/B: the graph and
// the parse state the pool keeps for the next document) and after two (graph-B/B: the
// second empties the pool).
func BenchmarkParseLargePeak(b *testing.B) {
	text := repeatArticles(b, 50<<20)
	p := Parser{MaxActors: 1 << 20}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	var peak, held, kept uint64
	for b.Loop() {
		runtime.GC()
		runtime.GC()
		base := heapObjects()
		stop := sampleHeap()
		g, err := p.Parse(ctx, text)
		if err != nil {
			b.Fatal(err)
		}
		peak = max(peak, stop()-base)
		runtime.GC()
		held = heapObjects() - base
		runtime.GC()
		kept = heapObjects() - base
		runtime.KeepAlive(g)
	}
	b.ReportMetric(float64(peak)/float64(len(text)), "peak-B/B")
	b.ReportMetric(float64(held)/float64(len(text)), "held-B/B")
	b.ReportMetric(float64(kept)/float64(len(text)), "graph-B/B")
}

// heapObjects returns the bytes of the heap's objects, live or not yet swept.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap starts reading heapObjects every millisecond; the function it returns stops
// the readings and returns the most of them and of a last reading.
func sampleHeap() func() uint64 {
	stop, most := make(chan struct{}), make(chan uint64)
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		var m uint64
		for {
			select {
			case <-stop:
				most <- max(m, heapObjects())
				return
			case <-t.C:
				m = max(m, heapObjects())
			}
		}
	}()
	return func() uint64 {
		close(stop)
		return <-most
	}
}
