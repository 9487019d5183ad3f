package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file prepares the last stage, assembly (the root package's assemble.go): it finds
// which actors of the document are one person named two ways.

// assembler holds the scratch of Joins, reused from document to document. Each buffer is
// good until the next call, which clears it first: most documents need none of them, so
// they are not cleared in advance.
type assembler struct {
	rename     map[string]string      // actor ID → the ID it joins
	renameFrom []string               // the keys of rename, sorted
	byGiven    map[string]givenPeople // first word of a full name → the people with it
	// made is 1 + the actors and joins the document had when rename was made: while they
	// are the same, Joins returns rename as it is (inference and assembly both ask).
	made [2]int
}

// forget clears the scratch of the last document, whose actor IDs it holds.
func (asm *assembler) forget() {
	asm.rename = ClearMap(asm.rename)
	asm.renameFrom = ClearSlice(asm.renameFrom)
	asm.byGiven = ClearMap(asm.byGiven)
	asm.made = [2]int{}
}

// givenPeople counts the people whose full name starts with a given name, and holds the
// last of them.
type givenPeople struct {
	id string
	n  int
}

// Joins returns the actors of the document that are another's other name, as a map from
// the ID that goes to the ID it joins, with its keys sorted: people first named by surname
// alone, who join the full name the document gives later ("Trump" in a headline, "Donald
// Trump" in the text); a name used alone before the text gave it in brackets ("NCP" in a
// headline, then "the National Congress Party (NCP)"); and an acronym whose letters are
// the initials of the one body the document names so ("NCP" and the National Congress
// Party). Both are the Doc's, good until Release; a chain of joins is followed to its end,
// so no ID joins one that goes.
func (st *Doc) Joins() (rename map[string]string, from []string) {
	made := [2]int{st.nActors + 1, len(st.coref.joins) + 1}
	if st.asm.made == made {
		return st.asm.rename, st.asm.renameFrom
	}
	st.asm.made = made
	rename, byGiven := st.asm.rename, st.asm.byGiven
	clear(rename)
	for from, to := range st.coref.joins {
		rename[from] = to
	}
	st.joinAcronyms(rename)
	// byGiven is made for the first name that needs it: most documents have none.
	given := false
	for _, a := range st.actorBuf[:st.nActors] { // a slice: quicker than the map
		id := a.ID
		if a.Kind != Person && a.Kind != "" || fold.CountWords(a.Name) != 1 || rename[id] != "" {
			continue
		}
		k := fold.Key(a.Name)
		if to := st.coref.surnames[k]; to != nil && to != a {
			rename[id] = to.ID
			continue
		}
		if !given {
			given = true
			clear(byGiven)
			for _, p := range st.coref.people {
				if p.tokens > 1 {
					g := byGiven[p.given]
					byGiven[p.given] = givenPeople{id: p.actor.ID, n: g.n + 1}
				}
			}
		}
		if g := byGiven[k]; g.n == 1 && g.id != id && a.Kind == Person {
			// Some names are repeated by their first word ("Debretsion Gebremichael" ...
			// "Debretsion"), when exactly one full name starts with it.
			rename[id] = g.id
		}
	}
	if len(rename) == 0 {
		st.asm.renameFrom = st.asm.renameFrom[:0]
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

// joinAcronyms adds to rename each organization the document names by an acronym the
// lexicon lacks ("NCP") whose letters are the initials of exactly one other organization
// or group of the document ("National Congress Party"), which it joins.
func (st *Doc) joinAcronyms(rename map[string]string) {
	var acronyms []*Actor
	for _, a := range st.actorBuf[:st.nActors] {
		if a.Kind == Organization && isAcronymName(a.Name) && st.lex.orgs[a.ID] == nil {
			acronyms = append(acronyms, a)
		}
	}
	if len(acronyms) == 0 {
		return
	}
	var buf [32]byte // the initials of a name, compared in place
	for _, a := range acronyms {
		var to *Actor
		n := 0
		for _, b := range st.actorBuf[:st.nActors] {
			if b == a || b.Kind != Organization && b.Kind != Group || isAcronymName(b.Name) {
				continue
			}
			if string(appendInitials(buf[:0], b.Name, true)) == a.Name || string(appendInitials(buf[:0], b.Name, false)) == a.Name {
				if to != b {
					n++
				}
				to = b
			}
		}
		if n == 1 && rename[a.ID] == "" {
			rename[a.ID] = to.ID
		}
	}
}

// isAcronymName reports whether name is one word of two to six capital letters ("NCP").
func isAcronymName(name string) bool {
	if len(name) < 2 || len(name) > 6 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}
