package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file gives the actors that coreference resolved the titles their refs carry: the
// role, its principal (the state a person already serves for "the country's"; the
// office of the person a "counterpart" answers), and the relation the title implies.

// counterpartTitle returns the title of the last person before ref i in the sentence who
// holds one that is no "counterpart", or nil.
func (ss *sentState) counterpartTitle(i int) *titleInfo {
	for k := i - 1; k >= 0; k-- {
		if t := ss.refs[k].title; t != nil && t.Flags&titleCounterpart == 0 && ss.refs[k].kind == Person && ss.refs[k].actor != "" {
			return t
		}
	}
	// "Britain's ambassador, Barbara Woodward, spoke. Her French counterpart, ...": the
	// office of the person "his" or "her" stands for, named in an earlier sentence.
	first := ss.refs[i].first
	for k := i - 1; k >= 0; k-- {
		if d := &ss.refs[k]; d.same == int32(i+1) && d.title != nil && d.title.Flags&titleCounterpart != 0 {
			first = d.first // "his Russian counterpart, Sergei Lavrov": the description's "his"
			break
		}
	}
	if k := ss.itemKey(first); k == "his" || k == "her" {
		if a := ss.antecedentBut(k, ss.refs[i].actor); a != "" {
			for r := len(ss.Roles.vals) - 1; r >= 0; r-- {
				if v := &ss.Roles.vals[r]; v.owner.ID == a {
					if t := ss.lex.titles[fold.Key(v.val.Title)]; t != nil && t.Flags&titleCounterpart == 0 {
						return t
					}
				}
			}
		}
	}
	return nil
}

// collectiveActor returns the principal of an indefinite description with one ("a U.S.
// official said", "a Hamas negotiator"), or of any description whose title speaks for its
// principal ("the representative of Egypt"): an unnamed member stands for the state or
// body in relations, though it is no alias of it.
func (ss *sentState) collectiveActor(i int) string {
	r := &ss.refs[i]
	if r.of < 0 {
		return ""
	}
	if k := ss.itemKey(r.first - 1); k != "a" && k != "an" && r.title.Flags&(titleCounterpart|titleSpeaksFor) == 0 {
		return "" // "its Indian counterpart", unnamed, is the Indian side too
	}
	return ss.refs[r.of].actor
}

// assignRole gives the actor of ref i the title of the ref, or of a description linked to
// it, and records the relation the title implies.
func (ss *sentState) assignRole(i int) {
	r := &ss.refs[i]
	// A description that resolved to a known actor gives a role only with a principal:
	// "the Qatari prime minister" states one, "the President-elect" repeats one.
	if r.title == nil || r.actor == "" || r.collective || r.desc && r.same == 0 && r.of < 0 {
		return
	}
	t := r.title
	if t.Flags&titleRank != 0 {
		// "Senior General Min Aung Hlaing": a rank is no office, but one tied to a state or
		// force makes a member of it ("U.S. General X", "Rwandan Colonel Y").
		if r.of >= 0 && !r.former && ss.ruleEnabled(RuleRole) {
			if of := ss.refs[r.of].actor; of != "" && of != r.actor && !ss.refs[r.of].pronoun && !ss.refs[r.of].class {
				first, last := ss.roleSpan(r)
				ss.addRelation(MemberOf, r.actor, of, Actual, ss.n, first, last, RuleRole)
			}
		}
		return
	}
	if t.Flags&titleCounterpart != 0 {
		// "Wang Yi and his Japanese counterpart, Takeshi Iwaya": the office of the person
		// it is the counterpart of, the last titled person before it in the sentence.
		if t = ss.counterpartTitle(i); t == nil {
			return
		}
	}
	of := ""
	if r.of >= 0 {
		of = ss.refs[r.of].actor
		if of == r.actor {
			of = ""
		}
		if p := &ss.refs[r.of]; p.class && p.kind == Country {
			// "Phumtham, who is also the country's defence minister": the state whose
			// official the text has made him, not the last one named.
			if s := ss.stateOf(r.actor); s != "" {
				of = s
			}
		}
	}
	title, rel := t.Title, t.Relation
	if r.portfolio[1] > r.portfolio[0] {
		if pf := strings.ToLower(ss.spanText(r.portfolio)); r.portfolioFirst {
			title = pf + " " + title // "justice and human rights minister"
		} else {
			title += " " + pf // "minister of trade"
		}
	}
	if r.deputy != 0 {
		title, rel = keywords[r.deputy]+" "+title, MemberOf
	}
	if rel == LeaderOf && r.of >= 0 && ss.headsDelegation(int(r.of)) {
		rel = MemberOf // "the head of the Senegalese delegation" leads the delegation, not Senegal
	}
	if r.former {
		title = "former " + title
	}
	a := ss.actors[r.actor]
	if a == nil {
		return
	}
	m := t.Modality
	if r.incoming {
		m = Planned
	}
	first, last := ss.roleSpan(r)
	collective := t.Flags&titleCollective != 0 && a.Kind != Country
	if a.Kind != Country {
		p := pendingRole{role: len(ss.Roles.vals), actor: r.actor, title: t, rel: rel, modality: m,
			former: r.former, sent: ss.n, first: first, last: last}
		if of == "" && (a.Kind == Person || a.Kind == "") && ss.inferring() {
			// The principal may be inferred after the last sentence (infer.go).
			p.near, p.here = ss.statesNear(i)
			p.place = ss.placeState()
			p.party = ss.partyOf(i)
			if r.of >= 0 && ss.refs[r.of].desc && ss.refs[r.of].title != nil {
				p.office = ss.refs[r.of].title.Head // "of the Secretary-General", whom the text does not name
			}
			if !collective {
				ss.pending = append(ss.pending, p)
			}
		}
		if collective {
			ss.collective = append(ss.collective, p) // "junta leader": see collectivePrincipals
		}
		by := RuleRole
		if r.byLexicon {
			by = RuleOfficeHolder // "the Russian leader" is Putin by the lexicon
		}
		ss.Roles.add(a, Role{Title: title, Of: of, By: by}) // a member state holds no office
	}
	ss.addHolder(r.actor, t, of)
	if r.kind == Person && a.Kind == "" {
		a.Kind = Person
	}
	if collective || r.former || of == "" || rel == "" || !ss.ruleEnabled(RuleRole) {
		return
	}
	by := RuleRole
	if r.byLexicon {
		by = RuleOfficeHolder
	}
	ss.addRelation(rel, r.actor, of, m, ss.n, first, last, by)
}

