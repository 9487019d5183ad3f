package extract

import "strings"

// This file is the part of the clause syntax (clause.go) that finds clauses inside a clause
// and steps over them: relative clauses ("X, who met Y,"), appositives ("X, a close ally
// of Y,", "X, an armed movement led by Y") and reduced relatives (", drafted by the United
// States,").

// appositiveHead returns the ref that a noun trigger at item t describes in an
// appositive, "X, a [close] ally of Y" or "X, the main backer of Y", or -1.
func (ss *sentState) appositiveHead(t int) int {
	if ss.isVerb(t) {
		return -1
	}
	j := t - 1
	for j >= 0 && j >= t-3 && ss.isLowerWord(j) && !ss.itemIn(j, appositiveArticles) {
		j-- // adjectives: "a close ally", "a longtime critic"
	}
	if !ss.itemIn(j, appositiveArticles) || ss.keyAt(j-1) != kwComma {
		return -1
	}
	return ss.actorEndingAt(j - 1)
}

// appositivePatient returns the ref that the noun phrase before a reduced passive at
// item t describes in an appositive, "X, an armed movement led by Y", "X, an alliance of
// opposition parties led by Y", or -1: the passive's patient is X.
func (ss *sentState) appositivePatient(t int) int {
	j := t - 1
	for j >= 0 && j >= t-6 && (ss.isLowerWord(j) || ss.keyAt(j) == kwOf) && !ss.itemIn(j, appositiveArticles) {
		j--
	}
	if j == t-1 || !ss.itemIn(j, appositiveArticles) || ss.keyAt(j-1) != kwComma || ss.isVerb(t-1) {
		return -1
	}
	if r := ss.actorEndingAt(j - 1); r >= 0 && ss.refs[r].kind != Person {
		return r
	}
	return -1
}

// objectRelative returns the antecedent of a relative pronoun that is the object of the
// verb at item v, "X, which/whom SUBJECT [aux] VERB": the ref before the comma; or -1.
func (ss *sentState) objectRelative(v int) int {
	sawSubject := false
	for j := v - 1; j >= 1 && v-j <= maxArgDistance; j-- {
		switch k := ss.keyAt(j); {
		case k == kwWhich || k == kwWhom:
			if !sawSubject || ss.keyAt(j-1) != kwComma {
				return -1
			}
			return ss.actorEndingAt(j - 1)
		case ss.outerRef(j) >= 0:
			sawSubject = true
			j = ss.refs[ss.outerRef(j)].first
		case k == kwIt || k == kwThey:
			sawSubject = true // "the M23, which it calls a terrorist movement"
		case k == kwAnd || k == kwComma || ss.itemIn(j, auxiliaries) || ss.isAdverb(j):
		default:
			return -1
		}
	}
	return -1
}

// relativeClauseStart returns the item of the "who" or "which" that opens the clause
// closed by the comma at item c, or -1.
func (ss *sentState) relativeClauseStart(c int) int {
	for i := c - 1; i >= 0 && c-i <= maxArgDistance; i-- {
		switch ss.keyAt(i) {
		case kwWho, kwWhich, kwWhose:
			if ss.keyAt(i-1) == kwComma {
				return i
			}
			return -1
		case kwComma, kwSemicolon, kwColon:
			return -1
		}
	}
	return -1
}

// relativeClauseEnd returns the comma that closes the relative clause opened by the
// "who" or "which" at item w, within a few words and before any other clause break; or -1.
func (ss *sentState) relativeClauseEnd(w int) int {
	for i := w + 1; i < len(ss.items) && i-w <= 12; i++ {
		switch ss.keyAt(i) {
		case kwComma:
			return i
		case kwSemicolon, kwColon, kwOpenParen, kwCloseParen, kwQuote, kwWho, kwWhich:
			return -1
		}
	}
	return -1
}

