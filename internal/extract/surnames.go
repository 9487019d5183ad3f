package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file prepares the last stage, assembly (the root package's assemble.go): it finds
// which actors of the document are one person named two ways.

// assembler holds the scratch of SurnameJoins, reused from document to document. Each
// buffer is good until the next call, which clears it first: most documents need none
// of them, so they are not cleared in advance.
type assembler struct {
	rename     map[string]string      // actor ID → the ID it joins
	renameFrom []string               // the keys of rename, sorted
	byGiven    map[string]givenPeople // first word of a full name → the people with it
}

// forget clears the scratch of the last document, whose actor IDs it holds.
func (asm *assembler) forget() {
	asm.rename = ClearMap(asm.rename)
	asm.renameFrom = ClearSlice(asm.renameFrom)
	asm.byGiven = ClearMap(asm.byGiven)
}

// givenPeople counts the people whose full name starts with a given name, and holds the
// last of them.
type givenPeople struct {
	id string
	n  int
}

// SurnameJoins returns the people first named by surname alone that join the full name
// the document gives later ("Trump" in a headline, "Donald Trump" in the text), as a map
// from the ID that goes to the ID it joins, with its keys sorted. Both are the Doc's, good
// until Release; a chain of joins is followed to its end, so no ID joins one that goes.
func (st *Doc) SurnameJoins() (rename map[string]string, from []string) {
	rename, byGiven := st.asm.rename, st.asm.byGiven
	clear(rename)
	clear(byGiven)
	for _, p := range st.coref.people {
		if p.tokens > 1 {
			g := byGiven[p.given]
			byGiven[p.given] = givenPeople{id: p.actor.ID, n: g.n + 1}
		}
	}
	for id, a := range st.actors {
		if a.Kind != Person && a.Kind != "" || fold.CountWords(a.Name) != 1 {
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
		return rename, nil
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
	return rename, froms
}
