package actorgraph_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/eval"
)

// corpusDir holds the annotated corpus: dev/ and heldout/ articles with gold graphs, and
// floors.json. See GUIDELINES.md there.
var corpusDir = filepath.Join("testdata", "corpus")

// floors are the lowest heldout figures the parser may score, as recorded in
// testdata/corpus/floors.json. Floors are only ever raised, to the measured level rounded
// down to two decimals, never lowered. New held-out articles wait in heldout-new/, scored
// apart, until the floors are re-based on heldout/ with them (GUIDELINES.md, section 1).
type floors struct {
	ActorF1     *float64 `json:"actor_f1"`
	KindAcc     *float64 `json:"kind_acc"`
	RoleF1      *float64 `json:"role_f1"`
	RelationF1  *float64 `json:"relation_f1"`
	ModalityAcc *float64 `json:"modality_acc"`
}

func readFloors(t *testing.T) floors {
	t.Helper()
	f, err := os.Open(filepath.Join(corpusDir, "floors.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	var fl floors
	if err := dec.Decode(&fl); err != nil {
		t.Fatalf("floors.json: %v", err)
	}
	for name, p := range map[string]*float64{"actor_f1": fl.ActorF1, "kind_acc": fl.KindAcc,
		"role_f1": fl.RoleF1, "relation_f1": fl.RelationF1, "modality_acc": fl.ModalityAcc} {
		if p == nil {
			t.Fatalf("floors.json: no %s", name)
		}
	}
	return fl
}

// TestCorpus scores the parser on the dev and heldout articles, logs both tables, and
// fails when a heldout figure is below its floor. Only aggregate figures of heldout are
// ever printed: its articles stay unseen by whoever writes rules (GUIDELINES.md, section 1).
// Run it with -v to see the tables; `go run ./cmd/actorgraph eval -v testdata/corpus/dev`
// lists the dev mismatches one by one.
func TestCorpus(t *testing.T) {
	fl := readFloors(t)
	t.Run("dev", func(t *testing.T) {
		rep, err := eval.ScoreDir(context.Background(), nil, filepath.Join(corpusDir, "dev"))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("dev:\n%s", rep)
	})
	t.Run("heldout-new", func(t *testing.T) {
		// Held-out articles written after the floors were set, scored apart until the
		// floors are re-based on heldout/ with them (GUIDELINES.md, section 1): no floor.
		scoreHeldout(t, "heldout-new")
	})
	t.Run("heldout", func(t *testing.T) {
		rep := scoreHeldout(t, "heldout")
		for _, fig := range []struct {
			name       string
			got, floor float64
		}{
			{"actor_f1", rep.Actors.F1(), *fl.ActorF1},
			{"kind_acc", rep.Kinds.Accuracy(), *fl.KindAcc},
			{"role_f1", rep.Roles.F1(), *fl.RoleF1},
			{"relation_f1", rep.Relations.F1(), *fl.RelationF1},
			{"modality_acc", rep.Modality.Accuracy(), *fl.ModalityAcc},
		} {
			switch {
			case fig.got < fig.floor:
				t.Errorf("heldout %s = %.4f, below its floor %.2f in floors.json", fig.name, fig.got, fig.floor)
			case math.Floor(fig.got*100)/100 > fig.floor:
				t.Logf("heldout %s = %.4f: raise its floor in floors.json from %.2f to %.2f",
					fig.name, fig.got, fig.floor, math.Floor(fig.got*100)/100)
			}
		}
	})
}

// scoreHeldout scores the held-out articles of corpus folder dir and logs only the
// aggregate table; it skips the test when the folder has none. A broken file is for the
// corpus writer to fix: the error names the file and, for a gold file, at most the ID the
// JSON reader complains of.
func scoreHeldout(t *testing.T, dir string) eval.Report {
	t.Helper()
	rep, err := eval.ScoreDir(context.Background(), nil, filepath.Join(corpusDir, dir))
	if errors.Is(err, eval.ErrNoArticles) || errors.Is(err, os.ErrNotExist) {
		t.Skipf("no articles in %s, so no floor is checked: %v", dir, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s:\n%s", dir, rep)
	return rep
}
