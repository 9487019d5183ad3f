package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/fold"
	"github.com/actorgraph/actorgraph/internal/safetext"
)

// This file is stage 5 of the pipeline: it resolves each ref of a document to an actor.
// Lexicon entities resolve to their lexicon ID; a full name to the person with the same
// surname and a compatible given name ("Mike Waltz" = "Michael Waltz"); a surname alone to
// the last person with that surname; a description ("the President-elect") to the last
// actor holding a matching role; a pronoun to the last person mentioned; appositives to
// the name they describe.

// addHolder records that actor holds title t for of (or for no one, of "").
func (st *Doc) addHolder(actor string, t *titleInfo, of string) {
	m := &st.coref
	m.titleHolder[t] = actor
	k, ok := m.heads[t.Head]
	if !ok {
		k = int32(len(m.holders))
		m.heads[t.Head] = k
		m.holders = append(m.holders, headHolders{first: actor})
	}
	h := &m.holders[k]
	h.last, h.shared = actor, h.shared || h.first != actor
	if of != "" {
		m.holderOfTitle[titleOf{t, of}] = actor
		m.holderOfHead[headOf{t.Head, of}] = actor
		if t.Relation == LeaderOf {
			m.leaderOf[of] = actor
		}
	}
}

// holderOf returns the actor that last held title t for of, by t itself or else by its
// head noun, or ""; and, for of "", whether holders of the head are several, in which
// case it returns the first of them instead.
func (m *corefMemory) holderOf(t *titleInfo, of string) string {
	if of != "" {
		if a := m.holderOfTitle[titleOf{t, of}]; a != "" {
			return a
		}
		return m.holderOfHead[headOf{t.Head, of}]
	}
	k, ok := m.heads[t.Head]
	if !ok {
		return "" // no title of the head held, so not t either
	}
	if h := &m.holders[k]; h.shared {
		// A bare "the Secretary" or "the President" with several holders in the text is
		// the one the text is about, the first named: a readout's "The President" is its
		// own president, not the guest named after him.
		return h.first
	}
	if a := m.titleHolder[t]; a != "" {
		return a
	}
	return m.holders[k].last
}

// noteHead records organization or group a under the last word and the last two words
// of its name, or its word before "of", for "the council" or "the army" (class-head rows
// of words.tsv) in later sentences; and likewise under those of alias, the form the text
// named it by ("the Mission" after the United Nations Organization Stabilization Mission in
// the Democratic Republic of the Congo, which the lexicon calls MONUSCO).
func (st *Doc) noteHead(a *Actor, alias string) {
	st.noteHeadsOf(a, a.Name)
	if alias != a.Name {
		st.noteHeadsOf(a, alias)
	}
}

// noteHeadsOf records a under the class-head keys of name (nameHeads).
func (st *Doc) noteHeadsOf(a *Actor, name string) {
	heads, ok := st.coref.headsOf[name]
	if !ok {
		// Kept for later documents, the name and its heads are copied: as they come, they
		// are pieces of this document's text (the fold of a lower-case word is the word
		// itself), which they would keep in memory.
		heads = st.lex.nameHeads(name)
		for i, h := range heads {
			heads[i] = strings.Clone(h)
		}
		st.coref.headsOf[strings.Clone(name)] = heads
	}
	for _, k := range heads {
		st.coref.lastByHead[k] = a.ID
	}
}

// nameHeads returns the class-head keys among the last word and the last two words of
// name, and its word before its first "of", "in", "for" or "on".
func (l *Lexicon) nameHeads(name string) []string {
	var heads []string
	words := strings.Fields(name)
	for n := 1; n <= 2 && n <= len(words); n++ {
		if k := fold.Key(strings.Join(words[len(words)-n:], " ")); l.headNouns[k] {
			heads = append(heads, k)
		}
	}
	for k := 1; k+1 < len(words); k++ {
		if w := words[k]; w == "of" || w == "in" || w == "for" || w == "on" {
			// The head comes before in "Alliance of Sahel States", "Council of Europe",
			// "Mission in the Democratic Republic of the Congo".
			if h := fold.Key(words[k-1]); l.headNouns[h] {
				heads = append(heads, h)
			}
			break
		}
	}
	return heads
}

