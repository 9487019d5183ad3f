package eval_test

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/eval"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// graph reads a graph from the actors and relations given as the contents of the two
// JSON arrays.
func graph(t *testing.T, actors, relations string) *actorgraph.Graph {
	t.Helper()
	g, err := actorgraph.ReadJSON(strings.NewReader(`{"actors": [` + actors + `], "relations": [` + relations + `]}`))
	if err != nil {
		t.Fatalf("ReadJSON: %v", err)
	}
	return g
}

// Actors used by the tests, in gold and in system spellings.
const (
	goldTrump  = `{"id": "donald-trump", "name": "Donald Trump", "kind": "person", "aliases": ["Donald Trump", "Trump", "the President-elect"], "roles": [{"title": "president-elect", "of": ""}]}`
	goldPutin  = `{"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person", "aliases": ["Vladimir Putin", "Putin"], "roles": [{"title": "president", "of": "russia"}]}`
	goldRussia = `{"id": "russia", "name": "Russia", "kind": "country", "aliases": ["Russian", "Moscow"]}`
	goldUS     = `{"id": "united-states", "name": "United States", "kind": "country", "aliases": ["U.S."]}`
	goldPeskov = `{"id": "dmitry-peskov", "name": "Dmitry Peskov", "kind": "person", "aliases": ["Dmitry Peskov"], "roles": [{"title": "spokesman", "of": "kremlin"}]}`
	goldKreml  = `{"id": "kremlin", "name": "Kremlin", "kind": "organization", "aliases": ["Kremlin"]}`
)

