package extract

import "slices"

// This file is the part of coreference (stage 5, with coref.go) that resolves personal
// pronouns: the people mentioned lately, the sentence's subject, and which of them "he",
// "she", "his", "her" or "him" means; and "the country" inside a state's own phrase.

// maxRecentPeople bounds the people a pronoun may refer back to.
const maxRecentPeople = 8

// mentionPerson records that a person was just mentioned.
func (st *Doc) mentionPerson(id string) {
	if st.coref.sentSubject == "" {
		st.coref.sentSubject = id
	}
	if n := len(st.coref.recent); n > 0 && st.coref.recent[n-1] == id {
		return // mentioned last already, as a sentence's people often are
	}
	if i := slices.Index(st.coref.recent, id); i >= 0 {
		st.coref.recent = slices.Delete(st.coref.recent, i, i+1)
	}
	if len(st.coref.recent) == maxRecentPeople {
		st.coref.recent = st.coref.recent[1:]
	}
	st.coref.recent = append(st.coref.recent, id)
}

// clauseSubjectOf returns the actor an object pronoun k at ref i cannot refer to: the
// subject right before it that opens its clause (at the start of the sentence, after
// "that", a comma, ", and" or a reporting verb), with no comma, conjunction or preposition's object
// between ("said that Erdogan planned to host him": not Erdogan), or "".
func (ss *sentState) clauseSubjectOf(i int, k string) string {
	if k != "him" || i == 0 {
		return ""
	}
	q := &ss.refs[i-1]
	if q.inside != 0 || q.prep != 0 || q.actor == "" || q.pronoun {
		return ""
	}
	if b := q.first - 1; b >= 0 && ss.keyAt(b) != kwThat && ss.keyAt(b) != kwComma && ss.classAt(b)&wordReporting == 0 &&
		!(ss.keyAt(b) == kwAnd && ss.keyAt(b-1) == kwComma) { // ", and Kristen Michal will host him"
		return "" // "challenged Putin to meet him": an object, not the clause's subject
	}
	for j := q.last; j < ss.refs[i].first; j++ {
		if ss.isClauseBreak(j) || ss.keyAt(j) == kwComma || ss.keyAt(j) == kwThat || ss.classAt(j)&wordReporting != 0 {
			return ""
		}
	}
	return q.actor
}

// subjectInClause returns the sentence's subject, its first person, when ref i is in its
// clause, or "" when a new clause has begun before it (", and", ", but", a semicolon: in
// "Min Aung Hlaing was not invited, and no meeting between him and Widodo is planned",
// "him" may be Min Aung Hlaing; a subordinate clause with a subject of its own: in "Mahmud
// was jailed after Indonesia accused him", "him" may be Mahmud) or when another actor
// comes first as the subject.
func (ss *sentState) subjectInClause(i int) string {
	for j := ss.refs[i].first - 1; j > 0; j-- {
		if k := ss.keyAt(j); k == kwSemicolon || ss.keyAt(j-1) == kwComma && (k == kwAnd || ss.itemKey(j) == "but") {
			return ""
		}
		if ss.itemIn(j, subordinators) && ss.subordinateSubject(j+1) {
			return ""
		}
	}
	for k := 0; k < i; k++ {
		q := &ss.refs[k]
		if q.actor == ss.coref.sentSubject {
			break
		}
		if q.inside == 0 && q.prep == 0 && q.actor != "" && !q.pronoun {
			return "" // "Britain sanctioned Ivan Petrov, accusing him": Petrov is no subject
		}
	}
	return ss.coref.sentSubject
}

// subordinateSubject reports whether a ref starts at item j, after a subordinating
// conjunction, and a verb or auxiliary follows it: the subject of a clause of its own
// ("after Indonesia accused him"), not the object of a preposition ("during Ruto's visit").
func (ss *sentState) subordinateSubject(j int) bool {
	r := ss.outerRef(j)
	if r < 0 || ss.refs[r].first != j || ss.refs[r].last >= len(ss.items) {
		return false
	}
	v := ss.refs[r].last
	return ss.isVerb(v) || ss.itemIn(v, auxiliaries)
}

// ownerBeforeIs reports whether the ref before ref i, a few items back in its noun phrase,
// is the possessive or the modifier of a noun of the actor id: "the UK's support for the
// country's peace process", "the US embargo against the island", where "the country" and
// "the island" are another state.
func (ss *sentState) ownerBeforeIs(i int, id string) bool {
	if i == 0 {
		return false
	}
	q := &ss.refs[i-1]
	return q.actor == id && (ss.keyAt(q.last) == kwPossessive || ss.isLowerWord(q.last) && !ss.isVerb(q.last)) &&
		ss.refs[i].first-q.last <= 5
}

// antecedentBut returns the person a pronoun refers to, never id: a pronoun inside a
// mention does not point at the person the mention names ("his Russian counterpart, Sergei
// Lavrov" is not Lavrov's). "he" and "she" prefer the subject of the sentence (its first
// person) and then of the previous one; "his", "her" and "him" prefer the person mentioned
// last. A person whose gender earlier pronouns showed is never taken for a pronoun of the
// other gender.
func (st *Doc) antecedentBut(pronoun, id string) string {
	return st.antecedentOf(pronoun, id, st.coref.sentSubject)
}

// antecedentOf is antecedentBut, with the subject an object pronoun may not refer to.
func (st *Doc) antecedentOf(pronoun, id, subject string) string {
	g := byte('m')
	if st.lex.info(pronoun).class&wordPronounF != 0 {
		g = 'f'
	}
	not := id
	fits := func(id string) bool {
		known := st.coref.gender[id]
		return id != "" && id != not && (known == 0 || known == g)
	}
	pick := func(id string) string {
		st.coref.gender[id] = g
		if a := st.actors[id]; a != nil && a.Kind == "" {
			a.Kind = Person // "he" and "she" refer to people
		}
		return id
	}
	if pronoun == "he" || pronoun == "she" {
		if fits(st.coref.sentSubject) {
			return pick(st.coref.sentSubject)
		}
		if st.coref.sentSubject == "" && fits(st.coref.prevSubject) {
			return pick(st.coref.prevSubject)
		}
	}
	for i := len(st.coref.recent) - 1; i >= 0; i-- {
		id := st.coref.recent[i]
		// An object pronoun does not point at the subject of its own sentence: in
		// "Biden met him", "him" is someone else.
		if (pronoun == "him" || pronoun == "her") && id == subject && subject != "" {
			continue
		}
		if fits(id) {
			return pick(id)
		}
	}
	return ""
}
