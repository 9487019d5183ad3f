package extract

import "strings"

// This file and clauseargs.go are the shallow clause syntax that refs (refs.go), roles
// (roles.go) and the relation frames (patterns.go) read a sentence with. They belong to no
// stage and remember nothing between calls but scratch buffers: they answer questions
// about the items and refs of one sentence. This file has the words a clause is built of
// (verbs, auxiliaries, lower-case words, clause breaks), a clause's subject and the comma
// clauses it steps over (relative clauses, appositives, reduced relatives); clauseargs.go
// has the arguments after a trigger and the coordinated lists of refs.

// maxArgDistance bounds how many items a pattern looks across for an argument, so that
// matching stays linear in the sentence length.
const maxArgDistance = 24

// isLowerWord reports a one-token lower-case word.
func (ss *sentState) isLowerWord(i int) bool {
	if i < 0 || i >= len(ss.items) {
		return false
	}
	// One test of the three flags, not a branch for each: it is inlined at 55 calls.
	return ss.items[i].last-ss.items[i].first == 1 && ss.tk.toks[ss.items[i].first].flags&(tWord|tCap|tNumber) == tWord
}

// isVerb reports whether the trigger at item t is read as a verb.
func (ss *sentState) isVerb(t int) bool {
	if !ss.items[t].hasKind(lexTrigger) {
		return false
	}
	vals := ss.lex.valsIn(ss.items[t].vals)
	for k := range vals {
		if v := &vals[k]; v.kind == lexTrigger && v.trigger.Verb {
			return true
		}
	}
	return false
}

// triggerAt reports whether item i carries a trigger for which want is true, among its
// readings ("mediate" is read as a noun before "between" and as a verb otherwise).
func (ss *sentState) triggerAt(i int, want func(tr *trigger) bool) bool {
	if i < 0 || i >= len(ss.items) || !ss.items[i].hasKind(lexTrigger) {
		return false
	}
	vals := ss.lex.valsIn(ss.items[i].vals)
	for k := range vals {
		if v := &vals[k]; v.kind == lexTrigger && want(v.trigger) {
			return true
		}
	}
	return false
}

// isNoun reports whether the trigger at item t may be read as a noun.
func (ss *sentState) isNoun(t int) bool {
	if !ss.items[t].hasKind(lexTrigger) {
		return false
	}
	vals := ss.lex.valsIn(ss.items[t].vals)
	for k := range vals {
		if v := &vals[k]; v.kind == lexTrigger && !v.trigger.Verb {
			return true
		}
	}
	return false
}

// isAdverb reports a lower-case word ending in -ly ("repeatedly", "jointly").
func (ss *sentState) isAdverb(i int) bool {
	k := ss.itemKey(i)
	return len(k) > 4 && k[len(k)-2:] == "ly"
}

// onlyAuxiliaries reports whether the items [from, to) are all auxiliaries or adverbs, so
// that an actor ending at from is the subject of a verb at to.
func (ss *sentState) onlyAuxiliaries(from, to int) bool {
	for i := from; i < to; i++ {
		if !ss.itemIn(i, auxiliaries) && !ss.isAdverb(i) {
			return false
		}
	}
	return true
}

// isClauseBreak reports punctuation and conjunctions that end a clause.
func (ss *sentState) isClauseBreak(i int) bool {
	return ss.itemIn(i, clauseBreaks)
}

// adjacent reports whether items i and j touch with no space between them.
func (ss *sentState) adjacent(i, j int) bool {
	if i < 0 || j >= len(ss.items) {
		return false
	}
	return ss.tk.toks[ss.items[i].last-1].end == ss.tk.toks[ss.items[j].first].start
}

// compoundModifier reports whether the item at i joins the ref before it to a word by a
// hyphen, as in "EU-brokered talks": the actor modifies a noun and is no argument.
func (ss *sentState) compoundModifier(i int) bool {
	return ss.keyAt(i) == kwHyphen && ss.adjacent(i-1, i) && ss.adjacent(i, i+1)
}

