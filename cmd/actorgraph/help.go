package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// helpIntro opens the help: what the command does and real examples, then how to call
// it and what it does with its input.
const helpIntro = `actorgraph reads English news and writes the graph of its actors (people, organizations,
countries, groups) and of the relations between them that the text states.

Examples:
  actorgraph article.txt                        list the actors and relations
  actorgraph news/*.txt -o graph.json           merge articles into one JSON graph
  actorgraph -graph graph.json new/*.txt -o graph2.json
                                                add new articles to a saved graph
  actorgraph article.txt -cluster -o graph.svg  draw it (needs Graphviz's dot)
  actorgraph news/*.txt -focus Putin -depth 2 -types meets-with,contacts -o putin.png
  actorgraph -graph graph.json -modalities actual -format graphml -o actual.graphml
  zcat archive.ndjson.gz | actorgraph -ndjson -format neo4j -o import
  actorgraph -ndjson news.ndjson -since 2024-11-01 -format timeline
                                                what happened since November, by date
  actorgraph query holds spokesman news/*.txt   ask who holds a title (see actorgraph query -h)
  actorgraph query path Putin Zelensky -graph graph.json
                                                how two actors are connected
  actorgraph eval testdata/corpus/dev           score the parser on annotated articles

Usage:
  actorgraph [flags] [FILE ...]
  actorgraph query holds|actor|path|evidence ARGS... [flags] [FILE ...]
  actorgraph eval [-v] DIR

Reads each FILE as one document (standard input when there is none or FILE is -),
merges the actors and relations of all of them, and of the graphs -graph names, into
one graph and writes it out.
Flags may come before, between or after the files; -- ends them (actorgraph -- -odd-name.txt).
Input compressed with gzip is decompressed; with -ndjson each FILE holds one document a
line, {"doc": NAME, "text": TEXT, "date": "YYYY-MM-DD"}. A document's date is its
"date", else -date, else the one its dateline gives ("MOSCOW, 9 December 2024 /TASS/");
each piece of evidence carries it, and the date its sentence gives ("on Monday", "last
month", "on November 4"), resolved against it. A file or line that cannot be read or parsed is
skipped and reported on a line of standard error, and the graph of the rest is written;
-strict stops at the first instead. On a terminal a long run shows its progress and ends
with a summary; -q turns them off.

Formats (-format, or the extension of the -o file; text when neither says):
  text       actors by kind, then one relation a line, quoting the evidence words
             ⟦marked⟧ after FILE:LINE:COL, or FILE sentence N for a -graph (.txt)
  json       the graph, to read back with actorgraph.ReadJSON (.json)
  graphml    for Gephi, yEd, Cytoscape, NetworkX (.graphml)
  cypher     a script that loads the graph into Neo4j (.cypher, .cql)
  neo4j      nodes.csv and relationships.csv for neo4j-admin, in the -o directory
  dot        Graphviz DOT (.dot, .gv)
  svg, png, pdf
             the drawing, by Graphviz's dot; png and pdf are not written to a terminal
  html       one offline page that explores the drawing: search, click for roles,
             relations and evidence, filters (.html, .htm; needs Graphviz's dot)
  timeline   a chronology: one relation on one date a line, sorted by date, quoting
             its evidence as text does; [a date in brackets] is the document's, where
             the text gives none; relations with no dated evidence are left out
  timeline-json
             the same as a JSON array of events: date, precision, from_text, type,
             source, target, modality and the evidence of that date
The selection flags -focus, -depth, -types, -modalities, -min-mentions, -since and -until
keep part of the graph, in every format; the drawing flags -cluster, -rankdir, -no-legend,
-keep-all, -edge-dates and -force shape what dot, svg, png, pdf and html show. A drawing of over 30 actors leaves out
news media and actors without a relation (-keep-all draws them); data formats keep them.
`

// helpOutro follows the lists of relation types and modalities: the limits, given as
// arguments, and the exit status.
const helpOutro = `Limits, each with the flag that changes it:
  a document longer than %s is skipped (-max-document-bytes)
  a sentence longer than %s is cut into pieces, with a warning (-max-sentence-bytes)
  a document keeps its first %d actors, with a warning (-max-actors)
  the graph keeps the first %d pieces of evidence of each relation (-max-evidence)
  and the first %d mentions of each actor (-max-mentions); 0 keeps all
  a drawing of more than %d actors warns that dot may take minutes, and one of
  more than %d is refused (-force)

Exit status: 0 success, 1 a fatal error, 2 bad usage, 3 some input skipped.

Flags:
`

// writeHelp writes the help of the command, whose flags are fs, to w.
func writeHelp(w io.Writer, fs *flag.FlagSet) {
	io.WriteString(w, helpIntro)
	io.WriteString(w, "\nRelation types (-types), source → target, or ↔ when symmetric:\n")
	for _, t := range actorgraph.RelationTypes() {
		fmt.Fprintf(w, "  %-17s %s\n", t, t.Description())
	}
	io.WriteString(w, "\nModalities of a relation:\n")
	for _, m := range actorgraph.Modalities() {
		fmt.Fprintf(w, "  %-17s %s\n", m, m.Description())
	}
	fmt.Fprintf(w, "\n"+helpOutro, sizeText(actorgraph.DefaultMaxDocumentBytes), sizeText(actorgraph.DefaultMaxSentenceBytes),
		actorgraph.DefaultMaxActors, defaultMaxEvidence, defaultMaxMentions, drawWarnActors, drawMaxActors)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// sizeText writes a size of n bytes in the largest binary unit that divides it.
func sizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// versionLine is what -version prints, from the build information of the binary: the
// module's version, "(devel)" when it has none (a build inside the module without VCS
// information), and the Go version, as in "actorgraph v1.2.0 go1.26.8".
func versionLine(info *debug.BuildInfo, ok bool) string {
	v, goVersion := "(devel)", runtime.Version()
	if ok {
		if info.Main.Version != "" {
			v = info.Main.Version
		}
		if info.GoVersion != "" {
			goVersion = info.GoVersion
		}
	}
	return strings.Join([]string{"actorgraph", v, goVersion}, " ")
}
