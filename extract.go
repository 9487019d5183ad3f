package actorgraph

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file runs the pipeline over one document, sentence by sentence, in seven stages:
// segment (1, segment.go), tag (2, mentions.go), group into refs (3, refs.go), link roles
// (4, roles.go), resolve (5, coref.go and plural.go), find relations (6, patterns.go and
// modality.go), then assemble the graph (7, here and in merge.go). Stages 3, 4 and 6 read
// the sentence with the clause syntax of clause.go and clauseargs.go. Stages 3 to 6 are
// methods of sentState (sentstate.go), which holds the sentence they work on.

// cancelCheckTokens is how many tokens the pipeline processes between checks of its
// context, so that a cancelled parse of a large document stops promptly.
const cancelCheckTokens = 1 << 14

// docState holds the work on one document. It is used by one goroutine.
type docState struct {
	p         *Parser
	lex       *Lexicon
	doc       string
	text      string
	validText bool // text is valid UTF-8: its evidence needs no check of its own

	tk       tokenizer
	sents    []sentence
	headline []bool // per sentence: a headline in title case

	seen []wordSeen // by key number (token.num): how the document writes the word

	actors   map[string]*Actor
	mentions grouped[*Actor, Mention]     // given to the actors by assemble
	evidence grouped[*Relation, Evidence] // given to the relations by assemble
	aliases  grouped[*Actor, string]      // given to the actors by assemble
	roles    grouped[*Actor, Role]        // given to the actors by assemble
	coref    corefMemory                  // what coreference remembers of the document (coref.go)

	b builder

	// Buffers reused from sentence to sentence and, through docStates, from document to
	// document.
	sent       sentState              // the sentence being read, with its items and refs
	match      phraseMatches          // the lexicon phrases of the sentence being tagged (mentions.go)
	used       map[string]bool        // scratch for assemble: the actors relations name
	rename     map[string]string      // scratch for joinSurnames
	renameFrom []string               // scratch for joinSurnames: the keys of rename
	byGiven    map[string]givenPeople // scratch for joinSurnames
}

// docStates recycles the buffers and maps of finished documents, so that parsing many
// small documents does not allocate them anew each time.
var docStates = sync.Pool{New: func() any { return new(docState) }}

// newDocState returns a cleared docState from the pool. Call release when done.
func newDocState(p *Parser, doc, text string) *docState {
	st := docStates.Get().(*docState)
	st.p, st.lex, st.doc, st.text = p, p.lexicon(), doc, text
	st.validText = utf8.ValidString(text)
	st.tk.lex = st.lex
	st.actors = clearMap(st.actors)
	st.coref.reset(st.lex)
	// The graph takes the builder's actors and relations, not its maps.
	st.b.actors, st.b.rels = clearMap(st.b.actors), clearMap(st.b.rels)
	st.b.warnings = nil // the graph takes them
	return st
}

// release returns st to the pool. The graph built from it holds none of its buffers.
func (st *docState) release() {
	st.p, st.lex, st.text, st.tk.keyText, st.tk.lex = nil, nil, "", "", nil
	st.coref.forgetPeople()
	st.mentions.reset() // left by a document that failed before assemble
	st.evidence.reset()
	st.aliases.reset()
	st.roles.reset()
	docStates.Put(st)
}

// clearMap returns m emptied, or a new map when m is nil or was grown by a large
// document: clearing a map costs its capacity, which it never gives back.
func clearMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > 1<<12 {
		return make(map[K]V)
	}
	clear(m)
	return m
}

