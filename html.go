package actorgraph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/graphviz"
	"github.com/actorgraph/actorgraph/internal/htmlpage"
	"github.com/actorgraph/actorgraph/internal/safetext"
)

// HTMLOptions choose what Graph.WriteHTML shows. The zero value shows the whole graph as
// WriteDOT draws it, laid out by Graphviz's dot found on PATH.
type HTMLOptions struct {
	// DOTOptions choose the part of the graph the page shows and how it is drawn, as
	// for WriteDOTWith.
	DOTOptions
	// Title is the title of the page; empty means "actorgraph".
	Title string
	// Layout turns the DOT source of the drawing into SVG, as `dot -Tsvg` does. Nil runs
	// Graphviz's dot from PATH, with no time limit; a caller that wants a limit or
	// another dot runs it here, as the command does to stop dot on an interrupt. The page
	// finds actors and relations in the SVG by the id attributes of the DOT source, so
	// the SVG must be dot's rendering of the source it was given.
	Layout func(dot []byte) (svg []byte, err error)
}

// WriteHTML writes the graph to w as one HTML page that explores its drawing: the
// layout of WriteDOTWith, made by Graphviz (see HTMLOptions.Layout), as inline SVG, with a
// search box that finds an actor by any name or alias, ignoring case and diacritics, and
// centres it; a panel that shows a clicked actor's kind, aliases, roles and relations, or
// a clicked relation's evidence, with the words that state it marked and the document
// they are from; check boxes that hide the relations of a type or modality; and a
// legend. Tab reaches the search box, and Escape clears the search and the selection.
// A drawing of more than DOTSlowActors actors carries a notice that says how to draw
// fewer.
//
// The page is one file that works offline: its script and style sheet are inline, and
// its Content-Security-Policy allows no request at all, so that it loads nothing from
// the network. Names and sentences are data, never markup: the graph is in the page as
// JSON with <, > and & escaped, which the script reads with JSON.parse and shows as text
// only; the SVG is written anew from dot's output with only the elements and attributes of
// shapes, lines and text (no script, link, event handler or style). Control, bidi and
// zero-width characters are left out of what the page shows. The output is byte-for-byte
// deterministic for a deterministic layout, as dot's is.
//
// WriteHTML returns an error, before writing anything, for the options WriteDOTWith
// rejects, when the layout fails (without Graphviz, an error that wraps exec.ErrNotFound)
// and when the layout is not SVG of shapes, lines and text.
func (g *Graph) WriteHTML(w io.Writer, opts HTMLOptions) error {
	page, err := g.htmlPage(opts)
	if err == nil {
		_, err = w.Write(page)
	}
	return writeError("write HTML", err)
}

// htmlPage returns the page WriteHTML writes.
func (g *Graph) htmlPage(opts HTMLOptions) ([]byte, error) {
	if g == nil {
		g = newGraph(nil, nil)
	}
	v, focus, err := g.dotView(opts.DOTOptions)
	if err != nil {
		return nil, err
	}
	var src bytes.Buffer
	if err := g.writeDOTView(&src, v, focus, opts.DOTOptions, true); err != nil {
		return nil, err
	}
	layout := opts.Layout
	if layout == nil {
		layout = dotLayout
	}
	svg, err := layout(src.Bytes())
	if err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	if svg, err = htmlpage.CleanSVG(svg); err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	data, err := json.Marshal(g.htmlData(v)) // escapes <, >, &, U+2028 and U+2029
	if err != nil {
		return nil, err
	}
	p := htmlpage.Page{Title: pageText(opts.Title), Data: data, SVG: svg}
	if p.Title == "" {
		p.Title = "actorgraph"
	}
	if n := v.NumActors(); n > DOTSlowActors {
		p.Notice = fmt.Sprintf("This drawing holds %d actors, more than %d: it is slow to lay out and hard to read. "+
			"Draw fewer with -focus NAME or -min-mentions N (DOTOptions.Focus, DOTOptions.MinMentions).", n, DOTSlowActors)
	}
	var page bytes.Buffer
	if err := htmlpage.Write(&page, p); err != nil {
		return nil, err
	}
	return page.Bytes(), nil
}

// dotLayout lays out DOT source with Graphviz's dot from PATH, as SVG.
func dotLayout(src []byte) ([]byte, error) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return nil, fmt.Errorf("the layout needs Graphviz's dot (apt-get install graphviz, brew install graphviz): %w", err)
	}
	var svg bytes.Buffer
	if err := graphviz.Run(context.Background(), dot, "svg", src, &svg); err != nil {
		return nil, fmt.Errorf("dot -Tsvg: %w", err)
	}
	return svg.Bytes(), nil
}

