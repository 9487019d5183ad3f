package extract

// This file holds the frame of stage 6 for a sanctions verb whose subject is the measure
// itself, and the constraint that makes a verb of aim a sanction (triggers.tsv constraint
// measure): "The package also targets 13 banks", "EU sanctions target Rosneft", "the
// Treasury targeted Belarus with new sanctions". A measure is a sanctions noun of
// triggers.tsv or a word of words.tsv class measure ("package", "decision").

// measureFrame reads a verb of aim whose subject is a measure ("The package also targets
// 13 banks, including two Chinese lenders"): the measure's imposer sanctions each object.
// The imposer is the actor right before the measure ("EU sanctions", "the EU's new
// package"), or else the source of the document's last sanction, whose measure it is.
func (ss *sentState) measureFrame(t int, tr *trigger) bool {
	m := ss.measureSubject(t) // tr is a verb of aim (needMeasure): applyFrames tries no other
	if m < 0 {
		return false
	}
	imposer, from := "", m
	for i := m - 1; i >= 0 && i >= m-3; i-- {
		if r := ss.outerRef(i); r >= 0 {
			if k := ss.refs[r].kind; ss.refs[r].actor != "" && !ss.refs[r].pronoun && (k == Country || k == Organization || k == Group) {
				imposer, from = ss.refs[r].actor, ss.refs[r].first
			}
			break
		}
		if !ss.isLowerWord(i) && ss.keyAt(i) != kwPossessive && ss.keyAt(i) != kwHyphen {
			break
		}
	}
	if imposer == "" {
		imposer = ss.lastSanctioner()
	}
	objs, end := ss.objects(t, tr)
	if imposer == "" || len(objs) == 0 {
		return false
	}
	mod := ss.modality(t, tr)
	for _, o := range objs {
		ss.relate(Sanctions, imposer, ss.refs[o].actor, mod, from, end, RuleVerb)
	}
	return true
}

// measureSubject returns the item of the measure that is the subject of the verb at item
// t, across auxiliaries and adverbs ("The package also targets") and a reduced relative
// clause ("The designations, announced by the Foreign Secretary, cover"), or -1.
func (ss *sentState) measureSubject(t int) int {
	i := t - 1
	for i >= 0 && (ss.itemIn(i, auxiliaries) || ss.isAdverb(i) || ss.keyAt(i) == kwAlso) {
		i--
	}
	if ss.keyAt(i) == kwComma {
		if c := ss.reducedRelativeStart(i); c >= 0 {
			i = c - 1
		}
	}
	if i < 0 || !ss.isMeasure(i) {
		return -1
	}
	return i
}

// isMeasure reports whether item i is a measure: a sanctions noun or a word of words.tsv
// class measure.
func (ss *sentState) isMeasure(i int) bool { return ss.classOrNoun(i, wordMeasure, Sanctions) }

// classOrNoun reports whether item i is a word of class c or a noun trigger of relation
// rel.
func (ss *sentState) classOrNoun(i int, c wordClass, rel RelationType) bool {
	if ss.classAt(i)&c != 0 {
		return true
	}
	for _, v := range ss.lex.valsIn(ss.items[i].vals) {
		if v.kind == lexTrigger && !v.trigger.Verb && v.trigger.Relation == rel {
			return true
		}
	}
	return false
}

// lastSanctioner returns the source of the last sanction the document stated, or "".
func (ss *sentState) lastSanctioner() string {
	for i := len(ss.Evidence.vals) - 1; i >= 0; i-- {
		if r := ss.Evidence.vals[i].owner; r.Type == Sanctions {
			return r.Source
		}
	}
	return ""
}

// measureNamed reports whether the objects of trigger tr, which end at item end, are
// followed by the measure its row may need: "with" or "in" and, within a few words, a
// measure ("targeted Belarus with new sanctions", "targets Iran's shadow fleet in new oil
// sanctions"). A verb of aim with none is no sanction ("the strike targeted Hamas").
func (ss *sentState) measureNamed(end int, tr *trigger) bool {
	if tr.Needs&needMeasure == 0 {
		return true
	}
	for n := 0; n < 5 && (ss.isLowerWord(end) && !ss.itemIn(end, prepositions) || ss.keyAt(end) == kwQuote || ss.keyAt(end) == kwPossessive); n++ {
		end++ // the object's nouns: "Iran's \"shadow fleet\""
	}
	if k := ss.keyAt(end); k != kwWith && k != kwIn {
		return false
	}
	for i := end + 1; i < len(ss.items) && i <= end+4; i++ {
		if ss.isMeasure(i) {
			return true
		}
		if !ss.isLowerWord(i) && ss.keyAt(i) != kwHyphen {
			return false
		}
	}
	return false
}
