// Package actorgraph reads English news articles and political statements and turns them
// into a typed graph of actors and the relations between them.
//
// Actors are people, organizations, countries and groups. Each has a stable ID
// ("donald-trump"), the fullest name seen, its kind, every alias it went by ("Trump",
// "the President-elect"), the roles it holds (Role{Title: "national security advisor",
// Of: "donald-trump"}) and the byte spans where it is named.
//
// Relations are typed (envoy-for, advisor-to, spokesperson-for, leader-of, member-of,
// negotiates-with, meets-with, contacts, at-war-with, sanctions, supports, opposes,
// part-of), have a
// modality (actual, planned, possible, negated) and carry their evidence: the document, the
// sentence, the byte span and the rule that produced them. RelationTypes and Modalities
// list them; RelationType.Symmetric and the Description methods say what each means.
//
// # Parsing
//
// Parse handles the common case; a Parser configures the lexicon, rules and limits, and its
// zero value is ready to use:
//
//	g, err := actorgraph.Parse(ctx, text)
//	trump := g.Actor("the President-elect")
//	for r := range g.Relations(actorgraph.Filter{Types: []actorgraph.RelationType{actorgraph.AdvisorTo}}) {
//		fmt.Println(r.Source, r.Type, r.Target, r.Modality)
//	}
//
// The pipeline runs in seven stages. The text machinery, stages 1 to 6, is the internal
// package internal/extract, one file a stage: segmentation into sentences and tokens with
// byte offsets into the original text (segment.go); lexicon matching and name finding
// (mentions.go); grouping of titles, principals and names into mentions (refs.go);
// appositives and other role constructions (roles.go); coreference within the document
// (coref.go, and plural.go for "they" and "the two leaders"); relation frames and modality
// (patterns.go, modality.go). Stage 7, assembly of the graph, is this package's
// assemble.go and merge.go. docs/architecture.md draws the packages and the layers.
//
// # Lexicons
//
// Everything the parser knows about the world is data: countries with demonyms and capitals,
// organizations, titles and the relation each implies, given names and nicknames,
// abbreviations, relation triggers and modality cues. The files are embedded from the
// lexicon directory; Lexicon.Extend adds a user's own files in the same formats.
//
// # Queries
//
// Besides Actor, Actors and Relations, a Graph answers the questions users bring: RolesOf
// and WhoHolds ("spokesperson" finds spokesmen and press secretaries), Neighbors and
// Evidence; and, on the topology, Path (how is Kellogg connected to Peskov?), Ego and
// Subgraph, which return new graphs, Components and RankByDegree. Results are sorted and
// do not change from run to run. One Filter selects relations for all of them; its
// documentation says how they treat denied relations (those that follow links leave them
// out) and unknown names, types and modalities (an error for every query).
//
// # Output
//
// Graph.WriteJSON and ReadJSON give a stable JSON form; Graph.WriteDOT writes Graphviz DOT,
// and Graph.WriteDOTWith draws part of the graph (a focus actor, some relation types,
// countries as clusters). Graph.WriteGraphML is for Gephi, yEd, Cytoscape and NetworkX;
// Graph.WriteNeo4jCSV and Graph.WriteCypher load the graph into Neo4j (docs/exports.md
// shows how). Graph.WriteHTML writes one self-contained page that explores the drawing,
// laid out by Graphviz: search by any alias, click an actor or a relation to read its
// roles or evidence, hide relation types and modalities. All are byte-for-byte
// deterministic. Merge combines graphs of many documents.
//
// # Corpora
//
// Parser.ParseAll parses a sequence of documents on every core and returns one merged
// graph, the same, byte for byte, as parsing the documents one by one and merging them;
// Corpus does the same for documents added in a loop. Files and NDJSON read the documents
// of files or of a newline-delimited JSON stream, gzip or not, and report through
// Documents.Err what they could not read:
//
//	docs := actorgraph.Files(paths...)
//	g, err := p.ParseAll(ctx, docs.All())
//	err = errors.Join(err, docs.Err())
//
// Documents are read only as fast as
// they are parsed. What grows with a corpus is the merged graph: its actors, aliases,
// roles and relations with the distinct things the documents say, and its mentions and
// evidence with the length of the text. Parser.MaxMentions and Parser.MaxEvidence cap
// those two, keeping the first of each list, so that a corpus of any size fits in memory.
// A document that fails, such as one over a limit, costs only itself: ParseAll and Corpus
// return the merge of the others with a *CorpusError listing each failed document, and
// Corpus.Strict stops at the first failure instead.
//
// # Hostile input
//
// Text often comes from pages and feeds nobody checked. The parser does not panic on any
// input. A limit costs the smallest unit it can: a document over MaxDocumentBytes fails
// with a *LimitError, but a sentence over MaxSentenceBytes is cut into pieces and the
// actors past MaxActors are left out, and the graph's Warnings say so. A document that is
// not text, such as a gzip or zip archive, a PDF, an image or an executable, fails with a
// *NotTextError, told by its first bytes. Text in lower case, and text whose lines end in
// a lone carriage return, is read sentence by sentence too. A cancelled context stops a
// parse within milliseconds. Invalid UTF-8 bytes are punctuation, and U+FFFD in evidence
// text. Control and format characters (zero-width spaces and joiners, bidi overrides, the
// BOM, soft hyphens) separate words like spaces, so they never stand inside a name or an
// alias. Letters are never folded across scripts: "Рutin" with a Cyrillic "Р" is another
// name than "Putin" and finds nothing the Latin name finds, so a look-alike cannot pass
// for a known actor (folding confusables would merge real names of other scripts). JSON
// and DOT output escape every string, so no name or sentence can change their structure,
// and the DOT drawing leaves control and format characters out of what it shows. The
// HTML page holds names and sentences as JSON that its script shows as text only, under
// a Content-Security-Policy that runs no other script and makes no request.
package actorgraph
