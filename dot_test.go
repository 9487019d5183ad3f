package actorgraph

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func writeDOT(t *testing.T, g *Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := g.WriteDOT(&buf); err != nil {
		t.Fatalf("WriteDOT: %v", err)
	}
	return buf.Bytes()
}

// Node and edge statements of actors in `dot -Tcanon` output, which writes one statement
// per line, indented by one tab at the top level, with a tab before the attribute list.
// Escaped strings never contain a raw tab or newline, so a label cannot fake a line.
var (
	canonNode = regexp.MustCompile(`^\t(n[0-9]+)(\t\[|;$)`)
	canonEdge = regexp.MustCompile(`^\t(n[0-9]+) -> (n[0-9]+)(\t\[|;$)`)
)

// lookDot returns the path of Graphviz's dot, skipping the test when it is not installed.
func lookDot(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not on PATH")
	}
	return path
}

// runDot runs `dot -T<format>` on src and fails the test if dot fails or prints anything
// on stderr (Graphviz reports many input problems only as warnings).
func runDot(t *testing.T, dot, format string, src []byte) []byte {
	t.Helper()
	cmd := exec.Command(dot, "-T"+format)
	cmd.Stdin = bytes.NewReader(src)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -T%s: %v\nstderr:\n%s\ninput:\n%s", format, err, stderr.Bytes(), src)
	}
	return stdout.Bytes()
}

// checkDOT pipes src through `dot -Tcanon` when Graphviz is installed and checks that it
// parses without complaint and holds exactly the nodes n0 … n(actors-1) and relations
// edges between them, besides the legend. It skips the test when dot is missing, so call
// it after the test's other checks.
func checkDOT(t *testing.T, src []byte, actors, relations int) {
	t.Helper()
	canon := runDot(t, lookDot(t), "canon", src)
	nodes := make(map[string]bool)
	edges := 0
	for line := range strings.SplitSeq(string(canon), "\n") {
		if m := canonNode.FindStringSubmatch(line); m != nil {
			nodes[m[1]] = true
		}
		if canonEdge.MatchString(line) {
			edges++
		}
	}
	want := make(map[string]bool)
	for i := range actors {
		want[fmt.Sprintf("n%d", i)] = true
	}
	if diff := cmp.Diff(want, nodes); diff != "" {
		t.Errorf("Graphviz sees other actor nodes (-want +got):\n%s\ncanon:\n%s", diff, canon)
	}
	if edges != relations {
		t.Errorf("Graphviz sees %d relation edges, want %d\ncanon:\n%s", edges, relations, canon)
	}
}

// svgObject is a node or edge as Graphviz renders it to SVG: its DOT name, the lines of
// its label and its tooltip, after XML decoding.
type svgObject struct {
	Name    string
	Label   string // lines joined by "\n"
	Tooltip string
}

