package actorgraph_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
)

const article = "U.S. President Donald Trump said on Thursday he would meet Russian President " +
	"Vladimir Putin in Budapest. Kremlin spokesman Dmitry Peskov said the date was not yet set.\n"

func ExampleParse() {
	g, err := actorgraph.Parse(context.Background(), article)
	if err != nil {
		log.Fatal(err)
	}
	for a := range g.Actors() {
		fmt.Printf("%s (%s) %s\n", a.ID, a.Kind, a.Name)
	}
	for r := range g.Relations(actorgraph.Filter{}) {
		fmt.Printf("%s %s %s (%s)\n", r.Source, r.Type, r.Target, r.Modality)
	}
	// Output:
	// dmitry-peskov (person) Dmitry Peskov
	// donald-trump (person) Donald Trump
	// kremlin (organization) Kremlin
	// russia (country) Russia
	// united-states (country) United States
	// vladimir-putin (person) Vladimir Putin
	// donald-trump leader-of united-states (actual)
	// vladimir-putin leader-of russia (actual)
	// donald-trump meets-with vladimir-putin (planned)
	// kremlin part-of russia (actual)
	// dmitry-peskov spokesperson-for kremlin (actual)
}

func ExampleGraph_Actor() {
	g, err := actorgraph.Parse(context.Background(), article)
	if err != nil {
		log.Fatal(err)
	}
	// Any alias finds the actor, ignoring case, diacritics and a leading "the".
	if putin := g.Actor("putin"); putin != nil {
		fmt.Println(putin.ID, putin.Kind, putin.Aliases)
		for _, r := range putin.Roles {
			fmt.Printf("%s of %s\n", r.Title, r.Of)
		}
	}
	fmt.Println(g.Actor("the Kremlin").Country)
	fmt.Println(g.Actor("Zelenskiy") == nil)
	// Output:
	// vladimir-putin person [Vladimir Putin]
	// president of russia
	// russia
	// true
}

func ExampleGraph_Relations() {
	g, err := actorgraph.Parse(context.Background(), article)
	if err != nil {
		log.Fatal(err)
	}
	// What has Trump planned? A symmetric relation matches either way round.
	for r := range g.Relations(actorgraph.Filter{Actor: "Trump", Modalities: []actorgraph.Modality{actorgraph.Planned}}) {
		e := r.Evidence[0]
		fmt.Printf("%s %s %s\n", r.Source, r.Type, r.Target)
		fmt.Printf("  sentence %d: %q\n", e.Sentence, article[e.Start:e.End])
	}
	// Output:
	// donald-trump meets-with vladimir-putin
	//   sentence 0: "he would meet Russian President Vladimir Putin"
}

