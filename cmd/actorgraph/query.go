package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// This file is the query subcommand: the library's questions (Graph.WhoHolds, an actor's
// roles and neighbours, Graph.Path, the evidence of a relation) asked of the graph of
// the input, answered in text or JSON.

const queryHelp = `actorgraph query asks a question of the graph of the input: the FILEs as the command
reads them, or a graph it saved with -graph FILE.

Examples:
  # Who holds a title, in some articles
  actorgraph query holds "foreign minister" news/*.txt

  # An actor's names, roles, neighbours and relations, in a graph saved by -o graph.json
  actorgraph query actor Putin -graph graph.json

  # How two actors are connected, through meetings and calls only
  actorgraph query path Kellogg Peskov -types meets-with,contacts -graph graph.json

  # Where the text says that two actors met
  actorgraph query evidence meets-with Putin Trump news/*.txt

  # The IDs of an actor's neighbours, with jq
  actorgraph query actor Trump -json -graph graph.json | jq -r '.neighbors[].id'

Usage:
  actorgraph query holds TITLE [flags] [FILE ...]
  actorgraph query actor NAME [flags] [FILE ...]
  actorgraph query path FROM TO [flags] [FILE ...]
  actorgraph query evidence TYPE A B [flags] [FILE ...]

holds lists the actors holding a title, matched by its head noun as the lexicon groups
titles ("spokesperson" finds spokesmen and press secretaries). actor shows the actor a
NAME (an ID, name, alias or surname) goes by, its roles, the actors it is related to and
its relations. path shows a shortest chain of relations between two actors, either way.
evidence lists every piece of evidence of the relations of TYPE between A and B, in
either direction. -types keeps only relations of those types for actor and path.

An actor that no NAME goes by is an error, with exit status 1; a title nobody holds, or
two actors not connected, is an answer. The input flags are those of actorgraph (see
actorgraph -h); the exit status is 0, 1 for an error, 2 for bad usage, 3 when some input
was skipped.

Flags:
`

// A question is one of the query subcommand's questions.
type question struct {
	args []string // the names of its arguments, for messages
	// check, when set, returns a usageErr for bad args, before any input is read.
	check func(args []string) error
	// answer answers it on g with args, one for each of the question's args, keeping the
	// relations of types (all when empty) where it lists relations.
	answer func(g *actorgraph.Graph, args []string, types []actorgraph.RelationType) (answer, error)
}

// An answer is written as text, quoting evidence from the documents texts holds (see
// writeEvidence), or as JSON by encoding/json.
type answer interface {
	text(bw *bufio.Writer, texts *docTexts)
}

var questions = map[string]question{
	"holds":    {[]string{"TITLE"}, nil, answerHolds},
	"actor":    {[]string{"NAME"}, nil, answerActor},
	"path":     {[]string{"FROM", "TO"}, nil, answerPath},
	"evidence": {[]string{"TYPE", "A", "B"}, checkEvidence, answerEvidence},
}

// runQuery is the query subcommand: args are those after "query".
func runQuery(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("actorgraph query", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "write the answer as JSON")
	typesFlag := fs.String("types", "", "with actor and path, follow only relations of these comma-separated `types`")
	input := addInputFlags(fs)
	operands, err := parseArgs(fs, args)
	if !*asJSON {
		input.texts = &docTexts{}
	}
	if errors.Is(err, flag.ErrHelp) {
		io.WriteString(stdout, queryHelp)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return 0
	}
	if err != nil {
		return usageErrorOf(stderr, "actorgraph query", "query: "+err.Error())
	}
	if len(operands) == 0 {
		return usageErrorOf(stderr, "actorgraph query", "query: want a question: holds, actor, path or evidence")
	}
	q, ok := questions[operands[0]]
	if !ok {
		return usageErrorOf(stderr, "actorgraph query", fmt.Sprintf("query: unknown question %q: want holds, actor, path or evidence", operands[0]))
	}
	if len(operands)-1 < len(q.args) {
		return usageErrorOf(stderr, "actorgraph query", fmt.Sprintf("query %s needs %s", operands[0], strings.Join(q.args, " and ")))
	}
	qargs, files := operands[1:1+len(q.args)], operands[1+len(q.args):]
	types, err := listFlag("types", "relation type", *typesFlag, actorgraph.RelationTypes())
	if err == nil && q.check != nil {
		err = q.check(qargs)
	}
	if err == nil {
		err = input.check(files)
	}
	if err != nil {
		return usageErrorOf(stderr, "actorgraph query", "query: "+err.Error())
	}
	return parseAndEmit(ctx, input, files, stdin, stderr, func(g *actorgraph.Graph) error {
		a, err := q.answer(g, qargs, types)
		if err != nil {
			return fmt.Errorf("query %s: %w", operands[0], err)
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(a)
		}
		bw := bufio.NewWriter(stdout)
		a.text(bw, input.texts)
		return flushText(bw)
	})
}

