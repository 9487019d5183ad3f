package actorgraph

// This file is stage 6 of the pipeline: relation patterns. Each trigger word of
// triggers.tsv is read in the frames its row allows, and each frame belongs to a rule of
// ruleTable (rules.go), which Parser.DisableRules can turn off and Evidence.Rule names.

import "slices"

// findRelations reads the relations stated by the sentence.
func (st *docState) findRelations(items []item, refs []ref, sent int) {
	st.inheritPrepositions(items, refs)
	defer st.noteGroups(items, refs)
	for t := range items {
		if items[t].kind != itLexicon {
			continue
		}
		// A word that is both noun and verb ("meeting", "call", "talks") is read as a noun
		// after a determiner, and as a verb only when no noun frame finds its ends.
		nounFound := false
		for _, v := range st.lex.valsIn(items[t].vals) {
			if v.kind == lexTrigger && !v.trigger.Verb && st.applyNoun(items, refs, t, v.trigger, sent) {
				nounFound = true
			}
		}
		if nounFound || st.itemIn(items, t-1, determiners) {
			continue
		}
		for _, v := range st.lex.valsIn(items[t].vals) {
			if v.kind == lexTrigger && v.trigger.Verb {
				st.verbFrame(items, refs, t, v.trigger, sent)
			}
		}
	}
}

// applyNoun tries the noun frames of a trigger at item t; the first frame that finds both
// ends wins, and applyNoun reports whether one did.
func (st *docState) applyNoun(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	return st.allyFrame(items, refs, t, tr, sent) ||
		st.betweenFrame(items, refs, t, tr, sent) ||
		st.hyphenFrame(items, refs, t, tr, sent) ||
		st.possessiveFrame(items, refs, t, tr, sent) ||
		st.objectFrame(items, refs, t, tr, sent, RuleNounObject) ||
		st.jointFrame(items, refs, t, tr, sent)
}

// allyFrame reads "X's ally Y" and "its ally Y": a noun for a supporter put before the
// supporter's name, so that Y supports X.
func (st *docState) allyFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if tr.Relation != Supports || !tr.State || !st.p.ruleEnabled(RulePossessive) {
		return false
	}
	y := st.outerRef(items, refs, t+1)
	if y < 0 || refs[y].first != t+1 || refs[y].actor == "" {
		return false
	}
	x := ""
	switch k := st.keyAt(items, t-1); k {
	case kwPossessive:
		if r := st.outerRef(items, refs, t-2); r >= 0 {
			x = refs[r].actor
		}
	case kwIts, kwTheir:
		for j := t - 2; j >= 0 && x == ""; j-- { // the actor "its" points back to
			if r := st.outerRef(items, refs, j); r >= 0 && refs[r].actor != "" && !refs[r].weak {
				x = refs[r].actor
			}
		}
	}
	if x == "" {
		return false
	}
	st.relate(Supports, refs[y].actor, x, Actual, sent, items, t-1, refs[y].last, RulePossessive)
	return true
}

// jointFrame reads a symmetric noun whose clause has several subjects: "Russia and Ukraine
// resumed talks", "the two sides held a summit".
func (st *docState) jointFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !tr.Relation.Symmetric() || tr.State || !st.p.ruleEnabled(RuleNounObject) || !st.afterLightVerb(items, t) {
		return false
	}
	list, from := st.subjects(items, refs, t)
	if len(list) < 2 {
		return false
	}
	m := st.modality(items, t, tr)
	for a := range list {
		for b := a + 1; b < len(list); b++ {
			st.relate(tr.Relation, list[a], list[b], m, sent, items, min(from, t), t+1, RuleNounObject)
		}
	}
	return true
}

