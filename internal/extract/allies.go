package extract

// This file reads a noun for a supporter ("ally", "allies") or a rival ("rival", "rivals"),
// a state of support or opposition: before the name of the one it describes ("Russia's
// ally Belarus", "its ally Y", "his rival Y", "the rivals A and B") and, for an ally, as a
// predicate ("Belarus is Russia's closest ally").

// allyFrame reads "X's ally Y" and "its ally Y": a noun for a supporter put before the
// supporter's name, so that Y supports X; and likewise "X's rival Y", where each opposes
// the other, and "the rivals A and B", where each of them opposes each other one.
func (ss *sentState) allyFrame(t int, tr *trigger) bool {
	rival := tr.Relation == Opposes
	if !tr.State || tr.Relation != Supports && !rival {
		return false
	}
	y := ss.outerRef(t + 1)
	if y < 0 || ss.refs[y].first != t+1 || ss.refs[y].actor == "" {
		return !rival && ss.allyPredicate(t)
	}
	if rival && ss.rivalsAmong(t) {
		return true
	}
	x := ""
	switch k := ss.keyAt(t - 1); k {
	case kwPossessive:
		if r := ss.outerRef(t - 2); r >= 0 {
			x = ss.refs[r].actor
		}
	case kwIts, kwTheir:
		for j := t - 2; j >= 0 && x == ""; j-- { // the actor "its" points back to
			if r := ss.outerRef(j); r >= 0 && ss.refs[r].actor != "" && !ss.refs[r].weak {
				x = ss.refs[r].actor
			}
		}
	default:
		if r := ss.outerRef(t - 1); r >= 0 && ss.refs[r].pronoun {
			x = ss.refs[r].actor // "his rival", as coreference resolved "his"
		}
	}
	if x == "" {
		return false
	}
	ss.relate(tr.Relation, ss.refs[y].actor, x, Actual, t-1, ss.refs[y].last, RulePossessive)
	if rival {
		ss.relate(Opposes, x, ss.refs[y].actor, Actual, t-1, ss.refs[y].last, RulePossessive)
	}
	return true
}

// rivalsAmong reads a noun for rivals before a list of two or more actors ("the political
// rivals Laurent Gbagbo and Alassane Ouattara"): each of them opposes each other one.
func (ss *sentState) rivalsAmong(t int) bool {
	list, end := ss.refList(t + 1)
	if len(list) < 2 {
		return false
	}
	for _, a := range list {
		for _, b := range list {
			if x, y := ss.refs[a].actor, ss.refs[b].actor; x != y && x != "" && y != "" {
				ss.relate(Opposes, x, y, Actual, t, end, RulePossessive)
			}
		}
	}
	return true
}

// allyPredicate reads the noun for a supporter at item t as a predicate: "Belarus is
// Russia's closest ally", "Lukashenko remains Moscow's most loyal ally". The subject
// before the verb supports the owner before "'s".
func (ss *sentState) allyPredicate(t int) bool {
	s := t - 1
	for s > t-4 && s > 0 && ss.isLowerWord(s) && ss.items[s].ref < 0 {
		s-- // "closest", "most loyal"
	}
	if ss.keyAt(s) != kwPossessive {
		return false
	}
	x := ss.outerRef(s - 1)
	if x < 0 || ss.refs[x].last != s || ss.refs[x].actor == "" {
		return false
	}
	b := ss.refs[x].first - 1 // the verb
	if !ss.itemIn(b, beForms) && !ss.itemIn(b, appositiveVerbs) {
		return false
	}
	y := ss.outerRef(b - 1)
	if y < 0 || ss.refs[y].last != b || ss.refs[y].actor == "" || ss.refs[y].actor == ss.refs[x].actor {
		return false
	}
	ss.relate(Supports, ss.refs[y].actor, ss.refs[x].actor, Actual, ss.refs[y].first, t+1, RulePossessive)
	return true
}
