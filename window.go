package actorgraph

import (
	"math"
	"slices"
	"time"
)

// window returns the days since 1970 of since and until, both included, with a zero time
// as an open end.
func window(since, until time.Time) (int32, int32) {
	from, to := int32(math.MinInt32), int32(math.MaxInt32)
	if d := DayOf(since); !d.IsZero() {
		from = d.span().From
	}
	if d := DayOf(until); !d.IsZero() {
		to = d.span().To
	}
	return from, to
}

// Within returns the graph of what the evidence dates from since to until, both days
// included (by their year, month and day; a zero time leaves that end open): each
// relation keeps only its evidence whose date (Evidence.When) has a day in the window,
// and its FirstSeen and LastSeen become the dates of that evidence. Relations with none
// are left out, and so are the actors left without a relation. Evidence without a date
// is in no window. Within returns g itself when both ends are open, and shares the
// actors and the relations it keeps whole with g. The command's -since and -until call
// it, for every format.
func (g *Graph) Within(since, until time.Time) *Graph {
	if g == nil || since.IsZero() && until.IsZero() {
		return g
	}
	f := Filter{Since: since, Until: until}
	var rels []*Relation
	ends := make(map[string]bool)
	for _, r := range g.rels {
		kept := slices.DeleteFunc(slices.Clone(r.Evidence), func(e Evidence) bool { return !f.matchEvidence(e) })
		switch {
		case len(kept) == 0:
			continue
		case len(kept) < len(r.Evidence):
			c := *r
			c.Evidence, c.FirstSeen, c.LastSeen = kept, Date{}, Date{}
			c.seen()
			r = &c
		}
		rels = append(rels, r)
		ends[r.Source], ends[r.Target] = true, true
	}
	var actors []*Actor
	for _, a := range g.actors {
		if ends[a.ID] {
			actors = append(actors, a)
		}
	}
	w := newGraph(actors, rels)
	w.warnings, w.lex = g.warnings, g.lex
	return w
}
