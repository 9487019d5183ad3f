package actorgraph

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dotFont is the font of every label in WriteDOT's output.
const dotFont = "Helvetica"

// dotShapes maps each kind to its node shape; the empty (unknown) kind is last.
var dotShapes = []struct {
	kind  Kind
	shape string
}{
	{Person, "ellipse"},
	{Organization, "box"},
	{Country, "doubleoctagon"},
	{Group, "hexagon"},
	{"", "plaintext"},
}

func dotShape(k Kind) string {
	for _, s := range dotShapes {
		if s.kind == k {
			return s.shape
		}
	}
	return "plaintext"
}

// dotEdgeStyle returns the attributes that show modality m, after the label.
func dotEdgeStyle(m Modality) string {
	switch m {
	case Planned:
		return `, style=dashed`
	case Possible:
		return `, style=dotted`
	case Negated:
		return `, style=bold, color="red3", fontcolor="red3"`
	}
	return ""
}

// dotEdgeLabel returns the label of a relation of type t with modality m.
func dotEdgeLabel(t RelationType, m Modality) string {
	if m == Negated {
		return "not " + string(t)
	}
	return string(t)
}

// WriteDOT writes the graph to w in the Graphviz DOT language, for rendering with
// `dot -Tsvg`. Each actor is a node named n0, n1, … in actor order, labelled with its name,
// shaped by its kind and with its ID, kind, country and roles as tooltip. Each relation is
// one edge labelled with its type: symmetric types have no arrowhead, planned relations are
// dashed, possible ones dotted and negated ones bold red with the label prefixed "not ". An
// edge's tooltip is the sentence of its first evidence. A legend cluster shows the shapes
// and styles. Every string is escaped for Graphviz, so names cannot inject DOT syntax or
// label substitutions such as \N. Tooltips show a backslash as the look-alike U+29F5,
// because Graphviz versions do not agree on escapes in tooltips. The output is
// byte-for-byte deterministic.
//
// WriteDOT returns an error, before writing anything, if a relation's end is not an actor
// of the graph.
func (g *Graph) WriteDOT(w io.Writer) error {
	ids := make(map[string]int, g.NumActors())
	for a := range g.Actors() {
		ids[a.ID] = len(ids)
	}
	for r := range g.Relations(Filter{}) {
		for _, end := range []string{r.Source, r.Target} {
			if _, ok := ids[end]; !ok {
				return fmt.Errorf("actorgraph: write DOT: %s relation: %q is not an actor", r.Type, end)
			}
		}
	}

	bw := bufio.NewWriter(w)
	bw.WriteString("digraph actorgraph {\n")
	bw.WriteString("\tgraph [rankdir=LR, fontname=\"" + dotFont + "\"];\n")
	bw.WriteString("\tnode [fontname=\"" + dotFont + "\"];\n")
	bw.WriteString("\tedge [fontname=\"" + dotFont + "\", fontsize=10];\n")
	for a := range g.Actors() {
		name := a.Name
		if name == "" {
			name = a.ID
		}
		fmt.Fprintf(bw, "\tn%d [label=\"%s\", shape=%s, tooltip=\"%s\"];\n",
			ids[a.ID], dotEscape(name), dotShape(a.Kind), dotEscapeTooltip(g.actorTooltip(a)))
	}
	for r := range g.Relations(Filter{}) {
		fmt.Fprintf(bw, "\tn%d -> n%d [label=\"%s\"%s", ids[r.Source], ids[r.Target],
			dotEscape(dotEdgeLabel(r.Type, r.Modality)), dotEdgeStyle(r.Modality))
		if r.Type.Symmetric() {
			bw.WriteString(", dir=none")
		}
		if len(r.Evidence) > 0 && r.Evidence[0].Text != "" {
			fmt.Fprintf(bw, ", tooltip=\"%s\"", dotEscapeTooltip(r.Evidence[0].Text))
		}
		bw.WriteString("];\n")
	}
	writeDOTLegend(bw)
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("actorgraph: write DOT: %w", err)
	}
	return nil
}

