package extract

import "strings"

// This file holds the constraints a row of triggers.tsv may put on its trigger's arguments
// (its seventh column), and the one place that checks them: the frames ask it about every
// object they relate, so a trigger's knowledge lives in its row, not in Go code keyed to
// its words.

// triggerNeed is a set of the constraints of a trigger row.
type triggerNeed uint32

const (
	// needPerson: every object is a person, and not one named only as the owner of
	// something ("welcomed Kishida", but not "welcomed Russia's decision" or "hosts U.S.
	// forces").
	needPerson triggerNeed = 1 << iota
	// needNoCountry: no object is a state ("visited Haiti" is no meeting with Haiti).
	needNoCountry
	// needSupply: a supply word of words.tsv stands between the trigger and its object
	// ("sent troops to Kyiv" states support, "sent a delegation to Moscow" does not).
	needSupply
	// needEachOther: the objects relate to each other too ("the AU convened Ethiopia's
	// government and the TPLF": they meet, and the AU meets each).
	needEachOther
	// needHost: in the passive after a gathering ("talks mediated by Qatar", "a meeting
	// hosted by X"), the agent relates to each party of the gathering (hostFrame).
	needHost
	// needMediator: the subject of a "between" trigger relates to each party too ("Oman,
	// which has mediated between Riyadh and the Houthis").
	needMediator
	// needInPerson: talks between people are held in person, so the parties meet too,
	// unless a remote word of words.tsv says otherwise ("held talks with Kishida", but not
	// "held virtual talks with Kishida").
	needInPerson
	// needReason: "for" follows the objects, giving the reason ("thanked Kenya for taking
	// on the mission" is praise; a bare "thanked Kenya" says nothing).
	needReason
	// needArmed: every object is a state or body named through its armed men, a word of
	// words.tsv class armed ("killed dozens of Malian soldiers", "the forces of Mali"):
	// killing soldiers is war, killing people is not.
	needArmed
	// needFoe, needFriend: the object is named a foe or a friend after it, a word of
	// words.tsv class foe or friend ("calls the M23 a terrorist movement", "the M23,
	// which it calls a terrorist movement", "described Russia as the most honest friend").
	needFoe
	needFriend
	// needThreat: the trigger is a threatened act: after a verb of threat and "to"
	// ("vowed to retaliate against X", words.tsv class threat) or under "would" or "will"
	// with an "if" after it ("would strike Hezbollah if the group ..."). The threat is
	// opposition, stated as fact (GUIDELINES 6, 7.3).
	needThreat
	// needListed: the objects are put on a list of targets of sanctions: "to" or "on" and
	// a word of words.tsv class blacklist follow them ("added 140 Chinese companies to a
	// trade blacklist", "put Huawei on the Entity List"); added to an agenda, they are not.
	needListed
	// needPayer: the subject is the target of a threat, and the speaker of the reported
	// content threatens it: "said the Americans would pay a heavy price" (speakerFrame).
	needPayer
	// needSpeaker: the subject, or the owner of a noun, is the target of the row's relation
	// from the speaker of the reported content, or the clause's subject: "said Israel has the
	// right to defend itself", "affirmed Israel's right to self-defence" (speakerFrame,
	// ownerStanceFrame).
	needSpeaker
	// needMeasure: a verb of aim is a sanction only when a measure names it: the subject
	// is one ("The package targets 13 banks", measureFrame) or one follows the objects
	// after "with" or "in" ("targeted Belarus with new sanctions", measureNamed).
	needMeasure
	// needFromObject: the object is the source and the subject the target: "received a
	// call from Biden" is Biden's call.
	needFromObject
	// needNotUrged: no "to" follows the objects, which would make the trigger an urging:
	// "called on Modi at Blair House" is a visit, "called on Israel to withdraw" is not.
	needNotUrged
	// needProposal: every object is named only as the owner of a proposal, plan or
	// decision ("welcomed Egypt's offer", "welcomed the plan by India"): welcoming an
	// actor's proposal is support (GUIDELINES 6.1.12), welcoming a visitor is not.
	needProposal
	// needSubjectHead: the subject names the actor itself, not a thing the actor's name
	// modifies: "the Quartet includes Russia" and "BRICS, a bloc that includes Brazil",
	// but not "the EU package includes Rosneft".
	needSubjectHead
	// needInvited: "for" or "to" and a noun of the row's relation follow the objects: an
	// invitation to talks or a meeting ("invited the SAF for talks", "invited Kagame to a
	// summit"), not to a place.
	needInvited
	// needNoTopic: no "over" and a topic follows the trigger or its objects: "troops
	// clashed with the RSF" is fighting, "Washington and Beijing clashed over trade" a
	// dispute.
	needNoTopic
)