// run executes the pipeline.
func (st *docState) run(ctx context.Context) error {
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
	maxSent := st.p.limit(st.p.MaxSentenceBytes, DefaultMaxSentenceBytes)
	sents, split := limitSentences(&st.tk, st.sents, maxSent)
	st.sents = sents
	for _, s := range split {
		st.b.warnings = append(st.b.warnings, Warning{Doc: st.doc, Limit: "MaxSentenceBytes", Offset: s.start, Max: maxSent, Got: s.end - s.start})
	}
	st.scanCapitals()
	if err := ctx.Err(); err != nil {
		return err
	}
	ss := &st.sent
	ss.docState = st
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
		ss.items = st.tagItems(first, s.last, st.headline[n], ss.items[:0])
		ss.refs = ss.buildRefs(ss.refs[:0])
		ss.linkRoles()
		ss.resolveRefs()
		ss.findRelations()
	}
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
func (st *docState) scanCapitals() {
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
func (st *docState) isTitleCase(s sentence) bool {
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
func (st *docState) skipDateline(s sentence) int {
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

// addRelation records a relation with its evidence: the sentence, and the byte span
// [start, end) that states it.
func (st *docState) addRelation(t RelationType, src, dst string, m Modality, sent, start, end int, rule string) {
	s := st.sents[sent]
	r := st.b.relation(t, src, dst, m)
	st.evidence.add(r, Evidence{
		Doc: st.doc, Sentence: sent, SentenceStart: s.start,
		Span: Span{Start: int(st.tk.toks[start].start), End: int(st.tk.toks[end-1].end)},
		Text: st.evidenceText(s), Rule: rule,
	})
}

// evidenceText returns the text of sentence s for evidence, valid UTF-8 for JSON: the
// document is checked once, not every sentence a relation cites.
func (st *docState) evidenceText(s sentence) string {
	if st.validText {
		return st.text[s.start:s.end]
	}
	return validUTF8(st.text[s.start:s.end])
}

// assemble puts the document's actors into st.b beside its relations, for a graph or a
// merge: surname-only people join their full names, roles without a principal give way to
// the same role with one, actors with an unknown kind that take part in nothing are
// dropped, and so are actors over the MaxActors limit (see capActors). It hands st.actors over to st.b (which newDocState left empty): afterwards
// st.actors is empty, and st.b holds the document's actors.
func (st *docState) assemble() {
	st.mentions.give(func(a *Actor) *[]Mention { return &a.Mentions })
	st.evidence.give(func(r *Relation) *[]Evidence { return &r.Evidence })
	st.aliases.give(func(a *Actor) *[]string { return &a.Aliases })
	st.roles.give(func(a *Actor) *[]Role { return &a.Roles })
	st.joinSurnames()
	// The actors relations name are gathered only for an actor that may go: most
	// documents have none.
	var used map[string]bool
	for id, a := range st.actors {
		if a.Kind == "" && len(a.Roles) == 0 {
			if used == nil {
				used = st.usedActors()
			}
			if !used[id] {
				delete(st.actors, id)
				continue
			}
		}
		st.dropVagueRoles(a)
	}
	st.capActors()
	// The document's actors are made for its graph or merge alone, one for each ID: the
	// builder takes them with their map, and the document keeps the builder's empty one.
	st.b.actors, st.actors = st.actors, st.b.actors
}

// capActors keeps, when the document has more actors than MaxActors, the MaxActors
// first named in the text (by their first mention, then by ID), and the relations and
// roles that need no other; it records a Warning of the rest.
func (st *docState) capActors() {
	max := st.p.limit(st.p.MaxActors, DefaultMaxActors)
	if len(st.actors) <= max {
		return
	}
	type firstNamed struct {
		at int // the offset of the first mention, or the text's length without one
		id string
	}
	order := make([]firstNamed, 0, len(st.actors))
	for id, a := range st.actors {
		at := len(st.text)
		for _, m := range a.Mentions {
			at = min(at, m.Start)
		}
		order = append(order, firstNamed{at, id})
	}
	slices.SortFunc(order, func(x, y firstNamed) int { return cmp.Or(cmp.Compare(x.at, y.at), strings.Compare(x.id, y.id)) })
	st.b.warnings = append(st.b.warnings, Warning{Doc: st.doc, Limit: "MaxActors", Offset: order[max].at, Max: max, Got: len(order)})
	dropped := make(map[string]bool, len(order)-max)
	for _, o := range order[max:] {
		dropped[o.id] = true
		delete(st.actors, o.id)
	}
	for k, r := range st.b.rels {
		if dropped[r.Source] || dropped[r.Target] {
			delete(st.b.rels, k)
		}
	}
	for _, a := range st.actors {
		a.Roles = slices.DeleteFunc(a.Roles, func(r Role) bool { return dropped[r.Of] })
	}
}

// usedActors returns the set of actors the document's relations name, in st.used.
func (st *docState) usedActors() map[string]bool {
	used := clearMap(st.used)
	st.used = used
	for _, r := range st.b.rels {
		used[r.Source], used[r.Target] = true, true
	}
	return used
}

// givenPeople counts the people whose full name starts with a given name, and holds the
// last of them.
type givenPeople struct {
	id string
	n  int
}

// joinSurnames merges people first named by surname alone into the full name the document
// gives later ("Trump" in a headline, "Donald Trump" in the text).
func (st *docState) joinSurnames() {
	rename := clearMap(st.rename)
	st.rename = rename
	byGiven := clearMap(st.byGiven) // first word of a full name → the people with it
	st.byGiven = byGiven
	for _, p := range st.coref.people {
		if p.tokens > 1 {
			g := byGiven[p.given]
			byGiven[p.given] = givenPeople{id: p.actor.ID, n: g.n + 1}
		}
	}
	for id, a := range st.actors {
		if a.Kind != Person && a.Kind != "" || countWords(a.Name) != 1 {
			continue
		}
		k := foldKey(a.Name)
		if to := st.coref.surnames[k]; to != nil && to != a {
			rename[id] = to.ID
		} else if g := byGiven[k]; g.n == 1 && g.id != id && a.Kind == Person {
			// Some names are repeated by their first word ("Debretsion Gebremichael" ...
			// "Debretsion"), when exactly one full name starts with it.
			rename[id] = g.id
		}
	}
	if len(rename) == 0 {
		return
	}
	// In order of ID, for output that does not depend on map order; the keys go in a
	// scratch slice, as slices.Sorted allocated several as it grew.
	froms := st.renameFrom[:0]
	for from := range rename {
		froms = append(froms, from)
	}
	slices.Sort(froms)
	st.renameFrom = froms
	for _, from := range froms {
		to := rename[from]
		mergeActorInto(st.actors[to], st.actors[from])
		st.actors[to].Kind = Person
		delete(st.actors, from)
	}
	st.b.rename(rename)
	for _, a := range st.actors {
		for i, r := range a.Roles {
			if to, ok := rename[r.Of]; ok {
				a.Roles[i].Of = to
			}
		}
	}
}

// dropVagueRoles removes a role without a principal when the actor holds a role with the
// same head noun that has one ("security advisor" beside "national security advisor" of
// donald-trump).
func (st *docState) dropVagueRoles(a *Actor) {
	head := func(title string) string {
		if t := st.lex.titles[foldKey(title)]; t != nil {
			return t.Head
		}
		return lastWord(title)
	}
	// Each titled mention adds its role: compact the copies first, or a long document
	// makes this quadratic in its mentions (seconds for 1 MB of news).
	slices.SortFunc(a.Roles, compareRoles)
	a.Roles = slices.Compact(a.Roles)
	a.Roles = slices.DeleteFunc(a.Roles, func(r Role) bool {
		return slices.ContainsFunc(a.Roles, func(o Role) bool {
			// The same office said with a principal, or at more length ("secretary"
			// beside "secretary of state"); the head nouns, which cost a fold and a
			// lookup each, only then.
			vaguer := r.Of == "" && o.Of != "" || r.Of == o.Of && len(o.Title) > len(r.Title) && strings.Contains(o.Title, r.Title)
			return vaguer && head(o.Title) == head(r.Title)
		})
	})
}
