package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
)

// This file holds the flags that choose what part of the graph is written, for every
// format, and how a drawing looks, for the formats that draw; and the one place where
// they become actorgraph.DOTOptions.

// viewFlags are the selection flags (-focus, -depth, -types, -modalities, -min-mentions),
// which apply to every format, and the drawing flags (-cluster, -rankdir, -no-legend,
// -keep-all, -force), which apply to the drawings only.
type viewFlags struct {
	fs          *flag.FlagSet
	focus       *string
	depth       *int
	types       *string
	modalities  *string
	minMentions *int
	since       *string
	until       *string
	edgeDates   *bool
	cluster     *bool
	rankDir     *string
	noLegend    *bool
	keepAll     *bool
	force       *bool
	// sinceDay and untilDay are -since and -until, once options has read them.
	sinceDay, untilDay time.Time
}

// window returns the part of g that -since and -until keep (Graph.Within): g itself
// without them.
func (v *viewFlags) window(g *actorgraph.Graph) *actorgraph.Graph {
	return g.Within(v.sinceDay, v.untilDay)
}

// drawingOnlyFlags are the flags of viewFlags that only apply to drawings.
var drawingOnlyFlags = []string{"cluster", "rankdir", "no-legend", "keep-all", "force", "edge-dates"}

// addViewFlags defines the selection and drawing flags on fs.
func addViewFlags(fs *flag.FlagSet) *viewFlags {
	return &viewFlags{
		fs:          fs,
		focus:       fs.String("focus", "", "keep only the actors around the actor `name` (an ID, name or alias)"),
		depth:       fs.Int("depth", 1, "with -focus, keep actors up to `n` relations away"),
		types:       fs.String("types", "", "keep only relations of these comma-separated `types`, such as meets-with,negotiates-with"),
		modalities:  fs.String("modalities", "", "keep only relations of these comma-separated `modalities`, such as actual,planned"),
		minMentions: fs.Int("min-mentions", 0, "leave out actors named fewer than `n` times"),
		since:       fs.String("since", "", "keep only the evidence dated on or after `day` (YYYY-MM-DD), and the relations and actors that have some"),
		until:       fs.String("until", "", "keep only the evidence dated on or before `day` (YYYY-MM-DD), and the relations and actors that have some"),
		edgeDates:   fs.Bool("edge-dates", false, "write under each relation's label the dates it was first and last seen"),
		cluster:     fs.Bool("cluster", false, "draw the actors of each country in a box"),
		rankDir:     fs.String("rankdir", "", "lay the drawing out in `direction` LR (left to right, the default), RL, TB (top to bottom) or BT"),
		noLegend:    fs.Bool("no-legend", false, "draw no legend of shapes and line styles"),
		keepAll:     fs.Bool("keep-all", false, fmt.Sprintf("draw the news media and the actors without a relation, which a drawing of over %d actors leaves out", actorgraph.DOTManyActors)),
		force:       fs.Bool("force", false, fmt.Sprintf("with svg, png, pdf and html, draw however many actors there are (over %d, dot takes minutes)", drawWarnActors)),
	}
}

// given lists the flags given among names, as "-name", in the order of the flag set.
func (v *viewFlags) given(names ...string) []string {
	var set []string
	v.fs.Visit(func(f *flag.Flag) {
		if slices.Contains(names, f.Name) {
			set = append(set, "-"+f.Name)
		}
	})
	return set
}

// drawingOnly returns a usageErr when flags that only shape a drawing were given to a
// format that does not draw.
func (v *viewFlags) drawingOnly() error {
	if set := v.given(drawingOnlyFlags...); len(set) > 0 {
		return usageErr{fmt.Sprintf("%s only applies to the formats %s", strings.Join(set, ", "), strings.Join(drawFormats, ", "))}
	}
	return nil
}

