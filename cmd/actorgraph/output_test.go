package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"

	"github.com/google/go-cmp/cmp"
)

func TestOutputFormat(t *testing.T) {
	old := isTerminal
	t.Cleanup(func() { isTerminal = old })
	tests := []struct {
		name     string
		format   string
		path     string
		terminal bool // whether stdout is a terminal
		want     string
		warning  string
		err      string
	}{
		{name: "default", want: "text"},
		{name: "explicit to stdout", format: "json", want: "json"},
		{name: "from the extension", path: "out.svg", want: "svg"},
		{name: "extension in capitals", path: "dir.v2/OUT.GraphML", want: "graphml"},
		{name: "gv is dot", path: "g.gv", want: "dot"},
		{name: "cql is cypher", path: "load.cql", want: "cypher"},
		{name: "html", path: "graph.html", want: "html"},
		{name: "htm is html", path: "GRAPH.HTM", want: "html"},
		{name: "unknown extension", path: "out.data", want: "text"},
		{name: "no extension", path: "out", want: "text"},
		{name: "explicit agrees", format: "pdf", path: "a.pdf", want: "pdf"},
		{name: "explicit wins with a warning", format: "json", path: "a.svg", want: "json",
			warning: "actorgraph: warning: writing -format json to a.svg, whose extension says svg\n"},
		{name: "explicit, unknown extension", format: "dot", path: "a.out", want: "dot"},
		{name: "- is stdout", path: "-", want: "text"},
		{name: "png to a pipe", format: "png", want: "png"},
		{name: "png to a terminal", format: "png", terminal: true,
			err: "-format png is binary and standard output is a terminal: write it to a file with -o FILE.png, or pipe it to a program"},
		{name: "pdf to a terminal as -o -", format: "pdf", path: "-", terminal: true,
			err: "-format pdf is binary and standard output is a terminal: write it to a file with -o FILE.pdf, or pipe it to a program"},
		{name: "png file from a terminal", path: "a.png", terminal: true, want: "png"},
		{name: "svg to a terminal", format: "svg", terminal: true, want: "svg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isTerminal = func(io.Writer) bool { return tt.terminal }
			var stderr bytes.Buffer
			got, err := outputFormat(tt.format, tt.path, io.Discard, &stderr)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("format = %q, want %q", got, tt.want)
			}
			if diff := cmp.Diff(tt.warning, stderr.String()); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRunFormatFromExtension checks that the command writes the format that -o's
// extension names, and refuses binary output to a terminal before it reads anything.
func TestRunFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "graph.json")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-o", out}, strings.NewReader(article1), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d, stderr %q", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(expectJSON(t, [2]string{"stdin", article1}), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", out, diff)
	}

	old := isTerminal
	t.Cleanup(func() { isTerminal = old })
	isTerminal = func(w io.Writer) bool { return w == &stdout }
	stdout.Reset()
	stderr.Reset()
	code := run(context.Background(), []string{"-format", "pdf"}, strings.NewReader(article1), &stdout, &stderr)
	want := "actorgraph: -format pdf is binary and standard output is a terminal: write it to a file with -o FILE.pdf, or pipe it to a program (see actorgraph -h)\n"
	if code != 2 || stderr.String() != want || stdout.Len() != 0 {
		t.Errorf("-format pdf to a terminal: status %d, stderr %q, %d bytes out; want 2, %q, none", code, stderr.String(), stdout.Len(), want)
	}
}

// TestBinaryFormatFromExtension runs the built command with -o naming a DOT file and no
// -format.
func TestBinaryFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := runBinary(t, dir, article1, "-o", "g.gv")
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("exit status %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "g.gv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(got, []byte("digraph ")) {
		t.Errorf("g.gv starts %q, want a DOT digraph", got[:min(len(got), 40)])
	}
}

// TestRunNeo4j checks -format neo4j: two files in the -o directory, made if need be.
func TestRunNeo4j(t *testing.T) {
	// The evidence of its one relation starts with "=": a formula to a spreadsheet.
	const hostile = "=Russian President Vladimir Putin met Ukrainian President Volodymyr Zelensky in Moscow.\n"
	dir := t.TempDir()
	tests := []struct {
		name       string
		args       []string
		stdin      string
		opts       actorgraph.Neo4jCSVOptions
		relsHave   string // text relationships.csv must hold
		wantStderr string
		wantCode   int
	}{
		{name: "new directory", args: []string{"-format", "neo4j", "-o", filepath.Join(dir, "new", "out")}, stdin: article1},
		{name: "existing directory", args: []string{"-format", "neo4j", "-o", dir}, stdin: article1},
		{name: "exact values", args: []string{"-format", "neo4j", "-o", filepath.Join(dir, "raw")}, stdin: hostile, relsHave: ",=Russian"},
		{name: "spreadsheet-safe", args: []string{"-o", filepath.Join(dir, "safe"), "-spreadsheet-safe", "-format", "neo4j"}, stdin: hostile,
			opts: actorgraph.Neo4jCSVOptions{SpreadsheetSafe: true}, relsHave: ",'=Russian"},
		{name: "no -o", args: []string{"-format", "neo4j"}, wantCode: 2,
			wantStderr: "actorgraph: -format neo4j writes two files, nodes.csv and relationships.csv: give -o DIR, the directory to write them in (see actorgraph -h)\n"},
		{name: "drawing flag", args: []string{"-format", "neo4j", "-o", dir, "-cluster"}, wantCode: 2,
			wantStderr: "actorgraph: -cluster only applies to the formats dot, svg, png, pdf, html (see actorgraph -h)\n"},
		{name: "-spreadsheet-safe elsewhere", args: []string{"-format", "json", "-spreadsheet-safe"}, wantCode: 2,
			wantStderr: "actorgraph: -spreadsheet-safe only applies to -format neo4j (see actorgraph -h)\n"},
		{name: "-o a file", args: []string{"-format", "neo4j", "-o", filepath.Join(dir, "nodes.csv")}, stdin: article1, wantCode: 1,
			wantStderr: "actorgraph: mkdir " + filepath.Join(dir, "nodes.csv") + ": not a directory\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.wantCode || stderr.String() != tt.wantStderr || stdout.Len() != 0 {
				t.Fatalf("status %d, stderr %q, %d bytes out; want %d, %q, none", code, stderr.String(), stdout.Len(), tt.wantCode, tt.wantStderr)
			}
			if code != 0 {
				return
			}
			var nodes, rels bytes.Buffer
			if err := expectGraph(t, [2]string{"stdin", tt.stdin}).WriteNeo4jCSVWith(&nodes, &rels, tt.opts); err != nil {
				t.Fatal(err)
			}
			out := tt.args[slices.Index(tt.args, "-o")+1]
			for name, want := range map[string]string{"nodes.csv": nodes.String(), "relationships.csv": rels.String()} {
				got, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, string(got)); diff != "" {
					t.Errorf("%s (-want +got):\n%s", name, diff)
				}
			}
			if !strings.Contains(rels.String(), tt.relsHave) {
				t.Errorf("relationships.csv lacks %q:\n%s", tt.relsHave, rels.String())
			}
		})
	}
}

// TestBinaryNeo4j runs the built command with -format neo4j.
func TestBinaryNeo4j(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := runBinary(t, dir, article1, "-format", "neo4j", "-o", "import")
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("exit status %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "import", "nodes.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "id:ID(Actor),name,kind,"; !strings.HasPrefix(string(got), want) {
		t.Errorf("nodes.csv starts %q, want %q", got[:min(len(got), 40)], want)
	}
}
