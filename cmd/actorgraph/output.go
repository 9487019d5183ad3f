package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// extFormats maps the extension of an -o file, in lower case, to the format it is
// written in when -format is not given.
var extFormats = map[string]string{
	".txt":     "text",
	".json":    "json",
	".graphml": "graphml",
	".cypher":  "cypher",
	".cql":     "cypher",
	".dot":     "dot",
	".gv":      "dot",
	".svg":     "svg",
	".html":    "html",
	".htm":     "html",
	".png":     "png",
	".pdf":     "pdf",
}

// binaryFormats are the formats whose output is not text, which the command refuses to
// write to a terminal.
var binaryFormats = []string{"png", "pdf"}

// toStdout reports whether -o path means standard output.
func toStdout(path string) bool { return path == "" || path == "-" }

// outputFormat returns the format to write: format, the value of -format, when it is
// not empty, else the one the extension of the -o file path names (see extFormats), else
// text. When format contradicts the extension it writes a warning to stderr. It returns
// a usageErr for a binary format bound for stdout when that is a terminal.
func outputFormat(format, path string, stdout, stderr io.Writer) (string, error) {
	byExt, known := extFormats[strings.ToLower(filepath.Ext(path))]
	switch {
	case toStdout(path):
	case format == "" && known:
		format = byExt
	case format != "" && known && byExt != format:
		fmt.Fprintf(stderr, "actorgraph: warning: writing -format %s to %s, whose extension says %s\n", format, oneLine(path), byExt)
	}
	if format == "" {
		format = "text"
	}
	if toStdout(path) && slices.Contains(binaryFormats, format) && isTerminal(stdout) {
		return "", usageErr{fmt.Sprintf("-format %s is binary and standard output is a terminal: write it to a file with -o FILE.%s, or pipe it to a program", format, format)}
	}
	return format, nil
}

// The files -format neo4j writes in the -o directory, named as in the neo4j-admin
// command of Graph.WriteNeo4jCSV.
const (
	neo4jNodes         = "nodes.csv"
	neo4jRelationships = "relationships.csv"
)

// chooseOutput returns the function that writes the graph in format to the -o path, or
// to stdout when path is empty or "-", with -spreadsheet-safe (safe) and the selection
// and drawing flags v applied: every format writes the part of the graph the selection
// flags keep. The text format quotes evidence from the documents texts holds. It
// returns a usageErr for a bad format or flag, or one that does not apply
// to format, and the errors of drawer.
func chooseOutput(ctx context.Context, format, path string, safe bool, v *viewFlags, texts *docTexts, stdout, stderr io.Writer) (func(*actorgraph.Graph) error, error) {
	if safe && format != "neo4j" {
		return nil, usageErr{"-spreadsheet-safe only applies to -format neo4j"}
	}
	_, known := formats[format]
	if !known && !slices.Contains([]string{"text", "neo4j", timelineFormat, timelineJSONFormat}, format) && !slices.Contains(drawFormats, format) {
		return nil, usageErr{fmt.Sprintf("unknown format %q: want text, json, graphml, cypher, neo4j, %s, %s, %s", format, timelineFormat, timelineJSONFormat, strings.Join(drawFormats, ", "))}
	}
	opts, err := v.options()
	if err != nil {
		return nil, err
	}
	if slices.Contains(drawFormats, format) {
		draw, err := drawer(ctx, format, opts, *v.force, stderr)
		if err != nil {
			return nil, err
		}
		return func(g *actorgraph.Graph) error {
			return output(path, stdout, func(w io.Writer) error { return draw(w, v.window(g)) })
		}, nil
	}
	if err := v.drawingOnly(); err != nil {
		return nil, err
	}
	var write func(*actorgraph.Graph) error
	switch format {
	case "neo4j":
		if write, err = neo4jOutput(path, safe); err != nil {
			return nil, err
		}
	case "text":
		write = func(g *actorgraph.Graph) error {
			return output(path, stdout, func(w io.Writer) error { return writeText(w, g, texts) })
		}
	case timelineFormat:
		write = func(g *actorgraph.Graph) error {
			return output(path, stdout, func(w io.Writer) error { return writeTimeline(w, g, texts) })
		}
	case timelineJSONFormat:
		write = func(g *actorgraph.Graph) error {
			return output(path, stdout, func(w io.Writer) error { return writeTimelineJSON(w, g) })
		}
	default:
		write = func(g *actorgraph.Graph) error {
			return output(path, stdout, func(w io.Writer) error { return formats[format](w, g) })
		}
	}
	return func(g *actorgraph.Graph) error {
		s, err := selection(v.window(g), opts)
		if err != nil {
			return err
		}
		return write(s)
	}, nil
}

// neo4jOutput returns the function that writes the graph as the two CSV files of
// Graph.WriteNeo4jCSVWith, neo4jNodes and neo4jRelationships, in the directory dir,
// which it makes if need be.
func neo4jOutput(dir string, safe bool) (func(*actorgraph.Graph) error, error) {
	if toStdout(dir) {
		return nil, usageErr{fmt.Sprintf("-format neo4j writes two files, %s and %s: give -o DIR, the directory to write them in", neo4jNodes, neo4jRelationships)}
	}
	return func(g *actorgraph.Graph) error {
		if err := os.MkdirAll(dir, 0o777); err != nil {
			return err
		}
		return output(filepath.Join(dir, neo4jNodes), nil, func(nodes io.Writer) error {
			return output(filepath.Join(dir, neo4jRelationships), nil, func(rels io.Writer) error {
				return g.WriteNeo4jCSVWith(nodes, rels, actorgraph.Neo4jCSVOptions{SpreadsheetSafe: safe})
			})
		})
	}, nil
}

// output calls write on the file at path, or on stdout when path is empty or "-". The
// writers buffer and flush by themselves and report errors of their last write, and the
// file's Close error is checked too, so no lost output goes unreported.
func output(path string, stdout io.Writer, write func(io.Writer) error) error {
	if toStdout(path) {
		return write(stdout)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	// Errors of f name the file: "write out.json: no space left on device".
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
