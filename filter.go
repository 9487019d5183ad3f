package actorgraph

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Errors of the queries. They are wrapped with the name at fault, as in
// `actorgraph: unknown actor "Nobody"`, so test for them with errors.Is.
var (
	// ErrUnknownActor reports that no actor goes by a name given to a query.
	ErrUnknownActor = errors.New("actorgraph: unknown actor")
	// ErrUnknownType reports a relation type given to a query that is not one of
	// RelationTypes.
	ErrUnknownType = errors.New("actorgraph: unknown relation type")
	// ErrUnknownModality reports a modality given to a query that is not one of Modalities.
	ErrUnknownModality = errors.New("actorgraph: unknown modality")
	// ErrNoPath reports that Path found no chain of relations between two actors.
	ErrNoPath = errors.New("actorgraph: no path")
)

// Filter selects relations; every query of a Graph that selects relations takes one.
// Empty fields match everything; set fields must all match. Actor names may be IDs or any
// alias, as accepted by Graph.Actor.
//
// # Denied relations
//
// Relations, Evidence and Subgraph list what the text says, denials included: for them an
// empty Modalities means every modality. Neighbors, Path, Ego, Components and RankByDegree
// follow relations as links between actors, and a relation the text denies ("did not
// meet") links nobody: for them an empty Modalities means Affirmed(), every modality but
// Negated. Set Modalities to Modalities() to follow denied relations too, or to
// []Modality{Negated} to list only denials.
//
// # Unknown names, types and modalities
//
// A name no actor goes by, a type that is not one of RelationTypes and a modality that is
// not one of Modalities are errors, in every query: an error wrapping ErrUnknownActor,
// ErrUnknownType or ErrUnknownModality. Queries that return a value (Path, Ego, Subgraph,
// Components, RankByDegree, RolesOf) return the error; queries that return an iterator
// (Relations, Evidence, Neighbors) yield nothing, and Graph.Check returns the error they
// met. Check a filter built from user input before ranging over it.
type Filter struct {
	Types      []RelationType // only relations of one of these types
	Modalities []Modality     // only relations with one of these modalities (empty: see "Denied relations")
	Source     string         // only relations from this actor
	Target     string         // only relations to this actor
	Actor      string         // only relations with this actor at either end
	Doc        string         // only relations with evidence from this document
	// Stated keeps only what the text states: relations with evidence of a rule that is
	// not inferred (see Parser.Stated), and of those only that evidence.
	Stated bool
	// Since and Until keep only relations with evidence whose date (Evidence.When) has a
	// day from Since to Until, both days included (by their year, month and day); a zero
	// time leaves that end open. Evidence without a date is in no window. As with Doc,
	// Evidence yields only the evidence inside; Graph.Within makes a graph of it.
	Since, Until time.Time
}

// Affirmed returns, in a new slice, every modality but Negated: the relations that hold,
// are planned or are possible. It is what queries that follow links read an empty
// Filter.Modalities as.
func Affirmed() []Modality {
	return slices.DeleteFunc(Modalities(), func(m Modality) bool { return m == Negated })
}

// Check returns the error that a query given f meets, or nil: an error wrapping
// ErrUnknownActor when a name of f matches no actor, ErrUnknownType when one of its types
// is not a relation type, and ErrUnknownModality when one of its modalities is not a
// modality. Relations, Evidence and Neighbors yield nothing for such a filter; Check tells
// why. To check a name given to Neighbors, check Filter{Actor: name}.
func (g *Graph) Check(f Filter) error {
	_, err := g.resolveFilter(f)
	return err
}

// links returns f as the queries that follow links read it: with the Affirmed
// modalities when it names none.
func (f Filter) links() Filter {
	if len(f.Modalities) == 0 {
		f.Modalities = Affirmed()
	}
	return f
}

// resolveFilter checks the types and modalities of f and turns its actor names into IDs.
func (g *Graph) resolveFilter(f Filter) (Filter, error) {
	for _, t := range f.Types {
		if !t.Valid() {
			return f, fmt.Errorf("%w %q", ErrUnknownType, t)
		}
	}
	for _, m := range f.Modalities {
		if !m.Valid() {
			return f, fmt.Errorf("%w %q", ErrUnknownModality, m)
		}
	}
	for _, p := range []*string{&f.Source, &f.Target, &f.Actor} {
		if *p == "" {
			continue
		}
		a, err := g.mustActor(*p)
		if err != nil {
			return f, err
		}
		*p = a.ID
	}
	return f, nil
}

// mustActor returns the actor going by name, or an error wrapping ErrUnknownActor.
func (g *Graph) mustActor(name string) (*Actor, error) {
	if a := g.Actor(name); a != nil {
		return a, nil
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownActor, name)
}

// match reports whether r passes the resolved filter f.
func (f Filter) match(r *Relation) bool {
	if len(f.Types) > 0 && !slices.Contains(f.Types, r.Type) ||
		len(f.Modalities) > 0 && !slices.Contains(f.Modalities, r.Modality) {
		return false
	}
	if f.Actor != "" && r.Source != f.Actor && r.Target != f.Actor {
		return false
	}
	if !f.matchEnds(r) {
		return false
	}
	return f.Doc == "" && !f.Stated && !f.dated() || slices.ContainsFunc(r.Evidence, f.matchEvidence)
}

// matchEvidence reports whether evidence e passes f's document, provenance and window: a
// relation passes f only with some evidence that does, and Evidence yields only such
// evidence.
func (f Filter) matchEvidence(e Evidence) bool {
	return (f.Doc == "" || e.Doc == f.Doc) && (!f.Stated || !e.Inferred()) &&
		(!f.dated() || e.When().overlaps(window(f.Since, f.Until)))
}

// dated reports whether f selects by date.
func (f Filter) dated() bool { return !f.Since.IsZero() || !f.Until.IsZero() }

// matchEnds checks Source and Target; a symmetric relation matches either way round.
func (f Filter) matchEnds(r *Relation) bool {
	ok := func(src, dst string) bool {
		return (f.Source == "" || f.Source == src) && (f.Target == "" || f.Target == dst)
	}
	return ok(r.Source, r.Target) || r.Type.Symmetric() && ok(r.Target, r.Source)
}
