// Corpus parses several articles, merges their graphs into one and draws it: actors who
// appear in more than one story become one actor, and the picture groups actors by
// country. It writes corpus.svg, in a new temporary directory unless -o names the file,
// when Graphviz is installed, and corpus.dot otherwise.
//
//	go run ./examples/corpus                    # the bundled articles
//	go run ./examples/corpus -o out.svg a.txt b.txt
package main

import (
	"bytes"
	"context"
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path"

	"github.com/actorgraph/actorgraph/examples/internal/picture"

	"github.com/actorgraph/actorgraph"
)

// articles holds four wire-style reports: the Gaza ceasefire, talks on Sudan, the
// Armenia–Azerbaijan declaration and sanctions on Venezuela.
//
//go:embed articles/*.txt
var articles embed.FS

func main() {
	log.SetFlags(0)
	log.SetPrefix("corpus: ")
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// run parses the articles (the bundled ones unless files are named), merges them,
// prints a summary to w and writes the picture to the -o file.
func run(ctx context.Context, args []string, w io.Writer) error {
	flags := flag.NewFlagSet("corpus", flag.ContinueOnError)
	out := flags.String("o", "", "the picture to write (default corpus.svg in a new temporary directory; .dot instead of .svg without Graphviz)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	docs, err := readDocs(flags.Args())
	if err != nil {
		return err
	}
	var p actorgraph.Parser
	var graphs []*actorgraph.Graph
	for _, d := range docs {
		g, err := p.ParseDoc(ctx, d.name, d.text)
		if err != nil {
			return fmt.Errorf("%s: %w", d.name, err)
		}
		fmt.Fprintf(w, "%-28s %3d actors, %3d relations\n", d.name, g.NumActors(), g.NumRelations())
		graphs = append(graphs, g)
	}
	// Merge pools what the articles say; JoinSurnames then joins a person named by surname
	// only ("Trump") to the one full name that ends in it, as the actorgraph command does.
	g := actorgraph.Merge(graphs...).JoinSurnames()
	fmt.Fprintf(w, "%-28s %3d actors, %3d relations\n", "merged", g.NumActors(), g.NumRelations())

	// Who appears in more than one story?
	fmt.Fprintln(w, "In several articles:")
	for a := range g.Actors() {
		if n := len(docsOf(a)); n > 1 {
			fmt.Fprintf(w, "  %-28s %d articles\n", a.Name, n)
		}
	}
	fmt.Fprintln(w, "Most connected:")
	ranks, err := g.RankByDegree(actorgraph.Filter{})
	if err != nil {
		return err
	}
	for _, d := range ranks[:min(5, len(ranks))] {
		fmt.Fprintf(w, "  %-28s %d actors\n", d.Actor.Name, d.Degree)
	}
	comps, err := g.Components(actorgraph.Filter{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d connected groups; the largest has %d actors\n", len(comps), len(comps[0]))

	// The picture, grouped by country. Over DOTManyActors actors the writer leaves out the
	// news agencies and the actors without a relation (DOTOptions.KeepAll keeps them).
	var src bytes.Buffer
	if err := g.WriteDOTWith(&src, actorgraph.DOTOptions{ClusterByCountry: true}); err != nil {
		return err
	}
	file, err := picture.Write(ctx, *out, "corpus", src.Bytes())
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "wrote", file)
	return nil
}

type document struct{ name, text string }

// readDocs reads the named files, or the bundled articles when there are none.
func readDocs(files []string) ([]document, error) {
	var docs []document
	if len(files) == 0 {
		names, err := fs.Glob(articles, "articles/*.txt")
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			b, err := articles.ReadFile(n)
			if err != nil {
				return nil, err
			}
			docs = append(docs, document{path.Base(n), string(b)})
		}
		return docs, nil
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, document{f, string(b)})
	}
	return docs, nil
}

// docsOf returns the documents an actor is named in.
func docsOf(a *actorgraph.Actor) []string {
	var docs []string
	for _, m := range a.Mentions {
		if len(docs) == 0 || docs[len(docs)-1] != m.Doc { // mentions are sorted by document
			docs = append(docs, m.Doc)
		}
	}
	return docs
}
