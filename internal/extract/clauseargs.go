package extract

import "slices"

// This file is the second half of the clause syntax (see clause.go): the arguments a
// trigger takes (objects, "including" lists, the target of a trade ban), coordinated lists
// of refs ("X, Y and Z"), the prepositions coordination shares, and the collective nouns
// that make a ref stand for its state ("the Russian delegation").

// inheritPrepositions makes the later members of a coordination share the preposition of
// the first ("talks with Kyiv and Moscow"), so that none of them is taken for a subject.
func (ss *sentState) inheritPrepositions() {
	for i := range ss.refs {
		r := &ss.refs[i]
		if r.prep == 0 && r.inside == 0 && ss.directObject(r.first) {
			r.prep = kwDirectObject
		}
		if r.prep != 0 || r.inside > 0 || r.first < 2 {
			continue
		}
		k := ss.keyAt(r.first - 1)
		if k == kwComma && ss.closesOpening(r.first-1) {
			continue // "According to the Kremlin, Putin and Erdogan agreed"
		}
		if k == kwAnd || k == kwOr || k == kwComma {
			if p := ss.outerRef(r.first - 2); p >= 0 {
				if q := ss.titleHolder(p); q >= 0 {
					p = q // "President Ruto of Kenya and President Museveni": Ruto's
				}
				r.prep = ss.refs[p].prep
			}
		}
	}
}

// closesOpening reports whether the comma at item c ends a sentence-opening adverbial ("In
// Cairo,", "According to the Kremlin,"): the first comma of a sentence that starts with a
// preposition.
func (ss *sentState) closesOpening(c int) bool {
	if k := ss.keyAt(0); !ss.itemIn(0, prepositions) && k != kwAccording && k != kwEarlier && k != kwLater {
		return false
	}
	for i := 0; i < c; i++ {
		if ss.keyAt(i) == kwComma {
			return false
		}
	}
	return true
}

// directObject reports whether the phrase at item i follows a verb trigger that takes a
// direct object ("meet Kim Jong Un") or a verb of telling ("told VOA"): such an actor is an
// object, never a subject.
func (ss *sentState) directObject(i int) bool {
	j := i - 1
	if k := ss.keyAt(j); k == kwThe || k == kwA {
		j--
	}
	if j < 0 || !ss.items[j].hasKind(lexTrigger) && !ss.itemIn(j, addressVerbs) {
		return false // most words carry no trigger and are no verb of telling: no look at their values
	}
	if ss.itemIn(j, addressVerbs) {
		return true
	}
	for _, v := range ss.lex.valsIn(ss.items[j].vals) {
		if v.kind == lexTrigger && v.trigger.Verb && v.trigger.Direct {
			return true
		}
	}
	return false
}