func ExampleGraph_WriteJSON() {
	g, err := actorgraph.Parse(context.Background(), "Kremlin spokesman Dmitry Peskov said talks would go on.")
	if err != nil {
		log.Fatal(err)
	}
	if err := g.WriteJSON(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {
	//   "actors": [
	//     {
	//       "id": "dmitry-peskov",
	//       "name": "Dmitry Peskov",
	//       "kind": "person",
	//       "aliases": [
	//         "Dmitry Peskov"
	//       ],
	//       "roles": [
	//         {
	//           "title": "spokesman",
	//           "of": "kremlin"
	//         }
	//       ],
	//       "mentions": [
	//         {
	//           "start": 18,
	//           "end": 31,
	//           "text": "Dmitry Peskov"
	//         }
	//       ]
	//     },
	//     {
	//       "id": "kremlin",
	//       "name": "Kremlin",
	//       "kind": "organization",
	//       "country": "russia",
	//       "aliases": [
	//         "Kremlin"
	//       ],
	//       "roles": [],
	//       "mentions": [
	//         {
	//           "start": 0,
	//           "end": 7,
	//           "text": "Kremlin"
	//         }
	//       ]
	//     }
	//   ],
	//   "relations": [
	//     {
	//       "type": "spokesperson-for",
	//       "source": "dmitry-peskov",
	//       "target": "kremlin",
	//       "modality": "actual",
	//       "evidence": [
	//         {
	//           "doc": "",
	//           "sentence": 0,
	//           "sentence_start": 0,
	//           "start": 0,
	//           "end": 31,
	//           "text": "Kremlin spokesman Dmitry Peskov said talks would go on.",
	//           "rule": "role"
	//         }
	//       ]
	//     }
	//   ]
	// }
}

// tinyGraph is the JSON of a graph with two actors and one relation.
const tinyGraph = `{
  "actors": [
    {"id": "donald-trump", "name": "Donald Trump", "kind": "person", "aliases": ["Trump"],
     "roles": [{"title": "president", "of": "united-states"}], "mentions": []},
    {"id": "vladimir-putin", "name": "Vladimir \"Vova\" Putin", "kind": "person", "aliases": [],
     "roles": [], "mentions": []}
  ],
  "relations": [
    {"type": "meets-with", "source": "vladimir-putin", "target": "donald-trump", "modality": "planned",
     "evidence": [{"doc": "a.txt", "sentence": 0, "sentence_start": 25, "start": 45, "end": 55, "rule": "verb",
                   "text": "Trump said he would meet Putin in Budapest."}]}
  ]
}`

func ExampleGraph_WriteDOT() {
	g, err := actorgraph.ReadJSON(strings.NewReader(tinyGraph))
	if err != nil {
		log.Fatal(err)
	}
	if err := g.WriteDOT(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// digraph actorgraph {
	//	graph [rankdir=LR, fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.5];
	//	node [fontname="Helvetica", fontsize=12, style=filled, color="#404040", margin="0.08,0.04"];
	//	edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];
	//	n0 [label="Donald Trump", shape=ellipse, fillcolor="#ffffff", tooltip="donald-trump (person)\npresident of united-states"];
	//	n1 [label="Vladimir \"Vova\" Putin", shape=ellipse, fillcolor="#ffffff", tooltip="vladimir-putin (person)"];
	//	n0 -> n1 [label="meets-with", fontcolor="#35978f", color="#35978f", style=dashed, dir=none, tooltip="Trump said he would meet Putin in Budapest."];
	//	subgraph cluster_legend {
	//		label="Legend";
	//		fontsize=10;
	//		color="#b0b0b0";
	//		style=rounded;
	//		node [fontsize=9, height=0.3, margin="0.05,0.02"];
	//		{
	//			rank=same;
	//			legend_person [label="person", shape=ellipse, fillcolor="#ffffff"];
	//			legend_lines [shape=plaintext, style="", label=<<TABLE BORDER="0" CELLSPACING="3" CELLPADDING="0">
	//				<TR><TD WIDTH="40" FIXEDSIZE="TRUE" BORDER="1" COLOR="#404040" SIDES="B" HEIGHT="6" STYLE="dashed"></TD><TD ALIGN="LEFT" ROWSPAN="2">planned</TD></TR><TR><TD></TD></TR>
	//				<TR><TD COLSPAN="2" ALIGN="LEFT">no arrowhead: symmetric</TD></TR>
	//			</TABLE>>];
	//		}
	//	}
	// }
}

func ExampleReadJSON() {
	g, err := actorgraph.ReadJSON(strings.NewReader(tinyGraph))
	if err != nil {
		log.Fatal(err)
	}
	for a := range g.Actors() {
		fmt.Println(a.ID, a.Roles)
	}
	// Symmetric relations are stored with the smaller ID as source.
	for r := range g.Relations(actorgraph.Filter{Actor: "Putin"}) {
		fmt.Println(r.Source, r.Type, r.Target, r.Modality, r.Evidence[0].Doc)
	}

	_, err = actorgraph.ReadJSON(strings.NewReader(`{"actors": [], "relations": [{"type": "likes"}]}`))
	fmt.Println(err)
	// Output:
	// donald-trump [president of united-states]
	// vladimir-putin []
	// donald-trump meets-with vladimir-putin planned a.txt
	// actorgraph: read JSON: relation 0: unknown type "likes"
}

// WriteHTML writes one page that works offline: the drawing laid out by Graphviz, a
// search box, a panel for the clicked actor or relation and filters. Layout runs dot;
// here it also gives a page without a drawing when Graphviz is not installed, whose
// search, panel and filters still work.
func ExampleGraph_WriteHTML() {
	g, err := actorgraph.Parse(context.Background(), article)
	if err != nil {
		log.Fatal(err)
	}
	layout := func(src []byte) ([]byte, error) {
		if _, err := exec.LookPath("dot"); err != nil {
			return []byte(`<svg xmlns="http://www.w3.org/2000/svg"></svg>`), nil
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "dot", "-Tsvg")
		cmd.Stdin = bytes.NewReader(src)
		return cmd.Output()
	}
	var page bytes.Buffer
	err = g.WriteHTML(&page, actorgraph.HTMLOptions{
		Title:      "Budapest summit",
		DOTOptions: actorgraph.DOTOptions{Focus: "Putin"},
		Layout:     layout,
	})
	if err != nil {
		log.Fatal(err)
	}
	html := page.String()
	fmt.Println(strings.Contains(html, "<title>Budapest summit</title>"))
	fmt.Println(strings.Contains(html, `"name":"Vladimir Putin"`), strings.Contains(html, `"name":"Dmitry Peskov"`))
	fmt.Println(strings.Contains(html, "https://"), strings.Contains(html, "http://"))
	// Output:
	// true
	// true false
	// false false
}
