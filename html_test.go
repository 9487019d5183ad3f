package actorgraph

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/htmlpage"
	"github.com/google/go-cmp/cmp"
)

// svgIDs finds the id attributes WriteHTML's DOT source gives nodes and edges.
var svgIDs = regexp.MustCompile(`, id="(([nr])\d+|e\d+b?)"`)

// fakeLayout stands in for dot: an SVG with one group a node or edge of the DOT source,
// by its id, so that pages do not depend on the version of Graphviz.
func fakeLayout(src []byte) ([]byte, error) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><!-- fake --><svg width="100pt" height="50pt" viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg">`)
	for _, m := range svgIDs.FindAllSubmatch(src, -1) {
		if len(m[2]) > 0 {
			fmt.Fprintf(&sb, "\n<g id=%q class=\"node\"><title>%s</title><ellipse cx=\"1\" cy=\"1\" rx=\"1\" ry=\"1\"/></g>", m[1], m[1])
		} else {
			fmt.Fprintf(&sb, "\n<g id=%q class=\"edge\"><path d=\"M0,0L1,1\"/></g>", m[1])
		}
	}
	sb.WriteString("\n</svg>\n")
	return []byte(sb.String()), nil
}

func writeHTML(t *testing.T, g *Graph, opts HTMLOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := g.WriteHTML(&buf, opts); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	return buf.Bytes()
}

// pageData returns the graph data of a page, from its JSON element.
func pageData(t *testing.T, page []byte) htmlData {
	t.Helper()
	_, rest, ok := bytes.Cut(page, []byte(`<script type="application/json" id="graph-data">`))
	js, _, ok2 := bytes.Cut(rest, []byte("</script>"))
	if !ok || !ok2 {
		t.Fatalf("no graph data in the page")
	}
	var d htmlData
	if err := json.Unmarshal(js, &d); err != nil {
		t.Fatalf("graph data: %v\n%s", err, js)
	}
	return d
}

// pageAssets matches what a page holds of internal/htmlpage's script and style sheet:
// their text, and their hashes in the Content-Security-Policy.
var pageAssets = regexp.MustCompile(`(?s)<style>.*?</style>|<script>.*?</script>|sha256-[0-9A-Za-z+/=]+`)

// withoutAssets returns page with its script, style sheet and their hashes cut out, so
// that a golden page holds what WriteHTML makes of the graph, and changes to page.js or
// page.css change no golden file (htmlpage's tests check that the page holds them).
func withoutAssets(page []byte) []byte {
	return pageAssets.ReplaceAllFunc(page, func(m []byte) []byte {
		switch {
		case bytes.HasPrefix(m, []byte("<style>")):
			return []byte("<style>/* page.css */</style>")
		case bytes.HasPrefix(m, []byte("<script>")):
			return []byte("<script>/* page.js */</script>")
		}
		return []byte("sha256-…")
	})
}

// TestWriteHTMLGolden compares the page of the test graph, laid out by fakeLayout, with
// testdata/testgraph.golden.html (rewritten by -update), less the page's script and style
// sheet, and wants the same bytes from graphs built again, in whatever map order.
func TestWriteHTMLGolden(t *testing.T) {
	opts := HTMLOptions{Layout: fakeLayout}
	page := writeHTML(t, testGraph(), opts)
	checkGolden(t, filepath.Join("testdata", "testgraph.golden.html"), withoutAssets(page))
	for range 10 {
		if again := writeHTML(t, testGraph(), opts); !bytes.Equal(page, again) {
			t.Fatalf("WriteHTML output changed between runs:\n%s", cmp.Diff(string(page), string(again)))
		}
	}
}

