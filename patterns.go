package actorgraph

// This file is stage 5 of the pipeline: relation patterns. Each trigger word of
// triggers.tsv is read in the frames its row allows, and each frame is a named rule that
// Parser.DisableRules can turn off:
//
//	noun-between  "a meeting between X and Y", "the war between X and Y"
//	hyphen-pair   "the Putin-Trump meeting", "U.S.-China talks"
//	possessive    "Russia's war against Ukraine", "EU sanctions on Russia"
//	noun-object   "talks with Russia" (the other end is the clause's subject)
//	verb          "Trump met Putin", "X and Y met", "Lee plans to call Kim"
//	passive       "the group, which is armed by Iran", "the RSF, led by Dagalo"

import (
	"slices"
	"strings"
)

// maxArgDistance bounds how many items a pattern looks across for an argument, so that
// matching stays linear in the sentence length.
const maxArgDistance = 24

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

// outerRef returns the outermost ref covering item i ("Russian President Vladimir Putin"
// for the item "Russian"), or -1.
func (st *docState) outerRef(items []item, refs []ref, i int) int {
	if i < 0 || i >= len(items) {
		return -1
	}
	k := items[i].ref
	for k >= 0 && refs[k].inside > 0 {
		k = int(refs[k].inside) - 1
	}
	return k
}

// applyNoun tries the noun frames of a trigger at item t; the first frame that finds both
// ends wins, and applyNoun reports whether one did.
func (st *docState) applyNoun(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	return st.allyFrame(items, refs, t, tr, sent) ||
		st.betweenFrame(items, refs, t, tr, sent) ||
		st.hyphenFrame(items, refs, t, tr, sent) ||
		st.possessiveFrame(items, refs, t, tr, sent) ||
		st.objectFrame(items, refs, t, tr, sent, "noun-object") ||
		st.jointFrame(items, refs, t, tr, sent)
}

// afterLightVerb reports whether the noun at item t is the object of a light verb, across
// at most three determiners and adjectives ("resumed their first direct talks").
func (st *docState) afterLightVerb(items []item, t int) bool {
	for i := t - 1; i >= 0 && i >= t-4; i-- {
		if st.classAt(items, i)&wordLightVerb != 0 {
			return true
		}
		if items[i].kind != itWord || !st.isLowerWord(items, i) && st.keyAt(items, i) != kwHyphen {
			return false
		}
	}
	return false
}

// allyFrame reads "X's ally Y" and "its ally Y": a noun for a supporter put before the
// supporter's name, so that Y supports X.
func (st *docState) allyFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if tr.Relation != Supports || !tr.State || !st.p.ruleEnabled("possessive") {
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
	st.relate(Supports, refs[y].actor, x, Actual, sent, items, t-1, refs[y].last, "possessive")
	return true
}

// jointFrame reads a symmetric noun whose clause has several subjects: "Russia and Ukraine
// resumed talks", "the two sides held a summit".
func (st *docState) jointFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !tr.Relation.Symmetric() || tr.State || !st.p.ruleEnabled("noun-object") || !st.afterLightVerb(items, t) {
		return false
	}
	list, from := st.subjects(items, refs, t)
	if len(list) < 2 {
		return false
	}
	m := st.modality(items, t, tr)
	for a := range list {
		for b := a + 1; b < len(list); b++ {
			st.relate(tr.Relation, list[a], list[b], m, sent, items, min(from, t), t+1, "noun-object")
		}
	}
	return true
}

// betweenFrame reads "TRIGGER between X and Y [and Z]" and relates every pair.
func (st *docState) betweenFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled("noun-between") {
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
			st.relate(tr.Relation, ids[a], ids[b], m, sent, items, t, end, "noun-between")
		}
	}
	st.noteList(ids)
	return true
}

// hyphenFrame reads "X-Y [word] TRIGGER": two refs joined by a hyphen with no spaces.
func (st *docState) hyphenFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled("hyphen-pair") {
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
		st.relate(tr.Relation, refs[a].actor, refs[b].actor, st.modality(items, t, tr), sent, items, refs[a].first, t+1, "hyphen-pair")
		st.noteList([]string{refs[a].actor, refs[b].actor}) // "the Trump-Lee summit ... the two leaders"
		return true
	}
	return false
}