// participleAdjective reports whether item j is a verb trigger in "-ed" that modifies the
// lower-case noun after it, as in "the Lebanese armed group Hezbollah", where no one arms
// anyone.
func (ss *sentState) participleAdjective(j int) bool {
	return ss.items[j].hasKind(lexTrigger) && ss.isLowerWord(j) && ss.isLowerWord(j+1) && strings.HasSuffix(ss.itemKey(j), "ed") &&
		ss.isVerb(j) && !ss.isNoun(j)
}

// modifierBefore reports whether the verb trigger at item t is a participle adjective
// after a demonym that modifies it: "the Lebanese armed group".
func (ss *sentState) modifierBefore(t int) bool {
	if !ss.participleAdjective(t) {
		return false // most verbs: no ref to look for
	}
	r := ss.outerRef(t - 1)
	return r >= 0 && ss.refs[r].weak && ss.refs[r].last == t
}

// proposalBefore reports whether a word of class proposal or measure ends right before
// the "by" at item b, perhaps before a participle of its making: "the decision by Norway",
// "the amendments proposed by France".
func (ss *sentState) proposalBefore(b int) bool {
	p := b - 1
	if ss.itemIn(p, agentParticiples) {
		p--
	}
	return ss.classAt(p)&(wordProposal|wordMeasure) != 0
}

// proposalAfter reports whether a word of class proposal follows item i, after at most
// one other lower-case word ("levy proposal", "peace plan").
func (ss *sentState) proposalAfter(i int) bool { return ss.classWithin(i, 1, wordProposal) }

// modifiesNoun reports whether item i, right after an actor, is a noun the actor only
// qualifies: a trigger noun or a word for an event or place ("Afghanistan talks").
func (ss *sentState) modifiesNoun(i int) bool {
	if i >= len(ss.items) {
		return false
	}
	for _, v := range ss.lex.valsIn(ss.items[i].vals) {
		if v.kind == lexTrigger && !v.trigger.Verb {
			return true
		}
	}
	return ss.classAt(i)&wordNonActor != 0
}

// afterLightVerb reports whether the noun at item t is the object of a light verb, across
// at most three determiners and adjectives ("resumed their first direct talks"), or of a
// gathering noun that is ("wrapped up the first round of talks").
func (ss *sentState) afterLightVerb(t int) bool {
	if ss.keyAt(t-1) == kwOf && ss.classAt(t-2)&wordGathering != 0 {
		t -= 2
	}
	for i := t - 1; i >= 0 && i >= t-4; i-- {
		if ss.classAt(i)&wordLightVerb != 0 {
			return true
		}
		if ss.items[i].kind != itWord || !ss.isLowerWord(i) && ss.keyAt(i) != kwHyphen {
			return false
		}
	}
	return false
}

// eventAdverbial reports whether the noun at item t is the event a clause happened in, after
// "in", "during" or "at" and at most two determiners or adjectives: "discussed trade in a
// phone call", "agreed during talks in Doha".
func (ss *sentState) eventAdverbial(t int) bool {
	for i := t - 1; i >= 0 && i >= t-3; i-- {
		if k := ss.keyAt(i); k == kwIn || k == kwAt || ss.itemKey(i) == "during" {
			return i < t-1 || ss.isNoun(t) // "in talks": a noun of its own
		}
		if ss.items[i].kind != itWord || !ss.isLowerWord(i) {
			return false
		}
	}
	return false
}

// eventAt reports whether the noun phrase at item i ("dangerous actions", "the strikes")
// names an event or action (words.tsv class "event") after at most two adjectives.
func (ss *sentState) eventAt(i int) bool { return ss.classWithin(i, 2, wordEvent) }

// classWithin reports whether a word of class c stands at item i or after at most n
// lower-case words before it.
func (ss *sentState) classWithin(i, n int, c wordClass) bool {
	for k := i; k < len(ss.items) && k <= i+n; k++ {
		if ss.classAt(k)&c != 0 {
			return true
		}
		if !ss.isLowerWord(k) {
			return false
		}
	}
	return false
}

