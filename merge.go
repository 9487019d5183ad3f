package actorgraph

import (
	"maps"
	"slices"
	"strings"
)

// Merge returns one graph holding every actor, relation and piece of evidence of the given
// graphs. Actors with the same ID become one actor; across documents, a person known only by
// a surname ("Trump") joins the one person whose full name ends in it ("Donald Trump").
// The result does not depend on the order of the arguments.
func Merge(graphs ...*Graph) *Graph {
	var b builder
	for _, g := range graphs {
		if g == nil {
			continue
		}
		for _, a := range g.actors {
			b.addActor(a)
		}
		for _, r := range g.rels {
			b.addRelation(r)
		}
	}
	return b.graph()
}

// builder accumulates actors and relations and turns them into a Graph. Its zero value is
// ready to use.
type builder struct {
	actors map[string]*Actor
	rels   map[relKey]*Relation
}

// addActor merges a copy of a into the actor with the same ID.
func (b *builder) addActor(a *Actor) {
	if b.actors == nil {
		b.actors = make(map[string]*Actor)
	}
	cur, ok := b.actors[a.ID]
	if !ok {
		c := *a
		c.Aliases = slices.Clone(a.Aliases)
		c.Roles = slices.Clone(a.Roles)
		c.Mentions = slices.Clone(a.Mentions)
		b.actors[a.ID] = &c
		return
	}
	mergeActorInto(cur, a)
}

// mergeActorInto adds everything known about src to dst, choosing names and kinds by rules
// that do not depend on the order of calls.
func mergeActorInto(dst, src *Actor) {
	if betterName(src.Name, dst.Name) {
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
	if b.rels == nil {
		b.rels = make(map[relKey]*Relation)
	}
	src, dst := canonical(r.Type, r.Source, r.Target)
	k := relKey{r.Type, src, dst, r.Modality}
	cur, ok := b.rels[k]
	if !ok {
		cur = &Relation{Type: r.Type, Source: src, Target: dst, Modality: r.Modality}
		b.rels[k] = cur
	}
	cur.Evidence = append(cur.Evidence, r.Evidence...)
}

// graph unifies surname-only people with their full names, normalizes every list and
// builds the indexed Graph.
func (b *builder) graph() *Graph {
	b.unifySurnames()
	actors := slices.Collect(maps.Values(b.actors))
	slices.SortFunc(actors, func(x, y *Actor) int { return strings.Compare(x.ID, y.ID) })
	for _, a := range actors {
		normalizeActor(a)
	}
	rels := slices.Collect(maps.Values(b.rels))
	slices.SortFunc(rels, func(x, y *Relation) int { return compareRelKeys(x.key(), y.key()) })
	for _, r := range rels {
		slices.SortFunc(r.Evidence, compareEvidence)
		r.Evidence = nonNil(slices.Compact(r.Evidence))
	}
	return newGraph(actors, rels)
}

// unifySurnames merges each person whose name is one word into the only person whose
// name ends in that word, and renames relation ends to match.
func (b *builder) unifySurnames() {
	bySurname := make(map[string][]string)
	for id, a := range b.actors {
		if a.Kind == Person && countWords(a.Name) > 1 {
			k := foldKey(lastWord(a.Name))
			bySurname[k] = append(bySurname[k], id)
		}
	}
	rename := make(map[string]string)
	for id, a := range b.actors {
		if a.Kind != Person || countWords(a.Name) != 1 {
			continue
		}
		if full := bySurname[foldKey(a.Name)]; len(full) == 1 {
			rename[id] = full[0]
		}
	}
	if len(rename) == 0 {
		return
	}
	for _, from := range slices.Sorted(maps.Keys(rename)) {
		mergeActorInto(b.actors[rename[from]], b.actors[from])
		delete(b.actors, from)
	}
	for _, a := range b.actors {
		for i, r := range a.Roles {
			if to, ok := rename[r.Of]; ok {
				a.Roles[i].Of = to
			}
		}
	}
	b.rename(rename)
}

// rename moves the relations of the actors in from to their new IDs, pooling evidence
// where relations become equal and dropping relations that would link an actor to itself.
func (b *builder) rename(from map[string]string) {
	if len(from) == 0 {
		return
	}
	old := b.rels
	b.rels = nil
	for _, k := range slices.SortedFunc(maps.Keys(old), compareRelKeys) {
		r := old[k]
		if to, ok := from[r.Source]; ok {
			r.Source = to
		}
		if to, ok := from[r.Target]; ok {
			r.Target = to
		}
		if r.Source != r.Target {
			b.addRelation(r)
		}
	}
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