// resolveRefs sets refs[i].actor for every ref of a sentence that names an actor, in
// order but for a description whose principal follows it, which waits for the principal;
// and records names, roles and mentions in the document's actors.
func (ss *sentState) resolveRefs() {
	if ss.coref.sentSubject != "" {
		ss.coref.prevSubject = ss.coref.sentSubject
	}
	ss.coref.sentSubject = ""
	ss.coref.recentBefore = append(ss.coref.recentBefore[:0], ss.coref.recent...)
	ss.linkNames()
	forward := false // a description whose principal is named after it
	for i := range ss.refs {
		r := &ss.refs[i]
		var a *Actor // the actor of r, when found by pointer
		switch {
		case r.same > 0:
			continue // resolved with the name it describes, below
		case r.pronoun:
			k := ss.itemKey(r.first)
			r.actor = ss.antecedentOf(k, ss.clauseSubjectOf(i, k), ss.subjectInClause(i))
			if (k == "he" || k == "she") && ss.coref.sentSubject == "" {
				// "He will also talk with Nyambumba. ... where he plans to meet": a
				// subject pronoun keeps its person the subject the next sentence goes on with.
				ss.coref.sentSubject = r.actor
			}
			continue
		case r.class:
			if r.actor == "" { // set already for "the council" and the like
				r.actor = ss.coref.lastOfKind[kindSlot(r.kind)] // "" (any kind but person) for "its"
				if r.kind == Country && ss.ownerBeforeIs(i, r.actor) && ss.coref.prevCountry != "" {
					r.actor = ss.coref.prevCountry // "the UK's support for the country's peace process"
				}
			}
			if r.actor != "" || r.kind != Group || ss.classAt(r.last-1)&wordUnnamedGroup == 0 {
				continue
			}
			r.unnamed = true // "the rebels" with no group named: an unnamed collective
			a = ss.resolveName(r)
		case r.desc:
			if r.indefinite {
				continue
			}
			if int(r.of) > i {
				forward = true // "The Foreign Minister of Russia": resolved after Russia, below
				continue
			}
			if !ss.resolveDesc(i) {
				continue
			}
		case r.regime:
			a = ss.regimeActor(i)
		case r.unnamed:
			a = ss.resolveName(r)
		case r.entity != nil:
			if r.entity.Kind == Organization && r.entity.Country != "" {
				a = ss.stateInstitution(i) // "the Senate of Bolivia"
			}
			if a == nil {
				a = ss.addEntity(r.entity)
			}
		default:
			if ss.nameFor[i] != 0 {
				a = ss.resolveLinked(i) // "ADF" after "the Allied Democratic Forces ("
			}
			if a == nil {
				a = ss.headAlias(i) // "the Commission"
			}
			if a == nil {
				a = ss.stateGovernment(i) // "the Colombian Government"
			}
			if a == nil {
				a = ss.stateInstitution(i) // "Sudan's Foreign Ministry"
			}
			if a == nil {
				a = ss.resolveName(r)
			}
		}
		// Names and entities resolve to an actor at hand; descriptions to an ID.
		if a != nil {
			r.actor = a.ID
		} else if r.actor != "" {
			a = ss.actors[r.actor]
		}
		if a != nil {
			ss.noteResolved(i, a)
		}
	}
	if forward {
		for i := range ss.refs {
			if r := &ss.refs[i]; r.desc && r.same == 0 && !r.indefinite && int(r.of) > i && ss.resolveDesc(i) {
				if a := ss.actors[r.actor]; a != nil {
					ss.noteResolved(i, a)
				}
			}
		}
	}
	ss.resolveAppositives()
}

// resolveDesc resolves description ref i to the actor it refers back to, or else to the
// collective it names; it reports whether it found the former.
func (ss *sentState) resolveDesc(i int) bool {
	r := &ss.refs[i]
	if r.actor = ss.resolveDescription(i); r.actor == "" {
		r.actor = ss.collectiveActor(i)
		r.collective = r.actor != ""
		return false
	}
	return true
}

