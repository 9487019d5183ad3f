package actorgraphbeam

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// This file holds the transform Graph: a ParDo that parses each document, with a side
// output for the documents that fail, and the combine that merges their graphs.

func init() {
	register.DoFn4x1[context.Context, Document, func(*actorgraph.Graph), func(Skipped), error](&parseFn{})
	register.Function3x0(oneGraph)
	register.Emitter1[*actorgraph.Graph]()
	register.Iter1[*actorgraph.Graph]()
	register.Emitter1[Skipped]()
	beam.RegisterType(typeOf[Document]())
	beam.RegisterType(typeOf[Skipped]())
}

// The counters the transforms keep, in the namespace MetricsNamespace: the documents
// Graph parsed into the graph, and the documents, files and lines that Read and Graph
// skipped. A program reads them from its beam.PipelineResult.
var (
	documents = beam.NewCounter(MetricsNamespace, "documents")
	skips     = beam.NewCounter(MetricsNamespace, "skipped")
)

// MetricsNamespace is the namespace of the transforms' counters, "documents" and
// "skipped".
const MetricsNamespace = "actorgraph"

// A Document is one article: its name, recorded in the graph's mentions and evidence,
// its text, and the day it was written, if known.
type Document struct {
	Name string
	Text string
	// Date, when not empty, is the day the document was written, YYYY-MM-DD: it stands for
	// Options.Date in this document, as an NDJSON line's "date" does for the command's
	// -date. A Date that is no date skips the document.
	Date string
}

// A Skipped reports a document, a file or an NDJSON line that is not in the graph, and
// why, as the command reports what it skips.
type Skipped struct {
	Doc string // the document's name, or where it was read: a file, or FILE:LINE
	Err string // why it was skipped
}

// String returns the report's line, "DOC: ERR", with any line break in either made a
// space, so that the report keeps one line per skipped document.
func (s Skipped) String() string {
	return oneLine.Replace(s.Doc + ": " + s.Err)
}

// oneLine replaces line breaks with spaces.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// Options say how documents are parsed and how much the merged graph keeps; they are the
// command's flags of the same names. The zero Options parse with the zero
// actorgraph.Parser and keep every mention and piece of evidence.
type Options struct {
	// MaxEvidence and MaxMentions, when positive, cap the evidence kept per relation and
	// the mentions kept per actor, the first in sorted order, as actorgraph.Parser's
	// fields of the same names do. The combine applies them after every merge, so its
	// accumulators grow with the distinct actors and relations of the input, not with its
	// length. The command's defaults are DefaultMaxEvidence and DefaultMaxMentions.
	MaxEvidence int
	MaxMentions int
	// MaxDocumentBytes, MaxSentenceBytes and MaxActors bound the work done on a document,
	// as actorgraph.Parser's fields do; zero means the library's defaults.
	MaxDocumentBytes int
	MaxSentenceBytes int
	MaxActors        int
	// Stated keeps the graph to what the text states (actorgraph.Parser.Stated).
	Stated bool
	// Date, when not empty, is the day the documents were written, YYYY-MM-DD; a
	// Document's own Date overrides it.
	Date string
}

// The command's caps on what the merged graph keeps (its -max-evidence and -max-mentions
// defaults), for programs that want the same graph.
const (
	DefaultMaxEvidence = 100
	DefaultMaxMentions = 1000
)

// Validate reports options that Graph cannot use: a Date that is no date.
func (o Options) Validate() error {
	_, err := o.parser()
	return err
}

// parser returns the actorgraph.Parser the options describe, or an error if Date is no
// date.
func (o Options) parser() (*actorgraph.Parser, error) {
	day, err := parseDate(o.Date)
	if err != nil {
		return nil, fmt.Errorf("actorgraphbeam: Options.Date: %w", err)
	}
	return &actorgraph.Parser{
		MaxEvidence:      o.MaxEvidence,
		MaxMentions:      o.MaxMentions,
		MaxDocumentBytes: o.MaxDocumentBytes,
		MaxSentenceBytes: o.MaxSentenceBytes,
		MaxActors:        o.MaxActors,
		Stated:           o.Stated,
		Date:             day,
	}, nil
}

