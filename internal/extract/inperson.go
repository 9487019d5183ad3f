package extract

// This file decides whether talks a frame found were held in person, which makes them a
// meeting too (GUIDELINES 6: in-person talks give negotiates-with and meets-with), or
// remotely, which makes them a contact.

// inPersonTalks adds a meeting beside each relation of talks found since the evidence
// numbered before, between two people, with a party named through its delegation, or
// between a person and a party named through its officials, when
// the talks are held in person: a noun of talks in a sentence that holds them at a place
// (talks "in Doha" or "at the Kremlin"), or a trigger whose row says talks between people
// are in person (constraint in-person), unless a remote word says they were not ("virtual
// talks") or, with no place, the two talked remotely before (talkedRemotely). (States that hold talks somewhere need not meet: they may talk through
// mediators, where a delegation sits at the table.) findRelations calls it only when
// there is such evidence.
func (ss *sentState) inPersonTalks(tr *trigger, before int) {
	if tr.Relation != NegotiatesWith || tr.State {
		return
	}
	if !(tr.Needs&needInPerson != 0 || !tr.Verb && ss.atPlace()) || ss.saysRemote() {
		return
	}
	for i := before; i < len(ss.Evidence.vals); i++ {
		r, e := ss.Evidence.vals[i].owner, ss.Evidence.vals[i].val
		people := ss.isPerson(r.Source) && ss.isPerson(r.Target) || ss.classIn(e, wordDelegation) ||
			(ss.isPerson(r.Source) || ss.isPerson(r.Target)) && ss.classIn(e, wordOfficials)
		if r.Type == NegotiatesWith && people &&
			(!ss.talkedRemotely(r.Source, r.Target) || ss.atPlace()) {
			ss.addEvidence(MeetsWith, r.Source, r.Target, r.Modality, e) // e is a copy: adding may move Evidence.vals
		}
	}
}

// talkedRemotely reports whether the document has told of a contact between a and b
// before: "held virtual talks with Hun Sen ... the envoy's discussion with Hun Sen" are the
// same talks, not a meeting.
func (ss *sentState) talkedRemotely(a, b string) bool {
	// A document has few relations: a scan of them costs less than a map lookup for each
	// modality and order of the ends.
	for _, r := range ss.relBuf[:ss.nRels] {
		if r.Type == Contacts && (r.Source == a && r.Target == b || r.Source == b && r.Target == a) && r.Modality.Row() >= 0 {
			return true
		}
	}
	return false
}

// classIn reports whether the words of evidence e name a party through a word of class c:
// its delegation (words.tsv class delegation: "held talks with the RSF delegation", "talks
// with several delegations, including those of Russia": delegations sit at one table) or
// its officials (class officials: "ASEAN leaders held talks with Premier Li").
func (ss *sentState) classIn(e Evidence, c wordClass) bool {
	if ss.classes&c == 0 {
		return false
	}
	for i := range ss.items {
		if at := int(ss.tk.toks[ss.items[i].first].start); at >= e.Start && at < e.End && ss.classAt(i)&c != 0 {
			return true
		}
	}
	return false
}

// remoteAt reports whether the trigger at item t is held remotely: a remote word (words.tsv)
// among the two words before it ("held virtual talks", "a video summit") or right after it,
// perhaps after "by" ("met virtually", "talks by video link"). Such a meeting is a contact
// (GUIDELINES 6: virtual meetings and video calls are contacts).
func (ss *sentState) remoteAt(t int) bool {
	return ss.classes&wordRemote != 0 && ss.remoteNear(t) // most sentences have no remote word: this inlines
}

// remoteNear is remoteAt in a sentence with a remote word.
func (ss *sentState) remoteNear(t int) bool {
	for i := t - 1; i >= 0 && i >= t-2 && ss.isLowerWord(i); i-- {
		if ss.classAt(i)&wordRemote != 0 {
			return true
		}
	}
	j := t + 1
	if ss.keyAt(j) == kwBy {
		j++
	}
	return ss.classAt(j)&wordRemote != 0
}

// saysRemote reports whether the sentence has a remote word (words.tsv class remote):
// talks by video link or phone are not held in person.
func (ss *sentState) saysRemote() bool {
	return ss.classes&wordRemote != 0
}

// atPlace reports whether the sentence says where something happens: "in" or "at" before
// a capital or a place of the lexicon.
func (ss *sentState) atPlace() bool {
	for i := 0; i+1 < len(ss.items); i++ {
		if k := ss.keyAt(i); k != kwIn && k != kwAt {
			continue
		}
		if ss.items[i+1].hasKind(lexCapital) {
			return true
		}
		if ss.items[i+1].hasKind(lexPlace) {
			return true
		}
	}
	return false
}