// noteResolved records what ref i, resolved to actor a, tells of a: a mention or alias,
// and the latest actor of its kind for the class nouns and pronouns after it.
func (ss *sentState) noteResolved(i int, a *Actor) {
	r := &ss.refs[i]
	if a.Kind == Person || a.Kind == "" && r.prep == 0 {
		// A one-word name of unknown kind may be a person, unless a preposition
		// makes it a place or thing: "the base of Kamanyola".
		ss.mentionPerson(r.actor)
	} else if !r.desc && !r.unnamed { // "the group" never means an unnamed collective
		// A regime is no "bloc" or "group" ("the junta" is), nor a state's organ ("the
		// bloc's top diplomat" after "the Russian Foreign Ministry" is not the ministry's).
		// The kind's slot once: each test of the kind as a string cost a comparison.
		slot := kindSlot(a.Kind)
		country := slot == kindSlot(Country)
		if country || !r.regime && !(slot == kindSlot(Organization) && a.Country != "" && ss.stateOrgan(a)) {
			if last := ss.coref.lastOfKind[slot]; country && last != r.actor {
				ss.coref.prevCountry = last
			}
			ss.coref.lastOfKind[slot] = r.actor
		}
		ss.coref.lastOfKind[kindSlot("")] = r.actor
		if e := ss.lexOf(a).org; e != nil && e.Flags&orgArmed != 0 {
			ss.coref.lastOfKind[kindSlot(Group)] = r.actor // "the group", "the militia"
		}
		if !country {
			ss.noteHead(a, ss.spanText(r.alias))
		} else {
			ss.noteCompass(a)
		}
	}
	if !r.desc {
		ss.addMention(a, r.alias)
	} else {
		ss.aliasOf(a, r.alias)
	}
}

// resolveAppositives gives appositives the actor of the name they describe, then the
// sentence's roles, governments and delegations.
func (ss *sentState) resolveAppositives() {
	for i := range ss.refs {
		if r := &ss.refs[i]; r.same > 0 {
			r.actor = ss.refs[r.same-1].actor
			if a := ss.actors[r.actor]; a != nil && !r.indefinite {
				ss.aliasOf(a, r.alias)
			}
		}
	}
	for i := range ss.refs {
		if ss.refs[i].title != nil { // most refs have no title, the first test of assignRole: no call
			ss.assignRole(i)
		}
	}
	if ss.sets&governmentNouns != 0 || ss.classes&wordClassCountry != 0 { // a person's government or country needs a word for one
		for i := range ss.refs {
			ss.personsGovernment(i)
		}
	}
	if ss.classes&wordDelegation != 0 { // most sentences name no delegation: no call
		ss.noteDelegations()
	}
}

// personsGovernment makes ref i, a person before a noun for a government ("Maduro's
// administration", "the Trump administration", "his government"), stand for the state the
// person leads, or for no actor when the document does not say which (3.6 of the
// guidelines: a leader's government is the state, not the leader); before "country", for
// the state the person leads or serves ("said his country hoped to join"). Its mention
// stays the person's.
func (ss *sentState) personsGovernment(i int) {
	r := &ss.refs[i]
	// The words come first: they rule out most refs without the map lookup of the actor.
	n := r.last
	switch {
	case ss.keyAt(n) == kwPossessive:
		n++
	case r.pronoun:
		if k := ss.keyAt(r.first); k != kwHis && k != kwHer {
			return
		}
	case ss.keyAt(r.first) != kwThe && ss.keyAt(r.first-1) != kwThe:
		return
	}
	country := ss.itemKey(n) == "country" && ss.isLowerWord(n) // "his country said"
	if !country && !ss.governmentAfter(n) {
		return
	}
	if a := ss.actors[r.actor]; a == nil || a.Kind != Person && a.Kind != "" {
		return // a name of unknown kind may be a leader's: "the Trump administration"
	}
	id := r.actor
	r.actor = ss.stateLedBy(id)
	if r.actor == "" && country {
		r.actor = ss.stateServed(id) // "Foreign Minister X said his country": X's state
	}
}

