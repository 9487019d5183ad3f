package extract

// This file is stage 6 of the pipeline: relation patterns. Each trigger word of
// triggers.tsv is read in the frames its row allows, and each frame belongs to a rule of
// ruleTable (rules.go), which Parser.DisableRules can turn off and Evidence.Rule names.

import "slices"

// findRelations reads the relations stated by the sentence.
func (ss *sentState) findRelations() {
	ss.inheritPrepositions()
	// An unnamed collective ends in a word of wordUnnamedGroup (unnamedGroup, resolveRefs):
	// most sentences have none, and spare the call.
	if ss.classes&wordUnnamedGroup != 0 && ss.ruleEnabled(RuleHyphenPair) {
		ss.stanceModifiers()
	}
	for t := range ss.items {
		if !ss.items[t].hasKind(lexTrigger) {
			continue // the loops below act on triggers alone, which only lexicon items carry
		}
		ss.remote = ss.remoteAt(t)
		// A word that is both noun and verb ("meeting", "call", "talks") is read as a noun
		// after a determiner, and as a verb only when no noun frame finds its ends.
		nounFound, verbToo := false, false
		vals := ss.lex.valsIn(ss.items[t].vals)
		for k := range vals {
			if v := &vals[k]; v.kind == lexTrigger && v.trigger.Verb {
				verbToo = true
			} else if v.kind == lexTrigger {
				before := len(ss.Evidence.vals)
				if ss.applyNoun(t, v.trigger) {
					nounFound = true
					if before < len(ss.Evidence.vals) { // most triggers relate nothing: no calls
						ss.inPersonTalks(v.trigger, before)
						ss.threatStance(t, v.trigger, before)
					}
				}
			}
		}
		// A trigger with no verb reading has nothing for the loop below: no tests of the
		// words before it.
		if !verbToo || nounFound || ss.itemIn(t-1, determiners) && (ss.keyAt(t-1) != kwThat || ss.isNoun(t)) || ss.modifierBefore(t) {
			continue // "that" before a word that is only a verb is a relative pronoun: "a bloc that includes"
		}
		for k := range vals {
			if v := &vals[k]; v.kind == lexTrigger && v.trigger.Verb {
				before := len(ss.Evidence.vals)
				ss.applyVerb(t, v.trigger)
				if before < len(ss.Evidence.vals) { // most triggers relate nothing: no calls
					ss.inPersonTalks(v.trigger, before)
					ss.threatStance(t, v.trigger, before)
				}
			}
		}
	}
	// Called in turn, not deferred: the deferred calls' wrappers cost a cache miss or two
	// a sentence.
	ss.remote = false
	if ss.sets&partyVerbs != 0 && ss.ruleEnabled(RuleCompanion) { // most sentences list no party: no call
		ss.noteCompanions()
	}
	ss.noteGroups()
}

// stanceModifiers relates each unnamed collective named "anti-X" or "pro-X" to X, which
// it opposes or supports: "anti-GAM militias", "pro-Russian separatists".
func (ss *sentState) stanceModifiers() {
	for i := range ss.refs {
		r := &ss.refs[i]
		if !r.unnamed || r.actor == "" {
			continue
		}
		for k := r.first; k+2 < r.last; k++ {
			typ := Opposes
			switch ss.itemKey(k) {
			case "anti":
			case "pro":
				typ = Supports
			default:
				continue
			}
			if x := ss.items[k+2].ref; ss.keyAt(k+1) == kwHyphen && x >= 0 && x != i {
				ss.relate(typ, r.actor, ss.refs[x].actor, Actual, k, k+3, RuleHyphenPair)
			}
		}
	}
}

// A frame reads one construction around the trigger tr at item t and relates its ends. It
// reports whether it claimed the trigger, which stops the frames after it; a frame may claim
// a trigger without relating anything ("UN-hosted Afghanistan talks").
type frame func(ss *sentState, t int, tr *trigger) bool

// A frameRow is a frame with the rule of ruleTable (rules.go) it belongs to: the frame is
// tried only while that rule is enabled, and passes it to relate. A row with needs reads
// only a trigger whose row of triggers.tsv has one of them (constraints.go): applyFrames
// skips the call for the others, most triggers.
type frameRow struct {
	rule  Rule
	needs triggerNeed
	frame frame
	desc  string
}