func TestWriteHTMLData(t *testing.T) {
	idx := func(i int) *int { return &i }
	tests := []struct {
		name   string
		g      *Graph
		opts   DOTOptions
		title  string
		want   htmlData
		notice bool
	}{
		{
			name: "evidence words, roles, countries, undrawn principal",
			g: buildGraph([]*Actor{
				{ID: "a", Name: "Ana Ápé", Kind: Person, Aliases: []string{"Ana", "Ápé"}, Roles: []Role{{Title: "envoy", Of: "zed"}, {Title: "minister", Of: "b", Inferred: RuleSetting}}},
				{ID: "b", Name: "Bland", Kind: Country},
				{ID: "k", Name: "Kremlin", Kind: Organization, Country: "russia"},
			}, []*Relation{
				{Type: LeaderOf, Source: "a", Target: "b", Modality: Planned, Evidence: []Evidence{
					{Doc: "d.txt", Sentence: 2, SentenceStart: 10, Span: Span{14, 19}, Text: "Ana leads Bland.", Rule: RuleVerb},
					{Doc: "d.txt", Sentence: 3, SentenceStart: 40, Span: Span{1, 2}, Text: "offsets elsewhere", Rule: RuleRole},
				}},
			}),
			want: htmlData{
				Actors: []htmlActor{
					{ID: "a", Name: "Ana Ápé", Kind: Person, Aliases: []string{"Ana", "Ápé"}, Roles: []htmlRole{
						{Title: "envoy", Of: &htmlRef{Name: "zed"}},
						{Title: "minister", Of: &htmlRef{Name: "Bland", Actor: idx(1)}, Inferred: RuleSetting},
					}},
					{ID: "b", Name: "Bland", Kind: Country, Aliases: []string{}, Roles: []htmlRole{}},
					{ID: "k", Name: "Kremlin", Kind: Organization, Country: &htmlRef{Name: "Russia"}, Aliases: []string{}, Roles: []htmlRole{}},
				},
				Relations: []htmlRelation{{Type: LeaderOf, Modality: Planned, Source: 0, Target: 1, Evidence: []htmlEvidence{
					{Doc: "d.txt", Sentence: 2, Before: "Ana ", Words: "leads", After: " Bland.", Rule: RuleVerb},
					{Doc: "d.txt", Sentence: 3, Before: "offsets elsewhere", Rule: RuleRole},
				}}},
				Types:      []htmlType{{LeaderOf, LeaderOf.Description(), dotTypeColor(LeaderOf), false}},
				Modalities: []htmlModality{{Planned, Planned.Description(), "dashed"}},
				Kinds:      []htmlKind{{"person", "ellipse"}, {"organization", "box"}, {"country", "doubleoctagon"}},
			},
		},
		{
			name: "invisible characters, line breaks and invalid UTF-8 leave what is shown",
			g: buildGraph([]*Actor{
				{ID: "x", Name: "Don\u202eald\u200b\nTrump\xff", Aliases: []string{"a\tb\u2028c"}},
			}, nil),
			title: "T\u202eitle\x00",
			want: htmlData{
				Actors: []htmlActor{{ID: "x", Name: "Donald Trump\ufffd", Aliases: []string{"a b c"}, Roles: []htmlRole{}}},
				Kinds:  []htmlKind{{"unknown", "plaintext"}},
			},
		},
		{
			name: "a focus keeps its neighbours; symmetric and inferred relations",
			g: buildGraph([]*Actor{
				{ID: "a", Name: "A", Kind: Group}, {ID: "b", Name: "B", Kind: Group}, {ID: "c", Name: "C", Kind: Group},
			}, []*Relation{
				{Type: AtWarWith, Source: "b", Target: "a", Modality: Actual},
				{Type: PartOf, Source: "b", Target: "c", Modality: Negated, Evidence: []Evidence{{Rule: RuleInstitution}}},
			}),
			opts: DOTOptions{Focus: "A"},
			want: htmlData{
				Actors: []htmlActor{
					{ID: "a", Name: "A", Kind: Group, Aliases: []string{}, Roles: []htmlRole{}},
					{ID: "b", Name: "B", Kind: Group, Aliases: []string{}, Roles: []htmlRole{}},
				},
				Relations:  []htmlRelation{{Type: AtWarWith, Modality: Actual, Source: 0, Target: 1, Evidence: []htmlEvidence{}}},
				Types:      []htmlType{{AtWarWith, AtWarWith.Description(), dotTypeColor(AtWarWith), true}},
				Modalities: []htmlModality{{Actual, Actual.Description(), ""}},
				Kinds:      []htmlKind{{"group", "hexagon"}},
			},
		},
		{
			name:   "a drawing over DOTSlowActors says to draw fewer",
			g:      buildGraph(manyActors(DOTSlowActors+1), nil),
			opts:   DOTOptions{KeepAll: true},
			notice: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := writeHTML(t, tt.g, HTMLOptions{DOTOptions: tt.opts, Title: tt.title, Layout: fakeLayout})
			const notice = `<p id="notice" role="status">This drawing holds 1001 actors, more than 1000: it is slow to lay out and hard to read. ` +
				`Draw fewer with -focus NAME or -min-mentions N (DOTOptions.Focus, DOTOptions.MinMentions).</p>`
			if got := bytes.Contains(page, []byte(notice)); got != tt.notice {
				t.Errorf("page holds the notice: %v, want %v", got, tt.notice)
			}
			if tt.notice {
				return
			}
			if diff := cmp.Diff(tt.want, pageData(t, page), equateEmpty); diff != "" {
				t.Errorf("page data (-want +got):\n%s", diff)
			}
			wantTitle := pageText(tt.title)
			if wantTitle == "" {
				wantTitle = "actorgraph"
			}
			if !bytes.Contains(page, []byte("<title>"+wantTitle+"</title>")) {
				t.Errorf("page title is not %q", wantTitle)
			}
		})
	}
}

