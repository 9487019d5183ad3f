package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/eval"
	"github.com/google/go-cmp/cmp"
)

// evalGold is a gold graph for article1, with one relation the parser is not expected to
// find, so that -v has a mismatch to list.
const evalGold = `{
  "actors": [
    {"id": "donald-trump", "name": "Donald Trump", "kind": "person", "aliases": ["Donald Trump", "Trump"], "roles": [{"title": "president", "of": "united-states"}]},
    {"id": "russia", "name": "Russia", "kind": "country", "aliases": ["Russian"], "roles": []},
    {"id": "united-states", "name": "United States", "kind": "country", "aliases": ["U.S."], "roles": []},
    {"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person", "aliases": ["Vladimir Putin"], "roles": [{"title": "president", "of": "russia"}]}
  ],
  "relations": [
    {"type": "leader-of", "source": "donald-trump", "target": "united-states", "modality": "actual"},
    {"type": "sanctions", "source": "united-states", "target": "russia", "modality": "actual"}
  ]
}
`

func TestRunEval(t *testing.T) {
	corpus := t.TempDir()
	for name, content := range map[string]string{"a.txt": article1, "a.gold.json": evalGold, "b.txt": article1, "b.gold.json": evalGold} {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	heldout := filepath.Join(t.TempDir(), "heldout")
	if err := os.Mkdir(heldout, 0o755); err != nil {
		t.Fatal(err)
	}
	heldoutNew := filepath.Join(t.TempDir(), "heldout-new")
	if err := os.Mkdir(heldoutNew, 0o755); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	missing := filepath.Join(empty, "missing")
	rep, err := eval.ScoreDir(context.Background(), nil, corpus)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Mismatches) == 0 {
		t.Fatal("test corpus gives no mismatch")
	}

	tests := []struct {
		name       string
		args       []string
		stdout     string // "" means none
		prefix     string // instead of stdout: a prefix of the output wanted
		wantStderr string
		wantCode   int
	}{
		{name: "table", args: []string{"eval", corpus}, stdout: rep.String()},
		{name: "verbose", args: []string{"eval", "-v", corpus}, prefix: rep.String() + "\na: "},
		{name: "verbose after the directory", args: []string{"eval", corpus, "-v"}, prefix: rep.String() + "\na: "},
		{name: "help", args: []string{"eval", "-h"}, prefix: "usage: actorgraph eval [-v] DIR\n"},
		{name: "no directory", args: []string{"eval"}, wantStderr: "actorgraph: eval wants one directory (see actorgraph eval -h)\n", wantCode: 2},
		{name: "two directories", args: []string{"eval", corpus, corpus}, wantStderr: "actorgraph: eval wants one directory (see actorgraph eval -h)\n", wantCode: 2},
		{name: "bad flag", args: []string{"eval", "-format", "json", corpus}, wantStderr: "actorgraph: flag provided but not defined: -format (see actorgraph eval -h)\n", wantCode: 2},
		{name: "verbose on heldout", args: []string{"eval", "-v", heldout + "/"}, wantStderr: "actorgraph: eval -v would show held-out articles: run eval without -v on " + heldout + "/ (see actorgraph eval -h)\n", wantCode: 2},
		{name: "verbose on heldout-new", args: []string{"eval", "-v", heldoutNew}, wantStderr: "actorgraph: eval -v would show held-out articles: run eval without -v on " + heldoutNew + " (see actorgraph eval -h)\n", wantCode: 2},
		{name: "no articles", args: []string{"eval", empty}, wantStderr: "actorgraph: eval: no articles in " + empty + "\n", wantCode: 1},
		{name: "missing directory", args: []string{"eval", missing}, wantStderr: "actorgraph: eval: open " + missing + ": no such file or directory\n", wantCode: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if got := stderr.String(); got != tt.wantStderr {
				t.Errorf("stderr = %q, want %q", got, tt.wantStderr)
			}
			if tt.prefix != "" {
				if !strings.HasPrefix(stdout.String(), tt.prefix) {
					t.Errorf("stdout = %q, want prefix %q", stdout.String(), tt.prefix)
				}
			} else if diff := cmp.Diff(tt.stdout, stdout.String()); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("failing stdout", func(t *testing.T) {
		var stderr bytes.Buffer
		if code := run(context.Background(), []string{"eval", corpus}, nil, failWriter{}, &stderr); code != 1 {
			t.Errorf("exit status %d, want 1", code)
		}
		if got, want := stderr.String(), "actorgraph: write table: device gone\n"; got != want {
			t.Errorf("stderr = %q, want %q", got, want)
		}
	})
	t.Run("interrupted", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var stdout, stderr bytes.Buffer
		if code := run(ctx, []string{"eval", corpus}, nil, &stdout, &stderr); code != 1 || stderr.String() != "actorgraph: interrupted\n" {
			t.Errorf("run = %d, stderr %q; want 1, \"actorgraph: interrupted\\n\"", code, stderr.String())
		}
	})
}
