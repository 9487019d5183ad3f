package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// queryArticle links Peskov to Zelensky through the Kremlin, Putin and Trump, and has one
// negated meeting.
const queryArticle = "Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin would meet U.S. President Donald Trump in Budapest.\n" +
	"Ukrainian President Volodymyr Zelensky spoke by phone with Donald Trump on Sunday.\n" +
	"Russian Foreign Minister Sergei Lavrov did not meet Ukrainian Foreign Minister Andrii Sybiha.\n"

func TestRunQuery(t *testing.T) {
	dir := t.TempDir()
	news := writeFile(t, dir, "news.txt", queryArticle)
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantStdout string
		wantStderr string
		wantCode   int
	}{
		{
			name: "holds",
			args: []string{"holds", "foreign minister", news},
			wantStdout: "  andrii-sybiha  Andrii Sybiha  — foreign minister of ukraine\n" +
				"  sergei-lavrov  Sergei Lavrov  — foreign minister of russia\n",
		},
		{
			name:       "holds, nobody",
			args:       []string{"holds", "chancellor", news},
			wantStdout: "Nobody holds the title \"chancellor\".\n",
		},
		{
			name:       "holds from stdin",
			args:       []string{"holds", "spokesman"},
			stdin:      queryArticle,
			wantStdout: "  dmitry-peskov  Dmitry Peskov  — spokesman of kremlin\n",
		},
		{
			name:  "path",
			args:  []string{"path", "Zelensky", "Putin", "-types", "meets-with,contacts"},
			stdin: queryArticle,
			wantStdout: "volodymyr-zelensky — donald-trump — vladimir-putin  (2 relations away)\n" +
				"  volodymyr-zelensky —contacts→ donald-trump [actual]  stdin:2:1 \"⟦Ukrainian President Volodymyr Zelensky spoke by phone with Donald Trump⟧ on Sunday.\"\n" +
				"  donald-trump —meets-with→ vladimir-putin [planned]  stdin:1:38 \"…spokesman Dmitry Peskov said ⟦Russian President Vladimir Putin would meet U.S. President Donald Trump⟧ in Budapest.\"\n",
		},
		{
			name:       "no path",
			args:       []string{"path", "Peskov", "Sybiha", "-types", "meets-with,negotiates-with,contacts", news},
			wantStdout: "No path from dmitry-peskov to andrii-sybiha.\n",
		},
		{
			name:       "unknown actor",
			args:       []string{"actor", "Nobody", news},
			wantStderr: "actorgraph: query actor: no actor goes by \"Nobody\"\n",
			wantCode:   1,
		},
		{
			name:       "unknown actor in a path",
			args:       []string{"path", "Putin", "Nobody", news},
			wantStderr: "actorgraph: query path: no actor goes by \"Nobody\"\n",
			wantCode:   1,
		},
		{
			name:       "no question",
			args:       []string{"-json"},
			wantStderr: "actorgraph: query: want a question: holds, actor, path or evidence (see actorgraph query -h)\n",
			wantCode:   2,
		},
		{
			name:       "unknown question",
			args:       []string{"who", news},
			wantStderr: "actorgraph: query: unknown question \"who\": want holds, actor, path or evidence (see actorgraph query -h)\n",
			wantCode:   2,
		},
		{
			name:       "too few arguments",
			args:       []string{"path", "Putin"},
			wantStderr: "actorgraph: query path needs FROM and TO (see actorgraph query -h)\n",
			wantCode:   2,
		},
		{
			name:       "unknown type",
			args:       []string{"evidence", "meets", "Putin", "Trump", news},
			wantStderr: "actorgraph: query: evidence: unknown relation type \"meets\": want one of those actorgraph -h lists (see actorgraph query -h)\n",
			wantCode:   2,
		},
		{
			name:       "bad flag",
			args:       []string{"actor", "Putin", "-x"},
			wantStderr: "actorgraph: query: flag provided but not defined: -x (see actorgraph query -h)\n",
			wantCode:   2,
		},
		{
			name:       "skipped input",
			args:       []string{"holds", "spokesman", news, filepath.Join(dir, "missing.txt")},
			wantStdout: "  dmitry-peskov  Dmitry Peskov  — spokesman of kremlin\n",
			wantStderr: "actorgraph: skipped " + filepath.Join(dir, "missing.txt") + ": no such file or directory\n",
			wantCode:   exitSkipped,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"query"}, tt.args...), strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.wantStderr, stderr.String()); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantStdout, stdout.String()); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRunQueryJSON checks the JSON answers, decoded, on the parts that say what was
