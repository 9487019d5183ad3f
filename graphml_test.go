package actorgraph

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The GraphML document, as encoding/xml reads it back.
type (
	gmlDoc struct {
		XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
		Keys    []gmlKey `xml:"key"`
		Graph   struct {
			ID          string    `xml:"id,attr"`
			EdgeDefault string    `xml:"edgedefault,attr"`
			Nodes       []gmlNode `xml:"node"`
			Edges       []gmlEdge `xml:"edge"`
		} `xml:"graph"`
	}
	gmlKey struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	gmlData struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	gmlNode struct {
		ID   string    `xml:"id,attr"`
		Data []gmlData `xml:"data"`
	}
	gmlEdge struct {
		ID     string    `xml:"id,attr"`
		Source string    `xml:"source,attr"`
		Target string    `xml:"target,attr"`
		Data   []gmlData `xml:"data"`
	}
)

func writeGraphML(t *testing.T, g *Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := g.WriteGraphML(&buf); err != nil {
		t.Fatalf("WriteGraphML: %v", err)
	}
	return buf.Bytes()
}

// readGraphML parses GraphML and rebuilds the actors and relations it describes, checking
// that every data element uses a declared key of the right domain and that typed values
// parse as their type.
func readGraphML(t *testing.T, out []byte) snapshot {
	t.Helper()
	var doc gmlDoc
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v\n%s", err, out)
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q", doc.Graph.EdgeDefault)
	}
	keys := make(map[string]gmlKey)
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("duplicate key id %q", k.ID)
		}
		keys[k.ID] = k
	}
	values := func(on string, data []gmlData) map[string]string {
		m := make(map[string]string)
		for _, d := range data {
			k, ok := keys[d.Key]
			if !ok || k.For != on {
				t.Errorf("%s data uses key %q, not declared for %s", on, d.Key, on)
				continue
			}
			switch k.Type {
			case "int":
				if _, err := strconv.Atoi(d.Value); err != nil {
					t.Errorf("key %s: %q is not an int", d.Key, d.Value)
				}
			case "boolean":
				if d.Value != "true" && d.Value != "false" {
					t.Errorf("key %s: %q is not a boolean", d.Key, d.Value)
				}
			}
			m[k.Name] = d.Value
		}
		return m
	}
	split := func(s string) []string {
		if s == "" {
			return []string{}
		}
		return strings.Split(s, listSep)
	}
	var snap snapshot
	for _, n := range doc.Graph.Nodes {
		v := values("node", n.Data)
		a := &Actor{ID: n.ID, Name: v["label"], Kind: Kind(v["kind"]), Country: v["country"], Aliases: split(v["aliases"])}
		for _, r := range split(v["roles"]) {
			// Titles may hold " of " ("secretary of state"); IDs do not.
			if i := strings.LastIndex(r, " of "); i >= 0 {
				a.Roles = append(a.Roles, Role{Title: r[:i], Of: r[i+len(" of "):]})
			} else {
				a.Roles = append(a.Roles, Role{Title: r})
			}
		}
		m, _ := strconv.Atoi(v["mentions"])
		a.Mentions = make([]Mention, m)
		snap.Actors = append(snap.Actors, a)
	}
	for i, e := range doc.Graph.Edges {
		if e.ID != fmt.Sprintf("e%d", i) {
			t.Errorf("edge %d has id %q", i, e.ID)
		}
		v := values("edge", e.Data)
		if v["label"] != v["type"] || v["symmetric"] != strconv.FormatBool(RelationType(v["type"]).Symmetric()) {
			t.Errorf("edge %s: label %q, type %q, symmetric %q", e.ID, v["label"], v["type"], v["symmetric"])
		}
		n, _ := strconv.Atoi(v["evidence"])
		snap.Relations = append(snap.Relations, &Relation{Type: RelationType(v["type"]), Source: e.Source, Target: e.Target,
			Modality: Modality(v["modality"]), Evidence: make([]Evidence, n)})
	}
	return snap
}

// graphMLView is what GraphML keeps of a graph: roles, but mentions and evidence only
// counted, and text as XML can hold it.
func graphMLView(g *Graph) snapshot {
	var snap snapshot
	for a := range g.Actors() {
		c := &Actor{ID: xmlText(a.ID), Name: xmlText(a.Name), Kind: a.Kind, Country: xmlText(a.Country),
			Aliases: []string{}, Mentions: make([]Mention, len(a.Mentions))}
		for _, al := range a.Aliases {
			c.Aliases = append(c.Aliases, listed(al))
		}
		for _, r := range a.Roles {
			c.Roles = append(c.Roles, Role{Title: listed(r.Title), Of: listed(r.Of)})
		}
		snap.Actors = append(snap.Actors, c)
	}
	for r := range g.Relations(Filter{}) {
		snap.Relations = append(snap.Relations, &Relation{Type: r.Type, Source: xmlText(r.Source), Target: xmlText(r.Target),
			Modality: r.Modality, Evidence: make([]Evidence, len(r.Evidence))})
	}
	return snap
}

// listed returns s as a list element reads back: with commas for semicolons.
func listed(s string) string { return xmlText(strings.ReplaceAll(s, ";", ",")) }

