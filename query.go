package actorgraph

import (
	"cmp"
	"fmt"
	"github.com/actorgraph/actorgraph/internal/fold"
	"iter"
	"slices"
	"strings"

	"github.com/dominikbraun/graph"
)

// RolesOf returns the roles of the actor with the given ID, name or alias (as Actor finds
// it), sorted by title then Of, in a new slice. It returns an error wrapping
// ErrUnknownActor when no actor goes by that name.
func (g *Graph) RolesOf(nameOrAlias string) ([]Role, error) {
	a, err := g.mustActor(nameOrAlias)
	if err != nil {
		return nil, err
	}
	return slices.Clone(a.Roles), nil
}

// WhoHolds yields each actor holding a role with the same head noun as title, together
// with that role, sorted by actor ID and then by role. Matching ignores case and
// diacritics and goes by the heads of the lexicon's titles, which put spelling, gender and
// rank variants together: "spokesperson" finds spokesmen, spokeswomen and press
// secretaries, "special envoy" finds every envoy and special representative, "adviser"
// finds advisors, and a plural ("envoys") finds the singular. A title the lexicon does not
// know matches by its last word before any "of" ("chief negotiator" → "negotiator").
//
// The lexicon is the one the graph was parsed with: the Parser's, for a graph from
// Parser.ParseDoc, Parser.ParseAll or a Corpus, and so titles added with Lexicon.Extend
// count. Subgraph, Ego, JoinSurnames and CapEvidence keep it, and Merge keeps the lexicon
// its graphs share. A merge of graphs parsed with different lexicons, and a graph read by
// ReadJSON, use DefaultLexicon.
//
// To ask who speaks for the Kremlin, keep the roles whose Of is "kremlin".
func (g *Graph) WhoHolds(title string) iter.Seq2[*Actor, Role] {
	return func(yield func(*Actor, Role) bool) {
		if g == nil {
			return
		}
		lex := g.lexicon()
		head := titleHead(lex, title)
		if head == "" {
			return
		}
		heads := make(map[string]string) // role title → head, computed once per title
		for _, a := range g.actors {
			for _, r := range a.Roles {
				h, ok := heads[r.Title]
				if !ok {
					h = titleHead(lex, r.Title)
					heads[r.Title] = h
				}
				if h == head && !yield(a, r) {
					return
				}
			}
		}
	}
}

// titleHead returns the head under which a title is matched: the lexicon's head of the
// title, of its singular, of the part before " of ", or of its longest known final words
// ("kremlin spokesman" → "spokesperson"); failing those, the title's last word.
func titleHead(lex *Lexicon, title string) string {
	k := fold.Key(title)
	if k == "" {
		return ""
	}
	lookup := func(k string) (string, bool) {
		if h, ok := lex.data().TitleHead(k); ok {
			return h, true
		}
		if h, ok := lex.data().TitleHead(singular(k)); ok {
			return h, true
		}
		return "", false
	}
	if h, ok := lookup(k); ok {
		return h
	}
	if before, _, ok := strings.Cut(k, " of "); ok {
		k = before
		if h, ok := lookup(k); ok {
			return h
		}
	}
	words := strings.Fields(k)
	for i := 1; i < len(words); i++ {
		if h, ok := lookup(strings.Join(words[i:], " ")); ok {
			return h
		}
	}
	if len(words) == 0 {
		return ""
	}
	return singular(words[len(words)-1])
}

// singular returns s with its last word made singular by the few rules titles need:
// "spokespeople" → "spokesperson", "chairmen" → "chairman", "secretaries" → "secretary",
// "envoys" → "envoy".
func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "people"):
		return strings.TrimSuffix(s, "people") + "person"
	case strings.HasSuffix(s, "men"):
		return strings.TrimSuffix(s, "men") + "man"
	case strings.HasSuffix(s, "ies"):
		return strings.TrimSuffix(s, "ies") + "y"
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return strings.TrimSuffix(s, "s")
	}
	return s
}