// options turns the flags into DOTOptions, the one description of a selection and a
// drawing the library has (Graph.Drawn selects by it, Graph.WriteDOTWith draws by it).
func (v *viewFlags) options() (actorgraph.DOTOptions, error) {
	opts := actorgraph.DOTOptions{
		Focus:            *v.focus,
		Depth:            *v.depth,
		MinMentions:      *v.minMentions,
		ClusterByCountry: *v.cluster,
		RankDir:          strings.ToUpper(*v.rankDir),
		NoLegend:         *v.noLegend,
		KeepAll:          *v.keepAll,
		EdgeDates:        *v.edgeDates,
	}
	switch {
	case len(v.given("depth")) > 0 && *v.focus == "":
		return opts, usageErr{"-depth needs -focus"}
	case *v.depth < 1:
		return opts, usageErr{fmt.Sprintf("-depth %d: want 1 or more", *v.depth)}
	case *v.minMentions < 0:
		return opts, usageErr{fmt.Sprintf("-min-mentions %d: want 0 or more", *v.minMentions)}
	}
	for _, d := range []struct {
		name  string
		value string
		day   *time.Time
	}{{"since", *v.since, &v.sinceDay}, {"until", *v.until, &v.untilDay}} {
		if d.value == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.value)
		if err != nil {
			return opts, usageErr{fmt.Sprintf("-%s %q: want YYYY-MM-DD", d.name, d.value)}
		}
		*d.day = t
	}
	if !v.sinceDay.IsZero() && v.untilDay.Before(v.sinceDay) && !v.untilDay.IsZero() {
		return opts, usageErr{fmt.Sprintf("-until %s is before -since %s", *v.until, *v.since)}
	}
	var err error
	if opts.Types, err = listFlag("types", "relation type", *v.types, actorgraph.RelationTypes()); err != nil {
		return opts, err
	}
	if opts.Modalities, err = listFlag("modalities", "modality", *v.modalities, actorgraph.Modalities()); err != nil {
		return opts, err
	}
	// The empty graph checks what the flags above do not: the direction.
	if _, err := (*actorgraph.Graph)(nil).Drawn(opts); err != nil && !errors.Is(err, actorgraph.ErrUnknownActor) {
		return opts, usageErr{fmt.Sprintf("-rankdir %s: want LR, RL, TB or BT", *v.rankDir)}
	}
	return opts, nil
}

// listFlag parses the comma-separated value of the flag -name into values of valid,
// ignoring spaces and empty items, and returns a usageErr for a value not in valid,
// which says what the value should be.
func listFlag[T ~string](name, what, value string, valid []T) ([]T, error) {
	var list []T
	for s := range strings.SplitSeq(value, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if !slices.Contains(valid, T(s)) {
			names := make([]string, len(valid))
			for i, v := range valid {
				names[i] = string(v)
			}
			return nil, usageErr{fmt.Sprintf("-%s: unknown %s %q: want some of %s", name, what, s, strings.Join(names, ","))}
		}
		list = append(list, T(s))
	}
	return list, nil
}

// checkFocus returns the error of a -focus that names no actor of g.
func checkFocus(g *actorgraph.Graph, opts actorgraph.DOTOptions) error {
	if opts.Focus != "" && g.Actor(opts.Focus) == nil {
		return fmt.Errorf("-focus %q: no actor goes by that name", opts.Focus)
	}
	return nil
}

// selection returns the part of g that the selection flags keep, for the formats that
// do not draw: the actors and relations a drawing with opts would hold (Graph.Drawn), so
// that every format writes the same part of the graph, but for what a large picture leaves
// out to stay readable (media, actors without a relation: DOTOptions.KeepAll), which
// data formats keep. It is g itself when no selection flag was given.
func selection(g *actorgraph.Graph, opts actorgraph.DOTOptions) (*actorgraph.Graph, error) {
	if err := checkFocus(g, opts); err != nil {
		return nil, err
	}
	opts.KeepAll = true
	return g.Drawn(opts)
}
