// Command actorgraph reads English news text and prints the graph of actors (people,
// organizations, countries, groups) and the relations between them that the text states.
//
// Usage:
//
//	actorgraph [-format text|json|graphml|cypher|neo4j|dot|svg|png|pdf|html|timeline|timeline-json] [-o FILE] [-graph FILE] [selection and drawing flags] [FILE ...]
//
// Flags may come before, between or after the files, as in actorgraph news.txt -format json;
// "--" ends the flags, so that every argument after it is a file, even one named -format.
//
// Each FILE is parsed as one document named by its path; with no FILE, or for a FILE
// named "-", standard input is read as the document "stdin". The graphs of all documents
// are merged into one, in which a person named by surname only joins the one full name
// that ends in it (Graph.JoinSurnames), and written to standard output or to the -o file.
//
// -graph FILE reads a graph saved by -format json (actorgraph.ReadJSON) and merges it with
// the documents (actorgraph.Merge) before surnames are joined and the -max-evidence and
// -max-mentions caps applied, so that a parse can be reused and extended:
//
//	actorgraph news/*.txt -o graph.json
//	actorgraph -graph graph.json new/*.txt -o graph2.json
//
// It may be given more than once; a graph compressed with gzip is decompressed, and "-" reads
// standard input, which a document then cannot. With -graph and no FILE, no document is
// read: the saved graph alone is written, in any format. A graph that cannot be read is a
// fatal error. Only files named by -graph are read as graphs, whatever their extension: a
// FILE is always text. Titles in a graph read from JSON match by the built-in lexicon
// (see Graph.WhoHolds).
//
// The formats:
//
//	-format text  a readable summary: actors by kind, then one relation per line with
//	              its first evidence (default; see below)
//	-format json  the JSON form of Graph.WriteJSON
//	-format graphml  GraphML for Gephi, yEd, Cytoscape or NetworkX (Graph.WriteGraphML)
//	-format cypher   a Cypher script that loads the graph into Neo4j (Graph.WriteCypher)
//	-format neo4j    the CSV files of neo4j-admin database import (Graph.WriteNeo4jCSV):
//	                 nodes.csv and relationships.csv in the directory -o names, made
//	                 if need be; -spreadsheet-safe quotes values a spreadsheet would
//	                 run as formulas (not for neo4j-admin, which would keep the quote)
//	-format dot   Graphviz DOT, for example: actorgraph -format dot news.txt | dot -Tsvg > news.svg
//	-format svg, -format png, -format pdf
//	              the drawing, rendered by Graphviz's dot, which must be installed
//	              (apt-get install graphviz, brew install graphviz)
//	-format html  one page that explores the drawing (Graph.WriteHTML), laid out by dot:
//	              search by name or alias, click an actor for its roles and relations or
//	              a relation for its evidence, hide relation types and modalities; it
//	              works offline from disk and makes no request
//	-format timeline  a chronology (Graph.Timeline): one line for each relation on each
//	              date its evidence speaks of, sorted by date, with the evidence quoted as
//	              the text format does; a date in brackets is only the document's (the
//	              text gives none); a last line counts the relations without a date
//	-format timeline-json  the same as a JSON array of events: {"date", "precision",
//	              "from_text", "type", "source", "target", "modality", "evidence"}
//
// Dates: each piece of evidence carries the date of its document (-date, an NDJSON
// line's "date", or else the document's dateline when it gives a year, as in "MOSCOW, 9
// December 2024 /TASS/") and the date its sentence gives ("on Monday", "last week", "from
// November 4 to 7", "next month", "in 2019"), resolved against it; each relation, the
// first and last of those dates (first_seen and last_seen in JSON, GraphML and Neo4j, and
// after the modality in the text format). No date is invented: without a document date,
// only the dates a sentence gives in full are known.
//
// A relation's line in the text format quotes the words that state it, marked ⟦…⟧ within
// up to 30 characters of their sentence on each side, after where they are: DOC:LINE:COL
// (lines and columns from 1, columns in bytes) in the document's text, as in
//
//	volodymyr-zelensky —contacts→ donald-trump [actual]  news.txt:3:1 "⟦Ukrainian President Volodymyr Zelensky spoke by phone with Donald Trump⟧ on Sunday."
//
// With -ndjson, LINE counts in the document's "text", not in the input. The command keeps
// the text of the documents it parses for this, up to 256 MiB in all; for the evidence of
// a graph read with -graph, of documents past that, and of two documents by one name,
// it gives "DOC sentence N" (N from 1) and the start of the sentence instead.
//
// Without -format, the extension of the -o file names the format: .txt text, .json json,
// .graphml graphml, .cypher or .cql cypher, .dot or .gv dot, .svg, .png and .pdf the
// drawings, .html or .htm html; any other extension, or no -o, means text. A -format
// that contradicts the extension wins, with a warning. png and pdf are not written to a
// terminal: give -o, or pipe the output to a program.
//
// The selection flags keep part of the graph, in every format: a drawing holds that part,
// and the other formats write it as a graph of its own (Graph.Drawn; see
// actorgraph.DOTOptions):
//
//	-focus NAME        only the actors around the actor NAME (an ID, name or alias)
//	-depth N           with -focus, actors up to N relations away (default 1)
//	-types T1,T2       only relations of these types, such as meets-with,negotiates-with
//	-modalities M1,M2  only relations of these modalities, such as actual,planned
//	-min-mentions N    leave out actors named fewer than N times
//	-since DAY, -until DAY
//	                   keep only the evidence dated from DAY, or to DAY (YYYY-MM-DD, both
//	                   days included), and the relations and actors that have some
//	                   (Graph.Within); evidence without a date is in no window
//
// The drawing flags shape what dot, svg, png, pdf and html show, and are an error with the
// other formats:
//
//	-cluster           draw the actors of each country in a box
//	-rankdir DIR       lay out left to right (LR, the default), RL, top to bottom (TB) or BT
//	-no-legend         leave out the legend of shapes and line styles
//	-keep-all          draw the news media and the actors without a relation, which a
//	                   drawing of over 30 actors leaves out (data formats keep them)
//	-edge-dates        write under each relation's label the dates it was first and last seen
//	-force             with svg, png, pdf and html, draw however many actors there are: without
//	                   it, a drawing of over 1,000 actors warns that dot may take
//	                   minutes, and one of over 4,000 is refused
//
// For example: actorgraph -format svg -focus Putin -depth 2 -cluster -o putin.svg news.txt
//
// Documents are parsed on every core as they are read, and their graphs merged as they
// are parsed (actorgraph.Corpus), so only the documents being parsed are held in memory.
// A FILE, or standard input, that starts with the gzip magic bytes is decompressed as it
// is read, so archives (.txt.gz, .ndjson.gz) need no step of their own. These flags read
// streams of documents and bound what they cost:
//
//	-ndjson            read each FILE (or standard input) as newline-delimited JSON, one
//	                   document a line: {"doc": "NAME", "text": "TEXT"}, with an optional
//	                   "date": "YYYY-MM-DD" that overrides -date; other fields are
//	                   ignored and blank lines skipped
//	-max-evidence N    keep the first N pieces of evidence of each relation (by document
//	                   name, sentence and offset); default 100, 0 keeps all
//	-max-mentions N    keep the first N mentions of each actor; default 1000, 0 keeps all;
//	                   -min-mentions counts these
//	-max-document-bytes N
//	                   skip a document longer than N bytes (default 64 MiB, at most 2 GiB)
//	-max-sentence-bytes N
//	                   cut a sentence longer than N bytes into pieces (default 64 KiB)
//	-max-actors N      keep the first N actors of a document (default 100,000)
//	-lexicon DIR       add the lexicon files in DIR (countries.tsv, titles.tsv,
//	                   triggers.tsv and the others of lexicon/README.md) to the built-in
//	                   lexicon (actorgraph.Lexicon.Extend); a DIR that holds none of them,
//	                   or a bad row, is a usage error
//
// These are the limits of actorgraph.Parser. A sentence cut or actors left out are
// reported on a line of standard error, and the rest of the document is in the graph:
//
//	actorgraph: warning: document "a.txt": sentence at byte 1234 (80000 bytes) split: MaxSentenceBytes is 65536 (see -max-sentence-bytes)
//
// What grows with the input is the merged graph, above all its mentions and evidence. The
// default caps change nothing in the graph of an article, and keep the memory of an
// archive of any length in proportion to its distinct actors and relations: a 1 GB
// archive takes well under 1 GB (the README gives the figures). -max-evidence 0
// -max-mentions 0 keep everything, at some 5.5 bytes of memory per byte of input.
//
// One bad document costs only itself. A file that cannot be opened or read, a document
// over -max-document-bytes or that is not text (compressed, an image, a PDF or office
// file, an executable: see actorgraph.ErrNotText), and with -ndjson a line that is not a JSON object with the strings "doc"
// and "text" or is longer than twice -max-document-bytes and 1 MiB, are skipped: each is
// reported on a line of standard error that names the file, or INPUT:LINE, and why, as in
//
//	actorgraph: skipped news.ndjson:12: bad JSON: unexpected end of JSON input
//	actorgraph: skipped big.txt: MaxDocumentBytes exceeded: 70000000 > 67108864 (see -max-document-bytes)
//
// and the graph of everything else is written. Lines and files that cannot be read are
// reported as they are met, documents that fail to parse once all are parsed. These flags
// change that:
//
//	-strict            stop at the first file, line or document that cannot be read or
//	                   parsed, in input order, and report it as an error: no graph
//	-q                 quiet: no progress line and no summary (skipped input is still
//	                   reported)
//
// When standard error is a terminal and a run takes more than two seconds, a line there
// shows the documents and megabytes read so far, the rate and the count of skipped input,
// and the run ends with a summary line: documents, megabytes, actors, relations, skipped
// input and seconds. Neither is written anywhere else.
//
// The query subcommand asks the library's questions of the graph of the input (FILEs read
// as above, or graphs named by -graph), and prints the answer as text, or as JSON with -json:
//
//	actorgraph query holds TITLE [FILE ...]           who holds a title (Graph.WhoHolds)
//	actorgraph query actor NAME [FILE ...]            an actor's names, roles, neighbours
//	                                                  (Graph.Neighbors) and relations
//	actorgraph query path FROM TO [FILE ...]          a shortest chain of relations (Graph.Path)
//	actorgraph query evidence TYPE A B [FILE ...]     the evidence of the relations of TYPE
//	                                                  between A and B, either way (Graph.Evidence)
//
// as in actorgraph query path Putin Zelensky -graph graph.json. -types keeps only
// relations of those types for actor and path; the input flags are those above. A name
// no actor goes by is an error, with exit status 1; a title nobody holds, or two actors
// not connected, is an answer. actorgraph query -h gives examples.
//
// The eval subcommand scores the parser on hand-annotated articles:
//
//	actorgraph eval [-v] DIR
//
// parses every NAME.txt in DIR, compares its graph with the gold graph NAME.gold.json (the
// json format without mentions and evidence) and prints a table of precision, recall and
// F1 for actors, roles and relations, and the accuracy of kinds and of the modality of
// matched relations, summed over the articles. -v lists every mismatch after the table; it
// refuses a directory named heldout, whose articles rule writers must not see. (To parse
// a file named eval or query, write ./eval or ./query.)
//
// actorgraph -h opens with examples and lists the formats, the relation types and
// modalities, the limits and the flags; actorgraph -version prints the module's version
// ("(devel)" for a build inside the module) and the Go version it was built with.
//
// Errors are reported on one line prefixed "actorgraph: ". The exit status is 0 when the
// whole input made the graph, 1 for a fatal error (unwritable output, an interrupt, or
// with -strict input that could not be read or parsed), 2 for bad flags, and 3 when the
// graph was written but some input was skipped.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