// Neighbors yields the actors linked to the named actor by a relation that f selects, in
// either direction, each once and sorted by ID. As a query that follows links, it reads
// an empty f.Modalities as Affirmed(): an actor the named one only denied meeting is no
// neighbour. It yields nothing when no actor goes by that name or f names an unknown
// actor, type or modality: see Filter and Graph.Check.
func (g *Graph) Neighbors(nameOrAlias string, f Filter) iter.Seq[*Actor] {
	return func(yield func(*Actor) bool) {
		a := g.Actor(nameOrAlias)
		m, err := g.resolveFilter(f.links())
		if a == nil || err != nil {
			return
		}
		var ids []string
		for _, r := range g.relsOf(a.ID) {
			if !m.match(r) {
				continue
			}
			other := r.Target
			if other == a.ID {
				other = r.Source
			}
			if other != a.ID {
				ids = append(ids, other)
			}
		}
		slices.Sort(ids)
		for _, id := range slices.Compact(ids) {
			if n := g.actorByID(id); n != nil && !yield(n) {
				return
			}
		}
	}
}

// Evidence yields every piece of evidence of the relations that match f, as Relations
// selects them, with its relation, in reading order: by document, sentence and offset,
// then by relation. When f names a document, only evidence from that document is yielded,
// and with f.Stated only evidence the text states.
// To list the evidence of one relation r, range over r.Evidence.
func (g *Graph) Evidence(f Filter) iter.Seq2[*Relation, Evidence] {
	return func(yield func(*Relation, Evidence) bool) {
		type item struct {
			r *Relation
			e Evidence
		}
		var items []item
		for r := range g.Relations(f) {
			for _, e := range r.Evidence {
				if f.matchEvidence(e) {
					items = append(items, item{r, e})
				}
			}
		}
		slices.SortStableFunc(items, func(a, b item) int { return compareEvidence(a.e, b.e) })
		for _, it := range items {
			if !yield(it.r, it.e) {
				return
			}
		}
	}
}

// Hop is one step of a path: from one actor to the next, with the relations that link
// them. Relations may point either way.
type Hop struct {
	From, To *Actor
	// Relations holds every relation the path's filter selects between From and To, in
	// either direction, sorted as Graph.Relations sorts.
	Relations []*Relation
}

// Path returns a shortest chain of relations from one actor to another, following the
// relations f selects in either direction: how is Kellogg connected to Peskov? As a query
// that follows links, it reads an empty f.Modalities as Affirmed(), so no path goes
// through a meeting that did not happen. Among several shortest chains it returns the one
// whose actor IDs are smallest, hop by hop, so the answer does not change from run to run.
// A path from an actor to itself is empty. Path returns an error wrapping ErrUnknownActor,
// ErrUnknownType or ErrUnknownModality for a name, type or modality that is not one (see
// Filter), and ErrNoPath when the two are not connected.
func (g *Graph) Path(from, to string, f Filter) ([]Hop, error) {
	a, err := g.mustActor(from)
	if err != nil {
		return nil, err
	}
	b, err := g.mustActor(to)
	if err != nil {
		return nil, err
	}
	m, err := g.resolveFilter(f.links())
	if err != nil {
		return nil, err
	}
	if a == b {
		return []Hop{}, nil
	}
	adj := g.neighbourLists(m)
	// Distances to b, by breadth-first search from b. The distances do not depend on the
	// order neighbours are visited in; the walk below then picks the smallest ID among the
	// neighbours one step closer, so the path is the same on every run.
	dist := bfs(adj, b.ID, -1)
	d, ok := dist[a.ID]
	if !ok {
		return nil, fmt.Errorf("%w from %q to %q", ErrNoPath, a.ID, b.ID)
	}
	hops := make([]Hop, 0, d)
	for cur := a.ID; cur != b.ID; {
		var next string
		for _, n := range adj[cur] {
			if dn, ok := dist[n]; ok && dn == dist[cur]-1 {
				next = n // adj lists are sorted: the first is the smallest
				break
			}
		}
		hops = append(hops, Hop{From: g.actorByID(cur), To: g.actorByID(next), Relations: g.between(cur, next, m)})
		cur = next
	}
	return hops, nil
}

