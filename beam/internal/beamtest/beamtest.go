// Package beamtest holds what the beam module's tests share: the graph the library itself
// makes of a set of files, which the pipeline's graph must equal byte for byte.
package beamtest

import (
	"bytes"
	"context"
	"testing"

	"github.com/actorgraph/actorgraph"
)

// ParseAll returns the graph p.ParseAll makes of the files at paths, as the command does.
func ParseAll(tb testing.TB, p actorgraph.Parser, paths []string) *actorgraph.Graph {
	tb.Helper()
	g, err := p.ParseAll(context.Background(), actorgraph.Files(paths...).All())
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// ParseAllJSON returns the JSON of the graph ParseAll returns.
func ParseAllJSON(tb testing.TB, p actorgraph.Parser, paths []string) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := ParseAll(tb, p, paths).WriteJSON(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}
