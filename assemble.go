package actorgraph

import (
	"cmp"
	"github.com/actorgraph/actorgraph/internal/dates"
	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/fold"
	"slices"
	"strings"
	"sync"
)

// This file is stage 7 of the pipeline, the last: after the stages of internal/extract
// have read a document, it assembles the document's actors and relations for its graph or
// a merge (see also merge.go).

// assembly turns what the stages found in a document (an extract.Doc) into actors and
// relations in its builder, for a graph or a merge. Its buffers are reused from document
// to document through assemblies.
type assembly struct {
	p    *Parser
	lex  *Lexicon
	doc  string
	text string

	x      extract.Doc       // the stages' work on the document
	actors map[string]*Actor // the document's actors by ID, until handed to b
	b      builder

	// Scratch, each buffer good until the next call that fills it.
	actorOf    []*Actor        // for assemble: by extract.Actor.N, the Actor made of it
	relationOf []*Relation     // for assemble: by extract.Relation.N, the Relation made of it
	used       map[string]bool // for usedActors: the actors relations name
	unnamed    []string        // for assemble: the IDs of the unnamed collectives

	date        Date              // the document's date (see documentDate)
	datelineEnd int               // where its dateline ends, or 0
	dates       [][]dates.Mention // for dateEvidence: the dates of each sentence, by index,
	datesRead   []bool            // when read
}

// assemblies recycles the buffers and maps of finished documents. An assembly in the pool
// holds nothing of its last document (see forget).
var assemblies = sync.Pool{New: func() any {
	st := new(assembly)
	st.forget() // makes the maps
	return st
}}

// newAssembly returns a cleared assembly from the pool. Call release when done.
func newAssembly(p *Parser, lex *Lexicon, doc, text string) *assembly {
	st := assemblies.Get().(*assembly)
	st.p, st.lex, st.doc, st.text = p, lex, doc, text
	return st
}

// release returns st to the pool. The graph built from it holds none of its buffers.
func (st *assembly) release() {
	st.p, st.lex, st.doc, st.text = nil, nil, "", ""
	st.x.Forget()
	st.forget()
	assemblies.Put(st)
}

// forget clears every pointer of st into a finished document, its text and its actors,
// keeping the buffers and maps.
func (st *assembly) forget() {
	st.actors = extract.ClearMap(st.actors)
	// The graph took the builder's actors, relations and warnings, not its maps.
	st.b.actors, st.b.rels = extract.ClearMap(st.b.actors), extract.ClearMap(st.b.rels)
	st.b.warnings, st.b.relBuf = nil, nil
	st.actorOf = extract.ClearSlice(st.actorOf)
	st.relationOf = extract.ClearSlice(st.relationOf)
	st.used = extract.ClearMap(st.used)
	st.unnamed = extract.ClearSlice(st.unnamed)
	st.date, st.datelineEnd = Date{}, 0
	st.dates, st.datesRead = extract.ClearSlice(st.dates), extract.ClearSlice(st.datesRead)
}

// assemble puts the actors and relations the stages found (st.x) into st.b, for a graph or a merge:
// surname-only people join their full names, roles without a principal give way to the
// same role with one, actors with an unknown kind and unnamed collectives that take part
// in nothing are dropped,
// and so are actors over the MaxActors limit (see capActors). Afterwards st.actors is
// empty, and st.b holds the document's actors; nothing of st.b refers to st.x.
func (st *assembly) assemble() {
	d := &st.x
	xs := d.Actors()
	st.actorOf = slices.Grow(st.actorOf[:0], len(xs))[:len(xs)]
	// The document's actors and relations are allocated together, not one by one: the
	// graph keeps them all.
	actors := make([]Actor, len(xs))
	for n, x := range xs {
		a := &actors[n]
		*a = Actor{ID: x.ID, Name: x.Name, Kind: Kind(x.Kind), Country: x.Country}
		st.actors[x.ID] = a
		st.actorOf[n] = a
		if x.Unnamed {
			st.unnamed = append(st.unnamed, x.ID)
		}
	}
	rels := d.Relations()
	st.relationOf = slices.Grow(st.relationOf[:0], len(rels))[:len(rels)]
	st.b.relBuf = make([]Relation, 0, len(rels))
	for _, x := range rels {
		st.relationOf[x.N] = st.b.addDistinct(RelationType(x.Type), x.Source, x.Target, Modality(x.Modality))
	}
	for _, w := range d.Warnings {
		st.b.warnings = append(st.b.warnings, Warning{Doc: st.doc, Limit: w.Limit, Offset: w.Offset, Max: w.Max, Got: w.Got})
	}
	extract.GiveAs(&d.Mentions, func(x *extract.Actor) *[]Mention { return &st.actorOf[x.N].Mentions }, func(m extract.Mention) Mention {
		return Mention{Doc: st.doc, Span: Span{Start: m.Start, End: m.End}, Text: st.text[m.Start:m.End]}
	})
	extract.GiveAs(&d.Evidence, func(x *extract.Relation) *[]Evidence { return &st.relationOf[x.N].Evidence }, func(e extract.Evidence) Evidence {
		return Evidence{Doc: st.doc, Sentence: e.Sentence, SentenceStart: e.SentenceStart, Span: Span{Start: e.Start, End: e.End}, Text: e.Text, Rule: e.Rule.String()}
	})
	st.dateEvidence()
	extract.GiveAs(&d.Aliases, func(x *extract.Actor) *[]string { return &st.actorOf[x.N].Aliases }, identity)
	extract.GiveAs(&d.Roles, func(x *extract.Actor) *[]Role { return &st.actorOf[x.N].Roles }, func(r extract.Role) Role { return Role{Title: r.Title, Of: r.Of, Inferred: inferredBy(r.By)} })
	st.joinActors(d.Joins())
	st.capActors() // first, so that an actor whose relations it drops is seen unused below
	// The actors relations name are gathered only for an actor that may go: most
	// documents have none.
	var used map[string]bool
	// An unnamed collective is an actor only when it takes part in a relation
	// (guidelines 3.9: "analysts say" names none).
	for _, id := range st.unnamed {
		if a := st.actors[id]; a != nil && len(a.Roles) == 0 {
			if used == nil {
				used = st.usedActors()
			}
			if !used[id] {
				delete(st.actors, id)
			}
		}
	}
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
	// The document's actors are made for its graph or merge alone, one for each ID: the
	// builder takes them with their map, and the document keeps the builder's empty one.
	st.b.actors, st.actors = st.actors, st.b.actors
}

