package actorgraph

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/internal/safetext"
)

// This file parses many documents at once: Corpus and Parser.ParseAll run the pipeline
// on every core and merge the graphs as they come, and Graph.CapEvidence bounds what the
// merged graph keeps.
//
// What grows with a corpus is the merged graph: its actors, their aliases and roles, and
// its relations grow with what the documents name (new people, new titles, new pairs of
// actors), which slows down as the corpus grows; its mentions and evidence grow with the
// text itself, some 20 mentions and 8 pieces of evidence (each with its sentence) a KB of
// news. Parser.MaxMentions and Parser.MaxEvidence cap those two, and with them a corpus
// of any size fits in memory.

// ParseAll parses every document of docs, a sequence of document names and texts, and
// returns the merge of their graphs. It parses runtime.GOMAXPROCS(0) documents at a time,
// each on a goroutine of its own, and reads docs only as fast as they are parsed, so that
// the texts of a large corpus are never all in memory (docs may read them from disk one
// by one). The graph is byte-for-byte the one a sequential run gives,
//
//	Merge(g1, g2, ...).JoinSurnames().CapEvidence(p.MaxEvidence, p.MaxMentions)
//
// where gi is ParseDoc(ctx, name, text) of the i-th document that did not fail, whatever
// the number of workers and the order in which documents finish: actors with one ID are
// one actor, and so are the people the documents name two ways ("Steve Witkoff" and
// "Steven Witkoff", "Trump" and the one Donald Trump); see Graph.JoinSurnames.
//
// A document that fails, such as one over a limit of p, costs only itself: ParseAll goes
// on with the others and returns the merge of those together with a *CorpusError that
// lists every failed document, as a *DocError, in the order of docs. It returns a nil
// error only when no document failed. To stop at the first failure instead, use a Corpus
// with Strict set, in a loop of its own. If p.DisableRules names no rule, ParseAll parses
// nothing and returns a nil graph and an error wrapping ErrUnknownRule. If ctx is
// cancelled ParseAll stops within milliseconds and returns a nil graph and ctx.Err(); it
// cannot interrupt docs itself while docs is blocked reading.
func (p *Parser) ParseAll(ctx context.Context, docs iter.Seq2[string, string]) (*Graph, error) {
	c := Corpus{Parser: p}
	stopped := false
	if docs == nil {
		docs = func(func(string, string) bool) {} // no documents: the empty graph
	}
	for name, text := range docs {
		if c.Add(ctx, name, text) != nil { // only when ctx is done: c is not strict
			stopped = true
			break
		}
	}
	g, err := c.Graph()
	if (g == nil || stopped) && ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return g, err
}

