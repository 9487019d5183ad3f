package extract

import "slices"

// This file holds the frames of stage 6 for hosts and mediators (GUIDELINES 6.1.5): a
// host, convener or mediator of a gathering relates to each of its parties, whether the
// text names it as the agent of a passive ("talks mediated by Qatar between A and B"), as
// the subject of a gathering ("Qatar hosted talks between A and B") or as the first part
// of a compound ("EU-brokered talks"). The rows say which triggers host: constraint host
// of triggers.tsv.

// hostFrame reads a gathering with a host trigger in the passive: "talks in Ankara hosted
// by Erdogan", "a signing ceremony hosted by X", "talks mediated by Qatar and Turkey
// between A and B"; for a mediator, an agreement is such a gathering too ("a ceasefire
// brokered by Egypt"). The agents meet (or, for a mediator, talk) with each party of the
// gathering: the parties after "between", else those the sentence already has meeting or
// talking, else the clause's subjects, else the last actors named together.
func (ss *sentState) hostFrame(t int, tr *trigger) bool {
	if ss.keyAt(t+1) != kwBy { // a host trigger (needHost): applyFrames tries no other
		return false
	}
	g := -1 // the gathering, before the trigger or before a place: "talks in Ankara hosted by", "held talks mediated by"
	for i := t - 1; i >= max(0, t-5) && !ss.isClauseBreak(i); i-- {
		if ss.lastWordClass(i)&wordGathering != 0 || tr.Relation == NegotiatesWith && ss.negotiationNoun(i) {
			g = i
			break
		}
	}
	if g < 0 {
		return false
	}
	agents, end := ss.refList(t + 2)
	if len(agents) == 0 {
		return false
	}
	agents = slices.Clone(agents) // the parties' refList below reuses ss.listArgs
	var parties []string
	if ss.keyAt(end) == kwBetween {
		list, lend := ss.refList(end + 1)
		for _, r := range list {
			parties = append(parties, ss.refs[r].actor)
		}
		if len(parties) >= 2 {
			// "talks mediated by Qatar between A and B": the talks are between them.
			rel := MeetsWith
			if tr.Relation == NegotiatesWith {
				rel = NegotiatesWith
			}
			ss.relatePairs(rel, len(parties), func(a int) string { return parties[a] }, ss.modality(g, tr), g, lend, RuleNounBetween)
			end = lend
		}
	}
	if len(parties) == 0 {
		parties = ss.partiesInSentence()
	}
	if len(parties) == 0 {
		parties, _ = ss.subjects(g)
	}
	if len(parties) == 0 {
		parties = ss.coref.lastGroup
	}
	m := ss.modality(t, tr)
	for _, a := range agents {
		for _, p := range parties {
			ss.relate(tr.Relation, ss.refs[a].actor, p, m, g, end, RulePassive)
		}
	}
	return true
}