// stateOf returns the state the actor with ID id is or holds an office of, or "".
func (st *Doc) stateOf(id string) string {
	a := st.actors[id]
	if a == nil {
		return ""
	}
	if a.Kind == Country {
		return a.ID
	}
	for _, v := range st.Roles.vals {
		if v.owner == a && v.val.Of != "" && st.actors[v.val.Of] != nil && st.actors[v.val.Of].Kind == Country {
			return v.val.Of
		}
	}
	return ""
}

// partyOf returns the person whose party ref i is listed in, after "was accompanied by"
// or "was joined by" ("the Prime Minister was accompanied by External Affairs Minister A,
// Foreign Secretary B and Ambassador C"), or "".
func (ss *sentState) partyOf(i int) string {
	if ss.sets&partyVerbs == 0 {
		return "" // most sentences list no party
	}
	k := ss.refs[i].first - 1
	for k >= 0 {
		if key := ss.keyAt(k); key == kwComma || key == kwAnd {
			k--
		} else if r := ss.outerRef(k); r >= 0 {
			k = ss.refs[r].first - 1
		} else {
			break
		}
	}
	if s := ss.partyBefore(k); s >= 0 {
		return ss.refs[s].actor
	}
	return ""
}

// partyBefore returns the ref of the person before "was accompanied by" or "was joined
// by" whose "by" is item k, or -1: the party the names after k are in.
func (ss *sentState) partyBefore(k int) int {
	if ss.keyAt(k) != kwBy || !ss.itemIn(k-1, partyVerbs) {
		return -1
	}
	if !ss.itemIn(k-2, beForms) {
		return -1
	}
	end := k - 2
	if ss.itemKey(end-1) == "who" && ss.keyAt(end-2) == kwComma {
		end -= 2 // "Okafor, who was joined by"
	}
	// "Mahama was joined by": a person named before, perhaps by surname.
	if s := ss.outerRef(end - 1); s >= 0 && ss.refs[s].last == end &&
		(ss.refs[s].kind == Person || ss.isPerson(ss.refs[s].actor)) {
		return s
	}
	return -1
}

// headsDelegation reports whether the principal ref p of a title is a delegation of its
// actor: "the Senegalese delegation", "Senegal's delegation".
func (ss *sentState) headsDelegation(p int) bool {
	last := ss.refs[p].last
	if ss.keyAt(last) == kwPossessive {
		last++
	}
	return ss.classAt(last)&wordDelegation != 0 || ss.classAt(last-1)&wordDelegation != 0
}

// roleSpan returns the tokens [first, last) of the title and name of ref r, with the
// description that names the same actor.
func (ss *sentState) roleSpan(r *ref) (first, last int) {
	first, last = ss.items[r.first].first, ss.items[r.last-1].last
	if r.same > 0 {
		n := ss.refs[r.same-1]
		first = min(first, ss.items[n.first].first)
		last = max(last, ss.items[n.last-1].last)
	}
	return first, last
}