// stateLedBy returns the government with a name of its own the text says the person with
// ID id heads (governmentLedBy), or else the one state the person leads by a title the
// document gave, or else by the office-holder lexicon; "" when none names one.
func (ss *sentState) stateLedBy(id string) string {
	if g := ss.governmentLedBy(id); g != "" {
		return g // "Dbeibah's government": the Government of National Unity he heads
	}
	found := ""
	for of, leader := range ss.coref.leaderOf {
		if leader == id && ss.actors[of] != nil && ss.actors[of].Kind == Country {
			if found != "" && found != of {
				return ""
			}
			found = of
		}
	}
	if found == "" && ss.ruleEnabled(RuleOfficeHolder) {
		if of := ss.lex.officeHolder(ss.actors[id].Name, "leader", ss.opt.Day, ss.named).of; ss.lex.countries[of] != nil {
			found = ss.addEntity(ss.lex.countries[of]).ID
		}
	}
	return found
}

// stateServed returns the one state the person with ID id holds an office of by the roles
// the document gave, or "".
func (ss *sentState) stateServed(id string) string {
	found := ""
	for k := range ss.Roles.vals {
		if v := &ss.Roles.vals[k]; v.owner.ID == id && v.val.Of != "" {
			if a := ss.actors[v.val.Of]; a != nil && a.Kind == Country {
				if found != "" && found != v.val.Of {
					return ""
				}
				found = v.val.Of
			}
		}
	}
	return found
}

// addEntity makes sure the document has lexicon entity e and returns its actor. It
// finds the actor by the entity's number (entityActors): most entities are named again
// and again, and a slot costs less than the hash and lookup of actorFor, two thirds of
// which found the actor.
func (st *Doc) addEntity(e *lexEntity) *Actor {
	n := int(e.n)
	if n >= len(st.entityActors) {
		st.entityActors = append(st.entityActors, make([]*Actor, n+1-len(st.entityActors))...)
	} else if a := st.entityActors[n]; a != nil && a.ID == e.ID {
		return a
	}
	a := st.actorFor(e.ID, Actor{ID: e.ID, Name: e.Name, Kind: e.Kind, Country: e.Country})
	st.entityActors[n] = a
	return a
}

// actorFor returns the actor of the document with ID id, made from a when there is none.
func (st *Doc) actorFor(id string, a Actor) *Actor {
	p := st.actors[id]
	if p == nil {
		p = st.newActor(a)
		st.actors[id] = p
	}
	return p
}

