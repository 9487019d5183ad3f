package actorgraph

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLimitsCostTheirPart checks that a sentence over MaxSentenceBytes and actors over
// MaxActors cost only themselves: the rest of the document yields its actors and
// relations, and the graph has a Warning of what was cut.
func TestLimitsCostTheirPart(t *testing.T) {
	long := "The envoy said that " + strings.Repeat("the talks went on, ", 20) + "and nobody left."
	tests := []struct {
		name      string
		parser    Parser
		text      string
		actors    []string
		relations []string
		roles     map[string][]Role
		warnings  []Warning
	}{
		{
			name:   "sentence over MaxSentenceBytes",
			parser: Parser{MaxSentenceBytes: 200},
			text:   "Donald Trump met Vladimir Putin. " + long + " Emmanuel Macron called Olaf Scholz.",
			actors: []string{"donald-trump", "emmanuel-macron", "olaf-scholz", "vladimir-putin"},
			relations: []string{
				"contacts | emmanuel-macron | olaf-scholz | Emmanuel Macron called Olaf Scholz.",
				"meets-with | donald-trump | vladimir-putin | Donald Trump met Vladimir Putin.",
			},
			warnings: []Warning{{Doc: "a.txt", Limit: "MaxSentenceBytes", Offset: 33, Max: 200, Got: len(long)}},
		},
		{
			name:      "actors over MaxActors",
			parser:    Parser{MaxActors: 3},
			text:      "Donald Trump met Vladimir Putin. Emmanuel Macron called Olaf Scholz. Keir Starmer met Donald Trump.",
			actors:    []string{"donald-trump", "emmanuel-macron", "vladimir-putin"},
			relations: []string{"meets-with | donald-trump | vladimir-putin | Donald Trump met Vladimir Putin."},
			warnings:  []Warning{{Doc: "a.txt", Limit: "MaxActors", Offset: len("Donald Trump met Vladimir Putin. Emmanuel Macron called "), Max: 3, Got: 5}},
		},
		{
			name:     "a role whose principal is left out",
			parser:   Parser{MaxActors: 1},
			text:     "Sergei Lavrov, the foreign minister of Russia, met Marco Rubio.",
			actors:   []string{"sergei-lavrov"},
			roles:    map[string][]Role{"sergei-lavrov": {}},
			warnings: []Warning{{Doc: "a.txt", Limit: "MaxActors", Offset: len("Sergei Lavrov, the foreign minister of "), Max: 1, Got: 3}},
		},
		{
			name:   "the same role with every actor",
			text:   "Sergei Lavrov, the foreign minister of Russia, met Marco Rubio.",
			actors: []string{"marco-rubio", "russia", "sergei-lavrov"},
			relations: []string{
				"meets-with | marco-rubio | sergei-lavrov | Sergei Lavrov, the foreign minister of Russia, met Marco Rubio.",
				"member-of | sergei-lavrov | russia | Sergei Lavrov, the foreign minister of Russia, met Marco Rubio.",
			},
			roles: map[string][]Role{"sergei-lavrov": {{Title: "foreign minister", Of: "russia"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := tt.parser.ParseDoc(context.Background(), "a.txt", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var actors []string
			roles := make(map[string][]Role)
			for a := range g.Actors() {
				actors = append(actors, a.ID)
				if _, ok := tt.roles[a.ID]; ok {
					roles[a.ID] = a.Roles
				}
			}
			if diff := cmp.Diff(tt.actors, actors); diff != "" {
				t.Errorf("actors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.relations, relationSummary(g)); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.roles, roles, equateEmpty); diff != "" {
				t.Errorf("roles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.warnings, g.Warnings()); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
			verifySpans(t, tt.text, g)
		})
	}
}

func TestWarningString(t *testing.T) {
	tests := []struct {
		w    Warning
		want string
	}{
		{
			Warning{Doc: "a.txt", Limit: "MaxSentenceBytes", Offset: 1234, Max: 65536, Got: 80000},
			`document "a.txt": sentence at byte 1234 (80000 bytes) split: MaxSentenceBytes is 65536`,
		},
		{
			Warning{Doc: "b\n.txt", Limit: "MaxActors", Offset: 99, Max: 100000, Got: 100002},
			`document "b\n.txt": actors first named at byte 99 or later (of 100002 actors) left out: MaxActors is 100000`,
		},
		{
			Warning{Doc: "c.txt", Limit: "MaxOther", Offset: 1, Max: 2, Got: 3},
			`document "c.txt": at byte 1: MaxOther is 2, got 3`,
		},
	}
	for _, tt := range tests {
		if got := tt.w.String(); got != tt.want {
			t.Errorf("String() = %s, want %s", got, tt.want)
		}
	}
}

// TestWarningsCarried checks that warnings survive Merge in any order and grouping,
// ParseAll, CapEvidence, JoinSurnames and a JSON round trip, sorted and without
// duplicates; and that a graph without warnings says nil and writes no "warnings" key.
func TestWarningsCarried(t *testing.T) {
	docs := map[string]string{
		"b.txt": "Donald Trump met Vladimir Putin. Emmanuel Macron called Olaf Scholz.",
		"a.txt": "The envoy said that " + strings.Repeat("the talks went on, ", 20) + "and Keir Starmer met Trump.",
		"c.txt": "Xi Jinping met Lee Jae-myung in Beijing.",
	}
	p := Parser{MaxSentenceBytes: 100, MaxActors: 1}
	var graphs []*Graph
	for _, name := range slices.Sorted(maps.Keys(docs)) {
		g, err := p.ParseDoc(context.Background(), name, docs[name])
		if err != nil {
			t.Fatal(err)
		}
		graphs = append(graphs, g)
	}
	want := []Warning{
		{Doc: "a.txt", Limit: "MaxSentenceBytes", Offset: 0, Max: 100, Got: len(docs["a.txt"])},
		{Doc: "a.txt", Limit: "MaxActors", Offset: strings.Index(docs["a.txt"], "Trump"), Max: 1, Got: 2},
		{Doc: "b.txt", Limit: "MaxActors", Offset: len("Donald Trump met "), Max: 1, Got: 4},
		{Doc: "c.txt", Limit: "MaxActors", Offset: len("Xi Jinping met "), Max: 1, Got: 2},
	}
	slices.SortFunc(want, compareWarnings)
	parseAll, err := p.ParseAll(context.Background(), func(yield func(string, string) bool) {
		for _, name := range []string{"c.txt", "a.txt", "b.txt"} {
			if !yield(name, docs[name]) {
				return
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := graphs[0], graphs[1], graphs[2]
	merged := Merge(a, b, c)
	js := writeJSON(t, merged)
	back, err := ReadJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	for name, g := range map[string]*Graph{
		"Merge(a, b, c)":          merged,
		"Merge(c, b, a)":          Merge(c, b, a),
		"Merge(Merge(a, b), c)":   Merge(Merge(a, b), c),
		"Merge(a, Merge(c, b))":   Merge(a, Merge(c, b)),
		"Merge(m, m)":             Merge(merged, merged),
		"Merge(m, its JSON)":      Merge(merged, back),
		"ReadJSON of WriteJSON":   back,
		"ParseAll":                parseAll,
		"CapEvidence":             merged.CapEvidence(1, 1),
		"JoinSurnames":            merged.JoinSurnames(),
		"Merge(Warnings-free, m)": Merge(&Graph{}, merged),
	} {
		if diff := cmp.Diff(want, g.Warnings()); diff != "" {
			t.Errorf("%s: warnings (-want +got):\n%s", name, diff)
		}
	}
	if !bytes.Equal(js, writeJSON(t, back)) {
		t.Error("JSON round trip changed the bytes")
	}
	if !bytes.Contains(js, []byte(`"warnings": [`)) {
		t.Errorf("no warnings in the JSON:\n%s", js)
	}
	clean, err := Parse(context.Background(), docs["c.txt"])
	if err != nil {
		t.Fatal(err)
	}
	if ws := clean.Warnings(); ws != nil {
		t.Errorf("Warnings() = %v, want nil", ws)
	}
	if bytes.Contains(writeJSON(t, clean), []byte("warnings")) {
		t.Error("a graph without warnings writes a warnings key")
	}
	var nilGraph *Graph
	if nilGraph.Warnings() != nil {
		t.Error("a nil graph has warnings")
	}
}

// TestReadJSONWarnings checks that ReadJSON validates warnings.
func TestReadJSONWarnings(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown limit", `{"actors": [], "relations": [], "warnings": [{"doc": "a", "limit": "MaxDocumentBytes", "offset": 0, "max": 1, "got": 2}]}`,
			`actorgraph: read JSON: warning 0: unknown limit "MaxDocumentBytes"`},
		{"negative offset", `{"actors": [], "relations": [], "warnings": [{"doc": "a", "limit": "MaxActors", "offset": -1, "max": 1, "got": 2}]}`,
			`actorgraph: read JSON: warning 0: negative offset -1`},
		{"duplicate key", `{"warnings": [], "warnings": []}`, `actorgraph: read JSON: duplicate key "warnings"`},
		{"unknown field", `{"warnings": [{"doc": "a", "limit": "MaxActors", "line": 3}]}`,
			`actorgraph: read JSON: warning 0: json: unknown field "line"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadJSON(strings.NewReader(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("err = %v, want %s", err, tt.want)
			}
		})
	}
}

// TestLimitErrorsAreTyped checks that the errors of a document are told apart with
// errors.Is and errors.As, also when ParseAll wraps them in a *DocError.
func TestLimitErrorsAreTyped(t *testing.T) {
	p := Parser{MaxDocumentBytes: 100}
	tests := []struct {
		text   string
		target error
		other  error
	}{
		{strings.Repeat("The envoy left. ", 10), ErrLimit, ErrNotText},
		{"\x1f\x8b\x08\x00", ErrNotText, ErrLimit},
	}
	for _, tt := range tests {
		_, err := p.ParseAll(context.Background(), func(yield func(string, string) bool) { yield("a.txt", tt.text) })
		var de *DocError
		if !errors.As(err, &de) || !errors.Is(err, tt.target) || errors.Is(err, tt.other) {
			t.Errorf("ParseAll of %q: err = %v, want a *DocError wrapping %v only", tt.text, err, tt.target)
		}
	}
}
