package actorgraph

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// neo4jLabels maps each kind to the node label it adds to Actor.
var neo4jLabels = map[Kind]string{
	Person:       "Person",
	Organization: "Organization",
	Country:      "Country",
	Group:        "Group",
}

// Neo4jType returns the Neo4j relationship type of a relation type: upper case with
// underscores, as Cypher style has it ("meets-with" → "MEETS_WITH").
func Neo4jType(t RelationType) string {
	return strings.ToUpper(strings.ReplaceAll(string(t), "-", "_"))
}

// WriteNeo4jCSV writes the graph as the two CSV files that `neo4j-admin database import`
// reads, actors to nodes and relations to relationships:
//
//	neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=relationships.csv
//
// (Neo4j 5; in Neo4j 4, `neo4j-admin import --database=neo4j --nodes=… --relationships=…`).
// The database must not exist yet; create it afterwards with CREATE DATABASE, or start
// Neo4j when it is the default database. Their headers are
//
//	nodes.csv:         id:ID(Actor),name,kind,country,aliases:string[],roles:string[],mentions:int,:LABEL
//	relationships.csv: :START_ID(Actor),:END_ID(Actor),:TYPE,modality,symmetric:boolean,evidence:int,text,docs:string[],first_seen,last_seen
//
// Every node has the label Actor and, when its kind is known, Person, Organization,
// Country or Group. A relation's type becomes the relationship type (see Neo4jType), so
// `MATCH (a)-[:MEETS_WITH]-(b)` finds meetings; its modality is a property, and a negated
// relation is still a relationship of its type: filter on modality to leave it out. A
// symmetric relation is one relationship from the smaller ID to the larger, with
// symmetric=true; match it without direction. Roles read "title of ID"; text is the first
// evidence sentence; first_seen and last_seen are Relation.FirstSeen and LastSeen in
// ISO 8601 (empty when unknown), strings because a date may be a week, a month or a year.
//
// The files use the importer's defaults: comma delimiter, double-quote quoting, and ";"
// between array elements, so a semicolon inside an element becomes a comma. Line breaks
// inside values become spaces, so --multiline-fields is not needed. Output is
// deterministic.
//
// Values are written as they are, for the importer: a cell that begins with =, +, -, @, a
// tab or a carriage return, such as a name "=HYPERLINK(…)" taken from a hostile page, is
// run as a formula by spreadsheet programs (CSV injection). To open the files in a
// spreadsheet, write them with WriteNeo4jCSVWith and SpreadsheetSafe.
//
// WriteNeo4jCSV is WriteNeo4jCSVWith with the zero Neo4jCSVOptions. It returns an error,
// before writing anything, if a relation's end is not an actor of the graph.
func (g *Graph) WriteNeo4jCSV(nodes, relationships io.Writer) error {
	return g.WriteNeo4jCSVWith(nodes, relationships, Neo4jCSVOptions{})
}

// Neo4jCSVOptions choose how Graph.WriteNeo4jCSVWith writes. The zero value writes what
// WriteNeo4jCSV writes: every value exactly, for neo4j-admin.
type Neo4jCSVOptions struct {
	// SpreadsheetSafe prefixes with a single quote (') every cell that begins with =, +,
	// -, @, a tab or a carriage return, as OWASP recommends against CSV injection, so that
	// spreadsheet programs show such a cell as text instead of running it as a formula.
	// The importer would keep the quote as part of the value: leave it off for
	// neo4j-admin.
	SpreadsheetSafe bool
}

