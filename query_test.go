package actorgraph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// ids returns the IDs of the actors of seq.
func ids(seq iter.Seq[*Actor]) []string {
	var out []string
	for a := range seq {
		out = append(out, a.ID)
	}
	return out
}

// relStrings returns "source type target modality" for each relation of seq.
func relStrings(seq iter.Seq[*Relation]) []string {
	var out []string
	for r := range seq {
		out = append(out, fmt.Sprintf("%s %s %s %s", r.Source, r.Type, r.Target, r.Modality))
	}
	return out
}

// queryGraph is a graph for the structural queries:
//
//	a ─meets─ b ─meets─ d ─supports→ e      f (alone)
//	a ─negotiates─ c ─meets─ d
//	g ─opposes→ h
//
// From a to d there are two shortest paths, through b and through c.
func queryGraph() *Graph {
	ev := func(doc string, sent int, text string) []Evidence {
		return []Evidence{{Doc: doc, Sentence: sent, Text: text}}
	}
	return buildGraph([]*Actor{
		{ID: "a", Name: "Anna A", Kind: Person}, {ID: "b", Name: "Bob B", Kind: Person},
		{ID: "c", Name: "Cleo C", Kind: Person}, {ID: "d", Name: "Dan D", Kind: Person},
		{ID: "e", Name: "E", Kind: Country}, {ID: "f", Name: "F", Kind: Organization},
		{ID: "g", Name: "G", Kind: Group}, {ID: "h", Name: "H", Kind: Group},
	}, []*Relation{
		{Type: MeetsWith, Source: "b", Target: "a", Modality: Actual, Evidence: ev("y.txt", 1, "B met A.")},
		{Type: MeetsWith, Source: "b", Target: "d", Modality: Planned, Evidence: ev("x.txt", 3, "B will meet D.")},
		{Type: NegotiatesWith, Source: "a", Target: "c", Modality: Actual, Evidence: ev("x.txt", 0, "A and C talked.")},
		{Type: MeetsWith, Source: "c", Target: "d", Modality: Actual, Evidence: ev("x.txt", 2, "C met D.")},
		{Type: Supports, Source: "d", Target: "e", Modality: Actual,
			Evidence: append(ev("y.txt", 0, "D backs E."), ev("x.txt", 2, "C met D, who backs E.")...)},
		{Type: Opposes, Source: "g", Target: "h", Modality: Negated, Evidence: ev("z.txt", 0, "G does not oppose H.")},
	})
}

func TestFilterTypes(t *testing.T) {
	g := queryGraph()
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"types alone", Filter{Types: []RelationType{Supports, NegotiatesWith}}, []string{
			"a negotiates-with c actual", "d supports e actual"}},
		{"duplicate types", Filter{Types: []RelationType{Supports, Supports}}, []string{"d supports e actual"}},
		{"modalities", Filter{Modalities: []Modality{Planned, Negated}}, []string{
			"b meets-with d planned", "g opposes h negated"}},
		{"types and actor", Filter{Actor: "d", Types: []RelationType{MeetsWith}}, []string{
			"b meets-with d planned", "c meets-with d actual"}},
		{"types and modality", Filter{Modalities: []Modality{Actual}, Types: []RelationType{MeetsWith, Opposes}}, []string{
			"a meets-with b actual", "c meets-with d actual"}},
		{"empty types", Filter{Types: []RelationType{}}, relStrings(g.Relations(Filter{}))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, relStrings(g.Relations(tt.f))); diff != "" {
				t.Errorf("Relations(%+v) (-want +got):\n%s", tt.f, diff)
			}
		})
	}
}

func TestRolesOf(t *testing.T) {
	g := testGraph()
	roles, err := g.RolesOf("Trump")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Role{{Title: "president", Of: "united-states"}}, roles); diff != "" {
		t.Errorf("RolesOf(Trump) (-want +got):\n%s", diff)
	}
	if got, err := g.RolesOf("Kremlin"); len(got) != 0 || err != nil {
		t.Errorf("RolesOf(Kremlin) = %v, %v; want none", got, err)
	}
	roles[0].Title = "changed"
	if g.Actor("Trump").Roles[0].Title != "president" {
		t.Errorf("RolesOf returned the actor's own slice")
	}
}

