package actorgraph

import (
	"bytes"
	"context"
	"fmt"
	"github.com/actorgraph/actorgraph/internal/fold"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// randomGraph builds a graph from a small vocabulary, so that graphs made with different
// seeds share actors, names, surnames, aliases, roles, relations and evidence: one-word
// people beside full names with that surname (one or several), the same ID with different
// kinds and names, symmetric relations both ways round, duplicated evidence.
func randomGraph(r *rand.Rand) *Graph {
	given := []string{"Donald", "Eric", "Vladimir", "Ivanka", "Marco"}
	surnames := []string{"Trump", "Putin", "Rubio"}
	orgs := []string{"Kremlin", "Hamas", "NATO", "United States", "Russia"}
	kinds := []Kind{Person, Organization, Country, Group, ""}
	docs := []string{"a.txt", "b.txt", "c.txt"}
	pick := func(list []string) string { return list[r.IntN(len(list))] }

	var actors []*Actor
	ids := map[string]bool{}
	add := func(name string, kind Kind) {
		a := &Actor{ID: fold.Slug(name), Name: name, Kind: kind}
		if ids[a.ID] {
			return
		}
		ids[a.ID] = true
		for range r.IntN(3) {
			a.Aliases = append(a.Aliases, pick([]string{name, strings.ToUpper(name), "the " + name, lastWord(name)}))
		}
		for range r.IntN(2) {
			a.Roles = append(a.Roles, Role{Title: pick([]string{"president", "envoy", "spokesman"}), Of: pick([]string{"", "russia", "united-states", "kremlin"})})
		}
		for range r.IntN(3) {
			start := r.IntN(50)
			a.Mentions = append(a.Mentions, Mention{Doc: pick(docs), Span: Span{start, start + 1 + r.IntN(5)}})
		}
		if kind == Organization && r.IntN(2) == 0 {
			a.Country = pick([]string{"russia", "united-states"})
		}
		actors = append(actors, a)
	}
	for range 1 + r.IntN(6) {
		switch r.IntN(4) {
		case 0:
			add(pick(surnames), []Kind{Person, Person, ""}[r.IntN(3)]) // a one-word person
		case 1, 2:
			add(pick(given)+" "+pick(surnames), Person)
		default:
			add(pick(orgs), kinds[r.IntN(len(kinds))])
		}
	}
	var rels []*Relation
	types, modalities := RelationTypes(), Modalities()
	for range r.IntN(8) {
		src, dst := actors[r.IntN(len(actors))], actors[r.IntN(len(actors))]
		rel := &Relation{Type: types[r.IntN(len(types))], Source: src.ID, Target: dst.ID,
			Modality: modalities[r.IntN(len(modalities))]}
		for range r.IntN(3) {
			start := r.IntN(50)
			rel.Evidence = append(rel.Evidence, Evidence{Doc: pick(docs), Sentence: r.IntN(3), SentenceStart: start, Span: Span{start, start + 3},
				Text: pick([]string{"Trump met Putin.", "Talks went on."}), Rule: pick([]string{"verb", "role"})})
		}
		rels = append(rels, rel)
	}
	return buildGraph(actors, rels)
}

// mergeJSON returns the JSON of Merge(gs...).
func mergeJSON(t *testing.T, gs ...*Graph) []byte {
	t.Helper()
	return writeJSON(t, Merge(gs...))
}

// TestMergeProperties checks over many random graphs that Merge is commutative and
// associative (equal JSON bytes), that merging a graph with itself or with its own JSON
// read back changes nothing, and that the merge keeps every actor, alias, mention, role,
// relation and piece of evidence of its inputs.
func TestMergeProperties(t *testing.T) {
	const rounds = 300 // the first failures, before the fix, came in the first rounds
	r := rand.New(rand.NewPCG(1, 2))
	for round := range rounds {
		a, b, c := randomGraph(r), randomGraph(r), randomGraph(r)
		fail := func(format string, args ...any) {
			t.Helper()
			t.Fatalf("round %d: "+format+"\ninputs:\n%s\n%s\n%s", append([]any{round}, append(args,
				writeJSON(t, a), writeJSON(t, b), writeJSON(t, c))...)...)
		}
		abc := mergeJSON(t, a, b, c)
		for _, order := range [][]*Graph{{a, c, b}, {b, a, c}, {b, c, a}, {c, a, b}, {c, b, a}} {
			if got := mergeJSON(t, order...); !bytes.Equal(abc, got) {
				fail("Merge is not commutative:\n%s", cmp.Diff(string(abc), string(got)))
			}
		}
		for name, got := range map[string][]byte{
			"(a b) c": mergeJSON(t, Merge(a, b), c),
			"a (b c)": mergeJSON(t, a, Merge(b, c)),
			"(a c) b": mergeJSON(t, Merge(a, c), b),
		} {
			if !bytes.Equal(abc, got) {
				fail("Merge is not associative: %s differs from (a b c):\n%s", name, cmp.Diff(string(abc), string(got)))
			}
		}

		m := Merge(a, b, c)
		back, err := ReadJSON(bytes.NewReader(abc))
		if err != nil {
			fail("ReadJSON: %v", err)
		}
		for name, got := range map[string][]byte{
			"ReadJSON(m)":            writeJSON(t, back),
			"Merge(m)":               mergeJSON(t, m),
			"Merge(m, m)":            mergeJSON(t, m, m),
			"Merge(m, ReadJSON(m))":  mergeJSON(t, m, back),
			"Merge(m, a)":            mergeJSON(t, m, a),
			"Merge(nil, m, Merge())": mergeJSON(t, nil, m, Merge()),
		} {
			if !bytes.Equal(abc, got) {
				fail("%s differs from m = Merge(a, b, c):\n%s", name, cmp.Diff(string(abc), string(got)))
			}
		}

		for i, in := range []*Graph{a, b, c} {
			if err := keepsAll(m, in); err != nil {
				fail("input %d: %v", i, err)
			}
		}

		j := m.JoinSurnames()
		if got := writeJSON(t, j.JoinSurnames()); !bytes.Equal(writeJSON(t, j), got) {
			fail("JoinSurnames is not idempotent:\n%s", cmp.Diff(string(writeJSON(t, j)), string(got)))
		}
		if got := writeJSON(t, Merge(c, b, a).JoinSurnames()); !bytes.Equal(writeJSON(t, j), got) {
			fail("JoinSurnames of a merge depends on the order of its inputs")
		}
	}
}

// keepsAll reports what of in the merged graph m lacks: every actor, with its name as a
// name or alias, its aliases, mentions and roles (a role without a principal may give way
// to the same title with one); every relation, and every piece of its evidence.
func keepsAll(m, in *Graph) error {
	for a := range in.Actors() {
		got := m.actorByID(a.ID)
		if got == nil {
			return fmt.Errorf("actor %q is lost", a.ID)
		}
		if got.Name != a.Name && !fold.BetterName(got.Name, a.Name) {
			return fmt.Errorf("actor %q: name %q replaced by the worse %q", a.ID, a.Name, got.Name)
		}
		for _, al := range a.Aliases {
			if !slices.Contains(got.Aliases, al) {
				return fmt.Errorf("actor %q: alias %q is lost", a.ID, al)
			}
		}
		for _, mn := range a.Mentions {
			if !slices.Contains(got.Mentions, mn) {
				return fmt.Errorf("actor %q: mention %v is lost", a.ID, mn)
			}
		}
		for _, ro := range a.Roles {
			if !slices.ContainsFunc(got.Roles, func(o Role) bool { return o == ro || ro.Of == "" && o.Title == ro.Title }) {
				return fmt.Errorf("actor %q: role %+v is lost", a.ID, ro)
			}
		}
	}
	for r := range in.Relations(Filter{}) {
		var got *Relation
		for x := range m.Relations(Filter{Types: []RelationType{r.Type}, Source: r.Source, Target: r.Target, Modalities: []Modality{r.Modality}}) {
			if x.Source == r.Source && x.Target == r.Target {
				got = x
			}
		}
		if got == nil {
			return fmt.Errorf("relation %s %s %s %s is lost", r.Source, r.Type, r.Target, r.Modality)
		}
		for _, e := range r.Evidence {
			if !slices.Contains(got.Evidence, e) {
				return fmt.Errorf("relation %s %s %s: evidence %+v is lost", r.Source, r.Type, r.Target, e)
			}
		}
	}
	return nil
}

// TestMergeShuffled merges the graphs of the bundled articles in many orders, each also
// split into nested merges, and wants the same bytes every time.
func TestMergeShuffled(t *testing.T) {
	texts := bundledTexts(t)
	var p Parser
	var graphs []*Graph
	for _, name := range slices.Sorted(maps.Keys(texts)) {
		g, err := p.ParseDoc(t.Context(), name, texts[name])
		if err != nil {
			t.Fatal(err)
		}
		graphs = append(graphs, g)
	}
	want := mergeJSON(t, graphs...)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 20 {
		order := slices.Clone(graphs)
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		cut := r.IntN(len(order) + 1)
		var got []byte
		if i%2 == 0 {
			got = mergeJSON(t, order...)
		} else {
			got = mergeJSON(t, Merge(order[:cut]...), Merge(order[cut:]...))
		}
		if !bytes.Equal(want, got) {
			t.Fatalf("order %d (cut at %d) gave other bytes:\n%s", i, cut, cmp.Diff(string(want), string(got)))
		}
	}
}

// TestMergeSurnames shows why Merge joins no one by surname, and what JoinSurnames does
// instead: whether "Trump" is Donald Trump depends on every document, and a join made
// when two documents are merged could not be undone when a third names Eric Trump.
func TestMergeSurnames(t *testing.T) {
	person := func(id, name, doc string) *Graph {
		return buildGraph([]*Actor{
			{ID: id, Name: name, Kind: Person, Aliases: []string{name}, Mentions: []Mention{{Doc: doc, Span: Span{0, len(name)}}}},
			{ID: "russia", Name: "Russia", Kind: Country},
		}, []*Relation{{Type: MeetsWith, Source: id, Target: "russia", Modality: Actual,
			Evidence: []Evidence{{Doc: doc, Span: Span{0, len(name)}, Text: name + " met Russia.", Rule: "verb"}}}})
	}
	trump := person("trump", "Trump", "a.txt")
	donald := person("donald-trump", "Donald Trump", "b.txt")
	eric := person("eric-trump", "Eric Trump", "c.txt")

	ids := func(g *Graph) []string {
		var out []string
		for a := range g.Actors() {
			out = append(out, a.ID)
		}
		return out
	}
	abc := mergeJSON(t, trump, donald, eric)
	for _, nested := range [][]byte{mergeJSON(t, Merge(trump, donald), eric), mergeJSON(t, Merge(trump, eric), donald)} {
		if !bytes.Equal(abc, nested) {
			t.Errorf("nested merge differs:\n%s", cmp.Diff(string(abc), string(nested)))
		}
	}
	if got, want := ids(Merge(trump, donald)), []string{"donald-trump", "russia", "trump"}; !slices.Equal(got, want) {
		t.Errorf("Merge(Trump, Donald Trump) has actors %q, want %q", got, want)
	}

	joined := Merge(trump, donald).JoinSurnames()
	if got, want := ids(joined), []string{"donald-trump", "russia"}; !slices.Equal(got, want) {
		t.Errorf("JoinSurnames: actors %q, want %q", got, want)
	}
	dt := joined.Actor("donald-trump")
	if !slices.Contains(dt.Aliases, "Trump") || len(dt.Mentions) != 2 {
		t.Errorf("Donald Trump did not take Trump's aliases and mentions: %+v", dt)
	}
	if n := len(slices.Collect(joined.Relations(Filter{Source: "donald-trump"}))); n != 1 {
		t.Errorf("%d relations from Donald Trump, want the pooled one", n)
	}
	for r := range joined.Relations(Filter{}) {
		if len(r.Evidence) != 2 {
			t.Errorf("relation %+v lost evidence in the join", r)
		}
	}

	ambiguous := Merge(trump, donald, eric)
	if got := ambiguous.JoinSurnames(); got != ambiguous {
		t.Errorf("JoinSurnames joined an ambiguous surname: actors %q", ids(got))
	}
	if got := joined.JoinSurnames(); got != joined {
		t.Errorf("JoinSurnames of a joined graph made a new graph")
	}
	if (*Graph)(nil).JoinSurnames() != nil {
		t.Errorf("JoinSurnames of nil is not nil")
	}
}

// TestMergeSameDocName checks that Merge stays commutative when two documents share a
// name (Parse names every document ""): mentions at the same span differ by their text.
func TestMergeSameDocName(t *testing.T) {
	a := parseText(t, "Russia attacked Ukraine on Monday.")
	b := parseText(t, "RUSSIA attacked UKRAINE on Monday.")
	ab, ba := writeJSON(t, Merge(a, b)), writeJSON(t, Merge(b, a))
	if diff := cmp.Diff(string(ab), string(ba)); diff != "" {
		t.Errorf("Merge(a, b) and Merge(b, a) differ (-ab +ba):\n%s", diff)
	}
}

// TestJoinAcrossDocuments checks that ParseAll joins one person named two ways in two
// documents (a nickname, then a surname), that Merge alone does not, and that joining again
// changes nothing.
func TestJoinAcrossDocuments(t *testing.T) {
	docs := map[string]string{
		"a.txt": "Special envoy Steve Harwick met Russian officials in Moscow on Monday.",
		"b.txt": "Steven Harwick said the talks were useful. Harwick flew home on Tuesday.",
		"c.txt": "Mike Dalgren spoke to reporters in Oslo.",
		"d.txt": "Michael Dalgren spoke to reporters in Bergen.",
		"e.txt": "Jane Dalgren did not speak to reporters.",
	}
	var p Parser
	g, err := p.ParseAll(context.Background(), maps.All(docs))
	if err != nil {
		t.Fatal(err)
	}
	var people []string
	for a := range g.Actors(Person) {
		people = append(people, a.ID)
	}
	// Steve and Steven are one name: one Harwick. Mike, Michael and Jane Dalgren are not
	// all one name, so no Dalgren joins.
	want := []string{"jane-dalgren", "michael-dalgren", "mike-dalgren", "steven-harwick"}
	if diff := cmp.Diff(want, people); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	if a := g.Actor("Steve Harwick"); a == nil || a.ID != "steven-harwick" || len(a.Roles) == 0 {
		t.Errorf(`Actor("Steve Harwick") = %v, want steven-harwick with the envoy's role`, a)
	}
	if again := g.JoinSurnames(); again != g {
		t.Error("JoinSurnames of a joined graph joined again")
	}
	var graphs []*Graph
	for name, text := range docs {
		d, err := p.ParseDoc(context.Background(), name, text)
		if err != nil {
			t.Fatal(err)
		}
		graphs = append(graphs, d)
	}
	if Merge(graphs...).Actor("steve-harwick") == nil {
		t.Error("Merge joined steve-harwick, which only JoinSurnames should")
	}
}
