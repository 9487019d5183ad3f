package main

import (
	"bytes"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// TestRunSelectionJSON checks that -format json writes the very graph a drawing with the
// same selection flags holds (Graph.Drawn), and the whole graph without them.
func TestRunSelectionJSON(t *testing.T) {
	tests := []struct {
		name string
		args []string
		opts actorgraph.DOTOptions
	}{
		{"none", nil, actorgraph.DOTOptions{}},
		{"focus", []string{"-focus", "Trump"}, actorgraph.DOTOptions{Focus: "Trump"}},
		{"types and modalities", []string{"-types", "meets-with,leader-of", "-modalities", "actual"},
			actorgraph.DOTOptions{Types: []actorgraph.RelationType{"meets-with", "leader-of"}, Modalities: []actorgraph.Modality{"actual"}}},
		{"min-mentions", []string{"-min-mentions", "2"}, actorgraph.DOTOptions{MinMentions: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := expectGraph(t, [2]string{"stdin", article1}).Drawn(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := v.WriteJSON(&want); err != nil {
				t.Fatal(err)
			}
			got := runWant(t, append([]string{"-format", "json"}, tt.args...), article1, "")
			if diff := cmp.Diff(want.String(), got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
