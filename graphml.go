package actorgraph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// graphMLKeys are the attributes WriteGraphML declares, in order: id, what they belong
// to, and type. Each id is also the attribute's name. "label" holds an actor's name and a
// relation's type, the attribute Gephi and Cytoscape show by default.
var graphMLKeys = []struct{ id, on, typ string }{
	{"label", "node", "string"},
	{"kind", "node", "string"},
	{"country", "node", "string"},
	{"aliases", "node", "string"},
	{"roles", "node", "string"},
	{"mentions", "node", "int"},
	{"label", "edge", "string"},
	{"type", "edge", "string"},
	{"modality", "edge", "string"},
	{"symmetric", "edge", "boolean"},
	{"evidence", "edge", "int"},
	{"text", "edge", "string"},
	{"docs", "edge", "string"},
	{"first_seen", "edge", "string"},
	{"last_seen", "edge", "string"},
}

// listSep joins the elements of list attributes in GraphML and in the Neo4j exports'
// text. An element's own semicolons become commas, so the list splits back on ";".
const listSep = "; "

// joinList joins elems with listSep after turning their semicolons into commas.
func joinList(elems []string) string {
	out := make([]string, len(elems))
	for i, e := range elems {
		out[i] = strings.ReplaceAll(e, ";", ",")
	}
	return strings.Join(out, listSep)
}

// WriteGraphML writes the graph to w as GraphML, which Gephi, yEd, Cytoscape and
// NetworkX (networkx.read_graphml) open. Each actor is a node whose id is the actor's ID;
// each relation is an edge with id e0, e1, … in relation order. Attributes are declared
// with typed <key> elements whose id is also their name:
//
//	node: label (the name, string), kind (string), country (string),
//	      aliases (string, joined by "; "), roles (string, "title of ID" joined by "; "),
//	      mentions (int)
//	edge: label (the type, string), type (string), modality (string),
//	      symmetric (boolean), evidence (int: pieces of evidence),
//	      text (string: the evidence sentences, one a line), docs (string, joined by "; "),
//	      first_seen and last_seen (string: Relation.FirstSeen and LastSeen in ISO 8601,
//	      left out when unknown)
//
// In the joined lists, a semicolon inside an alias, role or document name becomes a
// comma, so that a list always splits back on ";".
// The graph is directed (edgedefault="directed"); a symmetric relation, stored with the
// smaller ID as source, has symmetric=true rather than directed="false", which NetworkX
// rejects in a directed graph. Empty values are left out. Text is escaped for XML, and
// characters XML cannot hold, such as most control characters and invalid UTF-8, become
// U+FFFD. The output is byte-for-byte deterministic.
//
// WriteGraphML returns an error, before writing anything, if a relation's end is not an
// actor of the graph.
func (g *Graph) WriteGraphML(w io.Writer) error {
	if err := g.checkEnds(); err != nil {
		return fmt.Errorf("actorgraph: write GraphML: %w", err)
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		id := k.id
		if k.id == "label" {
			id = k.on + "_label" // key ids are unique across nodes and edges
		}
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", id, k.on, k.id, k.typ)
	}
	bw.WriteString("  <graph id=\"actorgraph\" edgedefault=\"directed\">\n")
	data := func(key, val string) {
		if val == "" {
			return
		}
		fmt.Fprintf(bw, "      <data key=\"%s\">", key)
		xmlEscape(bw, val)
		bw.WriteString("</data>\n")
	}
	for a := range g.Actors() {
		bw.WriteString("    <node id=\"")
		xmlEscape(bw, a.ID)
		bw.WriteString("\">\n")
		data("node_label", a.Name)
		data("kind", string(a.Kind))
		data("country", a.Country)
		data("aliases", joinList(a.Aliases))
		data("roles", joinList(roleStrings(a.Roles)))
		data("mentions", strconv.Itoa(len(a.Mentions)))
		bw.WriteString("    </node>\n")
	}
	i := 0
	for r := range g.Relations(Filter{}) {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"", i)
		xmlEscape(bw, r.Source)
		bw.WriteString("\" target=\"")
		xmlEscape(bw, r.Target)
		bw.WriteString("\">\n")
		data("edge_label", string(r.Type))
		data("type", string(r.Type))
		data("modality", string(r.Modality))
		data("symmetric", strconv.FormatBool(r.Type.Symmetric()))
		data("evidence", strconv.Itoa(len(r.Evidence)))
		data("text", strings.Join(evidenceTexts(r), "\n"))
		data("docs", joinList(evidenceDocs(r)))
		data("first_seen", r.FirstSeen.String())
		data("last_seen", r.LastSeen.String())
		bw.WriteString("    </edge>\n")
		i++
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("actorgraph: write GraphML: %w", err)
	}
	return nil
}

// xmlEscape writes s escaped for XML text and attribute values. xml.EscapeText escapes
// quotes and line breaks too, and replaces characters XML cannot hold with U+FFFD.
func xmlEscape(w io.Writer, s string) {
	_ = xml.EscapeText(w, []byte(s)) // errors are the writer's, and bufio keeps them
}

// checkEnds returns an error if a relation's end is not an actor of the graph.
func (g *Graph) checkEnds() error {
	for r := range g.Relations(Filter{}) {
		for _, end := range []string{r.Source, r.Target} {
			if g.actorByID(end) == nil {
				return fmt.Errorf("%s relation: %q is not an actor", r.Type, end)
			}
		}
	}
	return nil
}

// roleStrings returns each role as "title" or "title of ID".
func roleStrings(roles []Role) []string {
	out := make([]string, len(roles))
	for i, r := range roles {
		out[i] = r.Title
		if r.Of != "" {
			out[i] += " of " + r.Of
		}
	}
	return out
}

// evidenceTexts returns the distinct sentences of r's evidence, in evidence order.
func evidenceTexts(r *Relation) []string {
	var out []string
	for _, e := range r.Evidence {
		if e.Text != "" && !slices.Contains(out, e.Text) {
			out = append(out, e.Text)
		}
	}
	return out
}

// evidenceDocs returns the distinct documents of r's evidence, sorted.
func evidenceDocs(r *Relation) []string {
	var out []string
	for _, e := range r.Evidence {
		if e.Doc != "" {
			out = append(out, e.Doc)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
