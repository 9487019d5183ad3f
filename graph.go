package actorgraph

import (
	"github.com/actorgraph/actorgraph/internal/fold"
	"iter"
	"slices"
	"sync"

	"github.com/dominikbraun/graph"
)

// Graph is the actor graph of one or more documents: actors as vertices and, between each
// ordered pair of actors, the typed relations the text states. A Graph is immutable once
// returned and safe for concurrent reads. The zero Graph is empty and usable.
type Graph struct {
	// store keeps the topology: one vertex per actor ID and one edge per ordered pair of
	// related actors, whose data is the []*Relation between them. It is built on first use
	// by topology, since parsing many documents to merge them never needs it.
	store     graph.Graph[string, string]
	storeOnce sync.Once
	idOnce    sync.Once // builds byID
	aliasOnce sync.Once // builds byAlias and bySurname
	relOnce   sync.Once // builds byType and byActor
	actors    []*Actor  // sorted by ID
	byID      map[string]*Actor
	byAlias   map[string]*Actor // aliasKey → actor
	// bySurname maps the last word of each person's name to the person, or to nil when
	// two people share it.
	bySurname map[string]*Actor
	rels      []*Relation // sorted by type, source, target, modality
	byType    map[RelationType][]*Relation
	byActor   map[string][]*Relation // actor ID → relations it is an end of
	warnings  []Warning              // sorted by compareWarnings, without duplicates
	// lex is the lexicon the graph was parsed with, which WhoHolds matches titles by;
	// nil means DefaultLexicon.
	lex *Lexicon
}

// Actor returns the actor with the given ID, name or alias, ignoring case, diacritics and a
// leading "the"; failing that, the one person whose surname it is ("Waltz" finds Michael
// Waltz). It returns nil when no actor goes by that name.
func (g *Graph) Actor(nameOrAlias string) *Actor {
	if g == nil {
		return nil
	}
	if a := g.actorByID(nameOrAlias); a != nil {
		return a
	}
	g.aliases()
	k := fold.AliasKey(nameOrAlias)
	if a, ok := g.byAlias[k]; ok {
		return a
	}
	return g.bySurname[k]
}

// Ends returns the actors at the two ends of r, its Source and its Target. An end is nil
// when the graph has no actor with that ID, as when r is from another graph.
func (g *Graph) Ends(r *Relation) (src, dst *Actor) {
	if g == nil {
		return nil, nil
	}
	return g.actorByID(r.Source), g.actorByID(r.Target)
}

// Warnings returns the parts of the documents that the parser cut or skipped to stay
// within its limits, sorted by document, offset and limit; nil when there are none. A
// document has at most one Warning for MaxActors and one per sentence over
// MaxSentenceBytes. Merge, JoinSurnames, CapEvidence, ReadJSON and WriteJSON keep them;
// Subgraph, which selects relations, does not.
func (g *Graph) Warnings() []Warning {
	if g == nil || len(g.warnings) == 0 {
		return nil
	}
	return slices.Clone(g.warnings)
}

// Actors yields the actors of the given kinds (all actors when none are given), sorted by ID.
func (g *Graph) Actors(kinds ...Kind) iter.Seq[*Actor] {
	return func(yield func(*Actor) bool) {
		if g == nil {
			return
		}
		for _, a := range g.actors {
			if len(kinds) > 0 && !slices.Contains(kinds, a.Kind) {
				continue
			}
			if !yield(a) {
				return
			}
		}
	}
}

// NumActors returns the number of actors in the graph.
func (g *Graph) NumActors() int {
	if g == nil {
		return 0
	}
	return len(g.actors)
}

// NumRelations returns the number of relations in the graph.
func (g *Graph) NumRelations() int {
	if g == nil {
		return 0
	}
	return len(g.rels)
}

// Relations yields the relations that match f, sorted by type, source, target and
// modality; an empty f.Modalities matches every modality, Negated included. It yields
// nothing when f names an unknown actor, type or modality: see Filter and Graph.Check.
// Lookups by actor or type use indexes.
func (g *Graph) Relations(f Filter) iter.Seq[*Relation] {
	return func(yield func(*Relation) bool) {
		if g == nil {
			return
		}
		m, err := g.resolveFilter(f)
		if err != nil {
			return
		}
		for _, r := range g.candidates(m) {
			if m.match(r) && !yield(r) {
				return
			}
		}
	}
}

// candidates returns, in graph order, the relations that the resolved filter m may match,
// from the indexes when m names an actor or types.
func (g *Graph) candidates(m Filter) []*Relation {
	switch {
	case m.Source != "":
		return g.relsOf(m.Source)
	case m.Target != "":
		return g.relsOf(m.Target)
	case m.Actor != "":
		return g.relsOf(m.Actor)
	case len(m.Types) > 0:
		return g.ofTypes(m.Types)
	}
	return g.rels
}