// nounFrames are the frames of a noun trigger, in the order applyNoun tries them. A new
// frame is a method and a row here.
var nounFrames = [...]frameRow{
	{RulePossessive, needSpeaker, (*sentState).ownerStanceFrame, `"affirmed Israel's right to self-defence": the subject supports Israel`},
	{RulePossessive, 0, (*sentState).allyFrame, `"X's ally Y", "its ally Y": Y supports X`}, // only for a Supports state noun
	{RuleNounBetween, 0, (*sentState).betweenFrame, `"talks between X and Y [and Z]": every pair`},
	{RuleHyphenPair, 0, (*sentState).hyphenFrame, `"the Putin-Trump meeting"`},
	{RulePossessive, 0, (*sentState).possessiveFrame, `"Russia's war against Ukraine", "EU sanctions on Russia"`},
	{RuleNounObject, 0, (*sentState).nounObjectFrame, `"SUBJECT held talks with Y", "each other", "them"`}, // reciprocalFrame and themFrame when no object, under the same rule
	{RuleNounObject, 0, (*sentState).jointFrame, `"Russia and Ukraine resumed talks"`},
}

// verbFrames are the frames of a verb trigger, in the order applyVerb tries them.
var verbFrames = [...]frameRow{
	{RulePassive, needHost, (*sentState).hostFrame, `"talks in Ankara hosted by X", "talks mediated by X between A and B": X and each party`},
	{RulePassive, 0, (*sentState).passiveFrame, `"PATIENT is armed by AGENT", "the RSF, led by Dagalo"`}, // claims a passive with no named patient
	{RuleHyphenPair, 0, (*sentState).hyphenVerbFrame, `"the Iran-backed Houthis"`},                       // claims every "X-TRIGGERed", related or not
	{RuleVerb, needMeasure, (*sentState).measureFrame, `"The package targets 13 banks": the measure's imposer`},
	{RuleVerb, needHost, (*sentState).gatheringObjectFrame, `"Qatar mediated talks between Israel and Hamas": Qatar and each party`},
	{RuleVerb, 0, (*sentState).verbObjectFrame, `"Trump met Putin", "met with each other", "hosted them"`}, // as nounObjectFrame
	{RuleVerb, needThreat, (*sentState).bareThreatFrame, `"The Houthis vowed to retaliate": against their last foes`},
	{RuleVerb, needPayer | needSpeaker, (*sentState).speakerFrame, `"said the Americans would pay a heavy price", "said Israel has the right to defend itself": the speaker's stance`},
	{RuleVerb, 0, (*sentState).subjectsFrame, `"X and Y met", "X and Y spoke": between the subjects`},
}

// applyNoun tries the noun frames of a trigger at item t; the first frame that finds both
// ends wins, and applyNoun reports whether one did.
func (ss *sentState) applyNoun(t int, tr *trigger) bool {
	return ss.applyFrames(nounFrames[:], t, tr)
}

// applyVerb tries the verb frames of a trigger at item t; the first frame that claims the
// trigger wins.
func (ss *sentState) applyVerb(t int, tr *trigger) {
	ss.applyFrames(verbFrames[:], t, tr)
}

// applyFrames tries the frames of rows whose rule is enabled, in order, and reports whether
// one claimed the trigger tr at item t.
func (ss *sentState) applyFrames(rows []frameRow, t int, tr *trigger) bool {
	for k := range rows {
		row := &rows[k] // by pointer: a row is 48 bytes
		if (row.needs == 0 || tr.Needs&row.needs != 0) && ss.ruleEnabled(row.rule) && row.frame(ss, t, tr) {
			return true
		}
	}
	return false
}

// hyphenFrame reads "X-Y [word] TRIGGER": two refs joined by a hyphen with no spaces.
func (ss *sentState) hyphenFrame(t int, tr *trigger) bool {
	for y := t - 1; y >= max(0, t-2); y-- {
		b := ss.outerRef(y)
		if b < 0 || ss.refs[b].last != y+1 {
			continue
		}
		h := ss.refs[b].first - 1
		if h < 1 || ss.keyAt(h) != kwHyphen || !ss.adjacent(h-1, h) || !ss.adjacent(h, h+1) {
			return false
		}
		a := ss.outerRef(h - 1)
		if a < 0 {
			return false
		}
		ss.relate(tr.Relation, ss.refs[a].actor, ss.refs[b].actor, ss.modality(t, tr), ss.refs[a].first, t+1, RuleHyphenPair)
		ss.noteList([]string{ss.refs[a].actor, ss.refs[b].actor}) // "the Trump-Lee summit ... the two leaders"
		return true
	}
	return false
}