// pluralRef says which actors named before a plural reference means: a subject such as
// "they" or "the two leaders", or an object such as "them" or "both sides". Clause syntax
// reads the phrase (subject, groupPhrase); coreference gives it its actors (groupIDs).
type pluralRef uint8

const (
	notPlural       pluralRef = iota
	pluralThey                // "they", "them": the last group of actors
	pluralPeople              // "the two leaders": the last people named together
	pluralStates              // "the two governments": the last states or bodies named together
	pluralCountries           // "the three countries": the last states named together
)

// subject finds the actor a clause is about, looking left from item t: the nearest ref that
// is not the object of a preposition (an agent after "by" counts). It returns the ref and
// notPlural, or -1 and what a plural subject means ("they", "the two leaders"), or -1 and
// notPlural when the clause has no subject that names an actor.
func (ss *sentState) subject(t int) (int, pluralRef) {
	if r := ss.appositiveHead(t); r >= 0 {
		return r, notPlural // "Nabih Berri, an ally of Hezbollah"
	}
	// "Chang told reporters Seoul was considering arms for Kyiv and condemned Moscow", "The
	// ministers said the measures were aimed at the two men, and reaffirmed their support
	// for Israel": a verb right after "and" shares the subject of the sentence's first
	// verb, not of the clause in between.
	if a := ss.sharedSubjectAnd(t); a >= 0 {
		if v := ss.coordinateVerb(a, t); v >= 0 {
			// "said Riyadh opposed the plan and accused the EU": a verb of the same form
			// right before the "and" is the one it joins.
			if r, group := ss.clauseSubject(v); r >= 0 || group != notPlural {
				return r, group
			}
		}
		if v := ss.firstVerb(a); v >= 0 {
			if r, group := ss.clauseSubject(v); r >= 0 || group != notPlural {
				return r, group
			}
		}
		for i := 0; i < a; i++ {
			r := ss.outerRef(i)
			if r < 0 || ss.refs[r].prep != 0 || ss.refs[r].weak {
				continue
			}
			if ss.refs[r].actor != "" {
				return r, notPlural
			}
			break
		}
	}
	return ss.clauseSubject(t)
}

