package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// summary is what the example prints about its article before the DOT source.
const summary = `Actors:
  Dmitry Peskov (person, id dmitry-peskov)
      spokesman of kremlin
  Donald Trump (person, id donald-trump)
      president of united-states
  Kremlin (organization, id kremlin)
  Russia (country, id russia)
  Steve Witkoff (person, id steve-witkoff)
      special envoy of donald-trump
  Ukraine (country, id ukraine)
  United States (country, id united-states)
  Vladimir Putin (person, id vladimir-putin)
      president of russia
Relations:
  steve-witkoff envoy-for donald-trump (actual)
  donald-trump leader-of united-states (actual)
  vladimir-putin leader-of russia (actual)
  donald-trump meets-with vladimir-putin (planned)
  steve-witkoff meets-with vladimir-putin (actual)
  russia negotiates-with ukraine (possible)
  kremlin part-of russia (actual)
  dmitry-peskov spokesperson-for kremlin (actual)
`

func TestRun(t *testing.T) {
	file := filepath.Join(t.TempDir(), "graph.dot")
	tests := []struct {
		name    string
		args    []string
		wantOut string // after the summary
		dotFile string // where the DOT source goes; "" for the output
	}{
		{"DOT to stdout", nil, "\n", ""},
		{"DOT to a file", []string{file}, "wrote " + file + "\n", file},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(context.Background(), tt.args, &out); err != nil {
				t.Fatal(err)
			}
			got, dot, _ := strings.Cut(out.String(), "digraph")
			if diff := cmp.Diff(summary+tt.wantOut, got); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
			if tt.dotFile != "" {
				b, err := os.ReadFile(tt.dotFile)
				if err != nil {
					t.Fatal(err)
				}
				_, dot, _ = strings.Cut(string(b), "digraph")
			}
			if !strings.HasPrefix(dot, " actorgraph {") || !strings.Contains(dot, `label="Steve Witkoff"`) || !strings.HasSuffix(dot, "}\n") {
				t.Errorf("not the DOT source of the graph: %.200s", dot)
			}
		})
	}
}
