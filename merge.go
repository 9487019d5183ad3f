package actorgraph

import (
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/fold"
	"maps"
	"slices"
	"strings"
)

// Merge returns one graph holding every actor, relation, piece of evidence and Warning of
// the given graphs: actors with the same ID become one actor, and relations with the same type, ends
// and modality one relation with the evidence of all. Nothing is lost, and the result does
// not depend on the order or the grouping of the arguments: Merge is commutative and
// associative, and merging a graph with itself, or with its own JSON read back, gives the
// graph again.
//
// Merge joins actors by ID only. To join a person known only by a surname in one document
// ("Trump") to a full name from another ("Donald Trump"), call JoinSurnames on the merge of
// all the documents.
//
// The merge keeps the lexicon of its graphs, for Graph.WhoHolds, when they were all parsed
// with the same one, and uses DefaultLexicon otherwise.
func Merge(graphs ...*Graph) *Graph {
	var b builder
	var lex *Lexicon // the graphs' lexicon while they share one
	mixed := false
	for _, g := range graphs {
		if g == nil {
			continue
		}
		if lex == nil {
			lex = g.lexicon()
		} else if g.lexicon() != lex {
			mixed = true
		}
		for _, a := range g.actors {
			b.addActor(a)
		}
		for _, r := range g.rels {
			b.addRelation(r)
		}
		b.warnings = append(b.warnings, g.warnings...)
	}
	m := b.graph()
	if !mixed {
		m.lex = lex
	}
	return m
}

// builder accumulates actors and relations and turns them into a Graph. Its zero value is
// ready to use.
type builder struct {
	actors   map[string]*Actor
	rels     map[relKey]*Relation
	warnings []Warning
	// relBuf holds the relations relation makes, many to an allocation: it only grows,
	// into a new array when full, so that the relations made before never move.
	relBuf []Relation
	// cow, when not nil, says that the builder was made of a graph's actors and
	// relations, taken without a copy (see JoinSurnames), and holds those the builder
	// made or copied since: it copies any other before it changes it (copy on write),
	// and graph leaves the others as they are, normal already.
	cow *owned
}

// owned holds the actors and relations a builder made or copied itself.
type owned struct {
	actors map[*Actor]bool
	rels   map[*Relation]bool
}

// sharedActor reports whether a belongs to the graph the builder was made of.
func (b *builder) sharedActor(a *Actor) bool { return b.cow != nil && !b.cow.actors[a] }

// sharedRelation reports whether r belongs to the graph the builder was made of.
func (b *builder) sharedRelation(r *Relation) bool { return b.cow != nil && !b.cow.rels[r] }

// ownActor returns the builder's actor id, ready to change: a copy of it, which takes its
// place, if it belongs to the graph the builder was made of.
func (b *builder) ownActor(id string) *Actor {
	a := b.actors[id]
	if !b.sharedActor(a) {
		return a
	}
	c := *a
	c.Aliases = slices.Clone(a.Aliases)
	c.Roles = slices.Clone(a.Roles)
	c.Mentions = slices.Clone(a.Mentions)
	b.actors[id] = &c
	b.cow.actors[&c] = true
	return &c
}

// addActor merges a copy of a into the actor with the same ID.
func (b *builder) addActor(a *Actor) {
	if cur, ok := b.actors[a.ID]; ok {
		mergeActorInto(cur, a)
		return
	}
	c := *a
	c.Aliases = slices.Clone(a.Aliases)
	c.Roles = slices.Clone(a.Roles)
	c.Mentions = slices.Clone(a.Mentions)
	if b.actors == nil {
		b.actors = make(map[string]*Actor)
	}
	b.actors[a.ID] = &c
}

// mergeActorInto adds everything known about src to dst, choosing names and kinds by rules
// that do not depend on the order of calls.
func mergeActorInto(dst, src *Actor) {
	if fold.BetterName(src.Name, dst.Name) {
		dst.Name = src.Name
	}
	if dst.Kind == "" || src.Kind != "" && src.Kind < dst.Kind {
		dst.Kind = src.Kind
	}
	if dst.Country == "" || src.Country != "" && src.Country < dst.Country {
		dst.Country = src.Country
	}
	dst.Aliases = append(dst.Aliases, src.Aliases...)
	dst.Roles = append(dst.Roles, src.Roles...)
	dst.Mentions = append(dst.Mentions, src.Mentions...)
}