// between returns the relations the resolved filter m selects linking x and y either
// way, in graph order.
func (g *Graph) between(x, y string, m Filter) []*Relation {
	var rels []*Relation
	for _, r := range g.relsOf(x) {
		if (r.Source == y || r.Target == y) && m.match(r) {
			rels = append(rels, r)
		}
	}
	return rels
}

// Ego returns the ego network of an actor: the actors at most depth relations away from
// it, following the relations f selects in either direction, and every such relation
// between them. As a query that follows links, it reads an empty f.Modalities as
// Affirmed(). A depth of zero or less keeps the actor alone. Ego returns an error wrapping
// ErrUnknownActor, ErrUnknownType or ErrUnknownModality for a name, type or modality that
// is not one (see Filter).
func (g *Graph) Ego(nameOrAlias string, depth int, f Filter) (*Graph, error) {
	a, err := g.mustActor(nameOrAlias)
	if err != nil {
		return nil, err
	}
	m, err := g.resolveFilter(f.links())
	if err != nil {
		return nil, err
	}
	keep := bfs(g.neighbourLists(m), a.ID, max(depth, 0))
	return g.subgraph(func(x *Actor) bool { _, ok := keep[x.ID]; return ok }, m.match), nil
}

// Subgraph returns a new graph with the relations that match f, as Relations selects
// them, and the actors they link. Actors without a matching relation are left out, so
// Subgraph(Filter{}) drops the actors that have no relations at all. The new graph shares
// its Actor and Relation values with g. Subgraph returns an error wrapping
// ErrUnknownActor, ErrUnknownType or ErrUnknownModality for a name, type or modality that
// is not one (see Filter).
func (g *Graph) Subgraph(f Filter) (*Graph, error) {
	if err := g.Check(f); err != nil {
		return nil, err
	}
	ends := make(map[string]bool)
	rels := make(map[*Relation]bool)
	for r := range g.Relations(f) {
		ends[r.Source], ends[r.Target] = true, true
		rels[r] = true
	}
	return g.subgraph(func(a *Actor) bool { return ends[a.ID] }, func(r *Relation) bool { return rels[r] }), nil
}

// subgraph builds the graph of the actors and relations of g that the functions keep.
// Relations whose ends are not both kept are dropped. g is normalized, so the kept values
// are shared as they are instead of being copied through a builder.
func (g *Graph) subgraph(keepActor func(*Actor) bool, keepRel func(*Relation) bool) *Graph {
	if g == nil {
		return newGraph(nil, nil)
	}
	var actors []*Actor
	ids := make(map[string]bool)
	for _, a := range g.actors {
		if keepActor(a) {
			actors = append(actors, a)
			ids[a.ID] = true
		}
	}
	var rels []*Relation
	for _, r := range g.rels {
		if ids[r.Source] && ids[r.Target] && keepRel(r) {
			rels = append(rels, r)
		}
	}
	s := newGraph(actors, rels)
	s.lex = g.lex
	return s
}

// Components returns the connected components of the graph, following the relations f
// selects in either direction; as a query that follows links, it reads an empty
// f.Modalities as Affirmed(). Every actor is in exactly one component, an actor without
// such relations in a component of its own. Each component is sorted by ID; larger
// components come first, then those with the smaller first ID. Components returns an
// error wrapping ErrUnknownActor, ErrUnknownType or ErrUnknownModality for a name, type
// or modality that is not one (see Filter).
func (g *Graph) Components(f Filter) ([][]*Actor, error) {
	m, err := g.resolveFilter(f.links())
	if err != nil || g.NumActors() == 0 {
		return nil, err
	}
	// A directed graph with both directions of every link has the connected components of
	// the undirected one as its strongly connected components.
	sccs, err := graph.StronglyConnectedComponents(g.view(m, true))
	if err != nil {
		panic("actorgraph: " + err.Error()) // only for undirected graphs, and view is directed
	}
	comps := make([][]*Actor, len(sccs))
	for i, ids := range sccs {
		slices.Sort(ids)
		comps[i] = make([]*Actor, len(ids))
		for j, id := range ids {
			comps[i][j] = g.actorByID(id)
		}
	}
	slices.SortFunc(comps, func(x, y []*Actor) int {
		return cmp.Or(cmp.Compare(len(y), len(x)), cmp.Compare(x[0].ID, y[0].ID))
	})
	return comps, nil
}