// betweenFrame reads "TRIGGER between X and Y [and Z]" and relates every pair.
func (st *docState) betweenFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled(RuleNounBetween) {
		return false
	}
	b := t + 1 // "between", perhaps after a few words: "talks on Sunday between X and Y"
	for b < len(items) && b <= t+4 && st.keyAt(items, b) != kwBetween {
		if _, trig := items[b].has(st.lex, lexTrigger); items[b].ref >= 0 || st.isClauseBreak(items, b) || trig {
			return false
		}
		b++ // "talks in Beijing between X and Y"
	}
	if st.keyAt(items, b) != kwBetween {
		return false
	}
	list, end := st.refList(items, refs, b+1)
	ids := make([]string, len(list))
	for a, r := range list {
		ids[a] = refs[r].actor
	}
	if len(ids) < 2 {
		// "the war between the two countries", "a meeting between the two presidents"
		group, gend := st.groupPhrase(items, b+1)
		if ids, end = st.groupIDs(items, refs, t, group), gend; len(ids) < 2 {
			return false
		}
	}
	m := st.modality(items, t, tr)
	for a := range ids {
		for b := a + 1; b < len(ids); b++ {
			st.relate(tr.Relation, ids[a], ids[b], m, sent, items, t, end, RuleNounBetween)
		}
	}
	st.noteList(ids)
	return true
}

// hyphenFrame reads "X-Y [word] TRIGGER": two refs joined by a hyphen with no spaces.
func (st *docState) hyphenFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled(RuleHyphenPair) {
		return false
	}
	for y := t - 1; y >= max(0, t-2); y-- {
		b := st.outerRef(items, refs, y)
		if b < 0 || refs[b].last != y+1 {
			continue
		}
		h := refs[b].first - 1
		if h < 1 || st.keyAt(items, h) != kwHyphen || !st.adjacent(items, h-1, h) || !st.adjacent(items, h, h+1) {
			return false
		}
		a := st.outerRef(items, refs, h-1)
		if a < 0 {
			return false
		}
		st.relate(tr.Relation, refs[a].actor, refs[b].actor, st.modality(items, t, tr), sent, items, refs[a].first, t+1, RuleHyphenPair)
		st.noteList([]string{refs[a].actor, refs[b].actor}) // "the Trump-Lee summit ... the two leaders"
		return true
	}
	return false
}

// possessiveFrame reads "X's [word] TRIGGER PREP Y" ("Russia's war against Ukraine").
func (st *docState) possessiveFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled(RulePossessive) {
		return false
	}
	for s := t - 1; s >= max(0, t-5); s-- {
		a := -1
		switch {
		case st.keyAt(items, s) == kwTheir && tr.Relation.Symmetric():
			if objs, end := st.objects(items, refs, t, tr); len(objs) > 0 {
				// "the SAF he commands ... their war against the RSF": "their" is the
				// last body named before it, never a clause subject further back.
				for j := s - 1; j >= 0; j-- {
					if r := st.outerRef(items, refs, j); r >= 0 && refs[r].actor != "" && !refs[r].weak && !refs[r].pronoun &&
						st.actors[refs[r].actor] != nil && st.actors[refs[r].actor].Kind != Person {
						for _, o := range objs {
							st.relate(tr.Relation, refs[r].actor, refs[o].actor, st.modality(items, t, tr), sent, items, s, end, RulePossessive)
						}
						break
					}
				}
				return true
			}
			// "the two sides ... ended their two-year war": between the last two actors
			// named together. With more, "their strikes" are on someone else, and after a
			// group as the subject ("The Houthis say their attacks ...") "their" is its own.
			if r, _ := st.subject(items, refs, s); r >= 0 && refs[r].kind == Group && len(st.subjectList(items, refs, r)) == 1 {
				return true
			}
			group := st.groupBefore(items, refs, s)
			if len(group) < 2 {
				group = st.lastGroup
			}
			if len(group) != 2 {
				return false
			}
			st.relate(tr.Relation, group[0], group[1], st.modality(items, t, tr), sent, items, s, t+1, RulePossessive)
			return true
		case (st.keyAt(items, s) == kwIts || st.keyAt(items, s) == kwTheir) && tr.Relation == Supports &&
			st.keyAt(items, s-1) == kwFor:
			// "Machado thanked the United States for its support": the thanked supports
			// the one who thanks.
			y := st.outerRef(items, refs, s-2)
			if y < 0 || refs[y].last != s-1 || refs[y].actor == "" || st.classAt(items, refs[y].first-1)&wordThanks == 0 {
				return false
			}
			subjects, from := st.subjects(items, refs, refs[y].first)
			for _, x := range subjects {
				st.relate(Supports, refs[y].actor, x, st.modality(items, t, tr), sent, items, min(from, refs[y].first), t+1, RulePossessive)
			}
			return len(subjects) > 0
		case st.keyAt(items, s) == kwPossessive:
			a = st.outerRef(items, refs, s-1)
		case s == t-1 && items[s].kind != itWord && (tr.Relation == Sanctions || tr.Relation == AtWarWith):
			// A state or body right before the noun: "EU sanctions on Russia".
			if r := st.outerRef(items, refs, s); r >= 0 && refs[r].last == t && !refs[r].pronoun &&
				(refs[r].kind == Country || refs[r].kind == Organization || refs[r].kind == Group) {
				a = r
			}
		default:
			// Only adjectives may stand between the possessor and the noun: "Moscow's
			// full-scale invasion", "Russia's brutal war".
			if k := st.keyAt(items, s); items[s].kind != itWord || k != kwHyphen && !st.isLowerWord(items, s) {
				return false
			}
			continue
		}
		if a < 0 {
			return false
		}
		objs, end := st.objects(items, refs, t, tr)
		if len(objs) == 0 && tr.Relation == AtWarWith && st.keyAt(items, t+1) == kwIn {
			objs, end = st.refList(items, refs, t+2) // "Moscow's war in Ukraine"
		}
		for _, o := range objs {
			st.relate(tr.Relation, refs[a].actor, refs[o].actor, st.modality(items, t, tr), sent, items, refs[a].first, end, RulePossessive)
		}
		return len(objs) > 0
	}
	return false
}

