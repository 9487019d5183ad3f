package actorgraph

import (
	"context"
	"maps"
	"reflect"
	"slices"
	"sync"
	"testing"
)

// copyingJoin is JoinSurnames as it was before it shared what it does not change: every
// actor and relation copied into a builder first, and the joins made on the copies.
func copyingJoin(g *Graph) *Graph {
	var b builder
	for _, a := range g.actors {
		b.addActor(a)
	}
	for _, r := range g.rels {
		b.addRelation(r)
	}
	b.warnings = slices.Clone(g.warnings)
	lex := g.lexicon().data()
	b.joinGivenNames(lex)
	b.unifySurnames()
	b.joinShortForms(lex)
	j := b.graph()
	j.lex = g.lex
	return j
}

// joinCorpus returns the merge, not joined, of the articles parsed each on its own, under
// names that make them distinct documents: across them, people named by surname alone
// join full names, so JoinSurnames has work to do.
func joinCorpus(t *testing.T) *Graph {
	t.Helper()
	var graphs []*Graph
	for _, d := range corpusDocs(t, 2) {
		g, err := (&Parser{}).ParseDoc(context.Background(), d.name, d.text)
		if err != nil {
			t.Fatal(err)
		}
		graphs = append(graphs, g)
	}
	// Surnames alone, a given name that is a nickname, and a role held for one of them,
	// so that every kind of join meets actors and relations it must copy.
	extra := buildGraph([]*Actor{
		{ID: "zelensky", Name: "Zelensky", Kind: Person, Mentions: []Mention{{Doc: "x.txt", Span: Span{0, 8}, Text: "Zelensky"}}},
		{ID: "steve-witkoff", Name: "Steve Witkoff", Kind: Person},
		{ID: "aide", Name: "Aide", Kind: Person, Roles: []Role{{Title: "aide", Of: "zelensky"}}},
	}, []*Relation{
		{Type: MeetsWith, Source: "zelensky", Target: "steve-witkoff", Modality: Actual,
			Evidence: []Evidence{{Doc: "x.txt", Text: "Zelensky met Steve Witkoff.", Span: Span{0, 20}, Rule: "verb"}}},
	})
	return Merge(append(graphs, extra)...)
}

// TestJoinSurnamesShares checks that JoinSurnames, which copies only the actors and
// relations a join changes, gives the graph that copying all of them gave, and leaves
// the graph it joins as it was, even while others read it.
func TestJoinSurnamesShares(t *testing.T) {
	m := joinCorpus(t)
	before := writeJSON(t, m)
	want := writeJSON(t, copyingJoin(m))
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() { // reads every list of m while it is joined: the race detector checks
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			for _, a := range m.actors {
				_ = slices.Clone(a.Roles)
				_ = slices.Clone(a.Mentions)
			}
			for _, r := range m.rels {
				_ = slices.Clone(r.Evidence)
			}
		}
	}()
	j := m.JoinSurnames()
	close(stop)
	wg.Wait()
	if j == m {
		t.Fatal("nobody joined: the test joins nothing")
	}
	if got := writeJSON(t, j); string(got) != string(want) {
		t.Errorf("JoinSurnames differs from joining a copy:\n%s", corpusDiff(string(want), string(got)))
	}
	if got := writeJSON(t, m); string(got) != string(before) {
		t.Errorf("JoinSurnames changed the graph it joined:\n%s", corpusDiff(string(before), string(got)))
	}
	// What is shared is what did not change.
	old := maps.Collect(func(yield func(string, *Actor) bool) {
		for _, a := range m.actors {
			yield(a.ID, a)
		}
	})
	shared := 0
	for _, a := range j.actors {
		if old[a.ID] == a {
			shared++
		}
	}
	if shared == 0 || shared == len(j.actors) {
		t.Errorf("%d of %d actors shared with the joined graph, want some but not all", shared, len(j.actors))
	}
}

// TestCorpusGraphAgainCapped is TestCorpusGraphAgain with caps, which the collector
// keeps its lists under: Graph takes them, and the next Add must give them back as
// they were. Graph twice in a row gives the same graph.
func TestCorpusGraphAgainCapped(t *testing.T) {
	docs := corpusDocs(t, 2)
	p := Parser{MaxEvidence: 2, MaxMentions: 3}
	c := Corpus{Parser: &p}
	half := len(docs) / 2
	add := func(docs []corpusDoc) {
		for _, d := range docs {
			if err := c.Add(context.Background(), d.name, d.text); err != nil {
				t.Fatal(err)
			}
		}
	}
	graph := func() string {
		g, err := c.Graph()
		if err != nil {
			t.Fatal(err)
		}
		return corpusJSON(t, g)
	}
	add(docs[:half])
	first := graph()
	if want := corpusJSON(t, mergeSequential(t, &p, docs[:half])); first != want {
		t.Fatalf("first half differs:\n%s", corpusDiff(want, first))
	}
	if again := graph(); again != first {
		t.Errorf("Graph twice gave two graphs:\n%s", corpusDiff(first, again))
	}
	add(docs[half:])
	if want, got := corpusJSON(t, mergeSequential(t, &p, docs)), graph(); got != want {
		t.Errorf("whole corpus differs:\n%s", corpusDiff(want, got))
	}
}

// TestPackedMentionFields fails when Mention or Span gains or loses a field: a Corpus
// without a cap on mentions keeps them as packedMention, which must then keep it too.
func TestPackedMentionFields(t *testing.T) {
	fields := func(typ reflect.Type) []string {
		var names []string
		for i := range typ.NumField() {
			names = append(names, typ.Field(i).Name+" "+typ.Field(i).Type.String())
		}
		return names
	}
	if got, want := fields(reflect.TypeFor[Mention]()), []string{"Doc string", "Span actorgraph.Span", "Text string"}; !slices.Equal(got, want) {
		t.Errorf("Mention has fields %q, want %q: update packedMention, pack and unpack", got, want)
	}
	if got, want := fields(reflect.TypeFor[Span]()), []string{"Start int", "End int"}; !slices.Equal(got, want) {
		t.Errorf("Span has fields %q, want %q: update packedMention, pack and unpack", got, want)
	}
}