// objects returns the refs the trigger at t takes as objects: right after it when the
// trigger allows a direct object (across at most three determiners or adjectives), or after
// one of its prepositions; and the item where they end.
func (ss *sentState) objects(t int, tr *trigger) ([]int, int) {
	j := t + 1
	if ss.gerundObject(t) {
		return nil, j // "agreed on expanding maritime cooperation with Japan": Japan is the cooperation's
	}
	// The preposition may come after a short adverbial or object: "spoke on Monday with",
	// "had spoken over 48 hours with", "bans gallium exports to", "met for several hours
	// Thursday behind closed doors with".
	for k := j; k < len(ss.items) && k <= j+8; k++ {
		at := ss.items[k].key
		for p, keys := range tr.prepKeys {
			if keys[0] != at {
				continue // the first key rules out most prepositions before keysAt and Preps
			}
			prep := tr.Preps[p]
			if ss.keysAt(k, keys) && prep[0] != "between" { // "between X and Y" is betweenFrame's
				list, end := ss.refListOf(k+len(prep), tr.Relation == Sanctions)
				if len(list) == 0 && tr.Relation == Sanctions {
					// "restrictions on sales to China", "a ban on imports from Russia"
					list, end = ss.tradeTarget(k + len(prep))
				}
				if len(list) == 0 && tr.stance() {
					list, end = ss.ledProposalOwner(k + len(prep)) // "support for the IGAD-led process"
				}
				if len(list) == 0 {
					// "talks with several delegations, including those of Russia and India"
					list, end = ss.includingList(k+len(prep), tr.Relation == Sanctions)
				}
				if prep[0] == "with" && ss.keyAt(end) == kwAs && ss.isLowerWord(end+1) {
					return nil, end // "convened talks with Saudi Arabia as co-hosts": not a party
				}
				list, end = ss.withIncluded(list, end)
				if len(list) > 0 && ss.keyAt(end-1) == kwAnd && ss.keysAt(end, keys) {
					// "spoke with Asif and with Muttaqi": the preposition said again.
					first := slices.Clone(list) // refListOf reuses ss.listArgs
					if more, mend := ss.refListOf(end+len(prep), tr.Relation == Sanctions); len(more) > 0 {
						list = append(first, more...)
						ss.listArgs, end = list, mend
					} else {
						list = first
					}
				}
				return list, end
			}
		}
		if e := ss.placePhraseEnd(k); e > k {
			k = e - 1 // "met in Singapore with", "held talks in Manila on July 2 with"
			continue
		}
		if ss.items[k].kind != itWord && ss.classAt(k)&wordSupply == 0 || ss.isClauseBreak(k) || ss.items[k].ref >= 0 {
			// A supply word may be a trigger of its own: "supplying weapons to the RSF".
			break
		}
	}
	if !tr.Direct {
		return nil, j
	}
	if list, end := ss.includingList(j, tr.Relation == Sanctions); len(list) > 0 {
		return list, end // "fund its proxies across the region, including Hamas and Hezbollah"
	}
	for skip := 0; skip < 4 && j < len(ss.items); skip++ {
		if k := ss.keyAt(j); j > t+1 && ((k == kwOf || k == kwFrom) && ss.classAt(j-1)&wordAgent != 0 ||
			k == kwOf && ss.itemIn(j-1, quantifiers) ||
			k == kwFrom && tr.stance() && ss.classAt(j-1)&wordProposal != 0 ||
			k == kwBy && tr.stance() && ss.proposalBefore(j)) {
			// "killed dozens of Malian soldiers", "rejected demands from Brussels",
			// "criticised the decision by Norway", "vetoed the amendments proposed by
			// France": the owner of a proposal or measure
			j++ // "armed the forces of Mali", "received a delegation from the Houthis"
			skip--
			continue
		}
		if ss.compoundModifier(j) && ss.isLowerWord(j-1) && ss.isLowerWord(j+1) ||
			ss.classAt(j)&(wordClassGroup|wordClassOrg) != 0 && j+1 < len(ss.items) && ss.items[j+1].kind == itName {
			// "the far-right settler group Lehava": one modifier, and a class noun that only
			// introduces the name (as in refListOf)
			if ss.keyAt(j) == kwHyphen {
				j++
			}
			j++
			skip--
			continue
		}
		if r := ss.outerRef(j); r >= 0 {
			if ss.refs[r].first != j && !(ss.refs[r].first == j-1 && ss.keyAt(j-1) == kwThe) {
				return nil, j
			}
			if ss.refs[r].weak && ss.participleAdjective(ss.refs[r].last) {
				j = ss.refs[r].last // "attacked the Lebanese armed group Hezbollah": a modifier
				continue
			}
			if ss.compoundModifier(ss.refs[r].last) {
				if tr.stance() {
					if list, end := ss.ledProposalOwner(j); len(list) > 0 {
						return list, end // "backs the IGAD-led process": IGAD's
					}
				}
				j = ss.refs[r].last + 2 // "heads the UN-recognised Government of National Unity"
				continue
			}
			// "backed the Barbadian levy proposal": the demonym's proposal is its state's
			weakOK := tr.Relation == Sanctions || tr.stance() && ss.proposalAfter(ss.refs[r].last)
			return ss.withIncluded(ss.refListOf(ss.refs[r].first, weakOK))
		}
		if ss.relationalNoun(j) {
			j++ // "supported its ally Azerbaijan": a noun of relation before the name
			continue
		}
		if (ss.items[j].kind != itWord || !ss.items[j].tokenIsWord(&ss.tk)) && !ss.isCueOnly(j) && !ss.participleAdjective(j) || ss.isClauseBreak(j) ||
			ss.itemIn(j, prepositions) || ss.keyAt(j) == kwBy {
			break
		}
		j++
	}
	if tr.Relation == Sanctions {
		return ss.tradeTarget(t + 1) // "restricted exports of chipmaking machines to China"
	}
	return nil, j
}

