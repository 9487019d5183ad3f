package actorgraph

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// buildGraph builds a graph the way the parser and Merge do.
func buildGraph(actors []*Actor, rels []*Relation) *Graph {
	var b builder
	for _, a := range actors {
		b.addActor(a)
	}
	for _, r := range rels {
		b.addRelation(r)
	}
	return b.graph()
}

// snapshot is the exported content of a graph, for comparing graphs with cmp.
type snapshot struct {
	Actors    []*Actor
	Relations []*Relation
}

func snap(g *Graph) snapshot {
	return snapshot{slices.Collect(g.Actors()), slices.Collect(g.Relations(Filter{}))}
}

// equateEmpty treats nil and empty lists alike: JSON reads [] back as an empty list.
var equateEmpty = cmpopts.EquateEmpty()

// testGraph has every kind, every modality, a symmetric relation given in reverse, a
// country and no country, lists empty and not.
func testGraph() *Graph {
	ev := func(doc string, sent, sentStart, start, end int, text, rule string) Evidence {
		return Evidence{Doc: doc, Sentence: sent, SentenceStart: sentStart, Span: Span{start, end}, Text: text, Rule: rule}
	}
	return buildGraph([]*Actor{
		{ID: "donald-trump", Name: "Donald Trump", Kind: Person, Aliases: []string{"Trump", "Donald Trump"},
			Roles:    []Role{{Title: "president", Of: "united-states"}},
			Mentions: []Mention{{Doc: "a.txt", Span: Span{40, 45}, Text: "Trump"}, {Doc: "a.txt", Span: Span{0, 12}, Text: "Donald Trump"}}},
		{ID: "vladimir-putin", Name: "Vladimir Putin", Kind: Person, Aliases: []string{"Putin"},
			Roles: []Role{{Title: "president", Of: "russia"}}, Mentions: []Mention{{Span: Span{3, 8}}}},
		{ID: "kremlin", Name: "Kremlin", Kind: Organization, Country: "russia", Aliases: []string{"the Kremlin"}},
		{ID: "russia", Name: "Russia", Kind: Country},
		{ID: "united-states", Name: "United States", Kind: Country, Aliases: []string{"U.S.", "Washington"}},
		{ID: "hamas", Name: "Hamas", Kind: Group},
		{ID: "mystery", Name: "Mystery & <Co>"},
	}, []*Relation{
		{Type: LeaderOf, Source: "donald-trump", Target: "united-states", Modality: Actual,
			Evidence: []Evidence{ev("a.txt", 0, 0, 0, 22, "U.S. President Donald Trump met Putin.", "role")}},
		{Type: MeetsWith, Source: "vladimir-putin", Target: "donald-trump", Modality: Planned,
			Evidence: []Evidence{
				ev("b.txt", 2, 100, 100, 120, "Putin will meet Trump.", "verb"),
				ev("a.txt", 1, 40, 50, 70, "Trump said he would meet Putin.", "verb"),
			}},
		{Type: MeetsWith, Source: "donald-trump", Target: "vladimir-putin", Modality: Actual,
			Evidence: []Evidence{ev("a.txt", 0, 0, 0, 30, "U.S. President Donald Trump met Putin.", "verb")}},
		{Type: Sanctions, Source: "united-states", Target: "russia", Modality: Possible},
		{Type: NegotiatesWith, Source: "kremlin", Target: "hamas", Modality: Negated,
			Evidence: []Evidence{ev("c.txt", 4, 0, 7, 9, "The Kremlin did not talk to \"Hamas\".\n", "negation")}},
	})
}

func writeJSON(t *testing.T, g *Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := g.WriteJSON(&buf); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	return buf.Bytes()
}