// resolveName finds or creates the actor a name ref names, or returns nil.
func (st *Doc) resolveName(r *ref) *Actor {
	text := st.spanText(r.alias)
	words := st.nameWords(r.alias)
	if len(words) == 0 {
		return nil
	}
	// A name the document gave an actor ("ADF" after "the Allied Democratic Forces (ADF)",
	// "Felipe Alejos" after "Felipe Alejos Lorenzana"), or a person the lexicon knows by it
	// ("Hemedti").
	if a := st.namedActor(words); a != nil {
		return a
	}
	if a := st.lexiconPerson(words); a != nil {
		return a
	}
	if len(words) == 1 && st.wordInfo(0).class&wordCompass != 0 {
		return nil // "the North" with no North Korea named: no actor
	}
	if r.kind == Organization || r.kind == Group {
		id := fold.Slug(text)
		return st.actorFor(id, Actor{ID: id, Name: text, Kind: r.kind, Country: r.country, Unnamed: r.unnamed})
	}
	if len(words) == 1 {
		// A surname, or a name the document has used on its own before.
		if a := st.coref.surnames[words[0]]; a != nil {
			return a
		}
		if a := st.coref.aliasIndex[words[0]]; a != nil {
			return a
		}
		id := fold.Slug(text)
		if id == "" {
			return nil
		}
		a := st.actorFor(id, Actor{ID: id, Name: text, Kind: r.kind})
		if r.kind == Person {
			st.coref.surnames[words[0]] = a
		}
		return a
	}
	sn := len(words) - 1 // the surname's word
	if len(words) > 2 && st.wordInfo(sn).class&wordSuffix != 0 {
		sn-- // "Joseph R. Biden Jr." is a Biden
	}
	given, surname := words[0], words[sn]
	if st.wordInfo(0).class&wordParticle != 0 {
		// "Al Thani", "Bin Salman": a family name with its particle, not a full name.
		if a := st.coref.surnames[surname]; a != nil {
			return a
		}
	}
	// The person who last had this surname, found by actor: a scan of every person made
	// documents with many names quadratic.
	if k, ok := st.coref.personOf(st.coref.surnames[surname]); ok && st.lex.sameGivenName(given, st.coref.people[k].given) {
		p := &st.coref.people[k]
		st.upgradeName(p, text, len(words))
		return p.actor
	}
	id := fold.Slug(text)
	if a := st.actors[id]; a != nil {
		return a
	}
	a := st.newActor(Actor{ID: id, Name: text, Kind: Person})
	st.actors[id] = a
	st.coref.addPersonName(personName{actor: a, given: given, tokens: len(words)})
	st.noteDoubleSurname(a, words, sn)
	st.coref.surnames[surname] = a
	if p, rest, ok := strings.Cut(surname, "-"); ok && st.lex.info(p).class&wordParticle != 0 {
		st.coref.surnames[rest] = a // "al-Burhan" is also "Burhan"
	}
	// Names written family name first ("Kim Jong Un", "Lee Jae-myung") are repeated by
	// their first word.
	if st.wordInfo(0).flags&keyGiven == 0 || strings.Contains(surname, "-") || len(words) >= 3 && st.wordInfo(1).flags&keyGiven == 0 {
		if _, taken := st.coref.surnames[given]; !taken || len(words) >= 3 {
			st.coref.surnames[given] = a
		}
	}
	return a
}

// nameWords returns the fold keys of the words of tokens [span[0], span[1]): runs of tokens
// with no space between them make one word ("al-burhan"). The words are substrings of the
// document's key text, and the slice is reused by the next call, as wordInfo reads it.
func (st *Doc) nameWords(span [2]int32) []string {
	t := &st.tk
	st.coref.words, st.coref.wordToks = st.coref.words[:0], st.coref.wordToks[:0]
	for i := span[0]; i < span[1]; {
		j := i + 1
		for j < span[1] && t.toks[j].start == t.toks[j-1].end {
			j++
		}
		st.coref.words = append(st.coref.words, t.keyText[t.toks[i].kstart:t.keyEnd(int(j-1))])
		if j == i+1 {
			st.coref.wordToks = append(st.coref.wordToks, i)
		} else {
			st.coref.wordToks = append(st.coref.wordToks, -1)
		}
		i = j
	}
	return st.coref.words
}

// wordInfo returns what the lexicon knows about word n of the last nameWords. A word of
// one token has it through the token's key number, which spares hashing the key again.
func (st *Doc) wordInfo(n int) *keyInfo {
	if i := st.coref.wordToks[n]; i >= 0 {
		return st.tk.info(int(i))
	}
	return st.lex.info(st.coref.words[n])
}

// upgradeName keeps the fuller of two forms of a person's name as the display name.
func (st *Doc) upgradeName(p *personName, text string, tokens int) {
	a := p.actor
	if tokens > p.tokens || tokens == p.tokens && fold.BetterName(text, a.Name) && tokens > 1 {
		a.Name = text
		p.tokens = tokens
	}
}