// relationalNoun reports whether item j is a noun of a standing relation (a state noun
// trigger: "ally", "backer") right before a name it stands in apposition to ("its ally
// Azerbaijan").
func (ss *sentState) relationalNoun(j int) bool {
	if r := ss.outerRef(j + 1); r < 0 || ss.refs[r].first != j+1 {
		return false
	}
	for _, v := range ss.lex.valsIn(ss.items[j].vals) {
		if v.kind == lexTrigger && !v.trigger.Verb && v.trigger.State {
			return true
		}
	}
	return false
}

// gerundObject reports whether the verb trigger at item t takes a gerund as its object,
// after "on" or not ("agreed on expanding cooperation with Japan", "considered imposing
// sanctions on"): the phrases after the gerund are its arguments, not the trigger's.
func (ss *sentState) gerundObject(t int) bool {
	g := t + 1
	if ss.keyAt(g) == kwOn {
		g++
	}
	if !ss.isLowerWord(g) {
		return false
	}
	if k := ss.itemKey(g); len(k) < 5 || k[len(k)-3:] != "ing" || ss.isNoun(t) ||
		ss.itemIn(g, prepositions) || ss.classAt(g)&wordFunction != 0 || ss.keyAt(g) == kwIncluding {
		return false
	}
	trig := ss.items[g].hasKind(lexTrigger)
	return !trig
}

// withIncluded adds to a list of refs that ends at item end, after "and" or after a
// state's collective, the members of the collective that closes it: "President Karzai and
// senior Afghan ministers, including Mr. Spanta and Mr. Atmar", "talks with Israeli
// officials including President Peres". The list is ss.listArgs.
func (ss *sentState) withIncluded(list []int, end int) ([]int, int) {
	if len(list) == 0 {
		return list, end
	}
	if ss.keyAt(end-1) != kwAnd {
		i := end
		if ss.keyAt(i) == kwComma {
			i++
		}
		if ss.keyAt(i) != kwIncluding || !ss.isCollectiveOf(list[len(list)-1]) {
			return list, end
		}
	}
	saved := ss.listArgs // list's buffer, which includingList would reuse
	ss.listArgs = nil
	more, mend := ss.includingList(end, false)
	ss.listArgs = saved
	if len(more) == 0 {
		return list, end
	}
	ss.listArgs = append(list, more...)
	return ss.listArgs, mend
}

// placePhraseEnd returns the item after "in PLACE" or "at PLACE" starting at item i, where
// PLACE is a country, a capital or a place of the lexicon ("in Singapore", "in Manila", "at
// Camp David"), or a name that says nothing of what it names ("in Kunming"); i when no
// such phrase starts there. A country named as the place of an
// event is no argument of the trigger before it.
func (ss *sentState) placePhraseEnd(i int) int {
	if k := ss.keyAt(i); k != kwIn && k != kwAt || i+1 >= len(ss.items) {
		return i
	}
	if r := ss.outerRef(i + 1); r >= 0 {
		if p := &ss.refs[r]; p.first == i+1 && (p.kind == Country && !p.weak || p.kind == "" && p.title == nil && !p.pronoun && !p.class) {
			return p.last // "in Vietnam", and "in Kunming": a name that says nothing of what it names
		}
		return i
	}
	if ss.items[i+1].hasKind(lexCapital) {
		return i + 2
	}
	if ss.items[i+1].hasKind(lexPlace) {
		return i + 2
	}
	return i
}

// isCueOnly reports whether item j is a lexicon phrase that is only a modality cue
// ("recognised neither González nor Maduro").
func (ss *sentState) isCueOnly(j int) bool {
	if ss.items[j].kind != itLexicon {
		return false
	}
	for _, v := range ss.lex.valsIn(ss.items[j].vals) {
		if v.kind != lexCue {
			return false
		}
	}
	return true
}

func (it *item) tokenIsWord(t *tokenizer) bool { return t.toks[it.first].is(tWord) }

// keysAt reports whether the one-token items from i on have keys, numbers of keys the
// lexicon holds (a longer item has none).
func (ss *sentState) keysAt(i int, keys []keyID) bool {
	for n, k := range keys {
		if ss.keyAt(i+n) != k {
			return false
		}
	}
	return true
}

