package extract

// This file holds what coreference (stage 5, coref.go) remembers of a document from
// sentence to sentence. The stages before it read the memory too: tagging asks whether a
// surname is known, refs which actor last held a title.

// corefMemory is what coreference remembers of a document from sentence to sentence: the
// people, names and titles it has met, and who was named last. A Doc keeps one, and
// reset clears it for the next document without giving up its maps and slices.
type corefMemory struct {
	aliasIndex    map[string]*Actor  // key of a one-word alias → its actor
	surfaces      map[string]string  // alias as written → the actor it was last added to
	surnames      map[string]*Actor  // surname key → last person with that surname
	people        []personName       // the document's people with a full name, in order
	personIdx     []int32            // by actor number: 1 + its index in people, or 0 (personOf)
	holderOfTitle map[titleOf]string // title and principal (not "") → the actor that last held it
	holderOfHead  map[headOf]string  // title head noun and principal (not "") → the actor that last held one
	leaderOf      map[string]string  // actor → the actor that last led it, by whatever title
	// titleHolder maps a title to the actor that last held it for any principal or none.
	// It and heads are holderOfTitle and holderOfHead for the principal "": a pointer
	// key and one lookup of the head, where two keys of a string pair cost more (addHolder).
	titleHolder   map[*titleInfo]string
	heads         map[string]int32    // title head noun → its index in holders
	holders       []headHolders       // who held a title of each head in heads
	recent        []string            // people mentioned lately, most recent last
	recentBefore  []string            // recent as it was when the current sentence began
	sentSubject   string              // the first person named in the current sentence
	prevSubject   string              // the first person named in the last sentence that named one
	lastBody      string              // the state or body the last sentence that opened with one opened with, for "It"
	gender        map[string]byte     // 'm' or 'f' for people a pronoun has referred to
	lastGroup     []string            // the last actors named together, for "they"
	lastPeople    []string            // the last people named together, for "the two leaders"
	lastStates    []string            // the last states or bodies named together, for "the two governments"
	lastCountries []string            // the last states named together, for "the two countries"
	lastOfKind    [numKinds]string    // by kindSlot: the last actor of each kind but person, and of any ("")
	prevCountry   string              // the state named last before lastOfKind's state, another one
	lastByHead    map[string]string   // last word of an organization's or group's name → the last such actor
	headsOf       map[string][]string // organization or group name → its class-head keys (noteHead), kept between documents
	headsLex      *Lexicon            // the lexicon headsOf was made with
	// named maps the fold key of a name (its words joined by spaces) to the actor the
	// document gave that name: in brackets or after "known as", as a government's name,
	// a short form of a double surname, "North" for North Korea (aliases.go).
	named map[string]*Actor
	// joins maps an actor to the actor it turned out to be another name of, for assembly
	// (Doc.Joins): "NCP" in a headline, before "the National Congress Party (NCP)".
	joins map[string]string
	// leads maps each person lexiconLeader has looked up to the state or body the
	// office-holder lexicon has the person leading, or "".
	leads map[*Actor]string
	// regimes maps a state or person to the regime the document named with it ("Myanmar's
	// military government", "the Lukashenko regime"); lastRegime is the last one named.
	regimes    map[string]string
	lastRegime string
	repression int8 // whether the document sets a regime against its people: 1, -1, or 0 unknown (againstItsPeople)

	// lexOf holds, by Actor.N, what the lexicon has under each actor's ID (Doc.lexOf).
	lexOf []actorLex

	// Scratch of nameWords, good until its next call.
	words    []string // the fold keys of a name's words
	wordToks []int32  // each word's token, or -1 for several
	keyBuf   []byte   // scratch of nameKey: the words joined by spaces
}

// useLexicon readies m, which forget left empty, for a document read with lexicon lex.
// It keeps headsOf, which depends on the lexicon alone, while the lexicon is the same and
// the map is not large.
func (m *corefMemory) useLexicon(lex *Lexicon) {
	if m.headsLex != lex || len(m.headsOf) > 1<<12 {
		// Most documents name the organizations the last one did.
		m.headsOf, m.headsLex = make(map[string][]string), lex
	}
}

