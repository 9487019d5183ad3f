// Package graphviz runs Graphviz's dot on DOT source, for the command and the examples.
package graphviz

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os/exec"
	"strings"
)

// Run renders src with `dot -T<format>` (dot is the path of the program) and writes the
// result to w. It stops dot when ctx is done and returns ctx's error then.
//
// Graphviz's classic ranking sometimes gives up on graphs with clusters ("trouble in
// init_rank", a bug its maintainers answer with -Gnewrank=true). Run then renders once more
// with newrank, which ranks clusters with the rest of the graph: a wider layout, but a
// picture. Other failures are returned with dot's complaint as the message.
func Run(ctx context.Context, dot, format string, src []byte, w io.Writer) error {
	var out bytes.Buffer
	err := run(ctx, dot, []string{"-T" + format}, src, &out)
	if err != nil && ctx.Err() == nil && strings.Contains(err.Error(), "trouble in init_rank") {
		out.Reset()
		err = run(ctx, dot, []string{"-Gnewrank=true", "-T" + format}, src, &out)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return err
	}
	_, err = out.WriteTo(w)
	return err
}

// run runs dot once with args, src on its standard input and its output in out.
func run(ctx context.Context, dot string, args []string, src []byte, out *bytes.Buffer) error {
	cmd := exec.CommandContext(ctx, dot, args...)
	cmd.Stdin = bytes.NewReader(src)
	cmd.Stdout = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err == nil {
		return nil
	}
	msg := strings.TrimSpace(stderr.String())
	var exit *exec.ExitError
	if msg == "" || !errors.As(err, &exit) {
		return err
	}
	// dot lists the nodes it could not rank after its message; the first line says it.
	if first, _, ok := strings.Cut(msg, "\n"); ok && strings.Contains(first, "trouble in init_rank") {
		msg = first
	}
	return errors.New(msg)
}
