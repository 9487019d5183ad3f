package actorgraph

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// articles returns the bundled articles: testdata/*.txt.
func articles(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles under testdata: %v", err)
	}
	return paths
}

// TestGolden parses every bundled article and compares its JSON and DOT with the golden
// files beside it; -update rewrites them. Each golden is also checked for byte-identical
// re-runs, a JSON round trip, and (when Graphviz is installed) a DOT that dot accepts.
func TestGolden(t *testing.T) {
	var p Parser
	for _, path := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			g, err := p.ParseDoc(context.Background(), name, string(text))
			if err != nil {
				t.Fatal(err)
			}
			var js, dot bytes.Buffer
			if err := g.WriteJSON(&js); err != nil {
				t.Fatal(err)
			}
			if err := g.WriteDOT(&dot); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", name+".golden.json"), js.Bytes())
			checkGolden(t, filepath.Join("testdata", name+".golden.dot"), dot.Bytes())

			again, err := p.ParseDoc(context.Background(), name, string(text))
			if err != nil {
				t.Fatal(err)
			}
			var js2 bytes.Buffer
			if err := again.WriteJSON(&js2); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(js.Bytes(), js2.Bytes()) {
				t.Error("a second parse gave different JSON")
			}
			back, err := ReadJSON(bytes.NewReader(js.Bytes()))
			if err != nil {
				t.Fatalf("re-reading JSON: %v", err)
			}
			if diff := cmp.Diff(snap(g), snap(back)); diff != "" {
				t.Errorf("JSON round trip (-parsed +reread):\n%s", diff)
			}
			checkSpans(t, string(text), g)
		})
	}
}

// checkGolden compares got with the golden file at path, or rewrites it with -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGolden -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-golden +got):\n%s", path, diff)
	}
}

// checkSpans verifies that every mention and evidence span lies inside the text, on rune
// boundaries, and that evidence text is the text of its sentence.
func checkSpans(t *testing.T, text string, g *Graph) {
	t.Helper()
	ok := func(s Span) bool {
		return 0 <= s.Start && s.Start < s.End && s.End <= len(text) &&
			validRuneStart(text, s.Start) && validRuneStart(text, s.End)
	}
	for a := range g.Actors() {
		for _, m := range a.Mentions {
			if !ok(m.Span) {
				t.Errorf("actor %s: bad mention span %v", a.ID, m.Span)
			}
		}
	}
	for r := range g.Relations(Filter{}) {
		for _, e := range r.Evidence {
			if !ok(e.Span) || !strings.Contains(text, e.Text) || !strings.Contains(e.Text, text[e.Start:e.End]) {
				t.Errorf("relation %s %s %s: bad evidence %+v", r.Source, r.Type, r.Target, e)
			}
		}
	}
}

// TestGraphHoldsNoOtherText checks that a graph kept from one document keeps no later
// document's text alive. Documents share pooled parser state; when they also shared the
// chunks actors were carved from, a kept graph held every text whose actors landed in its
// chunk.
func TestGraphHoldsNoOtherText(t *testing.T) {
	heap := func() uint64 {
		for range 3 { // the pool of parser state lets go of it over two collections
			runtime.GC()
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	ctx := context.Background()
	var p Parser
	const size = 4 << 20
	if _, err := p.Parse(ctx, "Lexicon and pools loaded."); err != nil {
		t.Fatal(err)
	}
	before := heap()
	kept, err := p.Parse(ctx, "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.")
	if err != nil {
		t.Fatal(err)
	}
	func() {
		// Parsed right after the kept graph's document, on the state it left in the pool.
		text := strings.Repeat("Sudanese army chief Abdel Fattah al-Burhan met Egyptian President Abdel Fattah al-Sisi in Cairo. ", size/96)
		if _, err := p.Parse(ctx, text); err != nil {
			t.Fatal(err)
		}
	}()
	if grown := int64(heap()) - int64(before); grown > size/4 {
		t.Errorf("after parsing and dropping a %d MB document the heap is %d KB larger: a kept graph holds its text", size>>20, grown>>10)
	}
	runtime.KeepAlive(kept)
}
