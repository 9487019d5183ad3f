// Package picture renders the examples' DOT output with Graphviz.
package picture

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/internal/graphviz"
)

// Write renders DOT source to SVG with Graphviz's dot, when it is installed, to
// path. When path is empty it writes name.svg in a new temporary directory, so that
// running an example leaves the working tree as it was. Without Graphviz it writes the
// DOT source itself, to path with .dot for .svg. It returns the path written.
func Write(ctx context.Context, path, name string, src []byte) (string, error) {
	if path == "" {
		dir, err := os.MkdirTemp("", "actorgraph-"+name+"-")
		if err != nil {
			return "", err
		}
		path = filepath.Join(dir, name+".svg")
	}
	dot, err := exec.LookPath("dot")
	if err != nil {
		path = strings.TrimSuffix(path, ".svg") + ".dot"
		fmt.Fprintln(os.Stderr, "Graphviz's dot is not installed (apt-get install graphviz, brew install graphviz): writing", path)
		return path, os.WriteFile(path, src, 0o644)
	}
	var svg bytes.Buffer
	if err := graphviz.Run(ctx, dot, "svg", src, &svg); err != nil {
		return "", fmt.Errorf("dot: %w", err)
	}
	return path, os.WriteFile(path, svg.Bytes(), 0o644)
}
