// Package actorgraphbeam runs the actorgraph corpus pipeline on Apache Beam, so that an
// archive too large for one machine is parsed on Dataflow, Flink or Spark, or locally on
// the Prism runner, into the same graph the actorgraph command makes of it.
//
// Graph is the transform: a ParDo parses each Document (name, text, optional date) into
// its graph, sending the documents that fail to a side output of Skipped, and a
// CombineFn merges the graphs with actorgraph.Merge, which is commutative and
// associative, capping evidence and mentions as it goes (Options.MaxEvidence,
// Options.MaxMentions) so that its accumulators stay the size of the distinct actors and
// relations, however long the input. Read reads documents from files, text or NDJSON,
// gzip or not, as the command does; WriteGraph and WriteSkipped write the results.
//
//	docs, unread := actorgraphbeam.Read(s, []string{"gs://bucket/news/*.ndjson.gz"}, actorgraphbeam.ReadOptions{NDJSON: true})
//	graph, skipped := actorgraphbeam.Graph(s, docs, actorgraphbeam.Options{MaxEvidence: 100, MaxMentions: 1000})
//	actorgraphbeam.WriteGraph(s, graph, "gs://bucket/out/graph.json")
//	actorgraphbeam.WriteSkipped(s, beam.Flatten(s, unread, skipped), "gs://bucket/out/skipped.txt")
//
// The graph is byte for byte the one actorgraph.Parser.ParseAll, and so the command,
// makes of the same documents with the same options. The program cmd/actorgraph-beam
// wraps these four transforms with the command's flags; docs/scale.md in the repository
// says how to run it on each runner, and what it costs.
package actorgraphbeam