// Degree is an actor's place in a ranking by degree.
type Degree struct {
	Actor *Actor
	// Degree is the number of other actors the actor is related to.
	Degree int
	// Relations is the number of relations the actor is an end of.
	Relations int
}

// RankByDegree ranks every actor by the number of other actors it is related to, counting
// the relations f selects in either direction: the best connected first, ties broken by
// the number of relations and then by ID. As a query that follows links, it reads an
// empty f.Modalities as Affirmed(), so denied talks make no connection. RankByDegree
// returns an error wrapping ErrUnknownActor, ErrUnknownType or ErrUnknownModality for a
// name, type or modality that is not one (see Filter).
func (g *Graph) RankByDegree(f Filter) ([]Degree, error) {
	m, err := g.resolveFilter(f.links())
	if err != nil || g.NumActors() == 0 {
		return nil, err
	}
	adj, err := g.view(m, false).AdjacencyMap()
	if err != nil {
		panic("actorgraph: " + err.Error()) // the in-memory store does not fail
	}
	ranks := make([]Degree, len(g.actors))
	for i, a := range g.actors {
		n := 0
		for _, r := range g.relsOf(a.ID) {
			if m.match(r) {
				n++
			}
		}
		ranks[i] = Degree{Actor: a, Degree: len(adj[a.ID]), Relations: n}
	}
	slices.SortStableFunc(ranks, func(x, y Degree) int {
		return cmp.Or(cmp.Compare(y.Degree, x.Degree), cmp.Compare(y.Relations, x.Relations))
	})
	return ranks, nil
}

// view returns the topology of the relations the resolved filter m selects as a new
// dominikbraun graph with a vertex per actor and an edge between two actors that such a
// relation links. It is undirected, or, when both is set, directed with an edge each way.
// It is built from the store's edges, whose data is the relations of the pair, so it
// costs one pass over the edges; build it once per query, and call AdjacencyMap on it
// once, since each call rebuilds the map.
func (g *Graph) view(m Filter, both bool) graph.Graph[string, string] {
	var v graph.Graph[string, string]
	if both {
		v = graph.New(graph.StringHash, graph.Directed())
	} else {
		v = graph.New(graph.StringHash)
	}
	if g == nil {
		return v
	}
	for _, a := range g.actors {
		_ = v.AddVertex(a.ID) // IDs are unique
	}
	edges, err := g.topology().Edges()
	if err != nil {
		panic("actorgraph: " + err.Error()) // the in-memory store does not fail
	}
	for _, e := range edges {
		rels, _ := e.Properties.Data.([]*Relation)
		if e.Source == e.Target || !slices.ContainsFunc(rels, m.match) {
			continue
		}
		// An edge already there (the pair's other direction) is fine.
		_ = v.AddEdge(e.Source, e.Target)
		if both {
			_ = v.AddEdge(e.Target, e.Source)
		}
	}
	return v
}

// neighbourLists returns, for each actor, the sorted IDs of the actors that relations the
// resolved filter m selects link it to in either direction.
func (g *Graph) neighbourLists(m Filter) map[string][]string {
	adj, err := g.view(m, false).AdjacencyMap()
	if err != nil {
		panic("actorgraph: " + err.Error()) // the in-memory store does not fail
	}
	lists := make(map[string][]string, len(adj))
	for id, ns := range adj {
		l := make([]string, 0, len(ns))
		for n := range ns {
			l = append(l, n)
		}
		slices.Sort(l)
		lists[id] = l
	}
	return lists
}

// bfs returns the distance from start of every vertex at most maxDepth steps away (every
// reachable vertex when maxDepth is negative). graph.BFSWithDepth is not used: in v0.23.0
// the depth it reports counts visited vertices, not levels.
func bfs(adj map[string][]string, start string, maxDepth int) map[string]int {
	dist := map[string]int{start: 0}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if maxDepth >= 0 && dist[cur] >= maxDepth {
			continue
		}
		for _, n := range adj[cur] {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	return dist
}