// manyActors returns n actors without relations.
func manyActors(n int) []*Actor {
	actors := make([]*Actor, n)
	for i := range actors {
		actors[i] = &Actor{ID: fmt.Sprintf("a%04d", i), Name: syllableName(i), Kind: Person}
	}
	return actors
}

func TestWriteHTMLErrors(t *testing.T) {
	errLayout := errors.New("layout broke")
	tests := []struct {
		name   string
		opts   HTMLOptions
		noDot  bool
		is     error
		errMsg string
	}{
		{name: "unknown focus", opts: HTMLOptions{DOTOptions: DOTOptions{Focus: "nobody"}, Layout: fakeLayout}, is: ErrUnknownActor},
		{name: "unknown type", opts: HTMLOptions{DOTOptions: DOTOptions{Types: []RelationType{"likes"}}, Layout: fakeLayout}, is: ErrUnknownType},
		{name: "layout fails", opts: HTMLOptions{Layout: func([]byte) ([]byte, error) { return nil, errLayout }},
			is: errLayout, errMsg: "actorgraph: write HTML: layout: layout broke"},
		{name: "layout with a script", opts: HTMLOptions{Layout: func([]byte) ([]byte, error) {
			return []byte(`<svg><g><script>alert(1)</script></g></svg>`), nil
		}}, is: htmlpage.ErrSVGElement, errMsg: "actorgraph: write HTML: layout: SVG element not allowed: <script>"},
		{name: "layout not SVG", opts: HTMLOptions{Layout: func([]byte) ([]byte, error) { return []byte("<html></html>"), nil }},
			is: htmlpage.ErrSVGElement},
		{name: "no Graphviz", noDot: true, is: exec.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.noDot {
				t.Setenv("PATH", t.TempDir())
			}
			var buf bytes.Buffer
			err := testGraph().WriteHTML(&buf, tt.opts)
			if !errors.Is(err, tt.is) {
				t.Fatalf("WriteHTML error = %v, want one that wraps %v", err, tt.is)
			}
			if tt.errMsg != "" && err.Error() != tt.errMsg {
				t.Errorf("WriteHTML error = %q, want %q", err, tt.errMsg)
			}
			if buf.Len() != 0 {
				t.Errorf("WriteHTML wrote %d bytes before failing", buf.Len())
			}
		})
	}
	t.Run("write error", func(t *testing.T) {
		if err := testGraph().WriteHTML(&failWriter{}, HTMLOptions{Layout: fakeLayout}); !errors.Is(err, errWrite) {
			t.Errorf("WriteHTML to a failing writer = %v, want %v", err, errWrite)
		}
	})
	t.Run("nil graph", func(t *testing.T) {
		if d := pageData(t, writeHTML(t, nil, HTMLOptions{Layout: fakeLayout})); len(d.Actors) != 0 {
			t.Errorf("nil graph has actors: %+v", d.Actors)
		}
	})
}

