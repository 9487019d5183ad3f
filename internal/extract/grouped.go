package extract

import "slices"

// Grouped collects values for many owners (mentions, aliases and roles for actors, evidence
// for relations) in the order found, and gives each owner its values at the end, in one
// slice carved from one allocation: growing a slice per owner allocated about twice the
// bytes, and a document's mentions, aliases and evidence were a third of what a parse
// allocated.
type Grouped[O owner, V any] struct {
	vals []ownedValue[O, V]
	// counts holds how many values each owner has, by its number: a slice, not a map,
	// which cost a hash and a map write for every mention and alias.
	counts []int32
}

// An owner is an actor or a relation of the document: what Grouped collects values for,
// numbered from 0 in the document.
type owner interface {
	comparable
	num() int
}

// num returns the actor's number in the document.
func (a *Actor) num() int { return a.N }

// num returns the relation's number in the document.
func (r *Relation) num() int { return r.N }

type ownedValue[O owner, V any] struct {
	owner O
	val   V
}

// add records v for owner o.
func (g *Grouped[O, V]) add(o O, v V) {
	g.vals = append(g.vals, ownedValue[O, V]{o, v})
	n := o.num()
	if n >= len(g.counts) {
		if n < cap(g.counts) {
			// Counts past the length are 0: reset clears what it used, and append clears
			// the capacity it adds.
			g.counts = g.counts[:n+1]
		} else {
			g.counts = append(g.counts, make([]int32, n+1-len(g.counts))...)
		}
	}
	g.counts[n]++
}

// reserve returns s grown, when it has room for fewer elements than two more stretches
// of cancelCheckTokens tokens would add at the rate of its first done tokens of n, to what
// all n would add, and a sixteenth more (see Doc.reserve).
func reserve[S ~[]E, E any](s S, done, n int) S {
	have := len(s)
	if have < 1<<10 || done == 0 {
		return s // too few to go by; append grows a short list
	}
	if float64(cap(s)-have) >= float64(have)/float64(done)*2*cancelCheckTokens {
		return s
	}
	want := int(float64(have)*float64(n)/float64(done)*17/16) + 1<<10
	return slices.Grow(s, want-have)
}

// GiveAs appends each owner's values, in the order added and made by conv, to the slice
// slot returns for it, which must be nil for every owner, and resets g. Each slice has
// its owner's length as its capacity, so appending to it later copies it rather than
// overwriting another's.
func GiveAs[O owner, V, W any](g *Grouped[O, V], slot func(O) *[]W, conv func(V) W) {
	all := make([]W, len(g.vals))
	for _, ov := range g.vals {
		s := slot(ov.owner)
		if *s == nil {
			n := int(g.counts[ov.owner.num()])
			*s, all = all[:0:n], all[n:]
		}
		*s = append(*s, conv(ov.val))
	}
	g.reset()
	if cap(g.vals) > largeTokens/4 {
		g.vals = nil // a large document's: the collector may free it while assembly goes on
	}
}

// reset forgets the values added, keeping the buffers.
func (g *Grouped[O, V]) reset() {
	clear(g.vals)
	g.vals = g.vals[:0]
	clear(g.counts)
	g.counts = g.counts[:0]
}

// ClearMap returns m emptied, or a new map when m is nil or was grown by a large
// document: clearing a map costs its capacity, which it never gives back.
func ClearMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > 1<<12 {
		return make(map[K]V)
	}
	clear(m)
	return m
}

// ClearSlice returns s emptied, with its elements zeroed up to its capacity, so that its
// buffer keeps alive nothing they pointed to.
func ClearSlice[S ~[]E, E any](s S) S {
	s = s[:cap(s)]
	clear(s)
	return s[:0]
}
