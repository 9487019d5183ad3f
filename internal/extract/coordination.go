package extract

import "strings"

// This file holds the clause syntax of coordination: which earlier verb a verb or noun
// after "and" (or a participle after the main clause) is joined to, and so whose subject
// it shares ("Chang told reporters Seoul was considering arms and condemned Moscow", "said
// Riyadh also opposed the plan and accused the EU").

// sharedSubjectAnd returns the "and" that the clause of the trigger at item t follows with
// no subject of its own, or -1: the trigger is a verb right after it, perhaps after
// auxiliaries ("and condemned Moscow", "and has since delivered weapons to"), or a noun after a verb and a possessive pronoun right after it ("and
// reaffirmed their support for Israel"); or the comma before a participle that opens a
// clause after the main one ("sanctioned Petrov, accusing him of fraud").
func (ss *sentState) sharedSubjectAnd(t int) int {
	if ss.keyAt(t-1) == kwComma && ss.isVerb(t) && ss.isLowerWord(t) && strings.HasSuffix(ss.itemKey(t), "ing") {
		return t - 1 // a participle after the clause: "Britain sanctioned Petrov, accusing him of fraud"
	}
	a := t - 1
	for a > 0 && a > t-4 && ss.items[a].kind == itWord && (ss.itemIn(a, auxiliaries) || ss.isAdverb(a) || a == t-1 && ss.itemKey(a) == "since") {
		a-- // "and has since delivered weapons to", "and later also met"
	}
	if ss.keyAt(a) == kwAnd {
		if ss.items[t].hasKind(lexTrigger) {
			return a
		}
		return -1
	}
	switch ss.keyAt(t - 1) {
	case kwTheir, kwIts, kwHis, kwHer:
		if ss.keyAt(t-3) == kwAnd && ss.isLowerWord(t-2) && ss.items[t-2].ref < 0 && ss.isNoun(t) {
			return t - 3
		}
	}
	return -1
}

// coordinateVerb returns the verb trigger of the clause before the "and" at item a that
// the verb at item t is joined to, or -1: the last one before a, in the same simple
// finite form ("-ed" or "-s": "opposed ... and accused", "opposes ... and accuses"), with
// no auxiliary verb before it (an adverb may stand there: "also opposed"), when it is not the sentence's first verb, which subject reads
// anyway. "told reporters Seoul was considering arms and condemned Moscow" joins
// "condemned" to "told", not to "considering".
func (ss *sentState) coordinateVerb(a, t int) int {
	suffix := ""
	switch k := ss.itemKey(t); {
	case !ss.isVerb(t) || !ss.isLowerWord(t):
		return -1
	case strings.HasSuffix(k, "ed"):
		suffix = "ed"
	case strings.HasSuffix(k, "s"):
		suffix = "s"
	default:
		return -1
	}
	for v := a - 1; v > 0 && !ss.isClauseBreak(v); v-- {
		if ss.items[v].ref >= 0 || !ss.isVerb(v) || !ss.isLowerWord(v) {
			continue
		}
		if !strings.HasSuffix(ss.itemKey(v), suffix) || v == ss.firstVerb(a) {
			return -1
		}
		for i := v - 1; ss.itemIn(i, auxiliaries); i-- {
			if !ss.isAdverbial(i) {
				return -1 // "was considering", "had opposed": not the simple form
			}
		}
		return v
	}
	return -1
}

// isAdverbial reports whether the auxiliary at item i is an adverb ("also", "later",
// "again"), not a verb.
func (ss *sentState) isAdverbial(i int) bool {
	switch ss.itemKey(i) {
	case "also", "later", "then", "again", "never", "already", "reportedly":
		return true
	}
	return false
}

// firstVerb returns the first reporting verb or verb trigger of the sentence before item
// end outside relative clauses ("Zelensky, who had challenged Putin to meet him, called
// ..."), when it does not itself follow "and", or -1.
func (ss *sentState) firstVerb(end int) int {
	for i := 0; i < end; i++ {
		if w := ss.keyAt(i + 1); ss.keyAt(i) == kwComma && (w == kwWho || w == kwWhich) {
			if c := ss.relativeClauseEnd(i + 1); c >= 0 {
				i = c
				continue
			}
		}
		if ss.items[i].ref >= 0 {
			continue
		}
		if ss.classAt(i)&wordReporting != 0 || ss.isVerb(i) && !ss.isNoun(i) {
			if ss.keyAt(i-1) == kwAnd {
				return -1
			}
			return i
		}
	}
	return -1
}