// actorTooltip describes an actor in a few lines: its ID and kind, then the state it
// belongs to, then one line per role.
func (g *Graph) actorTooltip(a *Actor) string {
	var sb strings.Builder
	sb.WriteString(a.ID)
	if a.Kind != "" {
		sb.WriteString(" (" + string(a.Kind) + ")")
	}
	if a.Country != "" {
		sb.WriteString("\ncountry: " + g.displayName(a.Country))
	}
	for _, r := range a.Roles {
		sb.WriteString("\n" + r.Title)
		if r.Of != "" {
			sb.WriteString(" of " + g.displayName(r.Of))
		}
	}
	return sb.String()
}

// displayName returns the name of the actor with the given ID, or the ID itself when the
// graph has no such actor.
func (g *Graph) displayName(id string) string {
	if a, ok := g.byID[id]; ok && a.Name != "" {
		return a.Name
	}
	return id
}

// writeDOTLegend writes a cluster with one node per kind and one edge per modality. Its
// node IDs start with "legend_" so they never collide with actor nodes.
func writeDOTLegend(bw *bufio.Writer) {
	bw.WriteString("\tsubgraph cluster_legend {\n")
	bw.WriteString("\t\tlabel=\"Legend\";\n")
	bw.WriteString("\t\tfontsize=10;\n")
	bw.WriteString("\t\tcolor=\"gray60\";\n")
	bw.WriteString("\t\tnode [fontsize=10];\n")
	for _, s := range dotShapes {
		kind := string(s.kind)
		if kind == "" {
			kind = "unknown"
		}
		fmt.Fprintf(bw, "\t\tlegend_%s [label=\"%s\", shape=%s];\n", kind, kind, s.shape)
	}
	for _, m := range Modalities {
		fmt.Fprintf(bw, "\t\tlegend_%s_from [label=\"\", shape=point, width=0.05];\n", m)
		fmt.Fprintf(bw, "\t\tlegend_%s_to [label=\"\", shape=point, width=0.05];\n", m)
		fmt.Fprintf(bw, "\t\tlegend_%s_from -> legend_%s_to [label=\"%s\"%s];\n", m, m, m, dotEdgeStyle(m))
	}
	bw.WriteString("\t\tlegend_symmetric_from [label=\"\", shape=point, width=0.05];\n")
	bw.WriteString("\t\tlegend_symmetric_to [label=\"\", shape=point, width=0.05];\n")
	bw.WriteString("\t\tlegend_symmetric_from -> legend_symmetric_to [label=\"symmetric\", dir=none];\n")
	bw.WriteString("\t}\n")
}

// dotBackslash stands in for a backslash in tooltips: U+29F5 REVERSE SOLIDUS OPERATOR.
const dotBackslash = "\u29f5"

// dotEscapeTooltip is dotEscape for tooltips, which show every backslash as the look-alike
// U+29F5. Graphviz versions disagree on tooltips: 2.43 processes their escapes twice, so
// that "\\N" becomes the node name again, while later versions process them once. No
// escaping of a backslash displays right in both, so tooltips, which are only hints,
// avoid the character.
func dotEscapeTooltip(s string) string {
	return dotEscape(strings.ReplaceAll(s, `\`, dotBackslash))
}

// dotEscape returns s escaped for use inside a double-quoted Graphviz string (an
// escString). Backslashes are doubled, which also neutralises the substitutions \N, \G,
// \E, \T, \H, \L and the line breaks \l, \r; double quotes are escaped; a line break (\n,
// \r\n, \r, U+2028 or U+2029) becomes the escape \n; a tab becomes a space; other control
// characters are dropped; '&' becomes
// "&amp;" because Graphviz decodes HTML entities such as "&lt;" in labels; and invalid
// UTF-8 becomes U+FFFD, which Graphviz would otherwise reject or read as Latin-1.
func dotEscape(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\\':
			sb.WriteString(`\\`)
		case r == '"':
			sb.WriteString(`\"`)
		case r == '&':
			sb.WriteString("&amp;")
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			sb.WriteString(`\n`)
		case r == '\n' || r == '\u2028' || r == '\u2029':
			sb.WriteString(`\n`)
		case r == '\t':
			sb.WriteByte(' ')
		case unicode.IsControl(r):
			// dropped: NUL, escape, C1 controls and the like
		default:
			// An invalid byte decodes as RuneError and is written as U+FFFD.
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