// svgLabels returns the text of each node and edge of a page's drawing, by id, lines
// joined by "\n", and the names of the elements it holds.
func svgLabels(t *testing.T, page []byte) (labels map[string]string, elements map[string]bool) {
	t.Helper()
	start, end := bytes.Index(page, []byte("<svg")), bytes.LastIndex(page, []byte("</svg>"))
	if start < 0 || end < start {
		t.Fatalf("no SVG in the page")
	}
	dec := xml.NewDecoder(bytes.NewReader(page[start : end+len("</svg>")]))
	labels, elements = make(map[string]string), make(map[string]bool)
	var cur string
	var lines []string
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return labels, elements
		}
		if err != nil {
			t.Fatalf("the page's SVG is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			elements[tok.Name.Local] = true
			if id := attr(tok, "id"); tok.Name.Local == "g" && regexp.MustCompile(`^[ner]\d+b?$`).MatchString(id) {
				cur, lines = id, nil
			}
			if tok.Name.Local == "text" {
				inText = true
				lines = append(lines, "")
			}
		case xml.CharData:
			if inText {
				lines[len(lines)-1] += strings.ReplaceAll(string(tok), "\u00a0", " ")
			}
		case xml.EndElement:
			inText = false
			if tok.Name.Local == "g" && cur != "" {
				labels[cur] = strings.Join(lines, "\n")
				cur = ""
			}
		}
	}
}

// TestWriteHTMLHostileNames lays out with the real dot the graph of TestWriteDOTHostileNames
// for each hostile name, and wants each name shown as written, as text, in the drawing and
// the data, and no markup of its own in the page.
func TestWriteHTMLHostileNames(t *testing.T) {
	lookDot(t)
	names := append(hostileNames, `</script><script>window.__pwned=1</script>`, `<img src=x onerror="window.__pwned=1">`,
		`"><svg onload=alert(1)>`, "<!--", "]]>", "\u2028\u2029")
	for i, name := range names {
		t.Run(fmt.Sprintf("%d_%q", i, name), func(t *testing.T) {
			g := buildGraph([]*Actor{
				{ID: "a", Name: name, Kind: Person, Aliases: []string{name}, Roles: []Role{{Title: name, Of: "b"}}},
				{ID: "b", Name: "B " + name, Kind: Organization},
			}, []*Relation{
				{Type: MemberOf, Source: "a", Target: "b", Modality: Actual, Evidence: []Evidence{{Doc: name, Text: "Said: " + name, Rule: name}}},
			})
			page := writeHTML(t, g, HTMLOptions{Title: name})
			if n := bytes.Count(bytes.ToLower(page), []byte("<script")); n != 2 {
				t.Errorf("the page holds %d <script tags, want 2 (the data and the page's script)", n)
			}
			for _, tag := range []string{"<img", "<iframe", "<object", "<embed", "<a ", "<foreignobject", "<style"} {
				if n := bytes.Count(bytes.ToLower(page), []byte(tag)); tag == "<style" && n != 1 || tag != "<style" && n != 0 {
					t.Errorf("the page holds %d %s tags", n, tag)
				}
			}
			labels, elements := svgLabels(t, page)
			for e := range elements {
				if !strings.Contains(" svg g path polygon polyline ellipse text ", " "+e+" ") {
					t.Errorf("the drawing holds <%s>", e)
				}
			}
			label := name
			if label == "" {
				label = "a" // the ID stands for an empty name
			}
			if got, want := labels["n0"], rendered(label); got != want {
				t.Errorf("actor drawn as %q, want %q", got, want)
			}
			if got, want := labels["n1"], rendered("B "+name); got != want {
				t.Errorf("principal drawn as %q, want %q", got, want)
			}
			d := pageData(t, page)
			if got, want := d.Actors[0].Name, pageText(label); got != want {
				t.Errorf("name in the data = %q, want %q", got, want)
			}
			if got, want := d.Relations[0].Evidence[0].Before, pageText("Said: "+name); got != want {
				t.Errorf("evidence in the data = %q, want %q", got, want)
			}
		})
	}
}
