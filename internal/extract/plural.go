package extract

import "slices"

// This file is the part of coreference (stage 5, with coref.go) that resolves plural
// reference: "they", "them", "both leaders", "the two sides", "the three countries". It
// remembers the actors each sentence names together (noteGroups, noteList) and gives a
// plural phrase the group it means (groupIDs). The relation frames ask it as they read
// each clause, because what "they" means depends on what the sentence has named before it.

// subjects returns the actors a clause is about and the item where they are named: the
// subject with everything coordinated with it ("Britain, France and Germany accused Iran"),
// or for "they" the last such list ("Australia, Bahrain and Canada said they supported").
// The list may be ss.listIDs, good until the next call.
func (ss *sentState) subjects(t int) ([]string, int) {
	r, group := ss.subject(t)
	if group != notPlural {
		ids := ss.groupIDs(t, group)
		if len(ids) >= 2 {
			ss.noteList(ids) // "the leaders condemned X ... They also criticised Y"
		}
		return ids, t
	}
	if r < 0 {
		if ss.openingIt(t) && ss.coref.lastBody != "" {
			// "The Treasury is designating X. It is also designating Y": the body the
			// sentences before opened with.
			return append(ss.listIDs[:0], ss.coref.lastBody), 0
		}
		return nil, t
	}
	ids := ss.listIDs[:0]
	for _, k := range ss.subjectList(r) {
		ids = append(ids, ss.refs[k].actor)
	}
	ss.listIDs = ids
	if a := ss.agentSubject(r); a >= 0 && ss.talksAt(t) {
		return ids, a // "Delegations from X and Y held talks": the delegations sit at the table
	}
	return ids, ss.refs[r].first
}

// groupIDs returns the actors a plural reference before item t means: for pluralThey the
// last coordination in the sentence or else the last list named, for pluralStates the last
// states or bodies named together, for pluralCountries the last states named together, for
// pluralPeople the last people named together or else the last two people named before the
// sentence.
func (ss *sentState) groupIDs(t int, group pluralRef) []string {
	switch group {
	case pluralThey:
		if ids := ss.groupBefore(t); len(ids) > 0 {
			return ids
		}
		return ss.coref.lastGroup
	case pluralCountries:
		if ids := ss.clausePair(t); len(ids) == 2 {
			return ids
		}
		if pair := ss.twoBefore(t, ss.isCountry); pair != nil {
			return pair // "Thai negotiators would meet Cambodian officials after fighting between the two countries"
		}
		return ss.coref.lastCountries
	case pluralStates:
		if ids := ss.groupBefore(t); len(ids) > 0 && !slices.ContainsFunc(ids, ss.isPerson) {
			return ids
		}
		if ids := ss.clausePair(t); len(ids) == 2 {
			return ids
		}
		if len(ss.coref.lastStates) > 0 {
			return ss.coref.lastStates
		}
		return ss.coref.lastGroup
	case pluralPeople:
		if pair := ss.twoBefore(t, ss.isPerson); pair != nil {
			return pair // "Fidan said he had not met Lavrov, but that the two spoke by phone"
		}
		if len(ss.coref.lastPeople) > 0 {
			return ss.coref.lastPeople
		}
		if n := len(ss.coref.recentBefore); n >= 2 {
			return []string{ss.coref.recentBefore[n-2], ss.coref.recentBefore[n-1]}
		}
	}
	return nil
}

// twoBefore returns the two actors of a kind (those fits reports) that the sentence names
// before item t, when it names exactly two, or nil.
func (ss *sentState) twoBefore(t int, fits func(id string) bool) []string {
	var pair []string
	for i := range ss.refs {
		r := &ss.refs[i]
		if r.first >= t || r.actor == "" || r.inside > 0 || r.weak || !fits(r.actor) || slices.Contains(pair, r.actor) {
			continue
		}
		if len(pair) == 2 {
			return nil
		}
		pair = append(pair, r.actor)
	}
	if len(pair) < 2 {
		return nil
	}
	return pair
}

// clausePair returns the two parties of the clause before item t when it relates a
// subject to a partner after "with", both states or bodies: "Iran restored relations with
// Saudi Arabia under a deal between the two countries". It returns nil otherwise; the
// slice is ss.listIDs, good until the next call.
func (ss *sentState) clausePair(t int) []string {
	w := -1
	for i := t - 1; i >= 0 && w < 0; i-- {
		if r := ss.outerRef(i); r >= 0 {
			if ss.refs[r].prep != kwWith {
				return nil // the partner is the last actor before the phrase
			}
			w = r
		}
	}
	if w < 0 || ss.refs[w].actor == "" || ss.isPerson(ss.refs[w].actor) {
		return nil
	}
	s, _ := ss.subject(ss.refs[w].first)
	if s < 0 || ss.refs[s].actor == "" || ss.isPerson(ss.refs[s].actor) || ss.refs[s].actor == ss.refs[w].actor {
		return nil
	}
	ss.listIDs = append(ss.listIDs[:0], ss.refs[s].actor, ss.refs[w].actor)
	return ss.listIDs
}