func TestWriteJSONShape(t *testing.T) {
	tests := []struct {
		name string
		g    *Graph
		want string
	}{
		{"nil", nil, "{\n  \"actors\": [],\n  \"relations\": []\n}\n"},
		{"empty", buildGraph(nil, nil), "{\n  \"actors\": [],\n  \"relations\": []\n}\n"},
		{
			name: "one of each",
			g: buildGraph(
				[]*Actor{
					{ID: "b", Name: "B <b>", Kind: Organization, Country: "x", Aliases: []string{"B"},
						Roles: []Role{{Title: "ally", Of: "a"}}, Mentions: []Mention{{Doc: "d", Span: Span{1, 2}}, {Span: Span{3, 4}}}},
					{ID: "a", Name: "A", Kind: Person},
				},
				[]*Relation{{Type: Supports, Source: "b", Target: "a", Modality: Actual,
					Evidence: []Evidence{{Doc: "d", Sentence: 1, Span: Span{5, 6}, Text: "B & A.", Rule: "r"}}}},
			),
			want: `{
  "actors": [
    {
      "id": "a",
      "name": "A",
      "kind": "person",
      "aliases": [],
      "roles": [],
      "mentions": []
    },
    {
      "id": "b",
      "name": "B <b>",
      "kind": "organization",
      "country": "x",
      "aliases": [
        "B"
      ],
      "roles": [
        {
          "title": "ally",
          "of": "a"
        }
      ],
      "mentions": [
        {
          "start": 3,
          "end": 4
        },
        {
          "doc": "d",
          "start": 1,
          "end": 2
        }
      ]
    }
  ],
  "relations": [
    {
      "type": "supports",
      "source": "b",
      "target": "a",
      "modality": "actual",
      "evidence": [
        {
          "doc": "d",
          "sentence": 1,
          "sentence_start": 0,
          "start": 5,
          "end": 6,
          "text": "B & A.",
          "rule": "r"
        }
      ]
    }
  ]
}
`,
		},
		{
			name: "relation without evidence",
			g:    buildGraph([]*Actor{{ID: "a", Name: "A"}}, []*Relation{{Type: Opposes, Source: "a", Target: "a", Modality: Negated}}),
			want: `{
  "actors": [
    {
      "id": "a",
      "name": "A",
      "kind": "",
      "aliases": [],
      "roles": [],
      "mentions": []
    }
  ],
  "relations": [
    {
      "type": "opposes",
      "source": "a",
      "target": "a",
      "modality": "negated",
      "evidence": []
    }
  ]
}
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, string(writeJSON(t, tt.g))); diff != "" {
				t.Errorf("WriteJSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWriteJSONMatchesEncoder checks the streaming writer against encoding/json encoding
// the whole document at once.
func TestWriteJSONMatchesEncoder(t *testing.T) {
	g := testGraph()
	doc := struct {
		Actors    []*Actor    `json:"actors"`
		Relations []*Relation `json:"relations"`
	}{[]*Actor{}, []*Relation{}}
	for a := range g.Actors() {
		doc.Actors = append(doc.Actors, jsonActor(a))
	}
	for r := range g.Relations(Filter{}) {
		doc.Relations = append(doc.Relations, jsonRelation(r))
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), string(writeJSON(t, g))); diff != "" {
		t.Errorf("WriteJSON differs from json.Encoder (-want +got):\n%s", diff)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		g    *Graph
	}{
		{"empty", buildGraph(nil, nil)},
		{"full", testGraph()},
		{"hostile strings", buildGraph([]*Actor{
			{ID: "x", Name: "X\" -> \"Y", Kind: Person, Aliases: []string{"\\", "a\nb", "nul\x00byte", "\u2028", "<b>html</b>"}},
			{ID: "y\\", Name: "trailing\\", Kind: Group, Roles: []Role{{Title: "\"]; node [label=\"pwned", Of: "x"}}},
		}, []*Relation{{Type: Opposes, Source: "x", Target: "y\\", Modality: Actual,
			Evidence: []Evidence{{Doc: "\t", Text: "\x1b[31mred\x1b[0m", Rule: "\\N"}}}})},
		{"surnames stay apart", buildGraph([]*Actor{
			{ID: "donald-trump", Name: "Donald Trump", Kind: Person},
			{ID: "eric-trump", Name: "Eric Trump", Kind: Person},
			{ID: "trump", Name: "Trump", Kind: Person},
		}, []*Relation{{Type: Supports, Source: "trump", Target: "eric-trump", Modality: Actual}})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := writeJSON(t, tt.g)
			g2, err := ReadJSON(bytes.NewReader(first))
			if err != nil {
				t.Fatalf("ReadJSON: %v\ninput:\n%s", err, first)
			}
			if diff := cmp.Diff(snap(tt.g), snap(g2), equateEmpty); diff != "" {
				t.Errorf("re-read graph differs (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(string(first), string(writeJSON(t, g2))); diff != "" {
				t.Errorf("second write differs (-first +second):\n%s", diff)
			}
			if got, want := g2.NumRelations(), tt.g.NumRelations(); got != want {
				t.Errorf("NumRelations = %d, want %d", got, want)
			}
		})
	}
}

// TestReadJSONIDs checks that IDs of every script and punctuation are read as written: only
// invisible characters and line separators are refused (see TestReadJSONErrors).
func TestReadJSONIDs(t *testing.T) {
	tests := []string{
		"donald-trump",
		"Donald Trump",
		"a",
		"Володимир Зеленський",
		"محمد بن سلمان",
		"習近平",
		`x" -> "y`,
		`back\slash`,
		"emoji 🙂",
		"no-break\u00a0space",
		"\ufffd",
		"<b>&amp;</b>",
	}
	for _, id := range tests {
		t.Run(id, func(t *testing.T) {
			g := buildGraph([]*Actor{{ID: id, Name: "N"}, {ID: "other"}},
				[]*Relation{{Type: Supports, Source: id, Target: "other", Modality: Actual}})
			in := writeJSON(t, g)
			got, err := ReadJSON(bytes.NewReader(in))
			if err != nil {
				t.Fatalf("ReadJSON: %v", err)
			}
			if diff := cmp.Diff(snap(g), snap(got), equateEmpty); diff != "" {
				t.Errorf("ReadJSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadJSONNormalizes checks input that is valid but not in WriteJSON's normal form.
func TestReadJSONNormalizes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *Graph
	}{
		{"empty object", `{}`, buildGraph(nil, nil)},
		{"null lists", `{"actors": null, "relations": null}`, buildGraph(nil, nil)},
		{
			name: "relations first, unsorted, symmetric reversed, duplicates pooled",
			in: `{"relations": [
				{"type": "meets-with", "source": "b", "target": "a", "modality": "actual", "evidence": [{"doc": "d", "sentence": 2, "start": 0, "end": 1, "text": "t2", "rule": "r"}]},
				{"type": "meets-with", "source": "a", "target": "b", "modality": "actual", "evidence": [{"doc": "d", "sentence": 1, "start": 0, "end": 1, "text": "t1", "rule": "r"}]}
			], "actors": [
				{"id": "b", "name": "B", "kind": "country", "aliases": ["z", "y", "z"]},
				{"id": "a", "name": "A", "kind": "person"}
			]}`,
			want: buildGraph([]*Actor{
				{ID: "a", Name: "A", Kind: Person},
				{ID: "b", Name: "B", Kind: Country, Aliases: []string{"y", "z"}},
			}, []*Relation{{Type: MeetsWith, Source: "a", Target: "b", Modality: Actual, Evidence: []Evidence{
				{Doc: "d", Sentence: 1, Span: Span{0, 1}, Text: "t1", Rule: "r"},
				{Doc: "d", Sentence: 2, Span: Span{0, 1}, Text: "t2", Rule: "r"},
			}}}),
		},
		{
			name: "invalid UTF-8 becomes U+FFFD",
			in:   "{\"actors\": [{\"id\": \"a\", \"name\": \"A\xff\"}]}",
			want: buildGraph([]*Actor{{ID: "a", Name: "A\uFFFD"}}, nil),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ReadJSON(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ReadJSON: %v", err)
			}
			if diff := cmp.Diff(snap(tt.want), snap(g), equateEmpty); diff != "" {
				t.Errorf("ReadJSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadJSONErrors(t *testing.T) {
	const a = `{"id": "a", "name": "A"}`
	rel := func(fields string) string {
		return `{"actors": [` + a + `], "relations": [` + `{"type": "supports", "source": "a", "target": "a", "modality": "actual"}, {` + fields + `}]}`
	}
	tests := []struct {
		name, in, want string
	}{
		{"empty input", ``, `actorgraph: read JSON: document: unexpected end of input`},
		{"not JSON", `nope`, `actorgraph: read JSON: value at offset 0: invalid character 'o' in literal null (expecting 'u')`},
		{"array document", `[]`, `actorgraph: read JSON: document: want "{", got "["`},
		{"null document", `null`, `actorgraph: read JSON: document: want "{", got null`},
		{"truncated", `{"actors": [` + a, `actorgraph: read JSON: actors: unexpected end of input`},
		{"trailing data", `{} {}`, `actorgraph: read JSON: unexpected data after the document`},
		{"trailing garbage", `{} x`, `actorgraph: read JSON: unexpected data after the document`},
		{"unknown key", `{"nodes": []}`, `actorgraph: read JSON: unknown key "nodes"`},
		{"duplicate key", `{"actors": [], "actors": []}`, `actorgraph: read JSON: duplicate key "actors"`},
		{"actors not an array", `{"actors": {}}`, `actorgraph: read JSON: actors: want an array, got "{"`},
		{"relations not an array", `{"relations": 3}`, `actorgraph: read JSON: relations: want an array, got a number`},
		{"actor not an object", `{"actors": [3]}`, `actorgraph: read JSON: actor 0: json: cannot unmarshal number into Go value of type actorgraph.Actor`},
		{"empty id", `{"actors": [{"name": "A"}]}`, `actorgraph: read JSON: actor 0: empty id`},
		{"duplicate id", `{"actors": [` + a + `, ` + a + `]}`, `actorgraph: read JSON: actor 1 ("a"): duplicate id`},
		{"unknown kind", `{"actors": [{"id": "a", "kind": "robot"}]}`, `actorgraph: read JSON: actor 0 ("a"): unknown kind "robot"`},
		{"unknown field", `{"actors": [{"id": "a", "nmae": "A"}]}`, `actorgraph: read JSON: actor 0: json: unknown field "nmae"`},
		{"negative mention", `{"actors": [{"id": "a", "mentions": [{"start": -1, "end": 2}]}]}`, `actorgraph: read JSON: actor 0 ("a"): mention 0: negative span start -1`},
		{"inverted mention", `{"actors": [{"id": "a", "mentions": [{"start": 0, "end": 0}, {"start": 5, "end": 2}]}]}`, `actorgraph: read JSON: actor 0 ("a"): mention 1: span end 2 before start 5`},
		{"string span", `{"actors": [{"id": "a", "mentions": [{"start": "0", "end": 2}]}]}`, `actorgraph: read JSON: actor 0: json: cannot unmarshal string into Go struct field Mention.mentions.Span.start of type int`},
		{"unknown type", rel(`"type": "x", "source": "a", "target": "a", "modality": "actual"`), `actorgraph: read JSON: relation 1: unknown type "x"`},
		{"missing type", rel(`"source": "a", "target": "a", "modality": "actual"`), `actorgraph: read JSON: relation 1: unknown type ""`},
		{"unknown modality", rel(`"type": "supports", "source": "a", "target": "a", "modality": "maybe"`), `actorgraph: read JSON: relation 1: unknown modality "maybe"`},
		{"unknown source", rel(`"type": "supports", "source": "b", "target": "a", "modality": "actual"`), `actorgraph: read JSON: relation 1: source "b" is not an actor`},
		{"unknown target", rel(`"type": "supports", "source": "a", "target": "", "modality": "actual"`), `actorgraph: read JSON: relation 1: target "" is not an actor`},
		{"negative sentence", rel(`"type": "supports", "source": "a", "target": "a", "modality": "actual", "evidence": [{"sentence": -1}]`), `actorgraph: read JSON: relation 1: evidence 0: negative sentence index -1`},
		{"mention text too short", `{"actors": [{"id": "a", "mentions": [{"start": 0, "end": 5, "text": "Trum"}]}]}`, `actorgraph: read JSON: actor 0 ("a"): mention 0: text of 4 bytes for a span of 5`},
		{"negative sentence start", rel(`"type": "supports", "source": "a", "target": "a", "modality": "actual", "evidence": [{"sentence_start": -1}]`), `actorgraph: read JSON: relation 1: evidence 0: negative sentence start -1`},
		{"evidence before its sentence", rel(`"type": "supports", "source": "a", "target": "a", "modality": "actual", "evidence": [{"sentence_start": 10, "start": 9, "end": 12, "text": "A backs A."}]`), `actorgraph: read JSON: relation 1: evidence 0: span [9, 12) outside the sentence at 10 of 10 bytes`},
		{"evidence past its sentence", rel(`"type": "supports", "source": "a", "target": "a", "modality": "actual", "evidence": [{"sentence_start": 10, "start": 12, "end": 21, "text": "A backs A."}]`), `actorgraph: read JSON: relation 1: evidence 0: span [12, 21) outside the sentence at 10 of 10 bytes`},
		{"inverted evidence", rel(`"type": "supports", "source": "a", "target": "a", "modality": "actual", "evidence": [{"start": 9, "end": 1}]`), `actorgraph: read JSON: relation 1: evidence 0: span end 1 before start 9`},
		{"relation syntax error", `{"relations": [{"type": }]}`, `actorgraph: read JSON: relation 0: value at offset 15: invalid character '}' looking for beginning of value`},
		// IDs that the writers could not keep apart from others (see ReadJSON).
		{"NUL in id", `{"actors": [{"id": "a\u0000"}]}`, `actorgraph: read JSON: actor 0 ("a\x00"): id holds control character U+0000 at byte 1`},
		{"ids differing by a control character", `{"actors": [{"id": "a\u0001b"}, {"id": "a\u0002b"}]}`, `actorgraph: read JSON: actor 0 ("a\x01b"): id holds control character U+0001 at byte 1`},
		{"line break in id", `{"actors": [` + a + `, {"id": "x\ny"}]}`, `actorgraph: read JSON: actor 1 ("x\ny"): id holds control character U+000A at byte 1`},
		{"tab in id", `{"actors": [{"id": "\tx"}]}`, `actorgraph: read JSON: actor 0 ("\tx"): id holds control character U+0009 at byte 0`},
		{"DEL in id", `{"actors": [{"id": "x\u007f"}]}`, `actorgraph: read JSON: actor 0 ("x\x7f"): id holds control character U+007F at byte 1`},
		{"C1 control in id", `{"actors": [{"id": "x\u0085"}]}`, `actorgraph: read JSON: actor 0 ("x\u0085"): id holds control character U+0085 at byte 1`},
		{"bidi override in id", `{"actors": [{"id": "\u202etrump"}]}`, `actorgraph: read JSON: actor 0 ("\u202etrump"): id holds format character U+202E at byte 0`},
		{"zero-width space in id", `{"actors": [{"id": "donald\u200b-trump"}]}`, `actorgraph: read JSON: actor 0 ("donald\u200b-trump"): id holds format character U+200B at byte 6`},
		{"BOM in id", `{"actors": [{"id": "\ufeffa"}]}`, `actorgraph: read JSON: actor 0 ("\ufeffa"): id holds format character U+FEFF at byte 0`},
		{"line separator in id", `{"actors": [{"id": "a\u2028b"}]}`, `actorgraph: read JSON: actor 0 ("a\u2028b"): id holds line separator U+2028 at byte 1`},
		{"paragraph separator in id", `{"actors": [{"id": "a\u2029b"}]}`, `actorgraph: read JSON: actor 0 ("a\u2029b"): id holds paragraph separator U+2029 at byte 1`},
		{"noncharacter in id", `{"actors": [{"id": "a\uffff"}]}`, `actorgraph: read JSON: actor 0 ("a\uffff"): id holds noncharacter U+FFFF at byte 1`},
		{"control character in source", rel(`"type": "supports", "source": "a\u0007", "target": "a", "modality": "actual"`), `actorgraph: read JSON: relation 1: source "a\a" holds control character U+0007 at byte 1`},
		{"format character in target", rel(`"type": "supports", "source": "a", "target": "a\u2066", "modality": "actual"`), `actorgraph: read JSON: relation 1: target "a\u2066" holds format character U+2066 at byte 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ReadJSON(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("ReadJSON = %d actors, nil error; want error %q", g.NumActors(), tt.want)
			}
			if g != nil {
				t.Errorf("ReadJSON returned a graph with its error")
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error mismatch\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

type failWriter struct{ after int }

var errWrite = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, errWrite
	}
	n := min(len(p), w.after)
	w.after -= n
	if n < len(p) {
		return n, errWrite
	}
	return n, nil
}

func TestWriteJSONError(t *testing.T) {
	g := testGraph()
	size := len(writeJSON(t, g))
	for _, after := range []int{0, 1, size / 2, size - 1} {
		err := g.WriteJSON(&failWriter{after: after})
		if !errors.Is(err, errWrite) {
			t.Errorf("WriteJSON to a writer failing after %d bytes = %v, want %v", after, err, errWrite)
		}
	}
}

// FuzzReadJSON checks that ReadJSON never panics and that whatever it accepts writes out
// in a form it reads back to the same bytes.
func FuzzReadJSON(f *testing.F) {
	var buf bytes.Buffer
	if err := testGraph().WriteJSON(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Add(`{}`)
	f.Add(`{"actors": [{"id": "a", "name": "A", "kind": "country"}, {"id": "b", "name": "B", "kind": "country"}], "relations": [{"type": "meets-with", "source": "a", "target": "b", "modality": "actual", "first_seen": "2024-W02", "last_seen": "2024", "evidence": [{"doc": "d", "sentence": 0, "sentence_start": 0, "start": 0, "end": 1, "text": "A", "rule": "verb", "date": "2023-11-04/2023-11-07", "doc_date": "2024-01-10"}]}]}`)
	f.Add(`{"actors": [{"id": "trump", "name": "Trump", "kind": "person"}, {"id": "dt", "name": "Donald Trump", "kind": "person"}], "relations": [{"type": "meets-with", "source": "trump", "target": "dt", "modality": "actual"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		g, err := ReadJSON(strings.NewReader(in))
		if err != nil {
			return
		}
		for a := range g.Actors() {
			if bad := hiddenRune(a.ID); bad >= 0 {
				t.Fatalf("ReadJSON accepted the id %q, which holds %U", a.ID, bad)
			}
		}
		var first, second bytes.Buffer
		if err := g.WriteJSON(&first); err != nil {
			t.Fatal(err)
		}
		g2, err := ReadJSON(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("re-reading written JSON: %v\n%s", err, first.Bytes())
		}
		if err := g2.WriteJSON(&second); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("write → read → write changed the output:\n%s", cmp.Diff(first.String(), second.String()))
		}
	})
}