// renderSVG renders src with `dot -Tsvg` and returns its nodes by name and its edges in
// order. It skips the test when dot is missing.
func renderSVG(t *testing.T, src []byte) (nodes map[string]svgObject, edges []svgObject) {
	t.Helper()
	svg := runDot(t, lookDot(t), "svg", src)
	dec := xml.NewDecoder(bytes.NewReader(svg))
	nodes = make(map[string]svgObject)
	var (
		cur   *svgObject
		class string
		depth int // element depth inside cur
		field *string
		lines []string
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nodes, edges
		}
		if err != nil {
			t.Fatalf("parsing SVG: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if cur == nil {
				if tok.Name.Local == "g" && (attr(tok, "class") == "node" || attr(tok, "class") == "edge") {
					cur, class, depth, lines = &svgObject{}, attr(tok, "class"), 0, nil
				}
				continue
			}
			depth++
			switch tok.Name.Local {
			case "title":
				field = &cur.Name
			case "text":
				lines = append(lines, "")
				field = &lines[len(lines)-1]
			case "a":
				cur.Tooltip = attr(tok, "title")
			}
		case xml.CharData:
			if field != nil {
				*field += string(tok)
			}
		case xml.EndElement:
			field = nil
			if cur == nil {
				continue
			}
			if depth > 0 {
				depth--
				continue
			}
			// Graphviz writes runs of spaces as no-break spaces.
			cur.Label = strings.ReplaceAll(strings.Join(lines, "\n"), "\u00a0", " ")
			if class == "node" {
				nodes[cur.Name] = *cur
			} else {
				edges = append(edges, *cur)
			}
			cur = nil
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// sanitized returns s as dotEscape means it to be shown: each invalid UTF-8 byte as
// U+FFFD, line breaks as "\n", tabs as spaces and no other control characters, nor format
// characters such as bidi controls and zero-width spaces.
func sanitized(s string) string {
	s = string([]rune(s))
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n", "\t", " ").Replace(s)
	return strings.Map(func(r rune) rune {
		if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
			return -1
		}
		return r
	}, s)
}

// rendered returns what Graphviz should display for a string written with dotEscape: the
// sanitized string without empty lines, for which Graphviz draws no text.
func rendered(s string) string {
	var lines []string
	for l := range strings.SplitSeq(sanitized(s), "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func TestWriteDOT(t *testing.T) {
	g := buildGraph([]*Actor{
		{ID: "donald-trump", Name: "Donald Trump", Kind: Person, Roles: []Role{{Title: "president", Of: "united-states"}}},
		{ID: "united-states", Name: "United States", Kind: Country},
		{ID: "kremlin", Name: "Kremlin", Kind: Organization, Country: "russia"},
		{ID: "x", Kind: ""},
	}, []*Relation{
		{Type: LeaderOf, Source: "donald-trump", Target: "united-states", Modality: Actual,
			Evidence: []Evidence{{Text: `Trump, the "president".`}, {Text: "later"}}},
		{Type: MeetsWith, Source: "kremlin", Target: "donald-trump", Modality: Planned},
		{Type: Contacts, Source: "kremlin", Target: "x", Modality: Possible},
		{Type: Sanctions, Source: "united-states", Target: "kremlin", Modality: Negated},
	})
	const want = `digraph actorgraph {
	graph [rankdir=LR, fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.5];
	node [fontname="Helvetica", fontsize=12, style=filled, color="#404040", margin="0.08,0.04"];
	edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];
	n0 [label="Donald Trump", shape=ellipse, fillcolor="#ffffff", tooltip="donald-trump (person)\npresident of United States"];
	n1 [label="Kremlin", shape=box, fillcolor="#eaf1f8", tooltip="kremlin (organization)\ncountry: russia"];
	n2 [label="United States", shape=doubleoctagon, fillcolor="#f0f0f0", tooltip="united-states (country)"];
	n3 [label="x", shape=plaintext, fillcolor="#ffffff", tooltip="x"];
	n1 -> n3 [label="contacts", fontcolor="#636363", color="#636363", style=dotted];
	n0 -> n2 [label="leader-of", fontcolor="#08306b", color="#08306b", tooltip="Trump, the \"president\".\n\nlater"];
	n0 -> n1 [label="meets-with", fontcolor="#35978f", color="#35978f", style=dashed, dir=none];
	n2 -> n1 [label="not sanctions", fontcolor="#d95f02", color="#d95f02:white:#d95f02"];
	subgraph cluster_legend {
		label="Legend";
		fontsize=10;
		color="#b0b0b0";
		style=rounded;
		node [fontsize=9, height=0.3, margin="0.05,0.02"];
		{
			rank=same;
			legend_person [label="person", shape=ellipse, fillcolor="#ffffff"];
			legend_organization [label="organization", shape=box, fillcolor="#eaf1f8"];
			legend_country [label="country", shape=doubleoctagon, fillcolor="#f0f0f0"];
			legend_unknown [label="unknown", shape=plaintext, fillcolor="#ffffff"];
			legend_lines [shape=plaintext, style="", label=<<TABLE BORDER="0" CELLSPACING="3" CELLPADDING="0">
				<TR><TD WIDTH="40" FIXEDSIZE="TRUE" BORDER="1" COLOR="#404040" SIDES="B" HEIGHT="6"></TD><TD ALIGN="LEFT" ROWSPAN="2">actual</TD></TR><TR><TD></TD></TR>
				<TR><TD WIDTH="40" FIXEDSIZE="TRUE" BORDER="1" COLOR="#404040" SIDES="B" HEIGHT="6" STYLE="dashed"></TD><TD ALIGN="LEFT" ROWSPAN="2">planned</TD></TR><TR><TD></TD></TR>
				<TR><TD WIDTH="40" FIXEDSIZE="TRUE" BORDER="1" COLOR="#404040" SIDES="B" HEIGHT="6" STYLE="dotted"></TD><TD ALIGN="LEFT" ROWSPAN="2">possible</TD></TR><TR><TD></TD></TR>
				<TR><TD WIDTH="40" FIXEDSIZE="TRUE" BORDER="1" COLOR="#404040" SIDES="TB" HEIGHT="4"></TD><TD ALIGN="LEFT" ROWSPAN="2">negated</TD></TR><TR><TD></TD></TR>
				<TR><TD COLSPAN="2" ALIGN="LEFT">no arrowhead: symmetric</TD></TR>
			</TABLE>>];
		}
	}
}
`
	got := writeDOT(t, g)
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("WriteDOT mismatch (-want +got):\n%s", diff)
	}
	checkDOT(t, got, g.NumActors(), g.NumRelations())
}

func TestWriteDOTEmpty(t *testing.T) {
	for _, g := range []*Graph{nil, {}, buildGraph(nil, nil)} {
		out := writeDOT(t, g)
		if bytes.Contains(out, []byte("\tn0")) {
			t.Errorf("empty graph has a node:\n%s", out)
		}
		checkDOT(t, out, 0, 0)
	}
}

func TestDOTEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Donald Trump", "Donald Trump"},
		{`X" -> "Y`, `X\" -> \"Y`},
		{`"]; node [label="pwned`, `\"]; node [label=\"pwned`},
		{`\N \G \E \T \H \L \l \r \n`, `\\N \\G \\E \\T \\H \\L \\l \\r \\n`},
		{`\`, `\\`},
		{`trailing\`, `trailing\\`},
		{"a\nb\r\nc\rd\u2028e\u2029f", `a\nb\nc\nd\ne\nf`},
		{"tab\there", "tab here"},
		{"nul\x00 bell\a esc\x1b[31m del\x7f c1\u0085", "nul bell esc[31m del c1"},
		{"bad\xff\xfeutf8", "bad\uFFFD\uFFFDutf8"},
		{"\x94\xff", "\uFFFD\uFFFD"},
		{"AT&T &lt;b&gt; &amp;", "AT&amp;T &amp;lt;b&amp;gt; &amp;amp;"},
		{"<b>html</b>", "<b>html</b>"},
		{"Володимир Зеленський ★", "Володимир Зеленський ★"},
		{"Donald\u202eTrump\u202c", "DonaldTrump"},
		{"\u2066Vladimir\u2069 \u2067Putin\u2069 \u2068x\u2069", "Vladimir Putin x"},
		{"a\u202ab\u202bc\u202dd\u200ee\u200ff\u061cg", "abcdefg"},
		{"zero\u200bwidth\u200c\u200d\u2060\ufeff", "zerowidth"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := dotEscape(tt.in); got != tt.want {
				t.Errorf("dotEscape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// hostileNames are names that break naive DOT writers.
var hostileNames = []string{
	`X" -> "Y`,
	`"]; node [label="pwned`,
	`"; n0 -> n1; "`,
	"}\ndigraph evil {",
	`<b>html</b>`,
	`<<TABLE><TR><TD>x</TD></TR></TABLE>>`,
	`\N`,
	`\G \E \T \H \L \l \r`,
	`\`,
	`trailing\`,
	`\\`,
	"line one\nline two",
	"crlf\r\nline",
	"nul\x00byte",
	"controls\x01\x07\x1b[31m\x7f",
	"bad\xffutf8",
	"node",
	"edge",
	"graph",
	"digraph",
	"subgraph",
	"strict",
	"AT&T &lt;x&gt; &#92;",
	"{ } [ ] ; , = -- ->",
	"// comment /* c */ # hash",
	"",
	// Bidi controls and zero-width characters, which reorder or hide text.
	"Donald\u202eTrump\u202c",
	"\u202egpj.exe",
	"\u2066Vladimir\u2069 \u2067Putin\u2069 \u2068x\u2069",
	"embed\u202a\u202b\u202d marks\u200e\u200f\u061c",
	"zero\u200bwidth\u200c\u200d\u2060joiners\ufeff",
}

// hiddenRunes are the bidi controls and zero-width characters that no drawing or text
// meant for people may hold.
const hiddenRunes = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"

func TestWriteDOTHostileNames(t *testing.T) {
	for i, name := range hostileNames {
		t.Run(fmt.Sprintf("%d_%q", i, name), func(t *testing.T) {
			g := buildGraph([]*Actor{
				{ID: "a", Name: name, Kind: Person, Roles: []Role{{Title: name, Of: "b"}}},
				{ID: "b", Name: "B " + name, Kind: Organization},
				{ID: "c", Name: "C"},
			}, []*Relation{
				{Type: MemberOf, Source: "a", Target: "b", Modality: Actual, Evidence: []Evidence{{Text: "Said: " + name}}},
				{Type: MeetsWith, Source: "c", Target: "a", Modality: Negated, Evidence: []Evidence{{Text: name}}},
				{Type: Opposes, Source: "b", Target: "c", Modality: Planned},
			})
			out := writeDOT(t, g)
			if !utf8.Valid(out) {
				t.Errorf("output is not valid UTF-8")
			}
			for j, c := range out {
				if c < ' ' && c != '\n' && c != '\t' {
					t.Fatalf("output has control byte %#x at %d", c, j)
				}
			}
			if j := bytes.IndexAny(out, hiddenRunes); j >= 0 {
				r, _ := utf8.DecodeRune(out[j:])
				t.Errorf("output has %U at %d", r, j)
			}
			if again := writeDOT(t, g); !bytes.Equal(out, again) {
				t.Errorf("second WriteDOT differs")
			}
			checkDOT(t, out, g.NumActors(), g.NumRelations())

			// Graphviz must display the names as written, not as DOT or substitutions.
			nodes, edges := renderSVG(t, out)
			label := name
			if label == "" {
				label = "a"
			}
			tip := func(s string) string { return rendered(strings.ReplaceAll(s, `\`, dotBackslash)) }
			want := map[string]svgObject{
				"n0": {Name: "n0", Label: rendered(label), Tooltip: tip("a (person)\n" + name + " of B " + name)},
				"n1": {Name: "n1", Label: rendered("B " + name), Tooltip: "b (organization)"},
				"n2": {Name: "n2", Label: "C", Tooltip: "c"},
			}
			for _, n := range []string{"n0", "n1", "n2"} {
				if diff := cmp.Diff(want[n], nodes[n]); diff != "" {
					t.Errorf("node %s as rendered (-want +got):\n%s", n, diff)
				}
			}
			wantEdges := []svgObject{
				{Name: "n0->n1", Label: "member-of", Tooltip: tip("Said: " + name)},
				{Name: "n0->n2", Label: "not meets-with", Tooltip: tip(name)},
				{Name: "n1->n2", Label: "opposes"},
			}
			edges = slices.DeleteFunc(edges, func(e svgObject) bool { return strings.HasPrefix(e.Name, "legend_") })
			if diff := cmp.Diff(wantEdges, edges); diff != "" {
				t.Errorf("edges as rendered (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteDOTDeterministic(t *testing.T) {
	first := writeDOT(t, testGraph())
	for range 20 {
		// A new graph each time: map iteration order in the builder differs run to run.
		if got := writeDOT(t, testGraph()); !bytes.Equal(first, got) {
			t.Fatalf("WriteDOT output changed between runs:\n%s", cmp.Diff(string(first), string(got)))
		}
	}
	g := testGraph()
	checkDOT(t, first, g.NumActors(), g.NumRelations())
}

func TestWriteDOTErrors(t *testing.T) {
	t.Run("relation end not an actor", func(t *testing.T) {
		g := buildGraph([]*Actor{{ID: "a", Name: "A"}}, []*Relation{{Type: Supports, Source: "a", Target: "ghost", Modality: Actual}})
		var buf bytes.Buffer
		err := g.WriteDOT(&buf)
		const want = `actorgraph: write DOT: supports relation: "ghost" is not an actor`
		if err == nil || err.Error() != want {
			t.Errorf("WriteDOT error = %v, want %s", err, want)
		}
		if buf.Len() != 0 {
			t.Errorf("WriteDOT wrote %d bytes before failing", buf.Len())
		}
	})
	t.Run("write error", func(t *testing.T) {
		g := testGraph()
		size := len(writeDOT(t, g))
		for _, after := range []int{0, size / 2, size - 1} {
			if err := g.WriteDOT(&failWriter{after: after}); !errors.Is(err, errWrite) {
				t.Errorf("WriteDOT to a writer failing after %d bytes = %v, want %v", after, err, errWrite)
			}
		}
	})
}

// FuzzDOTEscape checks that escaped strings are well-formed escStrings whose unescaping
// gives back the input, less what dotEscape drops on purpose.
func FuzzDOTEscape(f *testing.F) {
	for _, s := range hostileNames {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		esc := dotEscape(s)
		if !utf8.ValidString(esc) {
			t.Fatalf("dotEscape(%q) = %q: invalid UTF-8", s, esc)
		}
		var un strings.Builder
		for i := 0; i < len(esc); i++ {
			c := esc[i]
			switch {
			case c < ' ' || c == 0x7f:
				t.Fatalf("dotEscape(%q) = %q: control byte %#x", s, esc, c)
			case c == '"':
				t.Fatalf("dotEscape(%q) = %q: unescaped quote at %d", s, esc, i)
			case c == '\\':
				if i+1 == len(esc) {
					t.Fatalf("dotEscape(%q) = %q: trailing lone backslash", s, esc)
				}
				i++
				switch esc[i] {
				case '\\', '"':
					un.WriteByte(esc[i])
				case 'n':
					un.WriteByte('\n')
				default:
					t.Fatalf("dotEscape(%q) = %q: escape \\%c", s, esc, esc[i])
				}
			case c == '&':
				if !strings.HasPrefix(esc[i:], "&amp;") {
					t.Fatalf("dotEscape(%q) = %q: bare & at %d", s, esc, i)
				}
				un.WriteByte('&')
				i += len("&amp;") - 1
			default:
				un.WriteByte(c)
			}
		}
		if want := sanitized(s); un.String() != want {
			t.Fatalf("unescaping dotEscape(%q) = %q, want %q", s, un.String(), want)
		}
	})
}
