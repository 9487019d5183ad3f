package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

func TestDrawFlags(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		stdin      string // article1 when empty
		wantStderr string // "" means none
		wantCode   int
		contains   []string // in the output
		lacks      []string // not in the output
	}{
		{
			name:     "focus selects for text",
			args:     []string{"-focus", "Putin"},
			contains: []string{"vladimir-putin", "donald-trump", "russia"},
			lacks:    []string{"dmitry-peskov", "kremlin"},
		},
		{
			name:     "types select for graphml",
			args:     []string{"-format", "graphml", "-types", "spokesperson-for"},
			contains: []string{`<node id="dmitry-peskov">`, `<node id="kremlin">`},
			lacks:    []string{`<node id="donald-trump">`},
		},
		{
			name:     "modalities select for cypher",
			args:     []string{"-format", "cypher", "-modalities", "planned"},
			contains: []string{"MEETS_WITH"},
			lacks:    []string{"SPOKESPERSON_FOR", "dmitry-peskov"},
		},
		{
			name:       "unknown focus for json",
			args:       []string{"-format", "json", "-focus", "Zelenskiy"},
			wantStderr: "actorgraph: -focus \"Zelenskiy\": no actor goes by that name\n",
			wantCode:   1,
		},
		{
			name:       "drawing flag with text",
			args:       []string{"-rankdir", "TB", "-no-legend"},
			wantStderr: "actorgraph: -no-legend, -rankdir only applies to the formats dot, svg, png, pdf, html (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:     "rankdir and no-legend",
			args:     []string{"-format", "dot", "-rankdir", "tb", "-no-legend"},
			contains: []string{"rankdir=TB"},
			lacks:    []string{"legend"},
		},
		{
			name:       "bad rankdir",
			args:       []string{"-format", "dot", "-rankdir", "up"},
			wantStderr: "actorgraph: -rankdir up: want LR, RL, TB or BT (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:     "modalities in a drawing",
			args:     []string{"-format", "dot", "-modalities", "actual, negated"},
			contains: []string{`label="spokesperson-for"`},
			lacks:    []string{`meets-with`},
		},
		{
			name:       "unknown modality",
			args:       []string{"-format", "dot", "-modalities", "actual,maybe"},
			wantStderr: "actorgraph: -modalities: unknown modality \"maybe\": want some of actual,planned,possible,negated (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:     "graphml",
			args:     []string{"-format", "graphml"},
			contains: []string{`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"`, `<node id="dmitry-peskov">`},
		},
		{
			name:     "cypher",
			args:     []string{"-format", "cypher"},
			contains: []string{"MERGE (a:Actor {id: 'dmitry-peskov'}) SET a:Person", "[r:SPOKESPERSON_FOR {modality: 'actual'}]"},
		},
		{
			name:       "drawing flags with json",
			args:       []string{"-format", "json", "-cluster", "-types", "meets-with"},
			wantStderr: "actorgraph: -cluster only applies to the formats dot, svg, png, pdf, html (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:       "depth without focus",
			args:       []string{"-format", "dot", "-depth", "2"},
			wantStderr: "actorgraph: -depth needs -focus (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:       "depth zero",
			args:       []string{"-format", "dot", "-focus", "Putin", "-depth", "0"},
			wantStderr: "actorgraph: -depth 0: want 1 or more (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name:       "negative min-mentions",
			args:       []string{"-format", "dot", "-min-mentions", "-1"},
			wantStderr: "actorgraph: -min-mentions -1: want 0 or more (see actorgraph -h)\n",
			wantCode:   2,
		},
		{
			name: "unknown type",
			args: []string{"-format", "dot", "-types", "meets-with,likes"},
			wantStderr: "actorgraph: -types: unknown relation type \"likes\": want some of envoy-for,advisor-to," +
				"spokesperson-for,leader-of,member-of,negotiates-with,meets-with,contacts,at-war-with,sanctions,supports,opposes,part-of (see actorgraph -h)\n",
			wantCode: 2,
		},
		{
			name:       "unknown focus",
			args:       []string{"-format", "dot", "-focus", "Zelenskiy"},
			wantStderr: "actorgraph: -focus \"Zelenskiy\": no actor goes by that name\n",
			wantCode:   1,
		},
		{
			name:     "types",
			args:     []string{"-format", "dot", "-types", "meets-with, spokesperson-for"},
			contains: []string{`label="meets-with"`, `label="spokesperson-for"`, `label="Dmitry Peskov"`},
			lacks:    []string{`leader-of`, `label="Russia"`},
		},
		{
			name:     "focus, depth and cluster",
			args:     []string{"-format", "dot", "-focus", "Trump", "-depth", "1", "-cluster"},
			contains: []string{`label="Donald Trump"`, `penwidth=2.5`, `label="Vladimir Putin"`, "subgraph cluster_0 {", `label="United States";`},
			lacks:    []string{`label="Dmitry Peskov"`},
		},
		{
			name:     "min-mentions",
			args:     []string{"-format", "dot", "-min-mentions", "2"},
			stdin:    article1 + "Trump said the talks would go well.\n",
			contains: []string{`label="Donald Trump"`},
			lacks:    []string{`label="Dmitry Peskov"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.stdin == "" {
				tt.stdin = article1
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr: %s", code, tt.wantCode, stderr.String())
			}
			if got := stderr.String(); got != tt.wantStderr {
				t.Errorf("stderr = %q, want %q", got, tt.wantStderr)
			}
			if tt.wantCode != 0 && stdout.Len() > 0 {
				t.Errorf("output despite error:\n%s", stdout.String())
			}
			for _, s := range tt.contains {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("output lacks %s:\n%s", s, stdout.String())
				}
			}
			for _, s := range tt.lacks {
				if strings.Contains(stdout.String(), s) {
					t.Errorf("output has %s:\n%s", s, stdout.String())
				}
			}
		})
	}
}

// TestRenderWithoutGraphviz hides dot and expects one line saying how to install it,
// before any input is read.
func TestRenderWithoutGraphviz(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, format := range []string{"svg", "png", "pdf", "html"} {
		var stdout, stderr bytes.Buffer
		stdin := &countingReader{r: strings.NewReader(article1)}
		code := run(context.Background(), []string{"-format", format}, stdin, &stdout, &stderr)
		want := "actorgraph: -format " + format + " needs Graphviz's dot, which is not on PATH: install Graphviz " +
			"(apt-get install graphviz, dnf install graphviz or brew install graphviz) or use -format dot\n"
		if code != 1 || stderr.String() != want || stdout.Len() != 0 {
			t.Errorf("-format %s: status %d, stderr %q, %d bytes out; want 1, %q", format, code, stderr.String(), stdout.Len(), want)
		}
		if stdin.n != 0 {
			t.Errorf("-format %s: read %d bytes of input before failing", format, stdin.n)
		}
	}
	// DOT needs no Graphviz.
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-format", "dot"}, strings.NewReader(article1), &stdout, &stderr); code != 0 {
		t.Errorf("-format dot without Graphviz: status %d, stderr %s", code, stderr.String())
	}
}

type countingReader struct {
	r *strings.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestRenderFailure puts a dot on PATH that fails, and expects its complaint on one line.
func TestRenderFailure(t *testing.T) {
	dir := t.TempDir()
	script := "#!/bin/sh\nwhile read -r line; do :; done\necho 'Error: <stdin>: syntax error in line 1' >&2\necho 'more detail' >&2\nexit 1\n"
	if err := os.WriteFile(filepath.Join(dir, "dot"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	if _, err := exec.LookPath("sh"); err != nil {
		if _, err := os.Stat("/bin/sh"); err != nil {
			t.Skip("no /bin/sh")
		}
	}
	for format, want := range map[string]string{
		"svg":  "actorgraph: dot -Tsvg: Error: <stdin>: syntax error in line 1 more detail\n",
		"html": "actorgraph: write HTML: layout: dot -Tsvg: Error: <stdin>: syntax error in line 1 more detail\n",
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"-format", format}, strings.NewReader(article1), &stdout, &stderr)
		if code != 1 || stderr.String() != want || stdout.Len() != 0 {
			t.Errorf("-format %s: status %d, stderr %q, %d bytes out; want 1, %q", format, code, stderr.String(), stdout.Len(), want)
		}
	}
}

// TestRender renders with the real dot, when it is installed.
func TestRender(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz dot not on PATH")
	}
	magic := map[string]string{"svg": "<svg", "png": "\x89PNG\r\n", "pdf": "%PDF-", "html": "<!DOCTYPE html>"}
	for format, m := range magic {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "graph."+format)
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"-format", format, "-cluster", "-focus", "Trump", "-o", out},
				strings.NewReader(article1), &stdout, &stderr)
			if code != 0 {
				t.Fatalf("status %d, stderr %s", code, stderr.String())
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if format == "svg" && !bytes.Contains(b, []byte(m)) || format != "svg" && !bytes.HasPrefix(b, []byte(m)) {
				t.Errorf("%s output does not look like %s: %.40q", format, format, b)
			}
			if (format == "svg" || format == "html") && !bytes.Contains(b, []byte("Donald Trump")) {
				t.Errorf("%s lacks the focus actor", format)
			}
		})
	}
	// Cancelling stops dot and reports the interruption.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, format := range []string{"svg", "html"} {
		var stdout, stderr bytes.Buffer
		if code := run(ctx, []string{"-format", format}, strings.NewReader(article1), &stdout, &stderr); code != 1 ||
			stderr.String() != "actorgraph: interrupted\n" {
			t.Errorf("cancelled -format %s: status %d, stderr %q", format, code, stderr.String())
		}
	}
}

// mentions returns n distinct mentions.
func mentions(n int) []actorgraph.Mention {
	ms := make([]actorgraph.Mention, n)
	for i := range ms {
		ms[i].Span = actorgraph.Span{Start: i, End: i + 1}
	}
	return ms
}

// manyActors returns a graph of n people, the ith named i%5 times, in a chain: each
// person but the first meets the one before. The first also supports every other.
func manyActors(t *testing.T, n int) *actorgraph.Graph {
	t.Helper()
	var doc struct {
		Actors    []actorgraph.Actor    `json:"actors"`
		Relations []actorgraph.Relation `json:"relations"`
	}
	for i := range n {
		id := fmt.Sprintf("p%05d", i)
		doc.Actors = append(doc.Actors, actorgraph.Actor{ID: id, Name: id, Kind: actorgraph.Person, Mentions: mentions(i % 5)})
		if i > 0 {
			doc.Relations = append(doc.Relations,
				actorgraph.Relation{Type: actorgraph.MeetsWith, Source: fmt.Sprintf("p%05d", i-1), Target: id, Modality: actorgraph.Actual},
				actorgraph.Relation{Type: actorgraph.Supports, Source: "p00000", Target: id, Modality: actorgraph.Actual})
		}
	}
	return readGraph(t, doc)
}

// readGraph returns the graph of doc, a value whose JSON is a graph in the form
// actorgraph.ReadJSON reads.
func readGraph(t *testing.T, doc any) *actorgraph.Graph {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	g, err := actorgraph.ReadJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestCheckDrawingSize checks when a drawing is laid out silently, with a warning, or not
// at all, and which flags the message suggests. It never runs dot.
func TestCheckDrawingSize(t *testing.T) {
	tests := []struct {
		name       string
		actors     int
		opts       actorgraph.DOTOptions
		wantStderr string
		wantErr    string
	}{
		{name: "small", actors: 10},
		{name: "at the warning threshold", actors: drawWarnActors},
		{
			name:   "over the warning threshold",
			actors: drawWarnActors + 1,
			// Of 1,001 actors named 0 to 4 times, 800 are named at least once.
			wantStderr: fmt.Sprintf("actorgraph: warning: dot may take minutes to draw %d actors; draw fewer with -focus NAME or -min-mentions 1\n", drawWarnActors+1),
		},
		{
			name:   "many, but few drawn",
			actors: drawMaxActors + 1,
			opts:   actorgraph.DOTOptions{MinMentions: 4},
		},
		{
			name:       "focus too deep",
			actors:     drawWarnActors + 500,
			opts:       actorgraph.DOTOptions{Focus: "p00750", Depth: 600, Types: []actorgraph.RelationType{actorgraph.MeetsWith}},
			wantStderr: "actorgraph: warning: dot may take minutes to draw 1201 actors; draw fewer with -depth 599 or -min-mentions 1\n",
		},
		{
			name:       "focus on a hub",
			actors:     drawWarnActors + 1,
			opts:       actorgraph.DOTOptions{Focus: "p00000"},
			wantStderr: fmt.Sprintf("actorgraph: warning: dot may take minutes to draw %d actors; draw fewer with -min-mentions 1\n", drawWarnActors+1),
		},
		{
			name:    "over the hard threshold",
			actors:  drawMaxActors + 1,
			wantErr: fmt.Sprintf("%d actors to draw would keep dot busy for 20 minutes or more: draw fewer with -focus NAME or -min-mentions 4, or give -force", drawMaxActors+1),
		},
		{
			name:    "unknown focus",
			actors:  10,
			opts:    actorgraph.DOTOptions{Focus: "nobody"},
			wantErr: `actorgraph: unknown actor "nobody"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			err := checkDrawingSize(&stderr, manyActors(t, tt.actors), tt.opts)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if diff := cmp.Diff(tt.wantErr, gotErr); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantStderr, stderr.String()); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMinMentionsFor(t *testing.T) {
	tests := []struct {
		name     string
		mentions []int // of each actor
		limit    int
		want     int
	}{
		{"one too many", []int{1, 1, 2}, 2, 2},
		{"ties at the cut", []int{1, 2, 2, 2, 3}, 2, 3},
		{"all the same", []int{3, 3, 3}, 2, 0},
		{"unnamed actors", []int{0, 0, 0, 5}, 2, 1},
		{"spread", []int{9, 1, 4, 1, 7, 2}, 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc struct {
				Actors []actorgraph.Actor `json:"actors"`
			}
			for i, m := range tt.mentions {
				doc.Actors = append(doc.Actors, actorgraph.Actor{ID: fmt.Sprint(i), Mentions: mentions(m)})
			}
			if got := minMentionsFor(readGraph(t, doc), tt.limit); got != tt.want {
				t.Errorf("minMentionsFor(%v, %d) = %d, want %d", tt.mentions, tt.limit, got, tt.want)
			}
		})
	}
}

// distinctPeople returns sentences that name n people (n even), in pairs that meet, so
// that each is named once and drawn: a large drawing leaves out actors without a
// relation.
func distinctPeople(n int) string {
	name := func(i int) string {
		var b []byte
		for m := i; ; m /= 26 {
			b = append(b, byte('a'+m%26))
			if m < 26 {
				break
			}
		}
		return fmt.Sprintf("Zu%s Ko%s", b, b)
	}
	var sb strings.Builder
	for i := 1; i < n; i += 2 {
		fmt.Fprintf(&sb, "%s met %s.\n", name(i-1), name(i))
	}
	return sb.String()
}

// TestRunLargeDrawing runs the command with a dot that draws nothing, on text naming more
// people than the thresholds, and wants the warning or refusal on stderr.
func TestRunLargeDrawing(t *testing.T) {
	dir := t.TempDir()
	script := "#!/bin/sh\nwhile read -r line; do :; done\necho '<svg></svg>'\n"
	if err := os.WriteFile(filepath.Join(dir, "dot"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	t.Setenv("PATH", dir)
	tests := []struct {
		name       string
		args       []string
		people     int
		wantCode   int
		wantStderr string
		wantOut    string // a part of the output, if any
	}{
		{"few", []string{"-format", "svg"}, 10, 0, "", ""},
		{"over the warning threshold", []string{"-format", "svg"}, drawWarnActors + 2, 0,
			fmt.Sprintf("actorgraph: warning: dot may take minutes to draw %d actors; draw fewer with -focus NAME or -min-mentions N\n", drawWarnActors+2), ""},
		{"over the warning threshold with -force", []string{"-format", "svg", "-force"}, drawWarnActors + 2, 0, "", ""},
		{"a page over the warning threshold", []string{"-format", "html"}, drawWarnActors + 2, 0,
			fmt.Sprintf("actorgraph: warning: dot may take minutes to draw %d actors; draw fewer with -focus NAME or -min-mentions N\n", drawWarnActors+2),
			fmt.Sprintf("This drawing holds %d actors, more than %d: it is slow to lay out and hard to read. Draw fewer with -focus NAME or -min-mentions N", drawWarnActors+2, drawWarnActors)},
		{"over the hard threshold", []string{"-format", "png"}, drawMaxActors + 2, 1,
			fmt.Sprintf("actorgraph: %d actors to draw would keep dot busy for 20 minutes or more: draw fewer with -focus NAME or -min-mentions N, or give -force\n", drawMaxActors+2), ""},
		{"over the hard threshold with -force", []string{"-format", "pdf", "-force"}, drawMaxActors + 2, 0, "", ""},
		{"DOT is not laid out", []string{"-format", "dot"}, drawMaxActors + 2, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(distinctPeople(tt.people)), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.wantStderr, stderr.String()); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			if tt.wantCode == 0 && stdout.Len() == 0 {
				t.Errorf("no output")
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("output lacks %q", tt.wantOut)
			}
		})
	}
}

// TestRunLargeExportKeepsAll checks that a data format keeps the actors that a large
// drawing leaves out (actors without a relation): the leave-outs make pictures readable
// and are no selection, which -keep-all lifts for drawings.
func TestRunLargeExportKeepsAll(t *testing.T) {
	const n = actorgraph.DOTManyActors + 10
	g := manyActors(t, n)
	var doc struct {
		Actors []actorgraph.Actor `json:"actors"`
	}
	for i := range n { // as many again, without a relation
		id := fmt.Sprintf("q%05d", i)
		doc.Actors = append(doc.Actors, actorgraph.Actor{ID: id, Name: id, Kind: actorgraph.Person})
	}
	var buf bytes.Buffer
	if err := actorgraph.Merge(g, readGraph(t, doc)).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, t.TempDir(), "big.json", buf.String())
	for _, args := range [][]string{{"-format", "json"}, {"-format", "json", "-min-mentions", "0"}} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), append(args, "-graph", path), strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit status %d: %s", args, code, stderr.String())
		}
		out, err := actorgraph.ReadJSON(&stdout)
		if err != nil {
			t.Fatal(err)
		}
		if got := out.NumActors(); got != 2*n {
			t.Errorf("%v: %d actors written, want all %d", args, got, 2*n)
		}
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-format", "json", "-keep-all", "-graph", path}, strings.NewReader(""), &stdout, &stderr)
	if code != 2 || !strings.Contains(stderr.String(), "-keep-all only applies to") {
		t.Errorf("-keep-all with json: exit status %d, stderr %q; want a usage error", code, stderr.String())
	}
}