// clauseSubject is subject without the verbs after "and" that share the first verb's
// subject.
func (ss *sentState) clauseSubject(t int) (int, pluralRef) {
	// "urged both leaders to sign the treaty": the urged are told to act, and are not said
	// to (guidelines 6.1.12); the clause has no subject that acts.
	if ss.keyAt(t-1) == kwTo && ss.isVerb(t) && ss.urgedBefore(t-1) {
		return -1, notPlural
	}
	// "accused the UAE of arming the RSF": the agent of a gerund after "of" is the actor
	// before "of".
	if ss.keyAt(t-1) == kwOf {
		if r := ss.outerRef(t - 2); r >= 0 && ss.refs[r].actor != "" {
			if b := ss.refs[r].first - 1; ss.keyAt(b) == kwBy && b > 0 && ss.isVerb(b-1) {
				// "Iran was accused by Israel of arming Hezbollah": the accused, the
				// passive's subject right before its auxiliaries, not its agent.
				i := b - 2
				for i >= 0 && (ss.itemIn(i, auxiliaries) || ss.itemIn(i, beForms) || ss.isAdverb(i)) {
					i--
				}
				if p := ss.outerRef(i); p >= 0 && ss.refs[p].last == i+1 && ss.refs[p].actor != "" {
					return p, notPlural
				}
				return -1, notPlural
			}
			return r, notPlural
		}
		if r := ss.objectRelative(t - 2); r >= 0 {
			return r, notPlural // "Iran, which Riyadh accuses of arming the Houthis"
		}
	}
	if r := ss.controller(t); r >= 0 {
		return r, notPlural
	}
	// "X, who met Y": the subject is the antecedent of the relative pronoun just before the
	// verb (across auxiliaries and adverbs), or before a noun and the verb that carries it
	// ("Egypt, which signed a defence agreement with Somalia"); if that is not an actor,
	// there is none.
	if ss.keyAt(t-2) == kwWhose && ss.itemKey(t-1) == "country" {
		return ss.whoseCountry(t - 2), notPlural // "Anwar Ibrahim, whose country chairs ASEAN"
	}
	verb := ss.isVerb(t)
	noun := !verb
	for i := t - 1; i >= 0 && i >= t-6; i-- {
		k := ss.keyAt(i)
		if k == kwWho || k == kwWhich || k == kwThat {
			j := i - 1
			if ss.keyAt(j) == kwComma {
				j--
			}
			if r := ss.relativeAntecedent(i); r >= 0 {
				if k == kwWhich && ss.isPerson(ss.refs[r].actor) {
					return -1, notPlural // "the party of Ali Saleh, which backs the rebels": not Saleh
				}
				if q := ss.titleHolder(r); q >= 0 && k == kwWho {
					return q, notPlural // "Prime Minister Ralph Gonsalves of Saint Vincent, who chairs ..."
				}
				return r, notPlural
			}
			for start := j - 2; start <= j-1; start++ {
				if group, end := ss.groupPhrase(start); group != notPlural && end == j+1 {
					return -1, group // "The three countries, which expelled French troops"
				}
			}
			if r := ss.appositivePatient(i); r >= 0 && k != kwWho {
				return r, notPlural // "BRICS, a bloc that includes Brazil": the bloc is BRICS
			}
			if k == kwThat && noun {
				break // "said that new talks": "that" opens a clause; look on
			}
			// Right before a verb, "that" is a relative pronoun ("a coalition that helped
			// push back the Houthis"), not the "that" of "said that X met Y", which a
			// subject follows: its antecedent is no actor.
			return -1, notPlural
		}
		auxiliary := ss.items[i].kind == itWord && (ss.itemIn(i, auxiliaries) || ss.isAdverb(i))
		if !auxiliary && !(noun && ss.isLowerWord(i) && !ss.itemIn(i, prepositions)) {
			break
		}
	}
	if r := ss.reportedRelative(t); r >= 0 {
		return r, notPlural // "the M23, which Kinshasa says is backed by Rwanda": the M23
	}
	for i := t - 1; i >= 0 && t-i <= maxArgDistance; i-- {
		k, info := ss.itemInfo(i)
		if verb && i < t-1 && ss.keyAt(i+1) == kwThe && ss.isLowerWord(i+2) && ss.saidAt(i) {
			// "said the cabinet would meet": the reported clause's subject is the unnamed
			// one after the reporting verb, not an actor before it.
			return -1, notPlural
		}
		if (info.sets&quantifiers != 0 || info.class&wordPeople != 0) && ss.keyAt(i-1) == kwThe || k == kwBoth && ss.keyAt(i+1) != kwThe {
			// "the two leaders", "both sides", "the three countries", "the leaders"
			start := i
			if k != kwBoth {
				start--
			}
			if group, end := ss.groupPhrase(start); group != notPlural {
				if k := ss.keyAt(end); (k == kwOf || k == kwFrom) && ss.namedWithin(end+1, 4) {
					// "The ministers of foreign affairs of Egypt and Jordan met": people the
					// phrase names by their states, not the last people named together.
					return -1, notPlural
				}
				return -1, group
			}
			if k == kwTwo || k == kwBoth {
				// "the two", "both": people when a verb follows, else the last list
				if ss.keyAt(i+1) == kwAlso || i+1 == t {
					return -1, pluralPeople
				}
				return -1, pluralThey
			}
		}
		if k == kwThey {
			if ss.classAt(i-1)&wordReporting != 0 && i >= 2 && ss.items[i-2].kind == itWord && ss.items[i-2].ref < 0 &&
				ss.isLowerWord(i-2) || ss.classAt(i-1)&wordReporting != 0 && i == 2 && ss.items[0].ref < 0 {
				return -1, notPlural // "Leaders said they would return": the unnamed speakers
			}
			return -1, pluralThey
		}
		if k == kwIt {
			// "The Treasury said it had imposed sanctions": the state or body named last
			// as a subject before "it", outside relative clauses ("Japan, which hosts U.S.
			// forces, said it had ...").
			for j := i - 1; j >= 0; j-- {
				if ss.keyAt(j) == kwComma {
					if w := ss.relativeClauseStart(j); w >= 0 {
						j = w
						continue
					}
				}
				if r := ss.outerRef(j); r >= 0 && ss.refs[r].prep == 0 && ss.refs[r].actor != "" &&
					!ss.refs[r].weak && ss.actors[ss.refs[r].actor] != nil && ss.actors[ss.refs[r].actor].Kind != Person {
					return r, notPlural
				}
			}
			return -1, notPlural
		}
		// The words first: they rule out most items without looking for the ref.
		if ss.keyAt(i-1) == kwAnd && (ss.itemKey(i) == "i" || ss.itemKey(i) == "we") {
			if r := ss.outerRef(i - 2); r >= 0 && ss.refs[r].last == i-1 {
				continue // "Prime Minister Kristen Michal and I will host him": the named one hosts too
			}
		}
		if ss.itemIn(i, subjectBarriers) || k == kwThat && verb && !ss.isNoun(t) && i < t-1 {
			// "said that allies would keep arming Kyiv": past "that", the clause's own
			// subject was no actor.
			return -1, notPlural
		}
		if k == kwComma {
			// Step over a relative clause or an appositive that this comma closes:
			// "Ben-Gvir, who leads the Jewish Power party, criticised Netanyahu", "The
			// Netherlands, home to ASML, has imposed".
			if w := ss.relativeClauseStart(i); w >= 0 {
				i = w
				continue
			}
			if w := ss.appositiveStart(i); w >= 0 {
				i = w
				continue
			}
			if w := ss.reducedRelativeStart(i); w >= 0 {
				i = w // "The resolution, drafted by the United States, renewed ...": not the US
				continue
			}
		}
		r := ss.outerRef(i)
		if r < 0 || ss.refs[r].weak || ss.compoundModifier(ss.refs[r].last) || ss.possessivePronoun(r, t) {
			continue // "a U.S.-led push to halt fighting": the actor only qualifies a noun
		}
		if p := ss.refs[r].prep; p != 0 && p != kwBy && !(ss.lex.inSet(p, clauseOpeners) && ss.isVerb(t) && ss.onlyAuxiliaries(ss.collectiveEnd(ss.refs[r].last), t)) &&
			!(ss.talksAt(t) && ss.agentSubject(r) >= 0) {
			i = ss.refs[r].first
			continue
		}
		if ss.refs[r].actor == "" {
			return -1, notPlural // the subject is someone unnamed: "an official said"
		}
		return r, notPlural
	}
	return -1, notPlural
}

