package actorgraph

import (
	"cmp"
	"github.com/actorgraph/actorgraph/internal/fold"
	"slices"
	"strings"
)

// This file is stage 7 of the pipeline: it assembles the actors of a document, after its
// last sentence, for its graph or a merge (see also merge.go).

// assembler holds the scratch of assembly, reused from document to document. Each buffer
// is good until the next call that fills it, which clears it first: most documents need
// none of them, so they are not cleared in advance.
type assembler struct {
	used       map[string]bool        // for usedActors: the actors relations name
	rename     map[string]string      // for joinSurnames: actor ID → the ID it joins
	renameFrom []string               // for joinSurnames: the keys of rename, sorted
	byGiven    map[string]givenPeople // for joinSurnames: first word of a full name → the people with it
}

// forget clears the scratch of the last document assembled, whose actor IDs it holds.
func (asm *assembler) forget() {
	asm.used = clearMap(asm.used)
	asm.rename = clearMap(asm.rename)
	asm.renameFrom = clearSlice(asm.renameFrom)
	asm.byGiven = clearMap(asm.byGiven)
}

// assemble puts the document's actors into st.b beside its relations, for a graph or a
// merge: surname-only people join their full names, roles without a principal give way to
// the same role with one, actors with an unknown kind that take part in nothing are
// dropped, and so are actors over the MaxActors limit (see capActors). It hands st.actors over to st.b (which forget left empty): afterwards
// st.actors is empty, and st.b holds the document's actors.
func (st *docState) assemble() {
	st.mentions.give(func(a *Actor) *[]Mention { return &a.Mentions })
	st.evidence.give(func(r *Relation) *[]Evidence { return &r.Evidence })
	st.aliases.give(func(a *Actor) *[]string { return &a.Aliases })
	st.roles.give(func(a *Actor) *[]Role { return &a.Roles })
	st.joinSurnames()
	st.capActors() // first, so that an actor whose relations it drops is seen unused below
	// The actors relations name are gathered only for an actor that may go: most
	// documents have none.
	var used map[string]bool
	for id, a := range st.actors {
		if a.Kind == "" && len(a.Roles) == 0 {
			if used == nil {
				used = st.usedActors()
			}
			if !used[id] {
				delete(st.actors, id)
				continue
			}
		}
		st.dropVagueRoles(a)
	}
	// The document's actors are made for its graph or merge alone, one for each ID: the
	// builder takes them with their map, and the document keeps the builder's empty one.
	st.b.actors, st.actors = st.actors, st.b.actors
}

// capActors keeps, when the document has more actors than MaxActors, the MaxActors
// first named in the text (by their first mention, then by ID), and the relations and
// roles that need no other; it records a Warning of the rest.
func (st *docState) capActors() {
	max := st.p.limit(st.p.MaxActors, DefaultMaxActors)
	if len(st.actors) <= max {
		return
	}
	type firstNamed struct {
		at int // the offset of the first mention, or the text's length without one
		id string
	}
	order := make([]firstNamed, 0, len(st.actors))
	for id, a := range st.actors {
		at := len(st.text)
		for _, m := range a.Mentions {
			at = min(at, m.Start)
		}
		order = append(order, firstNamed{at, id})
	}
	slices.SortFunc(order, func(x, y firstNamed) int { return cmp.Or(cmp.Compare(x.at, y.at), strings.Compare(x.id, y.id)) })
	st.b.warnings = append(st.b.warnings, Warning{Doc: st.doc, Limit: "MaxActors", Offset: order[max].at, Max: max, Got: len(order)})
	dropped := make(map[string]bool, len(order)-max)
	for _, o := range order[max:] {
		dropped[o.id] = true
		delete(st.actors, o.id)
	}
	for k, r := range st.b.rels {
		if dropped[r.Source] || dropped[r.Target] {
			delete(st.b.rels, k)
		}
	}
	for _, a := range st.actors {
		a.Roles = slices.DeleteFunc(a.Roles, func(r Role) bool { return dropped[r.Of] })
	}
}

