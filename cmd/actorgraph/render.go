package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/graphviz"
)

// drawFormats are the -format values that draw the graph: DOT itself, and the formats
// Graphviz's dot renders it to.
var drawFormats = []string{"dot", "svg", "png", "pdf"}

// drawWarnActors and drawMaxActors bound the drawings the command hands to dot as a matter
// of course. dot's time grows with about the cube of the actors: on two shared cores,
// Graphviz 2.43 laid out a synthetic news-like graph (1.25 labelled relations an actor,
// attached preferentially, so that a few actors are hubs) in 1 s for 500 actors, 25 s for
// 1,000 and 3 minutes for 2,000; at that rate 4,000 take some 20 minutes. Over
// drawWarnActors the command warns and draws; over drawMaxActors it draws only with -force.
const (
	drawWarnActors = 1000
	drawMaxActors  = 4000
)

// drawFlags are the flags that shape a drawing, mapped to actorgraph.DOTOptions, and
// -force.
type drawFlags struct {
	fs          *flag.FlagSet
	focus       *string
	depth       *int
	types       *string
	minMentions *int
	cluster     *bool
	force       *bool
}

// addDrawFlags defines the drawing flags on fs.
func addDrawFlags(fs *flag.FlagSet) *drawFlags {
	return &drawFlags{
		fs:          fs,
		focus:       fs.String("focus", "", "draw only the actors around the actor `name` (an ID, name or alias)"),
		depth:       fs.Int("depth", 1, "with -focus, draw actors up to `n` relations away"),
		types:       fs.String("types", "", "draw only relations of these comma-separated `types`, such as meets-with,negotiates-with"),
		minMentions: fs.Int("min-mentions", 0, "leave out actors named fewer than `n` times"),
		cluster:     fs.Bool("cluster", false, "draw the actors of each country in a box"),
		force:       fs.Bool("force", false, fmt.Sprintf("with svg, png and pdf, draw however many actors there are (over %d, dot takes minutes)", drawWarnActors)),
	}
}

// usageErr is an error in the command line, reported with exit status 2.
type usageErr struct{ msg string }

func (e usageErr) Error() string { return e.msg }

// chooseWriter returns the function that writes the graph in format, with the drawing
// flags applied. It returns a usageErr for a bad format or flag, and another error when
// the format needs Graphviz and dot is not installed, so that the command fails before
// it reads any input. Warnings about large drawings go to stderr (see checkDrawingSize).
func chooseWriter(ctx context.Context, format string, d *drawFlags, stderr io.Writer) (func(io.Writer, *actorgraph.Graph) error, error) {
	set := d.given()
	if write, ok := formats[format]; ok {
		if err := d.none(); err != nil {
			return nil, err
		}
		return write, nil
	}
	if !slices.Contains(drawFormats, format) {
		return nil, usageErr{fmt.Sprintf("unknown format %q: want text, json, graphml, cypher, neo4j, %s", format, strings.Join(drawFormats, ", "))}
	}
	opts, err := d.options(set)
	if err != nil {
		return nil, err
	}
	draw := func(w io.Writer, g *actorgraph.Graph) error {
		if opts.Focus != "" && g.Actor(opts.Focus) == nil {
			return fmt.Errorf("-focus %q: no actor goes by that name", opts.Focus)
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
	return func(w io.Writer, g *actorgraph.Graph) error {
		var src bytes.Buffer
		if err := draw(&src, g); err != nil {
			return err
		}
		if !*d.force {
			if err := checkDrawingSize(stderr, g, opts); err != nil {
				return err
			}
		}
		if err := graphviz.Run(ctx, dot, format, src.Bytes(), w); err != nil {
			if ctx.Err() != nil {
				return errInterrupted
			}
			return fmt.Errorf("dot -T%s: %w", format, err)
		}
		return nil
	}, nil
}

// given lists the drawing flags given, as "-name".
func (d *drawFlags) given() []string {
	var set []string
	d.fs.Visit(func(f *flag.Flag) {
		if isDrawFlag(f.Name) {
			set = append(set, "-"+f.Name)
		}
	})
	return set
}

// isDrawFlag reports whether name is one of the flags of addDrawFlags.
func isDrawFlag(name string) bool {
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	addDrawFlags(fs)
	return fs.Lookup(name) != nil
}

// none returns a usageErr when drawing flags were given to a format that does not draw.
func (d *drawFlags) none() error {
	if set := d.given(); len(set) > 0 {
		return usageErr{fmt.Sprintf("%s only applies to the formats %s", strings.Join(set, ", "), strings.Join(drawFormats, ", "))}
	}
	return nil
}

// options turns the flags into DOTOptions; set lists the drawing flags given.
func (d *drawFlags) options(set []string) (actorgraph.DOTOptions, error) {
	opts := actorgraph.DOTOptions{
		Focus:            *d.focus,
		Depth:            *d.depth,
		MinMentions:      *d.minMentions,
		ClusterByCountry: *d.cluster,
	}
	switch {
	case slices.Contains(set, "-depth") && *d.focus == "":
		return opts, usageErr{"-depth needs -focus"}
	case *d.depth < 1:
		return opts, usageErr{fmt.Sprintf("-depth %d: want 1 or more", *d.depth)}
	case *d.minMentions < 0:
		return opts, usageErr{fmt.Sprintf("-min-mentions %d: want 0 or more", *d.minMentions)}
	}
	for t := range strings.SplitSeq(*d.types, ",") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		rt := actorgraph.RelationType(t)
		if !rt.Valid() {
			var names []string
			for _, t := range actorgraph.RelationTypes() {
				names = append(names, string(t))
			}
			return opts, usageErr{fmt.Sprintf("-types: unknown relation type %q: want some of %s", t, strings.Join(names, ","))}
		}
		opts.Types = append(opts.Types, rt)
	}
	return opts, nil
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