// errNoActor reports that no actor goes by name.
func errNoActor(name string) error {
	return fmt.Errorf("no actor goes by %q", name)
}

// mustActor returns the actor name goes by, or errNoActor.
func mustActor(g *actorgraph.Graph, name string) (*actorgraph.Actor, error) {
	if a := g.Actor(name); a != nil {
		return a, nil
	}
	return nil, errNoActor(name)
}

// actorFilter selects the relations of types (all when empty) with the actor id at
// either end: the one Filter the query subcommand uses.
func actorFilter(id string, types []actorgraph.RelationType) actorgraph.Filter {
	return actorgraph.Filter{Actor: id, Types: types}
}

// actorRef is an actor in an answer, without its lists.
type actorRef struct {
	ID   string          `json:"id"`
	Name string          `json:"name"`
	Kind actorgraph.Kind `json:"kind"`
}

func refOf(a *actorgraph.Actor) actorRef { return actorRef{a.ID, a.Name, a.Kind} }

// text writes "id  name" as writeTextActor does.
func (r actorRef) text(bw *bufio.Writer) {
	bw.WriteString(clean(r.ID))
	if r.Name != "" && r.Name != r.ID {
		fmt.Fprintf(bw, "  %s", clean(r.Name))
	}
}

// holdsAnswer answers query holds.
type holdsAnswer struct {
	Title   string   `json:"title"`
	Holders []holder `json:"holders"`
}

type holder struct {
	Actor actorRef        `json:"actor"`
	Role  actorgraph.Role `json:"role"`
}

func answerHolds(g *actorgraph.Graph, args []string, _ []actorgraph.RelationType) (answer, error) {
	a := holdsAnswer{Title: args[0], Holders: []holder{}}
	for actor, role := range g.WhoHolds(args[0]) {
		a.Holders = append(a.Holders, holder{refOf(actor), role})
	}
	return a, nil
}

func (a holdsAnswer) text(bw *bufio.Writer, texts *docTexts) {
	if len(a.Holders) == 0 {
		fmt.Fprintf(bw, "Nobody holds the title %q.\n", clean(a.Title))
		return
	}
	for _, h := range a.Holders {
		bw.WriteString("  ")
		h.Actor.text(bw)
		fmt.Fprintf(bw, "  — %s", clean(h.Role.Title))
		if h.Role.Of != "" {
			fmt.Fprintf(bw, " of %s", clean(h.Role.Of))
		}
		bw.WriteString("\n")
	}
}

// actorAnswer answers query actor.
type actorAnswer struct {
	Actor     *actorgraph.Actor      `json:"actor"`
	Neighbors []actorRef             `json:"neighbors"`
	Relations []*actorgraph.Relation `json:"relations"`
}

func answerActor(g *actorgraph.Graph, args []string, types []actorgraph.RelationType) (answer, error) {
	actor, err := mustActor(g, args[0])
	if err != nil {
		return nil, err
	}
	a := actorAnswer{Actor: actor, Neighbors: []actorRef{}, Relations: []*actorgraph.Relation{}}
	for n := range g.Neighbors(actor.ID, actorgraph.Filter{Types: types}) {
		a.Neighbors = append(a.Neighbors, refOf(n))
	}
	for r := range g.Relations(actorFilter(actor.ID, types)) {
		a.Relations = append(a.Relations, r)
	}
	return a, nil
}