// possessiveFrame reads "X's [word] TRIGGER PREP Y" ("Russia's war against Ukraine"), and
// the same with X as the modifier of a decision or plan to act ("the U.S. decision to sell
// arms to Taiwan").
func (ss *sentState) possessiveFrame(t int, tr *trigger) bool {
	for s := t - 1; s >= max(0, t-5); s-- {
		a := -1
		switch {
		case ss.keyAt(s) == kwTheir && tr.Relation.Symmetric():
			if objs, end := ss.objects(t, tr); len(objs) > 0 {
				// "the SAF he commands ... their war against the RSF": "their" is the
				// last body named before it, never a clause subject further back.
				for j := s - 1; j >= 0; j-- {
					if r := ss.outerRef(j); r >= 0 && ss.refs[r].actor != "" && !ss.refs[r].weak && !ss.refs[r].pronoun &&
						ss.actors[ss.refs[r].actor] != nil && ss.actors[ss.refs[r].actor].Kind != Person {
						for _, o := range objs {
							ss.relate(tr.Relation, ss.refs[r].actor, ss.refs[o].actor, ss.modality(t, tr), s, end, RulePossessive)
						}
						break
					}
				}
				return true
			}
			// "the two sides ... ended their two-year war": between the last two actors
			// named together. With more, "their strikes" are on someone else, and after a
			// group or body as the subject ("The Houthis say their attacks ...") "their" is
			// its own.
			if r, _ := ss.subject(s); r >= 0 && (ss.refs[r].kind == Group || ss.refs[r].kind == Organization) && len(ss.subjectList(r)) == 1 {
				return true
			}
			group := ss.groupBefore(s)
			if len(group) < 2 {
				group = ss.coref.lastGroup
			}
			if len(group) != 2 {
				return false
			}
			ss.relate(tr.Relation, group[0], group[1], ss.modality(t, tr), s, t+1, RulePossessive)
			return true
		case tr.Relation == Supports && ss.keyAt(s-1) == kwFor &&
			(ss.keyAt(s) == kwIts || ss.keyAt(s) == kwTheir || ss.keyAt(s) == kwHis || ss.keyAt(s) == kwHer):
			// "Machado thanked the United States for its support": the thanked supports
			// the one who thanks.
			y := ss.outerRef(s - 2)
			if y < 0 || ss.refs[y].last != s-1 || ss.refs[y].actor == "" || ss.classAt(ss.refs[y].first-1)&wordThanks == 0 {
				return false
			}
			subjects, from := ss.subjects(ss.refs[y].first)
			for _, x := range subjects {
				ss.relate(Supports, ss.refs[y].actor, x, ss.modality(t, tr), min(from, ss.refs[y].first), t+1, RulePossessive)
			}
			return len(subjects) > 0
		case ss.keyAt(s) == kwPossessive:
			a = ss.outerRef(s - 1)
		case s == t-1 && ss.items[s].kind != itWord && (tr.Relation == Sanctions || tr.Relation == AtWarWith):
			a = ss.bodyBefore(t) // "EU sanctions on Russia"
		case s == t-1 && ss.items[s].kind != itWord && tr.Relation.Symmetric():
			// "the P5+1 talks with Iran"; but an organ of a state is where talks are held
			// more often than a party to them: "White House talks with Lee"
			if a = ss.bodyBefore(t); a >= 0 && ss.actors[ss.refs[a].actor] != nil && ss.stateOrgan(ss.actors[ss.refs[a].actor]) {
				return false
			}
		case ss.keyAt(s+2) == kwTo && ss.classAt(s+1)&(wordProposal|wordMeasure) != 0 && ss.items[s].kind != itWord:
			// A state or body right before a decision or plan to act owns the act: "the
			// U.S. decision to sell arms to Taiwan", as "Washington's decision" does.
			a = ss.bodyBefore(s + 1)
		default:
			// Only adjectives may stand between the possessor and the noun: "Moscow's
			// full-scale invasion", "Russia's brutal war".
			if k := ss.keyAt(s); ss.items[s].kind != itWord || k != kwHyphen && !ss.isLowerWord(s) {
				return false
			}
			continue
		}
		if a < 0 {
			return false
		}
		objs, end := ss.objects(t, tr)
		if len(objs) == 0 && tr.Relation == AtWarWith && ss.keyAt(t+1) == kwIn {
			objs, end = ss.refList(t + 2) // "Moscow's war in Ukraine"
		}
		for _, o := range objs {
			ss.relate(tr.Relation, ss.refs[a].actor, ss.refs[o].actor, ss.modality(t, tr), ss.refs[a].first, end, RulePossessive)
		}
		return len(objs) > 0
	}
	return false
}