func TestTitleHead(t *testing.T) {
	lex := DefaultLexicon()
	tests := []struct{ title, want string }{
		{"spokesperson", "spokesperson"},
		{"Spokesman", "spokesperson"},
		{"spokeswoman", "spokesperson"},
		{"press secretary", "spokesperson"},
		{"spokespeople", "spokesperson"},
		{"kremlin spokesman", "spokesperson"},
		{"special envoy", "envoy"},
		{"Special Envoys", "envoy"},
		{"special representative", "envoy"},
		{"adviser", "advisor"},
		{"national security adviser", "advisor"},
		{"president", "president"},
		{"Président", "president"},
		{"vice president", "vice president"},
		{"secretaries", "secretary"},
		{"chief negotiator", "negotiator"},
		{"negotiators", "negotiator"},
		{"head of the delegation", "head"},
		{"", ""},
		{"   ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := titleHead(lex, tt.title); got != tt.want {
				t.Errorf("titleHead(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

func TestWhoHolds(t *testing.T) {
	g := buildGraph([]*Actor{
		{ID: "peskov", Name: "Dmitry Peskov", Kind: Person, Roles: []Role{{Title: "spokesman", Of: "kremlin"}}},
		{ID: "leavitt", Name: "Karoline Leavitt", Kind: Person, Roles: []Role{{Title: "press secretary", Of: "white-house"}}},
		{ID: "zakharova", Name: "Maria Zakharova", Kind: Person, Roles: []Role{{Title: "foreign ministry spokeswoman"}}},
		{ID: "witkoff", Name: "Steve Witkoff", Kind: Person, Roles: []Role{{Title: "special envoy", Of: "trump"}}},
		{ID: "dmitriev", Name: "Kirill Dmitriev", Kind: Person, Roles: []Role{
			{Title: "chief executive", Of: "rdif"}, {Title: "special representative", Of: "putin"}}},
		{ID: "vance", Name: "JD Vance", Kind: Person, Roles: []Role{{Title: "vice president", Of: "united-states"}}},
		{ID: "trump", Name: "Donald Trump", Kind: Person, Roles: []Role{{Title: "president", Of: "united-states"}}},
		{ID: "waltz", Name: "Mike Waltz", Kind: Person, Roles: []Role{{Title: "national security adviser", Of: "trump"}}},
	}, nil)
	tests := []struct {
		title string
		want  []string // "id title"
	}{
		{"spokesperson", []string{"leavitt press secretary", "peskov spokesman", "zakharova foreign ministry spokeswoman"}},
		{"SPOKESWOMAN", []string{"leavitt press secretary", "peskov spokesman", "zakharova foreign ministry spokeswoman"}},
		{"special envoy", []string{"dmitriev special representative", "witkoff special envoy"}},
		{"envoys", []string{"dmitriev special representative", "witkoff special envoy"}},
		{"president", []string{"trump president"}},
		{"vice president", []string{"vance vice president"}},
		{"advisor", []string{"waltz national security adviser"}},
		{"chief executive", []string{"dmitriev chief executive"}},
		{"pope", nil},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			var got []string
			for a, r := range g.WhoHolds(tt.title) {
				got = append(got, a.ID+" "+r.Title)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("WhoHolds(%q) (-want +got):\n%s", tt.title, diff)
			}
		})
	}
	// Stopping early is allowed.
	for range g.WhoHolds("spokesperson") {
		break
	}
}

// TestWhoHoldsLexicon checks that WhoHolds matches titles by the lexicon the graph was
// parsed with, through the functions that derive graphs, and by DefaultLexicon where that
// lexicon is not known.
func TestWhoHoldsLexicon(t *testing.T) {
	ctx := context.Background()
	ext, err := DefaultLexicon().Extend(fstest.MapFS{
		"countries.tsv": {Data: []byte("freedonia\tFreedonia\tRepublic of Freedonia\tFreedonian\tFredville\n")},
		"titles.tsv":    {Data: []byte("grand vizier\tprime minister\tleader-of\tactual\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	// Firefly is named twice, so that CapEvidence(0, 1) makes a new graph.
	const text = "Freedonian Grand Vizier Rufus Firefly met Ambassador Trentino in Fredville on Monday. " +
		"Firefly said the talks went well."
	docs := maps.All(map[string]string{"a.txt": text})
	p := Parser{Lexicon: ext}
	parse := func(p *Parser) *Graph {
		g, err := p.ParseDoc(ctx, "a.txt", text)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	extended, plain := parse(&p), parse(&Parser{})
	firefly := []string{"rufus-firefly grand vizier"}
	tests := []struct {
		name string
		g    func() *Graph
		want []string // "id title" of WhoHolds("premier")
	}{
		{"ParseDoc", func() *Graph { return extended }, firefly},
		{"ParseAll", func() *Graph {
			g, err := p.ParseAll(ctx, docs)
			if err != nil {
				t.Fatal(err)
			}
			return g
		}, firefly},
		{"Merge", func() *Graph { return Merge(extended, parse(&p)) }, firefly},
		{"Subgraph", func() *Graph {
			g, err := extended.Subgraph(Filter{})
			if err != nil {
				t.Fatal(err)
			}
			return g
		}, firefly},
		{"Ego", func() *Graph {
			g, err := extended.Ego("Firefly", 1, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			return g
		}, firefly},
		{"JoinSurnames", func() *Graph {
			b, err := p.ParseDoc(ctx, "b.txt", "Ambassador Firefly met Trentino.")
			if err != nil {
				t.Fatal(err)
			}
			return Merge(extended, b).JoinSurnames()
		}, firefly},
		{"CapEvidence", func() *Graph { return extended.CapEvidence(0, 1) }, firefly},
		// Without the extended lexicon "grand vizier" is matched by its last word.
		{"default Parser", func() *Graph { return plain }, nil},
		{"Merge of two lexicons", func() *Graph { return Merge(extended, plain) }, nil},
		{"ReadJSON", func() *Graph {
			var buf bytes.Buffer
			if err := extended.WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			g, err := ReadJSON(&buf)
			if err != nil {
				t.Fatal(err)
			}
			return g
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for a, r := range tt.g().WhoHolds("premier") {
				got = append(got, a.ID+" "+r.Title)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("WhoHolds(\"premier\") (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNeighbors(t *testing.T) {
	g := queryGraph()
	tests := []struct {
		actor string
		f     Filter
		want  []string
	}{
		{"d", Filter{}, []string{"b", "c", "e"}},
		{"Dan D", Filter{Types: []RelationType{MeetsWith}}, []string{"b", "c"}},
		{"d", Filter{Modalities: []Modality{Actual}}, []string{"c", "e"}},
		{"e", Filter{}, []string{"d"}},
		// g and h are linked only by a denial.
		{"h", Filter{}, nil},
		{"h", Filter{Modalities: Modalities()}, []string{"g"}},
		{"f", Filter{}, nil},
		{"a", Filter{Types: []RelationType{Supports}}, nil},
		{"nobody", Filter{}, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.actor, tt.f), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(g.Neighbors(tt.actor, tt.f))); diff != "" {
				t.Errorf("Neighbors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEvidence(t *testing.T) {
	g := queryGraph()
	tests := []struct {
		name string
		f    Filter
		want []string // "doc:sentence type text"
	}{
		{"all in reading order", Filter{}, []string{
			"x.txt:0 negotiates-with A and C talked.",
			// Same sentence and span: compareEvidence orders by text.
			"x.txt:2 supports C met D, who backs E.",
			"x.txt:2 meets-with C met D.",
			"x.txt:3 meets-with B will meet D.",
			"y.txt:0 supports D backs E.",
			"y.txt:1 meets-with B met A.",
			"z.txt:0 opposes G does not oppose H.",
		}},
		{"one document", Filter{Doc: "y.txt"}, []string{"y.txt:0 supports D backs E.", "y.txt:1 meets-with B met A."}},
		{"one relation", Filter{Types: []RelationType{Supports}, Source: "d", Target: "e", Modalities: []Modality{Actual}}, []string{
			"x.txt:2 supports C met D, who backs E.", "y.txt:0 supports D backs E."}},
		{"one relation in one document", Filter{Types: []RelationType{Supports}, Doc: "x.txt"}, []string{"x.txt:2 supports C met D, who backs E."}},
		{"none", Filter{Actor: "f"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for r, e := range g.Evidence(tt.f) {
				got = append(got, fmt.Sprintf("%s:%d %s %s", e.Doc, e.Sentence, r.Type, e.Text))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Evidence(%+v) (-want +got):\n%s", tt.f, diff)
			}
		})
	}
}

// pathString renders a path as "a -meets-with- b -... c".
func pathString(hops []Hop) string {
	if len(hops) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteString(hops[0].From.ID)
	for _, h := range hops {
		var types []string
		for _, r := range h.Relations {
			types = append(types, string(r.Type))
		}
		fmt.Fprintf(&sb, " -%s- %s", strings.Join(types, ","), h.To.ID)
	}
	return sb.String()
}

func TestPath(t *testing.T) {
	tests := []struct {
		from, to string
		f        Filter
		want     string
		err      error
	}{
		// Two shortest paths: through b and through c; b has the smaller ID.
		{"a", "d", Filter{}, "a -meets-with- b -meets-with- d", nil},
		{"d", "a", Filter{}, "d -meets-with- b -meets-with- a", nil},
		{"a", "e", Filter{}, "a -meets-with- b -meets-with- d -supports- e", nil},
		// Against the direction of supports.
		{"e", "b", Filter{}, "e -supports- d -meets-with- b", nil},
		{"a", "d", Filter{Types: []RelationType{NegotiatesWith, MeetsWith, Supports}}, "a -meets-with- b -meets-with- d", nil},
		{"a", "d", Filter{Types: []RelationType{NegotiatesWith, Supports}}, "", ErrNoPath},
		{"Anna A", "Cleo C", Filter{}, "a -negotiates-with- c", nil},
		{"a", "a", Filter{}, "", nil},
		{"a", "f", Filter{}, "", ErrNoPath},
		// g and h are linked only by a denial.
		{"a", "h", Filter{}, "", ErrNoPath},
		{"g", "h", Filter{}, "", ErrNoPath},
		{"g", "h", Filter{Modalities: Modalities()}, "g -opposes- h", nil},
		{"nobody", "a", Filter{}, "", ErrUnknownActor},
		{"a", "nobody", Filter{}, "", ErrUnknownActor},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.from, "→", tt.to, tt.f), func(t *testing.T) {
			for range 10 {
				// A new graph each time: the store's map order differs from graph to graph.
				hops, err := queryGraph().Path(tt.from, tt.to, tt.f)
				if !errors.Is(err, tt.err) {
					t.Fatalf("Path error = %v, want %v", err, tt.err)
				}
				if got := pathString(hops); got != tt.want {
					t.Fatalf("Path = %q, want %q", got, tt.want)
				}
				if err == nil && hops == nil {
					t.Fatalf("Path = nil without an error")
				}
			}
		})
	}
	_, err := queryGraph().Path("nobody", "a", Filter{})
	if got, want := fmt.Sprint(err), `actorgraph: unknown actor "nobody"`; got != want {
		t.Errorf("Path error = %q, want %q", got, want)
	}
}

func TestEgo(t *testing.T) {
	tests := []struct {
		actor      string
		depth      int
		f          Filter
		wantActors []string
		wantRels   []string
	}{
		{"a", 0, Filter{}, []string{"a"}, nil},
		{"a", -1, Filter{}, []string{"a"}, nil},
		{"a", 1, Filter{}, []string{"a", "b", "c"}, []string{"a meets-with b actual", "a negotiates-with c actual"}},
		{"a", 2, Filter{}, []string{"a", "b", "c", "d"}, []string{
			"a meets-with b actual", "b meets-with d planned", "c meets-with d actual", "a negotiates-with c actual"}},
		{"a", 9, Filter{}, []string{"a", "b", "c", "d", "e"}, []string{
			"a meets-with b actual", "b meets-with d planned", "c meets-with d actual", "a negotiates-with c actual", "d supports e actual"}},
		{"a", 2, Filter{Types: []RelationType{MeetsWith}}, []string{"a", "b", "d"}, []string{"a meets-with b actual", "b meets-with d planned"}},
		// The relations between ego actors are kept only when of the chosen types.
		{"d", 2, Filter{Types: []RelationType{MeetsWith, Supports}}, []string{"a", "b", "c", "d", "e"}, []string{
			"a meets-with b actual", "b meets-with d planned", "c meets-with d actual", "d supports e actual"}},
		{"e", 1, Filter{}, []string{"d", "e"}, []string{"d supports e actual"}},
		{"f", 3, Filter{}, []string{"f"}, nil},
		{"g", 1, Filter{}, []string{"g"}, nil},
		{"g", 1, Filter{Modalities: Modalities()}, []string{"g", "h"}, []string{"g opposes h negated"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.actor, tt.depth, tt.f), func(t *testing.T) {
			ego, err := queryGraph().Ego(tt.actor, tt.depth, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantActors, ids(ego.Actors())); diff != "" {
				t.Errorf("actors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantRels, relStrings(ego.Relations(Filter{}))); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSubgraph(t *testing.T) {
	tests := []struct {
		name       string
		f          Filter
		wantActors []string
		wantRels   []string
	}{
		{"everything but lone actors", Filter{}, []string{"a", "b", "c", "d", "e", "g", "h"},
			relStrings(queryGraph().Relations(Filter{}))},
		{"one document", Filter{Doc: "y.txt"}, []string{"a", "b", "d", "e"}, []string{
			"a meets-with b actual", "d supports e actual"}},
		{"one actor", Filter{Actor: "Dan D", Modalities: []Modality{Actual}}, []string{"c", "d", "e"}, []string{
			"c meets-with d actual", "d supports e actual"}},
		{"no match", Filter{Types: []RelationType{AtWarWith}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, err := queryGraph().Subgraph(tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantActors, ids(sub.Actors())); diff != "" {
				t.Errorf("actors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantRels, relStrings(sub.Relations(Filter{}))); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
			// The new graph is indexed: lookups and structure work on it.
			for _, id := range tt.wantActors {
				if sub.Actor(id) == nil {
					t.Errorf("Actor(%q) = nil in the subgraph", id)
				}
			}
			comps, err := sub.Components(Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(slices.Concat(comps...)), sub.NumActors(); got != want {
				t.Errorf("components hold %d actors, want %d", got, want)
			}
		})
	}
}

func TestSubgraphKeepsNames(t *testing.T) {
	// "Smith" stays apart from the two full-named Smiths; a subgraph with only one of them
	// must not join the surname to it.
	g := buildGraph([]*Actor{
		{ID: "smith", Name: "Smith", Kind: Person},
		{ID: "anna-smith", Name: "Anna Smith", Kind: Person},
		{ID: "john-smith", Name: "John Smith", Kind: Person},
	}, []*Relation{
		{Type: MeetsWith, Source: "smith", Target: "anna-smith", Modality: Actual},
		{Type: Opposes, Source: "john-smith", Target: "anna-smith", Modality: Actual},
	})
	sub, err := g.Subgraph(Filter{Types: []RelationType{MeetsWith}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"anna-smith", "smith"}, ids(sub.Actors())); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
}

func TestComponents(t *testing.T) {
	tests := []struct {
		f    Filter
		want [][]string
	}{
		// g and h are linked only by a denial.
		{Filter{}, [][]string{{"a", "b", "c", "d", "e"}, {"f"}, {"g"}, {"h"}}},
		{Filter{Modalities: Modalities()}, [][]string{{"a", "b", "c", "d", "e"}, {"g", "h"}, {"f"}}},
		{Filter{Types: []RelationType{MeetsWith}}, [][]string{{"a", "b", "c", "d"}, {"e"}, {"f"}, {"g"}, {"h"}}},
		{Filter{Types: []RelationType{Supports, Opposes}, Modalities: Modalities()}, [][]string{{"d", "e"}, {"g", "h"}, {"a"}, {"b"}, {"c"}, {"f"}}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.f), func(t *testing.T) {
			for range 10 {
				var got [][]string
				comps, err := queryGraph().Components(tt.f)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range comps {
					got = append(got, ids(slices.Values(c)))
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Fatalf("Components (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestRankByDegree(t *testing.T) {
	tests := []struct {
		f    Filter
		want []string // "id degree relations"
	}{
		// g and h are linked only by a denial.
		{Filter{}, []string{"d 3 3", "a 2 2", "b 2 2", "c 2 2", "e 1 1", "f 0 0", "g 0 0", "h 0 0"}},
		{Filter{Modalities: Modalities()}, []string{"d 3 3", "a 2 2", "b 2 2", "c 2 2", "e 1 1", "g 1 1", "h 1 1", "f 0 0"}},
		{Filter{Types: []RelationType{Supports, Opposes}, Modalities: Modalities()}, []string{"d 1 1", "e 1 1", "g 1 1", "h 1 1", "a 0 0", "b 0 0", "c 0 0", "f 0 0"}},
		{Filter{Modalities: []Modality{Planned}}, []string{"b 1 1", "d 1 1", "a 0 0", "c 0 0", "e 0 0", "f 0 0", "g 0 0", "h 0 0"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.f), func(t *testing.T) {
			var got []string
			ranks, err := queryGraph().RankByDegree(tt.f)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range ranks {
				got = append(got, fmt.Sprintf("%s %d %d", d.Actor.ID, d.Degree, d.Relations))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("RankByDegree (-want +got):\n%s", diff)
			}
		})
	}
	// Several relations between the same two actors count once for Degree.
	g := testGraph()
	ranks, err := g.RankByDegree(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ranks {
		if d.Actor.ID == "donald-trump" && (d.Degree != 2 || d.Relations != 3) {
			t.Errorf("donald-trump: degree %d, relations %d; want 2, 3", d.Degree, d.Relations)
		}
	}
}

// TestQueriesOnEmptyGraphs checks that every query works on nil, zero and empty graphs.
func TestQueriesOnEmptyGraphs(t *testing.T) {
	for i, g := range []*Graph{nil, {}, buildGraph(nil, nil)} {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			if ids(g.Neighbors("a", Filter{})) != nil {
				t.Error("lookups found something")
			}
			for range g.WhoHolds("president") {
				t.Error("WhoHolds found something")
			}
			for range g.Evidence(Filter{}) {
				t.Error("Evidence found something")
			}
			for range g.Relations(Filter{Types: []RelationType{Supports}}) {
				t.Error("Relations found something")
			}
			if sub, err := g.Subgraph(Filter{}); err != nil || sub.NumActors() != 0 {
				t.Errorf("Subgraph = %v actors, %v", sub.NumActors(), err)
			}
			comps, err := g.Components(Filter{})
			if comps != nil || err != nil {
				t.Errorf("Components = %v, %v", comps, err)
			}
			ranks, err := g.RankByDegree(Filter{})
			if ranks != nil || err != nil {
				t.Errorf("RankByDegree = %v, %v", ranks, err)
			}
		})
	}
}