// saidAt reports whether item i is a verb of saying that reported speech follows with no
// "that": "said", "says", "added", "insisted", "stressed", "noted".
func (ss *sentState) saidAt(i int) bool {
	switch ss.itemKey(i) {
	case "said", "says", "added", "insisted", "stressed", "noted":
		return true
	}
	return false
}

// talksAt reports whether item t is a trigger of a meeting, talks or contact.
func (ss *sentState) talksAt(t int) bool {
	for _, v := range ss.lex.valsIn(ss.items[t].vals) {
		if v.kind == lexTrigger {
			switch v.trigger.Relation {
			case MeetsWith, NegotiatesWith, Contacts:
				return true
			}
		}
	}
	return false
}

// agentSubject returns the item of the collective of people whose list ref r ends, when
// the collective and "from" or "of" open its clause (agentOf): in "Envoys from North Korea
// and the United States met in Beijing" and "Leaders of Egypt and Jordan met" the envoys
// and leaders stand for the states, which are the subjects. It returns -1 otherwise.
// ("Members of X" is left out: the members of a body need not act for it.)
func (ss *sentState) agentSubject(r int) int {
	p := ss.refs[r].prep
	if p != kwFrom && p != kwOf {
		return -1
	}
	f := ss.refs[ss.coordinatedBefore(r)[0]].first
	a := f - 2
	if ss.keyAt(f-1) == kwThe {
		a--
	}
	if p == kwOf && ss.itemKey(a) == "members" {
		return -1 // "Members of X" need not act for X
	}
	if a < 0 || !ss.agentOf(a) && !(a == 0 && ss.items[0].kind == itWord && ss.classAt(0)&wordAgent != 0 && ss.outerRef(0) < 0 &&
		ss.refs[r].kind != Person) {
		return -1 // "Envoys from": capitalized as the sentence's first word
	}
	j := a - 1
	for n := 0; j >= 0 && n < 3 && ss.items[j].ref < 0 && (ss.itemIn(j, determiners) || ss.isLowerWord(j) && !ss.itemIn(j, prepositions)); n++ {
		j-- // "the senior envoys"
	}
	if j >= 0 && !ss.isClauseBreak(j) {
		return -1
	}
	return a
}