// forget clears what m remembers of a finished document: its actors and names, which
// are pieces of the document's text (or, for people, its graph's actors), so that a
// pooled corefMemory keeps none of them alive. headsOf holds copies and stays.
func (m *corefMemory) forget() {
	m.aliasIndex = ClearMap(m.aliasIndex)
	m.surfaces = ClearMap(m.surfaces)
	m.surnames = ClearMap(m.surnames)
	m.named = ClearMap(m.named)
	m.joins = ClearMap(m.joins)
	m.leads = ClearMap(m.leads)
	m.regimes, m.lastRegime, m.repression = ClearMap(m.regimes), "", 0
	m.gender = ClearMap(m.gender)
	m.lastOfKind, m.prevCountry = [numKinds]string{}, ""
	m.lastByHead = ClearMap(m.lastByHead)
	m.personIdx = m.personIdx[:0]
	m.people = ClearSlice(m.people)
	m.holderOfTitle = ClearMap(m.holderOfTitle)
	m.holderOfHead = ClearMap(m.holderOfHead)
	m.leaderOf = ClearMap(m.leaderOf)
	m.titleHolder = ClearMap(m.titleHolder)
	m.heads, m.holders = ClearMap(m.heads), ClearSlice(m.holders)
	m.sentSubject, m.prevSubject, m.lastBody = "", "", ""
	m.recent, m.recentBefore = ClearSlice(m.recent), ClearSlice(m.recentBefore)
	m.lastGroup, m.lastPeople = ClearSlice(m.lastGroup), ClearSlice(m.lastPeople)
	m.lastStates, m.lastCountries = ClearSlice(m.lastStates), ClearSlice(m.lastCountries)
	m.words = ClearSlice(m.words)
	m.lexOf = ClearSlice(m.lexOf)
}

// personOf returns the index in people of the person a, and whether a is one; a may be
// nil. A slice by actor number: a map by pointer cost a hash at every full name.
func (m *corefMemory) personOf(a *Actor) (int, bool) {
	if a == nil || a.N >= len(m.personIdx) || m.personIdx[a.N] == 0 {
		return 0, false
	}
	return int(m.personIdx[a.N]) - 1, true
}

// addPersonName appends p, whose actor is no person of people yet, to people.
func (m *corefMemory) addPersonName(p personName) {
	n := p.actor.N
	if n >= len(m.personIdx) {
		m.personIdx = append(m.personIdx, make([]int32, n+1-len(m.personIdx))...)
	}
	m.personIdx[n] = int32(len(m.people) + 1)
	m.people = append(m.people, p)
}

// actorLex is what the lexicon has under an actor's ID: its organization, and the compass
// word that stands for it alone. A document looks each actor up once (Doc.lexOf), not at
// each mention: two string-keyed map lookups a mention showed in profiles.
type actorLex struct {
	known   bool       // looked up already
	org     *lexEntity // Lexicon.orgs of the ID, or nil
	compass string     // Lexicon.compass of the ID, or ""
}

// lexOf returns what the lexicon has under the ID of a, an actor of the document.
func (st *Doc) lexOf(a *Actor) *actorLex {
	m := &st.coref
	for len(m.lexOf) <= a.N {
		m.lexOf = append(m.lexOf, actorLex{})
	}
	l := &m.lexOf[a.N]
	if !l.known {
		l.known, l.org, l.compass = true, st.lex.orgs[a.ID], st.lex.compass[a.ID]
	}
	return l
}

// personName is what coreference knows about a person of the document.
type personName struct {
	actor  *Actor
	given  string // fold key of the first word, or ""
	tokens int
}

// titleOf is a title held for the actor of ("" for any): corefMemory.holderOfTitle maps it to
// the actor that last held it, for resolving descriptions in constant time however many
// titled mentions came before.
type titleOf struct {
	title *titleInfo
	of    string
}

// headHolders is who held a title with one head noun in a document, for any principal or
// none (corefMemory.heads).
type headHolders struct {
	first, last string // the first and the last actor that held one
	shared      bool   // held by more than one actor
}

// headOf is titleOf for a title's head noun: corefMemory.holderOfHead maps it to the actor that
// last held a title with that head. Titles and heads have maps of their own, whose keys
// hash faster than one key with room for both.
type headOf struct {
	head string
	of   string
}
