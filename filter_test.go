package actorgraph_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// TestDeniedRelationsLinkNobody checks that the queries that follow links leave out the
// denied talks between Russia and Ukraine of peaceTalks unless the filter names Negated,
// and that the queries that list relations keep them.
func TestDeniedRelationsLinkNobody(t *testing.T) {
	g := peaceTalksGraph()
	talks := []actorgraph.RelationType{actorgraph.NegotiatesWith}
	tests := []struct {
		name string
		f    actorgraph.Filter
		want string // what each query says of russia and ukraine
	}{
		{"default", actorgraph.Filter{Types: talks}, "relations=1 evidence=1 subgraph=2 neighbors=[] path=no ego=1 component=1 degree=0"},
		{"affirmed", actorgraph.Filter{Types: talks, Modalities: actorgraph.Affirmed()},
			"relations=0 evidence=0 subgraph=0 neighbors=[] path=no ego=1 component=1 degree=0"},
		{"all", actorgraph.Filter{Types: talks, Modalities: actorgraph.Modalities()},
			"relations=1 evidence=1 subgraph=2 neighbors=[ukraine] path=1 ego=2 component=2 degree=1"},
		{"negated", actorgraph.Filter{Types: talks, Modalities: []actorgraph.Modality{actorgraph.Negated}},
			"relations=1 evidence=1 subgraph=2 neighbors=[ukraine] path=1 ego=2 component=2 degree=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.f
			f.Actor = "Russia"
			rels := slices.Collect(g.Relations(f))
			evidence := 0
			for range g.Evidence(f) {
				evidence++
			}
			sub, err := g.Subgraph(f)
			if err != nil {
				t.Fatal(err)
			}
			var neighbors []string
			for a := range g.Neighbors("Russia", tt.f) {
				neighbors = append(neighbors, a.ID)
			}
			path := "no"
			if hops, err := g.Path("Russia", "Ukraine", tt.f); err == nil {
				path = fmt.Sprint(len(hops))
			} else if !errors.Is(err, actorgraph.ErrNoPath) {
				t.Fatal(err)
			}
			ego, err := g.Ego("Russia", 1, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			comps, err := g.Components(tt.f)
			if err != nil {
				t.Fatal(err)
			}
			component := 0
			for _, c := range comps {
				if slices.ContainsFunc(c, func(a *actorgraph.Actor) bool { return a.ID == "russia" }) {
					component = len(c)
				}
			}
			ranks, err := g.RankByDegree(tt.f)
			if err != nil {
				t.Fatal(err)
			}
			degree := -1
			for _, d := range ranks {
				if d.Actor.ID == "russia" {
					degree = d.Degree
				}
			}
			got := fmt.Sprintf("relations=%d evidence=%d subgraph=%d neighbors=%v path=%s ego=%d component=%d degree=%d",
				len(rels), evidence, sub.NumActors(), neighbors, path, ego.NumActors(), component, degree)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestAffirmed(t *testing.T) {
	want := []actorgraph.Modality{actorgraph.Actual, actorgraph.Planned, actorgraph.Possible}
	if diff := cmp.Diff(want, actorgraph.Affirmed()); diff != "" {
		t.Errorf("Affirmed (-want +got):\n%s", diff)
	}
}

// TestUnknownNames checks the one rule for unknown names, types and modalities: every
// query reports the same error, through its error result or through Graph.Check.
func TestUnknownNames(t *testing.T) {
	g := peaceTalksGraph()
	// Each query, run on a filter, returns its error and how many results it gave; the
	// iterators report through Check. The queries that take a name take f.Actor.
	queries := []struct {
		name string
		run  func(f actorgraph.Filter) (int, error)
	}{
		{"Relations", func(f actorgraph.Filter) (int, error) {
			return len(slices.Collect(g.Relations(f))), g.Check(f)
		}},
		{"Evidence", func(f actorgraph.Filter) (int, error) {
			n := 0
			for range g.Evidence(f) {
				n++
			}
			return n, g.Check(f)
		}},
		{"Neighbors", func(f actorgraph.Filter) (int, error) {
			name := f.Actor
			f.Actor = ""
			return len(slices.Collect(g.Neighbors(name, f))), g.Check(actorgraph.Filter{Actor: name, Types: f.Types, Modalities: f.Modalities})
		}},
		{"RolesOf", func(f actorgraph.Filter) (int, error) {
			if f.Actor == "Trump" {
				return 0, nil // RolesOf takes only a name
			}
			roles, err := g.RolesOf(f.Actor)
			return len(roles), err
		}},
		{"Path", func(f actorgraph.Filter) (int, error) {
			name := f.Actor
			f.Actor = ""
			hops, err := g.Path(name, "Putin", f)
			return len(hops), err
		}},
		{"Ego", func(f actorgraph.Filter) (int, error) {
			name := f.Actor
			f.Actor = ""
			ego, err := g.Ego(name, 1, f)
			if ego != nil {
				return ego.NumActors(), err
			}
			return 0, err
		}},
		{"Subgraph", func(f actorgraph.Filter) (int, error) {
			sub, err := g.Subgraph(f)
			if sub != nil {
				return sub.NumActors(), err
			}
			return 0, err
		}},
		{"Components", func(f actorgraph.Filter) (int, error) {
			comps, err := g.Components(f)
			return len(comps), err
		}},
		{"RankByDegree", func(f actorgraph.Filter) (int, error) {
			ranks, err := g.RankByDegree(f)
			return len(ranks), err
		}},
	}
	filters := []struct {
		name string
		f    actorgraph.Filter
		err  error
		msg  string
	}{
		{"actor", actorgraph.Filter{Actor: "Nobody"}, actorgraph.ErrUnknownActor, `actorgraph: unknown actor "Nobody"`},
		{"type", actorgraph.Filter{Actor: "Trump", Types: []actorgraph.RelationType{"meets"}},
			actorgraph.ErrUnknownType, `actorgraph: unknown relation type "meets"`},
		{"modality", actorgraph.Filter{Actor: "Trump", Modalities: []actorgraph.Modality{"denied"}},
			actorgraph.ErrUnknownModality, `actorgraph: unknown modality "denied"`},
	}
	for _, q := range queries {
		for _, ff := range filters {
			t.Run(q.name+"/"+ff.name, func(t *testing.T) {
				if q.name == "RolesOf" && ff.name != "actor" {
					t.Skip("RolesOf takes no types or modalities")
				}
				n, err := q.run(ff.f)
				if !errors.Is(err, ff.err) || err.Error() != ff.msg {
					t.Errorf("error = %v, want %q", err, ff.msg)
				}
				if n != 0 {
					t.Errorf("%d results, want none", n)
				}
			})
		}
	}
	if err := g.Check(actorgraph.Filter{Actor: "Trump", Types: actorgraph.RelationTypes(), Modalities: actorgraph.Modalities()}); err != nil {
		t.Errorf("Check of a good filter = %v", err)
	}
}
