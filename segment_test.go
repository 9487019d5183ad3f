package actorgraph

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// relationSummary returns "type source target sentence" for each relation of g and the
// first sentence of its evidence, sorted.
func relationSummary(g *Graph) []string {
	var out []string
	for r := range g.Relations(Filter{}) {
		out = append(out, strings.Join([]string{string(r.Type), r.Source, r.Target, r.Evidence[0].Text}, " | "))
	}
	return out
}

// TestSegmentedLowerCaseAndCR checks through Parse that text in lower case and text with
// lone carriage returns for line breaks are read sentence by sentence: each relation's
// evidence is its own sentence, not the whole text.
func TestSegmentedLowerCaseAndCR(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "lower case",
			text: "the envoy said Donald Trump would meet Vladimir Putin. they talked for hours. later Emmanuel Macron called Olaf Scholz. both agreed.",
			want: []string{
				"contacts | donald-trump | vladimir-putin | they talked for hours.",
				"contacts | emmanuel-macron | olaf-scholz | later Emmanuel Macron called Olaf Scholz.",
				"meets-with | donald-trump | vladimir-putin | the envoy said Donald Trump would meet Vladimir Putin.",
				"negotiates-with | donald-trump | vladimir-putin | both agreed.",
			},
		},
		{
			name: "lone carriage returns",
			text: "Donald Trump met Vladimir Putin in Alaska\rEmmanuel Macron called Olaf Scholz\r",
			want: []string{
				"contacts | emmanuel-macron | olaf-scholz | Emmanuel Macron called Olaf Scholz",
				"meets-with | donald-trump | vladimir-putin | Donald Trump met Vladimir Putin in Alaska",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Parse(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, relationSummary(g)); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
		})
	}
}