// nounAgents reads the agents of a noun trigger at item t that follow it after "by", or
// after a participle and "by": "a briefing by the envoy, Hans Grundberg, to the Security
// Council", "strikes carried out by Israel on Lebanon". A verb's agent is the passive's
// (passiveFrame). It returns their actors, in a slice of their own, and the item after
// them, or nil and t+1.
func (ss *sentState) nounAgents(t int, tr *trigger) ([]string, int) {
	if tr.Verb {
		return nil, t + 1 // first: most triggers objectFrame reads are verbs
	}
	by := t + 1
	if ss.itemIn(by, agentParticiples) {
		if by++; ss.itemKey(by) == "out" {
			by++ // "carried out"
		}
	}
	if ss.keyAt(by) != kwBy {
		return nil, t + 1
	}
	agents, end := ss.refList(by + 1)
	if len(agents) == 0 {
		return nil, t + 1
	}
	ids := make([]string, len(agents))
	for k, a := range agents {
		ids[k] = ss.refs[a].actor
	}
	if ss.keyAt(end) == kwFor {
		end = ss.destinationEnd(end) // "by the Special Envoy for Yemen"
	}
	if r := ss.outerRef(end + 1); ss.keyAt(end) == kwComma && r >= 0 && ss.refs[r].first == end+1 &&
		ss.refs[r].actor == ids[len(ids)-1] && ss.keyAt(ss.refs[r].last) == kwComma {
		end = ss.refs[r].last + 1 // "by the envoy, Hans Grundberg, to": an appositive
	}
	return ids, end
}

// nounObjectFrame is objectFrame for a noun trigger. A noun that is the topic of the
// clause ("conferred about the talks with Iran") says nothing of its subject: it claims the
// trigger and relates nothing.
func (ss *sentState) nounObjectFrame(t int, tr *trigger) bool {
	if ss.topicNoun(t) || ss.verbsObject(t, tr) {
		return true
	}
	return ss.objectFrame(t, tr, RuleNounObject)
}

// verbsObject reports whether the noun trigger tr at item t is what a supply verb of the
// same relation right before it supplies (constraint supply), which reads the clause:
// "accused the UAE of supplying weapons to the RSF" is the UAE's supply, not the clause
// subject's.
func (ss *sentState) verbsObject(t int, tr *trigger) bool {
	return ss.triggerAt(t-1, func(v *trigger) bool { return v.Verb && v.Relation == tr.Relation && v.Needs&needSupply != 0 })
}

// topicNoun reports whether the noun at item t follows a topic marker ("about",
// "regarding", "discussed") within its noun phrase ("about the P5+1 talks with Iran",
// "discussed the hostage negotiations with Hamas"), with no party of its own before it
// ("about his meeting with X", "about the U.S. talks with Iran").
func (ss *sentState) topicNoun(t int) bool {
	if ss.sets&topicMarkers == 0 {
		return false // most sentences name no topic
	}
	for i := t - 1; i >= 0 && i >= t-4 && !ss.isClauseBreak(i) && !ss.itemIn(i, prepositions); i-- {
		if k := ss.keyAt(i); ss.items[i].ref >= 0 || k == kwHis || k == kwHer || k == kwIts || k == kwTheir || k == kwPossessive {
			return false
		}
		if ss.itemIn(i-1, topicMarkers) {
			return true
		}
	}
	return false
}