// gatheringObjectFrame reads a host trigger whose object is a gathering between parties:
// "Qatar and Egypt mediated talks between Israel and Hamas", "Oman hosted a round of talks
// between Riyadh and the Houthis", or "the talks" the text told of before (lastTalks).
// Each subject relates to each party (the parties' own relation is the gathering noun's);
// the subjects, co-mediators or co-hosts, relate to none of each other.
func (ss *sentState) gatheringObjectFrame(t int, tr *trigger) bool {
	g := -1 // tr is a host trigger (needHost): applyFrames tries no other
	for i := t + 1; i < len(ss.items) && i <= t+4; i++ {
		if ss.hostedAt(i) {
			g = i
			break
		}
		if !ss.isLowerWord(i) {
			break
		}
	}
	if g < 0 {
		return ss.relativeGatheringFrame(t, tr)
	}
	parties, end := ss.partiesBetween(g)
	if len(parties) == 0 && ss.keyAt(g+1) == kwWith {
		// "mediate a meeting with A, B and C"
		list, lend := ss.refList(g + 2)
		if ss.keyAt(lend) != kwAs { // "talks with Saudi Arabia as co-hosts"
			for _, r := range list {
				parties = append(parties, ss.refs[r].actor)
			}
			end = lend
		}
	}
	if len(parties) == 0 && ss.keyAt(t+1) == kwThe {
		// "Egypt, which mediated the talks": the talks the text told of before.
		parties, end = ss.lastTalks(), g+1
	}
	subjects, from := ss.subjects(t)
	if len(parties) == 0 || len(subjects) == 0 {
		return false
	}
	if ss.keyAt(end) == kwAlongside {
		// "which mediated the talks alongside Qatar": a co-host or co-mediator.
		parties = slices.Clone(parties) // the co-hosts' refList reuses ss.listArgs
		subjects = slices.Clone(subjects)
		list, aend := ss.refList(end + 1)
		for _, r := range list {
			subjects = append(subjects, ss.refs[r].actor)
		}
		end = aend
	}
	m := ss.modality(t, tr)
	for _, s := range subjects {
		for _, p := range parties {
			ss.relate(tr.Relation, s, p, m, min(from, t), end, RuleVerb)
		}
	}
	return true
}

// relativeGatheringFrame reads a host trigger in a relative clause whose antecedent is a
// gathering or a deal: "under a deal between the two countries that China brokered",
// "the talks, which Oman hosted". The relative clause's subject relates to each party the
// sentence has meeting or talking before it.
func (ss *sentState) relativeGatheringFrame(t int, tr *trigger) bool {
	s := ss.outerRef(t - 1)
	if s < 0 || ss.refs[s].last != t {
		return false
	}
	w := ss.refs[s].first - 1
	if k := ss.keyAt(w); k != kwThat && k != kwWhich {
		return false
	}
	g := -1
	for i := w - 1; i >= 0 && i >= w-8; i-- {
		if ss.hostedAt(i) {
			g = i
			break
		}
		if k := ss.keyAt(i); k == kwPeriod || k == kwSemicolon || k == kwColon {
			return false
		}
	}
	if g < 0 {
		return false
	}
	parties := ss.partiesInSentence()
	if len(parties) == 0 {
		return false
	}
	subjects, from := ss.subjects(t)
	subjects = slices.Clone(subjects)
	m := ss.modality(t, tr)
	for _, x := range subjects {
		for _, p := range parties {
			ss.relate(tr.Relation, x, p, m, min(from, g), t+1, RuleVerb)
		}
	}
	return len(subjects) > 0
}

// hostedAt reports whether item i is what a host or mediator brings about: a gathering
// (words.tsv) or a noun of negotiation ("brokered a deal between X and Y").
func (ss *sentState) hostedAt(i int) bool { return ss.classOrNoun(i, wordGathering, NegotiatesWith) }

// partiesBetween returns the actors after "between" within a few words of the gathering
// noun at item g ("talks on Sunday between X and Y") and the item after them; none when
// another actor or a clause break comes first. The list is a copy.
func (ss *sentState) partiesBetween(g int) ([]string, int) {
	for b := g + 1; b < len(ss.items) && b <= g+4; b++ {
		if ss.keyAt(b) == kwBetween {
			list, end := ss.refList(b + 1)
			var ids []string
			for _, r := range list {
				ids = append(ids, ss.refs[r].actor)
			}
			return ids, end
		}
		if ss.items[b].ref >= 0 || ss.isClauseBreak(b) {
			break
		}
	}
	return nil, g
}

// lastTalks returns the parties of the last talks or meeting a sentence before this one
// told of ("X and Y met. Z hosted the meeting"): the ends of the last negotiates-with or
// meets-with evidence found there that happened or may, or none.
func (ss *sentState) lastTalks() []string {
	for i := len(ss.Evidence.vals) - 1; i >= 0; i-- {
		e := &ss.Evidence.vals[i]
		if r := e.owner; e.val.Sentence < ss.n && (r.Type == NegotiatesWith || r.Type == MeetsWith) && r.Modality != Negated {
			return []string{r.Source, r.Target}
		}
	}
	return nil
}