// refList reads a coordination of refs starting at item i: "X", "X and Y", "X, Y and Z",
// with articles and appositives skipped. It returns the refs and the item after the list.
// The refs are ss.listArgs, good until the next call.
func (ss *sentState) refList(i int) ([]int, int) {
	return ss.refListOf(i, false)
}

// refListOf is refList; with weakOK, a demonym before any noun counts ("sanctions on two
// Russian oil companies" target Russia).
func (ss *sentState) refListOf(i int, weakOK bool) ([]int, int) {
	list := ss.listArgs[:0]
	joined := false // an "and" or "or" has joined the list
	// afterAnd: the ref read next follows a conjunction, which joinedBefore did not yet count
	afterAnd, joinedBefore := false, false
	// A list needs a conjunction: in "with Xi Jinping, Joe Biden raised ..." the comma
	// ends the object. cut and cutAt remember the list as it was at its first comma.
	cut, cutAt := -1, -1
	done := func() ([]int, int) {
		ss.listArgs = list
		if !joined && cut >= 0 {
			return list[:cut], cutAt
		}
		return list, i
	}
	for n := 0; i < len(ss.items) && n < maxArgDistance; n++ {
		if k := ss.keyAt(i); k == kwThe || k == kwBoth || k == kwA || k == kwNeither || ss.itemIn(i, quantifiers) ||
			ss.isNumber(i) ||
			ss.classAt(i)&(wordClassGroup|wordClassOrg) != 0 && i+1 < len(ss.items) && ss.items[i+1].kind == itName {
			i++ // "the gang Gran Grif": the class noun only introduces the name
			continue
		}
		if ss.agentOf(i) {
			i += 2 // "talks with Garry Conille and representatives of the council"
			continue
		}
		if ss.itemIn(i, regionAdjectives) && i+1 < len(ss.items) && ss.items[i+1].ref >= 0 {
			i++ // "fired rockets at northern Israel"
			continue
		}
		if len(list) == 0 && n < 3 && ss.keyAt(i-1) == kwThe && ss.isLowerWord(i) &&
			ss.items[i].ref < 0 && i+1 < len(ss.items) && ss.items[i+1].ref >= 0 &&
			ss.classAt(i)&(wordFunction|wordAgent) == 0 && !ss.itemIn(i, prepositions) {
			i++ // "a critic of the ruling Georgian Dream"
			continue
		}
		r := ss.outerRef(i)
		if r < 0 || ss.refs[r].weak && !weakOK || n > 0 && ss.refs[r].pronoun || ss.compoundModifier(ss.refs[r].last) {
			break
		}
		if p := ss.possessed(r); p >= 0 {
			r = p // "a delegation from Yemen's Houthi movement"
		}
		// An appositive names the actor before it again: "Qatar's emir, Sheikh Tamim, and".
		appositive := len(list) > 0 && ss.refs[list[len(list)-1]].actor == ss.refs[r].actor
		if ss.refs[r].actor != "" && !appositive {
			list = append(list, r)
		}
		if appositive && afterAnd {
			// "X, the finance minister and head of the party, and Y": the "and" joined two
			// descriptions of X, not two members.
			joined = joinedBefore
		}
		afterAnd = false
		i = ss.collectiveEnd(ss.refs[r].last) // "the Russian delegation", "Ethiopia's government"
		named := r                            // the ref the words after the member name
		if x := ss.refs[r].of; x >= 0 && ss.keyAt(i) == kwOf && ss.onlyModifiers(i+1, int(ss.refs[x].first)) {
			i, named = ss.refs[x].last, int(x) // "Prime Minister Fumio Kishida of Japan and President Yoon"
		}
		i = ss.classNounAfter(named, i) // "the leader of the Jewish Power party"
		if b := ss.outerRef(i + 1); ss.keyAt(i) == kwOpenParen && b >= 0 && ss.refs[b].first == i+1 &&
			ss.refs[b].actor == ss.refs[named].actor && ss.keyAt(ss.refs[b].last) == kwCloseParen {
			// "the Rapid Support Forces (RSF) and the SAF", "the Jewish Power (Otzma Yehudit) party, and"
			i = ss.classNounAfter(named, ss.refs[b].last+1)
		}
		relative := false // "Khalifa Haftar, who controls eastern Libya, and Aguila Saleh"
		if w := ss.keyAt(i + 1); ss.keyAt(i) == kwComma && (w == kwWho || w == kwWhich) {
			if c := ss.relativeClauseEnd(i + 1); c >= 0 && ss.keyAt(c+1) == kwAnd {
				i, relative = c, true
			}
		}
		switch ss.keyAt(i) {
		case kwAnd, kwOr, kwNor:
			joinedBefore, joined, afterAnd = joined, true, true
			i++
		case kwComma:
			// "X, Y and Z" and "X, Y, and Z" go on; ", and" after a single actor or after
			// "X and Y" starts a new clause ("talks with Seoul, and she criticised ...",
			// "armed Mali and Burkina Faso, and Moscow has supplied Niger"). A comma after
			// the member the conjunction joined ends the list: "led by Rubio and Witkoff,
			// Trump said".
			if joined && !relative && !ss.appositiveNameAfter(i, list) {
				return done()
			}
			if ss.keyAt(i+1) == kwAnd {
				if !relative && !appositive && (len(list) < 2 || joined) {
					return done()
				}
				joined = true
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

// onlyModifiers reports whether the items [from, to) are a few lower-case words and no
// actor, as between "of" and the name in "the leader of the far-right Jewish Power".
func (ss *sentState) onlyModifiers(from, to int) bool {
	if to < from || to-from > 4 {
		return false
	}
	for i := from; i < to; i++ {
		if ss.keyAt(i) == kwHyphen && ss.adjacent(i-1, i) && ss.adjacent(i, i+1) {
			continue // "far-right"
		}
		if ss.items[i].ref >= 0 || ss.isClauseBreak(i) || ss.keyAt(i) == kwComma || ss.tk.toks[ss.items[i].first].is(tCap) {
			return false
		}
	}
	return true
}

// classNounAfter returns the item after the class noun at item i that says what
// organization or group the ref named is ("the Jewish Power party"), or i when there is
// none.
func (ss *sentState) classNounAfter(named, i int) int {
	if _, info := ss.itemInfo(i); isClassNoun(info) && ss.isLowerWord(i) &&
		(ss.refs[named].kind == Organization || ss.refs[named].kind == Group) {
		return i + 1
	}
	return i
}

// appositiveNameAfter reports whether the comma at item c opens an appositive name of the last
// ref of list: "and Qatar's emir, Sheikh Tamim bin Hamad Al Thani,".
func (ss *sentState) appositiveNameAfter(c int, list []int) bool {
	r := ss.outerRef(c + 1)
	return r >= 0 && len(list) > 0 && ss.refs[r].first == c+1 && ss.refs[r].actor == ss.refs[list[len(list)-1]].actor
}

// agentOf reports whether item i is a collective of people followed by "of" or "from" and
// a state or body ("representatives of the council", "envoys from North Korea"): the
// collective stands for what follows. "the government of former President Santos" is no
// such phrase, nor "representatives of Juan Manuel Santos": only a state or body stands
// behind its collective (3.5 of the guidelines).
func (ss *sentState) agentOf(i int) bool {
	if k := ss.keyAt(i + 1); ss.classAt(i)&wordAgent == 0 || k != kwOf && k != kwFrom || !ss.isLowerWord(i) || ss.outerRef(i) >= 0 {
		return false
	}
	j := i + 2
	if ss.keyAt(j) == kwThe {
		j++
	}
	r := ss.outerRef(j)
	return r >= 0 && ss.refs[r].kind != Person
}

// coordinatedBefore returns the refs coordinated with and ending at ref r ("Egypt, Qatar and
// the United States"), in text order. The list is ss.listRefs, good until the next call.
func (ss *sentState) coordinatedBefore(r int) []int {
	list := append(ss.listRefs[:0], r) // backwards, reversed at the end
	for i := ss.ownerBefore(ss.refs[r].first - 1); i > 0 && len(list) < maxArgDistance; {
		k := ss.keyAt(i)
		if k != kwAnd && k != kwComma && k != kwOr {
			break
		}
		j := i - 1
		oxford := false // ", and"
		if ss.keyAt(j) == kwComma {
			j--
			oxford = k == kwAnd || k == kwOr
		}
		p := ss.collectiveRef(j)
		if p >= 0 {
			if q := ss.titleHolder(p); q >= 0 {
				p = q // "President Ruto of Kenya and President Museveni met": Ruto, not Kenya
			}
		}
		if p < 0 || ss.refs[p].actor == "" || ss.refs[p].weak {
			break
		}
		if oxford && len(list) == 1 && ss.keyAt(ss.refs[p].first-1) != kwComma {
			break // "support for Ukraine, and President Biden thanked": a new clause
		}
		list = append(list, p)
		i = ss.ownerBefore(ss.refs[p].first - 1)
	}
	slices.Reverse(list)
	ss.listRefs = list
	return list
}

// ownerBefore returns the item before the owner of a person named after its "'s" at item
// i ("and Egypt's Abdel Fattah el-Sisi met"), or before a possessive pronoun and a noun of
// relation there ("and his rival Alassane Ouattara", "and his U.S. counterpart Lloyd
// Austin"), or i when no such owner ends there.
func (ss *sentState) ownerBefore(i int) int {
	if i > 0 && ss.relationalNoun(i) {
		i-- // "his rival"
	}
	if k := ss.keyAt(i); k == kwHis || k == kwHer || k == kwIts || k == kwTheir {
		return i - 1
	}
	if ss.keyAt(i) != kwPossessive {
		return i
	}
	if o := ss.outerRef(i - 1); o >= 0 && ss.refs[o].last == i && ss.refs[o].kind == Country {
		return ss.refs[o].first - 1
	}
	return i
}

// subjectList returns ref r with the refs coordinated before it by "and" or "or" ("X and
// Y", "X, Y and Z"); a comma alone does not coordinate ("In Cairo, Hamas said"). The list
// is ss.listRefs, good until the next call.
func (ss *sentState) subjectList(r int) []int {
	switch ss.keyAt(ss.ownerBefore(ss.refs[r].first - 1)) {
	case kwAnd, kwOr, kwNor:
		l := ss.coordinatedBefore(r)
		// Members that are objects of a preposition belong to an earlier clause: "the
		// forces of Mali and Burkina Faso, and Moscow has supplied Niger". A subject that
		// is itself an object, the antecedent of a relative pronoun, takes the members
		// of its own list: "praised Egypt and the United States, which mediated".
		for i := len(l) - 2; i >= 0; i-- {
			if ss.refs[l[i]].prep != ss.refs[r].prep {
				return l[i+1:]
			}
		}
		return l
	}
	ss.listRefs = append(ss.listRefs[:0], r)
	return ss.listRefs
}

// possessed returns the actor that ref r possesses right after its "'s" ("Yemen's Houthi
// movement", "Russia's Sergei Lavrov"), perhaps named after a noun of kinship ("Hun Sen's
// son, Hun Manet"), or -1: not one that only modifies a proposal of r's ("Kenya's UN
// Security Council bid", "India's G20 presidency" are Kenya's and India's).
func (ss *sentState) possessed(r int) int {
	if ss.keyAt(ss.refs[r].last) != kwPossessive {
		return -1
	}
	at := ss.refs[r].last + 1
	if ss.classAt(at)&wordKin != 0 {
		if at++; ss.keyAt(at) == kwComma {
			at++
		}
	}
	p := ss.outerRef(at)
	if p < 0 || p == r || ss.refs[p].first != at || ss.refs[p].actor == "" || ss.refs[p].desc || ss.refs[p].class ||
		ss.proposalAfter(ss.refs[p].last) {
		return -1
	}
	return p
}

// collectiveEnd returns the item after the collective noun that makes the ref ending at
// item i stand for its state or body ("the Russian delegation", "Ethiopia's federal
// government"), or i when no collective follows.
func (ss *sentState) collectiveEnd(i int) int {
	j := i
	if ss.keyAt(j) == kwPossessive {
		j++
	}
	for k := j; k < len(ss.items) && k <= j+2; k++ {
		if ss.classAt(k)&wordAgent != 0 && !ss.items[k].hasKind(lexTrigger) {
			return k + 1
		}
		if !ss.isLowerWord(k) || ss.keyAt(k) == kwAnd || ss.keyAt(k) == kwOr {
			break
		}
	}
	return i
}

// collectiveRef returns the ref at item j, or the ref whose collective ends at j
// ("Ethiopia's federal government and the TPLF"), or the group or body whose class noun
// follows its name at j ("FARC rebels and Colombian negotiators"); -1 when there is none.
func (ss *sentState) collectiveRef(j int) int {
	if j > 0 && j < len(ss.items) && ss.classAt(j)&wordClassGroup != 0 && ss.isLowerWord(j) {
		if r := ss.outerRef(j - 1); r >= 0 && ss.refs[r].last == j && (ss.refs[r].kind == Organization || ss.refs[r].kind == Group) {
			return r
		}
	}
	if j >= 0 && j < len(ss.items) && ss.classAt(j)&wordAgent != 0 {
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if r := ss.outerRef(k); r >= 0 {
				if ss.collectiveEnd(ss.refs[r].last) == j+1 {
					return r
				}
				break
			}
		}
	}
	return ss.outerRef(j)
}

// isCollectiveOf reports whether ref r names a state or body only through a collective of
// it: "Ukraine's delegation", "the Russian team", "the delegation".
func (ss *sentState) isCollectiveOf(r int) bool {
	if ss.refs[r].class && ss.classAt(ss.refs[r].last-1)&wordAgent != 0 {
		return true // "the delegation", standing for the state whose delegation it is
	}
	j := ss.refs[r].last
	if ss.keyAt(j) == kwPossessive {
		j++
	}
	for k := j; k <= j+1 && k < len(ss.items); k++ { // "the U.S. negotiating team"
		if ss.classAt(k)&wordAgent != 0 {
			return true
		}
	}
	return false
}

// reasonAgent returns the object of a verb of opposition or sanction whose reason the noun
// trigger at item t states after "over" or "for", with up to three lower-case words between
// ("criticised the United States over arms sales to Taiwan", "over its arms sales"): the
// object does what the noun says. It returns -1 when the noun is no such reason.
func (ss *sentState) reasonAgent(t int) int {
	i := t - 1
	for n := 0; n < 3 && i > 0 && ss.isLowerWord(i) && ss.keyAt(i) != kwFor && ss.itemKey(i) != "over"; n++ {
		i-- // "its", "arms", "continued"
	}
	if ss.keyAt(i) != kwFor && ss.itemKey(i) != "over" {
		return -1
	}
	o := ss.outerRef(i - 1)
	if o < 0 || ss.refs[o].last != i || ss.refs[o].actor == "" || ss.refs[o].pronoun {
		return -1
	}
	v := ss.refs[o].first - 1
	if ss.keyAt(v) == kwThe {
		v--
	}
	for _, val := range ss.lex.valsIn(ss.items[max(v, 0)].vals) {
		if val.kind == lexTrigger && val.trigger.Verb && (val.trigger.Relation == Opposes || val.trigger.Relation == Sanctions) {
			return o
		}
	}
	return -1
}

// ledProposalOwner reads "[the] X-led PROPOSAL" at item j ("the IGAD-led process", "the
// Qatari-brokered truce"): the actor X that leads the proposal, in ss.listArgs, and the item
// after the proposal; or nil and j. Backing such a proposal backs X.
func (ss *sentState) ledProposalOwner(j int) ([]int, int) {
	i := j
	if ss.keyAt(i) == kwThe {
		i++
	}
	r := ss.outerRef(i)
	if r < 0 || ss.refs[r].first != i && !(ss.refs[r].first == i-1 && ss.keyAt(i-1) == kwThe) ||
		!ss.ledProposal(r) {
		return nil, j
	}
	ss.listArgs = append(ss.listArgs[:0], r)
	return ss.listArgs, ss.refs[r].last + 3
}

// ledProposal reports whether ref r is followed by a hyphen, a verb of leading and a
// proposal noun ("IGAD-led process", "Qatari-brokered initiative", "a U.S.-drafted
// resolution"): backing or rejecting the proposal backs or opposes r.
func (ss *sentState) ledProposal(r int) bool {
	if !ss.compoundModifier(ss.refs[r].last) {
		return false
	}
	i := ss.refs[r].last + 1
	switch ss.itemKey(i) {
	case "led", "brokered", "mediated", "sponsored", "backed", "proposed", "drafted":
	default:
		return false
	}
	return ss.classAt(i+1)&wordProposal != 0
}