func (a actorAnswer) text(bw *bufio.Writer, texts *docTexts) {
	writeTextActor(bw, a.Actor)
	if a.Actor.Kind != "" {
		fmt.Fprintf(bw, "      kind: %s\n", a.Actor.Kind)
	}
	if len(a.Neighbors) > 0 {
		bw.WriteString("\nNeighbours:\n")
	}
	for _, n := range a.Neighbors {
		bw.WriteString("  ")
		n.text(bw)
		bw.WriteString("\n")
	}
	if len(a.Relations) > 0 {
		bw.WriteString("\nRelations:\n")
	}
	for _, r := range a.Relations {
		writeTextRelation(bw, r, texts)
	}
}

// pathAnswer answers query path.
type pathAnswer struct {
	From  actorRef `json:"from"`
	To    actorRef `json:"to"`
	Found bool     `json:"found"`
	Hops  []hop    `json:"hops"`
}

type hop struct {
	From      string                 `json:"from"`
	To        string                 `json:"to"`
	Relations []*actorgraph.Relation `json:"relations"`
}

func answerPath(g *actorgraph.Graph, args []string, types []actorgraph.RelationType) (answer, error) {
	from, err := mustActor(g, args[0])
	if err != nil {
		return nil, err
	}
	to, err := mustActor(g, args[1])
	if err != nil {
		return nil, err
	}
	a := pathAnswer{From: refOf(from), To: refOf(to), Hops: []hop{}}
	hops, err := g.Path(from.ID, to.ID, actorgraph.Filter{Types: types})
	switch {
	case errors.Is(err, actorgraph.ErrNoPath):
		return a, nil
	case err != nil:
		return nil, err
	}
	a.Found = true
	for _, h := range hops {
		a.Hops = append(a.Hops, hop{h.From.ID, h.To.ID, h.Relations})
	}
	return a, nil
}

func (a pathAnswer) text(bw *bufio.Writer, texts *docTexts) {
	if !a.Found {
		fmt.Fprintf(bw, "No path from %s to %s.\n", clean(a.From.ID), clean(a.To.ID))
		return
	}
	bw.WriteString(clean(a.From.ID))
	for _, h := range a.Hops {
		fmt.Fprintf(bw, " — %s", clean(h.To))
	}
	fmt.Fprintf(bw, "  (%d relations away)\n", len(a.Hops))
	for _, h := range a.Hops {
		for _, r := range h.Relations {
			writeTextRelation(bw, r, texts)
		}
	}
}

// evidenceAnswer answers query evidence.
type evidenceAnswer []evidenceItem

type evidenceItem struct {
	Type     actorgraph.RelationType `json:"type"`
	Source   string                  `json:"source"`
	Target   string                  `json:"target"`
	Modality actorgraph.Modality     `json:"modality"`
	Evidence actorgraph.Evidence     `json:"evidence"`
}

// checkEvidence returns a usageErr when the TYPE of query evidence is no relation type.
func checkEvidence(args []string) error {
	if !actorgraph.RelationType(args[0]).Valid() {
		return usageErr{fmt.Sprintf("evidence: unknown relation type %q: want one of those actorgraph -h lists", args[0])}
	}
	return nil
}

func answerEvidence(g *actorgraph.Graph, args []string, _ []actorgraph.RelationType) (answer, error) {
	types := []actorgraph.RelationType{actorgraph.RelationType(args[0])}
	x, err := mustActor(g, args[1])
	if err != nil {
		return nil, err
	}
	y, err := mustActor(g, args[2])
	if err != nil {
		return nil, err
	}
	a := evidenceAnswer{}
	for r, e := range g.Evidence(actorFilter(x.ID, types)) {
		if r.Source == y.ID || r.Target == y.ID {
			a = append(a, evidenceItem{r.Type, r.Source, r.Target, r.Modality, e})
		}
	}
	return a, nil
}

func (a evidenceAnswer) text(bw *bufio.Writer, texts *docTexts) {
	if len(a) == 0 {
		bw.WriteString("No evidence.\n")
		return
	}
	for _, it := range a {
		writeRelationHead(bw, &actorgraph.Relation{Type: it.Type, Source: it.Source, Target: it.Target, Modality: it.Modality})
		writeEvidence(bw, it.Evidence, texts)
		bw.WriteString("\n")
	}
}