func TestScore(t *testing.T) {
	tests := []struct {
		name           string
		goldActors     string
		goldRelations  string
		sysActors      string
		sysRelations   string
		want           eval.Report // without Mismatches
		wantMismatches []string    // nil: not checked
	}{
		{
			name:       "empty",
			want:       eval.Report{Articles: 1},
			goldActors: "", sysActors: "",
			wantMismatches: []string{},
		},
		{
			name:       "alias match ignores case, diacritics, the and possessive",
			goldActors: goldTrump + "," + goldKreml + `, {"id": "antonio-guterres", "name": "António Guterres", "kind": "person", "aliases": ["António Guterres", "Guterres"]}`,
			sysActors: `{"id": "trump", "name": "Trump's", "kind": "person", "aliases": ["PRESIDENT-ELECT"]},
				{"id": "the-kremlin", "name": "the Kremlin’s", "kind": "organization"},
				{"id": "guterres", "name": "ANTONIO GUTERRES", "kind": "person"}`,
			want:           eval.Report{Articles: 1, Actors: eval.Counts{TP: 3}, Kinds: eval.Counts{TP: 3}, Roles: eval.Counts{FN: 1}},
			wantMismatches: []string{`missed role  gold: donald-trump "president-elect" of ""`},
		},
		{
			name:       "no shared alias: one missed and one spurious",
			goldActors: goldPutin,
			sysActors:  `{"id": "vladimir", "name": "Vladimir", "kind": "person"}`,
			want:       eval.Report{Articles: 1, Actors: eval.Counts{FP: 1, FN: 1}, Roles: eval.Counts{FN: 1}},
			wantMismatches: []string{
				`missed actor  gold: vladimir-putin "Vladimir Putin" person aliases ["Putin" "Vladimir Putin"]`,
				`spurious actor  system: vladimir "Vladimir" person`,
				`missed role  gold: vladimir-putin "president" of russia`,
			},
		},
		{
			name:       "split actor: the second system actor is a false positive",
			goldActors: goldPutin + "," + goldRussia,
			sysActors: `{"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person", "aliases": ["Putin"], "roles": [{"title": "President", "of": "russia"}]},
				{"id": "putin", "name": "Putin", "kind": "organization"},
				{"id": "russia", "name": "Russia", "kind": "country"}`,
			want: eval.Report{Articles: 1, Actors: eval.Counts{TP: 2, FP: 1}, Splits: 1,
				Kinds: eval.Counts{TP: 2}, Roles: eval.Counts{TP: 1}},
			wantMismatches: []string{`split actor  gold: vladimir-putin  system: putin "Putin" organization`},
		},
		{
			name:       "greedy by shared names: the fuller system actor wins",
			goldActors: goldPutin,
			// a is not a person, so that reading the graph does not join it to b.
			sysActors: `{"id": "a", "name": "Putin", "kind": "group"},
				{"id": "b", "name": "Vladimir Putin", "kind": "person", "aliases": ["Putin"], "roles": [{"title": "president", "of": ""}]}`,
			want: eval.Report{Articles: 1, Actors: eval.Counts{TP: 1, FP: 1}, Splits: 1,
				Kinds: eval.Counts{TP: 1}, Roles: eval.Counts{FP: 1, FN: 1}},
			wantMismatches: []string{
				`split actor  gold: vladimir-putin  system: a "Putin" group`,
				`missed role  gold: vladimir-putin "president" of russia`,
				`spurious role  system: b (=vladimir-putin) "president" of ""`,
			},
		},
		{
			name:       "tie between system actors broken by ID",
			goldActors: goldPutin,
			sysActors:  `{"id": "z", "name": "Putin", "kind": "person"}, {"id": "y", "name": "Putin", "kind": "group"}`,
			want:       eval.Report{Articles: 1, Actors: eval.Counts{TP: 1, FP: 1}, Splits: 1, Kinds: eval.Counts{FP: 1, FN: 1}, Roles: eval.Counts{FN: 1}},
			wantMismatches: []string{
				`wrong kind  gold: vladimir-putin person  system: y (=vladimir-putin) group`,
				`split actor  gold: vladimir-putin  system: z "Putin" person`,
				`missed role  gold: vladimir-putin "president" of russia`,
			},
		},
		{
			name:       "tie broken in favour of the system actor with the gold name",
			goldActors: `{"id": "debretsion-gebremichael", "name": "Debretsion Gebremichael", "kind": "person", "aliases": ["Debretsion", "Debretsion Gebremichael"]}`,
			sysActors:  `{"id": "debretsion", "name": "Debretsion", "kind": "person"}, {"id": "dg", "name": "Debretsion Gebremichael", "kind": "person"}`,
			want:       eval.Report{Articles: 1, Actors: eval.Counts{TP: 1, FP: 1}, Splits: 1, Kinds: eval.Counts{TP: 1}},
			wantMismatches: []string{
				`split actor  gold: debretsion-gebremichael  system: debretsion "Debretsion" person`,
			},
		},
		{
			name:       "one system actor for two gold actors matches one of them",
			goldActors: `{"id": "korea", "name": "Korea", "kind": "country", "aliases": ["Korean"]}, {"id": "korean-air", "name": "Korean Air", "kind": "organization", "aliases": ["Korean"]}`,
			sysActors:  `{"id": "k", "name": "Korean", "kind": "country"}`,
			want:       eval.Report{Articles: 1, Actors: eval.Counts{TP: 1, FN: 1}, Kinds: eval.Counts{TP: 1}},
		},
		{
			name:          "relation through mapped ends",
			goldActors:    goldPeskov + "," + goldKreml,
			goldRelations: `{"type": "spokesperson-for", "source": "dmitry-peskov", "target": "kremlin", "modality": "actual"}`,
			sysActors: `{"id": "peskov", "name": "Peskov", "kind": "person", "aliases": ["Dmitry Peskov"], "roles": [{"title": "spokeswoman", "of": "the-kremlin"}]},
				{"id": "the-kremlin", "name": "The Kremlin", "kind": "organization"}`,
			sysRelations: `{"type": "spokesperson-for", "source": "peskov", "target": "the-kremlin", "modality": "actual"}`,
			want: eval.Report{Articles: 1, Actors: eval.Counts{TP: 2}, Kinds: eval.Counts{TP: 2},
				Roles: eval.Counts{TP: 1}, Relations: eval.Counts{TP: 1}, Modality: eval.Counts{TP: 1}},
			wantMismatches: []string{},
		},
		{
			name:          "relation to an unmatched actor is spurious, reversed directed relation too",
			goldActors:    goldPeskov + "," + goldKreml,
			goldRelations: `{"type": "spokesperson-for", "source": "dmitry-peskov", "target": "kremlin", "modality": "actual"}`,
			sysActors: `{"id": "dmitry-peskov", "name": "Dmitry Peskov", "kind": "person"}, {"id": "kremlin", "name": "Kremlin", "kind": "organization"},
				{"id": "tass", "name": "TASS", "kind": "organization"}`,
			sysRelations: `{"type": "spokesperson-for", "source": "kremlin", "target": "dmitry-peskov", "modality": "actual"},
				{"type": "spokesperson-for", "source": "dmitry-peskov", "target": "tass", "modality": "actual"}`,
			want: eval.Report{Articles: 1, Actors: eval.Counts{TP: 2, FP: 1}, Kinds: eval.Counts{TP: 2},
				Roles: eval.Counts{FN: 1}, Relations: eval.Counts{FP: 2, FN: 1}},
			wantMismatches: []string{
				`spurious actor  system: tass "TASS" organization`,
				`missed role  gold: dmitry-peskov "spokesman" of kremlin`,
				`missed relation  gold: spokesperson-for dmitry-peskov→kremlin [actual]`,
				`spurious relation  system: spokesperson-for dmitry-peskov→tass [actual]`,
				`spurious relation  system: spokesperson-for kremlin→dmitry-peskov [actual]`,
			},
		},
		{
			name:          "symmetric relation matches either way round",
			goldActors:    goldTrump + "," + goldPutin,
			goldRelations: `{"type": "meets-with", "source": "donald-trump", "target": "vladimir-putin", "modality": "planned"}`,
			// The system IDs sort the other way round, so the system graph orients the
			// relation putin → trump.
			sysActors:    `{"id": "a-putin", "name": "Putin", "kind": "person"}, {"id": "b-trump", "name": "Trump", "kind": "person"}`,
			sysRelations: `{"type": "meets-with", "source": "b-trump", "target": "a-putin", "modality": "planned"}`,
			want: eval.Report{Articles: 1, Actors: eval.Counts{TP: 2}, Kinds: eval.Counts{TP: 2},
				Roles: eval.Counts{FN: 2}, Relations: eval.Counts{TP: 1}, Modality: eval.Counts{TP: 1}},
		},
		{
			name:          "modality collapse keeps the strongest, then compares",
			goldActors:    goldTrump + "," + goldPutin + "," + goldUS + "," + goldRussia,
			goldRelations: `{"type": "meets-with", "source": "donald-trump", "target": "vladimir-putin", "modality": "possible"}, {"type": "contacts", "source": "united-states", "target": "russia", "modality": "planned"}`,
			sysActors:     goldTrump + "," + goldPutin + "," + goldUS + "," + goldRussia,
			sysRelations: `{"type": "meets-with", "source": "donald-trump", "target": "vladimir-putin", "modality": "negated"},
				{"type": "meets-with", "source": "vladimir-putin", "target": "donald-trump", "modality": "possible"},
				{"type": "contacts", "source": "united-states", "target": "russia", "modality": "possible"},
				{"type": "contacts", "source": "united-states", "target": "russia", "modality": "actual"},
				{"type": "contacts", "source": "united-states", "target": "russia", "modality": "negated"}`,
			want: eval.Report{Articles: 1, Actors: eval.Counts{TP: 4}, Kinds: eval.Counts{TP: 4},
				Roles: eval.Counts{TP: 2}, Relations: eval.Counts{TP: 2}, Modality: eval.Counts{TP: 1, FP: 1, FN: 1}},
			wantMismatches: []string{
				`wrong modality  gold: contacts united-states→russia [planned]  system: contacts united-states→russia [actual]`,
			},
		},
		{
			name: "role head nouns and of through the matching",
			goldActors: goldRussia + "," + goldUS + "," + goldTrump + `,
				{"id": "marco-rubio", "name": "Marco Rubio", "kind": "person", "aliases": ["Marco Rubio"], "roles": [{"title": "secretary of state", "of": ""}]},
				{"id": "mike-waltz", "name": "Mike Waltz", "kind": "person", "aliases": ["Mike Waltz"], "roles": [{"title": "national security adviser", "of": "donald-trump"}]},
				{"id": "karoline-leavitt", "name": "Karoline Leavitt", "kind": "person", "aliases": ["Karoline Leavitt"], "roles": [{"title": "press secretary", "of": "white-house"}]},
				{"id": "antonio-guterres", "name": "Antonio Guterres", "kind": "person", "aliases": ["Guterres"], "roles": [{"title": "secretary-general", "of": "united-nations"}]},
				{"id": "united-nations", "name": "United Nations", "kind": "organization", "aliases": ["UN"]},
				{"id": "white-house", "name": "White House", "kind": "organization", "aliases": ["White House"]}`,
			sysActors: goldRussia + "," + goldUS + `,
				{"id": "trump", "name": "Trump", "kind": "person", "roles": [{"title": "President-Elect", "of": ""}]},
				{"id": "marco-rubio", "name": "Marco Rubio", "kind": "person", "roles": [{"title": "former secretary", "of": ""}]},
				{"id": "mike-waltz", "name": "Mike Waltz", "kind": "person", "roles": [{"title": "security advisor", "of": "trump"}]},
				{"id": "karoline-leavitt", "name": "Karoline Leavitt", "kind": "person", "roles": [{"title": "spokeswoman", "of": "white-house"}]},
				{"id": "antonio-guterres", "name": "Guterres", "kind": "person", "roles": [{"title": "UN secretary general", "of": "un"}, {"title": "secretary", "of": "un"}]},
				{"id": "un", "name": "U.N.", "kind": "organization", "aliases": ["UN"]},
				{"id": "white-house", "name": "White House", "kind": "organization"}`,
			want: eval.Report{Articles: 1, Actors: eval.Counts{TP: 9}, Kinds: eval.Counts{TP: 9},
				Roles: eval.Counts{TP: 5, FP: 1}},
			wantMismatches: []string{`spurious role  system: antonio-guterres "secretary" of un (=united-nations)`},
		},
		{
			name:          "roles and relations of a missed actor are missed",
			goldActors:    goldPutin + "," + goldRussia,
			goldRelations: `{"type": "leader-of", "source": "vladimir-putin", "target": "russia", "modality": "actual"}`,
			sysActors:     goldRussia,
			want: eval.Report{Articles: 1, Actors: eval.Counts{TP: 1, FN: 1}, Kinds: eval.Counts{TP: 1},
				Roles: eval.Counts{FN: 1}, Relations: eval.Counts{FN: 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold := graph(t, tt.goldActors, tt.goldRelations)
			sys := graph(t, tt.sysActors, tt.sysRelations)
			got := eval.Score(gold, sys)
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreFields(eval.Report{}, "Mismatches")); diff != "" {
				t.Errorf("Score counts mismatch (-want +got):\n%s", diff)
			}
			if tt.wantMismatches != nil {
				var ms []string
				for _, m := range got.Mismatches {
					ms = append(ms, m.String())
				}
				if diff := cmp.Diff(tt.wantMismatches, ms, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("Score mismatches (-want +got):\n%s", diff)
				}
			}
			if again := eval.Score(gold, sys); !cmp.Equal(got, again) {
				t.Errorf("second Score differs:\n%v\n%v", got, again)
			}
		})
	}
}

