package actorgraph

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dotPicture is what a WriteDOTWith output draws, read back from its lines: node labels
// by node name, relation edges as "label: from -> to" with names replaced by labels, the
// node labels in each cluster by cluster label, and whether there is a legend.
type dotPicture struct {
	Nodes    []string            // labels of actor nodes, in order
	Edges    []string            // "type-label: A -> B"
	Clusters map[string][]string // cluster label → node labels
	Legend   bool
	Focus    string // label of the node with a thick outline
}

var (
	dotNodeLine    = regexp.MustCompile(`^\t+(n[0-9]+) \[label="((?:[^"\\]|\\.)*)".*?(, penwidth=2.5)?`)
	dotLabelLine   = regexp.MustCompile(`^\t+(r[0-9]+) \[label="((?:[^"\\]|\\.)*)"`)
	dotEdgeLine    = regexp.MustCompile(`^\t([nr][0-9]+) -> ([nr][0-9]+) \[(?:x?label="((?:[^"\\]|\\.)*)")?`)
	dotClusterLine = regexp.MustCompile(`^\tsubgraph (cluster_[0-9]+) \{$`)
	dotClusterLb   = regexp.MustCompile(`^\t\tlabel="((?:[^"\\]|\\.)*)";$`)
)

// readPicture reads the output of WriteDOTWith. Edges through a label node are joined
// back into one edge.
func readPicture(t *testing.T, out []byte) dotPicture {
	t.Helper()
	p := dotPicture{Clusters: map[string][]string{}}
	labels := map[string]string{} // node name → label
	var cluster string
	half := map[string]string{} // label node → actor node of its first half
	for line := range strings.SplitSeq(string(out), "\n") {
		switch {
		case dotClusterLine.MatchString(line):
			cluster = "?"
		case cluster == "?" && dotClusterLb.MatchString(line):
			cluster = dotClusterLb.FindStringSubmatch(line)[1]
			p.Clusters[cluster] = []string{}
		case line == "\t}":
			cluster = ""
		case strings.Contains(line, "cluster_legend"):
			p.Legend = true
		case dotNodeLine.MatchString(line):
			m := dotNodeLine.FindStringSubmatch(line)
			labels[m[1]] = m[2]
			p.Nodes = append(p.Nodes, m[2])
			if strings.Contains(line, "penwidth=2.5") {
				p.Focus = m[2]
			}
			if cluster != "" {
				p.Clusters[cluster] = append(p.Clusters[cluster], m[2])
			}
		case dotLabelLine.MatchString(line):
			m := dotLabelLine.FindStringSubmatch(line)
			labels[m[1]] = m[2]
		case dotEdgeLine.MatchString(line):
			m := dotEdgeLine.FindStringSubmatch(line)
			switch {
			case strings.HasPrefix(m[2], "r"):
				half[m[2]] = m[1]
			case strings.HasPrefix(m[1], "r"):
				p.Edges = append(p.Edges, fmt.Sprintf("%s: %s -> %s", labels[m[1]], labels[half[m[1]]], labels[m[2]]))
			default:
				p.Edges = append(p.Edges, fmt.Sprintf("%s: %s -> %s", m[3], labels[m[1]], labels[m[2]]))
			}
		}
	}
	slices.Sort(p.Edges)
	return p
}

func writeDOTWith(t *testing.T, g *Graph, opts DOTOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := g.WriteDOTWith(&buf, opts); err != nil {
		t.Fatalf("WriteDOTWith(%+v): %v", opts, err)
	}
	return buf.Bytes()
}

// mentioned returns queryGraph with n mentions for each actor whose ID is a key of n.
func mentioned(n map[string]int) *Graph {
	g := queryGraph()
	var actors []*Actor
	for a := range g.Actors() {
		c := *a
		c.Mentions = nil
		for i := range n[a.ID] {
			c.Mentions = append(c.Mentions, Mention{Doc: "x.txt", Span: Span{i, i + 1}})
		}
		actors = append(actors, &c)
	}
	return buildGraph(actors, slices.Collect(g.Relations(Filter{})))
}

