package extract

import (
	"context"
	"github.com/actorgraph/actorgraph/internal/safetext"
	"runtime"
	"slices"
	"unicode/utf8"
)

// This file runs the pipeline over one document, sentence by sentence, in seven stages:
// segment (1, segment.go), tag (2, mentions.go), group into refs (3, refs.go), link roles
// (4, roles.go), resolve (5, coref.go and plural.go), find relations (6, patterns.go and
// modality.go), then assemble the graph (7, assemble.go and merge.go). Stages 3, 4 and 6
// read the sentence with the clause syntax of clause.go and clauseargs.go. Stages 3 to 6
// are methods of sentState (sentstate.go), which holds the sentence they work on.

// cancelCheckTokens is how many tokens the pipeline processes between checks of its
// context, so that a cancelled parse of a large document stops promptly.
const cancelCheckTokens = 1 << 14

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

	actors   map[string]*Actor
	rels     map[relKey]*Relation
	Mentions Grouped[*Actor, Mention]     // each actor's mentions, in the order found
	Evidence Grouped[*Relation, Evidence] // each relation's evidence, in the order found
	Aliases  Grouped[*Actor, string]      // each actor's aliases, in the order found
	Roles    Grouped[*Actor, Role]        // each actor's roles, in the order found
	Warnings []Warning                    // the limits the document met
	coref    corefMemory                  // what coreference remembers of the document (coref.go)

	// Buffers reused from sentence to sentence and, through docs, from document to
	// document.
	sent     sentState     // the sentence being read, with its items and refs
	match    phraseMatches // the lexicon phrases of the sentence being tagged (mentions.go)
	asm      assembler     // the surname join's scratch (assemble.go)
	actorBuf []*Actor      // the actors of finished documents, cleared, for actors to reuse
	relBuf   []*Relation   // likewise for relations
	nActors  int           // how many of actorBuf this document uses
	nRels    int           // how many of relBuf this document uses
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
	st.lex, st.text, st.tk.keyText, st.tk.lex = nil, "", "", nil
	st.forget()
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
	st.Mentions.reset()
	st.Evidence.reset()
	st.Aliases.reset()
	st.Roles.reset()
	st.coref.forget()
	st.sent.refs, st.sent.listIDs = ClearSlice(st.sent.refs), ClearSlice(st.sent.listIDs)
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

// Actors returns the document's actors by ID. They are the Doc's until Forget.
func (st *Doc) Actors() map[string]*Actor { return st.actors }

// NumActors returns how many actors the document has had, the bound of their numbers
// (Actor.N); some may since have gone from Actors.
func (st *Doc) NumActors() int { return st.nActors }

// Relations returns the document's relations, numbered by Relation.N. They are the Doc's
// until Forget.
func (st *Doc) Relations() []*Relation { return st.relBuf[:st.nRels] }

// ClearMap returns m emptied, or a new map when m is nil or was grown by a large
// document: clearing a map costs its capacity, which it never gives back.
func ClearMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > 1<<12 {
		return make(map[K]V)
	}
	clear(m)
	return m
}

// ClearSlice returns s emptied, with its elements zeroed up to its capacity, so that its
// buffer keeps alive nothing they pointed to.
func ClearSlice[S ~[]E, E any](s S) S {
	s = s[:cap(s)]
	clear(s)
	return s[:0]
}

