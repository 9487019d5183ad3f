package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file resolves regimes and rival governments, which the guidelines (3.6) make
// organizations of their own rather than aliases of their states: "Myanmar's military
// government", "the Myanmar regime" and "the junta" are the Myanmar junta; "the
// Lukashenko regime" is the regime Lukashenko leads. Plurals ("the juntas", "their
// military governments") stay the states. A government with a name of its own that the
// text says a person heads ("the Government of National Unity") is that person's
// government ("Dbeibah's government").

// regimeActor returns the actor of the regime ref i names (ref.regime). In a document that
// sets a regime against its own people (againstItsPeople), it is the regime the document
// named before with the same state or person, else a new one named after it ("Myanmar
// junta", "Lukashenko regime"), which a person leads; "the junta" alone is the last regime
// named, or the junta of the last state named, and "the regime" alone only the last regime
// named. In any other document a regime is its state's government (3.6), and stands for
// the state: the one named, or the one the person named leads. It returns nil when there
// is none.
func (ss *sentState) regimeActor(i int) *Actor {
	r := &ss.refs[i]
	junta := ss.itemKey(r.last-1) != "regime" || ss.itemKey(r.last-2) == "military"
	of := ""
	if r.of >= 0 {
		of = ss.refs[r.of].actor
	}
	if !ss.againstItsPeople() {
		if o := ss.actors[of]; o != nil && o.Kind != Country {
			of = ss.stateLedBy(of) // "the Maduro regime": Venezuela
		}
		r.kind = Country
		return ss.actors[of]
	}
	if of == "" {
		if id := ss.coref.lastRegime; id != "" {
			return ss.actors[id]
		}
		if junta {
			of = ss.coref.lastOfKind[kindSlot(Country)]
		}
	}
	o := ss.actors[of]
	if o == nil || o.Kind != Country && o.Kind != Person && o.Kind != "" {
		return nil
	}
	if id := ss.coref.regimes[of]; id != "" && ss.actors[id] != nil {
		ss.coref.lastRegime = id
		return ss.actors[id]
	}
	noun, country := " regime", ""
	if junta {
		noun = " junta"
	}
	if o.Kind == Country {
		country = o.ID
	} else {
		o.Kind = Person // "the Lukashenko regime": a person's
	}
	name := o.Name + noun
	id := fold.Slug(name)
	a := ss.actorFor(id, Actor{ID: id, Name: name, Kind: Organization, Country: country})
	ss.coref.regimes[of], ss.coref.lastRegime = a.ID, a.ID
	if o.Kind == Person && ss.ruleEnabled(RuleRole) {
		ss.addRelation(LeaderOf, o.ID, a.ID, Actual, ss.n, int(r.alias[0]), int(r.alias[1]), RuleRole)
	}
	return a
}

// againstItsPeople reports whether the document sets a regime against its own people, by a
// word of repression of words.tsv anywhere in it ("crackdown", "repression", "air strikes
// on civilians"): the guidelines' test (3.6) for a regime of its own. The document's
// tokens are read once, at its first regime.
func (st *Doc) againstItsPeople() bool {
	if st.coref.repression == 0 {
		st.coref.repression = -1
		for i := range st.tk.toks {
			if st.tk.info(i).class&wordRepression != 0 {
				st.coref.repression = 1
				break
			}
		}
	}
	return st.coref.repression > 0
}

// governmentLedBy returns the government with a name of its own (3.6: "the Government of
// National Unity" of a divided country, "the Kurdistan Regional Government") that the
// text has said the person with ID id leads ("Dbeibah, who heads the Government of
// National Unity"), or "".
func (st *Doc) governmentLedBy(id string) string {
	for _, r := range st.relBuf[:st.nRels] {
		if r.Type != LeaderOf || r.Source != id || r.Modality != Actual {
			continue
		}
		a := st.actors[r.Target]
		if a == nil || a.Kind != Organization {
			continue
		}
		words := strings.Fields(fold.Key(a.Name))
		head := len(words) - 1
		if i := slices.Index(words, "of"); i > 0 {
			head = i - 1 // "Government of National Unity"
		}
		if head >= 0 && st.lex.info(words[head]).class&wordGovernment != 0 {
			return a.ID
		}
	}
	return ""
}
