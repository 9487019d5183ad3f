package actorgraph

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"github.com/actorgraph/actorgraph/internal/extract"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/safetext"
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

// dotEdgeLabel returns the label of a relation of type t with modality m.
func dotEdgeLabel(t RelationType, m Modality) string {
	if m == Negated {
		return "not " + string(t)
	}
	return string(t)
}

// WriteDOT writes the whole graph to w in the Graphviz DOT language, for rendering with
// `dot -Tsvg`: it is WriteDOTWith with the zero DOTOptions, where the drawing is described.
func (g *Graph) WriteDOT(w io.Writer) error {
	return g.WriteDOTWith(w, DOTOptions{})
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
	if a := g.actorByID(id); a != nil && a.Name != "" {
		return a.Name
	}
	return id
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
// characters and the format characters that the parser never lets into a name (bidi
// controls, zero-width spaces and joiners, the BOM: see safetext.Invisible) are dropped,
// so that a name cannot reorder or hide text in the picture; '&' becomes
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
		case safetext.Invisible(r):
			// dropped: NUL, escape, C1 controls, bidi controls, zero-width characters
		default:
			// An invalid byte decodes as RuneError and is written as U+FFFD.
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// DOTOptions choose what Graph.WriteDOTWith draws and how. The zero value draws the whole
// graph, laid out left to right, with a legend: what WriteDOT draws.
//
// The filters apply in this order: Types and Modalities choose the relations, MinMentions
// drops rarely named actors with their relations, and Focus then keeps the actors within
// Depth relations of the focus actor over what is left. When Types or Modalities are set,
// actors left without a relation are not drawn. A drawing of more than DOTManyActors
// actors then leaves out, unless KeepAll is set, the news media (organizations that
// organizations.tsv flags as media: they report the news more than they act in it) and
// every actor left without a relation, so that the picture shows who deals with whom.
type DOTOptions struct {
	// Focus names the actor to centre the picture on, by ID, name or alias as Graph.Actor
	// finds it; empty draws every actor. The focus actor is drawn with a thick outline.
	Focus string
	// Depth is how many relations away from Focus actors are drawn; zero or less means 1.
	// It is ignored without Focus.
	Depth int
	// Types keeps only relations of these types; empty keeps all.
	Types []RelationType
	// Modalities keeps only relations with these modalities; empty keeps all.
	Modalities []Modality
	// MinMentions drops actors named fewer times than this in the text, counting
	// Actor.Mentions; the focus actor is always drawn.
	MinMentions int
	// ClusterByCountry draws the actors of each state in a box labelled with its name:
	// the country itself, organizations and groups by Actor.Country, and people by the
	// state their roles are held for, directly ("president of Russia"), through an
	// organization ("spokesman of the Kremlin") or through a principal who has one
	// ("envoy of Donald Trump").
	ClusterByCountry bool
	// RankDir is the direction of the layout: "LR" (left to right, the default), "RL",
	// "TB" (top to bottom) or "BT".
	RankDir string
	// NoLegend leaves out the legend of shapes and line styles.
	NoLegend bool
	// KeepAll draws the media and the actors without a relation that a drawing of more
	// than DOTManyActors actors leaves out.
	KeepAll bool
	// EdgeDates writes under each relation's label the dates it was first and last seen
	// (Relation.FirstSeen and LastSeen), when they are known: "meets-with" over
	// "2024-11-04 – 2024-12-09". Graph.Within draws a window of time.
	EdgeDates bool
}

// DOTManyActors is the number of actors above which a drawing leaves out the media and
// the actors without a relation, unless DOTOptions.KeepAll is set. Below it every actor
// fits in a picture that can still be read.
const DOTManyActors = 30

// DOTSlowActors is the number of actors above which a drawing is slow to lay out and too
// dense to read: the time Graphviz's dot takes grows with about the cube of the actors,
// from seconds for 1,000 actors to minutes for a few thousand, as the relations go. The
// command warns above it, and the page of Graph.WriteHTML says so; both point to
// DOTOptions.Focus and DOTOptions.MinMentions (-focus and -min-mentions), which draw
// fewer.
const DOTSlowActors = 1000

// dotRankDirs are the values of DOTOptions.RankDir.
var dotRankDirs = []string{"LR", "RL", "TB", "BT"}

// dotInferredAlpha is the opacity appended to the colour of an inferred relation's line,
// which draws it lighter than the relations the text states.
const dotInferredAlpha = "80"

// dotTypeColor returns the colour of relation type t, from its row of the relation types.
func dotTypeColor(t RelationType) string {
	if i := relationRow(t); i >= 0 {
		return extract.RelationTypes[i].Colour
	}
	return "#000000"
}

// dotModalityLine returns the line style of modality m, from its row of the modalities: "" (solid),
// "dashed", "dotted" or "double".
func dotModalityLine(m Modality) string {
	if i := modalityRow(m); i >= 0 {
		return extract.Modalities[i].Line
	}
	return ""
}

// dotModalityStyle returns the attributes that show modality m in the given colour. A
// double line is the colour "c:white:c", which draws three parallel lines, the middle one
// white.
func dotModalityStyle(m Modality, color string) string {
	switch line := dotModalityLine(m); line {
	case "":
		return `color="` + color + `"`
	case "double":
		return `color="` + color + `:white:` + color + `"`
	default:
		return `color="` + color + `", style=` + line
	}
}

// dotKindFills gives each kind a pale fill, a second cue besides the shape.
var dotKindFills = map[Kind]string{
	Person:       "#ffffff",
	Organization: "#eaf1f8",
	Country:      "#f0f0f0",
	Group:        "#fbeee4",
	"":           "#ffffff",
}

// WriteDOTWith writes the graph to w in the Graphviz DOT language, drawn as opts say; see
// DOTOptions. WriteDOT is WriteDOTWith with the zero DOTOptions.
//
// Each actor is a node named n0, n1, … in ID order among the actors drawn, labelled with
// its name, shaped by its kind (person ellipse, organization box, country double octagon,
// group hexagon, unknown plain text) and with its ID, kind, country and roles as
// tooltip. Each relation is one edge labelled with its type and coloured by it:
// symmetric types have no arrowhead, planned relations are dashed, possible ones dotted,
// negated ones drawn as a double line with the label prefixed "not ". An edge's tooltip
// holds the sentences of its evidence. The legend, a cluster whose node names start with
// "legend_", shows the shapes and line styles the picture uses.
//
// Every string is escaped for Graphviz, so names cannot inject DOT syntax or label
// substitutions such as \N; control characters, bidi controls and zero-width characters
// are left out of labels and tooltips, evidence included. Tooltips show a backslash as the look-alike U+29F5, because
// Graphviz versions do not agree on escapes in tooltips. The output is byte-for-byte
// deterministic.
//
// WriteDOTWith returns an error, before writing anything, if Focus names no actor
// (wrapping ErrUnknownActor), if an option holds an unknown relation type, modality or
// rank direction, or if a relation's end is not an actor of the graph.
func (g *Graph) WriteDOTWith(w io.Writer, opts DOTOptions) error {
	if g == nil {
		g = newGraph(nil, nil)
	}
	v, focus, err := g.dotView(opts)
	if err == nil {
		err = g.writeDOTView(w, v, focus, opts, false)
	}
	return writeError("write DOT", err)
}

// writeError returns err as the writer op returns it: an unknown actor, relation type or
// modality as it is, since it names the package and the name already, and any other
// error prefixed with the package and op.
func writeError(op string, err error) error {
	if err == nil || unknownName(err) {
		return err
	}
	return fmt.Errorf("actorgraph: %s: %w", op, err)
}

// writeDOTView writes v, the part of g that opts select with its focus actor (see
// dotView), in DOT. With svgIDs set, every actor node, relation label node and relation
// edge gets an id attribute, which Graphviz's SVG output keeps: n and the node number for
// an actor, r and the relation's index in v for a label node, e and the index for an edge,
// with a "b" after it for the second half of an edge drawn through its label node.
func (g *Graph) writeDOTView(w io.Writer, v *Graph, focus *Actor, opts DOTOptions, svgIDs bool) error {
	ids := make(map[string]int, v.NumActors())
	for a := range v.Actors() {
		ids[a.ID] = len(ids)
	}
	for _, r := range v.rels {
		for _, end := range []string{r.Source, r.Target} {
			if _, ok := ids[end]; !ok {
				return fmt.Errorf("%s relation: %q is not an actor", r.Type, end)
			}
		}
	}
	d := &dotWriter{g: g, v: v, focus: focus, ids: ids, labelAttr: "label", svgIDs: svgIDs, dates: opts.EdgeDates}
	scale := 1 // of the legend
	graphAttrs := ""
	if n := v.NumActors(); n > DOTManyActors {
		// In a large drawing dot routes an edge around the node it makes of a label,
		// often far from the line; an xlabel is placed after the layout, beside its line.
		// The legend grows with the drawing, so that it can be read at the same zoom.
		d.labelAttr = "xlabel"
		graphAttrs = ", forcelabels=true"
		scale = int(math.Ceil(math.Sqrt(float64(n) / DOTManyActors)))
	}
	if opts.ClusterByCountry {
		d.clusterize()
	}

	bw := bufio.NewWriter(w)
	d.bw = bw
	bw.WriteString("digraph actorgraph {\n")
	// newrank=true would rank clusters together with the rest, which keeps some edges
	// out of clusters but stretches every box across the width of a large graph.
	fmt.Fprintf(bw, "\tgraph [rankdir=%s, fontname=\"%s\", fontsize=11, nodesep=0.3, ranksep=0.5%s];\n", cmp.Or(opts.RankDir, "LR"), dotFont, graphAttrs)
	bw.WriteString("\tnode [fontname=\"" + dotFont + "\", fontsize=12, style=filled, color=\"#404040\", margin=\"0.08,0.04\"];\n")
	bw.WriteString("\tedge [fontname=\"" + dotFont + "\", fontsize=9, arrowsize=0.7];\n")
	for i, c := range d.clusters {
		fmt.Fprintf(bw, "\tsubgraph cluster_%d {\n", i)
		fmt.Fprintf(bw, "\t\tlabel=\"%s\";\n", dotEscape(g.countryName(c.country)))
		bw.WriteString("\t\tstyle=\"rounded,filled\";\n\t\tfillcolor=\"#f7f7f7\";\n\t\tcolor=\"#b0b0b0\";\n\t\tfontcolor=\"#404040\";\n\t\tlabeljust=l;\n")
		for _, a := range c.actors {
			d.node("\t\t", a)
		}
		for i, r := range v.rels {
			if d.labelNode[i] && d.clusterOf[r.Source] == c && d.clusterOf[r.Target] == c {
				d.relationLabelNode("\t\t", i, r)
			}
		}
		bw.WriteString("\t}\n")
	}
	for a := range v.Actors() {
		if d.clusterOf[a.ID] == nil {
			d.node("\t", a)
		}
	}
	for i, r := range v.rels {
		if d.labelNode[i] && (d.clusterOf[r.Source] == nil || d.clusterOf[r.Source] != d.clusterOf[r.Target]) {
			d.relationLabelNode("\t", i, r)
		}
	}
	for i, r := range v.rels {
		d.relation(i, r)
	}
	if !opts.NoLegend {
		writeDOTLegendFor(bw, v, scale)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotWriter holds what WriteDOTWith needs while it writes.
type dotWriter struct {
	bw    *bufio.Writer
	g     *Graph // the whole graph, for names in tooltips and states
	v     *Graph // the part drawn
	focus *Actor
	ids   map[string]int // actor ID → node number
	// clusters holds the boxes by state; clusterOf maps an actor ID to its box.
	clusters  []*dotCluster
	clusterOf map[string]*dotCluster
	// labelNode is set for the relations, by index in v.rels, whose label is drawn as a
	// node of its own on the line.
	labelNode map[int]bool
	// labelAttr is the attribute that labels an edge: "label", or "xlabel" in a large
	// drawing.
	labelAttr string
	// svgIDs gives nodes and edges id attributes (see writeDOTView).
	svgIDs bool
	// dates adds the dates a relation was seen to its label (DOTOptions.EdgeDates).
	dates bool
}

// label returns the label of relation r: its type, with its dates under it when d.dates
// is set and they are known.
func (d *dotWriter) label(r *Relation) string {
	l := dotEdgeLabel(r.Type, r.Modality)
	if !d.dates || r.FirstSeen.IsZero() {
		return l
	}
	if r.FirstSeen == r.LastSeen {
		return l + "\n" + r.FirstSeen.String()
	}
	return l + "\n" + r.FirstSeen.String() + " – " + r.LastSeen.String()
}

// id returns the id attribute of a node or edge, after a comma, or "" without svgIDs.
func (d *dotWriter) id(format string, args ...any) string {
	if !d.svgIDs {
		return ""
	}
	return fmt.Sprintf(`, id="`+format+`"`, args...)
}

// clusterize groups the drawn actors into boxes by state and chooses the relations
// whose labels become nodes. dot draws two edges between the same two actors in
// different clusters along one path, one on top of the other (a long-standing bug), so
// when a pair of actors has more than one relation each is drawn as two half edges
// meeting at its label: the lines then have different ends and dot keeps them apart.
func (d *dotWriter) clusterize() {
	d.clusters = d.g.dotClusters(d.v)
	d.clusterOf = make(map[string]*dotCluster)
	for _, c := range d.clusters {
		for _, a := range c.actors {
			d.clusterOf[a.ID] = c
		}
	}
	pairs := make(map[[2]string]int)
	key := func(r *Relation) [2]string {
		if r.Target < r.Source {
			return [2]string{r.Target, r.Source}
		}
		return [2]string{r.Source, r.Target}
	}
	for _, r := range d.v.rels {
		pairs[key(r)]++
	}
	d.labelNode = make(map[int]bool)
	for i, r := range d.v.rels {
		if pairs[key(r)] > 1 {
			d.labelNode[i] = true
		}
	}
}

// node writes the node of actor a.
func (d *dotWriter) node(indent string, a *Actor) {
	name := a.Name
	if name == "" {
		name = a.ID
	}
	fmt.Fprintf(d.bw, "%sn%d [label=\"%s\", shape=%s, fillcolor=\"%s\"", indent, d.ids[a.ID],
		dotEscape(name), dotShape(a.Kind), dotKindFills[a.Kind])
	if a == d.focus {
		d.bw.WriteString(", penwidth=2.5")
	}
	fmt.Fprintf(d.bw, "%s, tooltip=\"%s\"];\n", d.id("n%d", d.ids[a.ID]), dotEscapeTooltip(d.g.actorTooltip(a)))
}

// relationLabelNode writes the node that carries the label of relation i: "r" and the
// relation's index, as plain coloured text.
func (d *dotWriter) relationLabelNode(indent string, i int, r *Relation) {
	fmt.Fprintf(d.bw, "%sr%d [label=\"%s\", shape=plaintext, style=\"\", fontsize=9, fontcolor=\"%s\", width=0, height=0, margin=0.02",
		indent, i, dotEscape(d.label(r)), dotTypeColor(r.Type))
	if tip := evidenceTooltip(r); tip != "" {
		fmt.Fprintf(d.bw, ", tooltip=\"%s\"", dotEscapeTooltip(tip))
	}
	d.bw.WriteString(d.id("r%d", i) + "];\n")
}

// relation writes the edge of relation i, or its two halves when its label is a node.
func (d *dotWriter) relation(i int, r *Relation) {
	color := dotTypeColor(r.Type)
	if r.Inferred() {
		color += dotInferredAlpha // lighter: the text does not state it
	}
	style := dotModalityStyle(r.Modality, color)
	tip := ""
	if t := evidenceTooltip(r); t != "" {
		tip = fmt.Sprintf(", tooltip=\"%s\"", dotEscapeTooltip(t))
	}
	dir := ""
	if r.Type.Symmetric() {
		dir = ", dir=none"
	}
	src, dst := d.ids[r.Source], d.ids[r.Target]
	if d.labelNode[i] {
		fmt.Fprintf(d.bw, "\tn%d -> r%d [%s, dir=none%s%s];\n", src, i, style, tip, d.id("e%d", i))
		fmt.Fprintf(d.bw, "\tr%d -> n%d [%s%s%s%s];\n", i, dst, style, dir, tip, d.id("e%db", i))
		return
	}
	fmt.Fprintf(d.bw, "\tn%d -> n%d [%s=\"%s\", fontcolor=\"%s\", %s%s%s%s];\n", src, dst, d.labelAttr,
		dotEscape(d.label(r)), color, style, dir, tip, d.id("e%d", i))
}

// Drawn returns the part of g that WriteDOTWith draws with opts: the actors and relations
// that the filters of opts keep (see DOTOptions), as a graph, or g itself when opts keep
// everything. It lets a caller see how large a drawing will be before laying it out, as
// the command does to warn that Graphviz takes minutes on thousands of actors. Its
// errors are those WriteDOTWith returns for opts: an unknown Focus, type or modality wraps
// ErrUnknownActor, ErrUnknownType or ErrUnknownModality.
func (g *Graph) Drawn(opts DOTOptions) (*Graph, error) {
	if g == nil {
		g = newGraph(nil, nil)
	}
	v, _, err := g.dotView(opts)
	if err != nil && !unknownName(err) {
		return nil, fmt.Errorf("actorgraph: DOT options: %w", err)
	}
	return v, err
}

// unknownName reports whether err is about an unknown actor, relation type or modality,
// as every query reports one (see Filter): it names the package and the name already.
func unknownName(err error) bool {
	return errors.Is(err, ErrUnknownActor) || errors.Is(err, ErrUnknownType) || errors.Is(err, ErrUnknownModality)
}

// dotView returns the part of g that opts select, and the focus actor or nil.
func (g *Graph) dotView(opts DOTOptions) (*Graph, *Actor, error) {
	for _, t := range opts.Types {
		if !t.Valid() {
			return nil, nil, fmt.Errorf("%w %q", ErrUnknownType, t)
		}
	}
	for _, m := range opts.Modalities {
		if !m.Valid() {
			return nil, nil, fmt.Errorf("%w %q", ErrUnknownModality, m)
		}
	}
	if opts.RankDir != "" && !slices.Contains(dotRankDirs, opts.RankDir) {
		return nil, nil, fmt.Errorf("unknown rank direction %q: want LR, RL, TB or BT", opts.RankDir)
	}
	var focus *Actor
	if opts.Focus != "" {
		a, err := g.mustActor(opts.Focus)
		if err != nil {
			return nil, nil, err
		}
		focus = a
	}
	v := g
	if focus != nil || len(opts.Types) > 0 || len(opts.Modalities) > 0 || opts.MinMentions > 0 {
		v = g.filterView(opts, focus)
	}
	if !opts.KeepAll && v.NumActors() > DOTManyActors {
		all := func(*Relation) bool { return true }
		noMedia := v.subgraph(func(a *Actor) bool { return a == focus || !g.isMedia(a) }, all)
		v = noMedia.subgraph(func(a *Actor) bool { return a == focus || len(noMedia.relsOf(a.ID)) > 0 }, all)
	}
	return v, focus, nil
}

// filterView returns the part of g that the filters of opts keep around focus, which
// may be nil.
func (g *Graph) filterView(opts DOTOptions, focus *Actor) *Graph {
	filterRels := len(opts.Types) > 0 || len(opts.Modalities) > 0
	keepRel := func(r *Relation) bool {
		return (len(opts.Types) == 0 || slices.Contains(opts.Types, r.Type)) &&
			(len(opts.Modalities) == 0 || slices.Contains(opts.Modalities, r.Modality))
	}
	// Actors that pass MinMentions; relations between them that pass the filters.
	v := g.subgraph(func(a *Actor) bool { return a == focus || len(a.Mentions) >= opts.MinMentions }, keepRel)
	if filterRels {
		v = v.subgraph(func(a *Actor) bool { return a == focus || len(v.relsOf(a.ID)) > 0 }, keepRel)
	}
	if focus != nil {
		// v holds only the relations the options keep, denied ones included.
		ego, err := v.Ego(focus.ID, max(opts.Depth, 1), Filter{Modalities: Modalities()})
		if err == nil { // it is: focus is kept in v
			v = ego
		}
	}
	return v
}

// isMedia reports whether a is a news agency, broadcaster or newspaper of the lexicon g
// was parsed with.
func (g *Graph) isMedia(a *Actor) bool {
	return g.lexicon().data().IsMedia(a.ID)
}

// evidenceTooltip returns the distinct sentences of r's evidence, one paragraph each, at
// most maxTooltipSentences of them.
func evidenceTooltip(r *Relation) string {
	const maxTooltipSentences = 3
	texts := evidenceTexts(r)
	if len(texts) > maxTooltipSentences {
		more := len(texts) - maxTooltipSentences
		texts = append(texts[:maxTooltipSentences], fmt.Sprintf("(%d more)", more))
	}
	return strings.Join(texts, "\n\n")
}

// dotCluster is the actors drawn in the box of one state.
type dotCluster struct {
	country string
	actors  []*Actor
}

// dotClusters groups the actors of v by state, in clusters sorted by the state's ID. A
// state with only one actor drawn gets no box: a box around its own country node says
// nothing the node does not, and one around a single person or news agency takes room
// for no grouping.
func (g *Graph) dotClusters(v *Graph) []*dotCluster {
	by := make(map[string][]*Actor)
	for a := range v.Actors() {
		if c := g.stateOf(a); c != "" {
			by[c] = append(by[c], a)
		}
	}
	var clusters []*dotCluster
	for _, c := range slices.Sorted(maps.Keys(by)) {
		if as := by[c]; len(as) > 1 {
			clusters = append(clusters, &dotCluster{c, as})
		}
	}
	return clusters
}

// stateOf returns the ID of the state an actor belongs to, or "" when the graph does not
// say: a country is its own state; an organization or group has Actor.Country; a person
// has the state their roles are held for: a country, else an organization's country, else
// the state of a principal, else the country they are leader-of or member-of. Among
// several states of the same standing the smallest ID wins.
func (g *Graph) stateOf(a *Actor) string {
	if a.Kind == Country {
		return a.ID
	}
	if a.Country != "" {
		return a.Country
	}
	best, bestTier := "", 0
	consider := func(id string, tier int) {
		if id != "" && (best == "" || tier < bestTier || tier == bestTier && id < best) {
			best, bestTier = id, tier
		}
	}
	for _, r := range a.Roles {
		if c, ok := g.directState(r.Of); ok {
			consider(c, 1)
		} else if p := g.actorByID(r.Of); p != nil && p.Kind == Person && p != a {
			// One step only: a principal's own principal is not followed.
			for _, pr := range p.Roles {
				if c, ok := g.directState(pr.Of); ok {
					consider(c, 2)
				}
			}
		}
	}
	if best == "" {
		for _, r := range g.relsOf(a.ID) {
			if r.Source == a.ID && (r.Type == LeaderOf || r.Type == MemberOf) {
				if t := g.actorByID(r.Target); t != nil && t.Kind == Country {
					consider(t.ID, 3)
				}
			}
		}
	}
	return best
}

// directState returns the state that the actor with the given ID is or belongs to: a
// country of the graph or of the lexicon it was parsed with, or the country of an organization.
func (g *Graph) directState(id string) (string, bool) {
	if id == "" {
		return "", false
	}
	if x := g.actorByID(id); x != nil {
		switch {
		case x.Kind == Country:
			return x.ID, true
		case x.Country != "":
			return x.Country, true
		}
		return "", false
	}
	if _, ok := g.lexicon().data().CountryName(id); ok {
		return id, true
	}
	return "", false
}

// countryName returns the display name of a state: its actor's name, else the lexicon's
// name for it, else its ID.
func (g *Graph) countryName(id string) string {
	if a := g.actorByID(id); a != nil && a.Name != "" {
		return a.Name
	}
	if name, _ := g.lexicon().data().CountryName(id); name != "" {
		return name
	}
	return id
}

// writeDOTLegendFor writes a legend of the kinds and modalities that the drawn graph v
// uses, in a cluster whose node names start with "legend_": one small node per kind, then
// a table with a sample of each line style. All of it is in one rank, so the legend is a
// narrow column (a row when the layout runs top to bottom) whatever the spacing of the
// graph's ranks. Its fonts and samples are scale times their size in a small drawing. It
// writes nothing for a graph without actors.
func writeDOTLegendFor(bw *bufio.Writer, v *Graph, scale int) {
	var kinds []Kind
	for _, s := range dotShapes {
		if slices.ContainsFunc(v.actors, func(a *Actor) bool { return a.Kind == s.kind }) {
			kinds = append(kinds, s.kind)
		}
	}
	if len(kinds) == 0 {
		return
	}
	bw.WriteString("\tsubgraph cluster_legend {\n")
	fmt.Fprintf(bw, "\t\tlabel=\"Legend\";\n\t\tfontsize=%d;\n\t\tcolor=\"#b0b0b0\";\n\t\tstyle=rounded;\n", 10*scale)
	if scale == 1 {
		bw.WriteString("\t\tnode [fontsize=9, height=0.3, margin=\"0.05,0.02\"];\n")
	} else {
		fmt.Fprintf(bw, "\t\tnode [fontsize=%d, height=%.1f, margin=\"%.2f,%.2f\", penwidth=%d];\n", 9*scale, 0.3*float64(scale), 0.05*float64(scale), 0.02*float64(scale), scale)
	}
	bw.WriteString("\t\t{\n\t\t\trank=same;\n")
	for _, k := range kinds {
		name := legendKind(k)
		fmt.Fprintf(bw, "\t\t\tlegend_%s [label=\"%s\", shape=%s, fillcolor=\"%s\"];\n", name, name, dotShape(k), dotKindFills[k])
	}
	var rows []string
	for _, row := range extract.Modalities {
		m := Modality(row.Modality)
		if !slices.ContainsFunc(v.rels, func(r *Relation) bool { return r.Modality == m }) {
			continue
		}
		// The sample line is the bottom border of a cell spanning the upper half of the
		// row, so that it runs level with the middle of the text; a double line is the
		// top and bottom borders of a thinner cell.
		line := fmt.Sprintf(`SIDES="B" HEIGHT="%d"`, 6*scale)
		switch {
		case row.Line == "double":
			line = fmt.Sprintf(`SIDES="TB" HEIGHT="%d"`, 4*scale)
		case row.Line != "":
			line += ` STYLE="` + row.Line + `"`
		}
		rows = append(rows, fmt.Sprintf(`<TR><TD WIDTH="%d" FIXEDSIZE="TRUE" BORDER="%d" COLOR="#404040" %s></TD>`+
			`<TD ALIGN="LEFT" ROWSPAN="2">%s</TD></TR><TR><TD></TD></TR>`, 40*scale, scale, line, m))
	}
	if slices.ContainsFunc(v.rels, func(r *Relation) bool { return r.Type.Symmetric() }) {
		rows = append(rows, `<TR><TD COLSPAN="2" ALIGN="LEFT">no arrowhead: symmetric</TD></TR>`)
	}
	if len(rows) > 0 {
		fmt.Fprintf(bw, "\t\t\tlegend_lines [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"0\" CELLSPACING=\"%d\" CELLPADDING=\"0\">\n", 3*scale)
		for _, row := range rows {
			bw.WriteString("\t\t\t\t" + row + "\n")
		}
		bw.WriteString("\t\t\t</TABLE>>];\n")
	}
	bw.WriteString("\t\t}\n\t}\n")
}

// legendKind names a kind in the legend.
func legendKind(k Kind) string {
	if k == "" {
		return "unknown"
	}
	return string(k)
}