// triggerNeeds names the constraints as the constraints column of triggers.tsv writes them.
var triggerNeeds = map[string]triggerNeed{
	"person": needPerson, "not-country": needNoCountry, "supply": needSupply, "each-other": needEachOther,
	"host": needHost, "mediator": needMediator, "in-person": needInPerson,
	"reason": needReason, "armed": needArmed, "names-foe": needFoe, "names-friend": needFriend,
	"threat": needThreat, "listed": needListed, "payer": needPayer, "speaker": needSpeaker, "measure": needMeasure,
	"from-object": needFromObject, "not-urged": needNotUrged, "proposal": needProposal,
	"subject-head": needSubjectHead, "invited": needInvited, "no-topic": needNoTopic,
}

// suppliedTo reports whether the trigger at item t may take the object that starts at item
// o: false when it needs a supply word and none stands between them.
func (ss *sentState) suppliedTo(t, o int, tr *trigger) bool {
	if tr.Needs&needSupply == 0 {
		return true
	}
	for i := t + 1; i < o; i++ {
		if ss.classAt(i)&wordSupply != 0 {
			return true
		}
	}
	return false
}

// objectsClosed reports whether what follows the objects of trigger tr, which end at item
// end, is what its row may need after them: a reason, a name given them, a blacklist, a
// measure.
func (ss *sentState) objectsClosed(end int, tr *trigger) bool {
	return ss.reasonGiven(end, tr) && ss.stanceNamed(end, tr) && ss.listedOn(end, tr) && ss.measureNamed(end, tr) &&
		(tr.Needs&needNotUrged == 0 || ss.keyAt(end) != kwTo) && ss.invitedTo(end, tr) && ss.noTopic(end, tr)
}

// noTopic reports whether item i, after trigger tr or its objects, is no "over" that
// gives a topic, when the row needs none (needNoTopic): "clashed over trade".
func (ss *sentState) noTopic(i int, tr *trigger) bool {
	return tr.Needs&needNoTopic == 0 || ss.itemKey(i) != "over"
}

// invitedTo reports whether the objects of trigger tr, which end at item end, are invited
// to a gathering of the row's relation, when the row needs it: "for" or "to" and, within a
// few words, a noun of the relation ("for talks", "to a summit in Luanda").
func (ss *sentState) invitedTo(end int, tr *trigger) bool {
	if tr.Needs&needInvited == 0 {
		return true
	}
	if k := ss.keyAt(end); k != kwFor && k != kwTo {
		return false
	}
	for i := end + 1; i < len(ss.items) && i <= end+4; i++ {
		if ss.classOrNoun(i, 0, tr.Relation) {
			return true
		}
		if !ss.isLowerWord(i) || ss.items[i].ref >= 0 {
			return false
		}
	}
	return false
}

// listedOn reports whether the objects of trigger tr, which end at item end, are put on
// the list of targets its row may need: "to" or "on" after them and their nouns ("140
// Chinese companies to"), then within a few words a word of words.tsv class blacklist
// that is a list itself ("a trade blacklist") or names one before "list" ("the Entity
// List", "its sanctions list").
func (ss *sentState) listedOn(end int, tr *trigger) bool {
	if tr.Needs&needListed == 0 {
		return true
	}
	for n := 0; n < 2 && ss.isLowerWord(end) && !ss.itemIn(end, prepositions); n++ {
		end++
	}
	if k := ss.keyAt(end); k != kwTo && k != kwOn || end+1 >= len(ss.items) {
		return false
	}
	first, last := ss.items[end+1].first, ss.items[len(ss.items)-1].last
	for tok := first; tok < first+6 && tok < last; tok++ {
		if ss.tk.info(tok).class&wordBlacklist != 0 {
			next := ""
			if tok+1 < last {
				next = ss.tk.key(tok + 1)
			}
			return next == "list" || next == "lists" || strings.HasSuffix(ss.tk.key(tok), "list")
		}
		if ss.tk.in(tok, clauseBreaks) {
			return false
		}
	}
	return false
}

// reasonGiven reports whether the objects of trigger tr, which end at item end, are
// followed by the reason its row may need.
func (ss *sentState) reasonGiven(end int, tr *trigger) bool {
	return tr.Needs&needReason == 0 || ss.keyAt(end) == kwFor
}

// stanceNamed reports whether the objects of trigger tr, which end at item end, or their
// proposal or decision, are named the foe or friend its row may need: within a few words
// after them ("as", articles, quotes and adjectives between), before any other clause
// break or actor.
func (ss *sentState) stanceNamed(end int, tr *trigger) bool {
	need := tr.Needs & (needFoe | needFriend)
	if need == 0 {
		return true
	}
	want := wordFoe
	if need == needFriend {
		want = wordFriend
	}
	for i := end; i < len(ss.items) && i <= end+6; i++ {
		if ss.classAt(i)&want != 0 {
			return true
		}
		if k := ss.keyAt(i); k == kwQuote || k == kwAs || k == kwHyphen {
			continue
		}
		if i == end && ss.keyAt(i) == kwPossessive && ss.classWithin(i+1, 1, wordProposal|wordMeasure) {
			continue // "called Norway's decision outrageous": the owner's decision
		}
		if !ss.isLowerWord(i) || ss.items[i].ref >= 0 || ss.isClauseBreak(i) || ss.itemIn(i, prepositions) {
			return false
		}
	}
	return false
}

