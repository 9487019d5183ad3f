package actorgraph_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

func TestStrings(t *testing.T) {
	tests := []struct {
		name string
		v    fmt.Stringer
		want string
	}{
		{"actor", &actorgraph.Actor{ID: "donald-trump", Name: "Donald Trump"}, "Donald Trump"},
		{"actor without a name", &actorgraph.Actor{ID: "donald-trump"}, "donald-trump"},
		{"relation", &actorgraph.Relation{Type: actorgraph.EnvoyFor, Source: "steve-witkoff", Target: "donald-trump",
			Modality: actorgraph.Actual}, "steve-witkoff envoy-for donald-trump (actual)"},
		{"symmetric relation", &actorgraph.Relation{Type: actorgraph.NegotiatesWith, Source: "russia", Target: "ukraine",
			Modality: actorgraph.Negated}, "russia negotiates-with ukraine (negated)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, fmt.Sprint(tt.v)); diff != "" {
				t.Errorf("String (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEnds(t *testing.T) {
	g := peaceTalksGraph()
	tests := []struct {
		name     string
		r        *actorgraph.Relation
		src, dst string // names, "<nil>" for none
	}{
		{"in the graph", &actorgraph.Relation{Type: actorgraph.EnvoyFor, Source: "keith-kellogg", Target: "donald-trump"},
			"Keith Kellogg", "Donald Trump"},
		{"end not in the graph", &actorgraph.Relation{Type: actorgraph.EnvoyFor, Source: "andriy-yermak", Target: "ukraine"},
			"<nil>", "Ukraine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, dst := g.Ends(tt.r)
			if diff := cmp.Diff(tt.src+" "+tt.dst, fmt.Sprint(src)+" "+fmt.Sprint(dst)); diff != "" {
				t.Errorf("Ends (-want +got):\n%s", diff)
			}
		})
	}
	var nilGraph *actorgraph.Graph
	if src, dst := nilGraph.Ends(&actorgraph.Relation{Source: "a", Target: "b"}); src != nil || dst != nil {
		t.Errorf("Ends on a nil graph = %v, %v", src, dst)
	}
}

// TestHighlightFromJSON checks that a graph read back from JSON places its evidence words
// and mentions without the document: the evidence words are the sentence text from
// Start-SentenceStart, and a mention's text is the document's text in its span.
func TestHighlightFromJSON(t *testing.T) {
	docs := []string{
		"Kremlin spokesman Dmitry Peskov said talks would go on. Later, Russian President Vladimir Putin met Donald Trump in Alaska.",
		"Ukraine's President Volodymyr Zelenskiy did not meet Putin.\nOn Tuesday, Trump's envoy Steve Witkoff held talks with Kirill Dmitriev in Miami.",
	}
	for i, text := range docs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			g, err := actorgraph.Parse(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := g.WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			back, err := actorgraph.ReadJSON(&buf)
			if err != nil {
				t.Fatal(err)
			}
			var want, got []string
			for a := range back.Actors() {
				for _, m := range a.Mentions {
					want = append(want, text[m.Start:m.End])
					got = append(got, m.Text)
				}
			}
			n := 0
			for _, e := range back.Evidence(actorgraph.Filter{}) {
				n++
				want = append(want, text[e.Start:e.End])
				got = append(got, e.Text[e.Start-e.SentenceStart:e.End-e.SentenceStart])
			}
			if len(want) == 0 || n == 0 {
				t.Fatalf("%d mentions and evidence, %d evidence: the test tests nothing", len(want), n)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("highlighted text (-want +got):\n%s", diff)
			}
		})
	}
}
