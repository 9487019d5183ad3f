package actorgraph

import "slices"

// This file is the second half of the clause syntax (see clause.go): the arguments a
// trigger takes (objects, "including" lists, the target of a trade ban), coordinated lists
// of refs ("X, Y and Z"), the prepositions coordination shares, and the collective nouns
// that make a ref stand for its state ("the Russian delegation").

// inheritPrepositions makes the later members of a coordination share the preposition of
// the first ("talks with Kyiv and Moscow"), so that none of them is taken for a subject.
func (st *docState) inheritPrepositions(items []item, refs []ref) {
	for i := range refs {
		r := &refs[i]
		if r.prep == 0 && r.inside == 0 && st.directObject(items, r.first) {
			r.prep = kwDirectObject
		}
		if r.prep != 0 || r.inside > 0 || r.first < 2 {
			continue
		}
		k := st.keyAt(items, r.first-1)
		if k == kwComma && st.closesOpening(items, r.first-1) {
			continue // "According to the Kremlin, Putin and Erdogan agreed"
		}
		if k == kwAnd || k == kwOr || k == kwComma {
			if p := st.outerRef(items, refs, r.first-2); p >= 0 {
				r.prep = refs[p].prep
			}
		}
	}
}

// closesOpening reports whether the comma at item c ends a sentence-opening adverbial ("In
// Cairo,", "According to the Kremlin,"): the first comma of a sentence that starts with a
// preposition.
func (st *docState) closesOpening(items []item, c int) bool {
	if k := st.keyAt(items, 0); !st.itemIn(items, 0, prepositions) && k != kwAccording && k != kwEarlier && k != kwLater {
		return false
	}
	for i := 0; i < c; i++ {
		if st.keyAt(items, i) == kwComma {
			return false
		}
	}
	return true
}

// directObject reports whether the phrase at item i follows a verb trigger that takes a
// direct object ("meet Kim Jong Un"): such an actor is an object, never a subject.
func (st *docState) directObject(items []item, i int) bool {
	j := i - 1
	if k := st.keyAt(items, j); k == kwThe || k == kwA {
		j--
	}
	if j < 0 {
		return false
	}
	for _, v := range st.lex.valsIn(items[j].vals) {
		if v.kind == lexTrigger && v.trigger.Verb && v.trigger.Direct {
			return true
		}
	}
	return false
}

// objects returns the refs the trigger at t takes as objects: right after it when the
// trigger allows a direct object (across at most two determiners or adjectives), or after
// one of its prepositions; and the item where they end.
func (st *docState) objects(items []item, refs []ref, t int, tr *trigger) ([]int, int) {
	j := t + 1
	// The preposition may come after a short adverbial or object: "spoke on Monday with",
	// "had spoken over 48 hours with", "bans gallium exports to".
	for k := j; k < len(items) && k <= j+6; k++ {
		for _, prep := range tr.Preps {
			if st.wordsAt(items, k, prep) && prep[0] != "between" { // "between X and Y" is betweenFrame's
				list, end := st.refListOf(items, refs, k+len(prep), tr.Relation == Sanctions)
				if len(list) == 0 && tr.Relation == Sanctions {
					// "restrictions on sales to China", "a ban on imports from Russia"
					list, end = st.tradeTarget(items, refs, k+len(prep))
				}
				if len(list) == 0 {
					// "talks with several delegations, including those of Russia and India"
					list, end = st.includingList(items, refs, k+len(prep))
				}
				return list, end
			}
		}
		if items[k].kind != itWord || st.isClauseBreak(items, k) || items[k].ref >= 0 {
			break
		}
	}
	if !tr.Direct {
		return nil, j
	}
	if list, end := st.includingList(items, refs, j); len(list) > 0 {
		return list, end // "fund its proxies across the region, including Hamas and Hezbollah"
	}
	for skip := 0; skip < 3 && j < len(items); skip++ {
		if k := st.keyAt(items, j); (k == kwOf || k == kwFrom) && j > t+1 && st.classAt(items, j-1)&wordAgent != 0 {
			j++ // "armed the forces of Mali", "received a delegation from the Houthis"
			skip--
			continue
		}
		if r := st.outerRef(items, refs, j); r >= 0 {
			if refs[r].first != j && !(refs[r].first == j-1 && st.keyAt(items, j-1) == kwThe) {
				return nil, j
			}
			if st.compoundModifier(items, refs[r].last) {
				j = refs[r].last + 2 // "heads the UN-recognised Government of National Unity"
				continue
			}
			return st.refListOf(items, refs, refs[r].first, tr.Relation == Sanctions)
		}
		if !st.isCueOnly(items, j) && (items[j].kind != itWord || !items[j].tokenIsWord(&st.tk)) || st.isClauseBreak(items, j) ||
			st.itemIn(items, j, prepositions) || st.keyAt(items, j) == kwBy {
			break
		}
		j++
	}
	if tr.Relation == Sanctions {
		return st.tradeTarget(items, refs, t+1) // "restricted exports of chipmaking machines to China"
	}
	return nil, j
}