// groupBefore returns the last coordination of two or more actors before item t in the
// sentence ("Armenia and Azerbaijan said they had agreed").
func (ss *sentState) groupBefore(t int) []string {
	var ids []string
	for i := range ss.refs {
		r := &ss.refs[i]
		if r.inside > 0 || r.actor == "" || r.last > t || ss.keyAt(r.first-1) != kwAnd {
			continue
		}
		if l := ss.coordinatedBefore(i); len(l) >= 2 {
			ids = ids[:0]
			for _, k := range l {
				ids = append(ids, ss.refs[k].actor)
			}
		}
	}
	return ids
}

// noteGroups remembers the last coordination of two or more actors that a sentence puts in
// subject position, for a later "they".
func (ss *sentState) noteGroups() {
	for i := range ss.refs {
		r := &ss.refs[i]
		if r.inside > 0 || r.prep != 0 || r.actor == "" {
			continue
		}
		if k := ss.keyAt(r.first - 1); k != kwAnd {
			continue
		}
		if l := ss.coordinatedBefore(i); len(l) >= 2 {
			ids := ss.listIDs[:0]
			for _, k := range l {
				ids = append(ids, ss.refs[k].actor)
			}
			ss.listIDs = ids
			if ss.afterVerb(ss.refs[l[0]].first) {
				ss.noteStates(ids) // an object list: "the two countries" may mean it, "they" not
			} else {
				ss.noteList(ids)
			}
		}
	}
}

// afterVerb reports whether the phrase at item i follows a lower-case word that is
// neither a conjunction, a preposition nor a reporting verb: it is most likely a verb's
// object ("committing Caracas and Georgetown"), which a later "they" does not mean.
func (ss *sentState) afterVerb(i int) bool {
	j := i - 1
	if k := ss.keyAt(j); k == kwThe {
		j--
	}
	if j < 0 || !ss.isLowerWord(j) {
		return false
	}
	k := ss.keyAt(j)
	return k != kwAnd && k != kwOr && k != kwThat && !ss.itemIn(j, prepositions) && ss.classAt(j)&(wordReporting|wordFunction) == 0
}

// noteList records a list of actors named together, for "they", "the two" and "both"; a
// list of people is also kept apart for "the two leaders".
func (st *Doc) noteList(ids []string) {
	st.coref.lastGroup = append(st.coref.lastGroup[:0], ids...)
	people := 0
	for _, id := range ids {
		if a := st.actors[id]; a != nil && a.Kind == Person {
			people++
		}
	}
	switch people {
	case len(ids):
		st.coref.lastPeople = append(st.coref.lastPeople[:0], ids...)
	case 0:
		st.noteStates(ids)
	}
}

// noteStates records a list of states or bodies named together, for "the two
// governments" and, when all are states, "the two countries".
func (st *Doc) noteStates(ids []string) {
	if slices.ContainsFunc(ids, st.isPerson) {
		return
	}
	st.coref.lastStates = append(st.coref.lastStates[:0], ids...)
	if !slices.ContainsFunc(ids, func(id string) bool { a := st.actors[id]; return a == nil || a.Kind != Country }) {
		st.coref.lastCountries = append(st.coref.lastCountries[:0], ids...)
	}
}

// openingIt reports whether the sentence opens with "It" as the subject of the verb at item
// t, with only auxiliaries and adverbs between ("It is also designating", "It has imposed").
func (ss *sentState) openingIt(t int) bool {
	if ss.keyAt(0) != kwIt || !ss.isVerb(t) {
		return false
	}
	for i := 1; i < t; i++ {
		if !ss.itemIn(i, auxiliaries) && !ss.isAdverb(i) {
			return false
		}
	}
	return true
}

// noteBody records the state or body a sentence opens with as its subject ("The Treasury
// Department on Monday designated ..."), for a later sentence's "It".
func (ss *sentState) noteBody() {
	i := 0
	if ss.keyAt(0) == kwThe {
		i = 1
	}
	r := ss.outerRef(i)
	if r < 0 || ss.refs[r].first > i || ss.refs[r].actor == "" || ss.refs[r].weak || ss.refs[r].pronoun || ss.refs[r].prep != 0 {
		return
	}
	if k := ss.refs[r].kind; k == Organization || k == Country {
		ss.coref.lastBody = ss.refs[r].actor
	}
}