// A Corpus parses documents added one by one, several at a time, and merges their graphs
// as they are parsed; Graph returns the merge. It is the streaming form of
// Parser.ParseAll, for callers that read documents in a loop of their own:
//
//	c := actorgraph.Corpus{Parser: &p}
//	for each document {
//		if err := c.Add(ctx, name, text); err != nil {
//			break // ctx is done, or with Strict a document failed: Graph reports it
//		}
//	}
//	g, err := c.Graph()
//
// A document that fails costs only itself, as in Parser.ParseAll: Graph returns the merge
// of the others and a *CorpusError listing the failures. With Strict set, the first
// failure stops the corpus instead.
//
// A Corpus holds the texts of the documents being parsed or waiting for a worker, at most
// 2*Workers of them, and the merged graph, whose mentions and evidence grow with the text
// unless the Parser caps them (Parser.MaxMentions, Parser.MaxEvidence). With MaxEvidence
// set, no text of a parsed document stays in memory: the strings the merged graph keeps
// are copies. Without it, each piece of evidence keeps its sentence, and with it its
// document's text, which costs less than a copy of every sentence when all evidence is
// kept. Without MaxMentions, the Corpus keeps each mention in a third of the memory of a
// Mention until Graph makes the graph's, and Graph makes the graph of what the Corpus
// holds rather than of a copy: a Corpus that keeps everything holds some 3 bytes for
// each byte of text, and the graph it makes about as much.
//
// The zero Corpus parses with the zero Parser on runtime.GOMAXPROCS(0) workers. A Corpus
// must not be copied after first use, and its methods must be called from one goroutine
// at a time; the parsing itself runs on goroutines of the Corpus's own.
type Corpus struct {
	// Parser parses the documents and caps the merged graph's evidence and mentions with
	// its MaxEvidence and MaxMentions; nil means the zero Parser. It must not change once
	// a document has been added.
	Parser *Parser
	// Workers is how many documents are parsed at once; zero or less means
	// runtime.GOMAXPROCS(0) at the first Add.
	Workers int
	// Strict makes the first document to fail, in the order they were added, fail the
	// whole corpus: Add refuses documents once a failure is known, and Graph returns no
	// graph and that document's *DocError. It must not change once a document has been
	// added.
	Strict bool

	queued  chan struct{} // one token per document added and not yet parsed
	workers int           // the most goroutines that parse at once
	jobMu   sync.Mutex    // guards jobs and active
	jobs    []corpusJob   // the documents added and waiting for a goroutine, in order
	active  int           // the goroutines parsing, at most workers
	wg      sync.WaitGroup
	col     shardedCollector
	mu      sync.Mutex  // guards the fields below
	n       int         // documents added
	failed  []*DocError // without Strict, the documents that failed, in no order
	stop    error       // the error that ends the corpus, of the document of least index, or nil
	stopAt  int         // that document's index
	// merged, after Graph, is the merge it made of what col held, which col gave up to
	// it without a copy; the next Add gives col a copy back (see Graph).
	merged *Graph
	// names are the names of the documents added, by index, kept when the Parser keeps
	// every mention (keepNames): col keeps those packed, with the index of their
	// document (see packedMention).
	names     []string
	keepNames bool
}

// A DocError is the error of one document of a corpus.
type DocError struct {
	Doc   string // the document's name
	Index int    // its zero-based position in the corpus
	Err   error  // why it failed, such as a *LimitError
}

// Error returns the error prefixed with the document's name, as in
// `actorgraph: document "a.txt": ...`, naming it once when Err names it already.
func (e *DocError) Error() string {
	prefix := fmt.Sprintf("actorgraph: document %q: ", safetext.ValidUTF8(e.Doc))
	msg := e.Err.Error()
	if strings.HasPrefix(msg, prefix) {
		return msg
	}
	return prefix + strings.TrimPrefix(msg, "actorgraph: ")
}

// Unwrap returns Err.
func (e *DocError) Unwrap() error { return e.Err }

// A CorpusError reports the documents of a corpus that failed while the others were
// parsed and merged, as Parser.ParseAll and Corpus.Graph return it. errors.As finds each
// *DocError in it, the first first, and errors.Is looks into every one of them, so
// errors.Is(err, ErrLimit) tells whether some document exceeded a limit.
type CorpusError struct {
	Failed []*DocError // the failed documents, in the order of the corpus; never empty
	Total  int         // how many documents the corpus had, failed or not
}

// maxErrorsShown is how many failures CorpusError.Error names before it only counts.
const maxErrorsShown = 3

// Error returns a one-line summary, as in `actorgraph: 2 of 51 documents failed:
// document "a.txt": ...; document "b.txt": ...`, naming at most the first three
// failures and counting the rest.
func (e *CorpusError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "actorgraph: %d of %d documents failed: ", len(e.Failed), e.Total)
	for i, de := range e.Failed[:min(len(e.Failed), maxErrorsShown)] {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(strings.TrimPrefix(de.Error(), "actorgraph: "))
	}
	if more := len(e.Failed) - maxErrorsShown; more > 0 {
		fmt.Fprintf(&b, "; and %d more", more)
	}
	return b.String()
}

// Unwrap returns the *DocError of every failed document, in the order of Failed.
func (e *CorpusError) Unwrap() []error {
	errs := make([]error, len(e.Failed))
	for i, de := range e.Failed {
		errs[i] = de
	}
	return errs
}

