package extract

import "github.com/actorgraph/actorgraph/internal/fold"

// This file names the institutions of states that the text names generically: "Sudan's
// Foreign Ministry" and "the Ministry of Foreign Affairs of Ethiopia" are the Sudanese
// Foreign Ministry and the Ethiopian Ministry of Foreign Affairs, never a bare foreign
// ministry that every state's would merge into.

// stateInstitution returns the actor of the name ref i when it is a generic institution
// (genericInstitution) of the state before its "'s" or after its "of", named and
// identified with that state's demonym, and part of it (Actor.Country); or nil.
func (ss *sentState) stateInstitution(i int) *Actor {
	r := &ss.refs[i]
	if r.kind != Organization || r.country != "" {
		return nil
	}
	state := ""
	if i > 0 && ss.refs[i-1].last == r.first-1 && ss.keyAt(r.first-1) == kwPossessive {
		state = ss.refs[i-1].actor // "Sudan's Foreign Ministry"
	} else if ss.keyAt(r.last) == kwOf {
		if x := ss.outerRef(r.last + 1); x >= 0 && ss.refs[x].first == r.last+1 && ss.refs[x].entity != nil {
			state = ss.refs[x].entity.ID // "the Ministry of Foreign Affairs of Ethiopia"
		}
	}
	if state == "" {
		return nil
	}
	c := ss.lex.countries[state]
	if c == nil || c.Demonym == "" {
		return nil
	}
	words := ss.nameWords(r.alias)
	if !ss.genericInstitution(words) {
		return nil
	}
	name := c.Demonym + " " + ss.spanText(r.alias)
	id := fold.Slug(name)
	return ss.actorFor(id, Actor{ID: id, Name: name, Kind: Organization, Country: c.ID})
}

// genericInstitution reports whether the fold keys words name a kind of institution and
// no particular one: organization head nouns ("ministry", "department") and the domains
// of offices ("foreign", "affairs"), joined by "of", "for" and "and".
func (st *Doc) genericInstitution(words []string) bool {
	head := false
	for _, w := range words {
		info := st.lex.info(w)
		switch {
		case info.flags&keyOrgHead != 0:
			head = true
		case info.class&wordPortfolio != 0, w == "of", w == "for", w == "and":
		default:
			return false
		}
	}
	return head
}