// partiesInSentence returns the actors the sentence so far has meeting or talking with
// each other.
func (ss *sentState) partiesInSentence() []string {
	var ids []string
	for i := len(ss.Evidence.vals) - 1; i >= 0 && ss.Evidence.vals[i].val.Sentence == ss.n; i-- {
		if r := ss.Evidence.vals[i].owner; r.Type == MeetsWith || r.Type == NegotiatesWith {
			for _, id := range [...]string{r.Source, r.Target} {
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
	}
	slices.Sort(ids) // the order relations were found in, whatever their evidence order
	return ids
}

// hyphenHost reads "X-TRIGGERed GATHERING" for a host trigger: "Vucic and Kurti left
// EU-brokered talks", "the Taliban attended UN-hosted talks", "EU-brokered talks between
// Serbia and Kosovo". X, the ref a, relates to each party: those after "between", else the
// subjects of the clause. It reports whether it read the phrase.
func (ss *sentState) hyphenHost(a, t int, tr *trigger) bool {
	if tr.Needs&needHost == 0 {
		return false
	}
	g := -1
	for j := t + 1; j < len(ss.items) && j <= t+3; j++ {
		if ss.hostedAt(j) {
			g = j
			break
		}
		if ss.isClauseBreak(j) {
			return false
		}
	}
	if g < 0 {
		return false
	}
	parties, end := ss.partiesBetween(g)
	from := ss.refs[a].first
	if len(parties) == 0 {
		parties, from = ss.subjects(ss.refs[a].first)
		end = g + 1
	}
	m := ss.modality(t, tr)
	for _, p := range parties {
		ss.relate(tr.Relation, ss.refs[a].actor, p, m, min(from, ss.refs[a].first), end, RuleHyphenPair)
	}
	return true
}

// negotiationNoun reports whether item i is a noun trigger of talks or an agreement
// ("ceasefire", "deal").
func (ss *sentState) negotiationNoun(i int) bool {
	return ss.triggerAt(i, func(tr *trigger) bool { return !tr.Verb && tr.Relation == NegotiatesWith })
}

// verbNeeds reports whether the item at i is a verb trigger with one of the constraints
// needs, among its readings ("mediate" is also read as a noun, before "between").
func (ss *sentState) verbNeeds(i int, needs triggerNeed) bool {
	return ss.triggerAt(i, func(tr *trigger) bool { return tr.Verb && tr.Needs&needs != 0 })
}

// jointGathering reports whether the objects of the meeting or talks trigger tr at item t,
// which end at item end, meet or talk with each other too (GUIDELINES 6.1.4): the
// gathering is a joint one ("a trilateral meeting with A, B and C", "met A and B in a
// three-way meeting"), or a host, mediator or convener brings it about ("mediate a meeting
// with A, B and C", "convene a meeting with A and B").
func (ss *sentState) jointGathering(t, end int, tr *trigger) bool {
	if tr.Relation != MeetsWith && tr.Relation != NegotiatesWith {
		return false
	}
	if !tr.Verb {
		for i := t - 1; i >= 0 && i >= t-4 && (ss.isLowerWord(i) || ss.keyAt(i) == kwHyphen); i-- {
			if ss.classAt(i)&wordJoint != 0 {
				return true
			}
			if ss.verbNeeds(i, needHost|needEachOther) {
				return true // "mediate a meeting with", "convene a meeting with"
			}
		}
		return false
	}
	// "met A and B in a trilateral meeting"
	if k := ss.keyAt(end); k != kwIn && k != kwAt && k != kwFor {
		return false
	}
	for i := end + 1; i < len(ss.items) && i <= end+5 && (ss.isLowerWord(i) || ss.keyAt(i) == kwHyphen); i++ {
		if ss.classAt(i)&wordJoint != 0 {
			return true
		}
	}
	return false
}
