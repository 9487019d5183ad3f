package extract

import "slices"

// This file holds the frames of stage 6 for threats whose target the clause does not
// give as an object (GUIDELINES 6: threatening is opposition, stated as fact): a vow to
// retaliate with no one named, whose target is whoever last acted against the one who
// vows, and a threat that names its target as the one who will pay ("said the Americans
// would pay a heavy price"), whose source is the speaker.

// bareThreatFrame reads a threatened act with no object after a verb of threat and "to"
// ("The Houthis vowed to retaliate."): the subjects of the vow oppose the foes the
// document last gave them (foesOf).
func (ss *sentState) bareThreatFrame(t int, tr *trigger) bool {
	if tr.Needs&needThreat == 0 || ss.keyAt(t-1) != kwTo || ss.classAt(t-2)&wordThreat == 0 {
		return false
	}
	if k := ss.itemKey(t + 1); t+1 < len(ss.items) && !ss.isClauseBreak(t+1) && k != "." && k != "for" && k != "against" {
		return false // "vowed to hit targets in the north": an object the frames before did not read
	}
	subjects, from := ss.subjects(t) // the one who vows, not who reports it
	foes := ss.foesOf(subjects)
	m := ss.modality(t, tr)
	if m != Negated {
		m = Actual // the threat is made, whatever the act it threatens
	}
	for _, s := range subjects {
		for _, f := range foes {
			ss.relate(Opposes, s, f, m, min(from, t), t+1, RuleVerb)
		}
	}
	return len(foes) > 0
}

// payerFrame reads a threat whose subject is its target (constraint payer): "Mohammed
// Ali al-Houthi said the Americans and British would pay a heavy price". Under "will",
// "would" or "must" the speaker of the reported content opposes each subject; "Ukraine
// has paid a heavy price" threatens no one.
func (ss *sentState) payerFrame(t int, tr *trigger) bool {
	if tr.Needs&needPayer == 0 {
		return false
	}
	future := false
	for i := t - 1; i >= 0 && i >= t-3 && ss.itemIn(i, auxiliaries); i-- {
		if k := ss.itemKey(i); k == "would" || k == "will" || k == "must" {
			future = true
		}
	}
	if !future {
		return false
	}
	targets, from := ss.subjects(t)
	targets = append([]string(nil), targets...) // speakers below reuses ss.listIDs
	speakers, sfrom := ss.speakers(t)
	m := ss.modality(t, tr)
	if m != Negated {
		m = Actual
	}
	for _, s := range speakers {
		for _, x := range targets {
			ss.relate(Opposes, s, x, m, min(from, sfrom, t), t+1, RuleVerb)
		}
	}
	return len(speakers) > 0 && len(targets) > 0
}

// foesOf returns the actors that the last sentence relating any of ids to a foe made
// their foes: those at war with one of them, or that oppose or sanction one of them.
func (ss *sentState) foesOf(ids []string) []string {
	var foes []string
	sent := -1
	for i := len(ss.Evidence.vals) - 1; i >= 0; i-- {
		e := &ss.Evidence.vals[i]
		if sent >= 0 && e.val.Sentence != sent {
			break
		}
		r := e.owner
		foe := ""
		for _, id := range ids {
			switch {
			case r.Type == AtWarWith && r.Source == id:
				foe = r.Target
			case (r.Type == AtWarWith || r.Type == Opposes || r.Type == Sanctions) && r.Target == id:
				foe = r.Source
			}
		}
		if foe == "" || slices.Contains(ids, foe) || slices.Contains(foes, foe) {
			continue
		}
		foes, sent = append(foes, foe), e.val.Sentence
	}
	return foes
}