// resolveDescription finds the actor a definite description refers to: the most recent
// holder of a role with the same head noun and a compatible principal.
func (ss *sentState) resolveDescription(i int) string {
	r := &ss.refs[i]
	of := ""
	if r.of >= 0 {
		of = ss.refs[r.of].actor
		if of == "" {
			return ""
		}
	}
	// The latest holder of the same title wins; failing that, the latest with the same head.
	if a := ss.coref.holderOf(r.title, of); a != "" {
		return a
	}
	if r.title.Relation == LeaderOf && of != "" {
		// "the Russian leader" is whoever leads Russia, by whatever title; failing that,
		// the person the text named whom the office-holder lexicon has leading it.
		if a := ss.coref.leaderOf[of]; a != "" {
			return a
		}
		if a := ss.lexiconLeader(of); a != "" {
			r.byLexicon = true
			return a
		}
	}
	if r.title.Relation == LeaderOf && r.title.Head != "leader" {
		// "the Secretary-General", "the UN Secretary-General" after "Antonio Guterres":
		// the one person named whom the office-holder lexicon has in that office (of
		// that body, when the description names one).
		if a := ss.lexiconHolder(r.title.Head, of); a != "" {
			r.byLexicon = true
			return a
		}
	}
	return ""
}

// lexiconHolder returns the one person the document has named whom the office-holder
// lexicon has in an office of head (a title's head noun), of the state or body of when it
// is not "", on the document's day; or "". It is an inference (RuleOfficeHolder); a
// document naming two holders says none.
func (ss *sentState) lexiconHolder(head, of string) string {
	inOf := func(id string) bool { return of == "" || id == of }
	return ss.onePersonNamed(func(a *Actor) bool {
		h := ss.lex.officeHolder(a.Name, head, ss.opt.Day, inOf)
		return h.of != "" && inOf(h.of)
	})
}

// lexiconLeader returns the one person the document has named whom the office-holder
// lexicon has leading the state or body of on the document's day ("Putin" before "the
// Russian leader"), or "". It is an inference (RuleOfficeHolder).
func (ss *sentState) lexiconLeader(of string) string {
	return ss.onePersonNamed(func(a *Actor) bool {
		leads, ok := ss.coref.leads[a]
		if !ok {
			leads = ss.lex.officeHolder(a.Name, "leader", ss.opt.Day, nil).of
			if ss.coref.leads == nil {
				ss.coref.leads = map[*Actor]string{}
			}
			ss.coref.leads[a] = leads
		}
		return leads == of
	})
}

// onePersonNamed returns the one person the document has named for whom holds reports
// true, when the office-holder lexicon may be used (RuleOfficeHolder); "" for none or two,
// where the text must say which.
func (ss *sentState) onePersonNamed(holds func(a *Actor) bool) string {
	if !ss.ruleEnabled(RuleOfficeHolder) {
		return ""
	}
	found := ""
	for _, a := range ss.actorBuf[:ss.nActors] {
		if a.Kind != Person || !holds(a) {
			continue
		}
		if found != "" {
			return ""
		}
		found = a.ID
	}
	return found
}

// addMention records that actor a is named by the tokens [span[0], span[1]).
func (st *Doc) addMention(a *Actor, span [2]int32) {
	start, end := int(st.tk.toks[span[0]].start), int(st.tk.toks[span[1]-1].end)
	st.Mentions.add(a, Mention{Start: start, End: end})
	st.aliasOf(a, span)
}

// aliasOf records the surface form of the tokens [span[0], span[1]) as an alias of a.
func (st *Doc) aliasOf(a *Actor, span [2]int32) {
	id := a.ID
	text := st.spanText(span)
	if st.coref.surfaces[text] == id {
		return // seen before: most mentions repeat a known form
	}
	st.coref.surfaces[text] = id
	st.Aliases.add(a, text)
	// One-word names are looked up again by resolveName ("Hamas", "Kyiv"): index their
	// key, a substring of the document's key text.
	if w, ok := st.oneWord(span); ok && st.coref.aliasIndex[w] == nil {
		st.coref.aliasIndex[w] = a
	}
}

// oneWord returns the key of the tokens [span[0], span[1]) and true when nameWords makes
// them one word (no space between any two), or "" and false. It spares aliasOf building
// the words of every new alias, most of them of several words.
func (st *Doc) oneWord(span [2]int32) (string, bool) {
	t := &st.tk
	if span[1] <= span[0] {
		return "", false
	}
	for k := span[0] + 1; k < span[1]; k++ {
		if t.toks[k].start != t.toks[k-1].end {
			return "", false
		}
	}
	return t.keyText[t.toks[span[0]].kstart:t.keyEnd(int(span[1]-1))], true
}