// addRelation merges a copy of r into the relation with the same type, ends and modality.
func (b *builder) addRelation(r *Relation) {
	cur := b.relation(r.Type, r.Source, r.Target, r.Modality)
	cur.Evidence = append(cur.Evidence, r.Evidence...)
	cur.widen(r)
}

// relation returns the builder's relation with the given type, ends and modality, ready
// to take evidence: it adds one without evidence if there is none yet, and copies one of
// the graph the builder was made of.
func (b *builder) relation(t RelationType, src, dst string, m Modality) *Relation {
	if b.rels == nil {
		b.rels = make(map[relKey]*Relation)
	}
	src, dst = canonical(t, src, dst)
	k := relKey{t, src, dst, m}
	cur, ok := b.rels[k]
	switch {
	case !ok:
		if len(b.relBuf) == cap(b.relBuf) {
			b.relBuf = make([]Relation, 0, relBufSize)
		}
		b.relBuf = append(b.relBuf, Relation{Type: t, Source: src, Target: dst, Modality: m})
		cur = &b.relBuf[len(b.relBuf)-1]
		b.rels[k] = cur
	case b.sharedRelation(cur):
		c := *cur
		c.Evidence = slices.Clone(cur.Evidence)
		cur = &c
		b.rels[k] = cur
	default:
		return cur
	}
	if b.cow != nil {
		b.cow.rels[cur] = true
	}
	return cur
}

// addDistinct adds a relation with the given type, ends and modality, which the builder
// does not hold yet and whose ends are in canonical order, and returns it. A document's
// relations are distinct and canonical already (extract.Doc.relation): assemble adds
// them with one map assignment instead of the reordering, lookup and assignment of
// relation, which were 2% of a parse.
func (b *builder) addDistinct(t RelationType, src, dst string, m Modality) *Relation {
	if b.rels == nil {
		b.rels = make(map[relKey]*Relation)
	}
	if len(b.relBuf) == cap(b.relBuf) {
		b.relBuf = make([]Relation, 0, relBufSize)
	}
	b.relBuf = append(b.relBuf, Relation{Type: t, Source: src, Target: dst, Modality: m})
	cur := &b.relBuf[len(b.relBuf)-1]
	b.rels[relKey{t, src, dst, m}] = cur
	return cur
}

// relBufSize is how many relations builder.relation allocates at once when its caller
// has not said how many it needs.
const relBufSize = 8

// JoinSurnames returns the graph with the people it names two ways joined: two full names
// with the same surname whose given names are one name (equal, a nickname of the other
// in nicknames.tsv, or its initial: "Steve Witkoff" and "Steven Witkoff"), when every
// pair of such names agrees; then each person named by one word only ("Trump") and the
// one person whose full name ends in that word ("Donald Trump"), if there is exactly one;
// then each person named by a short form of a full name with two surnames ("Cartes",
// "Horacio Cartes" or "Cartes Jara") and the one person with that full name ("Horacio
// Manuel Cartes Jara"). The joined person takes the other's aliases, mentions and roles, and its relations,
// except those between the two, which would link the person to itself and are dropped. It
// returns g itself when there is nobody to join, and otherwise a graph that shares with
// g the actors and relations no join changes. ParseAll and Corpus.Graph join by
// default; Merge never does.
//
// The parser does this within each document. Across documents it is a step of its own,
// because whether a surname is unique depends on every person known: "Trump" joins "Donald
// Trump" in the merge of two documents but not once a third names Eric Trump, and a join
// cannot be undone. That is why Merge never joins; call JoinSurnames once, on the merge of
// all documents, as the actorgraph command does. JoinSurnames(JoinSurnames(g)) equals
// JoinSurnames(g).
func (g *Graph) JoinSurnames() *Graph {
	if g == nil {
		return nil
	}
	// The builder takes the graph's actors and relations as they are, and copies only
	// those a join changes: copying them all was most of the time and memory of joining
	// a large corpus, where few actors join.
	b := builder{
		actors:   make(map[string]*Actor, len(g.actors)),
		rels:     make(map[relKey]*Relation, len(g.rels)),
		warnings: slices.Clone(g.warnings),
		cow:      &owned{actors: make(map[*Actor]bool), rels: make(map[*Relation]bool)},
	}
	for _, a := range g.actors {
		b.actors[a.ID] = a
	}
	for _, r := range g.rels { // a graph's relations are canonical and distinct
		b.rels[relKey{r.Type, r.Source, r.Target, r.Modality}] = r
	}
	lex := g.lexicon().data()
	given := b.joinGivenNames(lex)
	surnames := b.unifySurnames()
	if !b.joinShortForms(lex) && !surnames && !given {
		return g
	}
	j := b.graph()
	j.lex = g.lex
	return j
}