// modifiesNoun reports whether item i, right after an actor, is a noun the actor only
// qualifies: a trigger noun or a word for an event or place ("Afghanistan talks").
func (st *docState) modifiesNoun(items []item, i int) bool {
	if i >= len(items) {
		return false
	}
	for _, v := range st.lex.valsIn(items[i].vals) {
		if v.kind == lexTrigger && !v.trigger.Verb {
			return true
		}
	}
	return st.classAt(items, i)&wordNonActor != 0
}

// adjacent reports whether items i and j touch with no space between them.
func (st *docState) adjacent(items []item, i, j int) bool {
	if i < 0 || j >= len(items) {
		return false
	}
	return st.tk.toks[items[i].last-1].end == st.tk.toks[items[j].first].start
}

// possessiveFrame reads "X's [word] TRIGGER PREP Y" ("Russia's war against Ukraine").
func (st *docState) possessiveFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled("possessive") {
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
							st.relate(tr.Relation, refs[r].actor, refs[o].actor, st.modality(items, t, tr), sent, items, s, end, "possessive")
						}
						break
					}
				}
				return true
			}
			// "the two sides ... ended their two-year war": between the last two actors
			// named together. With more, "their strikes" are on someone else, and after a
			// group as the subject ("The Houthis say their attacks ...") "their" is its own.
			if r := st.subject(items, refs, s); r >= 0 && refs[r].kind == Group && len(st.subjectList(items, refs, r)) == 1 {
				return true
			}
			group := st.groupBefore(items, refs, s)
			if len(group) < 2 {
				group = st.lastGroup
			}
			if len(group) != 2 {
				return false
			}
			st.relate(tr.Relation, group[0], group[1], st.modality(items, t, tr), sent, items, s, t+1, "possessive")
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
				st.relate(Supports, refs[y].actor, x, st.modality(items, t, tr), sent, items, min(from, refs[y].first), t+1, "possessive")
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
			st.relate(tr.Relation, refs[a].actor, refs[o].actor, st.modality(items, t, tr), sent, items, refs[a].first, end, "possessive")
		}
		return len(objs) > 0
	}
	return false
}

