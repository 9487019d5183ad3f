package actorgraph

import (
	"slices"
)

// Event is a line of a timeline: a relation on one date, with its evidence of that date.
type Event struct {
	// Date is the date of the evidence (Evidence.When).
	Date Date
	// Relation is the relation, as the graph holds it, with all its evidence.
	Relation *Relation
	// Evidence holds the pieces of the relation's evidence of Date that the timeline's
	// filter selects, in the relation's order.
	Evidence []Evidence
	// FromText reports whether the text gives Date (Evidence.Date) for some of the
	// evidence; when it does not, Date is only the date of the documents that state the
	// relation (Evidence.DocDate), which may be later than the event.
	FromText bool
}

// Timeline returns the relations f selects as a chronology: one Event for each relation
// and each date its evidence speaks of (Evidence.When), sorted by date (Date.Compare:
// first day, last day, precision), then as Relations sorts. Evidence without a date is
// left out, and so is evidence that f leaves out by its Doc, Stated, Since and Until.
// Timeline returns an error wrapping ErrUnknownActor, ErrUnknownType or
// ErrUnknownModality for a name, type or modality that is not one (see Filter).
func (g *Graph) Timeline(f Filter) ([]Event, error) {
	if err := g.Check(f); err != nil {
		return nil, err
	}
	var events []Event
	for r := range g.Relations(f) {
		first := len(events)
		for _, e := range r.Evidence {
			w := e.When()
			if w.IsZero() || !f.matchEvidence(e) {
				continue
			}
			i := slices.IndexFunc(events[first:], func(ev Event) bool { return ev.Date == w })
			if i < 0 {
				events = append(events, Event{Date: w, Relation: r})
				i = len(events) - 1 - first
			}
			ev := &events[first+i]
			ev.Evidence = append(ev.Evidence, e)
			ev.FromText = ev.FromText || !e.Date.IsZero()
		}
	}
	// The events of each relation are in the order of Relations, and the sort is stable.
	slices.SortStableFunc(events, func(a, b Event) int { return a.Date.Compare(b.Date) })
	return events, nil
}