// objectFrame relates the clause's subject to the objects of the trigger at t.
func (st *docState) objectFrame(items []item, refs []ref, t int, tr *trigger, sent int, rule string) bool {
	if !st.p.ruleEnabled(rule) {
		return false
	}
	objs, end := st.objects(items, refs, t, tr)
	if len(objs) == 0 && tr.Direct && st.isVerb(items, t) {
		if a := st.objectRelative(items, refs, t); a >= 0 {
			objs, end = []int{a}, t+1 // "Iran, which Riyadh and Washington accuse of ..."
		}
	}
	if len(objs) == 0 {
		return st.reciprocalFrame(items, refs, t, tr, sent, rule) || st.themFrame(items, refs, t, tr, sent, rule)
	}
	if !st.suppliedTo(items, t, refs[objs[0]].first, tr) {
		return false // "sent a delegation to Moscow" is no support, "sent troops to" is
	}
	if tr.Needs&needEachOther != 0 {
		// "The AU convened Ethiopia's government and the TPLF": the convened meet each
		// other; the convener gets no relation (guideline 6.1.5).
		m := st.modality(items, t, tr)
		for a := range objs {
			for b := a + 1; b < len(objs); b++ {
				st.relate(tr.Relation, refs[objs[a]].actor, refs[objs[b]].actor, m, sent, items, t, end, rule)
			}
		}
		return len(objs) > 1
	}
	if tr.Relation == Contacts && refs[objs[0]].first <= t+2 && !st.itemIn(items, t+1, prepositions) &&
		(namesSomething(st.itemKey(items, end)) || st.namedByRelative(items, t)) {
		return false // "called the delegation 'decorative'", "called Kyiv a threat"
	}
	subjects, from := st.subjects(items, refs, t)
	if len(subjects) == 0 && st.inFrontedPhrase(items, t) {
		// "In a call with Xi, Biden raised ...". frontedSubject reads its list into
		// st.listArgs, where objs are.
		objs = slices.Clone(objs)
		subjects = st.frontedSubject(items, refs, t, end)
	}
	if len(subjects) == 0 {
		return false
	}
	m := st.modality(items, t, tr)
	for _, o := range objs {
		typ := tr.Relation
		if typ == LeaderOf || typ == MemberOf {
			// "headed Moscow's negotiators" and "led the U.S. delegation" make a member;
			// "leads the AU's panel" says nothing of the AU, "heads Yemen's Presidential
			// Leadership Council" leads the council.
			switch {
			case st.isCollectiveOf(items, refs, o):
				typ = MemberOf
			case st.keyAt(items, refs[o].last) == kwPossessive:
				p := st.outerRef(items, refs, refs[o].last+1)
				if p < 0 || refs[p].first != refs[o].last+1 || refs[p].actor == "" || refs[p].kind == Person {
					continue
				}
				o = p
			}
		}
		if (typ == Opposes || typ == Supports) && st.keyAt(items, refs[o].last) == kwPossessive && st.eventAt(items, refs[o].last+1) {
			continue // "condemned China's dangerous actions": an event, not the actor (guideline 6.1.12)
		}
		if !st.objectFits(items, refs, o, tr) {
			continue // "Ruto visits Haiti", "welcomed Russia's decision"
		}
		for _, s := range subjects {
			st.relate(typ, s, refs[o].actor, m, sent, items, min(from, t), end, rule)
		}
	}
	if tr.Relation == MeetsWith || tr.Relation == NegotiatesWith {
		// The parties of a meeting are named together: "X met with Y. They discussed ...";
		// "Biden welcomed Kishida and Yoon ... The three leaders agreed".
		group := append(st.lastGroup[:0], subjects...) // subjects may be lastGroup itself
		for _, o := range objs {
			group = append(group, refs[o].actor)
		}
		st.lastGroup = group
		if len(group) > 2 && !slices.ContainsFunc(group, func(id string) bool { return !st.isPerson(id) }) {
			st.lastPeople = append(st.lastPeople[:0], group...)
		}
	}
	return true
}