func TestWriteDOTWithOptions(t *testing.T) {
	all := []string{
		"meets-with: Anna A -> Bob B", "meets-with: Bob B -> Dan D", "meets-with: Cleo C -> Dan D",
		"negotiates-with: Anna A -> Cleo C", "not opposes: G -> H", "supports: Dan D -> E",
	}
	tests := []struct {
		name  string
		g     *Graph
		opts  DOTOptions
		nodes []string
		edges []string
		focus string
	}{
		{"zero options", queryGraph(), DOTOptions{}, []string{"Anna A", "Bob B", "Cleo C", "Dan D", "E", "F", "G", "H"}, all, ""},
		{"focus", queryGraph(), DOTOptions{Focus: "Anna A"}, []string{"Anna A", "Bob B", "Cleo C"},
			[]string{"meets-with: Anna A -> Bob B", "negotiates-with: Anna A -> Cleo C"}, "Anna A"},
		{"focus depth 2", queryGraph(), DOTOptions{Focus: "a", Depth: 2}, []string{"Anna A", "Bob B", "Cleo C", "Dan D"},
			all[:4], "Anna A"},
		{"focus with types", queryGraph(), DOTOptions{Focus: "e", Depth: 5, Types: []RelationType{Supports, NegotiatesWith}},
			[]string{"Dan D", "E"}, []string{"supports: Dan D -> E"}, "E"},
		{"focus without relations", queryGraph(), DOTOptions{Focus: "f", Types: []RelationType{Supports}},
			[]string{"F"}, nil, "F"},
		{"types", queryGraph(), DOTOptions{Types: []RelationType{Supports, Opposes}}, []string{"Dan D", "E", "G", "H"},
			[]string{"not opposes: G -> H", "supports: Dan D -> E"}, ""},
		{"modalities", queryGraph(), DOTOptions{Modalities: []Modality{Planned, Negated}}, []string{"Bob B", "Dan D", "G", "H"},
			[]string{"meets-with: Bob B -> Dan D", "not opposes: G -> H"}, ""},
		{"types and modalities", queryGraph(), DOTOptions{Types: []RelationType{MeetsWith}, Modalities: []Modality{Actual}},
			[]string{"Anna A", "Bob B", "Cleo C", "Dan D"}, []string{"meets-with: Anna A -> Bob B", "meets-with: Cleo C -> Dan D"}, ""},
		{"min mentions", mentioned(map[string]int{"a": 2, "b": 3, "c": 1, "f": 2}), DOTOptions{MinMentions: 2},
			[]string{"Anna A", "Bob B", "F"}, []string{"meets-with: Anna A -> Bob B"}, ""},
		// Dan D has no mentions but is the focus; Anna A and Bob B have enough.
		{"min mentions keeps the focus", mentioned(map[string]int{"a": 2, "b": 3}), DOTOptions{MinMentions: 2, Focus: "Dan D", Depth: 3},
			[]string{"Anna A", "Bob B", "Dan D"}, []string{"meets-with: Anna A -> Bob B", "meets-with: Bob B -> Dan D"}, "Dan D"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := writeDOTWith(t, tt.g, tt.opts)
			p := readPicture(t, out)
			if diff := cmp.Diff(tt.nodes, p.Nodes); diff != "" {
				t.Errorf("nodes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.edges, p.Edges, equateEmpty); diff != "" {
				t.Errorf("edges (-want +got):\n%s", diff)
			}
			if p.Focus != tt.focus {
				t.Errorf("focus = %q, want %q", p.Focus, tt.focus)
			}
			if !p.Legend {
				t.Errorf("no legend")
			}
			checkDOT(t, out, len(tt.nodes), len(tt.edges))

			// Drawn holds what is drawn.
			v, err := tt.g.Drawn(tt.opts)
			if err != nil {
				t.Fatalf("Drawn: %v", err)
			}
			var names []string
			for a := range v.Actors() {
				names = append(names, a.Name)
			}
			slices.Sort(names)
			if diff := cmp.Diff(tt.nodes, names); diff != "" {
				t.Errorf("Drawn actors (-want +got):\n%s", diff)
			}
			if got := v.NumRelations(); got != len(tt.edges) {
				t.Errorf("Drawn has %d relations, want %d", got, len(tt.edges))
			}
		})
	}
}

