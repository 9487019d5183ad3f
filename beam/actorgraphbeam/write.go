package actorgraphbeam

import (
	"context"
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// This file writes the graph and the report of skipped documents to files.

func init() {
	register.DoFn2x1[context.Context, *actorgraph.Graph, error](&writeGraphFn{})
	register.DoFn3x1[context.Context, []byte, func(*Skipped) bool, error](&writeReportFn{})
	register.Iter1[Skipped]()
}

// WriteGraph writes each graph of graph, a PCollection<*actorgraph.Graph> such as Graph
// returns, to the file at path, on any filesystem Beam knows: as GraphML when path ends
// in .graphml, else as JSON (actorgraph.Graph.WriteGraphML, WriteJSON).
func WriteGraph(s beam.Scope, graph beam.PCollection, path string) {
	s = s.Scope("actorgraph.WriteGraph")
	beam.ParDo0(s, &writeGraphFn{Path: path}, graph)
}

// WriteSkipped writes the report of skipped, a PCollection<Skipped>, to the file at path:
// one line for each, "DOC: ERR", sorted. The file is written, empty, when nothing was
// skipped. One worker sorts the whole report in memory: a few bytes a skipped document.
func WriteSkipped(s beam.Scope, skipped beam.PCollection, path string) {
	s = s.Scope("actorgraph.WriteSkipped")
	beam.ParDo0(s, &writeReportFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: skipped})
}

// writeGraphFn writes a graph to Path.
type writeGraphFn struct {
	Path string
}

// ProcessElement writes g.
func (f *writeGraphFn) ProcessElement(ctx context.Context, g *actorgraph.Graph) error {
	write := g.WriteJSON
	if strings.HasSuffix(f.Path, ".graphml") {
		write = g.WriteGraphML
	}
	return writeFile(ctx, f.Path, write)
}

// writeReportFn writes the report of the skipped documents of its side input to Path,
// once, for the impulse.
type writeReportFn struct {
	Path string
}

// ProcessElement writes the report.
func (f *writeReportFn) ProcessElement(ctx context.Context, _ []byte, skipped func(*Skipped) bool) error {
	var lines []string
	var s Skipped
	for skipped(&s) {
		lines = append(lines, s.String())
	}
	slices.Sort(lines)
	return writeFile(ctx, f.Path, func(w io.Writer) error {
		for _, l := range lines {
			if _, err := io.WriteString(w, l+"\n"); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile writes the file at path with write.
func writeFile(ctx context.Context, path string, write func(io.Writer) error) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	return errors.Join(write(w), w.Close())
}