// graph normalizes every list and builds the indexed Graph. It joins no actors: see
// unifySurnames.
func (b *builder) graph() *Graph {
	// Sized once: collecting into a growing slice was 3% of parsing small documents.
	actors := slices.AppendSeq(make([]*Actor, 0, len(b.actors)), maps.Values(b.actors))
	slices.SortFunc(actors, func(x, y *Actor) int { return strings.Compare(x.ID, y.ID) })
	for _, a := range actors {
		if !b.sharedActor(a) { // a graph's actors are normal already
			normalizeActor(a)
		}
	}
	rels := slices.AppendSeq(make([]*Relation, 0, len(b.rels)), maps.Values(b.rels))
	slices.SortFunc(rels, compareRelations)
	for _, r := range rels {
		if b.sharedRelation(r) {
			continue
		}
		if len(r.Evidence) > 1 { // most relations have one piece, sorted and compact already
			slices.SortFunc(r.Evidence, compareEvidence)
			r.Evidence = slices.Compact(r.Evidence)
		}
		r.Evidence = nonNil(r.Evidence)
		r.seen() // for a relation read from JSON without its dates, or with others
	}
	g := newGraph(actors, rels)
	if len(b.warnings) > 0 {
		slices.SortFunc(b.warnings, compareWarnings)
		g.warnings = slices.Compact(b.warnings)
	}
	return g
}

// fullNamesBySurname returns the IDs of the people with a name of several words, by the
// fold key of its last word.
func (b *builder) fullNamesBySurname() map[string][]string {
	bySurname := make(map[string][]string)
	for id, a := range b.actors {
		if a.Kind == Person && fold.CountWords(a.Name) > 1 {
			k := fold.Key(lastWord(a.Name))
			bySurname[k] = append(bySurname[k], id)
		}
	}
	return bySurname
}

// joinGivenNames merges the people whose full names share a surname and whose given names
// lex says are one name, when every two of them agree, into the one with the best name.
// It reports whether it merged anyone.
func (b *builder) joinGivenNames(lex *extract.Lexicon) bool {
	bySurname := b.fullNamesBySurname()
	rename := make(map[string]string)
	for _, ids := range bySurname {
		if len(ids) < 2 {
			continue
		}
		slices.Sort(ids)
		given := func(id string) string { return fold.Key(firstWord(b.actors[id].Name)) }
		agree := true
		for i := 0; i < len(ids) && agree; i++ {
			for j := i + 1; j < len(ids) && agree; j++ {
				agree = lex.SameGivenName(given(ids[i]), given(ids[j]))
			}
		}
		if !agree {
			continue
		}
		best := ids[0]
		for _, id := range ids[1:] {
			if fold.BetterName(b.actors[id].Name, b.actors[best].Name) {
				best = id
			}
		}
		for _, id := range ids {
			if id != best {
				rename[id] = best
			}
		}
	}
	b.join(rename)
	return len(rename) > 0
}