func TestWriteDOTWithLayout(t *testing.T) {
	g := queryGraph()
	for _, dir := range dotRankDirs {
		out := writeDOTWith(t, g, DOTOptions{RankDir: dir})
		if !bytes.Contains(out, []byte("rankdir="+dir+",")) {
			t.Errorf("RankDir %s: not in the output:\n%s", dir, out)
		}
	}
	out := writeDOTWith(t, g, DOTOptions{NoLegend: true})
	if bytes.Contains(out, []byte("legend")) {
		t.Errorf("NoLegend: the output has a legend:\n%s", out)
	}
	// The legend shows only what the picture uses.
	out = writeDOTWith(t, g, DOTOptions{Types: []RelationType{Supports}})
	for _, absent := range []string{"legend_group", "legend_organization", "planned", "possible", "negated", "symmetric"} {
		if bytes.Contains(out, []byte(absent)) {
			t.Errorf("legend of a picture without it shows %q:\n%s", absent, out)
		}
	}
	checkDOT(t, out, 2, 1)
}

func TestWriteDOTWithErrors(t *testing.T) {
	tests := []struct {
		opts DOTOptions
		want string
		is   error
	}{
		{DOTOptions{Focus: "nobody"}, `actorgraph: unknown actor "nobody"`, ErrUnknownActor},
		{DOTOptions{Types: []RelationType{"likes"}}, `actorgraph: unknown relation type "likes"`, ErrUnknownType},
		{DOTOptions{Modalities: []Modality{"maybe"}}, `actorgraph: unknown modality "maybe"`, ErrUnknownModality},
		{DOTOptions{RankDir: "lr"}, `actorgraph: write DOT: unknown rank direction "lr": want LR, RL, TB or BT`, nil},
	}
	// Drawn fails on the same options, without "write".
	drawnErr := func(err string) string { return strings.Replace(err, "write DOT:", "DOT options:", 1) }
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			var buf bytes.Buffer
			err := queryGraph().WriteDOTWith(&buf, tt.opts)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v, want %s", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v does not wrap %v", err, tt.is)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes before failing", buf.Len())
			}
			v, err := queryGraph().Drawn(tt.opts)
			if want := drawnErr(tt.want); v != nil || err == nil || err.Error() != want {
				t.Errorf("Drawn = %v, %v; want nil, %s", v, err, want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("Drawn error %v does not wrap %v", err, tt.is)
			}
		})
	}
}

// clusterGraph has people who belong to a state directly, through an organization, or
// through a principal; an organization of a state not in the graph; a group of none; and
// a country alone.
func clusterGraph() *Graph {
	return buildGraph([]*Actor{
		{ID: "donald-trump", Name: "Donald Trump", Kind: Person, Roles: []Role{{Title: "president", Of: "united-states"}}},
		{ID: "steve-witkoff", Name: "Steve Witkoff", Kind: Person, Roles: []Role{{Title: "envoy", Of: "donald-trump"}}},
		{ID: "united-states", Name: "United States", Kind: Country},
		{ID: "white-house", Name: "White House", Kind: Organization, Country: "united-states"},
		{ID: "dmitry-peskov", Name: "Dmitry Peskov", Kind: Person, Roles: []Role{{Title: "spokesman", Of: "kremlin"}}},
		{ID: "kremlin", Name: "Kremlin", Kind: Organization, Country: "russia"},
		{ID: "hamas", Name: "Hamas", Kind: Group},
		{ID: "ukraine", Name: "Ukraine", Kind: Country},
		{ID: "kim-jong-un", Name: "Kim Jong Un", Kind: Person},
		{ID: "north-korea", Name: "North Korea", Kind: Country},
		{ID: "reuters", Name: "Reuters", Kind: Organization, Country: "united-kingdom"},
	}, []*Relation{
		{Type: EnvoyFor, Source: "steve-witkoff", Target: "donald-trump", Modality: Actual},
		{Type: LeaderOf, Source: "donald-trump", Target: "united-states", Modality: Actual},
		{Type: SpokespersonFor, Source: "dmitry-peskov", Target: "kremlin", Modality: Actual},
		{Type: MeetsWith, Source: "steve-witkoff", Target: "dmitry-peskov", Modality: Actual},
		{Type: NegotiatesWith, Source: "steve-witkoff", Target: "dmitry-peskov", Modality: Planned},
		{Type: Opposes, Source: "hamas", Target: "ukraine", Modality: Possible},
		{Type: LeaderOf, Source: "kim-jong-un", Target: "north-korea", Modality: Actual},
		{Type: Opposes, Source: "reuters", Target: "kremlin", Modality: Actual},
	})
}