// parseDate parses a day, YYYY-MM-DD; the empty string is the zero time.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q: want YYYY-MM-DD", s)
	}
	return d, nil
}

// Graph parses each document of docs, a PCollection<Document>, and merges their graphs
// into one. It returns graph, a PCollection<*actorgraph.Graph> of exactly one element,
// and skipped, a PCollection<Skipped> of the documents that failed to parse (not text,
// over MaxDocumentBytes, a bad Date), each of which costs only itself.
//
// The graph is byte for byte, in every output format, the one actorgraph.Parser.ParseAll
// returns for the same documents with the same options, whatever the order of the
// documents and however the runner splits them into bundles: a CombineFn merges the
// documents' graphs with actorgraph.Merge, which is commutative and associative, caps
// them after every merge (keeping the first mentions and evidence in sorted order, which
// capping early does not change), and joins surnames across all documents at the end
// (actorgraph.Graph.JoinSurnames), as ParseAll does. Accumulators travel between workers
// in the library's JSON form.
//
// Graph panics, as Beam transforms do when built wrongly, if opts.Validate fails.
func Graph(s beam.Scope, docs beam.PCollection, opts Options) (graph, skipped beam.PCollection) {
	s = s.Scope("actorgraph.Graph")
	if err := opts.Validate(); err != nil {
		panic(err)
	}
	graphs, skipped := beam.ParDo2(s, &parseFn{Opts: opts}, docs)
	merged := beam.Combine(s, &mergeFn{MaxEvidence: opts.MaxEvidence, MaxMentions: opts.MaxMentions}, graphs)
	// The Go SDK's global combine of no elements yields nothing, where ParseAll gives the
	// empty graph. (Flattening an empty graph into its input would do, but it keeps the
	// runner from fusing the parse with the combine's first step, and every document's
	// graph would then be encoded.)
	graph = beam.ParDo(s, oneGraph, beam.Impulse(s), beam.SideInput{Input: merged})
	return graph, skipped
}

// oneGraph emits the graph of merged, a PCollection of at most one graph, or the empty
// graph when it has none.
func oneGraph(_ []byte, merged func(**actorgraph.Graph) bool, emit func(*actorgraph.Graph)) {
	var g *actorgraph.Graph
	if !merged(&g) {
		g = actorgraph.Merge()
	}
	emit(g)
}

// parseFn parses a Document into its graph, or reports it as skipped.
type parseFn struct {
	Opts   Options
	parser *actorgraph.Parser
}

// Setup makes the parser once per worker instance.
func (f *parseFn) Setup() error {
	p, err := f.Opts.parser()
	f.parser = p
	return err
}

// ProcessElement parses d and emits its graph, or a Skipped saying why it failed. Only a
// cancelled context fails the bundle, for the runner to retry or stop.
func (f *parseFn) ProcessElement(ctx context.Context, d Document, emit func(*actorgraph.Graph), skip func(Skipped)) error {
	day, err := parseDate(d.Date)
	if err != nil {
		skipped(ctx, skip, Skipped{Doc: d.Name, Err: `"date" ` + err.Error()})
		return nil
	}
	g, err := f.parser.ParseDated(ctx, d.Name, d.Text, day)
	switch {
	case err == nil:
		documents.Inc(ctx, 1)
		emit(g)
	case ctx.Err() != nil && errors.Is(err, ctx.Err()):
		return err
	default:
		skipped(ctx, skip, Skipped{Doc: d.Name, Err: reason(err)})
	}
	return nil
}

// skipped emits s with skip and counts it.
func skipped(ctx context.Context, skip func(Skipped), s Skipped) {
	skips.Inc(ctx, 1)
	skip(s)
}

// reason says why a document was skipped, as the command does: a limit with the flag that
// lifts it, and what a document that is not text looks like.
func reason(err error) string {
	if le, ok := errors.AsType[*actorgraph.LimitError](err); ok {
		return fmt.Sprintf("%s exceeded: %d > %d", le.Limit, le.Got, le.Max)
	}
	if nt, ok := errors.AsType[*actorgraph.NotTextError](err); ok {
		return "not text (" + nt.What + ")"
	}
	return strings.TrimPrefix(err.Error(), "actorgraph: ")
}
