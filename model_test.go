package actorgraph_test

import (
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
