package actorgraph

import (
	"context"
	"maps"
	"slices"
)

// This file runs the pipeline over one document: segment, tag, group, link roles,
// resolve, find relations, then assemble the graph (stage 6).

// cancelCheckTokens is how many tokens the pipeline processes between checks of its
// context, so that a cancelled parse of a large document stops promptly.
const cancelCheckTokens = 1 << 14

// docState holds the work on one document. It is used by one goroutine.
type docState struct {
	p    *Parser
	lex  *Lexicon
	doc  string
	text string

	tk       tokenizer
	sents    []sentence
	headline []bool // per sentence: a headline in title case

	capSeen   map[string]bool // words the document capitalizes inside sentences
	soloNames map[string]bool // capitalized words the document also uses outside hyphenations

	actors      map[string]*Actor
	aliasIndex  map[string]string // alias key → actor ID
	surnames    map[string]string // surname key → last person with that surname
	people      []*personName
	holders     []roleHolder
	recent      []string        // people mentioned lately, most recent last
	sentSubject string          // the first person named in the current sentence
	prevSubject string          // the first person named in the last sentence that named one
	gender      map[string]byte // 'm' or 'f' for people a pronoun has referred to

	b builder
}

func newDocState(p *Parser, doc, text string) *docState {
	return &docState{
		p: p, lex: p.lexicon(), doc: doc, text: text,
		capSeen: map[string]bool{}, soloNames: map[string]bool{},
		actors: map[string]*Actor{}, aliasIndex: map[string]string{}, surnames: map[string]string{},
		gender: map[string]byte{},
	}
}

// run executes the pipeline.
func (st *docState) run(ctx context.Context) error {
	st.tk.tokenize(st.text)
	seg := segmenter{abbrev: st.lex.abbrev, starters: sentenceStarters}
	st.sents = seg.split(&st.tk, st.sents[:0])
	maxSent := st.p.limit(st.p.MaxSentenceBytes, DefaultMaxSentenceBytes)
	for _, s := range st.sents {
		if s.end-s.start > maxSent {
			return &LimitError{Doc: st.doc, Limit: "MaxSentenceBytes", Max: maxSent, Got: s.end - s.start}
		}
	}
	st.scanCapitals()
	var items []item
	var refs []ref
	done := 0
	for n, s := range st.sents {
		if done += s.last - s.first; done >= cancelCheckTokens {
			done = 0
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		first := st.skipDateline(s)
		items = st.tagItems(first, s.last, st.headline[n], items[:0])
		refs = st.buildRefs(items, refs[:0])
		st.linkRoles(items, refs)
		st.resolveRefs(items, refs, n)
		st.findRelations(items, refs, n)
		if maxActors := st.p.limit(st.p.MaxActors, DefaultMaxActors); len(st.actors) > maxActors {
			return &LimitError{Doc: st.doc, Limit: "MaxActors", Max: maxActors, Got: len(st.actors)}
		}
	}
	return ctx.Err()
}

// sentenceStarters are words that begin a new sentence after an abbreviation such as
// "U.S." at the end of the previous one.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "this": true, "that": true, "but": true, "in": true, "on": true, "at": true,
	"his": true, "her": true, "their": true, "its": true, "there": true, "after": true,
	"meanwhile": true, "however": true, "despite": true, "during": true, "as": true,
}

// scanCapitals records the words the document capitalizes away from the start of a
// sentence, and which of them it also writes outside a hyphenation ("Trump" beside
// "Putin-Trump"); and it marks headlines in title case, whose capitals say nothing about
// names. Sentence-initial and headline words count as names only if the document confirms
// them.
func (st *docState) scanCapitals() {
	t := &st.tk
	lower := map[string]bool{}
	for i, tok := range t.toks {
		if tok.is(tWord) && !tok.is(tCap) {
			lower[t.key(i)] = true
		}
	}
	st.headline = make([]bool, len(st.sents))
	for n, s := range st.sents {
		if st.headline[n] = st.isTitleCase(s, lower); st.headline[n] {
			continue
		}
		for i := s.first; i < s.last; i++ {
			tok := t.toks[i]
			if !tok.is(tCap) || !tok.is(tWord) {
				continue
			}
			if i > s.first && !tok.is(tNewline) {
				st.capSeen[t.key(i)] = true
			}
			hyphenBefore := i > s.first && t.key(i-1) == "-" && t.toks[i-1].end == tok.start
			hyphenAfter := i+1 < s.last && t.key(i+1) == "-" && t.toks[i+1].start == tok.end
			if !hyphenBefore && !hyphenAfter {
				st.soloNames[t.key(i)] = true
			}
		}
	}
}

// isTitleCase reports whether a sentence is a headline in title case ("Talks With Putin
// Stall Over Sanctions"): it has no final punctuation and capitalizes, after its first word,
// at least two words that the document writes in lower case elsewhere or that are function
// words.
func (st *docState) isTitleCase(s sentence, lower map[string]bool) bool {
	t := &st.tk
	switch t.key(s.last - 1) {
	case ".", "!", "?", "\"", "'":
		return false
	}
	n := 0
	for i := s.first + 1; i < s.last; i++ {
		if tok := t.toks[i]; tok.is(tCap) && tok.is(tWord) && !tok.is(tUpper) {
			if k := t.key(i); lower[k] || st.lex.words[k]&wordFunction != 0 {
				n++
			}
		}
	}
	return n >= 2
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
	st.b.addRelation(&Relation{Type: t, Source: src, Target: dst, Modality: m, Evidence: []Evidence{{
		Doc: st.doc, Sentence: sent, Span: Span{Start: int(st.tk.toks[start].start), End: int(st.tk.toks[end-1].end)},
		Text: st.text[s.start:s.end], Rule: rule,
	}}})
}

// graph assembles the document's graph: surname-only people join their full names, roles
// without a principal give way to the same role with one, and actors with an unknown kind
// that take part in nothing are dropped.
func (st *docState) graph() *Graph {
	st.joinSurnames()
	used := map[string]bool{}
	for _, r := range st.b.rels {
		used[r.Source], used[r.Target] = true, true
	}
	for _, a := range st.actors {
		if a.Kind == "" && !used[a.ID] && len(a.Roles) == 0 {
			continue
		}
		st.dropVagueRoles(a)
		st.b.addActor(a)
	}
	return st.b.graph()
}

// joinSurnames merges people first named by surname alone into the full name the document
// gives later ("Trump" in a headline, "Donald Trump" in the text).
func (st *docState) joinSurnames() {
	rename := map[string]string{}
	for id, a := range st.actors {
		if countWords(a.Name) != 1 || a.Kind != Person && a.Kind != "" {
			continue
		}
		if to := st.surnames[foldKey(a.Name)]; to != "" && to != id {
			rename[id] = to
		}
	}
	for _, from := range slices.Sorted(maps.Keys(rename)) {
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
	a.Roles = slices.DeleteFunc(a.Roles, func(r Role) bool {
		return r.Of == "" && slices.ContainsFunc(a.Roles, func(o Role) bool {
			return o.Of != "" && head(o.Title) == head(r.Title)
		})
	})
}