// appositiveStart returns the comma that opens an appositive noun phrase closed by the
// comma at item c, "X, home to Y," or "X, a close ally of Y,", or "X, the envoy of the
// Y (Z),", when a ref ends right before it; or -1.
func (ss *sentState) appositiveStart(c int) int {
	for i := c - 1; i >= 1 && c-i <= 14; i-- {
		switch k := ss.keyAt(i); {
		case k == kwCloseParen && ss.keyAt(i-2) == kwOpenParen:
			i -= 2 // "the envoy of the Intergovernmental Authority on Development (IGAD),"
		case k == kwComma:
			r := ss.outerRef(i - 1)
			if r < 0 || ss.refs[r].last != i || !(ss.itemIn(i+1, appositiveArticles) || ss.isLowerWord(i+1)) {
				return -1
			}
			return i
		case ss.isClauseBreak(i) || ss.isVerb(i) || ss.classAt(i)&wordReporting != 0:
			return -1
		}
	}
	return -1
}

// reducedRelativeStart returns the comma that opens a reduced passive relative clause
// closed by the comma at item c, ", drafted by the United States," or ", led by Dagalo,",
// whose agent may have an appositive name of its own (", headed by the movement's chief
// negotiator, Mohammed Abdulsalam,"); or -1.
func (ss *sentState) reducedRelativeStart(c int) int {
	for i := c - 1; i >= 0 && c-i <= 14; i-- {
		if ss.keyAt(i) != kwComma {
			continue
		}
		if ss.keyAt(i+2) == kwBy && (ss.isVerb(i+1) || ss.isLowerWord(i+1) && strings.HasSuffix(ss.itemKey(i+1), "ed")) {
			return i
		}
		if r := ss.outerRef(i + 1); r >= 0 && ss.refs[r].first == i+1 && ss.refs[r].last == c && i < c-1 {
			c = i // a name in apposition to the agent: look for the comma before
			continue
		}
		return -1
	}
	return -1
}

// reportedRelative returns the antecedent of a relative pronoun whose clause a speaker's
// report interrupts before the verb at item t: "the M23, which Kinshasa says is backed by
// Rwanda", "Haddad, who officials say was detained": the pronoun is the verb's subject,
// not the speaker. It returns -1 when no such clause ends at t.
func (ss *sentState) reportedRelative(t int) int {
	i := t - 1
	for i > 0 && (ss.itemIn(i, auxiliaries) || ss.itemIn(i, beForms) || ss.isAdverb(i)) {
		i--
	}
	if i == t-1 || ss.classAt(i)&wordReporting == 0 {
		return -1 // a report right before the verb's auxiliaries: "says is backed"
	}
	w := i - 1
	if q := ss.outerRef(w); q >= 0 && ss.refs[q].last == i {
		w = ss.refs[q].first - 1 // "Kinshasa says"
	} else if ss.isLowerWord(w) && ss.classAt(w)&wordOfficials != 0 {
		w-- // "officials say"
	}
	if k := ss.keyAt(w); k != kwWhich && k != kwWho && k != kwThat {
		return -1
	}
	return ss.relativeAntecedent(w)
}

// relativeAntecedent returns the actor ending right before the relative pronoun at item w,
// across a comma ("the M23, which"), or -1.
func (ss *sentState) relativeAntecedent(w int) int {
	if ss.keyAt(w-1) == kwComma {
		w--
	}
	return ss.actorEndingAt(w)
}

// whoseCountry returns the state of the office of the person whose "whose" is item w
// ("Malaysian Prime Minister Anwar Ibrahim, whose country chairs ASEAN": Malaysia), or -1.
func (ss *sentState) whoseCountry(w int) int {
	if r := ss.relativeAntecedent(w); r >= 0 {
		if p := ss.refs[r].of; p >= 0 && ss.refs[p].kind == Country && ss.refs[p].actor != "" {
			return int(p)
		}
	}
	return -1
}

// namedWithin reports whether a named actor starts within n items from item i, across
// lower-case words only ("of foreign affairs of Egypt"), not a plural ("of the two
// countries").
func (ss *sentState) namedWithin(i, n int) bool {
	for k := i; k < len(ss.items) && k < i+n; k++ {
		if r := ss.outerRef(k); r >= 0 {
			return ss.refs[r].actor != "" && !ss.refs[r].class && !ss.refs[r].pronoun
		}
		if !ss.isLowerWord(k) || ss.itemIn(k, quantifiers) || ss.keyAt(k) == kwTwo || ss.keyAt(k) == kwBoth {
			return false
		}
	}
	return false
}
