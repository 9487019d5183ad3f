package actorgraph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// writeJSON returns what g.WriteJSON writes.
func writeJSON(t *testing.T, g *actorgraph.Graph) string {
	t.Helper()
	var buf bytes.Buffer
	if err := g.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestGraphJSONMarshaling checks that encoding/json encodes a *Graph as WriteJSON does
// and decodes it back, alone, inside a struct and into a graph that held another.
func TestGraphJSONMarshaling(t *testing.T) {
	ctx := context.Background()
	g, err := actorgraph.Parse(ctx, "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday.")
	if err != nil {
		t.Fatal(err)
	}
	other, err := actorgraph.Parse(ctx, "Ukrainian President Volodymyr Zelenskiy spoke by phone with French President Emmanuel Macron.")
	if err != nil {
		t.Fatal(err)
	}
	want := writeJSON(t, g)
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(want)); err != nil {
		t.Fatal(err)
	}

	type report struct {
		Title string
		Graph *actorgraph.Graph
	}
	tests := []struct {
		name    string
		in      any    // what is marshaled
		wantOut string // what json.Marshal gives
		into    func() (any, *actorgraph.Graph)
	}{
		{
			name:    "graph",
			in:      g,
			wantOut: compact.String(),
			into: func() (any, *actorgraph.Graph) {
				var z actorgraph.Graph
				return &z, &z
			},
		},
		{
			name:    "in a struct",
			in:      report{"summit", g},
			wantOut: `{"Title":"summit","Graph":` + compact.String() + `}`,
			into: func() (any, *actorgraph.Graph) {
				var r report
				return &r, nil // the graph is r.Graph once decoded
			},
		},
		{
			name:    "over another graph",
			in:      g,
			wantOut: compact.String(),
			into: func() (any, *actorgraph.Graph) {
				o := actorgraph.Merge(other)
				o.Actor("Macron") // builds indexes that must be replaced
				return o, o
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := json.Marshal(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantOut, string(out)); diff != "" {
				t.Fatalf("json.Marshal (-want +got):\n%s", diff)
			}
			dst, got := tt.into()
			if err := json.Unmarshal(out, dst); err != nil {
				t.Fatal(err)
			}
			if got == nil {
				got = dst.(*report).Graph
			}
			if diff := cmp.Diff(want, writeJSON(t, got)); diff != "" {
				t.Errorf("decoded graph (-want +got):\n%s", diff)
			}
			if got.Actor("Macron") != nil || got.Actor("Putin") == nil {
				t.Errorf("after decoding, Actor(Macron) = %v, Actor(Putin) = %v; want nil and Putin", got.Actor("Macron"), got.Actor("Putin"))
			}
		})
	}
}

// TestGraphUnmarshalJSONError checks that bad JSON leaves the graph as it was.
func TestGraphUnmarshalJSONError(t *testing.T) {
	g, err := actorgraph.Parse(context.Background(), "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday.")
	if err != nil {
		t.Fatal(err)
	}
	want := writeJSON(t, g)
	tests := []struct{ name, in, err string }{
		{"unknown field", `{"actors": [], "relations": [], "extra": 1}`, `actorgraph: read JSON: unknown key "extra"`},
		{"relation to nobody", `{"actors": [], "relations": [{"type": "meets-with", "source": "a", "target": "b", "modality": "actual", "evidence": []}]}`, `actorgraph: read JSON: relation 0: source "a" is not an actor`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := g.UnmarshalJSON([]byte(tt.in))
			if err == nil || err.Error() != tt.err {
				t.Fatalf("UnmarshalJSON error = %v, want %s", err, tt.err)
			}
			if diff := cmp.Diff(want, writeJSON(t, g)); diff != "" {
				t.Errorf("graph changed (-want +got):\n%s", diff)
			}
		})
	}
}
