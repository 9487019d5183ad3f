package graphviz

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// fakeDot writes a shell script standing in for dot and returns its path.
func fakeDot(t *testing.T, script string) string {
	t.Helper()
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	path := filepath.Join(t.TempDir(), "dot")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRun(t *testing.T) {
	// The stand-in fails like Graphviz's ranking bug unless newrank is asked for, and
	// otherwise prints its arguments and its input.
	initRank := `case "$1" in -Gnewrank=true) echo "$@"; cat; exit 0;; esac
printf 'Error: trouble in init_rank\n\t%%0 8\n\t%%0 2\n' >&2; exit 1
`
	tests := []struct {
		name, script string
		want         string
		wantErr      string
	}{
		{"works", `echo "$@"; cat`, "-Tsvg\ndigraph{}", ""},
		{"retries with newrank", initRank, "-Gnewrank=true -Tsvg\ndigraph{}", ""},
		{"other failure", "echo 'Error: <stdin>: syntax error in line 1' >&2; exit 1", "", "Error: <stdin>: syntax error in line 1"},
		{"silent failure", "exit 3", "", "exit status 3"},
		{"still failing after the retry", `printf 'Error: trouble in init_rank\n\tx 1\n' >&2; exit 1`, "", "Error: trouble in init_rank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := Run(context.Background(), fakeDot(t, tt.script), "svg", []byte("digraph{}"), &out)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if out.Len() != 0 {
					t.Errorf("output written on failure: %q", out.String())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("output %q, want %q", out.String(), tt.want)
			}
		})
	}
}

func TestRunCancelled(t *testing.T) {
	dot := fakeDot(t, "sleep 10")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, dot, "svg", nil, &bytes.Buffer{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestRunGraphviz renders a clustered graph with the real dot, when it is installed.
func TestRunGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not on PATH")
	}
	src := "digraph { subgraph cluster_0 { a; b } a -> b; b -> c }"
	var out bytes.Buffer
	if err := Run(context.Background(), dot, "svg", []byte(src), &out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out.Bytes(), []byte("<svg")) {
		t.Errorf("not SVG: %.60q", out.String())
	}
}