// unifySurnames merges each person whose name is one word into the only person whose
// name ends in that word, and renames relation ends to match. It reports whether it
// merged anyone.
func (b *builder) unifySurnames() bool {
	bySurname := b.fullNamesBySurname()
	rename := make(map[string]string)
	for id, a := range b.actors {
		if a.Kind != Person || fold.CountWords(a.Name) != 1 {
			continue
		}
		if full := bySurname[fold.Key(a.Name)]; len(full) == 1 {
			rename[id] = full[0]
		}
	}
	b.join(rename)
	return len(rename) > 0
}

// joinShortForms merges each person named by a short form of one person's full name with
// a given name and two surnames (Lexicon.ShortForms: "Cartes", "Horacio Cartes" or "Cartes
// Jara" for Horacio Manuel Cartes Jara) into that person, when exactly one full name has
// the form and, for a surname alone, no other name ends in it. It reports whether it
// merged anyone.
func (b *builder) joinShortForms(lex *extract.Lexicon) bool {
	byForm := make(map[string][]string) // short form → the people whose full name has it
	for id, a := range b.actors {
		if a.Kind == Person {
			for _, f := range lex.ShortForms(a.Name) {
				byForm[f] = append(byForm[f], id)
			}
		}
	}
	if len(byForm) == 0 {
		return false
	}
	bySurname := b.fullNamesBySurname()
	rename := make(map[string]string)
	for id, a := range b.actors {
		n := fold.CountWords(a.Name)
		if a.Kind != Person || n > 2 {
			continue
		}
		k := fold.Key(a.Name)
		if full := byForm[k]; len(full) == 1 && full[0] != id && (n == 2 || len(bySurname[k]) == 0) {
			rename[id] = full[0]
		}
	}
	b.join(rename)
	return len(rename) > 0
}

// join merges each actor that rename maps into the actor it names, in the order of ID,
// and moves their relations and the roles held for them.
func (b *builder) join(rename map[string]string) {
	if len(rename) == 0 {
		return
	}
	for _, from := range slices.Sorted(maps.Keys(rename)) {
		mergeActorInto(b.ownActor(rename[from]), b.actors[from])
		delete(b.actors, from)
	}
	renamed := func(r Role) bool { _, ok := rename[r.Of]; return ok }
	for id, a := range b.actors {
		if !slices.ContainsFunc(a.Roles, renamed) {
			continue
		}
		a = b.ownActor(id) // replaces the value of a key of the map: allowed in a range
		for i, r := range a.Roles {
			if to, ok := rename[r.Of]; ok {
				a.Roles[i].Of = to
			}
		}
	}
	b.rename(rename, slices.Collect(maps.Values(b.rels)))
}

// rename moves the relations of the actors in from to their new IDs, pooling evidence
// where relations become equal and dropping relations that would link an actor to itself.
// Only the relations with a renamed end move; the order in which they move does not
// matter, since graph sorts all evidence. rels are the builder's relations, each held in
// b.rels under the key its fields make: a slice of them, which assemble has at hand, is
// quicker to go through than the map.
func (b *builder) rename(from map[string]string, rels []*Relation) {
	if len(from) == 0 {
		return
	}
	// A document renames a few actors, and most relations name none of them: a comparison
	// with each of their IDs rules a relation out for less than two map lookups.
	var few [8]string
	ids, small := few[:0], len(from) <= len(few)
	if small {
		for id := range from {
			ids = append(ids, id)
		}
	}
	var moved []*Relation
	for _, r := range rels {
		if small && !slices.Contains(ids, r.Source) && !slices.Contains(ids, r.Target) {
			continue
		}
		src, renameSrc := from[r.Source]
		dst, renameDst := from[r.Target]
		if !renameSrc && !renameDst {
			continue
		}
		delete(b.rels, relKey{r.Type, r.Source, r.Target, r.Modality})
		if b.sharedRelation(r) {
			// Only its ends change: addRelation below copies its evidence into a
			// relation of the builder's own.
			c := *r
			r = &c
		}
		if renameSrc {
			r.Source = src
		}
		if renameDst {
			r.Target = dst
		}
		moved = append(moved, r)
	}
	for _, r := range moved {
		if r.Source != r.Target {
			b.addRelation(r)
		}
	}
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
