package extract

// This file reads the parties of a meeting: the people listed after "was accompanied by"
// or "was joined by" are in the party of the person before it, and meet whom that person
// meets (RuleCompanion, inferred): "Ruto met Mahama in Nairobi. Ruto was accompanied by
// Foreign Minister Mudavadi, and Mahama was joined by Finance Minister Forson" gives
// Mudavadi–Mahama, Forson–Ruto and Mudavadi–Forson, as a meeting of two delegations does
// (GUIDELINES 6.1.4), but nothing within one party.

// companion is a person listed in another's party.
type companion struct {
	party, member string
	sent          int // the sentence that lists the member, and its tokens [first, last)
	first, last   int
}

// companionReach is how many sentences after a meeting a list of its parties may come.
const companionReach = 2

// noteCompanions records the people the sentence lists in someone's party, for
// inferCompanions. findRelations calls it only for a sentence with a party verb
// (partyVerbs).
func (ss *sentState) noteCompanions() {
	for k := range ss.items {
		if ss.items[k].key != kwBy {
			continue
		}
		p := ss.partyBefore(k)
		if p < 0 {
			continue
		}
		members, _ := ss.refList(k + 1)
		for _, m := range members {
			r := &ss.refs[m]
			if r.actor == "" || r.actor == ss.refs[p].actor || r.kind != Person && !ss.isPerson(r.actor) {
				continue
			}
			ss.companions = append(ss.companions, companion{
				party: ss.refs[p].actor, member: r.actor, sent: ss.n,
				first: ss.items[ss.refs[p].first].first, last: ss.items[r.last-1].last,
			})
		}
	}
}

// inferCompanions gives each person listed in a party a meeting with whom the party's
// person met in that sentence or the companionReach before it, and with the people listed
// in that one's party: the meeting's modality, the list's evidence. A negated meeting
// gives none.
func (st *Doc) inferCompanions() {
	if len(st.companions) == 0 || !st.ruleEnabled(RuleCompanion) {
		return
	}
	done := map[[2]string]bool{}
	add := func(c *companion, other string, m Modality) {
		if other == c.member || st.inParty(c.party, other) || done[[2]string{c.member, other}] {
			return
		}
		done[[2]string{c.member, other}] = true
		st.addRelation(MeetsWith, c.member, other, m, c.sent, c.first, c.last, RuleCompanion)
	}
	for i, n := 0, len(st.Evidence.vals); i < n; i++ {
		r, e := st.Evidence.vals[i].owner, st.Evidence.vals[i].val
		if r.Type != MeetsWith || r.Modality == Negated || e.Rule == RuleCompanion {
			continue
		}
		for k := range st.companions {
			c := &st.companions[k]
			if c.sent < e.Sentence || c.sent > e.Sentence+companionReach {
				continue
			}
			other := r.otherEnd(c.party)
			if other == "" {
				continue
			}
			add(c, other, r.Modality)
			for _, d := range st.companions {
				if d.party == other && d.sent >= e.Sentence && d.sent <= e.Sentence+companionReach {
					add(c, d.member, r.Modality)
				}
			}
		}
	}
}

// inParty reports whether id is listed in the party of the person party.
func (st *Doc) inParty(party, id string) bool {
	for _, c := range st.companions {
		if c.party == party && c.member == id {
			return true
		}
	}
	return false
}