// tradeTarget reads the state behind goods or trade named after a sanctions noun: the
// actors after "to", "from" or "of" within a few words ("sales to China").
func (st *docState) tradeTarget(items []item, refs []ref, j int) ([]int, int) {
	for k := j; k < len(items) && k <= j+5; k++ {
		switch st.keyAt(items, k) {
		case kwTo, kwFrom:
			return st.refListOf(items, refs, k+1, true)
		case kwOf:
			// "imports of Russian oil" names the state; "the use of American weapons"
			// does not.
			if st.classAt(items, k-1)&wordTrade != 0 {
				if list, end := st.refListOf(items, refs, k+1, true); len(list) > 0 {
					return list, end
				}
			}
		}
		if items[k].kind != itWord || st.isClauseBreak(items, k) {
			break
		}
	}
	return nil, j
}

// includingList reads an object noun phrase with no actor in it followed by "including" or
// "such as" and a list of actors, starting at item j.
func (st *docState) includingList(items []item, refs []ref, j int) ([]int, int) {
	for k := j; k < len(items) && k <= j+8; k++ {
		switch st.keyAt(items, k) {
		case kwIncluding, kwNotably:
			n := k + 1
			if st.keyAt(items, n) == kwThose && st.keyAt(items, n+1) == kwOf {
				n += 2 // "including those of Russia, India and Saudi Arabia"
			}
			return st.refList(items, refs, n)
		case kwSuch:
			if st.keyAt(items, k+1) == kwAs {
				return st.refList(items, refs, k+2)
			}
		case kwComma:
			continue
		}
		// Places and other lexicon words may stand in the phrase ("across the Middle
		// East"); an actor or a new clause ends it.
		if items[k].ref >= 0 || items[k].kind == itName || st.isClauseBreak(items, k) {
			break
		}
	}
	return nil, j
}

// isCueOnly reports whether item j is a lexicon phrase that is only a modality cue
// ("recognised neither González nor Maduro").
func (st *docState) isCueOnly(items []item, j int) bool {
	if items[j].kind != itLexicon {
		return false
	}
	for _, v := range st.lex.valsIn(items[j].vals) {
		if v.kind != lexCue {
			return false
		}
	}
	return true
}

func (it *item) tokenIsWord(t *tokenizer) bool { return t.toks[it.first].is(tWord) }

// wordsAt reports whether the one-token items from i on spell keys.
func (st *docState) wordsAt(items []item, i int, keys []string) bool {
	for n, k := range keys {
		if st.itemKey(items, i+n) != k {
			return false
		}
	}
	return true
}

// refList reads a coordination of refs starting at item i: "X", "X and Y", "X, Y and Z",
// with articles and appositives skipped. It returns the refs and the item after the list.
// The refs are st.listArgs, good until the next call.
func (st *docState) refList(items []item, refs []ref, i int) ([]int, int) {
	return st.refListOf(items, refs, i, false)
}