// isLowerWord reports a one-token lower-case word.
func (st *docState) isLowerWord(items []item, i int) bool {
	if i < 0 || i >= len(items) {
		return false
	}
	tok := &st.tk.toks[items[i].first]
	return items[i].last-items[i].first == 1 && tok.is(tWord) && !tok.is(tCap) && !tok.is(tNumber)
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

// inFrontedPhrase reports whether the trigger at item t may be a noun in a sentence that
// opens with a prepositional phrase, as frontedSubject needs.
func (st *docState) inFrontedPhrase(items []item, t int) bool {
	return !st.isVerb(items, t) && st.itemIn(items, 0, frontedPrepositions)
}

// frontedSubject returns the subject of the main clause when the noun trigger at item t
// stands in an opening prepositional phrase (inFrontedPhrase) that ends at or after item
// end: "In a phone call with Xi on Tuesday, Biden raised Taiwan", "During talks with Kyiv,
// Moscow said".
func (st *docState) frontedSubject(items []item, refs []ref, t, end int) []string {
	for i := 1; i < t; i++ {
		if st.isClauseBreak(items, i) || items[i].ref >= 0 {
			return nil
		}
	}
	for c := end; c < len(items) && c <= end+4; c++ {
		if st.keyAt(items, c) != kwComma {
			if st.isClauseBreak(items, c) {
				return nil
			}
			continue
		}
		r := st.outerRef(items, refs, c+1)
		if r < 0 || refs[r].first != c+1 && !(refs[r].first == c+2 && st.keyAt(items, c+1) == kwThe) || refs[r].actor == "" || refs[r].weak {
			return nil
		}
		list, _ := st.refListOf(items, refs, refs[r].first, false)
		var ids []string
		for _, k := range list {
			ids = append(ids, refs[k].actor)
		}
		return ids
	}
	return nil
}

// eventAt reports whether the noun phrase at item i ("dangerous actions", "the strikes")
// names an event or action (words.tsv class "event") after at most two adjectives.
func (st *docState) eventAt(items []item, i int) bool {
	for k := i; k < len(items) && k <= i+2; k++ {
		if st.classAt(items, k)&wordEvent != 0 {
			return true
		}
		if !st.isLowerWord(items, k) {
			return false
		}
	}
	return false
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
	if !tr.Direct || group == 0 {
		group = 0
		for _, prep := range tr.Preps {
			if len(prep) == 1 && st.itemKey(items, j) == prep[0] {
				if group, end = st.groupPhrase(items, j+1); group != 0 {
					break
				}
			}
		}
		if group == 0 {
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

// groupPhrase reads a plural reference to actors named before at item j: "them", "both
// leaders", "the two sides", "the three countries". It returns what the reference means
// (subjectThey, subjectTwoPeople or subjectStates; 0 for none) and the item after it.
func (st *docState) groupPhrase(items []item, j int) (int, int) {
	k := st.keyAt(items, j)
	switch {
	case k == kwThem:
		return subjectThey, j + 1
	case k == kwBoth:
		j++
	case k == kwThe && st.itemIn(items, j+1, quantifiers):
		j += 2
	case k == kwThe && st.classAt(items, j+1)&wordPeople != 0:
		j++ // "the leaders", "the ministers"
	default:
		return 0, j
	}
	switch n := st.keyAt(items, j); {
	case st.classAt(items, j)&wordPeople != 0:
		return subjectTwoPeople, j + 1
	case n == kwSides || n == kwParties:
		return subjectStates, j + 1
	case n == kwCountries || n == kwNations || n == kwStates:
		return subjectCountries, j + 1
	case st.classAt(items, j)&wordGroups != 0:
		return subjectStates, j + 1
	}
	return 0, j
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

// verbFrame reads "SUBJECT TRIGGER [PREP] OBJECT", or for symmetric relations and
// contacts "X and Y TRIGGER" (a call with no stated direction goes from the first named).
// A passive ("is armed by Iran", "the RSF, led by Dagalo") or "X-backed Y" is read first.
func (st *docState) verbFrame(items []item, refs []ref, t int, tr *trigger, sent int) {
	if st.passiveFrame(items, refs, t, tr, sent) || st.hyphenVerbFrame(items, refs, t, tr, sent) {
		return
	}
	if st.objectFrame(items, refs, t, tr, sent, "verb") || !st.p.ruleEnabled("verb") ||
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
			st.relate(tr.Relation, list[a], list[b], m, sent, items, min(from, t), t+1, "verb")
		}
	}
}

// passiveFrame reads "PATIENT is TRIGGER[ed] [and TRIGGER[ed]] by AGENT" and the reduced
// "PATIENT, TRIGGER[ed] by AGENT": the agent is the source. A delegation or team led by
// someone makes them a member of its state, not its leader.
func (st *docState) passiveFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled("passive") {
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
	patient := st.subject(items, refs, t)
	if patient < 0 {
		return true // a passive whose patient is unnamed: no other frame applies either
	}
	typ := tr.Relation
	if typ == LeaderOf && st.isCollectiveOf(items, refs, patient) {
		typ = MemberOf
	}
	m := st.modality(items, t, tr)
	for _, a := range agents {
		st.relate(typ, refs[a].actor, refs[patient].actor, m, sent, items, min(refs[patient].first, t), end, "passive")
	}
	return true
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

// hyphenVerbFrame reads "X-TRIGGER[ed] Y": "the Iran-backed Houthis", "Belgrade-backed
// Serb List".
func (st *docState) hyphenVerbFrame(items []item, refs []ref, t int, tr *trigger, sent int) bool {
	if !st.p.ruleEnabled("hyphen-pair") || t < 2 || st.keyAt(items, t-1) != kwHyphen ||
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
			st.relate(tr.Relation, refs[a].actor, refs[b].actor, st.modality(items, t, tr), sent, items, refs[a].first, refs[b].last, "hyphen-pair")
			return true
		}
		if items[j].kind != itWord || st.isClauseBreak(items, j) {
			break
		}
	}
	return true
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

// compoundModifier reports whether the item at i joins the ref before it to a word by a
// hyphen, as in "EU-brokered talks": the actor modifies a noun and is no argument.
func (st *docState) compoundModifier(items []item, i int) bool {
	return st.keyAt(items, i) == kwHyphen && st.adjacent(items, i-1, i) && st.adjacent(items, i, i+1)
}

// subject finds the actor a clause is about, looking left from item t: the nearest ref that
// is not the object of a preposition (an agent after "by" counts).
func (st *docState) subject(items []item, refs []ref, t int) int {
	if r := st.appositiveHead(items, refs, t); r >= 0 {
		return r // "Nabih Berri, an ally of Hezbollah"
	}
	// "Chang told reporters Seoul was considering arms for Kyiv and condemned Moscow": a
	// verb right after "and" shares the subject of the sentence's first verb, not of the
	// clause in between.
	if st.keyAt(items, t-1) == kwAnd {
		if _, ok := items[t].has(st.lex, lexTrigger); ok {
			for i := 0; i < t-1; i++ {
				r := st.outerRef(items, refs, i)
				if r < 0 || refs[r].prep != 0 || refs[r].weak {
					continue
				}
				if refs[r].actor != "" {
					return r
				}
				break
			}
		}
	}
	// "accused the UAE of arming the RSF": the agent of a gerund after "of" is the actor
	// before "of".
	if st.keyAt(items, t-1) == kwOf {
		if r := st.outerRef(items, refs, t-2); r >= 0 && refs[r].actor != "" {
			return r
		}
		if r := st.objectRelative(items, refs, t-2); r >= 0 {
			return r // "Iran, which Riyadh accuses of arming the Houthis"
		}
	}
	// "X, who met Y": the subject is the antecedent of the relative pronoun just before the
	// verb (across auxiliaries and adverbs), or before a noun and the verb that carries it
	// ("Egypt, which signed a defence agreement with Somalia"); if that is not an actor,
	// there is none.
	noun := !st.isVerb(items, t)
	for i := t - 1; i >= 0 && i >= t-6; i-- {
		k := st.keyAt(items, i)
		if k == kwWho || k == kwWhich || k == kwThat {
			j := i - 1
			if st.keyAt(items, j) == kwComma {
				j--
			}
			if r := st.outerRef(items, refs, j); r >= 0 && refs[r].last == j+1 && refs[r].actor != "" && !refs[r].weak {
				if q := st.titleHolder(items, refs, r); q >= 0 && k == kwWho {
					return q // "Prime Minister Ralph Gonsalves of Saint Vincent, who chairs ..."
				}
				return r
			}
			if k == kwThat {
				break // "said that X met Y": "that" opens a clause; look on
			}
			return -1
		}
		auxiliary := items[i].kind == itWord && (st.itemIn(items, i, auxiliaries) || st.isAdverb(items, i))
		if !auxiliary && !(noun && st.isLowerWord(items, i) && !st.itemIn(items, i, prepositions)) {
			break
		}
	}
	for i := t - 1; i >= 0 && t-i <= maxArgDistance; i-- {
		k := st.keyAt(items, i)
		if (st.itemIn(items, i, quantifiers) || st.classAt(items, i)&wordPeople != 0) && st.keyAt(items, i-1) == kwThe || k == kwBoth && st.keyAt(items, i+1) != kwThe {
			// "the two leaders", "both sides", "the three countries", "the leaders"
			start := i
			if k != kwBoth {
				start--
			}
			if group, _ := st.groupPhrase(items, start); group != 0 {
				return group
			}
			if k == kwTwo || k == kwBoth {
				// "the two", "both": people when a verb follows, else the last list
				if st.keyAt(items, i+1) == kwAlso || i+1 == t {
					return subjectTwoPeople
				}
				return subjectThey
			}
		}
		if k == kwThey {
			if st.classAt(items, i-1)&wordReporting != 0 && i >= 2 && items[i-2].kind == itWord && items[i-2].ref < 0 &&
				st.isLowerWord(items, i-2) || st.classAt(items, i-1)&wordReporting != 0 && i == 2 && items[0].ref < 0 {
				return -1 // "Leaders said they would return": the unnamed speakers
			}
			return subjectThey
		}
		if k == kwIt {
			// "The Treasury said it had imposed sanctions": the state or body named last
			// as a subject before "it", outside relative clauses ("Japan, which hosts U.S.
			// forces, said it had ...").
			for j := i - 1; j >= 0; j-- {
				if st.keyAt(items, j) == kwComma {
					if w := st.relativeClauseStart(items, j); w >= 0 {
						j = w
						continue
					}
				}
				if r := st.outerRef(items, refs, j); r >= 0 && refs[r].prep == 0 && refs[r].actor != "" &&
					!refs[r].weak && st.actors[refs[r].actor] != nil && st.actors[refs[r].actor].Kind != Person {
					return r
				}
			}
			return -1
		}
		if st.itemIn(items, i, subjectBarriers) {
			return -1
		}
		if k == kwComma {
			// Step over a relative clause or an appositive that this comma closes:
			// "Ben-Gvir, who leads the Jewish Power party, criticised Netanyahu", "The
			// Netherlands, home to ASML, has imposed".
			if w := st.relativeClauseStart(items, i); w >= 0 {
				i = w
				continue
			}
			if w := st.appositiveStart(items, refs, i); w >= 0 {
				i = w
				continue
			}
			if w := st.reducedRelativeStart(items, i); w >= 0 {
				i = w // "The resolution, drafted by the United States, renewed ...": not the US
				continue
			}
		}
		r := st.outerRef(items, refs, i)
		if r < 0 || refs[r].weak || st.compoundModifier(items, refs[r].last) {
			continue // "a U.S.-led push to halt fighting": the actor only qualifies a noun
		}
		if p := refs[r].prep; p != 0 && p != kwBy && !(st.lex.inSet(p, clauseOpeners) && st.isVerb(items, t) && st.onlyAuxiliaries(items, st.collectiveEnd(items, refs[r].last), t)) {
			i = refs[r].first
			continue
		}
		if refs[r].actor == "" {
			return -1 // the subject is someone unnamed: "an official said"
		}
		return r
	}
	return -1
}

// appositiveHead returns the ref that a noun trigger at item t describes in an
// appositive, "X, a [close] ally of Y" or "X, the main backer of Y", or -1.
func (st *docState) appositiveHead(items []item, refs []ref, t int) int {
	if st.isVerb(items, t) {
		return -1
	}
	j := t - 1
	for j >= 0 && j >= t-3 && st.isLowerWord(items, j) && !st.itemIn(items, j, appositiveArticles) {
		j-- // adjectives: "a close ally", "a longtime critic"
	}
	if !st.itemIn(items, j, appositiveArticles) || st.keyAt(items, j-1) != kwComma {
		return -1
	}
	if r := st.outerRef(items, refs, j-2); r >= 0 && refs[r].last == j-1 && refs[r].actor != "" && !refs[r].weak {
		return r
	}
	return -1
}

// titleHolder returns the ref whose title ref r is the "of" of, when r follows it as
// "of X" ("Prime Minister Ralph Gonsalves of Saint Vincent"), or -1.
func (st *docState) titleHolder(items []item, refs []ref, r int) int {
	if refs[r].prep != kwOf {
		return -1
	}
	for q := r - 1; q >= 0 && q >= r-4; q-- { // the holder ends right before "of"
		if int(refs[q].of) == r && refs[q].last == refs[r].first-1 && refs[q].actor != "" {
			return q
		}
	}
	return -1
}

// objectRelative returns the antecedent of a relative pronoun that is the object of the
// verb at item v, "X, which/whom SUBJECT [aux] VERB": the ref before the comma; or -1.
func (st *docState) objectRelative(items []item, refs []ref, v int) int {
	sawSubject := false
	for j := v - 1; j >= 1 && v-j <= maxArgDistance; j-- {
		switch k := st.keyAt(items, j); {
		case k == kwWhich || k == kwWhom:
			if !sawSubject || st.keyAt(items, j-1) != kwComma {
				return -1
			}
			if r := st.outerRef(items, refs, j-2); r >= 0 && refs[r].last == j-1 && refs[r].actor != "" && !refs[r].weak {
				return r
			}
			return -1
		case st.outerRef(items, refs, j) >= 0:
			sawSubject = true
			j = refs[st.outerRef(items, refs, j)].first
		case k == kwAnd || k == kwComma || st.itemIn(items, j, auxiliaries) || st.isAdverb(items, j):
		default:
			return -1
		}
	}
	return -1
}

// appositiveStart returns the comma that opens an appositive noun phrase closed by the
// comma at item c, "X, home to Y," or "X, a close ally of Y,", when a ref ends right
// before it; or -1.
func (st *docState) appositiveStart(items []item, refs []ref, c int) int {
	for i := c - 1; i >= 1 && c-i <= 10; i-- {
		switch k := st.keyAt(items, i); {
		case k == kwComma:
			r := st.outerRef(items, refs, i-1)
			if r < 0 || refs[r].last != i || !(st.itemIn(items, i+1, appositiveArticles) || st.isLowerWord(items, i+1)) {
				return -1
			}
			return i
		case st.isClauseBreak(items, i) || st.isVerb(items, i) || st.classAt(items, i)&wordReporting != 0:
			return -1
		}
	}
	return -1
}

// reducedRelativeStart returns the comma that opens a reduced passive relative clause
// closed by the comma at item c, ", drafted by the United States," or ", led by Dagalo,";
// or -1.
func (st *docState) reducedRelativeStart(items []item, c int) int {
	for i := c - 1; i >= 0 && c-i <= 10; i-- {
		if st.keyAt(items, i) != kwComma {
			continue
		}
		if st.keyAt(items, i+2) == kwBy && (st.isVerb(items, i+1) || st.isLowerWord(items, i+1) && strings.HasSuffix(st.itemKey(items, i+1), "ed")) {
			return i
		}
		return -1
	}
	return -1
}

// relativeClauseEnd returns the comma that closes the relative clause opened by the
// "who" or "which" at item w, within a few words and before any other clause break; or -1.
func (st *docState) relativeClauseEnd(items []item, w int) int {
	for i := w + 1; i < len(items) && i-w <= 12; i++ {
		switch st.keyAt(items, i) {
		case kwComma:
			return i
		case kwSemicolon, kwColon, kwOpenParen, kwCloseParen, kwQuote, kwWho, kwWhich:
			return -1
		}
	}
	return -1
}

// relativeClauseStart returns the item of the "who" or "which" that opens the clause
// closed by the comma at item c, or -1.
func (st *docState) relativeClauseStart(items []item, c int) int {
	for i := c - 1; i >= 0 && c-i <= maxArgDistance; i-- {
		switch st.keyAt(items, i) {
		case kwWho, kwWhich, kwWhose:
			if st.keyAt(items, i-1) == kwComma {
				return i
			}
			return -1
		case kwComma, kwSemicolon, kwColon:
			return -1
		}
	}
	return -1
}

// What subject returns for a clause whose subject is "they" (the last group of actors) or
// "the two leaders" (the last people named together).
const (
	subjectThey      = -2
	subjectTwoPeople = -3
	subjectStates    = -4 // "the two governments": the last states or bodies named together
	subjectCountries = -5 // "the three countries": the last states named together
)

// isVerb reports whether the trigger at item t is read as a verb.
func (st *docState) isVerb(items []item, t int) bool {
	for _, v := range st.lex.valsIn(items[t].vals) {
		if v.kind == lexTrigger && v.trigger.Verb {
			return true
		}
	}
	return false
}

// onlyAuxiliaries reports whether the items [from, to) are all auxiliaries or adverbs, so
// that an actor ending at from is the subject of a verb at to.
func (st *docState) onlyAuxiliaries(items []item, from, to int) bool {
	for i := from; i < to; i++ {
		if !st.itemIn(items, i, auxiliaries) && !st.isAdverb(items, i) {
			return false
		}
	}
	return true
}

// isAdverb reports a lower-case word ending in -ly ("repeatedly", "jointly").
func (st *docState) isAdverb(items []item, i int) bool {
	k := st.itemKey(items, i)
	return len(k) > 4 && k[len(k)-2:] == "ly"
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

// isClauseBreak reports punctuation and conjunctions that end a clause.
func (st *docState) isClauseBreak(items []item, i int) bool {
	return st.itemIn(items, i, clauseBreaks)
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