// threatened reports whether the trigger at item t, whose row may need a threat, stands
// under one; a row without the constraint always does.
func (ss *sentState) threatened(t int, tr *trigger) bool {
	if tr.Needs&needThreat == 0 {
		return true // most rows: no need to read the words before t
	}
	kind, _ := ss.threatOver(t)
	return kind != noThreat
}

// speakers returns the subjects of the nearest reporting verb before item t ("Netanyahu
// told his cabinet that ..."), and the item they start at; none when there is no such verb.
func (ss *sentState) speakers(t int) ([]string, int) {
	for i := t - 1; i > 0; i-- {
		if ss.classAt(i)&wordReporting != 0 || ss.keyAt(i+1) == kwThat && ss.isVerb(i) {
			return ss.subjects(i) // "said", or a verb of its that-clause: "agreed that"
		}
	}
	return nil, t
}

// objectFits reports whether ref o meets the constraints of trigger tr on its objects.
func (ss *sentState) objectFits(o int, tr *trigger) bool {
	if tr.Needs&needNoCountry != 0 && ss.refs[o].kind == Country {
		return false
	}
	if tr.Needs&needPerson != 0 && (!ss.isPerson(ss.refs[o].actor) || ss.keyAt(ss.refs[o].last) == kwPossessive) && !ss.delegationOf(o) {
		return false // one hosts Kishida, and a Hamas delegation, but not U.S. forces
	}
	if tr.Needs&needArmed != 0 && !ss.armedOf(o) {
		return false
	}
	if tr.Needs&needProposal != 0 && !ss.proposalOwner(o) {
		return false
	}
	return true
}

// proposalOwner reports whether ref o is named as the owner of a proposal or measure
// word: "Egypt's offer", "India's plans", "the decision by Norway", "the amendments
// proposed by Britain", "a U.S.-drafted resolution".
func (ss *sentState) proposalOwner(o int) bool {
	r := &ss.refs[o]
	if ss.keyAt(r.last) == kwPossessive {
		return ss.classWithin(r.last+1, 2, wordProposal|wordMeasure) || ss.firstWordClass(r.last+1)&wordProposal != 0
	}
	if ss.ledProposal(o) {
		return true // "a U.S.-drafted resolution"
	}
	f := ss.refs[ss.coordinatedBefore(o)[0]].first // "proposed by Britain and France": France's too
	return ss.keyAt(f-1) == kwBy && ss.proposalBefore(f-1)
}

// delegationOf reports whether ref o names a state or body through the people it sends
// to the table, a word of words.tsv class delegation right after it ("a Hamas
// delegation", "Ukraine's negotiators").
func (ss *sentState) delegationOf(o int) bool { return ss.nounAfter(o, wordDelegation, 1) }

// nounAfter reports whether a word of class c is among the n lower-case words right after
// ref o and its "'s" ("Malian soldiers", "Israel's army soldiers", "a Hamas delegation").
func (ss *sentState) nounAfter(o int, c wordClass, n int) bool {
	j := ss.refs[o].last
	if ss.keyAt(j) == kwPossessive {
		j++
	}
	for k := j; k < len(ss.items) && k < j+n && ss.isLowerWord(k); k++ {
		if ss.classAt(k)&c != 0 {
			return true
		}
	}
	return false
}

// armedOf reports whether ref o names a state or body through its armed men: an armed
// word right after it ("Malian soldiers", "Israel's forces") or before its "of" ("the
// troops of Mali").
func (ss *sentState) armedOf(o int) bool {
	if ss.refs[o].kind == Person {
		return false
	}
	if ss.nounAfter(o, wordArmed, 3) { // "Israeli army soldiers"
		return true
	}
	f := ss.refs[o].first
	if ss.keyAt(f-1) == kwThe {
		f--
	}
	return ss.keyAt(f-1) == kwOf && ss.classAt(f-2)&wordArmed != 0
}

// subjectHeads reports whether the subject of trigger tr at item t, named from item from,
// may stand for its clause's subject, when its row needs that: no noun follows the name
// before the trigger, only auxiliaries, adverbs, or a comma or bracket that opens an
// appositive or relative clause ("the EU package includes Rosneft" has a package as its
// subject, not the EU).
func (ss *sentState) subjectHeads(from, t int, tr *trigger) bool {
	if tr.Needs&needSubjectHead == 0 {
		return true
	}
	r := ss.outerRef(from)
	if r < 0 {
		return false
	}
	e := int(ss.refs[r].last)
	switch ss.keyAt(e) {
	case kwComma, kwOpenParen, kwWhich, kwThat:
		return true
	}
	return e >= t || ss.onlyAuxiliaries(e, t)
}