// asked and found.
func TestRunQueryJSON(t *testing.T) {
	type Rel struct{ Type, Source, Target, Modality string }
	type answer struct {
		Title     string
		Holders   []struct{ Actor struct{ ID string } }
		Actor     struct{ ID, Name string }
		Neighbors []struct{ ID string }
		Relations []Rel
		Found     bool
		Hops      []struct {
			From, To  string
			Relations []Rel
		}
	}
	type piece struct {
		Rel
		Evidence struct{ Doc, Text string }
	}
	tests := []struct {
		name   string
		args   []string
		decode func([]byte) (any, error)
		want   any // an answer, or for evidence a list of pieces
	}{
		{"holds", []string{"holds", "spokesperson"}, decodeAs[answer], answer{Title: "spokesperson", Holders: []struct{ Actor struct{ ID string } }{{struct{ ID string }{"dmitry-peskov"}}}}},
		{"actor", []string{"actor", "Zelensky", "-types", "contacts"}, decodeAs[answer], answer{
			Actor:     struct{ ID, Name string }{"volodymyr-zelensky", "Volodymyr Zelensky"},
			Neighbors: []struct{ ID string }{{"donald-trump"}},
			Relations: []Rel{{"contacts", "volodymyr-zelensky", "donald-trump", "actual"}},
		}},
		{"path", []string{"path", "Zelensky", "Trump"}, decodeAs[answer], answer{Found: true, Hops: []struct {
			From, To  string
			Relations []Rel
		}{{"volodymyr-zelensky", "donald-trump", []Rel{{"contacts", "volodymyr-zelensky", "donald-trump", "actual"}}}}}},
		{"evidence", []string{"evidence", "meets-with", "Lavrov", "Sybiha"}, decodeAs[[]piece], []piece{{Rel{"meets-with", "andrii-sybiha", "sergei-lavrov", "negated"},
			struct{ Doc, Text string }{"stdin", "Russian Foreign Minister Sergei Lavrov did not meet Ukrainian Foreign Minister Andrii Sybiha."}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := runWant(t, append([]string{"query", "-json"}, tt.args...), queryArticle, "")
			got, err := tt.decode([]byte(out))
			if err != nil {
				t.Fatalf("%v:\n%s", err, out)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// decodeAs decodes JSON data as a T.
func decodeAs[T any](data []byte) (any, error) {
	var v T
	err := json.Unmarshal(data, &v)
	return v, err
}

// TestBinaryQuery asks the built command about a graph it saved, as a user would.
func TestBinaryQuery(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "news.txt", queryArticle)
	runBinaryOK(t, dir, "news.txt", "-o", "graph.json")
	stdout := runBinaryOK(t, dir, "query", "holds", "spokesman", "-graph", "graph.json")
	if diff := cmp.Diff("  dmitry-peskov  Dmitry Peskov  — spokesman of kremlin\n", stdout); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, stderr, code := runBinary(t, dir, "", "query", "actor", "Nobody", "-graph", "graph.json")
	if code != 1 || stderr != "actorgraph: query actor: no actor goes by \"Nobody\"\n" {
		t.Errorf("unknown actor: exit status %d, stderr %q", code, stderr)
	}
}

// TestQueryHelp checks query -h against testdata/query-help.golden; -update rewrites it.
func TestQueryHelp(t *testing.T) {
	golden := filepath.Join("testdata", "query-help.golden")
	stdout := runWant(t, []string{"query", "path", "-h"}, "", "")
	if *update {
		if err := os.WriteFile(golden, []byte(stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), stdout); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