// refListOf is refList; with weakOK, a demonym before any noun counts ("sanctions on two
// Russian oil companies" target Russia).
func (st *docState) refListOf(items []item, refs []ref, i int, weakOK bool) ([]int, int) {
	list := st.listArgs[:0]
	joined := false // an "and" or "or" has joined the list
	// A list needs a conjunction: in "with Xi Jinping, Joe Biden raised ..." the comma
	// ends the object. cut and cutAt remember the list as it was at its first comma.
	cut, cutAt := -1, -1
	done := func() ([]int, int) {
		st.listArgs = list
		if !joined && cut >= 0 {
			return list[:cut], cutAt
		}
		return list, i
	}
	for n := 0; i < len(items) && n < maxArgDistance; n++ {
		if k := st.keyAt(items, i); k == kwThe || k == kwBoth || k == kwA || k == kwNeither || st.itemIn(items, i, quantifiers) ||
			items[i].kind == itWord && st.tk.toks[items[i].first].is(tNumber) ||
			st.classAt(items, i)&(wordClassGroup|wordClassOrg) != 0 && i+1 < len(items) && items[i+1].kind == itName {
			i++ // "the gang Gran Grif": the class noun only introduces the name
			continue
		}
		if len(list) == 0 && n < 3 && st.keyAt(items, i-1) == kwThe && st.isLowerWord(items, i) &&
			items[i].ref < 0 && i+1 < len(items) && items[i+1].ref >= 0 &&
			st.classAt(items, i)&(wordFunction|wordAgent) == 0 && !st.itemIn(items, i, prepositions) {
			i++ // "a critic of the ruling Georgian Dream"
			continue
		}
		r := st.outerRef(items, refs, i)
		if r < 0 || refs[r].weak && !weakOK || n > 0 && refs[r].pronoun || st.compoundModifier(items, refs[r].last) {
			break
		}
		if p := st.possessed(items, refs, r); p >= 0 {
			r = p // "a delegation from Yemen's Houthi movement"
		}
		if refs[r].actor != "" && (len(list) == 0 || refs[list[len(list)-1]].actor != refs[r].actor) {
			list = append(list, r)
		}
		i = st.collectiveEnd(items, refs[r].last) // "the Russian delegation", "Ethiopia's government"
		if x := refs[r].of; x >= 0 && refs[x].first == i+1 && st.keyAt(items, i) == kwOf {
			i = refs[x].last // "Prime Minister Fumio Kishida of Japan and President Yoon"
		}
		relative := false // "Khalifa Haftar, who controls eastern Libya, and Aguila Saleh"
		if w := st.keyAt(items, i+1); st.keyAt(items, i) == kwComma && (w == kwWho || w == kwWhich) {
			if c := st.relativeClauseEnd(items, i+1); c >= 0 && st.keyAt(items, c+1) == kwAnd {
				i, relative = c, true
			}
		}
		switch st.keyAt(items, i) {
		case kwAnd, kwOr, kwNor:
			joined = true
			i++
		case kwComma:
			// "X, Y and Z" and "X, Y, and Z" go on; ", and" after a single actor or after
			// "X and Y" starts a new clause ("talks with Seoul, and she criticised ...",
			// "armed Mali and Burkina Faso, and Moscow has supplied Niger").
			if st.keyAt(items, i+1) == kwAnd {
				if !relative && (len(list) < 2 || joined) {
					return done()
				}
				if relative {
					joined = true
				}
				i++
			}
			if cut < 0 {
				cut, cutAt = len(list), i
			}
			i++
			// "X, the Y, and Z": an appositive of X is skipped by the same-actor check above.
		default:
			return done()
		}
	}
	return done()
}

