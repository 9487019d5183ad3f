package extract

import (
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/safetext"
)

// This file holds the document the stages read and write: its text and lexicon, each
// stage's state, and what they found (the actors, relations, mentions, aliases, roles and
// warnings of model.go), which the root package assembles into a graph.

// Doc holds the work on one document: the stages' state and what they found, the
// actors, relations, mentions, aliases, roles and warnings, which the root package
// assembles into a graph. It is used by one goroutine.
type Doc struct {
	opt       Options
	lex       *Lexicon
	text      string
	validText bool // text is valid UTF-8: its evidence needs no check of its own

	tk       tokenizer
	sents    []sentence
	headline []bool // per sentence: a headline in title case

	seen []wordSeen // by key number (token.num): how the document writes the word
	// seenNums holds the numbers of the entries of seen that are set (mark), for the next
	// document to clear.
	seenNums []uint32

	actors   map[string]*Actor
	rels     map[relKey]*Relation         // relation's index of relBuf, past relScan relations
	Mentions Grouped[*Actor, Mention]     // each actor's mentions, in the order found
	Evidence Grouped[*Relation, Evidence] // each relation's evidence, in the order found
	Aliases  Grouped[*Actor, string]      // each actor's aliases, in the order found
	Roles    Grouped[*Actor, Role]        // each actor's roles, in the order found
	Warnings []Warning                    // the limits the document met

	// For inferPrincipals (infer.go): the roles given without a principal, and the
	// document's setting as noteSetting found it.
	pending      []pendingRole
	collective   []pendingRole // the roles of collective titles, for collectivePrincipals (infer.go)
	settingState string        // the state a dateline names
	settingActor string        // the first actor of the body
	settingDone  bool
	// lastStates are the states the last sentence named, which statesNear reads from its
	// refs (sentState.lastRefs) when a sentence first needs them, and sets lastStatesRead.
	lastStates     []string
	lastStatesRead bool
	nearBuf        []string    // the pending roles' states near (statesNear)
	companions     []companion // the people listed in someone's party (companions.go)
	coref          corefMemory // what coreference remembers of the document (coref.go)

	// Buffers reused from sentence to sentence and, through docs, from document to
	// document.
	sent     sentState     // the sentence being read, with its items and refs
	match    phraseMatches // the lexicon phrases of the sentence being tagged (mentions.go)
	asm      assembler     // the surname join's scratch (assemble.go)
	actorBuf []*Actor      // the actors of finished documents, cleared, for actors to reuse
	relBuf   []*Relation   // likewise for relations
	relSigs  []uint64      // by relation number, the lengths of its strings (relation)
	nActors  int           // how many of actorBuf this document uses
	// entityActors holds, by lexEntity.n, the actor addEntity last returned for an entity:
	// one of actorBuf, the document's when its ID is the entity's (forget blanks the IDs
	// of a finished document's actors, and no two actors of a document share an ID).
	entityActors []*Actor
	nRels        int // how many of relBuf this document uses
}

// Reset readies st to read text with lex and opt. A Doc is reused from document to
// document, keeping its buffers and maps; its zero value is ready for Reset. Call Forget
// when done with what it found.
func (st *Doc) Reset(lex *Lexicon, opt Options, text string) {
	if st.actors == nil {
		st.forget() // a zero Doc: make its maps
	}
	st.opt, st.lex, st.text = opt, lex, text
	st.validText = utf8.ValidString(text)
	st.tk.lex = st.lex
	st.coref.useLexicon(st.lex)
}

// Forget clears st of its document: a Doc kept for reuse holds nothing of the last text
// it read, its actors or its lexicon. What the caller took from it (names, mentions,
// evidence) stays valid: they are strings of the text.
func (st *Doc) Forget() {
	st.lex, st.text, st.tk.keyText, st.tk.lex, st.tk.infos, st.sent.infos = nil, "", "", nil, nil, nil
	st.dropLarge() // Run did, unless it was cancelled
	st.forget()
}

// dropLarge lets go of the buffers of a large document's tokens and sentences, which
// assembly does not read, so that the collector may free them while the document is
// assembled, and the pool of parse states does not hold them for the next document.
func (st *Doc) dropLarge() {
	if cap(st.tk.toks) <= largeTokens {
		return
	}
	st.tk.toks, st.tk.keys, st.tk.keyText = nil, nil, ""
	st.sents, st.headline = nil, nil
}

// forget clears every pointer of st into a finished document, its text and its actors,
// keeping the buffers and maps.
func (st *Doc) forget() {
	st.actors, st.rels = ClearMap(st.actors), ClearMap(st.rels)
	for _, a := range st.actorBuf[:st.nActors] {
		*a = Actor{}
	}
	for _, r := range st.relBuf[:st.nRels] {
		*r = Relation{}
	}
	st.nActors, st.nRels = 0, 0
	st.Warnings = ClearSlice(st.Warnings)
	st.pending = ClearSlice(st.pending)
	st.collective = ClearSlice(st.collective)
	st.settingState, st.settingActor, st.settingDone = "", "", false
	st.lastStates = st.lastStates[:0]
	st.nearBuf = ClearSlice(st.nearBuf)
	st.companions = ClearSlice(st.companions)
	st.Mentions.reset()
	st.Evidence.reset()
	st.Aliases.reset()
	st.Roles.reset()
	st.coref.forget()
	st.sent.refs, st.sent.listIDs = ClearSlice(st.sent.refs), ClearSlice(st.sent.listIDs)
	st.sent.lastRefs = ClearSlice(st.sent.lastRefs)
	st.asm.forget()
}

