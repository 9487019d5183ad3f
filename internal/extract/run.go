// Package extract is actorgraph's text machinery: the lexicon, tokens and sentences, and
// stages 1 to 6 of the pipeline, which read a document (a Doc) into actors, mentions,
// aliases, roles, and relations with their evidence. The root package assembles those into
// its Graph (stage 7). docs/architecture.md shows the stages and the files' layers.
package extract

import (
	"context"
	"runtime"
	"slices"
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

// Run reads the document: it runs stages 1 to 6 of the pipeline. It returns the
// context's error when cancelled. readStages (stages_test.go) reads sentences as run does, to
// show each after every stage: a stage added here goes there too.
func (st *Doc) Run(ctx context.Context) error {
	if err := st.segment(ctx); err != nil {
		return err
	}
	ss := &st.sent
	ss.Doc, ss.infos = st, st.lex.infos
	done := 0
	for n, s := range st.sents {
		if done += s.last - s.first; done >= cancelCheckTokens {
			done = 0
			st.reserve(s.first, len(st.tk.toks))
			yield()
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		first := st.skipDateline(s)
		st.match.find(st.lex, &st.tk, s.first, s.last)
		ss.n = n
		ss.items = tagger{Doc: st, first: first, last: s.last, headline: st.headline[n]}.tagItems(ss.items[:0])
		ss.keepLastRefs()
		ss.refs = ss.buildRefs(ss.refs[:0])
		ss.linkRoles()
		ss.resolveRefs()
		ss.noteBody()
		ss.noteSetting(first)
		ss.findRelations()
	}
	st.collectivePrincipals()
	st.inferPrincipals()
	st.inferInstitutions()
	st.inferCompanions()
	st.dropLarge()
	return ctx.Err()
}

// reserve grows the lists of mentions, evidence, aliases, roles and roles pending a
// principal, when they are near full, to what the whole document would need at the rate
// of the first done of its n tokens, and a sixteenth more: a large document then copies
// each list a few times, where append's growth made garbage of four times its size (1 GB
// for a 50 MB document, which the heap held at its peak).
func (st *Doc) reserve(done, n int) {
	st.Mentions.vals = reserve(st.Mentions.vals, done, n)
	st.Evidence.vals = reserve(st.Evidence.vals, done, n)
	st.Aliases.vals = reserve(st.Aliases.vals, done, n)
	st.Roles.vals = reserve(st.Roles.vals, done, n)
	st.pending = reserve(st.pending, done, n)
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
	// Room for a sentence of every tokensPerSentence tokens at once: news has a few more
	// a sentence, and a long text's sentences grown by append made garbage of four times
	// their size.
	st.sents = seg.split(&st.tk, slices.Grow(st.sents[:0], len(st.tk.toks)/tokensPerSentence))
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

// tokensPerSentence is fewer tokens than the sentences of news have on average (24 in
// the bundled articles), for segment to make room for the sentences of a text at once.
const tokensPerSentence = 20

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
	// Only the entries the last document set are cleared, not the whole slice, which has
	// one for every key of the lexicon: some 45 KB a document.
	all := st.seen[:cap(st.seen)]
	for _, n := range st.seenNums {
		all[n] = 0
	}
	st.seenNums = st.seenNums[:0]
	st.seen = slices.Grow(st.seen[:0], int(t.nums))[:t.nums]
	// Only sentences without final punctuation may be headlines; mark their capitalized
	// words and look for each in lower case elsewhere in one pass.
	headlines := false
	for _, s := range st.sents {
		if !endsSentence(t.key(s.last - 1)) {
			for i := s.first + 1; i < s.last; i++ {
				if t.toks[i].is(tCap) && t.toks[i].is(tWord) {
					st.mark(t.toks[i].num, seenInHeadline)
					headlines = true
				}
			}
		}
	}
	if headlines {
		// toks and seen in locals stay in registers: mark writes memory, after which the
		// fields would be loaded again for every token.
		toks, seen := t.toks, st.seen
		for i := range toks {
			if i%cancelCheckTokens == 0 && t.cancelled() {
				return
			}
			// The rare test first: whether a word is lower case is a coin toss the branch
			// predictor lost on a token in three.
			if tok := &toks[i]; seen[tok.num]&seenInHeadline != 0 && tok.flags&(tWord|tCap) == tWord {
				st.mark(tok.num, seenLower)
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
			if tok.flags&(tCap|tWord) != tCap|tWord { // one test, not two: this runs for every token
				continue
			}
			if i > s.first && !tok.is(tNewline) && !t.quoteStarts(s.first, i) {
				st.mark(tok.num, seenCapital)
			}
			hyphenBefore := i > s.first && t.toks[i-1].id == kwHyphen && t.toks[i-1].end == tok.start
			hyphenAfter := i+1 < s.last && t.toks[i+1].id == kwHyphen && t.toks[i+1].start == tok.end
			if !hyphenBefore && !hyphenAfter {
				st.mark(tok.num, seenSolo)
			}
		}
	}
}

// mark sets the flags f of entry n of st.seen, noting n the first time.
func (st *Doc) mark(n uint32, f wordSeen) {
	if st.seen[n] == 0 {
		st.seenNums = append(st.seenNums, n)
	}
	st.seen[n] |= f
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
// words; or, on a line of its own, it capitalizes every word but function words, three or
// more of them ("Envoy Presses Both Sides to Resume Talks").
func (st *Doc) isTitleCase(s sentence) bool {
	t := &st.tk
	if endsSentence(t.key(s.last - 1)) {
		return false
	}
	n, caps, lower := 0, 0, false
	for i := s.first; i < s.last; i++ {
		tok := &t.toks[i]
		switch {
		case !tok.is(tWord) || tok.is(tNumber):
		case !tok.is(tCap):
			lower = lower || t.info(i).class&wordFunction == 0
		case !tok.is(tUpper):
			caps++
			if i > s.first && (st.seen[tok.num]&seenLower != 0 || t.info(i).class&wordFunction != 0) {
				n++
			}
		}
	}
	if n >= 2 {
		return true
	}
	ownLine := (s.first == 0 || t.toks[s.first].is(tNewline)) && (s.last == len(t.toks) || t.toks[s.last].is(tNewline))
	return ownLine && !lower && caps >= 3
}

// datedPlace returns the first token after a press release's dateline, a place and a
// date before a colon or dash ("Addis Ababa, 7 August 2018:"), or s.first when the
// sentence opens with none: capitalized words, a comma, then only numbers, capitalized
// words and commas.
func (st *Doc) datedPlace(s sentence) int {
	t := &st.tk
	comma, number := -1, false
	for i := s.first; i < s.last && i < s.first+10; i++ {
		tok := &t.toks[i]
		if tok.is(tWord) { // most tokens: no comma, colon or dash, so their key need not be read
			switch {
			case tok.is(tNumber):
				if comma < 0 {
					return s.first
				}
				number = true
			case !tok.is(tCap):
				return s.first
			}
			continue
		}
		switch k := t.key(i); {
		case k == ",":
			if comma < 0 {
				if i == s.first {
					return s.first
				}
				comma = i
			}
		case k == ":" || (k == "\u2014" || k == "\u2013" || k == "-") && tok.is(tSpace):
			if comma < 0 || !number {
				return s.first
			}
			return i + 1
		default:
			return s.first
		}
	}
	return s.first
}

// skipDateline returns the first token of a sentence after a wire dateline such as
// "WASHINGTON, Aug 25 —" or "KYIV (Reuters) -", which names a place, not an actor.
func (st *Doc) skipDateline(s sentence) int {
	t := &st.tk
	if d := st.datedPlace(s); d > s.first {
		return d
	}
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

// HasNumber reports whether sentence n of the document may have a token that starts
// with a digit: without the document's date, only such a sentence can give a date (a
// year). Assembly asks it before reading a sentence's dates, which costs a third of a
// scan of its bytes. It reports true when it cannot tell, as for a large document whose
// tokens are let go (dropLarge).
func (st *Doc) HasNumber(n int) bool {
	if n < 0 || n >= len(st.sents) {
		return true
	}
	s := st.sents[n]
	for i := s.first; i < s.last; i++ {
		if st.tk.toks[i].is(tNumber) {
			return true
		}
	}
	return false
}
