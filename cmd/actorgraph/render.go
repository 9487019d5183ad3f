package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/graphviz"
)

// drawFormats are the -format values that draw the graph: DOT itself, the formats
// Graphviz's dot renders it to, and the HTML page that embeds dot's SVG.
var drawFormats = []string{"dot", "svg", "png", "pdf", "html"}

// drawWarnActors and drawMaxActors bound the drawings the command hands to dot as a matter
// of course. dot's time grows with about the cube of the actors: on two shared cores,
// Graphviz 2.43 laid out a synthetic news-like graph (1.25 labelled relations an actor,
// attached preferentially, so that a few actors are hubs) in 1 s for 500 actors, 25 s for
// 1,000 and 3 minutes for 2,000; at that rate 4,000 take some 20 minutes. Over
// drawWarnActors the command warns and draws; over drawMaxActors it draws only with -force.
const (
	drawWarnActors = actorgraph.DOTSlowActors
	drawMaxActors  = 4000
)

// usageErr is an error in the command line, reported with exit status 2.
type usageErr struct{ msg string }

func (e usageErr) Error() string { return e.msg }

// drawer returns the function that draws the graph in format, one of drawFormats, as
// opts say; the drawing holds the part of the graph opts select. It returns an error
// when the format needs Graphviz and dot is not installed, so that the command fails
// before it reads any input. Without force, it warns of large drawings on stderr and
// refuses huge ones (see checkDrawingSize).
func drawer(ctx context.Context, format string, opts actorgraph.DOTOptions, force bool, stderr io.Writer) (func(io.Writer, *actorgraph.Graph) error, error) {
	draw := func(w io.Writer, g *actorgraph.Graph) error {
		if err := checkFocus(g, opts); err != nil {
			return err
		}
		return g.WriteDOTWith(w, opts)
	}
	if format == "dot" {
		return draw, nil
	}
	dot, err := exec.LookPath("dot")
	if err != nil {
		return nil, fmt.Errorf("-format %s needs Graphviz's dot, which is not on PATH: install Graphviz "+
			"(apt-get install graphviz, dnf install graphviz or brew install graphviz) or use -format dot", format)
	}
	// render runs dot on src, to w in the format dot names as to.
	render := func(src []byte, to string, w io.Writer) error {
		if err := graphviz.Run(ctx, dot, to, src, w); err != nil {
			if ctx.Err() != nil {
				return errInterrupted
			}
			return fmt.Errorf("dot -T%s: %w", to, err)
		}
		return nil
	}
	return func(w io.Writer, g *actorgraph.Graph) error {
		if err := checkFocus(g, opts); err != nil {
			return err
		}
		if !force {
			if err := checkDrawingSize(stderr, g, opts); err != nil {
				return err
			}
		}
		if format == "html" {
			err := g.WriteHTML(w, actorgraph.HTMLOptions{DOTOptions: opts, Layout: func(src []byte) ([]byte, error) {
				var svg bytes.Buffer
				err := render(src, "svg", &svg)
				return svg.Bytes(), err
			}})
			if errors.Is(err, errInterrupted) {
				return errInterrupted
			}
			return err
		}
		var src bytes.Buffer
		if err := g.WriteDOTWith(&src, opts); err != nil {
			return err
		}
		return render(src.Bytes(), format, w)
	}, nil
}

// checkDrawingSize keeps dot from running for minutes in silence: when the drawing that
// opts select from g has more than drawWarnActors actors, it writes one warning line to
// stderr, and when it has more than drawMaxActors, it returns an error instead. Both say
// which flags would draw fewer.
func checkDrawingSize(stderr io.Writer, g *actorgraph.Graph, opts actorgraph.DOTOptions) error {
	v, err := g.Drawn(opts)
	if err != nil {
		return err
	}
	n := v.NumActors()
	if n <= drawWarnActors {
		return nil
	}
	var fewer []string
	switch {
	case opts.Focus == "":
		fewer = append(fewer, "-focus NAME")
	case opts.Depth > 1:
		fewer = append(fewer, fmt.Sprintf("-depth %d", opts.Depth-1))
	}
	if m := minMentionsFor(v, drawWarnActors); m > 0 {
		fewer = append(fewer, fmt.Sprintf("-min-mentions %d", m))
	} else {
		fewer = append(fewer, "-min-mentions N")
	}
	if n > drawMaxActors {
		return fmt.Errorf("%d actors to draw would keep dot busy for 20 minutes or more: draw fewer with %s, or give -force",
			n, strings.Join(fewer, " or "))
	}
	fmt.Fprintf(stderr, "actorgraph: warning: dot may take minutes to draw %d actors; draw fewer with %s\n", n, strings.Join(fewer, " or "))
	return nil
}

// minMentionsFor returns the smallest -min-mentions that leaves at most limit of the
// actors of v, counting Actor.Mentions, or 0 when every such value leaves none.
func minMentionsFor(v *actorgraph.Graph, limit int) int {
	counts := make([]int, 0, v.NumActors())
	for a := range v.Actors() {
		counts = append(counts, len(a.Mentions))
	}
	if len(counts) <= limit {
		return 0 // guards the index below; the caller asks only about larger drawings
	}
	slices.Sort(counts)
	// Keeping the actors named at least m times leaves at most limit of them when m
	// exceeds the count of the largest actor not among the limit most named.
	m := counts[len(counts)-limit-1] + 1
	if counts[len(counts)-1] < m {
		return 0
	}
	return m
}
