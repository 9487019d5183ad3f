// Ego-network draws one actor and the actors around it: who the actor deals with, and
// who those deal with in turn. It writes an SVG picture, in a new temporary directory
// unless -o names the file, when Graphviz is installed, and the DOT source otherwise.
//
//	go run ./examples/ego-network                          # Trump in the bundled Korea summit article
//	go run ./examples/ego-network -actor Lee -depth 2      # another actor, two steps out
//	go run ./examples/ego-network -o lee.svg news.txt      # another article
package main

import (
	"bytes"
	"context"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/examples/internal/picture"

	"github.com/actorgraph/actorgraph"
)

// article is a wire-style report of a summit between the presidents of the United
// States and South Korea.
//
//go:embed article.txt
var article string

func main() {
	log.SetFlags(0)
	log.SetPrefix("ego-network: ")
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// run parses the flags and the article, prints the ego network to w and writes its
// picture to the -o file (by default ego.svg in a new temporary directory, or ego.dot
// without Graphviz).
func run(ctx context.Context, args []string, w io.Writer) error {
	fs := flag.NewFlagSet("ego-network", flag.ContinueOnError)
	actor := fs.String("actor", "Trump", "the actor at the centre, by ID, name or alias")
	depth := fs.Int("depth", 1, "how many relations away to go")
	out := fs.String("o", "", "the picture to write (default ego.svg in a new temporary directory; .dot instead of .svg without Graphviz)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	doc, text := "article.txt", article
	if fs.NArg() > 0 {
		b, err := os.ReadFile(fs.Arg(0))
		if err != nil {
			return err
		}
		doc, text = fs.Arg(0), string(b)
	}
	var p actorgraph.Parser
	g, err := p.ParseDoc(ctx, doc, text)
	if err != nil {
		return err
	}

	ego, err := g.Ego(*actor, *depth, actorgraph.Filter{})
	if err != nil {
		return err
	}
	centre := g.Actor(*actor)
	fmt.Fprintf(w, "%s and the actors within %d step(s) (←: the relation runs towards %s):\n", centre.Name, *depth, centre.Name)
	for a := range ego.Actors() {
		if a == centre {
			continue
		}
		var how []string
		for r := range ego.Relations(actorgraph.Filter{Source: centre.ID, Target: a.ID}) {
			how = append(how, fmt.Sprintf("%s (%s)", r.Type, r.Modality))
		}
		for r := range ego.Relations(actorgraph.Filter{Source: a.ID, Target: centre.ID}) {
			if !r.Type.Symmetric() { // symmetric ones matched either way above
				how = append(how, fmt.Sprintf("← %s (%s)", r.Type, r.Modality))
			}
		}
		if len(how) == 0 {
			// Further out: name the first actor on the way.
			path, err := ego.Path(centre.ID, a.ID, actorgraph.Filter{})
			if err != nil {
				return err
			}
			how = []string{"through " + path[0].To.Name}
		}
		fmt.Fprintf(w, "  %-24s %s\n", a.Name, strings.Join(how, ", "))
	}

	// The picture: the same network, with the actors of each country in a box.
	var src bytes.Buffer
	opts := actorgraph.DOTOptions{Focus: centre.ID, Depth: *depth, ClusterByCountry: true}
	if err := g.WriteDOTWith(&src, opts); err != nil {
		return err
	}
	path, err := picture.Write(ctx, *out, "ego", src.Bytes())
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "wrote", path)
	return nil
}
