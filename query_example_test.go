package actorgraph_test

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// peaceTalks is the JSON of a small graph about talks on Ukraine, written by hand so that
// the query examples do not depend on the parser.
const peaceTalks = `{
  "actors": [
    {"id": "dmitry-peskov", "name": "Dmitry Peskov", "kind": "person", "aliases": ["Peskov"],
     "roles": [{"title": "spokesman", "of": "vladimir-putin"}], "mentions": []},
    {"id": "donald-trump", "name": "Donald Trump", "kind": "person", "aliases": ["Trump"],
     "roles": [{"title": "president", "of": "united-states"}], "mentions": []},
    {"id": "karoline-leavitt", "name": "Karoline Leavitt", "kind": "person", "aliases": ["Leavitt"],
     "roles": [{"title": "press secretary", "of": "white-house"}], "mentions": []},
    {"id": "keith-kellogg", "name": "Keith Kellogg", "kind": "person", "aliases": ["Kellogg"],
     "roles": [{"title": "special envoy", "of": "donald-trump"}], "mentions": []},
    {"id": "kirill-dmitriev", "name": "Kirill Dmitriev", "kind": "person", "aliases": ["Dmitriev"],
     "roles": [{"title": "special representative", "of": "vladimir-putin"}], "mentions": []},
    {"id": "kremlin", "name": "Kremlin", "kind": "organization", "country": "russia", "aliases": ["the Kremlin"],
     "roles": [], "mentions": []},
    {"id": "russia", "name": "Russia", "kind": "country", "aliases": ["Moscow"], "roles": [], "mentions": []},
    {"id": "steve-witkoff", "name": "Steve Witkoff", "kind": "person", "aliases": ["Witkoff"],
     "roles": [{"title": "envoy", "of": "donald-trump"}], "mentions": []},
    {"id": "ukraine", "name": "Ukraine", "kind": "country", "aliases": ["Kyiv"], "roles": [], "mentions": []},
    {"id": "united-states", "name": "United States", "kind": "country", "aliases": ["U.S.", "Washington"],
     "roles": [], "mentions": []},
    {"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person", "aliases": ["Putin"],
     "roles": [{"title": "president", "of": "russia"}], "mentions": []},
    {"id": "volodymyr-zelenskiy", "name": "Volodymyr Zelenskiy", "kind": "person", "aliases": ["Zelenskiy"],
     "roles": [{"title": "president", "of": "ukraine"}], "mentions": []},
    {"id": "white-house", "name": "White House", "kind": "organization", "country": "united-states",
     "roles": [], "mentions": []}
  ],
  "relations": [
    {"type": "envoy-for", "source": "keith-kellogg", "target": "donald-trump", "modality": "actual",
     "evidence": [{"doc": "a.txt", "sentence": 2, "sentence_start": 210, "start": 210, "end": 240, "rule": "role",
                   "text": "Trump's special envoy Keith Kellogg met Zelenskiy in Kyiv."}]},
    {"type": "envoy-for", "source": "steve-witkoff", "target": "donald-trump", "modality": "actual",
     "evidence": [{"doc": "a.txt", "sentence": 3, "sentence_start": 300, "start": 300, "end": 318, "rule": "role",
                   "text": "Trump's envoy Steve Witkoff held talks with Kirill Dmitriev."}]},
    {"type": "envoy-for", "source": "kirill-dmitriev", "target": "vladimir-putin", "modality": "actual",
     "evidence": [{"doc": "b.txt", "sentence": 0, "sentence_start": 0, "start": 0, "end": 50, "rule": "appositive",
                   "text": "Kirill Dmitriev, Putin's special representative, flew to Miami."}]},
    {"type": "spokesperson-for", "source": "dmitry-peskov", "target": "vladimir-putin", "modality": "actual",
     "evidence": [{"doc": "a.txt", "sentence": 4, "sentence_start": 400, "start": 400, "end": 431, "rule": "role",
                   "text": "Putin's spokesman Dmitry Peskov said no date was set."}]},
    {"type": "spokesperson-for", "source": "karoline-leavitt", "target": "white-house", "modality": "actual",
     "evidence": [{"doc": "b.txt", "sentence": 2, "sentence_start": 120, "start": 120, "end": 160, "rule": "role",
                   "text": "White House press secretary Karoline Leavitt said talks went well."}]},
    {"type": "leader-of", "source": "donald-trump", "target": "united-states", "modality": "actual", "evidence": []},
    {"type": "leader-of", "source": "vladimir-putin", "target": "russia", "modality": "actual", "evidence": []},
    {"type": "leader-of", "source": "volodymyr-zelenskiy", "target": "ukraine", "modality": "actual", "evidence": []},
    {"type": "meets-with", "source": "donald-trump", "target": "vladimir-putin", "modality": "planned",
     "evidence": [{"doc": "a.txt", "sentence": 0, "sentence_start": 0, "start": 0, "end": 43, "rule": "verb",
                   "text": "Trump said he would meet Putin in Budapest."}]},
    {"type": "meets-with", "source": "keith-kellogg", "target": "volodymyr-zelenskiy", "modality": "actual",
     "evidence": [{"doc": "a.txt", "sentence": 2, "sentence_start": 210, "start": 210, "end": 262, "rule": "verb",
                   "text": "Trump's special envoy Keith Kellogg met Zelenskiy in Kyiv."}]},
    {"type": "negotiates-with", "source": "steve-witkoff", "target": "kirill-dmitriev", "modality": "actual",
     "evidence": [{"doc": "a.txt", "sentence": 3, "sentence_start": 300, "start": 300, "end": 360, "rule": "verb",
                   "text": "Trump's envoy Steve Witkoff held talks with Kirill Dmitriev."},
                  {"doc": "b.txt", "sentence": 1, "sentence_start": 60, "start": 60, "end": 104, "rule": "verb",
                   "text": "Dmitriev and Witkoff discussed a peace plan."}]},
    {"type": "negotiates-with", "source": "russia", "target": "ukraine", "modality": "negated",
     "evidence": [{"doc": "b.txt", "sentence": 3, "sentence_start": 170, "start": 170, "end": 210, "rule": "verb",
                   "text": "Moscow has refused direct talks with Kyiv."}]},
    {"type": "at-war-with", "source": "russia", "target": "ukraine", "modality": "actual", "evidence": []}
  ]
}`

