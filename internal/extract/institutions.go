package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file names the institutions of states that the text names generically: "Sudan's
// Foreign Ministry" and "the Ministry of Foreign Affairs of Ethiopia" are the Sudanese
// Foreign Ministry and the Ethiopian Ministry of Foreign Affairs, never a bare foreign
// ministry that every state's would merge into.

// stateInstitution returns the actor of the name ref i when it is a generic institution
// (genericInstitution) of the state before its "'s" or after its "of", named and
// identified with that state's demonym, and part of it (Actor.Country); or nil. That
// holds for a name the lexicon gives another state's institution too: "the Senate of
// Bolivia" is not the U.S. Senate.
func (ss *sentState) stateInstitution(i int) *Actor {
	r := &ss.refs[i]
	if r.kind != Organization || r.country != "" || r.entity != nil && (r.entity.Kind != Organization || r.entity.Country == "") {
		return nil
	}
	state, end := "", int32(0)
	if i > 0 && ss.refs[i-1].last == r.first-1 && ss.keyAt(r.first-1) == kwPossessive {
		state = ss.refs[i-1].actor // "Sudan's Foreign Ministry"
	} else if ss.keyAt(r.last) == kwOf {
		if x := ss.outerRef(r.last + 1); x >= 0 && ss.refs[x].first == r.last+1 && ss.refs[x].entity != nil {
			state = ss.refs[x].entity.ID // "the Ministry of Foreign Affairs of Ethiopia"
			end = int32(ss.items[ss.refs[x].last-1].last)
		}
	}
	if state == "" {
		return nil
	}
	c := ss.lex.countries[state]
	if c == nil || c.Demonym == "" || r.entity != nil && r.entity.Country == c.ID {
		return nil
	}
	words := ss.nameWords(r.alias)
	if !ss.genericInstitution(words) {
		return nil
	}
	name := c.Demonym + " " + titleCase(ss.spanText(r.alias)) // "foreign ministry" as a name
	id := fold.Slug(name)
	if end > 0 {
		r.alias[1] = end // its name as written is "the Congress of the Republic of Guatemala"
	}
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

// stateOrgan reports whether the organization a is an organ of its state: flagged state
// in the lexicon, or, found by its shape, a generic institution after its state's
// demonym ("Chadian Defence Ministry").
func (st *Doc) stateOrgan(a *Actor) bool {
	if e := st.lexOf(a).org; e != nil {
		return e.Flags&orgState != 0
	}
	words := strings.Fields(fold.Key(a.Name))
	c := st.lex.countries[a.Country]
	if len(words) < 2 || c == nil || fold.Key(c.Demonym) != words[0] {
		return false
	}
	return st.genericInstitution(words[1:])
}

// titleCase capitalizes the first letter of each word of s but "of", "for" and "and".
func titleCase(s string) string {
	words := strings.Fields(s)
	for k, w := range words {
		if w != "of" && w != "for" && w != "and" && w != "" && w[0] >= 'a' && w[0] <= 'z' {
			words[k] = string(w[0]-'a'+'A') + w[1:]
		}
	}
	return strings.Join(words, " ")
}