// Run reads the document: it runs stages 1 to 6 of the pipeline. It returns the
// context's error when cancelled. readStages (stages_test.go) reads sentences as run does, to
// show each after every stage: a stage added here goes there too.
func (st *Doc) Run(ctx context.Context) error {
	if err := st.segment(ctx); err != nil {
		return err
	}
	ss := &st.sent
	ss.Doc = st
	done := 0
	for n, s := range st.sents {
		if done += s.last - s.first; done >= cancelCheckTokens {
			done = 0
			yield()
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		first := st.skipDateline(s)
		st.match.find(st.lex, &st.tk, s.first, s.last)
		ss.n = n
		ss.items = tagger{Doc: st, first: first, last: s.last, headline: st.headline[n]}.tagItems(ss.items[:0])
		ss.refs = ss.buildRefs(ss.refs[:0])
		ss.linkRoles()
		ss.resolveRefs()
		ss.findRelations()
	}
	return ctx.Err()
}

// segment is stage 1 for the whole document: it tokenizes the text, splits it into
// sentences no longer than MaxSentenceBytes and reads what the document capitalizes, for
// the sentence stages that follow in run. It returns the context's error when cancelled.
func (st *Doc) segment(ctx context.Context) error {
	yield()
	st.tk.done = ctx.Done()
	defer func() { st.tk.done = nil }()
	st.tk.tokenize(st.text)
	if err := ctx.Err(); err != nil {
		return err // tokenize stops early when cancelled: its tokens are incomplete
	}
	seg := segmenter{starters: sentenceStarters}
	st.sents = seg.split(&st.tk, st.sents[:0])
	if err := ctx.Err(); err != nil {
		return err
	}
	maxSent := st.opt.MaxSentenceBytes
	sents, split := limitSentences(&st.tk, st.sents, maxSent)
	st.sents = sents
	for _, s := range split {
		st.Warnings = append(st.Warnings, Warning{Limit: "MaxSentenceBytes", Offset: s.start, Max: maxSent, Got: s.end - s.start})
	}
	st.scanCapitals()
	return ctx.Err()
}

// yield lets the goroutine scheduler run something else, at the start of a document and
// every cancelCheckTokens tokens of one. The pipeline never blocks, so without it a parse
// on one core (GOMAXPROCS 1: a container with one CPU) keeps the garbage collector's
// background worker waiting for the next forced preemption, some 10 ms away: each cycle's
// marking then stretched over a quarter of the time, and every pointer the parse wrote
// meanwhile paid a write barrier. Yielding lets the worker finish a cycle in a few
// documents (marking on for 7% of the time instead of 25%: a parse 8% faster), for about
// 0.1 µs a document.
func yield() { runtime.Gosched() }

// scanCapitals records the words the document capitalizes away from the start of a
// sentence, and which of them it also writes outside a hyphenation ("Trump" beside
// "Putin-Trump"); and it marks headlines in title case, whose capitals say nothing about
// names. Sentence-initial and headline words count as names only if the document confirms
// them.
func (st *Doc) scanCapitals() {
	t := &st.tk
	st.seen = slices.Grow(st.seen[:0], int(t.nums))[:t.nums]
	clear(st.seen)
	// Only sentences without final punctuation may be headlines; mark their capitalized
	// words and look for each in lower case elsewhere in one pass.
	headlines := false
	for _, s := range st.sents {
		if !endsSentence(t.key(s.last - 1)) {
			for i := s.first + 1; i < s.last; i++ {
				if t.toks[i].is(tCap) && t.toks[i].is(tWord) {
					st.seen[t.toks[i].num] |= seenInHeadline
					headlines = true
				}
			}
		}
	}
	if headlines {
		for i := range t.toks {
			if i%cancelCheckTokens == 0 && t.cancelled() {
				return
			}
			if tok := &t.toks[i]; tok.is(tWord) && !tok.is(tCap) && st.seen[tok.num]&seenInHeadline != 0 {
				st.seen[tok.num] |= seenLower
			}
		}
	}
	st.headline = slices.Grow(st.headline[:0], len(st.sents))[:len(st.sents)]
	for n, s := range st.sents {
		if n%(cancelCheckTokens/16) == 0 && t.cancelled() {
			return
		}
		if st.headline[n] = st.isTitleCase(s); st.headline[n] {
			continue
		}
		for i := s.first; i < s.last; i++ {
			tok := &t.toks[i]
			if !tok.is(tCap) || !tok.is(tWord) {
				continue
			}
			if i > s.first && !tok.is(tNewline) {
				st.seen[tok.num] |= seenCapital
			}
			hyphenBefore := i > s.first && t.key(i-1) == "-" && t.toks[i-1].end == tok.start
			hyphenAfter := i+1 < s.last && t.key(i+1) == "-" && t.toks[i+1].start == tok.end
			if !hyphenBefore && !hyphenAfter {
				st.seen[tok.num] |= seenSolo
			}
		}
	}
}

// wordSeen records how a document writes a word, for scanCapitals.
type wordSeen uint8

const (
	seenCapital    wordSeen = 1 << iota // capitalized inside a sentence
	seenSolo                            // capitalized outside a hyphenation
	seenInHeadline                      // capitalized in a sentence that may be a headline
	seenLower                           // seenInHeadline, and also in lower case
)

// isTitleCase reports whether a sentence is a headline in title case ("Talks With Putin
// Stall Over Sanctions"): it has no final punctuation and capitalizes, after its first word,
// at least two words that the document writes in lower case elsewhere or that are function
// words.
func (st *Doc) isTitleCase(s sentence) bool {
	t := &st.tk
	if endsSentence(t.key(s.last - 1)) {
		return false
	}
	n := 0
	for i := s.first + 1; i < s.last; i++ {
		if tok := &t.toks[i]; tok.is(tCap) && tok.is(tWord) && !tok.is(tUpper) {
			if st.seen[tok.num]&seenLower != 0 || t.info(i).class&wordFunction != 0 {
				n++
			}
		}
	}
	return n >= 2
}

// endsSentence reports whether a token with key k ends a sentence with punctuation.
func endsSentence(k string) bool {
	switch k {
	case ".", "!", "?", "\"", "'", "\u2026":
		return true
	}
	return false
}

// skipDateline returns the first token of a sentence after a wire dateline such as
// "WASHINGTON, Aug 25 —" or "KYIV (Reuters) -", which names a place, not an actor.
func (st *Doc) skipDateline(s sentence) int {
	t := &st.tk
	if !t.toks[s.first].is(tUpper) || t.toks[s.first].is(tDotted) {
		return s.first
	}
	for i := s.first + 1; i < s.last && i < s.first+10; i++ {
		switch t.key(i) {
		case "\u2014", "\u2013", "-":
			if t.toks[i].is(tSpace) {
				return i + 1
			}
		}
	}
	return s.first
}

// ruleEnabled reports whether rule is not disabled.
func (st *Doc) ruleEnabled(rule Rule) bool { return !st.opt.Disabled.Has(rule) }

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

// relation returns the document's relation with the given type, ends and modality, which
// it adds if there is none yet.
func (st *Doc) relation(t RelationType, src, dst string, m Modality) *Relation {
	src, dst = Canonical(t, src, dst)
	k := relKey{t, src, dst, m}
	r, ok := st.rels[k]
	if !ok {
		if st.nRels == len(st.relBuf) {
			st.relBuf = append(st.relBuf, new(Relation))
		}
		r = st.relBuf[st.nRels]
		*r = Relation{Type: t, Source: src, Target: dst, Modality: m, N: st.nRels}
		st.nRels++
		st.rels[k] = r
	}
	return r
}

// evidenceText returns the text of sentence s for evidence, valid UTF-8 for JSON: the
// document is checked once, not every sentence a relation cites.
func (st *Doc) evidenceText(s sentence) string {
	if st.validText {
		return st.text[s.start:s.end]
	}
	return safetext.ValidUTF8(st.text[s.start:s.end])
}