func peaceTalksGraph() *actorgraph.Graph {
	g, err := actorgraph.ReadJSON(strings.NewReader(peaceTalks))
	if err != nil {
		log.Fatal(err)
	}
	return g
}

func ExampleGraph_RolesOf() {
	g := peaceTalksGraph()
	roles, err := g.RolesOf("Kellogg")
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range roles {
		fmt.Printf("%s of %s\n", r.Title, g.Actor(r.Of).Name)
	}
	_, err = g.RolesOf("Yermak")
	fmt.Println(err)
	// Output:
	// special envoy of Donald Trump
	// actorgraph: unknown actor "Yermak"
}

func ExampleGraph_WhoHolds() {
	g := peaceTalksGraph()
	// Who speaks for whom? Spokesmen and press secretaries share the head "spokesperson".
	for a, r := range g.WhoHolds("spokesperson") {
		fmt.Printf("%s, %s of %s\n", a.Name, r.Title, r.Of)
	}
	// Special envoys, envoys and special representatives are all envoys.
	for a, r := range g.WhoHolds("Special Envoys") {
		fmt.Printf("%s, %s of %s\n", a.Name, r.Title, r.Of)
	}
	// Output:
	// Dmitry Peskov, spokesman of vladimir-putin
	// Karoline Leavitt, press secretary of white-house
	// Keith Kellogg, special envoy of donald-trump
	// Kirill Dmitriev, special representative of vladimir-putin
	// Steve Witkoff, envoy of donald-trump
}

func ExampleGraph_Relations_types() {
	g := peaceTalksGraph()
	// Who talks to whom, or plans to? Types selects several relation types at once.
	f := actorgraph.Filter{Types: []actorgraph.RelationType{actorgraph.MeetsWith, actorgraph.NegotiatesWith}}
	for r := range g.Relations(f) {
		fmt.Println(r.Source, r.Type, r.Target, r.Modality)
	}
	// Output:
	// donald-trump meets-with vladimir-putin planned
	// keith-kellogg meets-with volodymyr-zelenskiy actual
	// kirill-dmitriev negotiates-with steve-witkoff actual
	// russia negotiates-with ukraine negated
}

func ExampleGraph_Neighbors() {
	g := peaceTalksGraph()
	for a := range g.Neighbors("Trump", actorgraph.Filter{}) {
		fmt.Println(a.ID)
	}
	fmt.Println("envoys only:")
	for a := range g.Neighbors("Trump", actorgraph.Filter{Types: []actorgraph.RelationType{actorgraph.EnvoyFor}}) {
		fmt.Println(a.ID)
	}
	// Output:
	// keith-kellogg
	// steve-witkoff
	// united-states
	// vladimir-putin
	// envoys only:
	// keith-kellogg
	// steve-witkoff
}

func ExampleGraph_Evidence() {
	g := peaceTalksGraph()
	// What do the documents say about Witkoff's talks, in reading order?
	for r, e := range g.Evidence(actorgraph.Filter{Actor: "Witkoff", Types: []actorgraph.RelationType{actorgraph.NegotiatesWith}}) {
		fmt.Printf("%s:%d %s: %q\n", e.Doc, e.Sentence, r.Type, e.Text)
	}
	// Output:
	// a.txt:3 negotiates-with: "Trump's envoy Steve Witkoff held talks with Kirill Dmitriev."
	// b.txt:1 negotiates-with: "Dmitriev and Witkoff discussed a peace plan."
}