// coordinatedBefore returns the refs coordinated with and ending at ref r ("Egypt, Qatar and
// the United States"), in text order. The list is st.listRefs, good until the next call.
func (st *docState) coordinatedBefore(items []item, refs []ref, r int) []int {
	list := append(st.listRefs[:0], r) // backwards, reversed at the end
	for i := refs[r].first - 1; i > 0 && len(list) < maxArgDistance; {
		k := st.keyAt(items, i)
		if k != kwAnd && k != kwComma && k != kwOr {
			break
		}
		j := i - 1
		oxford := false // ", and"
		if st.keyAt(items, j) == kwComma {
			j--
			oxford = k == kwAnd || k == kwOr
		}
		p := st.collectiveRef(items, refs, j)
		if p < 0 || refs[p].actor == "" || refs[p].weak {
			break
		}
		if oxford && len(list) == 1 && st.keyAt(items, refs[p].first-1) != kwComma {
			break // "support for Ukraine, and President Biden thanked": a new clause
		}
		list = append(list, p)
		i = refs[p].first - 1
	}
	slices.Reverse(list)
	st.listRefs = list
	return list
}

// subjectList returns ref r with the refs coordinated before it by "and" or "or" ("X and
// Y", "X, Y and Z"); a comma alone does not coordinate ("In Cairo, Hamas said"). The list
// is st.listRefs, good until the next call.
func (st *docState) subjectList(items []item, refs []ref, r int) []int {
	switch st.keyAt(items, refs[r].first-1) {
	case kwAnd, kwOr, kwNor:
		l := st.coordinatedBefore(items, refs, r)
		// Members that are objects of a preposition belong to an earlier clause: "the
		// forces of Mali and Burkina Faso, and Moscow has supplied Niger".
		for i := len(l) - 2; i >= 0; i-- {
			if refs[l[i]].prep != 0 {
				return l[i+1:]
			}
		}
		return l
	}
	st.listRefs = append(st.listRefs[:0], r)
	return st.listRefs
}

// possessed returns the actor that ref r possesses right after its "'s" ("Yemen's Houthi
// movement", "Russia's Sergei Lavrov"), or -1.
func (st *docState) possessed(items []item, refs []ref, r int) int {
	if st.keyAt(items, refs[r].last) != kwPossessive {
		return -1
	}
	p := st.outerRef(items, refs, refs[r].last+1)
	if p < 0 || p == r || refs[p].first != refs[r].last+1 || refs[p].actor == "" || refs[p].desc || refs[p].class {
		return -1
	}
	return p
}

// collectiveEnd returns the item after the collective noun that makes the ref ending at
// item i stand for its state or body ("the Russian delegation", "Ethiopia's federal
// government"), or i when no collective follows.
func (st *docState) collectiveEnd(items []item, i int) int {
	j := i
	if st.keyAt(items, j) == kwPossessive {
		j++
	}
	for k := j; k < len(items) && k <= j+2; k++ {
		if _, trig := items[k].has(st.lex, lexTrigger); st.classAt(items, k)&wordAgent != 0 && !trig {
			return k + 1
		}
		if !st.isLowerWord(items, k) {
			break
		}
	}
	return i
}

// collectiveRef returns the ref at item j, or the ref whose collective ends at j
// ("Ethiopia's federal government and the TPLF"); -1 when there is none.
func (st *docState) collectiveRef(items []item, refs []ref, j int) int {
	if j >= 0 && j < len(items) && st.classAt(items, j)&wordAgent != 0 {
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if r := st.outerRef(items, refs, k); r >= 0 {
				if st.collectiveEnd(items, refs[r].last) == j+1 {
					return r
				}
				break
			}
		}
	}
	return st.outerRef(items, refs, j)
}

// isCollectiveOf reports whether ref r names a state or body only through a collective of
// it: "Ukraine's delegation", "the Russian team".
func (st *docState) isCollectiveOf(items []item, refs []ref, r int) bool {
	j := refs[r].last
	if st.keyAt(items, j) == kwPossessive {
		j++
	}
	for k := j; k <= j+1 && k < len(items); k++ { // "the U.S. negotiating team"
		if st.classAt(items, k)&wordAgent != 0 {
			return true
		}
	}
	return false
}
