package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/actorgraph/actorgraph"
	"io"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/eval"
)

const evalUsageText = `usage: actorgraph eval [-v] DIR

Parses every article NAME.txt in DIR, scores the graph of each against the hand-annotated
gold graph NAME.gold.json beside it, and prints precision, recall and F1 of actors, roles
and relations and the accuracy of kinds and modality over matched pairs, summed over the
articles. The gold files are in the -format json form without mentions and evidence.

Flags:
`

// heldoutDir starts the name of each corpus directory whose details must stay unseen
// (heldout, heldout-new): -v, which quotes names and relations of the articles, refuses it.
const heldoutDir = "heldout"

// runEval is the eval subcommand: args are those after "eval".
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("actorgraph eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	verbose := fs.Bool("v", false, "after the table, list every mismatch: missed, spurious, split or wrong")
	stated := fs.Bool("stated", false, "parse with inference off (see actorgraph -h)")
	operands, err := parseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, evalUsageText)
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return 0
		}
		return evalUsageError(stderr, err.Error())
	}
	if len(operands) != 1 {
		return evalUsageError(stderr, "eval wants one directory")
	}
	dir := operands[0]
	if *verbose && strings.HasPrefix(filepath.Base(filepath.Clean(dir)), heldoutDir) {
		return evalUsageError(stderr, "eval -v would show held-out articles: run eval without -v on "+dir)
	}
	rep, err := eval.ScoreDir(ctx, &actorgraph.Parser{Stated: *stated}, dir)
	if err != nil {
		if ctx.Err() != nil {
			return fail(stderr, errInterrupted)
		}
		return fail(stderr, err)
	}
	bw := bufio.NewWriter(stdout)
	rep.WriteTable(bw) // bufio.Writer keeps the first error for Flush
	if *verbose {
		bw.WriteString("\n")
		for _, m := range rep.Mismatches {
			fmt.Fprintln(bw, clean(m.String()))
		}
	}
	if err := bw.Flush(); err != nil {
		return fail(stderr, fmt.Errorf("write table: %w", err))
	}
	return 0
}

// evalUsageError is usageError for the eval subcommand.
func evalUsageError(stderr io.Writer, msg string) int {
	fmt.Fprintf(stderr, "actorgraph: %s (see actorgraph eval -h)\n", oneLine(msg))
	return 2
}
