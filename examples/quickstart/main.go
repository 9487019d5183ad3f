// Quickstart parses a short news article and prints the actors it names, the roles they
// hold and the relations between them, then writes the graph in Graphviz DOT.
//
//	go run ./examples/quickstart             # DOT to standard output
//	go run ./examples/quickstart graph.dot   # DOT to graph.dot; then: dot -Tsvg graph.dot > graph.svg
package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/actorgraph/actorgraph"
)

// article is wire-style news: one paragraph, sentences separated by spaces.
const article = "WASHINGTON, Oct 16 (Reuters) - U.S. President Donald Trump said on Thursday he " +
	"would meet Russian President Vladimir Putin in Budapest within two weeks. " +
	"Kremlin spokesman Dmitry Peskov said Moscow did not rule out talks with Ukraine. " +
	"Trump's special envoy Steve Witkoff met Putin in Moscow last week.\n"

func main() {
	log.SetFlags(0)
	log.SetPrefix("quickstart: ")
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// run parses the article and prints its actors and relations to w, then the DOT source:
// to w after a blank line, or to the file args[0] names.
func run(ctx context.Context, args []string, w io.Writer) error {
	g, err := actorgraph.Parse(ctx, article)
	if err != nil {
		return err
	}

	fmt.Fprintln(w, "Actors:")
	for a := range g.Actors() {
		fmt.Fprintf(w, "  %s (%s, id %s)\n", a.Name, a.Kind, a.ID)
		for _, r := range a.Roles {
			if r.Of != "" {
				fmt.Fprintf(w, "      %s of %s\n", r.Title, r.Of)
			} else {
				fmt.Fprintf(w, "      %s\n", r.Title)
			}
		}
	}

	fmt.Fprintln(w, "Relations:")
	for r := range g.Relations(actorgraph.Filter{}) {
		fmt.Fprintf(w, "  %s %s %s (%s)\n", r.Source, r.Type, r.Target, r.Modality)
	}

	if len(args) == 0 {
		fmt.Fprintln(w)
		return g.WriteDOT(w)
	}
	if err := writeDOTFile(g, args[0]); err != nil {
		return err
	}
	fmt.Fprintln(w, "wrote", args[0])
	return nil
}

// writeDOTFile writes g to the file at path, reporting the error of Close too: a full
// disk may only show up there.
func writeDOTFile(g *actorgraph.Graph, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := g.WriteDOT(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