// ofTypes returns the relations of the given types in the graph's order: the per-type
// lists are each sorted, and relations sort by type first.
func (g *Graph) ofTypes(types []RelationType) []*Relation {
	types = slices.Clone(types)
	slices.Sort(types)
	types = slices.Compact(types)
	if len(types) == 1 {
		return g.relsOfType(types[0])
	}
	var rels []*Relation
	for _, t := range types {
		rels = append(rels, g.relsOfType(t)...)
	}
	return rels
}

// newGraph indexes sorted, normalized actors and relations into a Graph.
func newGraph(actors []*Actor, rels []*Relation) *Graph {
	return &Graph{actors: actors, rels: rels}
}

// lexicon returns the lexicon the graph was parsed with, DefaultLexicon when unknown.
func (g *Graph) lexicon() *Lexicon {
	if g.lex == nil {
		return DefaultLexicon()
	}
	return g.lex
}

// actorByID returns the actor with the given ID, or nil, from an index built on first
// use. Graphs that are only merged, as when a corpus is parsed, never build it.
func (g *Graph) actorByID(id string) *Actor {
	g.idOnce.Do(func() {
		g.byID = make(map[string]*Actor, len(g.actors))
		for _, a := range g.actors {
			g.byID[a.ID] = a
		}
	})
	return g.byID[id]
}

// relsOf returns the relations actor id is an end of, from an index built on first use.
func (g *Graph) relsOf(id string) []*Relation {
	g.indexRelations()
	return g.byActor[id]
}

// relsOfType returns the relations of type t, from an index built on first use.
func (g *Graph) relsOfType(t RelationType) []*Relation {
	g.indexRelations()
	return g.byType[t]
}

// indexRelations builds the relation indexes by type and by actor, once. Graphs that are
// only merged, as when a corpus is parsed, never build them.
func (g *Graph) indexRelations() {
	g.relOnce.Do(func() {
		g.byType = make(map[RelationType][]*Relation)
		g.byActor = make(map[string][]*Relation)
		for _, r := range g.rels {
			g.byType[r.Type] = append(g.byType[r.Type], r)
			g.byActor[r.Source] = append(g.byActor[r.Source], r)
			if r.Target != r.Source {
				g.byActor[r.Target] = append(g.byActor[r.Target], r)
			}
		}
	})
}

// aliases builds, on first use, the indexes Actor looks names up in: every name and alias
// by its key, and every person by surname. Graphs that are only merged, as when a corpus
// is parsed, never build them.
func (g *Graph) aliases() {
	g.aliasOnce.Do(func() {
		g.byAlias = make(map[string]*Actor, 2*len(g.actors))
		g.bySurname = make(map[string]*Actor)
		for _, a := range g.actors {
			if a.Kind == Person && fold.CountWords(a.Name) > 1 {
				k := fold.AliasKey(lastWord(a.Name))
				if _, seen := g.bySurname[k]; seen {
					g.bySurname[k] = nil
				} else {
					g.bySurname[k] = a
				}
			}
			g.indexAlias(a, a.Name)
			for _, s := range a.Aliases {
				g.indexAlias(a, s)
			}
		}
	})
}

// indexAlias makes the name s find actor a, unless an actor preferred for it has it.
func (g *Graph) indexAlias(a *Actor, s string) {
	k := fold.AliasKey(s)
	if prev, ok := g.byAlias[k]; !ok || preferForAlias(a, prev) {
		g.byAlias[k] = a
	}
}

// topology returns the dominikbraun graph of the actors: a vertex per actor and an edge
// per ordered pair of related actors, whose data is the []*Relation between them (sorted).
// It is built once, on first use, and is safe for concurrent use after that.
func (g *Graph) topology() graph.Graph[string, string] {
	g.storeOnce.Do(func() {
		g.store = graph.New(graph.StringHash, graph.Directed())
		for _, a := range g.actors {
			_ = g.store.AddVertex(a.ID) // fails only for a duplicate; IDs are unique
		}
		edges := make(map[[2]string][]*Relation)
		for _, r := range g.rels {
			pair := [2]string{r.Source, r.Target}
			edges[pair] = append(edges[pair], r)
		}
		for _, r := range g.rels {
			pair := [2]string{r.Source, r.Target}
			if rs, ok := edges[pair]; ok {
				_ = g.store.AddEdge(r.Source, r.Target, graph.EdgeData(rs))
				delete(edges, pair)
			}
		}
	})
	return g.store
}

// preferForAlias decides which of two actors sharing an alias the alias names: the one
// mentioned more often, then the one with the smaller ID.
func preferForAlias(a, b *Actor) bool {
	if len(a.Mentions) != len(b.Mentions) {
		return len(a.Mentions) > len(b.Mentions)
	}
	return a.ID < b.ID
}