func TestStateOf(t *testing.T) {
	g := clusterGraph()
	want := map[string]string{
		"donald-trump":  "united-states", // role of a country
		"steve-witkoff": "united-states", // role of a person with a state
		"united-states": "united-states",
		"white-house":   "united-states",
		"dmitry-peskov": "russia", // role of an organization with a state
		"kremlin":       "russia",
		"hamas":         "",
		"ukraine":       "ukraine",
		"kim-jong-un":   "north-korea", // leader-of a country, without a role
		"north-korea":   "north-korea",
		"reuters":       "united-kingdom",
	}
	for a := range g.Actors() {
		if got := g.stateOf(a); got != want[a.ID] {
			t.Errorf("stateOf(%s) = %q, want %q", a.ID, got, want[a.ID])
		}
	}
}

func TestWriteDOTWithClusters(t *testing.T) {
	out := writeDOTWith(t, clusterGraph(), DOTOptions{ClusterByCountry: true})
	p := readPicture(t, out)
	want := map[string][]string{
		"North Korea":   {"Kim Jong Un", "North Korea"},
		"Russia":        {"Dmitry Peskov", "Kremlin"}, // named by the lexicon: no Russia actor
		"United States": {"Donald Trump", "Steve Witkoff", "United States", "White House"},
		// No box for Ukraine or the United Kingdom: each has only one actor drawn.
	}
	if diff := cmp.Diff(want, p.Clusters); diff != "" {
		t.Errorf("clusters (-want +got):\n%s", diff)
	}
	// Every relation is drawn once, the two between Witkoff and Peskov through label nodes.
	wantEdges := []string{
		"envoy-for: Steve Witkoff -> Donald Trump",
		"leader-of: Donald Trump -> United States",
		"leader-of: Kim Jong Un -> North Korea",
		"meets-with: Dmitry Peskov -> Steve Witkoff",
		"negotiates-with: Dmitry Peskov -> Steve Witkoff",
		"opposes: Hamas -> Ukraine",
		"opposes: Reuters -> Kremlin",
		"spokesperson-for: Dmitry Peskov -> Kremlin",
	}
	if diff := cmp.Diff(wantEdges, p.Edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
	if n := bytes.Count(out, []byte("shape=plaintext, style=\"\", fontsize=9")); n != 2 {
		t.Errorf("%d label nodes, want 2:\n%s", n, out)
	}
	if again := writeDOTWith(t, clusterGraph(), DOTOptions{ClusterByCountry: true}); !bytes.Equal(out, again) {
		t.Errorf("second WriteDOTWith differs:\n%s", cmp.Diff(string(out), string(again)))
	}

	// Graphviz draws every relation on a path of its own.
	_, edges := renderSVG(t, out)
	if len(edges) == 0 {
		t.Fatalf("no edges rendered")
	}
	svg := runDot(t, lookDot(t), "svg", out)
	paths := regexp.MustCompile(`<path fill="none"[^>]* d="([^"]*)"`).FindAllSubmatch(svg, -1)
	seen := map[string]bool{}
	for _, m := range paths {
		if seen[string(m[1])] {
			t.Errorf("two edges share the path %s", m[1])
		}
		seen[string(m[1])] = true
	}
}

func TestWriteDOTWithFocusOnBundledArticle(t *testing.T) {
	for _, path := range articles(t) {
		name := strings.TrimSuffix(path[strings.LastIndexByte(path, '/')+1:], ".txt")
		js, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".golden.json")
		if err != nil {
			t.Fatal(err)
		}
		g, err := ReadJSON(bytes.NewReader(js))
		if err != nil {
			t.Fatal(err)
		}
		ranks, err := g.RankByDegree(Filter{})
		if err != nil {
			t.Fatal(err)
		}
		top := ranks[0].Actor
		t.Run(name, func(t *testing.T) {
			for _, opts := range []DOTOptions{
				{ClusterByCountry: true},
				{Focus: top.ID, Depth: 1, ClusterByCountry: true, RankDir: "TB"},
				{Types: []RelationType{MeetsWith, NegotiatesWith}, NoLegend: true},
			} {
				out := writeDOTWith(t, g, opts)
				runDot(t, lookDot(t), "canon", out)
			}
		})
	}
}