func TestScoreNil(t *testing.T) {
	gold := graph(t, goldRussia, "")
	got := eval.Score(gold, nil)
	want := eval.Report{Articles: 1, Actors: eval.Counts{FN: 1}}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(eval.Report{}, "Mismatches")); diff != "" {
		t.Errorf("Score(gold, nil) (-want +got):\n%s", diff)
	}
}

func TestTitleHead(t *testing.T) {
	tests := []struct{ title, want string }{
		{"president", "president"},
		{"President", "president"},
		{"former president", "president"},
		{"ex-president", "president"},
		{"president-elect", "president"},
		{"prime minister-designate", "minister"},
		{"foreign minister", "minister"},
		{"deputy foreign minister", "minister"},
		{"secretary of state", "secretary"},
		{"Secretary of State", "secretary"},
		{"head of state", "head"},
		{"secretary-general", "secretary-general"},
		{"secretary general", "secretary-general"},
		{"UN Secretary-General", "secretary-general"},
		{"spokesman", "spokesperson"},
		{"spokeswoman", "spokesperson"},
		{"spokesperson", "spokesperson"},
		{"White House press secretary", "spokesperson"},
		{"national security adviser", "advisor"},
		{"national security advisor", "advisor"},
		{"special envoy", "envoy"},
		{"minister for defence", "minister"},
		{"special envoy to Sudan", "envoy"},
		{"high representative for foreign affairs and security policy", "representative"},
		{"special envoy on Myanmar", "envoy"},
		{"  special   envoy ", "envoy"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := eval.TitleHead(tt.title); got != tt.want {
			t.Errorf("TitleHead(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Trump", "trump"},
		{"Trump's", "trump"},
		{"Trump’s", "trump"},
		{"the Kremlin", "kremlin"},
		{"The Kremlin's", "kremlin"},
		{"António Guterres", "antonio guterres"},
		{"Lech  Wałęsa", "lech walesa"},
		{"U.S.", "u.s."},
		{"Reuters'", "reuters"},
		{"People's Liberation Army", "people's liberation army"},
		{"the", "the"},
		{"'s", "'s"},
	}
	for _, tt := range tests {
		if got := eval.NameKey(tt.name); got != tt.want {
			t.Errorf("NameKey(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		c       eval.Counts
		p, r, f float64
	}{
		{eval.Counts{}, 1, 1, 1},
		{eval.Counts{FN: 3}, 1, 0, 0},
		{eval.Counts{FP: 3}, 0, 1, 0},
		{eval.Counts{TP: 3, FP: 1, FN: 2}, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35},
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); math.Abs(p-tt.p) > 1e-12 || math.Abs(r-tt.r) > 1e-12 || math.Abs(f-tt.f) > 1e-12 {
			t.Errorf("%+v: P, R, F1 = %v, %v, %v; want %v, %v, %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
	if got := (eval.Counts{TP: 3, FP: 1, FN: 1}).Accuracy(); got != 0.75 {
		t.Errorf("Accuracy = %v, want 0.75", got)
	}
}

func TestReportString(t *testing.T) {
	r := eval.Report{Articles: 2, Actors: eval.Counts{TP: 30, FP: 2, FN: 4}, Splits: 1,
		Kinds: eval.Counts{TP: 29, FP: 1, FN: 1}, Roles: eval.Counts{TP: 9, FP: 1, FN: 3},
		Relations: eval.Counts{TP: 10, FP: 5, FN: 10}, Modality: eval.Counts{TP: 9, FP: 1, FN: 1}}
	const want = `2 articles
               TP     FP     FN precision  recall     F1
actors         30      2      4     0.938   0.882  0.909
roles           9      1      3     0.900   0.750  0.818
relations      10      5     10     0.667   0.500  0.571
            right  wrong         accuracy
kinds          29      1            0.967
modality        9      1            0.900
split actors (counted in actors FP): 1
`
	if diff := cmp.Diff(want, r.String()); diff != "" {
		t.Errorf("String mismatch (-want +got):\n%s", diff)
	}
	sum := r.Add(r)
	if sum.Articles != 4 || sum.Actors != (eval.Counts{TP: 60, FP: 4, FN: 8}) || sum.Splits != 2 || sum.Modality.TP != 18 {
		t.Errorf("Add = %+v", sum)
	}
}

func TestReadGold(t *testing.T) {
	tests := []struct {
		name, in, wantErr string
	}{
		{"without mentions and evidence", `{"actors": [` + goldPutin + `, ` + goldRussia + `], "relations": [{"type": "leader-of", "source": "vladimir-putin", "target": "russia", "modality": "actual"}]}`, ""},
		{"unknown kind", `{"actors": [{"id": "x", "name": "X", "kind": "robot"}], "relations": []}`, `eval: read gold: actorgraph: read JSON: actor 0 ("x"): unknown kind "robot"`},
		{"surname joined to a full name", `{"actors": [` + goldPutin + `, {"id": "putin", "name": "Putin", "kind": "person"}], "relations": []}`, `eval: read gold: actor "putin" is merged into another actor on reading`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := eval.ReadGold(strings.NewReader(tt.in))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("ReadGold: %v", err)
			case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
				t.Fatalf("ReadGold error = %v, want %s", err, tt.wantErr)
			case tt.wantErr == "" && g.NumActors() != 2:
				t.Errorf("ReadGold: %d actors, want 2", g.NumActors())
			}
		})
	}
}

func TestScoreDir(t *testing.T) {
	const text = "Russian President Vladimir Putin spoke on Monday.\n"
	gold := `{"actors": [` + goldPutin + `, ` + goldRussia + `], "relations": [{"type": "leader-of", "source": "vladimir-putin", "target": "russia", "modality": "actual"}]}`
	write := func(t *testing.T, files map[string]string) string {
		dir := t.TempDir()
		for name, content := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}

	t.Run("two articles", func(t *testing.T) {
		dir := write(t, map[string]string{"a.txt": text, "a.gold.json": gold, "b.txt": text, "b.gold.json": gold, "notes.md": "x"})
		rep, err := eval.ScoreDir(context.Background(), nil, dir)
		if err != nil {
			t.Fatal(err)
		}
		one := eval.Score(mustGold(t, gold), mustParse(t, "a", text))
		if diff := cmp.Diff(one.Add(one), rep, cmpopts.IgnoreFields(eval.Report{}, "Mismatches")); diff != "" {
			t.Errorf("ScoreDir is not the sum of its articles (-want +got):\n%s", diff)
		}
		for _, m := range rep.Mismatches {
			if m.Doc != "a" && m.Doc != "b" {
				t.Errorf("mismatch without its article: %v", m)
			}
		}
	})
	for _, tt := range []struct {
		name    string
		files   map[string]string
		wantErr string // a substring
	}{
		{"no articles", map[string]string{"notes.md": "x"}, "eval: no articles in "},
		{"article without gold", map[string]string{"a.txt": text}, "a.txt has no gold"},
		{"gold without article", map[string]string{"a.txt": text, "a.gold.json": gold, "b.gold.json": gold}, "gold without article b.txt"},
		{"bad gold", map[string]string{"a.txt": text, "a.gold.json": "{"}, "a.gold.json: actorgraph: read JSON: "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := eval.ScoreDir(context.Background(), nil, write(t, tt.files))
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ScoreDir error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
	t.Run("no articles is ErrNoArticles", func(t *testing.T) {
		_, err := eval.ScoreDir(context.Background(), nil, t.TempDir())
		if !errors.Is(err, eval.ErrNoArticles) {
			t.Errorf("ScoreDir error = %v, want ErrNoArticles", err)
		}
	})
	t.Run("missing directory", func(t *testing.T) {
		_, err := eval.ScoreDir(context.Background(), nil, filepath.Join(t.TempDir(), "nope"))
		if !errors.Is(err, os.ErrNotExist) {
			t.Errorf("ScoreDir error = %v, want ErrNotExist", err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := eval.ScoreDir(ctx, nil, write(t, map[string]string{"a.txt": text, "a.gold.json": gold}))
		if !errors.Is(err, context.Canceled) {
			t.Errorf("ScoreDir error = %v, want context.Canceled", err)
		}
	})
}

func mustGold(t *testing.T, s string) *actorgraph.Graph {
	t.Helper()
	g, err := eval.ReadGold(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func mustParse(t *testing.T, doc, text string) *actorgraph.Graph {
	t.Helper()
	var p actorgraph.Parser
	g, err := p.ParseDoc(context.Background(), doc, text)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