// newActor returns a new actor of the document holding a, reusing one of a finished
// document's when there is one.
func (st *Doc) newActor(a Actor) *Actor {
	if st.nActors == len(st.actorBuf) {
		st.actorBuf = append(st.actorBuf, new(Actor))
	}
	p := st.actorBuf[st.nActors]
	a.N = st.nActors
	st.nActors++
	*p = a
	return p
}

// Actors returns the document's actors, each at its number (Actor.N): a slice, which its
// reader walks faster than the map by ID. Each has its own ID, and none leaves the
// document. They are the Doc's until Forget.
func (st *Doc) Actors() []*Actor { return st.actorBuf[:st.nActors] }

// Relations returns the document's relations, numbered by Relation.N. They are the Doc's
// until Forget.
func (st *Doc) Relations() []*Relation { return st.relBuf[:st.nRels] }

// ruleEnabled reports whether rule is not disabled.
func (st *Doc) ruleEnabled(rule Rule) bool { return !st.opt.Disabled.Has(rule) }

// inferring reports whether an inferred rule is enabled: only then are roles noted for
// inferPrincipals.
func (st *Doc) inferring() bool {
	return st.ruleEnabled(RuleOfficeHolder) || st.ruleEnabled(RuleSetting)
}

// addRelation records a relation with its evidence: the sentence, and the byte span
// [start, end) that states it.
func (st *Doc) addRelation(t RelationType, src, dst string, m Modality, sent, start, end int, rule Rule) {
	s := st.sents[sent]
	r := st.relation(t, src, dst, m)
	st.Evidence.add(r, Evidence{
		Sentence: sent, SentenceStart: s.start,
		Start: int(st.tk.toks[start].start), End: int(st.tk.toks[end-1].end),
		Text: st.evidenceText(s), Rule: rule,
	})
}

// addEvidence records a relation with evidence e, which another relation of the same
// words has: talks held in person are also a meeting.
func (st *Doc) addEvidence(t RelationType, src, dst string, m Modality, e Evidence) {
	st.Evidence.add(st.relation(t, src, dst, m), e)
}

// relation returns the document's relation with the given type, ends and modality, which
// it adds if there is none yet. Its first relScan relations it finds by a scan of them,
// which costs less than hashing a relKey of three strings into rels; rels indexes them
// all once there are more.
func (st *Doc) relation(t RelationType, src, dst string, m Modality) *Relation {
	src, dst = Canonical(t, src, dst)
	// The lengths of the four strings, which tell most relations apart: the scan compares
	// them as one number before it compares strings, whose tests of length and bytes the
	// branch predictor lost on a relation in five.
	sig := uint64(len(src)) | uint64(len(dst))<<16 | uint64(len(t))<<32 | uint64(len(m))<<48
	if st.nRels <= relScan {
		for k, rs := range st.relSigs[:st.nRels] {
			if rs != sig {
				continue
			}
			if r := st.relBuf[k]; r.Source == src && r.Target == dst && r.Type == t && r.Modality == m {
				return r
			}
		}
	} else if r := st.rels[relKey{t, src, dst, m}]; r != nil {
		return r
	}
	if st.nRels == len(st.relBuf) {
		st.relBuf = append(st.relBuf, new(Relation))
	}
	r := st.relBuf[st.nRels]
	*r = Relation{Type: t, Source: src, Target: dst, Modality: m, N: st.nRels}
	st.relSigs = append(st.relSigs[:st.nRels], sig)
	st.nRels++
	switch {
	case st.nRels > relScan+1:
		st.rels[relKey{t, src, dst, m}] = r
	case st.nRels == relScan+1: // the scans end: index every relation
		for _, q := range st.relBuf[:st.nRels] {
			st.rels[relKey{q.Type, q.Source, q.Target, q.Modality}] = q
		}
	}
	return r
}

// relScan is how many relations a document has before relation looks them up in rels.
const relScan = 32

// evidenceText returns the text of sentence s for evidence, valid UTF-8 for JSON: the
// document is checked once, not every sentence a relation cites.
func (st *Doc) evidenceText(s sentence) string {
	if st.validText {
		return st.text[s.start:s.end]
	}
	return safetext.ValidUTF8(st.text[s.start:s.end])
}

// isPerson reports whether the actor id is a person.
func (st *Doc) isPerson(id string) bool {
	a := st.actors[id]
	return a != nil && a.Kind == Person
}

// isCountry reports whether the actor with ID id is a state.
func (st *Doc) isCountry(id string) bool {
	a := st.actors[id]
	return a != nil && a.Kind == Country
}