// The page's data, in the JSON its script reads. Actors are numbered as the nodes of the
// drawing (n0, n1, …), relations as its edges (e0, e1, …): by their index in the lists.
type (
	htmlData struct {
		Actors     []htmlActor    `json:"actors"`
		Relations  []htmlRelation `json:"relations"`
		Types      []htmlType     `json:"types"`      // those the drawing has
		Modalities []htmlModality `json:"modalities"` // those the drawing has
		Kinds      []htmlKind     `json:"kinds"`      // those the drawing has
	}
	htmlActor struct {
		ID       string     `json:"id"`
		Name     string     `json:"name"`
		Kind     Kind       `json:"kind"`
		Country  *htmlRef   `json:"country,omitempty"`
		Aliases  []string   `json:"aliases"`
		Roles    []htmlRole `json:"roles"`
		Mentions int        `json:"mentions"`
	}
	// htmlRef names an actor, which may not be drawn: Actor is its node number if it is.
	htmlRef struct {
		Name  string `json:"name"`
		Actor *int   `json:"actor,omitempty"`
	}
	htmlRole struct {
		Title    string   `json:"title"`
		Of       *htmlRef `json:"of,omitempty"`
		Inferred string   `json:"inferred,omitempty"`
	}
	htmlRelation struct {
		Type     RelationType   `json:"type"`
		Modality Modality       `json:"modality"`
		Source   int            `json:"source"`
		Target   int            `json:"target"`
		Inferred bool           `json:"inferred,omitempty"`
		Evidence []htmlEvidence `json:"evidence"`
	}
	// htmlEvidence is a sentence cut around the words that state the relation, which are
	// empty when the sentence does not hold them (see Evidence.Words).
	htmlEvidence struct {
		Doc      string `json:"doc"`
		Sentence int    `json:"sentence"`
		Before   string `json:"before"`
		Words    string `json:"words"`
		After    string `json:"after"`
		Rule     string `json:"rule"`
	}
	htmlType struct {
		Type        RelationType `json:"type"`
		Description string       `json:"description"`
		Colour      string       `json:"colour"`
		Symmetric   bool         `json:"symmetric,omitempty"`
	}
	htmlModality struct {
		Modality    Modality `json:"modality"`
		Description string   `json:"description"`
		Line        string   `json:"line"` // "" (solid), "dashed", "dotted" or "double"
	}
	htmlKind struct {
		Kind  string `json:"kind"` // "unknown" for the empty kind
		Shape string `json:"shape"`
	}
)

// htmlData returns the data of the page that shows v, a part of g.
func (g *Graph) htmlData(v *Graph) htmlData {
	nodes := make(map[string]int, len(v.actors))
	for i, a := range v.actors {
		nodes[a.ID] = i
	}
	ref := func(id, name string) *htmlRef {
		r := &htmlRef{Name: pageText(name)}
		if n, ok := nodes[id]; ok {
			r.Actor = &n
		}
		return r
	}
	d := htmlData{Actors: make([]htmlActor, len(v.actors)), Relations: make([]htmlRelation, len(v.rels))}
	for i, a := range v.actors {
		ha := htmlActor{ID: pageText(a.ID), Name: pageText(a.String()), Kind: a.Kind, Aliases: make([]string, len(a.Aliases)),
			Roles: make([]htmlRole, len(a.Roles)), Mentions: len(a.Mentions)}
		if a.Country != "" {
			ha.Country = ref(a.Country, g.countryName(a.Country))
		}
		for j, al := range a.Aliases {
			ha.Aliases[j] = pageText(al)
		}
		for j, r := range a.Roles {
			ha.Roles[j] = htmlRole{Title: pageText(r.Title), Inferred: r.Inferred}
			if r.Of != "" {
				ha.Roles[j].Of = ref(r.Of, g.displayName(r.Of))
			}
		}
		d.Actors[i] = ha
	}
	for i, r := range v.rels {
		hr := htmlRelation{Type: r.Type, Modality: r.Modality, Source: nodes[r.Source], Target: nodes[r.Target],
			Inferred: r.Inferred(), Evidence: make([]htmlEvidence, len(r.Evidence))}
		for j, e := range r.Evidence {
			hr.Evidence[j] = htmlEvidenceOf(e)
		}
		d.Relations[i] = hr
	}
	for _, row := range extract.RelationTypes {
		t := RelationType(row.Type)
		if slices.ContainsFunc(v.rels, func(r *Relation) bool { return r.Type == t }) {
			d.Types = append(d.Types, htmlType{t, row.Description, row.Colour, row.Symmetric})
		}
	}
	for _, row := range extract.Modalities {
		m := Modality(row.Modality)
		if slices.ContainsFunc(v.rels, func(r *Relation) bool { return r.Modality == m }) {
			d.Modalities = append(d.Modalities, htmlModality{m, row.Description, row.Line})
		}
	}
	for _, s := range dotShapes {
		if slices.ContainsFunc(v.actors, func(a *Actor) bool { return a.Kind == s.kind }) {
			d.Kinds = append(d.Kinds, htmlKind{legendKind(s.kind), s.shape})
		}
	}
	return d
}

// htmlEvidenceOf cuts the sentence of e around the words that state its relation.
func htmlEvidenceOf(e Evidence) htmlEvidence {
	h := htmlEvidence{Doc: pageText(e.Doc), Sentence: e.Sentence, Rule: pageText(e.Rule), Before: pageText(e.Text)}
	if words := e.Words(); words != "" {
		i := e.Start - e.SentenceStart
		h.Before, h.Words, h.After = pageText(e.Text[:i]), pageText(words), pageText(e.Text[i+len(words):])
	}
	return h
}

// pageText returns s as the page shows it: invalid UTF-8 as U+FFFD, line breaks and tabs
// as spaces, and without the control and format characters (bidi controls, zero-width
// characters) that could hide text or reorder what is shown around it.
func pageText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\u2028' || r == '\u2029':
			return ' '
		case safetext.Invisible(r):
			return -1
		}
		return r
	}, safetext.ValidUTF8(s))
}