// verbObjectFrame is objectFrame for a verb trigger.
func (ss *sentState) verbObjectFrame(t int, tr *trigger) bool { return ss.objectFrame(t, tr, RuleVerb) }

// objectFrame relates the clause's subject to the objects of the trigger at t, under rule.
func (ss *sentState) objectFrame(t int, tr *trigger, rule Rule) bool {
	if !ss.threatened(t, tr) {
		return false
	}
	agents, at := ss.nounAgents(t, tr) // "a briefing by X to Y": X, whatever the clause's subject
	reason := -1                       // "criticised the US over arms sales to Taiwan": the US, as claimed
	if agents == nil && ss.keyAt(t+1) != kwBy {
		if reason = ss.reasonAgent(t); reason >= 0 {
			agents = []string{ss.refs[reason].actor}
		}
	}
	objs, end := ss.objects(at-1, tr)
	if len(objs) == 0 && tr.Direct && ss.isVerb(t) {
		if a := ss.objectRelative(t); a >= 0 {
			objs, end = []int{a}, t+1 // "Iran, which Riyadh and Washington accuse of ..."
		} else if a := ss.objectIt(t); a >= 0 {
			objs, end = []int{a}, t+2 // "Kosovo declared independence, but Serbia does not recognise it"
		} else if a, aend := ss.unnamedOfficial(t + 1); a >= 0 && tr.Relation == Opposes {
			objs, end = []int{a}, aend // "expelled Ethiopia's ambassador"
		}
	}
	if len(objs) == 0 {
		return ss.reciprocalFrame(t, tr, rule) || ss.themFrame(t, tr, rule)
	}
	if !ss.suppliedTo(t, ss.refs[objs[0]].first, tr) || !ss.objectsClosed(end, tr) {
		return false // "sent a delegation to Moscow" is no support, "sent troops to" is
	}
	if tr.Needs&needEachOther != 0 || ss.jointGathering(t, end, tr) {
		// "The AU convened Ethiopia's government and the TPLF": the convened meet each
		// other, and the convener meets each of them, below.
		ss.relatePairs(tr.Relation, len(objs), func(a int) string { return ss.refs[objs[a]].actor }, ss.modality(t, tr), t, end, rule)
	}
	if tr.Relation == Contacts && ss.refs[objs[0]].first <= t+2 && !ss.itemIn(t+1, prepositions) &&
		(namesSomething(ss.itemKey(end)) || ss.classAt(end)&wordFoe != 0 || ss.namedByRelative(t) || ss.keyAt(ss.refs[objs[0]].last) == kwPossessive) {
		// "called the delegation 'decorative'", "called Kyiv a threat", "called Norway's
		// decision outrageous", "called Kyiv responsible": a naming, not a call
		return false
	}
	subjects, from := ss.subjects(t)
	if agents != nil {
		subjects, from = agents, t
	}
	if len(subjects) == 0 && (ss.inFrontedPhrase(t) || t == 0 && ss.isVerb(t)) {
		// "In a call with Xi, Biden raised ...", and a participle that opens the sentence:
		// "Speaking on behalf of the Group of 77, Ayebare said". frontedSubject reads its
		// list into ss.listArgs, where objs are.
		objs = slices.Clone(objs)
		subjects = ss.frontedSubject(t, end)
	}
	if tr.Needs&needThreat != 0 {
		// "Netanyahu told his cabinet that Israel would strike Hezbollah if ...": the
		// threat is the speaker's.
		if speakers, sfrom := ss.speakers(t); len(speakers) > 0 {
			subjects, from = speakers, sfrom
		}
	}
	if len(subjects) == 0 || !ss.subjectHeads(from, t, tr) {
		return false
	}
	m := ss.modality(t, tr)
	if tr.Needs&needThreat != 0 && m != Negated {
		m = Actual // the threat is made, whatever the act it threatens
	}
	if reason >= 0 && m != Negated {
		m = Possible // the content of an accusation (GUIDELINES 7.3)
	}
	for _, o := range objs {
		typ := tr.Relation
		if typ == LeaderOf || typ == MemberOf {
			// "headed Moscow's negotiators" and "led the U.S. delegation" make a member;
			// "leads the AU's panel" says nothing of the AU, "heads Yemen's Presidential
			// Leadership Council" leads the council.
			switch {
			case ss.isCollectiveOf(o):
				typ = MemberOf
			case ss.keyAt(ss.refs[o].last) == kwPossessive:
				p := ss.outerRef(ss.refs[o].last + 1)
				if p < 0 || ss.refs[p].first != ss.refs[o].last+1 || ss.refs[p].actor == "" || ss.refs[p].kind == Person {
					continue
				}
				o = p
			}
		}
		if (typ == Opposes || typ == Supports) && ss.keyAt(ss.refs[o].last) == kwPossessive && ss.eventAt(ss.refs[o].last+1) {
			continue // "condemned China's dangerous actions": an event, not the actor (guideline 6.1.12)
		}
		if !ss.objectFits(o, tr) {
			continue // "Ruto visits Haiti", "welcomed Russia's decision"
		}
		for _, s := range subjects {
			if tr.Needs&needFromObject != 0 {
				ss.relate(typ, ss.refs[o].actor, s, m, min(from, t), end, rule) // "received a call from Biden"
				continue
			}
			ss.relate(typ, s, ss.refs[o].actor, m, min(from, t), end, rule)
		}
	}
	if tr.Relation == MeetsWith || tr.Relation == NegotiatesWith {
		// The parties of a meeting are named together: "X met with Y. They discussed ...";
		// "Biden welcomed Kishida and Yoon ... The three leaders agreed".
		group := append(ss.coref.lastGroup[:0], subjects...) // subjects may be lastGroup itself
		for _, o := range objs {
			group = append(group, ss.refs[o].actor)
		}
		ss.coref.lastGroup = group
		if len(group) > 2 && !slices.ContainsFunc(group, func(id string) bool { return !ss.isPerson(id) }) {
			ss.coref.lastPeople = append(ss.coref.lastPeople[:0], group...)
		}
	}
	return true
}

