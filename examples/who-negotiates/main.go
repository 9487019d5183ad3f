// Who-negotiates answers the questions people bring to a news article with the query
// API: who talks to whom, and how it is said; who speaks or negotiates for whom; who
// matters most; and how two actors are connected.
//
//	go run ./examples/who-negotiates                 # the bundled article on the Gaza ceasefire
//	go run ./examples/who-negotiates news.txt        # another article
//	go run ./examples/who-negotiates news.txt A B    # and how actor A is connected to actor B
package main

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/actorgraph/actorgraph"
)

// article is a wire-style report of the Gaza ceasefire talks of January 2025, written
// for this example: it names a spokesman, an envoy and two negotiators.
//
//go:embed article.txt
var article string

func main() {
	log.SetFlags(0)
	log.SetPrefix("who-negotiates: ")
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// run parses the article named by args[0] (the bundled one when there is none) and
// prints the answers to w; args[1] and args[2], when given, name two actors to connect.
func run(ctx context.Context, args []string, w io.Writer) error {
	doc, text := "article.txt", article
	if len(args) > 0 {
		b, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		doc, text = args[0], string(b)
	}
	var p actorgraph.Parser
	g, err := p.ParseDoc(ctx, doc, text)
	if err != nil {
		return err
	}

	// Who talks to whom? Talks and meetings, each with how the text puts it.
	fmt.Fprintln(w, "Talks and meetings:")
	talks := actorgraph.Filter{Types: []actorgraph.RelationType{actorgraph.NegotiatesWith, actorgraph.MeetsWith}}
	for r := range g.Relations(talks) {
		src, dst := g.Ends(r)
		fmt.Fprintf(w, "  %s %s %s (%s)\n", src, r.Type, dst, r.Modality)
		for _, e := range r.Evidence {
			if 0 <= e.Start && e.Start <= e.End && e.End <= len(text) {
				fmt.Fprintf(w, "      sentence %d: %q\n", e.Sentence, text[e.Start:e.End])
			}
		}
	}

	// Who speaks and negotiates for whom? Titles match by their head noun, so
	// "spokesperson" finds spokesmen and press secretaries, "envoy" special representatives.
	for _, title := range []string{"spokesperson", "envoy", "negotiator"} {
		fmt.Fprintf(w, "Holding the title %q:\n", title)
		none := true
		for a, role := range g.WhoHolds(title) {
			none = false
			of := "(no principal named)"
			if role.Of != "" {
				of = "of " + g.Actor(role.Of).String()
			}
			fmt.Fprintf(w, "  %s, %s %s\n", a.Name, role.Title, of)
		}
		if none {
			fmt.Fprintln(w, "  nobody")
		}
	}

	// Who matters most in the talks? Rank by the number of actors each talks to.
	fmt.Fprintln(w, "Most connected in talks and meetings:")
	ranks, err := g.RankByDegree(talks)
	if err != nil {
		return err
	}
	for i, d := range ranks {
		if i == 5 || d.Degree == 0 {
			break
		}
		fmt.Fprintf(w, "  %-40s talks with %d\n", d.Actor.Name, d.Degree)
	}

	// How are two actors connected? Any relation that is not denied counts, in either
	// direction: Biden reaches Hamas through his call to Egypt's president and Egypt's
	// talks with the Hamas negotiator.
	from, to := "Biden", "Hamas"
	if len(args) >= 3 {
		from, to = args[1], args[2]
	}
	fmt.Fprintf(w, "From %s to %s:\n", from, to)
	path, err := g.Path(from, to, actorgraph.Filter{})
	switch {
	case errors.Is(err, actorgraph.ErrUnknownActor), errors.Is(err, actorgraph.ErrNoPath):
		fmt.Fprintf(w, "  %v\n", err)
	case err != nil:
		return err
	}
	for _, h := range path {
		r := h.Relations[0]
		src, dst := g.Ends(r)
		fmt.Fprintf(w, "  %s %s %s (%s)\n", src, r.Type, dst, r.Modality)
	}
	return nil
}