// namedByRelative reports "which he called X": a relative pronoun before the subject of
// the verb at item t is its object, so what follows the verb is a name given to it.
func (st *docState) namedByRelative(items []item, t int) bool {
	for i := t - 1; i >= 0 && i >= t-3; i-- {
		switch st.keyAt(items, i) {
		case kwWhich, kwWhat: // not "that", which follows "said" as often
			return true
		}
	}
	return false
}

// namesSomething reports words that, after "called X", show that X is being named, not
// phoned.
func namesSomething(k string) bool {
	switch k {
	case "\"", "a", "an", "the", "'":
		return true
	}
	return false
}

// reciprocalFrame reads "X and Y TRIGGER each other" (or "one another"): each subject
// relates to every other, both ways for directed relations.
func (st *docState) reciprocalFrame(items []item, refs []ref, t int, tr *trigger, sent int, rule string) bool {
	j := t + 1
	if !tr.Direct && slices.ContainsFunc(tr.Preps, func(p []string) bool { return len(p) == 1 && p[0] == st.itemKey(items, j) }) {
		j++ // "spoke with each other"
	}
	if k := st.keyAt(items, j); !(k == kwEach && st.keyAt(items, j+1) == kwOther || k == kwOne && st.keyAt(items, j+1) == kwAnother) {
		return false
	}
	subjects, from := st.subjects(items, refs, t)
	if len(subjects) < 2 {
		return false
	}
	m := st.modality(items, t, tr)
	for _, a := range subjects {
		for _, b := range subjects {
			if a != b {
				st.relate(tr.Relation, a, b, m, sent, items, min(from, t), j+2, rule)
			}
		}
	}
	return true
}

// themFrame reads "SUBJECT TRIGGER them" (or "with them", "both leaders", "the two
// countries"): the object is the last actors named together in the sentence, or before it
// ("Aliyev and Pashinyan met in Munich, where Scholz hosted them").
func (st *docState) themFrame(items []item, refs []ref, t int, tr *trigger, sent int, rule string) bool {
	j := t + 1
	group, end := st.groupPhrase(items, j)
	if !tr.Direct || group == notPlural {
		group = notPlural
		for _, prep := range tr.Preps {
			if len(prep) == 1 && st.itemKey(items, j) == prep[0] {
				if group, end = st.groupPhrase(items, j+1); group != notPlural {
					break
				}
			}
		}
		if group == notPlural {
			return false
		}
	}
	objs := st.groupIDs(items, refs, t, group)
	subjects, from := st.subjects(items, refs, t)
	if len(objs) < 2 || len(subjects) == 0 {
		return false
	}
	m := st.modality(items, t, tr)
	for _, o := range objs {
		for _, s := range subjects {
			st.relate(tr.Relation, s, o, m, sent, items, min(from, t), end, rule)
		}
	}
	return true
}