// largeGraph returns pairs pairs of people who meet, Reuters (a news agency) opposing the
// first person, Yonhap (another) and a person, both without relations.
func largeGraph(pairs int) *Graph {
	actors := []*Actor{
		{ID: "reuters", Name: "Reuters", Kind: Organization, Country: "united-kingdom"},
		{ID: "yonhap", Name: "Yonhap", Kind: Organization, Country: "south-korea"},
		{ID: "zz-loner", Name: "Loner", Kind: Person},
	}
	rels := []*Relation{{Type: Opposes, Source: "reuters", Target: "p00", Modality: Actual}}
	for i := range pairs {
		a, b := fmt.Sprintf("p%02d", 2*i), fmt.Sprintf("p%02d", 2*i+1)
		actors = append(actors, &Actor{ID: a, Name: a, Kind: Person}, &Actor{ID: b, Name: b, Kind: Person})
		rels = append(rels, &Relation{Type: MeetsWith, Source: a, Target: b, Modality: Actual})
	}
	return buildGraph(actors, rels)
}

// TestWriteDOTWithLargeDrawing checks what a drawing of more than DOTManyActors actors
// leaves out and how it labels its edges and sizes its legend.
func TestWriteDOTWithLargeDrawing(t *testing.T) {
	people := func(n int) []string {
		var ids []string
		for i := range n {
			ids = append(ids, fmt.Sprintf("p%02d", i))
		}
		return ids
	}
	tests := []struct {
		name       string
		g          *Graph
		opts       DOTOptions
		want       []string // the IDs of the actors drawn
		edgeLabels string   // the attribute edges are labelled with
		legendFont string
	}{
		{"large: no media, no actor without relations", largeGraph(16), DOTOptions{}, people(32), "xlabel", "fontsize=18"},
		{"large, KeepAll", largeGraph(16), DOTOptions{KeepAll: true},
			append(people(32), "reuters", "yonhap", "zz-loner"), "xlabel", "fontsize=18"},
		{"large, focused on a small part", largeGraph(16), DOTOptions{Focus: "p00"}, []string{"p00", "p01", "reuters"}, "label", "fontsize=9"},
		{"small: everything", largeGraph(4), DOTOptions{}, append(people(8), "reuters", "yonhap", "zz-loner"), "label", "fontsize=9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.g.Drawn(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for a := range v.Actors() {
				got = append(got, a.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("actors drawn (-want +got):\n%s", diff)
			}
			out := writeDOTWith(t, tt.g, tt.opts)
			if p := readPicture(t, out); len(p.Nodes) != len(tt.want) {
				t.Errorf("%d nodes written, want %d", len(p.Nodes), len(tt.want))
			}
			if !bytes.Contains(out, []byte("-> n1 ["+tt.edgeLabels+"=")) {
				t.Errorf("edges are not labelled with %s:\n%s", tt.edgeLabels, out)
			}
			if !bytes.Contains(out, []byte("node ["+tt.legendFont)) {
				t.Errorf("the legend's nodes are not %s:\n%s", tt.legendFont, out)
			}
			if tt.edgeLabels == "xlabel" {
				checkDOT(t, out, len(tt.want), v.NumRelations())
			}
		})
	}
}

func TestLexiconMedia(t *testing.T) {
	g := buildGraph([]*Actor{
		{ID: "reuters", Kind: Organization}, {ID: "kcna", Kind: Organization},
		{ID: "kremlin", Kind: Organization}, {ID: "russia", Kind: Country}, {ID: "zz", Kind: Person},
	}, nil)
	var got []string
	for a := range g.Actors() {
		if g.isMedia(a) {
			got = append(got, a.ID)
		}
	}
	if diff := cmp.Diff([]string{"kcna", "reuters"}, got); diff != "" {
		t.Errorf("media (-want +got):\n%s", diff)
	}
}
