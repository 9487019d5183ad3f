package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph"
)

const usageText = `usage: actorgraph [-format text|json|graphml|cypher|neo4j|dot|svg|png|pdf] [-o FILE] [drawing flags] [FILE ...]
       actorgraph eval [-v] DIR

Reads English news from each FILE (standard input when there is none or FILE is -),
merges the actors and relations of all of them into one graph and writes it out.
Flags may come before, between or after the files; -- ends them (actorgraph -- -odd-name.txt).
With eval, scores the articles of DIR against their gold graphs (see actorgraph eval -h).
Without -format, the extension of the -o file names the format (-o graph.svg draws
an SVG), else it is text; png and pdf are not written to a terminal.
-format neo4j writes nodes.csv and relationships.csv, for neo4j-admin, in the -o directory.
The formats svg, png and pdf run Graphviz's dot; the drawing flags -focus, -depth,
-types, -min-mentions and -cluster choose what dot, svg, png and pdf show.
Documents are parsed on every core as they are read; with -ndjson each FILE holds one
document a line. Input compressed with gzip (.txt.gz, .ndjson.gz) is decompressed.
A file or line that cannot be read or parsed is skipped and reported on one line of
standard error, and the graph of the rest is written; -strict stops at the first instead.
On a terminal a long run shows its progress and ends with a summary; -q turns them off.
The graph keeps the first %d pieces of evidence of each relation and %d mentions of
each actor, so that archives larger than memory fit; -max-evidence 0 -max-mentions 0
keep all.

Exit status: 0 success, 1 a fatal error, 2 bad usage, 3 some input skipped.

Flags:
`

// formats maps each -format value that does not draw to the function that writes a graph
// in it; chooseWriter handles the others.
var formats = map[string]func(io.Writer, *actorgraph.Graph) error{
	"text": writeText,
	"json": func(w io.Writer, g *actorgraph.Graph) error { return g.WriteJSON(w) },
	// For graph tools: see docs/exports.md.
	"graphml": func(w io.Writer, g *actorgraph.Graph) error { return g.WriteGraphML(w) },
	"cypher":  func(w io.Writer, g *actorgraph.Graph) error { return g.WriteCypher(w) },
}

// run is the whole command: it parses args (without the program name), reads the
// documents, writes the graph and returns the exit status. Errors go to stderr as one line.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(ctx, args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("actorgraph", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by us, on one line
	format := fs.String("format", "", "output `format`: text, json, graphml, cypher, neo4j, dot, or svg, png and pdf drawn by Graphviz\n(default: the one the -o file's extension names, else text)")
	outPath := fs.String("o", "", "write the graph to `file` instead of standard output (with -format neo4j, a directory)")
	safe := fs.Bool("spreadsheet-safe", false, "with -format neo4j, prefix ' to each value that starts with =, +, -, @, a tab or a carriage return, so that a spreadsheet shows it as text (neo4j-admin would keep the ')")
	draw := addDrawFlags(fs)
	input := addInputFlags(fs)
	files, err := parseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stdout, usageText, defaultMaxEvidence, defaultMaxMentions)
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return 0
		}
		return usageError(stderr, err.Error())
	}
	name, err := outputFormat(*format, *outPath, stdout, stderr)
	var emit func(*actorgraph.Graph) error
	if err == nil {
		emit, err = chooseOutput(ctx, name, *outPath, *safe, draw, stdout, stderr)
	}
	if err == nil {
		err = input.check()
	}
	var bad usageErr
	switch {
	case errors.As(err, &bad):
		return usageError(stderr, err.Error())
	case err != nil:
		return fail(stderr, err)
	}

	if len(files) == 0 {
		files = []string{"-"}
	}
	prog := newProgress(stderr, *input.quiet)
	g, err := input.parse(ctx, files, stdin, prog)
	if err != nil {
		return fail(stderr, err)
	}
	if err := emit(g); err != nil {
		return fail(stderr, err)
	}
	prog.summary(g)
	if prog.numSkipped() > 0 {
		return exitSkipped
	}
	return 0
}

// exitSkipped is the exit status of a run that wrote the graph of its input but for some
// documents or lines it skipped.
const exitSkipped = 3

// errInterrupted reports that ctx was cancelled, normally by Ctrl-C.
var errInterrupted = errors.New("interrupted")

// fail reports err on one line and returns exit status 1.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "actorgraph: %s\n", oneLine(strings.TrimPrefix(err.Error(), "actorgraph: ")))
	return 1
}

// usageError reports a usage problem on one line and returns exit status 2.
func usageError(stderr io.Writer, msg string) int {
	fmt.Fprintf(stderr, "actorgraph: %s (see actorgraph -h)\n", oneLine(msg))
	return 2
}

// oneLine keeps a message on one line whatever file names it quotes, and cleans it as
// clean does, so that a file name cannot send escape sequences or bidi controls to the
// terminal.
func oneLine(s string) string {
	return clean(s)
}
