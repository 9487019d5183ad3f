package actorgraphbeam_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/beam/actorgraphbeam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

// Two documents, one of them not text, parsed and merged on the runner of the --runner
// flag (Prism by default); the graph and the report of the skipped document are files.
func ExampleGraph() {
	dir, err := os.MkdirTemp("", "actorgraphbeam")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	p, s := beam.NewPipelineWithRoot()
	docs := beam.Create(s,
		actorgraphbeam.Document{Name: "a.txt", Text: "Russian President Vladimir Putin met Donald Trump in Helsinki.", Date: "2018-07-16"},
		actorgraphbeam.Document{Name: "b.bin", Text: "\x00\x01\x02\x03\x04\x05\x06\x07"},
	)
	graph, skipped := actorgraphbeam.Graph(s, docs, actorgraphbeam.Options{
		MaxEvidence: actorgraphbeam.DefaultMaxEvidence,
		MaxMentions: actorgraphbeam.DefaultMaxMentions,
	})
	actorgraphbeam.WriteGraph(s, graph, filepath.Join(dir, "graph.json"))
	actorgraphbeam.WriteSkipped(s, skipped, filepath.Join(dir, "skipped.txt"))
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatal(err)
	}

	f, err := os.Open(filepath.Join(dir, "graph.json"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	g, err := actorgraph.ReadJSON(f)
	if err != nil {
		log.Fatal(err)
	}
	for r := range g.Relations(actorgraph.Filter{Types: []actorgraph.RelationType{actorgraph.MeetsWith}}) {
		fmt.Println(r)
	}
	report, err := os.ReadFile(filepath.Join(dir, "skipped.txt"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(report))
	// Output:
	// donald-trump meets-with vladimir-putin (actual)
	// b.bin: not text (100% of the bytes are control bytes or invalid UTF-8)
}
