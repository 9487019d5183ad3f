package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// formats maps each -format value that writes a graph into one stream and does not draw
// to the function that writes it; chooseOutput handles the others: text, which quotes
// the documents, neo4j and the drawings.
var formats = map[string]func(io.Writer, *actorgraph.Graph) error{
	"json": func(w io.Writer, g *actorgraph.Graph) error { return g.WriteJSON(w) },
	// For graph tools: see docs/exports.md.
	"graphml": func(w io.Writer, g *actorgraph.Graph) error { return g.WriteGraphML(w) },
	"cypher":  func(w io.Writer, g *actorgraph.Graph) error { return g.WriteCypher(w) },
}

// run is the whole command: it parses args (without the program name), reads the
// documents, writes the graph and returns the exit status. Errors go to stderr as one line.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "eval":
			return runEval(ctx, args[1:], stdout, stderr)
		case "query":
			return runQuery(ctx, args[1:], stdin, stdout, stderr)
		}
	}
	fs := flag.NewFlagSet("actorgraph", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by us, on one line
	format := fs.String("format", "", "output `format`: text, json, graphml, cypher, neo4j, dot, or svg, png, pdf and html drawn by Graphviz\n(default: the one the -o file's extension names, else text)")
	outPath := fs.String("o", "", "write the graph to `file` instead of standard output (with -format neo4j, a directory)")
	safe := fs.Bool("spreadsheet-safe", false, "with -format neo4j, prefix ' to each value that starts with =, +, -, @, a tab or a carriage return, so that a spreadsheet shows it as text (neo4j-admin would keep the ')")
	view := addViewFlags(fs)
	input := addInputFlags(fs)
	version := fs.Bool("version", false, "print the version of actorgraph and of Go it was built with, and exit")
	files, err := parseArgs(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		writeHelp(stdout, fs)
		return 0
	case err != nil:
		return usageError(stderr, err.Error())
	case *version:
		fmt.Fprintln(stdout, versionLine(debug.ReadBuildInfo()))
		return 0
	}
	name, err := outputFormat(*format, *outPath, stdout, stderr)
	var emit func(*actorgraph.Graph) error
	if err == nil {
		if name == "text" || name == timelineFormat {
			input.texts = &docTexts{}
		}
		emit, err = chooseOutput(ctx, name, *outPath, *safe, view, input.texts, stdout, stderr)
	}
	if err == nil {
		err = input.check(files)
	}
	var bad usageErr
	switch {
	case errors.As(err, &bad):
		return usageError(stderr, err.Error())
	case err != nil:
		return fail(stderr, err)
	}

	return parseAndEmit(ctx, input, files, stdin, stderr, emit)
}

// parseAndEmit makes the graph of the input as the flags say, hands it to emit, and
// returns the exit status: 1 when either fails, exitSkipped when some input was skipped.
func parseAndEmit(ctx context.Context, input *inputFlags, files []string, stdin io.Reader, stderr io.Writer, emit func(*actorgraph.Graph) error) int {
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
	return usageErrorOf(stderr, "actorgraph", msg)
}

// usageErrorOf reports a usage problem of the (sub)command cmd, whose help is cmd -h,
// on one line and returns exit status 2.
func usageErrorOf(stderr io.Writer, cmd, msg string) int {
	fmt.Fprintf(stderr, "actorgraph: %s (see %s -h)\n", oneLine(msg), cmd)
	return 2
}

// oneLine keeps a message on one line whatever file names it quotes, and cleans it as
// clean does, so that a file name cannot send escape sequences or bidi controls to the
// terminal.
func oneLine(s string) string {
	return clean(s)
}