// urgedBefore reports whether the "to" at item to follows a directive verb and its object
// ("urged Russia and Ukraine to", "pressed them to").
func (ss *sentState) urgedBefore(to int) bool {
	for i := to - 1; i >= 0 && i >= to-8; i-- {
		if ss.classAt(i)&wordDirective != 0 {
			return i < to-1 // the verb has an object before "to"
		}
		if ss.isClauseBreak(i) && ss.keyAt(i) != kwComma || ss.items[i].kind == itLexicon && ss.outerRef(i) < 0 {
			return false
		}
	}
	return false
}

// possessivePronoun reports whether ref r is "his" or "her" before a noun phrase that is
// not the one of the trigger at item t ("began her third day with a meeting"): a
// determiner, not the subject of the clause. In "his talks with Netanyahu" it is the party.
func (ss *sentState) possessivePronoun(r, t int) bool {
	if !ss.refs[r].pronoun || ss.refs[r].last != ss.refs[r].first+1 {
		return false
	}
	n := ss.refs[r].last
	if ss.governmentAfter(n) || ss.itemKey(n) == "country" {
		return false // "his government was ready", "his country hoped": the state he leads
	}
	switch ss.keyAt(ss.refs[r].first) {
	case kwHis:
	case kwHer:
		if !ss.isLowerWord(n) || ss.classAt(n)&wordFunction != 0 || ss.itemIn(n, prepositions) {
			return false // "met her in Paris"
		}
	default:
		return false
	}
	for i := n; i < t; i++ {
		if !ss.isLowerWord(i) || ss.itemIn(i, prepositions) {
			return true
		}
	}
	return false
}

// governmentAfter reports whether the items from i are a noun for a government, after
// modifiers of one ("government", "interim administration").
func (ss *sentState) governmentAfter(i int) bool {
	for ; i < len(ss.items) && ss.classAt(i)&wordGovernmentModifier != 0 && ss.isLowerWord(i); i++ {
	}
	return ss.itemIn(i, governmentNouns)
}

// frontedParticiple reports whether the sentence opens with a participle ("Speaking for
// the Arab Group, the representative of Egypt said", "Asked about Gaza, Blinken said"),
// whose clause the first comma closes.
func (ss *sentState) frontedParticiple() bool {
	if len(ss.items) == 0 || ss.items[0].ref >= 0 || ss.items[0].last-ss.items[0].first != 1 && ss.items[0].kind != itLexicon {
		return false
	}
	k := ss.tk.key(ss.items[0].first)
	return len(k) > 4 && (strings.HasSuffix(k, "ing") || k == "asked" || k == "questioned")
}

// closesSubordinate reports whether the comma at item c ends a fronted subordinate clause:
// the first comma of a sentence that opens with a subordinating conjunction ("As
// Washington offered refuge to Gbagbo, ...").
func (ss *sentState) closesSubordinate(c int) bool {
	if !ss.itemIn(0, subordinators) && !ss.frontedParticiple() {
		return false
	}
	for i := 1; i < c; i++ {
		if ss.keyAt(i) == kwComma {
			return false
		}
	}
	return true
}

