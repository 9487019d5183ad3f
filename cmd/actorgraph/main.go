// Command actorgraph reads English news text and prints the graph of actors (people,
// organizations, countries, groups) and the relations between them that the text states.
//
// Usage:
//
//	actorgraph [-format text|json|graphml|cypher|dot|svg|png|pdf] [-o FILE] [drawing flags] [FILE ...]
//
// Each FILE is parsed as one document named by its path; with no FILE, or for a FILE
// named "-", standard input is read as the document "stdin". The graphs of all documents
// are merged into one, in which a person named by surname only joins the one full name
// that ends in it (Graph.JoinSurnames), and written to standard output or to the -o file:
//
//	-format text  a readable summary: actors by kind, then one relation per line (default)
//	-format json  the JSON form of Graph.WriteJSON
//	-format graphml  GraphML for Gephi, yEd, Cytoscape or NetworkX (Graph.WriteGraphML)
//	-format cypher   a Cypher script that loads the graph into Neo4j (Graph.WriteCypher)
//	-format dot   Graphviz DOT, for example: actorgraph -format dot news.txt | dot -Tsvg > news.svg
//	-format svg, -format png, -format pdf
//	              the drawing, rendered by Graphviz's dot, which must be installed
//	              (apt-get install graphviz, brew install graphviz)
//
// The drawing flags choose what dot, svg, png and pdf show (see actorgraph.DOTOptions):
//
//	-focus NAME        only the actors around the actor NAME (an ID, name or alias)
//	-depth N           with -focus, actors up to N relations away (default 1)
//	-types T1,T2       only relations of these types, such as meets-with,negotiates-with
//	-min-mentions N    leave out actors named fewer than N times
//	-cluster           draw the actors of each country in a box
//
// For example: actorgraph -format svg -focus Putin -depth 2 -cluster -o putin.svg news.txt
//
// Documents are parsed on every core as they are read, and their graphs merged as they
// are parsed (actorgraph.Corpus), so only the documents being parsed are held in memory;
// what grows with the input is the merged graph, above all its mentions and evidence.
// These flags read streams of documents and bound that growth:
//
//	-ndjson            read each FILE (or standard input) as newline-delimited JSON, one
//	                   document a line: {"doc": "NAME", "text": "TEXT"}; other fields are
//	                   ignored and blank lines skipped; a bad line is an error naming the
//	                   input and the line number
//	-max-evidence N    keep the first N pieces of evidence of each relation (by document
//	                   name, sentence and offset); 0, the default, keeps all
//	-max-mentions N    keep the first N mentions of each actor; -min-mentions counts these
//
// With both caps, memory grows only with the distinct actors, aliases, roles and relations
// of the input, for example: actorgraph -ndjson -max-evidence 10 -max-mentions 10
// -format json < news.ndjson (the README gives the figures for 1 GB).
//
// The eval subcommand scores the parser on hand-annotated articles:
//
//	actorgraph eval [-v] DIR
//
// parses every NAME.txt in DIR, compares its graph with the gold graph NAME.gold.json (the
// json format without mentions and evidence) and prints a table of precision, recall and
// F1 for actors, roles and relations, and the accuracy of kinds and of the modality of
// matched relations, summed over the articles. -v lists every mismatch after the table; it
// refuses a directory named heldout, whose articles rule writers must not see. (To parse
// a file named eval, write ./eval.)
//
// Errors are reported on one line prefixed "actorgraph: ". The exit status is 2 for bad
// flags, 1 for unreadable input, parse and write errors, and 0 otherwise.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
