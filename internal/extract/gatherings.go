package extract

import "slices"

// This file holds the frames of stage 6 for a meeting, talks or a call of several parties
// named together: as the subjects of a clause ("Russia and Ukraine resumed talks", "Putin
// and Modi discussed trade in a phone call"), after "between" ("talks between X and Y [and
// Z]"), or as those who attended it ("The summit was attended by A, B and C"). Each pair of
// parties is related.

// jointFrame reads a symmetric noun whose clause has several subjects: "Russia and Ukraine
// resumed talks", "the two sides held a summit", "Putin and Modi discussed trade in a phone
// call". A call among several has no caller: the first named is its source (GUIDELINES 6).
func (ss *sentState) jointFrame(t int, tr *trigger) bool {
	// "was attended by" needs a form of "be" in the sentence (ss.sets): without one, no
	// call to scan the words after the trigger.
	if tr.Relation.Symmetric() && !tr.State && ss.sets&beForms != 0 && ss.attendedBy(t, tr) {
		return true
	}
	if !tr.Relation.Symmetric() && tr.Relation != Contacts || tr.State || tr.Needs&needMediator != 0 || !ss.afterLightVerb(t) && !ss.eventAdverbial(t) {
		return false // "Brazil and Colombia have tried to mediate": mediators do not talk to each other
	}
	if ss.keyAt(t+1) == kwAs && ss.isLowerWord(t+2) {
		return false // "attended the talks as mediators": not as parties
	}
	list, from := ss.subjects(t)
	if len(list) < 2 {
		return false
	}
	ss.relatePairs(tr.Relation, len(list), func(a int) string { return list[a] }, ss.modality(t, tr), min(from, t), t+1, RuleNounObject)
	return true
}

// attendedBy reads the noun at item t as the subject of "was attended by" and a list,
// perhaps after a place ("The summit in Arusha was attended by the presidents of Kenya,
// Uganda and Rwanda"), and relates each pair of those who attended by the relation of its
// trigger tr; it reports whether it found two or more.
func (ss *sentState) attendedBy(t int, tr *trigger) bool {
	for k := t + 1; k < len(ss.items) && k <= t+6; k++ {
		if e := ss.placePhraseEnd(k); e > k {
			k = e - 1
			continue
		}
		if !ss.itemIn(k, beForms) {
			if ss.items[k].ref >= 0 || ss.isClauseBreak(k) {
				return false
			}
			continue
		}
		if ss.itemKey(k+1) != "attended" || ss.keyAt(k+2) != kwBy {
			return false
		}
		list, end := ss.refList(k + 3)
		if len(list) < 2 {
			return false
		}
		list = slices.Clone(list) // refList reuses ss.listArgs
		ss.relatePairs(tr.Relation, len(list), func(a int) string { return ss.refs[list[a]].actor }, ss.modality(t, tr), t, end, RuleNounObject)
		return true
	}
	return false
}

// betweenFrame reads "TRIGGER between X and Y [and Z]" and relates every pair.
func (ss *sentState) betweenFrame(t int, tr *trigger) bool {
	b := t + 1 // "between", perhaps after a few words: "talks on Sunday between X and Y"
	for b < len(ss.items) && b <= t+4 && ss.keyAt(b) != kwBetween {
		if e := ss.placePhraseEnd(b); e > b {
			b = e // "the war in Sudan between X and Y": where, not who
			continue
		}
		trig := ss.items[b].hasKind(lexTrigger)
		if trig && tr.Needs&needMediator != 0 && ss.classAt(b)&wordGathering != 0 {
			trig = false // "mediating discussions between X and Y"
		}
		if ss.items[b].ref >= 0 || ss.isClauseBreak(b) || trig {
			return false
		}
		b++ // "talks in Beijing between X and Y"
	}
	if ss.keyAt(b) != kwBetween {
		return false
	}
	list, end := ss.refList(b + 1)
	ids := make([]string, len(list))
	for a, r := range list {
		ids[a] = ss.refs[r].actor
	}
	if len(ids) < 2 {
		// "the war between the two countries", "a meeting between the two presidents"
		group, gend := ss.groupPhrase(b + 1)
		if ids, end = ss.groupIDs(t, group), gend; len(ids) < 2 {
			return false
		}
	}
	m := ss.modality(t, tr)
	ss.relatePairs(tr.Relation, len(ids), func(a int) string { return ids[a] }, m, t, end, RuleNounBetween)
	if tr.Needs&needMediator != 0 {
		// "Oman, which has mediated between Riyadh and the Houthis": the mediator too.
		subjects, from := ss.subjects(t)
		if ss.keyAt(end) == kwAlongside && len(subjects) > 0 {
			// "mediating between Israel and Hamas alongside Qatar": a co-mediator.
			ids, subjects = slices.Clone(ids), slices.Clone(subjects) // refList reuses ss.listArgs
			list, aend := ss.refList(end + 1)
			for _, r := range list {
				subjects = append(subjects, ss.refs[r].actor)
			}
			end = aend
		}
		for _, s := range subjects {
			for _, id := range ids {
				ss.relate(tr.Relation, s, id, m, min(from, t), end, RuleNounBetween)
			}
		}
	}
	ss.noteList(ids)
	return true
}

// relatePairs relates each pair of the n actors id(0) to id(n-1), the earlier of each pair
// first, by rel with modality m, as evidence of rule from item first to item end: the
// parties of a meeting or talks of several.
func (ss *sentState) relatePairs(rel RelationType, n int, id func(int) string, m Modality, first, end int, rule Rule) {
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			ss.relate(rel, id(a), id(b), m, first, end, rule)
		}
	}
}
