package extract

// This file tells places from actors for stage 3: a capital named as the place where
// something happens or where someone travels ("talks in Doha", "heads to Beijing"), a
// place of the lexicon, and the destination an envoy's title names ("Special Envoy for
// Sudan").

// destinationEnd returns the item after the destination "for" or "to" at item j names, a
// state, a body or a region ("for Sudan", "to the United Nations", "to the Middle East"),
// or j when there is none.
func (ss *sentState) destinationEnd(j int) int {
	if k := ss.keyAt(j); k != kwFor && k != kwTo {
		return j
	}
	d := j + 1
	if ss.keyAt(d) == kwThe {
		d++
	}
	if ss.stateAt(d) && d == j+1 || ss.bodyAt(d) || ss.placeAt(d) {
		return d + 1 // "for Sudan", "to the United Nations", "to the Middle East"
	}
	return j
}

// placeAt reports whether item i is a place of the lexicon ("African", "Middle East").
func (ss *sentState) placeAt(i int) bool {
	if i >= len(ss.items) {
		return false
	}
	ok := ss.items[i].hasKind(lexPlace)
	return ok && ss.items[i].kind == itLexicon
}

// isPlace reports whether the capital at item i is used as a place: after a locative
// preposition ("in Doha"), a visit ("visited Kyiv"), or "to" following a verb of motion
// ("flew to Beijing"), or naming an event or deal held there ("the Minsk agreements");
// or listed after a capital used so ("will travel to Riyadh and Abu Dhabi").
func (ss *sentState) isPlace(i int) bool {
	if ss.keyAt(i+1) == kwPossessive {
		return false // "for use in Moscow's war": an owner is an actor
	}
	for j := i; j >= 2 && (ss.keyAt(j-1) == kwAnd || ss.keyAt(j-1) == kwComma) && ss.items[j-2].hasKind(lexCapital); {
		if j -= 2; ss.placeBy(j) {
			return true
		}
	}
	return ss.placeBy(i)
}

// placeBy is isPlace for the capital at item i by what stands before and after it alone.
func (ss *sentState) placeBy(i int) bool {
	if ss.classAt(i-1)&wordVisit != 0 {
		return true // "visited Kyiv"
	}
	if ss.modifiesNoun(i+1) && !ss.isVerb(i+1) && !ss.compoundModifier(i-1) && ss.keyAt(i+1) != kwHyphen {
		// "the Pretoria agreement", "the Doha talks"; not "Moscow-Kyiv talks", nor
		// "Washington sanctions Burhan", where the noun may be a verb
		return true
	}
	if ss.itemIn(i-1, locatives) {
		// "criticism from Kyiv", "demands from Brussels": the source of what a noun of
		// stance or a proposal says, not a place.
		return ss.keyAt(i-1) != kwFrom || ss.classAt(i-2)&wordProposal == 0 && !ss.nounTriggerAt(i-2, "")
	}
	if ss.keyAt(i-1) == kwTo && ss.classAt(i-2)&wordMotion != 0 {
		return true
	}
	return ss.cuePrep(i-1) != 0 // "heads to Beijing", "is due in Moscow"
}

// cuePrep returns the key of "to", "for" or "in" when item p is a cue of several words that
// ends in it ("heads to", "leaves for", "is due in"), or 0: the place after such a cue is
// where someone travels, and a state there is no subject.
func (ss *sentState) cuePrep(p int) keyID {
	if uint(p) >= uint(len(ss.items)) {
		return 0
	}
	// One item pointer and one test of its kinds, so that this inlines: it is asked of
	// most refs.
	if it := &ss.items[p]; it.kind == itLexicon && it.last-it.first >= 2 && it.hasKind(lexCue) {
		if k := ss.tk.toks[it.last-1].id; k == kwTo || k == kwFor || k == kwIn {
			return k
		}
	}
	return 0
}
