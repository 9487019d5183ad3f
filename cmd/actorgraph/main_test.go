package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// TestMain lets a test run the real main in a child process, with its real stdout.
func TestMain(m *testing.M) {
	if os.Getenv("ACTORGRAPH_TEST_MAIN") == "1" {
		os.Args = append([]string{"actorgraph"}, strings.Fields(os.Getenv("ACTORGRAPH_TEST_ARGS"))...)
		main()
	}
	code := m.Run()
	if build.dir != "" {
		os.RemoveAll(build.dir)
	}
	os.Exit(code)
}

const (
	article1 = "U.S. President Donald Trump said on Monday he would meet Russian President Vladimir Putin in Budapest. " +
		"Kremlin spokesman Dmitry Peskov said preparations had begun.\n"
	article2 = "Ukrainian President Volodymyr Zelenskiy met Trump at the White House on Friday. " +
		"Trump's envoy Steve Witkoff is expected to travel to Moscow next week.\n"
)

// expectJSON returns the JSON that parsing and merging the documents should produce.
func expectJSON(t *testing.T, docs ...[2]string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := expectGraph(t, docs...).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// expectGraph returns the graph that parsing and merging the documents should produce.
func expectGraph(t *testing.T, docs ...[2]string) *actorgraph.Graph {
	t.Helper()
	var p actorgraph.Parser
	var graphs []*actorgraph.Graph
	for _, d := range docs {
		g, err := p.ParseDoc(context.Background(), d[0], d[1])
		if err != nil {
			t.Fatalf("ParseDoc(%q): %v", d[0], err)
		}
		graphs = append(graphs, g)
	}
	return actorgraph.Merge(graphs...).JoinSurnames()
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("device gone") }

func TestRun(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	for path, text := range map[string]string{a: article1, b: article2} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(dir, "missing.txt")
	out := filepath.Join(dir, "out.json")

	tests := []struct {
		name       string
		args       []string
		stdin      string
		stdout     func(t *testing.T) string // the exact output wanted; nil: any, if the status is 0
		wantStderr string                    // "" means none; else one line
		wantCode   int
		file       bool // whether out must hold the merged JSON of a and b
	}{
		{
			name:       "bad flag",
			args:       []string{"-x"},
			wantStderr: "actorgraph: flag provided but not defined: -x (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:       "flag without value",
			args:       []string{"-format"},
			wantStderr: "actorgraph: flag needs an argument: -format (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:       "unknown format",
			args:       []string{"-format", "yaml", a},
			wantStderr: "actorgraph: unknown format \"yaml\": want text, json, graphml, cypher, neo4j, timeline, timeline-json, dot, svg, png, pdf, html (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:       "missing file skipped",
			args:       []string{"-format", "json", a, missing},
			stdout:     func(t *testing.T) string { return expectJSON(t, [2]string{a, article1}) },
			wantStderr: "actorgraph: skipped " + missing + ": no such file or directory\n",
			wantCode:   3,
		},
		{
			name:       "directory as file skipped",
			args:       []string{"-format", "json", dir},
			stdout:     func(t *testing.T) string { return expectJSON(t) },
			wantStderr: "actorgraph: skipped " + dir + ": is a directory\n",
			wantCode:   3,
		},
		{
			name:       "missing file with -strict",
			args:       []string{"-strict", a, missing},
			wantStderr: "actorgraph: " + missing + ": no such file or directory\n",
			wantCode:   1,
		},
		{
			name:       "directory as file with -strict",
			args:       []string{"-strict", dir},
			wantStderr: "actorgraph: " + dir + ": is a directory\n",
			wantCode:   1,
		},
		{
			name:     "stdin when no file",
			args:     []string{"-format", "json"},
			stdin:    article1,
			stdout:   func(t *testing.T) string { return expectJSON(t, [2]string{"stdin", article1}) },
			wantCode: 0,
		},
		{
			name:     "flags after files",
			args:     []string{a, "-format", "json", b, "-q"},
			stdout:   func(t *testing.T) string { return expectJSON(t, [2]string{a, article1}, [2]string{b, article2}) },
			wantCode: 0,
		},
		{
			name:       "-- ends flags",
			args:       []string{"-format", "json", "--", "-format"},
			wantStderr: "actorgraph: skipped -format: no such file or directory\n",
			stdout:     func(t *testing.T) string { return expectJSON(t) },
			wantCode:   3,
		},
		{
			name:     "stdin as -",
			args:     []string{"-format=json", "-"},
			stdin:    article2,
			stdout:   func(t *testing.T) string { return expectJSON(t, [2]string{"stdin", article2}) },
			wantCode: 0,
		},
		{
			name:  "several files merged",
			args:  []string{"-format", "json", a, "-", b},
			stdin: "The Pentagon said on Tuesday it had no comment.",
			stdout: func(t *testing.T) string {
				return expectJSON(t, [2]string{a, article1}, [2]string{"stdin", "The Pentagon said on Tuesday it had no comment."}, [2]string{b, article2})
			},
			wantCode: 0,
		},
		{
			name:     "-o file",
			args:     []string{"-format", "json", "-o", out, a, b},
			stdout:   func(*testing.T) string { return "" },
			file:     true,
			wantCode: 0,
		},
		{
			name:       "-o into a missing directory",
			args:       []string{"-o", filepath.Join(missing, "out.txt"), a},
			wantStderr: "actorgraph: open " + filepath.Join(missing, "out.txt") + ": no such file or directory\n",
			wantCode:   1,
		},
		{
			name:     "dot",
			args:     []string{"-format", "dot", a},
			wantCode: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if got := stderr.String(); got != tt.wantStderr {
				t.Errorf("stderr = %q, want %q", got, tt.wantStderr)
			}
			switch {
			case tt.stdout != nil:
				if diff := cmp.Diff(tt.stdout(t), stdout.String()); diff != "" {
					t.Errorf("stdout mismatch (-want +got):\n%s", diff)
				}
			case tt.wantCode == 0 && stdout.Len() == 0:
				t.Errorf("no output")
			case tt.wantCode != 0 && stdout.Len() != 0:
				t.Errorf("output despite error:\n%s", stdout.String())
			}
			if tt.file {
				got, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				want := expectJSON(t, [2]string{a, article1}, [2]string{b, article2})
				if diff := cmp.Diff(want, string(got)); diff != "" {
					t.Errorf("-o file mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestRunFailures(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name       string
		ctx        context.Context
		args       []string
		stdout     interface{ Write([]byte) (int, error) }
		wantStderr string
	}{
		{"interrupted", ctx, nil, &bytes.Buffer{}, "actorgraph: interrupted\n"},
		{"text to a failing stdout", context.Background(), nil, failWriter{}, "actorgraph: write text: device gone\n"},
		{"json to a failing stdout", context.Background(), []string{"-format", "json"}, failWriter{}, "actorgraph: write JSON: device gone\n"},
		{"dot to a failing stdout", context.Background(), []string{"-format", "dot"}, failWriter{}, "actorgraph: write DOT: device gone\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(tt.ctx, tt.args, strings.NewReader(article1), tt.stdout, &stderr)
			if code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			if got := stderr.String(); got != tt.wantStderr {
				t.Errorf("stderr = %q, want %q", got, tt.wantStderr)
			}
		})
	}
}

// TestInterruptWhileReading checks that Ctrl-C stops the command while it waits for
// standard input, as it does when reading a terminal.
func TestInterruptWhileReading(t *testing.T) {
	pr, pw := io.Pipe() // never written: reads block
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, nil, pr, &stdout, &stderr) }()
	select {
	case code := <-done:
		if code != 1 || stderr.String() != "actorgraph: interrupted\n" {
			t.Errorf("run = %d, stderr %q; want 1, \"actorgraph: interrupted\\n\"", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return after the context was cancelled")
	}
}

// TestClosedStdout runs the real main with a standard output it cannot write to, as
// `actorgraph >&-` would, and expects one line of error and status 1, not a crash.
func TestClosedStdout(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process")
	}
	stdout, err := os.Open(os.DevNull) // read-only: every write fails
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	for _, format := range []string{"text", "json", "dot"} {
		t.Run(format, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "ACTORGRAPH_TEST_MAIN=1", "ACTORGRAPH_TEST_ARGS=-format "+format)
			cmd.Stdin = strings.NewReader(article1)
			cmd.Stdout = stdout
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 1 {
				t.Fatalf("run = %v, want exit status 1; stderr:\n%s", err, stderr.String())
			}
			msg := stderr.String()
			if !strings.HasPrefix(msg, "actorgraph: ") || !strings.HasSuffix(msg, "bad file descriptor\n") || strings.Count(msg, "\n") != 1 {
				t.Errorf("stderr = %q, want one line ending in bad file descriptor", msg)
			}
		})
	}
}

func TestWriteText(t *testing.T) {
	const in = `{
  "actors": [
    {"id": "donald-trump", "name": "Donald Trump", "kind": "person", "aliases": ["Donald Trump", "Trump"],
     "roles": [{"title": "president", "of": "united-states"}], "mentions": [{"doc": "a.txt", "start": 14, "end": 26}]},
    {"id": "evil", "name": "Evil\u001b[31m\nCorp", "kind": "", "aliases": ["\u202eroC liv\u202c"], "roles": [], "mentions": []},
    {"id": "kremlin", "name": "Kremlin", "kind": "organization", "country": "russia", "aliases": ["the Kremlin"], "roles": [], "mentions": []},
    {"id": "united-states", "name": "United States", "kind": "country", "aliases": ["U.S."], "roles": [], "mentions": []},
    {"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person", "aliases": [], "roles": [], "mentions": []}
  ],
  "relations": [
    {"type": "meets-with", "source": "donald-trump", "target": "vladimir-putin", "modality": "planned", "evidence": [
      {"doc": "a.txt", "sentence": 0, "start": 15, "end": 89, "text": "U.S. President Donald Trump said on Monday he would meet Russian President Vladimir Putin in Budapest within two weeks.", "rule": "verb"},
      {"doc": "b.txt", "sentence": 3, "start": 0, "end": 10, "text": "Trump will meet Putin.", "rule": "verb"}]},
    {"type": "leader-of", "source": "donald-trump", "target": "united-states", "modality": "actual", "evidence": [
      {"doc": "a.txt", "sentence": 0, "start": 0, "end": 28, "text": "U.S. President\n\tDonald Trump said.", "rule": "role"}]},
    {"type": "opposes", "source": "evil", "target": "kremlin", "modality": "negated", "evidence": []}
  ]
}`
	const want = `People:
  donald-trump  Donald Trump
      aliases: Trump
      roles: president of united-states
  vladimir-putin  Vladimir Putin

Organizations:
  kremlin  Kremlin  (russia)
      aliases: the Kremlin

Countries:
  united-states  United States
      aliases: U.S.

Unknown kind:
  evil  Evil [31m Corp
      aliases: roC liv

Relations:
  donald-trump —leader-of→ united-states [actual]  a.txt sentence 1 "⟦U.S. President Donald Trump⟧ said."
  donald-trump —meets-with→ vladimir-putin [planned]  a.txt sentence 1 "U.S. President ⟦Donald Trump said on Monday he would meet Russian President Vladimir Putin⟧ in Budapest within two weeks." +1 more
  evil —opposes→ kremlin [negated]
`
	g, err := actorgraph.ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeText(&buf, g, nil); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("writeText mismatch (-want +got):\n%s", diff)
	}

	buf.Reset()
	if err := writeText(&buf, actorgraph.Merge(), nil); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "No actors found.\n"; got != want {
		t.Errorf("empty graph: got %q, want %q", got, want)
	}
}