// groupPhrase reads a plural reference to actors named before at item j: "them", "both
// leaders", "the two sides", "the three countries". It returns what the reference means
// (notPlural for none) and the item after it.
func (ss *sentState) groupPhrase(j int) (pluralRef, int) {
	k := ss.keyAt(j)
	switch {
	case k == kwThem:
		return pluralThey, j + 1
	case k == kwBoth:
		j++
	case k == kwThe && ss.itemIn(j+1, quantifiers):
		j += 2
	case k == kwThe && ss.classAt(j+1)&wordPeople != 0:
		j++ // "the leaders", "the ministers"
	default:
		return notPlural, j
	}
	switch n := ss.keyAt(j); {
	case ss.classAt(j)&wordPeople != 0:
		return pluralPeople, j + 1
	case n == kwSides || n == kwParties:
		return pluralStates, j + 1
	case n == kwCountries || n == kwNations || n == kwStates:
		return pluralCountries, j + 1
	case ss.classAt(j)&wordGroups != 0:
		return pluralStates, j + 1
	}
	return notPlural, j
}

// titleHolder returns the ref whose title ref r is the "of" of, when r follows it as
// "of X" ("Prime Minister Ralph Gonsalves of Saint Vincent"), or -1.
func (ss *sentState) titleHolder(r int) int {
	if ss.refs[r].prep != kwOf {
		return -1
	}
	for q := r - 1; q >= 0 && q >= r-4; q-- { // the holder ends right before "of"
		if int(ss.refs[q].of) == r && ss.refs[q].last == ss.refs[r].first-1 && ss.refs[q].actor != "" {
			return q
		}
	}
	return -1
}

// inFrontedPhrase reports whether the trigger at item t may be a noun in a sentence that
// opens with a prepositional phrase, as frontedSubject needs.
func (ss *sentState) inFrontedPhrase(t int) bool {
	return !ss.isVerb(t) && ss.itemIn(0, frontedPrepositions)
}

// frontedSubject returns the subject of the main clause when the noun trigger at item t
// stands in an opening prepositional phrase (inFrontedPhrase) that ends at or after item
// end: "In a phone call with Xi on Tuesday, Biden raised Taiwan", "During talks with Kyiv,
// Moscow said".
func (ss *sentState) frontedSubject(t, end int) []string {
	for i := 1; i < t; i++ {
		if ss.isClauseBreak(i) || ss.items[i].ref >= 0 {
			return nil
		}
	}
	for c := end; c < len(ss.items) && c <= end+4; c++ {
		if ss.keyAt(c) != kwComma {
			if ss.isClauseBreak(c) {
				return nil
			}
			continue
		}
		r := ss.outerRef(c + 1)
		if r < 0 || ss.refs[r].first != c+1 && !(ss.refs[r].first == c+2 && ss.keyAt(c+1) == kwThe) || ss.refs[r].actor == "" || ss.refs[r].weak {
			return nil
		}
		list, _ := ss.refListOf(ss.refs[r].first, false)
		var ids []string
		for _, k := range list {
			ids = append(ids, ss.refs[k].actor)
		}
		return ids
	}
	return nil
}

// objectIt returns the state or body that "it" right after the verb at item t stands for:
// the subject the sentence opens with, when that is not the verb's own subject ("Kosovo
// declared independence in 2008, but Serbia does not recognise it", "The National Unity
// Government said the bloc should recognise it"); or -1.
func (ss *sentState) objectIt(t int) int {
	if ss.keyAt(t+1) != kwIt {
		return -1
	}
	own, _ := ss.subject(t)
	for i := 0; i < t; i++ {
		r := ss.outerRef(i)
		if r < 0 {
			continue
		}
		if r == own || ss.refs[r].prep != 0 || ss.refs[r].weak || ss.refs[r].actor == "" || ss.refs[r].kind == Person {
			return -1
		}
		return r
	}
	return -1
}