// capActors keeps, when the document has more actors than MaxActors, the MaxActors
// first named in the text (by their first mention, then by ID), and the relations and
// roles that need no other; it records a Warning of the rest.
func (st *assembly) capActors() {
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
func (st *assembly) usedActors() map[string]bool {
	used := st.used // empty: forget cleared it
	for _, r := range st.b.rels {
		used[r.Source], used[r.Target] = true, true
	}
	return used
}

// joinActors merges the actors the document names two ways into one, as rename says (see
// extract.Doc.Joins), in the order of froms: people first named by surname alone into the
// full name the document gives later ("Trump" in a headline, "Donald Trump" in the text),
// an acronym into the body it stands for. The joined actor keeps its kind, or takes the
// other's when it has none.
func (st *assembly) joinActors(rename map[string]string, froms []string) {
	if len(rename) == 0 {
		return
	}
	for _, from := range froms {
		to, ok := rename[from]
		if !ok {
			continue
		}
		dst := st.actors[to]
		kind := dst.Kind
		mergeActorInto(dst, st.actors[from])
		if kind != "" {
			dst.Kind = kind
		}
		delete(st.actors, from)
	}
	// The document's relations are all in relationOf, and its actors in actorOf: slices,
	// quicker to go through than the maps. The actors joined into others are among them,
	// whose roles are copied already and go with them.
	st.b.rename(rename, st.relationOf)
	for _, a := range st.actorOf {
		for i, r := range a.Roles {
			if to, ok := rename[r.Of]; ok {
				a.Roles[i].Of = to
			}
		}
	}
}

// dropVagueRoles removes a role without a principal when the actor holds a role with the
// same head noun that has one ("security advisor" beside "national security advisor" of
// donald-trump), or a diplomat's title beside another diplomat's that has one: "Ambassador
// Gration" is how the text addresses the special envoy of the United States.
func (st *assembly) dropVagueRoles(a *Actor) {
	if len(a.Roles) < 2 {
		return // most actors: no role to give way to another
	}
	head := func(title string) string {
		if h, ok := st.lex.data().TitleHead(fold.Key(title)); ok {
			return h
		}
		return lastWord(title)
	}
	// Each titled mention adds its role: compact the copies first, or a long document
	// makes this quadratic in its mentions (seconds for 1 MB of news).
	a.Roles = compactRoles(a.Roles)
	a.Roles = slices.DeleteFunc(a.Roles, func(r Role) bool {
		return slices.ContainsFunc(a.Roles, func(o Role) bool {
			// The same office said with a principal, or at more length ("secretary"
			// beside "secretary of state"); the head nouns, which cost a fold and a
			// lookup each, only then.
			vaguer := r.Of == "" && o.Of != "" || r.Of == o.Of && len(o.Title) > len(r.Title) && strings.Contains(o.Title, r.Title)
			return vaguer && (head(o.Title) == head(r.Title) || r.Of == "" && st.sends(o.Title) && st.sends(r.Title))
		})
	})
}

// sends reports whether title is a diplomat's (Lexicon.TitleSends).
func (st *assembly) sends(title string) bool {
	return st.lex.data().TitleSends(fold.Key(title))
}

// identity returns s, for values that need no conversion.
func identity(s string) string { return s }

// inferredBy returns the name of rule r when it is an inferred rule, else "". It reads
// r's row: extract.Inferred builds its set from all the rows, for every role.
func inferredBy(r extract.Rule) string {
	if r < extract.NumRules && extract.Rules[r].Inferred {
		return extract.Rules[r].Name
	}
	return ""
}