// unnamedOfficial reads an official of a state or body whom the text does not name, at
// item j ("Ethiopia's ambassador", "the Russian envoy"): expelling, summoning or
// condemning one is a stance toward the state the official serves (GUIDELINES 6:
// "expels Y's troops or diplomats"). It returns the ref of that state and the item after
// the phrase, or -1.
func (ss *sentState) unnamedOfficial(j int) (int, int) {
	if ss.keyAt(j) == kwThe {
		j++
	}
	r := ss.outerRef(j)
	if r < 0 || !ss.refs[r].desc || ss.refs[r].actor != "" || ss.refs[r].of < 0 {
		return -1, j
	}
	if x := int(ss.refs[r].of); ss.refs[x].actor != "" && ss.refs[x].kind != Person {
		return x, ss.refs[r].last
	}
	return -1, j
}

// namedByRelative reports "which he called X": a relative pronoun before the subject of
// the verb at item t is its object, so what follows the verb is a name given to it.
func (ss *sentState) namedByRelative(t int) bool {
	for i := t - 1; i >= 0 && i >= t-3; i-- {
		switch ss.keyAt(i) {
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
func (ss *sentState) reciprocalFrame(t int, tr *trigger, rule Rule) bool {
	// "each" or "one" comes right after the trigger or its preposition: two keys rule out
	// nearly every trigger before the look at its prepositions.
	if k, n := ss.keyAt(t+1), ss.keyAt(t+2); k != kwEach && k != kwOne && n != kwEach && n != kwOne {
		return false
	}
	j := t + 1
	if !tr.Direct && slices.ContainsFunc(tr.Preps, func(p []string) bool { return len(p) == 1 && p[0] == ss.itemKey(j) }) {
		j++ // "spoke with each other"
	}
	if k := ss.keyAt(j); !(k == kwEach && ss.keyAt(j+1) == kwOther || k == kwOne && ss.keyAt(j+1) == kwAnother) {
		return false
	}
	subjects, from := ss.subjects(t)
	if len(subjects) < 2 || !ss.objectsClosed(j+2, tr) {
		return false
	}
	m := ss.modality(t, tr)
	for _, a := range subjects {
		for _, b := range subjects {
			if a != b {
				ss.relate(tr.Relation, a, b, m, min(from, t), j+2, rule)
			}
		}
	}
	return true
}

// themFrame reads "SUBJECT TRIGGER them" (or "with them", "both leaders", "the two
// countries"): the object is the last actors named together in the sentence, or before it
// ("Aliyev and Pashinyan met in Munich, where Scholz hosted them").
func (ss *sentState) themFrame(t int, tr *trigger, rule Rule) bool {
	j := t + 1
	if tr.stance() && ss.keyAt(j) == kwThe && ss.classAt(j+1)&(wordProposal|wordMeasure) != 0 && ss.keyAt(j+2) == kwBy {
		j += 3 // "called the decision by the five governments outrageous": theirs
	}
	// A group phrase opens with "them", "both" or "the", at j or after a preposition at
	// j: two keys rule out most triggers before the look at their prepositions.
	if k, n := ss.keyAt(j), ss.keyAt(j+1); k != kwThem && k != kwBoth && k != kwThe && n != kwThem && n != kwBoth && n != kwThe {
		return false
	}
	group, end := ss.groupPhrase(j)
	if !tr.Direct || group == notPlural {
		group = notPlural
		for _, prep := range tr.Preps {
			if len(prep) == 1 && ss.itemKey(j) == prep[0] {
				if group, end = ss.groupPhrase(j + 1); group != notPlural {
					break
				}
			}
		}
		if group == notPlural {
			return false
		}
	}
	objs := ss.groupIDs(t, group)
	subjects, from := ss.subjects(t)
	if len(objs) < 2 || len(subjects) == 0 || !ss.objectsClosed(end, tr) {
		return false
	}
	m := ss.modality(t, tr)
	for _, o := range objs {
		for _, s := range subjects {
			ss.relate(tr.Relation, s, o, m, min(from, t), end, rule)
		}
	}
	return true
}

// subjectsFrame reads "X and Y TRIGGER" for a verb of a symmetric relation or a contact,
// once the frames before it found no object: a call with no stated direction goes from
// the first named. It claims the trigger whenever it applies, being the last frame.
func (ss *sentState) subjectsFrame(t int, tr *trigger) bool {
	if !tr.Relation.Symmetric() && tr.Relation != Contacts || tr.Needs&needHost != 0 {
		return false // co-hosts and co-mediators relate to the parties, not to each other
	}
	if k := ss.keyAt(t + 1); tr.Relation != NegotiatesWith && ss.itemIn(t+1, determiners) && k != kwNew && k != kwFirst {
		return false // "far from meeting the criteria": the verb has an object that is no actor
	}
	if !ss.noTopic(t+1, tr) {
		return true // "Washington and Beijing clashed over trade": a dispute
	}
	list, from := ss.subjects(t)
	m := ss.modality(t, tr)
	for a := 0; a < len(list); a++ {
		for b := a + 1; b < len(list) && (a == 0 || tr.Relation.Symmetric()); b++ {
			ss.relate(tr.Relation, list[a], list[b], m, min(from, t), t+1, RuleVerb)
		}
	}
	return true
}

// passiveFrame reads "PATIENT is TRIGGER[ed] [and TRIGGER[ed]] by AGENT" and the reduced
// "PATIENT, TRIGGER[ed] by AGENT": the agent is the source. A delegation or team led by
// someone makes them a member of its state, not its leader.
func (ss *sentState) passiveFrame(t int, tr *trigger) bool {
	j := t + 1
	if ss.keyAt(j) == kwAnd && j+1 < len(ss.items) {
		if ss.items[j+1].hasKind(lexTrigger) {
			j += 2 // "armed and funded by Iran"
		}
	}
	if ss.itemIn(j, prepositions) {
		// A place or time before the agent: "was greeted at the airport by Kim".
		for k := j + 1; k < len(ss.items) && k <= j+4; k++ {
			if ss.keyAt(k) == kwBy {
				j = k
				break
			}
			if ss.items[k].ref >= 0 || ss.isClauseBreak(k) {
				break
			}
		}
	}
	if ss.keyAt(j) != kwBy || tr.Needs&needThreat != 0 {
		return false
	}
	described := -1 // "the SPLM-N, an armed movement led by al-Hilu": the SPLM-N
	if k := ss.keyAt(t - 1); !ss.itemIn(t-1, beForms) && k != kwComma && !ss.itemIn(t-2, beForms) {
		if described = ss.appositivePatient(t); described < 0 {
			return false
		}
	}
	agents, end := ss.refList(j + 1)
	if len(agents) == 0 || !ss.objectsClosed(end, tr) {
		return false
	}
	if described >= 0 && slices.ContainsFunc(agents, func(a int) bool { return ss.refs[a].kind == "" }) {
		return true // "the FDLR, a militia founded by Hutu extremists": no actor the text names
	}
	patient, _ := ss.subject(t)
	if described >= 0 {
		patient = described
	}
	if patient < 0 {
		// A passive whose patient is unnamed: no other frame applies either. The agents
		// of a deal are its parties: "the deal was signed by Kenya and Uganda" (not its
		// co-mediators, nor those who welcomed it).
		if tr.Relation == NegotiatesWith && tr.Needs&(needHost|needMediator) == 0 {
			ss.relatePairs(tr.Relation, len(agents), func(a int) string { return ss.refs[agents[a]].actor }, ss.modality(t, tr), t, end, RulePassive)
		}
		return true
	}
	if !ss.objectFits(patient, tr) {
		return true // "Kenya was visited by Biden": the patient is the active verb's object
	}
	if described < 0 && ss.keyAt(ss.refs[patient].last) == kwPossessive && !ss.isCollectiveOf(patient) {
		// "Ukraine's allies, led by the United States": the allies, whom no name gives;
		// "Sudan's army, led by al-Burhan" is Sudan's, below.
		return true
	}
	typ := tr.Relation
	if typ == MemberOf && (ss.refs[patient].kind == Person || ss.isPerson(ss.refs[patient].actor)) {
		return true // "Mahama was joined by Forson": Forson is in his party (companions.go), not a member of him
	}
	if typ == LeaderOf && ss.isCollectiveOf(patient) {
		typ = MemberOf
	}
	m := ss.modality(t, tr)
	for _, a := range agents {
		ss.relate(typ, ss.refs[a].actor, ss.refs[patient].actor, m, min(ss.refs[patient].first, t), end, RulePassive)
	}
	return true
}

// hyphenVerbFrame reads "X-TRIGGER[ed] Y": "the Iran-backed Houthis", "Belgrade-backed
// Serb List".
func (ss *sentState) hyphenVerbFrame(t int, tr *trigger) bool {
	if t < 2 || ss.keyAt(t-1) != kwHyphen ||
		!ss.adjacent(t-2, t-1) || !ss.adjacent(t-1, t) {
		return false
	}
	a := ss.outerRef(t - 2)
	if a < 0 {
		return false
	}
	if ss.refs[a].unnamed {
		if tr.Relation == LeaderOf {
			return true // "a Saudi-led coalition": Y is no named actor (guidelines 6.1.14)
		}
		a = ss.items[t-2].ref // "Iran-backed militias": Iran, inside the group's ref
	}
	if ss.hyphenHost(a, t, tr) {
		return true
	}
	for j := t + 1; j < len(ss.items) && j <= t+3; j++ {
		if b := ss.outerRef(j); b >= 0 {
			if ss.modifiesNoun(ss.refs[b].last) {
				return true // "UN-hosted Afghanistan talks": Afghanistan only names the talks
			}
			ss.relate(tr.Relation, ss.refs[a].actor, ss.refs[b].actor, ss.modality(t, tr), ss.refs[a].first, ss.refs[b].last, RuleHyphenPair)
			return true
		}
		if ss.items[j].kind != itWord || ss.isClauseBreak(j) {
			break
		}
	}
	return true
}

// relate records a relation found by a pattern, spanning items [from, to).
func (ss *sentState) relate(t RelationType, src, dst string, m Modality, from, to int, rule Rule) {
	if src == "" || dst == "" || src == dst {
		return // no one is a member or the leader of a person: "Mahama was joined by X"
	}
	to = min(to, len(ss.items))
	if from >= to {
		return
	}
	if ss.remote && (t == MeetsWith || t == NegotiatesWith) {
		// "held virtual talks with Y": talks, and a contact from the one who holds them; "a
		// video meeting" is a contact only.
		ss.addRelation(Contacts, src, dst, m, ss.n, ss.items[from].first, ss.items[to-1].last, rule)
		if t == MeetsWith {
			return
		}
	}
	ss.addRelation(t, src, dst, m, ss.n, ss.items[from].first, ss.items[to-1].last, rule)
}
