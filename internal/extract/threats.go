package extract

import "slices"

// This file holds the frames of stage 6 for threats whose target the clause does not
// give as an object (GUIDELINES 6: threatening is opposition, stated as fact): a vow to
// retaliate with no one named, whose target is whoever last acted against the one who
// vows. A threat that names its target as the one who will pay ("said the Americans would
// pay a heavy price") is the speaker's stance (speakerstance.go).

// threatKind says how a trigger stands under a threat (threatOver).
type threatKind uint8

const (
	noThreat  threatKind = iota
	threatVow            // after a verb of threat: "vowed to retaliate", "threatened sanctions"
	threatIf             // under "would", "will" or "could" with "if" after it
)

// threatOver reports how the trigger at item t stands under a threat: after a verb of
// threat (words.tsv class threat) and "to" ("vowed to retaliate against X"), or right
// after one across adjectives ("threatened new sanctions against X"); or under "would",
// "will" or "could" with an "if" after it ("would strike Hezbollah if ..."). A noun
// trigger may be the object of an impose verb between them (words.tsv class impose:
// "threatened to impose tariffs on X", "could resume strikes on X if ..."); any other
// verb makes the act another one ("vowed to end the war with X"). It reads tokens, not
// items, as a cue may join the words ("could resume"). With threatVow it also returns the
// token of the verb of threat.
func (ss *sentState) threatOver(t int) (threatKind, int) {
	if ss.classes&(wordThreat|wordImpose) == 0 && ss.sets&conditionals == 0 && !ss.classInPhrase(wordThreat) {
		return noThreat, -1 // no word of threat, no verb of imposing, no "if"
	}
	first, at := ss.items[0].first, ss.items[t].first
	lower := func(k int) bool { return k >= first && ss.tk.toks[k].is(tWord) && !ss.tk.toks[k].is(tCap) }
	i := at - 1
	for k := at - 1; k >= at-3 && lower(k); k-- {
		if ss.tk.info(k).class&wordImpose != 0 {
			i = k - 1
			break
		}
		if ss.tk.in(k, auxiliaries) || ss.tk.toks[k].id == kwTo {
			break
		}
	}
	if i > first && ss.tk.toks[i].id == kwTo && ss.tk.info(i-1).class&wordThreat != 0 {
		return threatVow, i - 1
	}
	conditional := false
	for k := i; k >= i-2 && lower(k) && ss.tk.in(k, auxiliaries); k-- {
		if key := ss.tk.key(k); key == "would" || key == "will" || key == "could" {
			conditional = true
		}
	}
	for k := t + 1; conditional && k < len(ss.items) && k <= t+10 && !ss.isCueBoundary(k); k++ {
		if ss.itemKey(k) == "if" {
			return threatIf, -1
		}
	}
	for k := at - 1; k >= at-3 && lower(k) && ss.isNoun(t); k-- {
		if ss.tk.info(k).class&wordThreat != 0 {
			return threatVow, k
		}
		if ss.tk.in(k, determiners) && ss.tk.toks[k].id != kwNew || ss.tk.in(k, auxiliaries) {
			break
		}
	}
	return noThreat, -1
}

// threatStance adds, beside each sanction or war that the trigger tr at item t stated
// since the evidence numbered before, the threat it makes when it stands under one
// (threatOver) that a verb of menace states (words.tsv class menace: "threatened to
// impose tariffs on Y", not "promised tariffs on Y") or "would ... if" does: threatening
// to sanction or attack Y opposes Y (GUIDELINES 6), as fact. The threat is the subject's,
// or under "would ... if" in reported speech the speaker's ("Asif said Pakistan could
// resume strikes on the TTP if ..."). findRelations calls it only when there is such
// evidence.
func (ss *sentState) threatStance(t int, tr *trigger, before int) {
	if tr.Relation != Sanctions && tr.Relation != AtWarWith {
		return
	}
	kind, verb := ss.threatOver(t)
	if kind == noThreat || kind == threatVow && ss.tk.info(verb).class&wordMenace == 0 {
		return
	}
	subjects, _ := ss.subjects(t)
	subjects = slices.Clone(subjects) // speakers reuses ss.listIDs
	threateners := subjects
	if kind == threatIf {
		if speakers, _ := ss.speakers(t); len(speakers) > 0 {
			threateners = slices.Clone(speakers)
		}
	}
	for i := before; i < len(ss.Evidence.vals); i++ {
		r, e := ss.Evidence.vals[i].owner, ss.Evidence.vals[i].val
		if r.Type != tr.Relation || r.Modality == Negated {
			continue
		}
		target := ""
		switch {
		case slices.Contains(subjects, r.Source):
			target = r.Target
		case r.Type.Symmetric() && slices.Contains(subjects, r.Target):
			target = r.Source
		}
		for _, s := range threateners {
			if target != "" && s != target {
				ss.addEvidence(Opposes, s, target, Actual, e) // e is a copy: adding may move Evidence.vals
			}
		}
	}
}

// bareThreatFrame reads a threatened act with no object after a verb of threat and "to"
// ("The Houthis vowed to retaliate."): the subjects of the vow oppose the foes the
// document last gave them (foesOf).
func (ss *sentState) bareThreatFrame(t int, tr *trigger) bool {
	if ss.keyAt(t-1) != kwTo || ss.classAt(t-2)&wordThreat == 0 { // tr is a threatened act (needThreat)
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

// classInPhrase reports whether a word of class c stands inside an item of several words,
// whose classes ss.classes does not hold: "pledged to" is one cue, and "pledged" a word of
// threat. Only the rare triggers that need a threat ask.
func (ss *sentState) classInPhrase(c wordClass) bool {
	for i := range ss.items {
		if it := &ss.items[i]; it.last-it.first > 1 {
			for k := it.first; k < it.last; k++ {
				if ss.tk.info(k).class&c != 0 {
					return true
				}
			}
		}
	}
	return false
}