func ExampleGraph_Path() {
	g := peaceTalksGraph()
	// How is Kellogg connected to Peskov? Relations are followed either way.
	path, err := g.Path("Kellogg", "Peskov", actorgraph.Filter{})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range path {
		fmt.Printf("%s -> %s:", h.From.ID, h.To.ID)
		for _, r := range h.Relations {
			fmt.Printf(" %s %s %s (%s);", r.Source, r.Type, r.Target, r.Modality)
		}
		fmt.Println()
	}
	// Through meetings and negotiations only, the two are not connected.
	talks := actorgraph.Filter{Types: []actorgraph.RelationType{actorgraph.MeetsWith, actorgraph.NegotiatesWith}}
	_, err = g.Path("Kellogg", "Peskov", talks)
	fmt.Println(errors.Is(err, actorgraph.ErrNoPath), err)
	// Output:
	// keith-kellogg -> donald-trump: keith-kellogg envoy-for donald-trump (actual);
	// donald-trump -> vladimir-putin: donald-trump meets-with vladimir-putin (planned);
	// vladimir-putin -> dmitry-peskov: dmitry-peskov spokesperson-for vladimir-putin (actual);
	// true actorgraph: no path from "keith-kellogg" to "dmitry-peskov"
}

func ExampleGraph_Ego() {
	g := peaceTalksGraph()
	ego, err := g.Ego("Witkoff", 1, actorgraph.Filter{})
	if err != nil {
		log.Fatal(err)
	}
	for a := range ego.Actors() {
		fmt.Println(a.ID)
	}
	for r := range ego.Relations(actorgraph.Filter{}) {
		fmt.Println(r.Source, r.Type, r.Target)
	}
	// Output:
	// donald-trump
	// kirill-dmitriev
	// steve-witkoff
	// steve-witkoff envoy-for donald-trump
	// kirill-dmitriev negotiates-with steve-witkoff
}

func ExampleGraph_Subgraph() {
	g := peaceTalksGraph()
	// The graph of what document b.txt says about people representing others.
	sub, err := g.Subgraph(actorgraph.Filter{Doc: "b.txt", Types: []actorgraph.RelationType{
		actorgraph.EnvoyFor, actorgraph.SpokespersonFor,
	}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(sub.NumActors(), "actors,", sub.NumRelations(), "relations")
	for r := range sub.Relations(actorgraph.Filter{}) {
		fmt.Println(r.Source, r.Type, r.Target)
	}
	// Output:
	// 4 actors, 2 relations
	// kirill-dmitriev envoy-for vladimir-putin
	// karoline-leavitt spokesperson-for white-house
}

func ExampleGraph_Components() {
	g := peaceTalksGraph()
	// Who is linked by talks and meetings, held or planned? Moscow's refusal of talks with
	// Kyiv links nobody; Modalities: actorgraph.Modalities() would count it.
	comps, err := g.Components(actorgraph.Filter{Types: []actorgraph.RelationType{actorgraph.MeetsWith, actorgraph.NegotiatesWith}})
	if err != nil {
		log.Fatal(err)
	}
	for _, comp := range comps {
		if len(comp) < 2 {
			continue // actors in no such relation
		}
		var ids []string
		for _, a := range comp {
			ids = append(ids, a.ID)
		}
		fmt.Println(strings.Join(ids, " "))
	}
	// Output:
	// donald-trump vladimir-putin
	// keith-kellogg volodymyr-zelenskiy
	// kirill-dmitriev steve-witkoff
}

func ExampleGraph_RankByDegree() {
	g := peaceTalksGraph()
	// Denied relations, such as Moscow refusing talks with Kyiv, do not count.
	ranks, err := g.RankByDegree(actorgraph.Filter{})
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range ranks[:4] {
		fmt.Printf("%-16s %d actors, %d relations\n", d.Actor.ID, d.Degree, d.Relations)
	}
	// Output:
	// donald-trump     4 actors, 4 relations
	// vladimir-putin   4 actors, 4 relations
	// keith-kellogg    2 actors, 2 relations
	// kirill-dmitriev  2 actors, 2 relations
}

func ExampleGraph_Ends() {
	g := peaceTalksGraph()
	// Relations name their ends by ID; Ends gives the actors, which print by name.
	for r := range g.Relations(actorgraph.Filter{Actor: "Witkoff"}) {
		src, dst := g.Ends(r)
		fmt.Printf("%s %s %s (%s)\n", src, r.Type, dst, r.Modality)
		fmt.Println(r)
	}
	// Output:
	// Steve Witkoff envoy-for Donald Trump (actual)
	// steve-witkoff envoy-for donald-trump (actual)
	// Kirill Dmitriev negotiates-with Steve Witkoff (actual)
	// kirill-dmitriev negotiates-with steve-witkoff (actual)
}