// WriteNeo4jCSVWith writes the graph as WriteNeo4jCSV does, with the options opts; see
// Neo4jCSVOptions. It returns an error, before writing anything, if a relation's end is
// not an actor of the graph.
func (g *Graph) WriteNeo4jCSVWith(nodes, relationships io.Writer, opts Neo4jCSVOptions) error {
	if err := g.checkEnds(); err != nil {
		return fmt.Errorf("actorgraph: write Neo4j CSV: %w", err)
	}
	write := func(w *csv.Writer, record []string) {
		if opts.SpreadsheetSafe {
			for i, cell := range record {
				record[i] = spreadsheetSafe(cell)
			}
		}
		w.Write(record) // csv.Writer keeps the first error for Error
	}
	bn := bufio.NewWriter(nodes)
	cn := csv.NewWriter(bn)
	write(cn, []string{"id:ID(Actor)", "name", "kind", "country", "aliases:string[]", "roles:string[]", "mentions:int", ":LABEL"})
	for a := range g.Actors() {
		label := "Actor"
		if l, ok := neo4jLabels[a.Kind]; ok {
			label += ";" + l
		}
		write(cn, []string{csvValue(a.ID), csvValue(a.Name), string(a.Kind), csvValue(a.Country),
			csvArray(a.Aliases), csvArray(roleStrings(a.Roles)), strconv.Itoa(len(a.Mentions)), label})
	}
	cn.Flush()
	if err := cn.Error(); err != nil {
		return fmt.Errorf("actorgraph: write Neo4j CSV: nodes: %w", err)
	}
	if err := bn.Flush(); err != nil {
		return fmt.Errorf("actorgraph: write Neo4j CSV: nodes: %w", err)
	}

	br := bufio.NewWriter(relationships)
	cr := csv.NewWriter(br)
	write(cr, []string{":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "modality", "symmetric:boolean", "evidence:int", "text", "docs:string[]", "first_seen", "last_seen"})
	for r := range g.Relations(Filter{}) {
		text := ""
		if ts := evidenceTexts(r); len(ts) > 0 {
			text = ts[0]
		}
		write(cr, []string{csvValue(r.Source), csvValue(r.Target), Neo4jType(r.Type), string(r.Modality),
			strconv.FormatBool(r.Type.Symmetric()), strconv.Itoa(len(r.Evidence)), csvValue(text), csvArray(evidenceDocs(r)),
			r.FirstSeen.String(), r.LastSeen.String()})
	}
	cr.Flush()
	if err := cr.Error(); err != nil {
		return fmt.Errorf("actorgraph: write Neo4j CSV: relationships: %w", err)
	}
	if err := br.Flush(); err != nil {
		return fmt.Errorf("actorgraph: write Neo4j CSV: relationships: %w", err)
	}
	return nil
}

// csvValue makes s safe for one field of the importer: valid UTF-8, line breaks and other
// control characters as spaces.
func csvValue(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}

// spreadsheetSafe returns cell with a single quote before it when it begins with a
// character that makes spreadsheet programs read it as a formula.
func spreadsheetSafe(cell string) string {
	if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
		return "'" + cell
	}
	return cell
}

// csvArray joins elems as an importer array: ";" between elements, whose own semicolons
// become commas.
func csvArray(elems []string) string {
	out := make([]string, len(elems))
	for i, e := range elems {
		out[i] = strings.ReplaceAll(csvValue(e), ";", ",")
	}
	return strings.Join(out, ";")
}

// WriteCypher writes the graph as a Cypher script that creates it in a running Neo4j,
// for instance with
//
//	cypher-shell -u neo4j -p PASSWORD -f graph.cypher
//
// or pasted into Neo4j Browser. It is the alternative to WriteNeo4jCSV when the database
// already exists. The script first makes Actor.id unique, then MERGEs one node per actor
// and one relationship per relation, so running it twice, or scripts of several graphs,
// adds only what is new; properties are set to this graph's values. Nodes, labels,
// relationship types and properties are those of WriteNeo4jCSV, with the lists as Cypher
// lists and text holding every evidence sentence. Each statement is on one line and ends
// with ";". Strings are single-quoted with Cypher escapes, so no name can end a string
// or a statement; invalid UTF-8 becomes U+FFFD. Output is deterministic.
//
// WriteCypher returns an error, before writing anything, if a relation's end is not an
// actor of the graph.
func (g *Graph) WriteCypher(w io.Writer) error {
	if err := g.checkEnds(); err != nil {
		return fmt.Errorf("actorgraph: write Cypher: %w", err)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// actorgraph: %d actors, %d relations\n", g.NumActors(), g.NumRelations())
	bw.WriteString("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n")
	for a := range g.Actors() {
		fmt.Fprintf(bw, "MERGE (a:Actor {id: %s})", cypherString(a.ID))
		if l, ok := neo4jLabels[a.Kind]; ok {
			bw.WriteString(" SET a:" + l)
		}
		fmt.Fprintf(bw, " SET a.name = %s, a.kind = %s, a.country = %s, a.aliases = %s, a.roles = %s, a.mentions = %d;\n",
			cypherString(a.Name), cypherNullable(string(a.Kind)), cypherNullable(a.Country),
			cypherList(a.Aliases), cypherList(roleStrings(a.Roles)), len(a.Mentions))
	}
	for r := range g.Relations(Filter{}) {
		fmt.Fprintf(bw, "MATCH (a:Actor {id: %s}), (b:Actor {id: %s}) MERGE (a)-[r:%s {modality: %s}]->(b)"+
			" SET r.symmetric = %t, r.evidence = %d, r.text = %s, r.docs = %s, r.first_seen = %s, r.last_seen = %s;\n",
			cypherString(r.Source), cypherString(r.Target), Neo4jType(r.Type), cypherString(string(r.Modality)),
			r.Type.Symmetric(), len(r.Evidence), cypherList(evidenceTexts(r)), cypherList(evidenceDocs(r)),
			cypherNullable(r.FirstSeen.String()), cypherNullable(r.LastSeen.String()))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("actorgraph: write Cypher: %w", err)
	}
	return nil
}

// cypherString returns s as a single-quoted Cypher string literal.
func cypherString(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 2)
	sb.WriteByte('\'')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\\':
			sb.WriteString(`\\`)
		case r == '\'':
			sb.WriteString(`\'`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r == '\t':
			sb.WriteString(`\t`)
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			fmt.Fprintf(&sb, `\u%04X`, r)
		default:
			sb.WriteRune(r) // an invalid byte decodes as U+FFFD
		}
	}
	sb.WriteByte('\'')
	return sb.String()
}

// cypherNullable is cypherString, or null for an empty string, so that SET removes the
// property.
func cypherNullable(s string) string {
	if s == "" {
		return "null"
	}
	return cypherString(s)
}

// cypherList returns elems as a Cypher list of strings.
func cypherList(elems []string) string {
	q := make([]string, len(elems))
	for i, e := range elems {
		q[i] = cypherString(e)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
