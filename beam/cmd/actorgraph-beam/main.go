// Command actorgraph-beam builds the actor graph of a corpus on Apache Beam: the graph the
// actorgraph command makes of the same files, byte for byte, for archives too large for
// one machine.
//
//	actorgraph-beam [flags] GLOB...
//
// It reads the files the globs match, each one document, or with -ndjson one document a
// line ({"doc", "text", "date"}), gzip or not, on any filesystem Beam knows (local paths,
// gs://); writes the merged graph to -o as JSON, or GraphML when the name ends in
// .graphml; and, with -skipped, the documents, files and lines it skipped, one a line.
// It exits with status 3 when it skipped any, as the actorgraph command does.
//
// It runs on the local Prism runner by default, and on the others with Beam's own flags:
//
//	actorgraph-beam -o graph.json 'news/*.txt'
//	actorgraph-beam --runner=flink --endpoint=localhost:8099 --environment_type=LOOPBACK -ndjson -o /data/graph.json '/data/news/*.ndjson.gz'
//	actorgraph-beam --runner=dataflow --project=P --region=R --staging_location=gs://B/staging \
//	    -ndjson -o gs://B/graph.json -skipped gs://B/skipped.txt 'gs://B/news/*.ndjson.gz'
//
// Beam's flags come before the globs, as all flags do. docs/scale.md in the repository
// says more, and what a run costs.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/beam/actorgraphbeam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

// config is what the flags say.
type config struct {
	globs   []string
	ndjson  bool
	out     string
	skipped string
	opts    actorgraphbeam.Options
}

func main() {
	c := config{}
	flag.BoolVar(&c.ndjson, "ndjson", false, `read each file as newline-delimited JSON: one document a line, {"doc": NAME, "text": TEXT, "date": "YYYY-MM-DD"} (date optional)`)
	flag.StringVar(&c.out, "o", "", "write the graph to `path` (required): JSON, or GraphML when it ends in .graphml")
	flag.StringVar(&c.skipped, "skipped", "", "write the skipped documents, files and lines to `path`, one a line")
	flag.IntVar(&c.opts.MaxEvidence, "max-evidence", actorgraphbeam.DefaultMaxEvidence, "keep at most `n` pieces of evidence per relation, the first by document and sentence (0: all)")
	flag.IntVar(&c.opts.MaxMentions, "max-mentions", actorgraphbeam.DefaultMaxMentions, "keep at most `n` mentions per actor, the first by document and offset (0: all)")
	flag.IntVar(&c.opts.MaxDocumentBytes, "max-document-bytes", actorgraph.DefaultMaxDocumentBytes, "skip a document longer than `n` bytes")
	flag.IntVar(&c.opts.MaxSentenceBytes, "max-sentence-bytes", actorgraph.DefaultMaxSentenceBytes, "cut a sentence longer than `n` bytes into pieces, with a warning")
	flag.IntVar(&c.opts.MaxActors, "max-actors", actorgraph.DefaultMaxActors, "keep the first `n` actors of a document, with a warning")
	flag.BoolVar(&c.opts.Stated, "stated", false, "only what the text states: infer no principals")
	flag.StringVar(&c.opts.Date, "date", "", "the date of the documents, YYYY-MM-DD (an NDJSON line's \"date\" overrides it)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: actorgraph-beam [flags] GLOB...\n\nBeam's flags (--runner, --endpoint, --project, ...) are listed with the others.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	// Init runs the program as a worker when a runner started it so; it returns at once
	// when the program is the launcher.
	beam.Init()
	c.globs = flag.Args()
	if err := c.check(); err != nil {
		fmt.Fprintf(os.Stderr, "actorgraph-beam: %v (see -h)\n", err)
		os.Exit(2)
	}
	os.Exit(run(context.Background(), c, os.Stderr))
}

// check reports a usage error.
func (c *config) check() error {
	switch {
	case len(c.globs) == 0:
		return fmt.Errorf("no input: name the files, or globs that match them")
	case c.out == "":
		return fmt.Errorf("no output: -o PATH is required")
	case c.opts.MaxEvidence < 0 || c.opts.MaxMentions < 0:
		return fmt.Errorf("-max-evidence and -max-mentions: want 0 or more")
	case c.opts.MaxDocumentBytes < 1 || c.opts.MaxSentenceBytes < 1 || c.opts.MaxActors < 1:
		return fmt.Errorf("-max-document-bytes, -max-sentence-bytes and -max-actors: want 1 or more")
	}
	return c.opts.Validate()
}

// pipeline returns the pipeline c describes.
func pipeline(c config) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	docs, unread := actorgraphbeam.Read(s, c.globs, actorgraphbeam.ReadOptions{NDJSON: c.ndjson, MaxDocumentBytes: c.opts.MaxDocumentBytes})
	graph, skipped := actorgraphbeam.Graph(s, docs, c.opts)
	actorgraphbeam.WriteGraph(s, graph, c.out)
	if c.skipped != "" {
		actorgraphbeam.WriteSkipped(s, beam.Flatten(s, unread, skipped), c.skipped)
	}
	return p
}

// run runs the pipeline of c on the runner of the flags, reports what it counted to
// stderr, and returns the exit status: 1 when the pipeline failed, 3 when it skipped
// some input, else 0.
func run(ctx context.Context, c config, stderr io.Writer) int {
	res, err := beamx.RunWithMetrics(ctx, pipeline(c))
	if err != nil {
		fmt.Fprintf(stderr, "actorgraph-beam: %v\n", err)
		return 1
	}
	if res == nil || *jobopts.Async {
		fmt.Fprintln(stderr, "actorgraph-beam: the job was submitted; the runner reports how it ends")
		return 0
	}
	n := counters(res)
	fmt.Fprintf(stderr, "actorgraph-beam: %d documents in the graph, %d skipped\n", n["documents"], n["skipped"])
	if n["skipped"] > 0 {
		return 3
	}
	return 0
}

// counters returns the counters of actorgraphbeam's transforms in res, by name.
func counters(res beam.PipelineResult) map[string]int64 {
	n := make(map[string]int64)
	q := res.Metrics().Query(func(r beam.MetricResult) bool { return r.Namespace() == actorgraphbeam.MetricsNamespace })
	for _, c := range q.Counters() {
		n[c.Name()] += c.Result()
	}
	return n
}
