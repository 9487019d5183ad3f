package actorgraphbeam

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/beam/internal/beamtest"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// TestMergeFnAnyGrouping checks, without a runner, that the combine gives ParseAll's
// graph whatever the order of the documents, however they are split among accumulators
// and merged, and with the accumulators encoded and decoded between workers, as a runner
// may do: Merge is commutative and associative, and capping early changes nothing.
func TestMergeFnAnyGrouping(t *testing.T) {
	paths := articles(t)
	defer func(n int) { minPending = n }(minPending)
	for _, c := range caps {
		p := &actorgraph.Parser{MaxEvidence: c.maxEvidence, MaxMentions: c.maxMentions}
		var graphs []*actorgraph.Graph
		for _, path := range paths {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			g, err := p.ParseDoc(context.Background(), path, string(text))
			if err != nil {
				t.Fatal(err)
			}
			graphs = append(graphs, g)
		}
		wantJSON := beamtest.ParseAllJSON(t, *p, paths)
		for seed := range uint64(4) {
			minPending = []int{1, 50, 4096, 1 << 30}[seed]
			r := rand.New(rand.NewPCG(seed, 17))
			f := &mergeFn{MaxEvidence: c.maxEvidence, MaxMentions: c.maxMentions}
			accs := make([]*accumulator, 1+r.IntN(6))
			for i := range accs {
				accs[i] = f.CreateAccumulator()
			}
			for _, i := range r.Perm(len(graphs)) {
				k := r.IntN(len(accs))
				accs[k] = f.AddInput(accs[k], graphs[i])
			}
			for len(accs) > 1 { // merge two at random, the second sent through the coder
				i, j := r.IntN(len(accs)), r.IntN(len(accs)-1)
				if j >= i {
					j++
				}
				data, err := encodeAccumulator(accs[j])
				if err != nil {
					t.Fatal(err)
				}
				b, err := decodeAccumulator(data)
				if err != nil {
					t.Fatal(err)
				}
				accs[i] = f.MergeAccumulators(accs[i], b)
				accs = append(accs[:j], accs[j+1:]...)
			}
			var got bytes.Buffer
			if err := f.ExtractOutput(accs[0]).WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), wantJSON) {
				t.Errorf("%s, seed %d: the combine's graph differs from ParseAll's (%d bytes, want %d)", c.name, seed, got.Len(), len(wantJSON))
			}
		}
	}
}

// TestEmpty checks that no documents give the empty graph and an empty report, as the
// command gives for no input.
func TestEmpty(t *testing.T) {
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	docs, unread := Read(s, []string{filepath.Join(dir, "*.txt")}, ReadOptions{})
	graph, skipped := Graph(s, docs, Options{})
	WriteGraph(s, graph, filepath.Join(dir, "graph.json"))
	WriteSkipped(s, beam.Flatten(s, unread, skipped), filepath.Join(dir, "skipped.txt"))
	run(t, p)
	checkFile(t, filepath.Join(dir, "graph.json"), actorgraph.Merge().WriteJSON)
	checkFile(t, filepath.Join(dir, "skipped.txt"), nil)
}