// xmlText returns s as XML gives it back: characters XML cannot hold become U+FFFD.
// Line breaks survive, since xml.EscapeText writes CR and LF as character references.
func xmlText(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 || !(r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
			r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF) {
			r = '\uFFFD'
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func TestGraphMLRoundTrip(t *testing.T) {
	graphs := map[string]*Graph{"testGraph": testGraph(), "queryGraph": queryGraph(), "clusterGraph": clusterGraph()}
	for i, name := range hostileNames {
		graphs[fmt.Sprintf("hostile %d", i)] = buildGraph([]*Actor{
			{ID: "a" + name, Name: name, Kind: Person, Aliases: []string{name, "x"}, Roles: []Role{{Title: name, Of: "b"}}},
			{ID: "b", Name: "B " + name, Kind: Organization, Country: name},
		}, []*Relation{
			{Type: MemberOf, Source: "a" + name, Target: "b", Modality: Actual, Evidence: []Evidence{{Doc: name, Text: "Said: " + name}}},
		})
	}
	for name, g := range graphs {
		t.Run(name, func(t *testing.T) {
			out := writeGraphML(t, g)
			if !utf8.Valid(out) {
				t.Errorf("output is not valid UTF-8")
			}
			if diff := cmp.Diff(graphMLView(g), readGraphML(t, out), equateEmpty); diff != "" {
				t.Errorf("GraphML round trip (-graph +read back):\n%s", diff)
			}
			if again := writeGraphML(t, g); !bytes.Equal(out, again) {
				t.Errorf("second WriteGraphML differs")
			}
		})
	}
}

func TestWriteGraphMLShape(t *testing.T) {
	g := buildGraph([]*Actor{
		{ID: "donald-trump", Name: "Donald Trump", Kind: Person, Aliases: []string{"Trump"},
			Roles: []Role{{Title: "president", Of: "united-states"}}, Mentions: []Mention{{Span: Span{0, 5}}}},
		{ID: "vladimir-putin", Name: `Vladimir "Vova" Putin & Co <x>`, Kind: Person},
	}, []*Relation{
		{Type: MeetsWith, Source: "vladimir-putin", Target: "donald-trump", Modality: Planned, Evidence: []Evidence{
			{Doc: "a.txt", Text: "Trump will meet Putin."}, {Doc: "b.txt", Text: "They will meet.\nSoon."}}},
	})
	const want = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="node_label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="country" for="node" attr.name="country" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="roles" for="node" attr.name="roles" attr.type="string"/>
  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>
  <key id="type" for="edge" attr.name="type" attr.type="string"/>
  <key id="modality" for="edge" attr.name="modality" attr.type="string"/>
  <key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
  <key id="evidence" for="edge" attr.name="evidence" attr.type="int"/>
  <key id="text" for="edge" attr.name="text" attr.type="string"/>
  <key id="docs" for="edge" attr.name="docs" attr.type="string"/>
  <key id="first_seen" for="edge" attr.name="first_seen" attr.type="string"/>
  <key id="last_seen" for="edge" attr.name="last_seen" attr.type="string"/>
  <graph id="actorgraph" edgedefault="directed">
    <node id="donald-trump">
      <data key="node_label">Donald Trump</data>
      <data key="kind">person</data>
      <data key="aliases">Trump</data>
      <data key="roles">president of united-states</data>
      <data key="mentions">1</data>
    </node>
    <node id="vladimir-putin">
      <data key="node_label">Vladimir &#34;Vova&#34; Putin &amp; Co &lt;x&gt;</data>
      <data key="kind">person</data>
      <data key="mentions">0</data>
    </node>
    <edge id="e0" source="donald-trump" target="vladimir-putin">
      <data key="edge_label">meets-with</data>
      <data key="type">meets-with</data>
      <data key="modality">planned</data>
      <data key="symmetric">true</data>
      <data key="evidence">2</data>
      <data key="text">Trump will meet Putin.&#xA;They will meet.&#xA;Soon.</data>
      <data key="docs">a.txt; b.txt</data>
    </edge>
  </graph>
</graphml>
`
	if diff := cmp.Diff(want, string(writeGraphML(t, g))); diff != "" {
		t.Errorf("WriteGraphML mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteGraphMLErrors(t *testing.T) {
	for _, g := range []*Graph{nil, {}, buildGraph(nil, nil)} {
		snap := readGraphML(t, writeGraphML(t, g))
		if len(snap.Actors)+len(snap.Relations) != 0 {
			t.Errorf("empty graph: %+v", snap)
		}
	}
	g := buildGraph([]*Actor{{ID: "a"}}, []*Relation{{Type: Supports, Source: "a", Target: "ghost", Modality: Actual}})
	var buf bytes.Buffer
	err := g.WriteGraphML(&buf)
	if want := `actorgraph: write GraphML: supports relation: "ghost" is not an actor`; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes before failing", buf.Len())
	}
	size := len(writeGraphML(t, testGraph()))
	for _, after := range []int{0, size / 2, size - 1} {
		if err := testGraph().WriteGraphML(&failWriter{after: after}); !errors.Is(err, errWrite) {
			t.Errorf("writer failing after %d bytes: error = %v, want %v", after, err, errWrite)
		}
	}
}
