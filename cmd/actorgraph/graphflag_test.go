package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/gziptest"
	"github.com/google/go-cmp/cmp"
)

// TestRunGraphFlag reads graphs saved by -format json back in with -graph and merges them
// with new documents: the result is the graph of parsing all the documents at once.
func TestRunGraphFlag(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article1)
	b := writeFile(t, dir, "b.txt", article2)
	aJSON := writeFile(t, dir, "a.json", expectJSON(t, [2]string{a, article1}))
	aGz := writeFile(t, dir, "a.json.gz", gziptest.Compress(t, expectJSON(t, [2]string{a, article1})))
	bad := writeFile(t, dir, "bad.json", `{"actors": [{"id": ""}]}`)
	missing := dir + "/missing.json"

	both := func(t *testing.T) string { return expectJSON(t, [2]string{a, article1}, [2]string{b, article2}) }
	onlyA := func(t *testing.T) string { return expectJSON(t, [2]string{a, article1}) }
	tests := []struct {
		name       string
		args       []string
		stdin      string
		stdout     func(t *testing.T) string // nil: no output
		wantStderr string
		wantCode   int
	}{
		{name: "graph and a document", args: []string{"-graph", aJSON, b, "-format", "json"}, stdout: both},
		{name: "gzipped graph", args: []string{b, "-graph", aGz, "-format", "json"}, stdout: both},
		{name: "graph alone does not read stdin", args: []string{"-graph", aJSON, "-format", "json"}, stdin: article2, stdout: onlyA},
		{name: "same graph twice", args: []string{"-graph", aJSON, "-graph", aGz, "-format", "json"}, stdout: onlyA},
		{name: "graph from stdin", args: []string{"-graph", "-", b, "-format", "json"}, stdin: expectJSON(t, [2]string{a, article1}), stdout: both},
		{
			name:       "graph and document both from stdin",
			args:       []string{"-graph", "-", "-format", "json"},
			wantStderr: "actorgraph: -graph - reads standard input, which a document cannot then be read from: name the documents as files (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:       "missing graph",
			args:       []string{"-graph", missing, b},
			wantStderr: "actorgraph: -graph " + missing + ": no such file or directory\n",
			wantCode:   1,
		},
		{
			name:       "bad graph",
			args:       []string{"-graph", bad, b},
			wantStderr: "actorgraph: -graph " + bad + ": read JSON: actor 0: empty id\n",
			wantCode:   1,
		},
		{
			name:       "a text is no graph",
			args:       []string{"-graph", a},
			wantStderr: "actorgraph: -graph " + a + ": read JSON: value at offset 0: invalid character 'U' looking for beginning of value\n",
			wantCode:   1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.wantStderr, stderr.String()); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			want := ""
			if tt.stdout != nil {
				want = tt.stdout(t)
			}
			if diff := cmp.Diff(want, stdout.String()); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBinaryGraphFlag saves a graph with the built command, then merges it with a new
// document as a user would.
func TestBinaryGraphFlag(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", article1)
	writeFile(t, dir, "b.txt", article2)
	runBinaryOK(t, dir, "a.txt", "-o", "a.json")
	stdout := runBinaryOK(t, dir, "-graph", "a.json", "b.txt", "-format", "json")
	if diff := cmp.Diff(expectJSON(t, [2]string{"a.txt", article1}, [2]string{"b.txt", article2}), stdout); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
}