// verbFrame reads "SUBJECT TRIGGER [PREP] OBJECT", or for symmetric relations and
// contacts "X and Y TRIGGER" (a call with no stated direction goes from the first named).
// A passive ("is armed by Iran", "the RSF, led by Dagalo") or "X-backed Y" is read first.
func (st *docState) verbFrame(items []item, refs []ref, t int, tr *trigger, sent int) {
	if st.passiveFrame(items, refs, t, tr, sent) || st.hyphenVerbFrame(items, refs, t, tr, sent) {
		return
	}
	if st.objectFrame(items, refs, t, tr, sent, RuleVerb) || !st.p.ruleEnabled(RuleVerb) ||
		!tr.Relation.Symmetric() && tr.Relation != Contacts {
		return
	}
	if k := st.keyAt(items, t+1); tr.Relation != NegotiatesWith && st.itemIn(items, t+1, determiners) && k != kwNew && k != kwFirst {
		return // "far from meeting the criteria": the verb has an object that is no actor
	}
	list, from := st.subjects(items, refs, t)
	m := st.modality(items, t, tr)
	for a := 0; a < len(list); a++ {
		for b := a + 1; b < len(list) && (a == 0 || tr.Relation.Symmetric()); b++ {
			st.relate(tr.Relation, list[a], list[b], m, sent, items, min(from, t), t+1, RuleVerb)
		}
	}
}

// passiveFrame reads "PATIENT is TRIGGER[ed] [and TRIGGER[ed]] by AGENT" and the reduced
// "PATIENT, TRIGGER[ed] by AGENT": the agent is the source. A delegation or team led by
// someone makes them a member of its state, not its leader.
func (st *docState) passiveFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled(RulePassive) {
		return false
	}
	j := t + 1
	if st.keyAt(items, j) == kwAnd && j+1 < len(items) {
		if _, ok := items[j+1].has(st.lex, lexTrigger); ok {
			j += 2 // "armed and funded by Iran"
		}
	}
	if st.itemIn(items, j, prepositions) {
		// A place or time before the agent: "was greeted at the airport by Kim".
		for k := j + 1; k < len(items) && k <= j+4; k++ {
			if st.keyAt(items, k) == kwBy {
				j = k
				break
			}
			if items[k].ref >= 0 || st.isClauseBreak(items, k) {
				break
			}
		}
	}
	if st.keyAt(items, j) != kwBy {
		return false
	}
	if k := st.keyAt(items, t-1); !st.itemIn(items, t-1, beForms) && k != kwComma && !st.itemIn(items, t-2, beForms) {
		return false
	}
	agents, end := st.refList(items, refs, j+1)
	if len(agents) == 0 {
		return false
	}
	patient, _ := st.subject(items, refs, t)
	if patient < 0 {
		return true // a passive whose patient is unnamed: no other frame applies either
	}
	typ := tr.Relation
	if typ == LeaderOf && st.isCollectiveOf(items, refs, patient) {
		typ = MemberOf
	}
	m := st.modality(items, t, tr)
	for _, a := range agents {
		st.relate(typ, refs[a].actor, refs[patient].actor, m, sent, items, min(refs[patient].first, t), end, RulePassive)
	}
	return true
}

// hyphenVerbFrame reads "X-TRIGGER[ed] Y": "the Iran-backed Houthis", "Belgrade-backed
// Serb List".
func (st *docState) hyphenVerbFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled(RuleHyphenPair) || t < 2 || st.keyAt(items, t-1) != kwHyphen ||
		!st.adjacent(items, t-2, t-1) || !st.adjacent(items, t-1, t) {
		return false
	}
	a := st.outerRef(items, refs, t-2)
	if a < 0 {
		return false
	}
	for j := t + 1; j < len(items) && j <= t+3; j++ {
		if b := st.outerRef(items, refs, j); b >= 0 {
			if st.modifiesNoun(items, refs[b].last) {
				return true // "UN-hosted Afghanistan talks": Afghanistan only names the talks
			}
			st.relate(tr.Relation, refs[a].actor, refs[b].actor, st.modality(items, t, tr), sent, items, refs[a].first, refs[b].last, RuleHyphenPair)
			return true
		}
		if items[j].kind != itWord || st.isClauseBreak(items, j) {
			break
		}
	}
	return true
}

// relate records a relation found by a pattern, spanning items [from, to).
func (st *docState) relate(t RelationType, src, dst string, m Modality, sent int, items []item, from, to int, rule string) {
	if src == "" || dst == "" || src == dst {
		return
	}
	to = min(to, len(items))
	if from >= to {
		return
	}
	st.addRelation(t, src, dst, m, sent, items[from].first, items[to-1].last, rule)
}
