package extract

// This file holds the clause syntax of the lists an object noun phrase introduces rather
// than names: the state behind traded goods ("restrictions on sales to China"), the actors
// after "including" or "such as" ("13 banks, including two Chinese lenders"), and a list
// after a colon that counted things announce ("designated four entities: A; B; and C").

// tradeTarget reads the state behind goods or trade named after a sanctions noun: the
// actors after "to", "from" or "of" within a few words ("sales to China").
func (ss *sentState) tradeTarget(j int) ([]int, int) {
	for k := j; k < len(ss.items) && k <= j+8; k++ {
		switch ss.keyAt(k) {
		case kwTo, kwFrom:
			return ss.refListOf(k+1, true)
		case kwOf:
			// "imports of Russian oil" names the state; "the use of American weapons"
			// does not.
			if ss.classAt(k-1)&wordTrade != 0 {
				if list, end := ss.refListOf(k+1, true); len(list) > 0 {
					return list, end
				}
			}
		}
		if ss.items[k].kind != itWord || ss.isClauseBreak(k) && !ss.compoundModifier(k) { // "high-bandwidth chips"
			break
		}
	}
	return nil, j
}

// includingList reads an object noun phrase with no actor in it followed by "including" or
// "such as" and a list of actors, starting at item j; with weakOK, as in refListOf, a
// demonym before any noun counts ("13 banks, including two Chinese lenders").
func (ss *sentState) includingList(j int, weakOK bool) ([]int, int) {
	if ss.sets&listIntroducers == 0 {
		return nil, j // no "including", "notably" or "such" in the sentence: no list
	}
	for k := j; k < len(ss.items) && k <= j+8; k++ {
		switch ss.keyAt(k) {
		case kwIncluding, kwNotably:
			n := k + 1
			if ss.keyAt(n) == kwThose && ss.keyAt(n+1) == kwOf {
				n += 2 // "including those of Russia, India and Saudi Arabia"
			}
			return ss.refListOf(n, weakOK)
		case kwSuch:
			if ss.keyAt(k+1) == kwAs {
				return ss.refListOf(k+2, weakOK)
			}
		case kwColon:
			if ss.counted(j, k) {
				return ss.colonList(k+1, weakOK) // "designated four entities: A; B, which ...; and C"
			}
			return nil, j
		case kwComma:
			continue
		}
		// Places and other lexicon words may stand in the phrase ("across the Middle
		// East"), and demonyms before its noun ("senior Afghan ministers"); the owner of
		// counted things ("three companies owned by X:"); another actor or a new clause
		// ends it.
		if r := ss.outerRef(k); r >= 0 && ss.keyAt(k-1) == kwBy && ss.counted(j, k) {
			k = ss.refs[r].last - 1
			continue
		}
		if r := ss.outerRef(k); r >= 0 && !ss.refs[r].weak && !ss.isCollectiveOf(r) || ss.items[k].kind == itName || ss.isClauseBreak(k) {
			break
		}
	}
	return nil, j
}

// counted reports whether items [j, k) count what they name: a number or a quantifier
// ("four entities", "17 individuals and 11 entities").
func (ss *sentState) counted(j, k int) bool {
	for i := j; i < k; i++ {
		if ss.itemIn(i, quantifiers) || ss.isNumber(i) {
			return true
		}
	}
	return false
}

// colonList reads the list of actors after a colon at item j-1: separated by semicolons
// when it has any, each the first actor of its part ("A; the B Group, which makes
// drones; and C"), or else by commas and "and" (refListOf).
func (ss *sentState) colonList(j int, weakOK bool) ([]int, int) {
	semi := false
	for k := j; k < len(ss.items); k++ {
		if ss.keyAt(k) == kwSemicolon {
			semi = true
			break
		}
	}
	if !semi {
		return ss.refListOf(j, weakOK)
	}
	list := ss.listArgs[:0]
	end := j
	for k := j; k < len(ss.items); {
		for ss.keyAt(k) == kwAnd || ss.keyAt(k) == kwThe {
			k++
		}
		r := ss.outerRef(k)
		if r < 0 || ss.refs[r].first > k+1 || ss.refs[r].actor == "" {
			break
		}
		list = append(list, r)
		end = ss.refs[r].last
		for k = end; k < len(ss.items) && ss.keyAt(k) != kwSemicolon; k++ {
		}
		k++ // past the semicolon
	}
	ss.listArgs = list
	return list, end
}
