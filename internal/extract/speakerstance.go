package extract

// This file holds the frames of stage 6 for a trigger whose subject or owner is the target
// of a stance that the clause does not give a source of its own: the stance is the
// speaker's. "X would pay a heavy price" is the speaker's threat against X (constraint
// payer; GUIDELINES 6: threatening is opposition, stated as fact); "X has the right to
// defend itself" and "X's right to self-defence" are support for X from whoever says or
// affirms it (constraint speaker).

// speakerFrame reads a verb trigger whose subject is the target of the stance of the
// speaker of the reported content (constraints payer and speaker): "Mohammed Ali al-Houthi
// said the Americans and British would pay a heavy price" (the speaker opposes each
// subject), "Germany said Israel has the right to defend itself" (Germany supports
// Israel). A payer is threatened only under "will", "would" or "must": "Ukraine has paid a
// heavy price" threatens no one.
func (ss *sentState) speakerFrame(t int, tr *trigger) bool {
	if tr.Needs&needPayer != 0 && !ss.futureBefore(t) {
		return false
	}
	targets, from := ss.subjects(t)
	targets = append([]string(nil), targets...) // speakers below reuses ss.listIDs
	speakers, sfrom := ss.speakers(t)
	ss.relateStance(speakers, targets, tr, t, min(from, sfrom, t), RuleVerb)
	return len(speakers) > 0 && len(targets) > 0
}

// ownerStanceFrame reads a noun trigger whose owner, named before "'s", is the target of
// the stance of the clause's subject (constraint speaker): "Germany affirmed Israel's right
// to self-defence", Germany supports Israel.
func (ss *sentState) ownerStanceFrame(t int, tr *trigger) bool {
	if ss.keyAt(t-1) != kwPossessive {
		return false
	}
	o := ss.outerRef(t - 2)
	if o < 0 || ss.refs[o].last != t-1 || ss.refs[o].actor == "" {
		return false
	}
	subjects, from := ss.subjects(ss.refs[o].first)
	ss.relateStance(subjects, []string{ss.refs[o].actor}, tr, t, min(from, ss.refs[o].first), RulePossessive)
	return len(subjects) > 0
}

// futureBefore reports whether "will", "would" or "must" stands among the auxiliaries
// right before item t.
func (ss *sentState) futureBefore(t int) bool {
	for i := t - 1; i >= 0 && i >= t-3 && ss.itemIn(i, auxiliaries); i-- {
		if k := ss.itemKey(i); k == "would" || k == "will" || k == "must" {
			return true
		}
	}
	return false
}

// relateStance relates each of sources to each of targets other than itself with the
// relation of trigger tr at item t, as evidence of rule from item first to the trigger. The stance
// is taken when it is said, whatever the content says of the future: it is actual unless
// negated.
func (ss *sentState) relateStance(sources, targets []string, tr *trigger, t, first int, rule Rule) {
	m := ss.modality(t, tr)
	if m != Negated {
		m = Actual
	}
	for _, s := range sources {
		for _, x := range targets {
			if s != x {
				ss.relate(tr.Relation, s, x, m, first, t+1, rule)
			}
		}
	}
}