// controller returns the ref that acts in a non-finite clause whose verb is at item t, or
// is the verb before the noun trigger at t ("hosting the talks", "to hold talks"), when
// the clause names none: the object before "for" and a gerund ("thanked Egypt for
// mediating between Israel and Hamas", "praised Qatar for hosting the talks"), or the
// possessor of a proposal before "to" ("welcomed Egypt's offer to host talks"). It
// returns -1 otherwise.
func (ss *sentState) controller(t int) int {
	// Most triggers have no "for" or "to" (alone or ending a two-word cue such as "plan
	// to") in the three items before them: one pass over those items rules the rest out.
	near := false
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if it := &ss.items[k]; it.key == kwFor || it.key == kwTo || it.kind == itLexicon && it.last-it.first == 2 {
			near = true
			break
		}
	}
	if !near {
		return -1
	}
	v := ss.clauseVerb(t)
	if v < 2 {
		return -1
	}
	switch ss.keyAt(v - 1) {
	case kwFor:
		// The gerund is the item's first word: "standing with" is one trigger.
		if r := ss.outerRef(v - 2); r >= 0 && strings.HasSuffix(ss.tk.key(ss.items[v].first), "ing") && ss.refs[r].actor != "" &&
			ss.refs[r].prep == kwDirectObject {
			return r
		}
	}
	if p := ss.proposalTo(v - 1); p >= 2 && ss.keyAt(p-1) == kwPossessive {
		if r := ss.outerRef(p - 2); r >= 0 && ss.refs[r].last == p-1 && ss.refs[r].actor != "" {
			return r
		}
	} else if p >= 1 {
		return ss.bodyBefore(p) // "the EU plan to impose sanctions": a state or body that modifies the noun owns it
	}
	return -1
}

// bodyBefore returns the ref of a state or body that ends right before item i, the noun
// it modifies ("EU sanctions", "the U.S. decision"), or -1.
func (ss *sentState) bodyBefore(i int) int {
	r := ss.outerRef(i - 1)
	if r < 0 || ss.refs[r].last != i || ss.refs[r].pronoun || ss.refs[r].actor == "" {
		return -1
	}
	switch ss.refs[r].kind {
	case Country, Organization, Group:
		return r
	}
	return -1
}

// proposalTo returns the item of a proposal or measure noun ("offer", "plan", "decision")
// whose "to" is item i,
// alone or as the end of a cue that starts with the noun ("plan to"), or -1.
func (ss *sentState) proposalTo(i int) int {
	if i < 1 {
		return -1
	}
	if ss.keyAt(i) == kwTo {
		if ss.classAt(i-1)&(wordProposal|wordMeasure) != 0 {
			return i - 1
		}
		return -1
	}
	if it := &ss.items[i]; it.last-it.first == 2 && ss.tk.key(it.last-1) == "to" && ss.firstWordClass(i)&(wordProposal|wordMeasure) != 0 {
		return i
	}
	return -1
}

// clauseVerb returns item t, or the verb before the noun at t across "the" ("hosting the
// talks", "hold talks"): a word ending in "-ing" or a light verb. It returns t when there
// is none.
func (ss *sentState) clauseVerb(t int) int {
	for v := t - 1; v >= 0 && v >= t-2; v-- {
		if ss.keyAt(v) == kwThe {
			continue
		}
		if ss.classAt(v)&wordLightVerb != 0 || ss.isLowerWord(v) && strings.HasSuffix(ss.itemKey(v), "ing") {
			return v
		}
		break
	}
	return t
}

// actorEndingAt returns the ref of an actor, no mere demonym, that ends right before item
// end, the antecedent of a relative clause or an appositive: "Iran, which", "the
// Kurdistan Workers' Party (PKK), which" across its abbreviation in brackets, "the M23
// rebels, who" across a noun for its men; or -1.
func (ss *sentState) actorEndingAt(end int) int {
	if ss.keyAt(end-1) == kwCloseParen {
		if r := ss.outerRef(end - 2); r >= 0 && ss.refs[r].last == end-1 && ss.keyAt(ss.refs[r].first-1) == kwOpenParen {
			end = ss.refs[r].first - 1
		}
	}
	if ss.isLowerWord(end-1) && ss.classAt(end-1)&(wordUnnamedGroup|wordAgent) != 0 && ss.items[end-1].ref < 0 {
		end-- // "the M23 rebels, who": the rebels are the M23's
	}
	if r := ss.outerRef(end - 1); r >= 0 && ss.refs[r].last == end && ss.refs[r].actor != "" && !ss.refs[r].weak {
		return r
	}
	return -1
}
