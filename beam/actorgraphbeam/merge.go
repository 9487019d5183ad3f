package actorgraphbeam

import (
	"bytes"
	"reflect"

	"github.com/actorgraph/actorgraph"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// This file holds the CombineFn that merges the documents' graphs, and the coders that
// carry graphs and accumulators between workers in the library's JSON form.

func init() {
	register.Combiner3[*accumulator, *actorgraph.Graph, *actorgraph.Graph](&mergeFn{})
	beam.RegisterCoder(typeOf[*actorgraph.Graph](), encodeGraph, decodeGraph)
	beam.RegisterCoder(typeOf[*accumulator](), encodeAccumulator, decodeAccumulator)
}

// typeOf returns the reflect.Type of T.
func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

// mergeFn merges graphs with actorgraph.Merge, capping each merge, and joins surnames at
// the end: the combine of Graph.
type mergeFn struct {
	MaxEvidence, MaxMentions int
}

// An accumulator is the merge of the graphs added so far: merged, capped, and the graphs
// added since, waiting to be merged with it in one actorgraph.Merge. Merging each graph
// as it comes would copy and sort the whole merge once per document; merging once the
// waiting graphs are as large as merged (and some minimum; see size) copies each graph a
// constant number of times on average, and bounds the waiting graphs by the size of the
// merge, which the caps bound.
type accumulator struct {
	merged  *actorgraph.Graph // nil before the first merge
	pending []*actorgraph.Graph
	size    int // the size of pending
}

// minPending is the least size of the waiting graphs before they are merged: some
// hundred documents' worth. Tests lower it to merge at every graph.
var minPending = 1 << 14

// CreateAccumulator returns an empty accumulator.
func (f *mergeFn) CreateAccumulator() *accumulator { return &accumulator{} }

// AddInput adds a document's graph to a.
func (f *mergeFn) AddInput(a *accumulator, g *actorgraph.Graph) *accumulator {
	a.pending = append(a.pending, g)
	a.size += size(g)
	if a.size >= max(minPending, size(a.merged)) {
		f.flush(a)
	}
	return a
}

// MergeAccumulators merges b into a.
func (f *mergeFn) MergeAccumulators(a, b *accumulator) *accumulator {
	f.flush(b)
	return f.AddInput(a, b.merged)
}

// ExtractOutput returns the merge of everything added to a, with the people it names two
// ways joined and the caps applied again, since a join pools two actors' mentions: the
// graph actorgraph.Parser.ParseAll gives.
func (f *mergeFn) ExtractOutput(a *accumulator) *actorgraph.Graph {
	f.flush(a)
	return a.merged.JoinSurnames().CapEvidence(f.MaxEvidence, f.MaxMentions)
}

// flush merges the waiting graphs into a.merged, which is never nil afterwards.
func (f *mergeFn) flush(a *accumulator) {
	if a.merged != nil && len(a.pending) == 0 {
		return
	}
	a.merged = actorgraph.Merge(append(a.pending, a.merged)...).CapEvidence(f.MaxEvidence, f.MaxMentions)
	a.pending, a.size = nil, 0
}

// size returns what a merge of g costs: how many actors, relations, mentions and pieces
// of evidence it holds; nil holds none.
func size(g *actorgraph.Graph) int {
	if g == nil {
		return 0
	}
	n := g.NumActors() + g.NumRelations()
	for a := range g.Actors() {
		n += len(a.Mentions)
	}
	for r := range g.Relations(actorgraph.Filter{}) {
		n += len(r.Evidence)
	}
	return n
}

// encodeGraph encodes g as actorgraph.Graph.WriteJSON writes it.
func encodeGraph(g *actorgraph.Graph) ([]byte, error) {
	var b bytes.Buffer
	err := g.WriteJSON(&b)
	return b.Bytes(), err
}

// decodeGraph decodes a graph encodeGraph encoded.
func decodeGraph(data []byte) (*actorgraph.Graph, error) {
	return actorgraph.ReadJSON(bytes.NewReader(data))
}

// encodeAccumulator encodes the merge of a: merging first costs no more than sending the
// waiting graphs apart, and the receiver is spared the merge.
func encodeAccumulator(a *accumulator) ([]byte, error) {
	if len(a.pending) > 0 {
		a = &accumulator{merged: actorgraph.Merge(append(a.pending, a.merged)...)}
	}
	return encodeGraph(a.merged)
}

// decodeAccumulator decodes an accumulator encodeAccumulator encoded.
func decodeAccumulator(data []byte) (*accumulator, error) {
	g, err := decodeGraph(data)
	return &accumulator{merged: g}, err
}