// testHookParsed, when not nil, is called by a Corpus after each document is parsed and
// before its graph is merged, with the document's index; tests use it to shuffle timing.
var testHookParsed func(index int)

// Add parses the document text, named name, on a goroutine of its own and merges its
// graph into the corpus. It waits while 2*Workers documents are being parsed or are
// waiting for a worker. It returns ctx.Err() if ctx is done before the document could be
// queued, and, once a document's parse has been cancelled or, with Strict, once a
// document added earlier has failed, a non-nil error without parsing anything; Graph
// tells which document stopped the corpus. Without Strict, a document that fails does
// not stop the others: Graph reports it. A Parser whose DisableRules names no rule stops
// the corpus at the first Add, which returns, as Graph does, an error wrapping
// ErrUnknownRule.
func (c *Corpus) Add(ctx context.Context, name, text string) error {
	return c.AddDated(ctx, name, text, time.Time{})
}

// AddDated is Add for a document written on date, which stands for the Parser's Date in
// this document (see Parser.ParseDated); the zero date leaves the Parser's.
func (c *Corpus) AddDated(ctx context.Context, name, text string, date time.Time) error {
	if c.queued == nil {
		w := c.Workers
		if w <= 0 {
			w = runtime.GOMAXPROCS(0)
		}
		// Documents wait their turn in jobs, so that a worker that finishes one starts
		// the next at once.
		c.queued = make(chan struct{}, 2*w)
		c.workers = w
		p := c.parser()
		c.col.setCaps(p.MaxEvidence, p.MaxMentions)
		c.keepNames = p.MaxMentions <= 0
		if _, err := p.disabledRules(); err != nil {
			c.mu.Lock()
			c.stop, c.stopAt = err, -1 // no document can be parsed: stop before the first
			c.mu.Unlock()
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := c.stopped(); err != nil {
		return err
	}
	if c.merged != nil {
		c.col.refill(c.merged)
		c.merged = nil
	}
	select {
	case c.queued <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	i := c.n
	c.n++
	// The graph's mentions and evidence share the name: a copy keeps no caller's memory.
	name = strings.Clone(name)
	if c.keepNames {
		c.names = append(c.names, name)
	}
	c.wg.Add(1)
	c.jobMu.Lock()
	c.jobs = append(c.jobs, corpusJob{ctx, i, name, text, date})
	start := c.active < c.workers
	if start {
		c.active++
	}
	c.jobMu.Unlock()
	if start {
		go c.work()
	}
	return nil
}

// A corpusJob is a document added to a Corpus, waiting to be parsed.
type corpusJob struct {
	ctx        context.Context
	i          int
	name, text string
	date       time.Time
}

// work parses the documents waiting in c.jobs, one after another, and returns when there
// are none. A goroutine that goes on to the next document keeps the stack the last one
// grew: on a goroutine of its own, each document grew one again, 3% of a corpus's work.
func (c *Corpus) work() {
	for {
		c.jobMu.Lock()
		if len(c.jobs) == 0 {
			c.active--
			c.jobMu.Unlock()
			return
		}
		j := c.jobs[0]
		c.jobs[0] = corpusJob{} // the text is the parser's alone now
		c.jobs = c.jobs[1:]
		c.jobMu.Unlock()
		c.parse(j.ctx, j.i, j.name, j.text, j.date)
		<-c.queued
		c.wg.Done()
	}
}

// parse parses document i and merges its graph, or records its error.
func (c *Corpus) parse(ctx context.Context, i int, name, text string, date time.Time) {
	if c.stoppedBefore(i) {
		return // a document before this one stopped the corpus: nothing after it counts
	}
	p := c.parser()
	// The document's actors and relations are merged as the pipeline left them, with no
	// graph made of them: the merge sorts and caps what it keeps anyway.
	st, err := p.parseDoc(ctx, name, text, date)
	if testHookParsed != nil {
		testHookParsed(i)
	}
	if err != nil {
		c.mu.Lock()
		defer c.mu.Unlock()
		if ctx.Err() == nil || !errors.Is(err, ctx.Err()) {
			de := &DocError{Doc: name, Index: i, Err: err}
			if !c.Strict {
				c.failed = append(c.failed, de)
				return
			}
			err = de
		}
		if c.stop == nil || i < c.stopAt {
			c.stop, c.stopAt = err, i
		}
		return
	}
	defer st.release()
	if c.stopped() == nil { // once stopped, Graph returns the error, never the merge
		c.col.add(&st.b, i, name)
	}
}

// parser returns the Parser of the corpus: c.Parser, or the zero Parser when that is nil.
func (c *Corpus) parser() *Parser {
	if c.Parser == nil {
		return new(Parser)
	}
	return c.Parser
}

// stopped returns the error that stopped the corpus, or nil.
func (c *Corpus) stopped() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stop
}

// stoppedBefore reports whether a document before document i stopped the corpus.
func (c *Corpus) stoppedBefore(i int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stop != nil && c.stopAt < i
}

// Graph waits for the documents added so far to be parsed and returns the merge of the
// graphs of those that did not fail, as Parser.ParseAll describes it, with a nil error
// when none failed and a *CorpusError listing them when some did. It returns no graph,
// only an error, when the corpus was stopped: with the context's error when a document's
// parse was cancelled, and with Strict by the first failing document in the order they
// were added, its *DocError (or the context's error if that document was cancelled).
// More documents may be added after Graph, which returns a new graph each time.
//
// The merge takes what the corpus has collected rather than a copy of it, so that a
// large corpus is never in memory twice; the next Add, if any, copies it back.
func (c *Corpus) Graph() (*Graph, error) {
	c.wg.Wait()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stop != nil {
		return nil, c.stop
	}
	if c.merged == nil {
		c.merged = c.col.take(c.names)
		c.merged.lex = c.parser().lexicon()
	}
	// The people the documents name two ways, joined once all are merged (see
	// Graph.JoinSurnames), and the caps again: a join pools two actors' mentions.
	p := c.parser()
	g := c.merged.JoinSurnames().CapEvidence(p.MaxEvidence, p.MaxMentions)
	if len(c.failed) == 0 {
		return g, nil
	}
	failed := slices.Clone(c.failed)
	slices.SortFunc(failed, func(a, b *DocError) int { return a.Index - b.Index })
	return g, &CorpusError{Failed: failed, Total: c.n}
}

// collector merges graphs as a builder does, for a Corpus, but keeps its memory in
// proportion to what the documents say rather than to their length: it copies every
// string it keeps, so that no document's text stays reachable through a substring; it
// compacts duplicate aliases and roles as they come; and it keeps only the first
// maxEvidence pieces of evidence of each relation and maxMentions mentions of each actor,
// in their sorted order, when those caps are positive. Its zero value merges without caps.
type collector struct {
	maxEvidence, maxMentions int
	actors                   map[string]*collActor
	rels                     map[relKey]*Relation
	strs                     map[string]string // interned copies of the strings kept
	// Without a cap on mentions, the texts of the mentions kept packed, and the index of
	// each in texts.
	texts   []string
	textIDs map[string]uint32
}

// collActor is an actor being collected, with the lengths of its aliases and roles when
// they were last compacted. Without a cap on mentions, its mentions are in packed
// rather than in Mentions but for those packedMention cannot hold.
type collActor struct {
	Actor
	nAliases, nRoles int
	packed           []packedMention
}

// makeMaps makes the collector's maps on first use.
func (c *collector) makeMaps() {
	if c.actors == nil {
		c.actors = make(map[string]*collActor)
		c.rels = make(map[relKey]*Relation)
		c.strs = make(map[string]string)
	}
}

// intern returns a copy of s that shares no memory with the document s came from,
// the same copy for equal strings.
func (c *collector) intern(s string) string {
	if t, ok := c.strs[s]; ok {
		return t
	}
	t := strings.Clone(s)
	c.strs[t] = t
	return t
}

// addActor merges a copy of a, an actor of document doc (its index in the corpus),
// named name, into the collection: its mentions all name that document (see
// fullBefore).
func (c *collector) addActor(a *Actor, doc int, name string) {
	c.makeMaps()
	ca := c.actors[a.ID]
	if ca == nil {
		ca = &collActor{Actor: Actor{ID: c.intern(a.ID), Name: a.Name, Kind: a.Kind, Country: a.Country}}
		c.actors[ca.ID] = ca
	} else {
		// The rules for name, kind and country are Merge's; the lists are merged below.
		mergeActorInto(&ca.Actor, &Actor{Name: a.Name, Kind: a.Kind, Country: a.Country})
	}
	ca.Name, ca.Country = c.intern(ca.Name), c.intern(ca.Country)
	for _, s := range a.Aliases {
		ca.Aliases = append(ca.Aliases, c.intern(s))
	}
	if len(ca.Aliases) > 2*ca.nAliases+8 {
		slices.Sort(ca.Aliases)
		ca.Aliases = slices.Compact(ca.Aliases)
		ca.nAliases = len(ca.Aliases)
	}
	for _, r := range a.Roles {
		ca.Roles = append(ca.Roles, Role{Title: c.intern(r.Title), Of: c.intern(r.Of), Inferred: r.Inferred})
	}
	if len(ca.Roles) > 2*ca.nRoles+8 {
		ca.Roles = compactRoles(ca.Roles)
		ca.nRoles = len(ca.Roles)
	}
	// A mention's text is a substring of its document: interned, it keeps no document in
	// memory, and the surface forms of an actor repeat.
	internText := func(m Mention) Mention {
		m.Text = c.intern(m.Text)
		return m
	}
	if c.maxMentions <= 0 {
		for _, m := range a.Mentions {
			if p, ok := c.pack(m, doc, name); ok {
				ca.packed = append(ca.packed, p)
			} else {
				ca.Mentions = append(ca.Mentions, internText(m))
			}
		}
		return
	}
	if n := len(ca.Mentions); len(a.Mentions) > 0 && n > 0 && fullBefore(n, c.maxMentions, a.Mentions[0].Doc, ca.Mentions[n-1].Doc) {
		return
	}
	for _, m := range a.Mentions {
		ca.Mentions = insertFirst(ca.Mentions, m, c.maxMentions, compareMentions, internText)
	}
}

// fullBefore reports whether a capped list of mentions or evidence, n long, is full and
// its last element, of document last, sorts before everything of document doc. A
// collector is given one document's actors and relations at a time, whose mentions and
// evidence all name that document and sort by its name first, so none of them can then
// enter the list: one comparison rules them all out. Corpora are often added in the order
// of their names, and testing each mention and piece of evidence on its own was a tenth
// of ParseAll's work on one core.
func fullBefore(n, max int, doc, last string) bool {
	return n >= max && doc > last
}

// addRelation merges a copy of r, a document's relation, into the collection: its
// evidence all names one document (see fullBefore).
func (c *collector) addRelation(r *Relation) {
	c.makeMaps()
	src, dst := canonical(r.Type, r.Source, r.Target)
	k := relKey{r.Type, src, dst, r.Modality}
	cur := c.rels[k]
	if cur == nil {
		k.Source, k.Target = c.intern(src), c.intern(dst)
		cur = &Relation{Type: k.Type, Source: k.Source, Target: k.Target, Modality: k.Modality}
		c.rels[k] = cur
	}
	cur.widen(r)
	if c.maxEvidence <= 0 {
		// Evidence text is a substring of its document; with every piece of evidence
		// kept, sharing the document costs less than copying each sentence.
		cur.Evidence = append(cur.Evidence, r.Evidence...)
		return
	}
	if n := len(cur.Evidence); len(r.Evidence) > 0 && n > 0 && fullBefore(n, c.maxEvidence, r.Evidence[0].Doc, cur.Evidence[n-1].Doc) {
		return
	}
	for _, e := range r.Evidence {
		cur.Evidence = insertFirst(cur.Evidence, e, c.maxEvidence, compareEvidence, func(e Evidence) Evidence {
			e.Text, e.Rule = strings.Clone(e.Text), c.intern(e.Rule)
			return e
		})
	}
}

// insertFirst inserts v into s, which is sorted by cmp without duplicates and holds at
// most max elements, if v is not in s and is among the first max; the last element
// makes room for it. It inserts keep(v) instead when keep is not nil. (keep takes and
// returns a value: given a pointer to v, it made v escape, one allocation per call.)
func insertFirst[E any](s []E, v E, max int, cmp func(E, E) int, keep func(E) E) []E {
	i, found := slices.BinarySearchFunc(s, v, cmp)
	if found || i >= max {
		return s
	}
	if keep != nil {
		v = keep(v)
	}
	if len(s) >= max {
		s = s[:max-1]
	}
	return slices.Insert(s, i, v)
}

// moveTo moves everything collected so far into b, which then owns it, and leaves the
// collector empty but for the strings it interned. names are the names of the
// documents of the corpus, for the packed mentions.
func (c *collector) moveTo(b *builder, names []string) {
	for id, ca := range c.actors {
		c.unpack(ca, names)
		b.actors[id] = &ca.Actor
	}
	for k, r := range c.rels {
		b.rels[k] = r
	}
	c.actors, c.rels = nil, nil
}

// refillActor adds a copy of a, an actor of the graph made of what moveTo took from the
// collector, back to the collector: its lists are what the collector kept, sorted and
// compact, and its strings copies already.
func (c *collector) refillActor(a *Actor) {
	c.makeMaps()
	ca := &collActor{Actor: *a, nAliases: len(a.Aliases), nRoles: len(a.Roles)}
	ca.Aliases = slices.Clone(a.Aliases)
	ca.Roles = slices.Clone(a.Roles)
	ca.Mentions = slices.Clone(a.Mentions)
	c.actors[a.ID] = ca
}

// refillRelation is refillActor for a relation.
func (c *collector) refillRelation(r *Relation) {
	c.makeMaps()
	cur := *r
	cur.Evidence = slices.Clone(r.Evidence)
	c.rels[relKey{r.Type, r.Source, r.Target, r.Modality}] = &cur
}

// collectorShards is how many collectors a Corpus splits its merge into, by actor ID,
// each under a lock of its own, so that documents finished at once merge side by side:
// under one lock the merge was a sixth of ParseAll's work, which held two cores to 1.7
// times the rate of one.
const collectorShards = 32

// shardSeed seeds the hash that picks an actor's or relation's collector. The output does
// not depend on it: whatever the seed, all of an actor's or a relation's parts meet in one
// collector, and the graph sorts what the collectors hold.
var shardSeed = maphash.MakeSeed()

// shardedCollector is a collector in collectorShards parts: each actor goes to the part
// its ID hashes to, and each relation to the part of its source, so that the parts hold
// disjoint actors and relations and their union is what one collector would hold. The
// documents' warnings, a few at most, are kept apart. Its zero value merges without caps;
// it must not be copied.
type shardedCollector struct {
	shards [collectorShards]struct {
		mu  sync.Mutex
		col collector
	}
	warnMu   sync.Mutex
	warnings []Warning // in the order the documents came
}

// setCaps sets the caps of every part; see collector.
func (s *shardedCollector) setCaps(maxEvidence, maxMentions int) {
	for i := range s.shards {
		s.shards[i].col.maxEvidence, s.shards[i].col.maxMentions = maxEvidence, maxMentions
	}
}

// add merges copies of the actors, relations and warnings of b, those of document doc
// (its index in the corpus), named name, into the collection, so b may be reused. It
// may be called from several goroutines at once.
func (s *shardedCollector) add(b *builder, doc int, name string) {
	for _, a := range b.actors {
		sh := &s.shards[maphash.String(shardSeed, a.ID)%collectorShards]
		sh.mu.Lock()
		sh.col.addActor(a, doc, name)
		sh.mu.Unlock()
	}
	for _, r := range b.rels {
		src, _ := canonical(r.Type, r.Source, r.Target)
		sh := &s.shards[maphash.String(shardSeed, src)%collectorShards]
		sh.mu.Lock()
		sh.col.addRelation(r)
		sh.mu.Unlock()
	}
	if len(b.warnings) > 0 {
		s.warnMu.Lock()
		s.warnings = append(s.warnings, b.warnings...)
		s.warnMu.Unlock()
	}
}

// take returns the merge of everything collected so far as a new Graph, which takes the
// collected actors and relations without copying them: the collector is left empty but
// for the warnings. refill(take()) gives the collector back what it held. names are the
// names of the documents of the corpus, for the packed mentions.
func (s *shardedCollector) take(names []string) *Graph {
	var b builder
	n, m := 0, 0
	for i := range s.shards {
		n += len(s.shards[i].col.actors)
		m += len(s.shards[i].col.rels)
	}
	b.actors, b.rels = make(map[string]*Actor, n), make(map[relKey]*Relation, m)
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		sh.col.moveTo(&b, names)
		sh.mu.Unlock()
	}
	s.warnMu.Lock()
	b.warnings = slices.Clone(s.warnings) // graph sorts them
	s.warnMu.Unlock()
	return b.graph()
}

// refill gives the collector a copy of the actors and relations of g, a graph take
// returned, so that it can go on as if take had never been called.
func (s *shardedCollector) refill(g *Graph) {
	for _, a := range g.actors {
		sh := &s.shards[maphash.String(shardSeed, a.ID)%collectorShards]
		sh.mu.Lock()
		sh.col.refillActor(a)
		sh.mu.Unlock()
	}
	for _, r := range g.rels {
		sh := &s.shards[maphash.String(shardSeed, r.Source)%collectorShards] // canonical
		sh.mu.Lock()
		sh.col.refillRelation(r)
		sh.mu.Unlock()
	}
}

// CapEvidence returns the graph with at most maxEvidence pieces of evidence per relation
// and at most maxMentions mentions per actor, keeping the first in the order the lists
// are sorted in: by document name, then sentence or offset. A cap of zero or less keeps
// everything. It returns g itself when no list is over its cap.
//
// Capping changes nothing else: every actor and relation stays. Counts of mentions and
// evidence stop at the caps, though, and so do the choices that count them: which of two
// actors sharing an alias Graph.Actor returns, and which actors DOTOptions.MinMentions
// keeps.
func (g *Graph) CapEvidence(maxEvidence, maxMentions int) *Graph {
	if g == nil {
		return nil
	}
	over := func(n, max int) bool { return max > 0 && n > max }
	capped := func(n, max int) int {
		if over(n, max) {
			return max
		}
		return n
	}
	if !slices.ContainsFunc(g.actors, func(a *Actor) bool { return over(len(a.Mentions), maxMentions) }) &&
		!slices.ContainsFunc(g.rels, func(r *Relation) bool { return over(len(r.Evidence), maxEvidence) }) {
		return g
	}
	actors := make([]*Actor, len(g.actors))
	for i, a := range g.actors {
		if over(len(a.Mentions), maxMentions) {
			c := *a
			c.Mentions = slices.Clone(a.Mentions[:capped(len(a.Mentions), maxMentions)])
			a = &c
		}
		actors[i] = a
	}
	rels := make([]*Relation, len(g.rels))
	for i, r := range g.rels {
		if over(len(r.Evidence), maxEvidence) {
			c := *r
			c.Evidence = slices.Clone(r.Evidence[:capped(len(r.Evidence), maxEvidence)])
			r = &c
		}
		rels[i] = r
	}
	c := newGraph(actors, rels)
	c.warnings, c.lex = g.warnings, g.lex
	return c
}