// needsSpacing reports whether the tokens [span[0], span[1]) are separated by anything
// but nothing or one ASCII space: runs of white space, other white space or invisible
// characters, which spanText turns into single spaces. Tokens hold no separators, so only
// the gaps between them need a look.
func (st *Doc) needsSpacing(span [2]int32) bool {
	toks := st.tk.toks
	for k := span[0] + 1; k < span[1]; k++ {
		// The gap's bounds compared, not the gap as a string: no slicing or string
		// comparison for the common gaps of nothing and of one space.
		if end, gap := toks[k-1].end, toks[k].start-toks[k-1].end; gap > 1 || gap == 1 && st.text[end] != ' ' {
			return true
		}
	}
	return false
}

// spanText returns the original text of tokens [span[0], span[1]) with runs of white space
// (line breaks included) turned into single spaces.
func (st *Doc) spanText(span [2]int32) string {
	s := st.text[st.tk.toks[span[0]].start:st.tk.toks[span[1]-1].end]
	if !st.needsSpacing(span) {
		return s
	}
	// Zero-width, bidi and control characters separate words like spaces, and never
	// stay inside an alias.
	return safetext.Line(s)
}

// statesNear returns the states named before ref i in its sentence and in the sentence
// before, each once (nil when none), and how many of them its own sentence names (they
// come first). The list is a piece of Doc.nearBuf, which keeps it until the document is
// done: a pending role holds it.
func (ss *sentState) statesNear(i int) (near []string, here int) {
	if !ss.lastStatesRead {
		ss.lastStates, ss.lastStatesRead = statesIn(ss.lastRefs, ss.lastStates[:0], 0), true
	}
	start := len(ss.nearBuf)
	ss.nearBuf = statesIn(ss.refs[:i], ss.nearBuf, start)
	here = len(ss.nearBuf) - start
	for _, s := range ss.lastStates {
		if !slices.Contains(ss.nearBuf[start:], s) {
			ss.nearBuf = append(ss.nearBuf, s)
		}
	}
	if len(ss.nearBuf) == start {
		return nil, 0
	}
	return ss.nearBuf[start:len(ss.nearBuf):len(ss.nearBuf)], here
}

// statesIn appends to states those refs of a sentence name, a country or the state of an
// organization, each once in states[from:]. It reads the refs' lexicon entries and the
// states in organizations' names, not the actors, to spare a map lookup a ref.
func statesIn(refs []ref, states []string, from int) []string {
	for k := range refs {
		r := &refs[k]
		if r.inside != 0 || r.pronoun || r.actor == "" || r.kind != Country && r.kind != Organization {
			continue
		}
		s := r.country
		if e := r.entity; e != nil {
			s = e.Country
			if e.Kind == Country {
				s = e.ID
			}
		}
		if s != "" && !slices.Contains(states[from:], s) {
			states = append(states, s)
		}
	}
	return states
}

// placeState returns the state of the one capital the sentence names as the place a
// visit goes to ("visited Kyiv", "flew to Beijing", "arrived in Nairobi"), or "" when it
// names none or capitals of two states. A capital that is only where talks happen ("met
// in Addis Ababa") may be a neutral venue, and is none.
func (ss *sentState) placeState() string {
	if ss.classes&(wordVisit|wordMotion) == 0 {
		return "" // no word of a visit or a motion: no place visited
	}
	state := ""
	for i := 1; i < len(ss.items); i++ {
		visit := ss.classAt(i-1)&wordVisit != 0 || // "visited Kyiv"
			(ss.itemIn(i-1, locatives) || ss.keyAt(i-1) == kwTo) && ss.classAt(i-2)&wordMotion != 0 // "flew to Beijing"
		if !visit || ss.items[i].kind != itLexicon {
			continue
		}
		v, ok := ss.items[i].has(ss.lex, lexCapital)
		if !ok || v.entity == nil || v.entity.Kind != Country {
			continue
		}
		if state != "" && state != v.entity.ID {
			return ""
		}
		state = v.entity.ID
	}
	return state
}
