package actorgraph

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

// isLowerWord reports a one-token lower-case word.
func (st *docState) isLowerWord(items []item, i int) bool {
	if i < 0 || i >= len(items) {
		return false
	}
	tok := &st.tk.toks[items[i].first]
	return items[i].last-items[i].first == 1 && tok.is(tWord) && !tok.is(tCap) && !tok.is(tNumber)
}

// isVerb reports whether the trigger at item t is read as a verb.
func (st *docState) isVerb(items []item, t int) bool {
	for _, v := range st.lex.valsIn(items[t].vals) {
		if v.kind == lexTrigger && v.trigger.Verb {
			return true
		}
	}
	return false
}

// isAdverb reports a lower-case word ending in -ly ("repeatedly", "jointly").
func (st *docState) isAdverb(items []item, i int) bool {
	k := st.itemKey(items, i)
	return len(k) > 4 && k[len(k)-2:] == "ly"
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

// isClauseBreak reports punctuation and conjunctions that end a clause.
func (st *docState) isClauseBreak(items []item, i int) bool {
	return st.itemIn(items, i, clauseBreaks)
}

// adjacent reports whether items i and j touch with no space between them.
func (st *docState) adjacent(items []item, i, j int) bool {
	if i < 0 || j >= len(items) {
		return false
	}
	return st.tk.toks[items[i].last-1].end == st.tk.toks[items[j].first].start
}

// compoundModifier reports whether the item at i joins the ref before it to a word by a
// hyphen, as in "EU-brokered talks": the actor modifies a noun and is no argument.
func (st *docState) compoundModifier(items []item, i int) bool {
	return st.keyAt(items, i) == kwHyphen && st.adjacent(items, i-1, i) && st.adjacent(items, i, i+1)
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
func (st *docState) subject(items []item, refs []ref, t int) (int, pluralRef) {
	if r := st.appositiveHead(items, refs, t); r >= 0 {
		return r, notPlural // "Nabih Berri, an ally of Hezbollah"
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
					return r, notPlural
				}
				break
			}
		}
	}
	// "accused the UAE of arming the RSF": the agent of a gerund after "of" is the actor
	// before "of".
	if st.keyAt(items, t-1) == kwOf {
		if r := st.outerRef(items, refs, t-2); r >= 0 && refs[r].actor != "" {
			return r, notPlural
		}
		if r := st.objectRelative(items, refs, t-2); r >= 0 {
			return r, notPlural // "Iran, which Riyadh accuses of arming the Houthis"
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
					return q, notPlural // "Prime Minister Ralph Gonsalves of Saint Vincent, who chairs ..."
				}
				return r, notPlural
			}
			if k == kwThat {
				break // "said that X met Y": "that" opens a clause; look on
			}
			return -1, notPlural
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
			if group, _ := st.groupPhrase(items, start); group != notPlural {
				return -1, group
			}
			if k == kwTwo || k == kwBoth {
				// "the two", "both": people when a verb follows, else the last list
				if st.keyAt(items, i+1) == kwAlso || i+1 == t {
					return -1, pluralPeople
				}
				return -1, pluralThey
			}
		}
		if k == kwThey {
			if st.classAt(items, i-1)&wordReporting != 0 && i >= 2 && items[i-2].kind == itWord && items[i-2].ref < 0 &&
				st.isLowerWord(items, i-2) || st.classAt(items, i-1)&wordReporting != 0 && i == 2 && items[0].ref < 0 {
				return -1, notPlural // "Leaders said they would return": the unnamed speakers
			}
			return -1, pluralThey
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
					return r, notPlural
				}
			}
			return -1, notPlural
		}
		if st.itemIn(items, i, subjectBarriers) {
			return -1, notPlural
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
			return -1, notPlural // the subject is someone unnamed: "an official said"
		}
		return r, notPlural
	}
	return -1, notPlural
}

// groupPhrase reads a plural reference to actors named before at item j: "them", "both
// leaders", "the two sides", "the three countries". It returns what the reference means
// (notPlural for none) and the item after it.
func (st *docState) groupPhrase(items []item, j int) (pluralRef, int) {
	k := st.keyAt(items, j)
	switch {
	case k == kwThem:
		return pluralThey, j + 1
	case k == kwBoth:
		j++
	case k == kwThe && st.itemIn(items, j+1, quantifiers):
		j += 2
	case k == kwThe && st.classAt(items, j+1)&wordPeople != 0:
		j++ // "the leaders", "the ministers"
	default:
		return notPlural, j
	}
	switch n := st.keyAt(items, j); {
	case st.classAt(items, j)&wordPeople != 0:
		return pluralPeople, j + 1
	case n == kwSides || n == kwParties:
		return pluralStates, j + 1
	case n == kwCountries || n == kwNations || n == kwStates:
		return pluralCountries, j + 1
	case st.classAt(items, j)&wordGroups != 0:
		return pluralStates, j + 1
	}
	return notPlural, j
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
