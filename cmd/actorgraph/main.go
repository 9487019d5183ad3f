// Command actorgraph reads English news text and prints the graph of actors (people,
// organizations, countries, groups) and the relations between them that the text states.
//
// Usage:
//
//	actorgraph [-format text|json|dot] [-o FILE] [FILE ...]
//
// Each FILE is parsed as one document named by its path; with no FILE, or for a FILE
// named "-", standard input is read as the document "stdin". The graphs of all documents
// are merged into one, which is written to standard output or to the -o file:
//
//	-format text  a readable summary: actors by kind, then one relation per line (default)
//	-format json  the JSON form of Graph.WriteJSON
//	-format dot   Graphviz DOT, for example: actorgraph -format dot news.txt | dot -Tsvg > news.svg
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
