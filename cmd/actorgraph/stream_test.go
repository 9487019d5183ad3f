package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// ndjsonLine returns the NDJSON line of one document.
func ndjsonLine(t *testing.T, doc, text string) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"doc": doc, "text": text})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

func TestRunNDJSON(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "more.ndjson")
	if err := os.WriteFile(file, []byte(ndjsonLine(t, "wire/2", article2)), 0o644); err != nil {
		t.Fatal(err)
	}
	stdin := "\n" + ndjsonLine(t, "wire/1", article1) + "  \r\n" +
		`{"doc": "wire/3", "text": "The Pentagon said on Tuesday it had no comment.", "url": "https://example.com"}` // no final newline

	tests := []struct {
		name string
		args []string
		want [][2]string // the documents whose merged graph is wanted
	}{
		{"stdin", []string{"-ndjson", "-format", "json"},
			[][2]string{{"wire/1", article1}, {"wire/3", "The Pentagon said on Tuesday it had no comment."}}},
		{"stdin and a file", []string{"-ndjson", "-format", "json", "-", file},
			[][2]string{{"wire/1", article1}, {"wire/3", "The Pentagon said on Tuesday it had no comment."}, {"wire/2", article2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), tt.args, strings.NewReader(stdin), &stdout, &stderr); code != 0 {
				t.Fatalf("exit status %d; stderr: %s", code, stderr.String())
			}
			if diff := cmp.Diff(expectJSON(t, tt.want...), stdout.String()); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRunNDJSONErrors(t *testing.T) {
	good := ndjsonLine(t, "wire/1", article1)
	dir := t.TempDir()
	file := filepath.Join(dir, "bad.ndjson")
	if err := os.WriteFile(file, []byte(good+"{\"doc\": 1, \"text\": \"x\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"not JSON", nil, good + "\n" + "hello\n" + good,
			"actorgraph: stdin:3: bad JSON: invalid character 'h' looking for beginning of value\n"},
		{"cut short", nil, good + `{"doc": "a", "text": "Putin`,
			"actorgraph: stdin:2: bad JSON: unexpected end of JSON input\n"},
		{"no doc", nil, `{"text": "Putin met Trump."}` + "\n",
			"actorgraph: stdin:1: no \"doc\" string\n"},
		{"null text", nil, `{"doc": "a", "text": null}` + "\n",
			"actorgraph: stdin:1: no \"text\" string\n"},
		{"not an object", nil, good + good + `["a", "b"]` + "\n",
			"actorgraph: stdin:3: bad JSON: a JSON array, want an object\n"},
		{"doc a number, in a file", []string{file}, "",
			"actorgraph: " + file + ":2: bad JSON: \"doc\" is a JSON number, want a string\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"-ndjson", "-format", "json"}, tt.args...)
			if code := run(context.Background(), args, strings.NewReader(tt.stdin), &stdout, &stderr); code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			if got := stderr.String(); got != tt.want {
				t.Errorf("stderr:\ngot  %q\nwant %q", got, tt.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("output despite the error:\n%s", stdout.String())
			}
		})
	}
}

func TestRunMaxEvidence(t *testing.T) {
	// The same article under three names: every relation has three pieces of evidence
	// and every actor three mentions or more.
	var stdin strings.Builder
	var docs [][2]string
	for _, name := range []string{"c", "a", "b"} {
		stdin.WriteString(ndjsonLine(t, name, article1))
		docs = append(docs, [2]string{name, article1})
	}
	var stdout, stderr bytes.Buffer
	args := []string{"-ndjson", "-format", "json", "-max-evidence", "2", "-max-mentions", "1"}
	if code := run(context.Background(), args, strings.NewReader(stdin.String()), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d; stderr: %s", code, stderr.String())
	}
	full, err := actorgraph.ReadJSON(strings.NewReader(expectJSON(t, docs...)))
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := full.CapEvidence(2, 1).WriteJSON(&want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), stdout.String()); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
	if !strings.Contains(stdout.String(), `"doc": "a"`) || strings.Contains(stdout.String(), `"doc": "c"`) {
		t.Errorf("the caps did not keep the first documents by name:\n%s", stdout.String())
	}

	stderr.Reset()
	if code := run(context.Background(), []string{"-max-evidence", "-1"}, strings.NewReader(""), &stdout, &stderr); code != 2 {
		t.Errorf("-max-evidence -1: exit status %d, want 2", code)
	}
	if got, want := stderr.String(), "actorgraph: -max-evidence -1: want 0 or more (see actorgraph -h)\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
}

// TestRunFirstErrorInInputOrder checks that of two failing inputs the command reports
// the first, on one line, although the second (a bad line) is found sooner.
func TestRunFirstErrorInInputOrder(t *testing.T) {
	huge := "%PDF-1.7\n" + strings.Repeat("word ", 1000) // not text
	_, err := (&actorgraph.Parser{}).ParseDoc(context.Background(), "first\nline", huge)
	if err == nil {
		t.Fatal("the PDF parsed")
	}
	stdin := ndjsonLine(t, "first\nline", huge) + ndjsonLine(t, "ok", article1) + "bad line\n"
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-ndjson"}, strings.NewReader(stdin), &stdout, &stderr); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if got, want := stderr.String(), err.Error()+"\n"; got != want {
		t.Errorf("stderr:\ngot  %q\nwant %q (the error of the first document, on one line)", got, want)
	}
}