// usedActors returns the set of actors the document's relations name, in st.asm.used.
func (st *docState) usedActors() map[string]bool {
	used := st.asm.used // empty: forget cleared it
	for _, r := range st.b.rels {
		used[r.Source], used[r.Target] = true, true
	}
	return used
}

// givenPeople counts the people whose full name starts with a given name, and holds the
// last of them.
type givenPeople struct {
	id string
	n  int
}

// joinSurnames merges people first named by surname alone into the full name the document
// gives later ("Trump" in a headline, "Donald Trump" in the text).
func (st *docState) joinSurnames() {
	rename, byGiven := st.asm.rename, st.asm.byGiven // empty: forget cleared them
	for _, p := range st.coref.people {
		if p.tokens > 1 {
			g := byGiven[p.given]
			byGiven[p.given] = givenPeople{id: p.actor.ID, n: g.n + 1}
		}
	}
	for id, a := range st.actors {
		if a.Kind != Person && a.Kind != "" || countWords(a.Name) != 1 {
			continue
		}
		k := fold.Key(a.Name)
		if to := st.coref.surnames[k]; to != nil && to != a {
			rename[id] = to.ID
		} else if g := byGiven[k]; g.n == 1 && g.id != id && a.Kind == Person {
			// Some names are repeated by their first word ("Debretsion Gebremichael" ...
			// "Debretsion"), when exactly one full name starts with it.
			rename[id] = g.id
		}
	}
	if len(rename) == 0 {
		return
	}
	// In order of ID, for output that does not depend on map order; the keys go in a
	// scratch slice, as slices.Sorted allocated several as it grew.
	froms := st.asm.renameFrom[:0]
	for from := range rename {
		froms = append(froms, from)
	}
	slices.Sort(froms)
	st.asm.renameFrom = froms
	// A target may itself be renamed ("Trump" to a one-word actor the surname table holds
	// that also goes): follow each chain to its end, at most len(rename) steps, and drop
	// a rename that comes back to itself, so that no actor merges into one already gone.
	for _, from := range froms {
		to := rename[from]
		for i := 0; i < len(rename) && rename[to] != ""; i++ {
			to = rename[to]
		}
		if to == from || rename[to] != "" {
			delete(rename, from)
			continue
		}
		rename[from] = to
	}
	for _, from := range froms {
		to, ok := rename[from]
		if !ok {
			continue
		}
		mergeActorInto(st.actors[to], st.actors[from])
		st.actors[to].Kind = Person
		delete(st.actors, from)
	}
	st.b.rename(rename)
	for _, a := range st.actors {
		for i, r := range a.Roles {
			if to, ok := rename[r.Of]; ok {
				a.Roles[i].Of = to
			}
		}
	}
}

// dropVagueRoles removes a role without a principal when the actor holds a role with the
// same head noun that has one ("security advisor" beside "national security advisor" of
// donald-trump).
func (st *docState) dropVagueRoles(a *Actor) {
	head := func(title string) string {
		if t := st.lex.titles[fold.Key(title)]; t != nil {
			return t.Head
		}
		return lastWord(title)
	}
	// Each titled mention adds its role: compact the copies first, or a long document
	// makes this quadratic in its mentions (seconds for 1 MB of news).
	slices.SortFunc(a.Roles, compareRoles)
	a.Roles = slices.Compact(a.Roles)
	a.Roles = slices.DeleteFunc(a.Roles, func(r Role) bool {
		return slices.ContainsFunc(a.Roles, func(o Role) bool {
			// The same office said with a principal, or at more length ("secretary"
			// beside "secretary of state"); the head nouns, which cost a fold and a
			// lookup each, only then.
			vaguer := r.Of == "" && o.Of != "" || r.Of == o.Of && len(o.Title) > len(r.Title) && strings.Contains(o.Title, r.Title)
			return vaguer && head(o.Title) == head(r.Title)
		})
	})
}
