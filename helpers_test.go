package actorgraph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// parseText parses text with the zero Parser or fails the test.
func parseText(t *testing.T, text string) *Graph {
	t.Helper()
	g, err := Parse(context.Background(), text)
	if err != nil {
		t.Fatalf("Parse(%q): %v", text, err)
	}
	return g
}

// parseStated parses text with Parser.Stated, only what the text states, or fails the test.
func parseStated(t *testing.T, text string) *Graph {
	t.Helper()
	g, err := (&Parser{Stated: true}).Parse(context.Background(), text)
	if err != nil {
		t.Fatalf("Parse(%q): %v", text, err)
	}
	return g
}

// parseExtended parses text with DefaultLexicon extended by one file of rows, or fails
// the test.
func parseExtended(t *testing.T, file, rows, text string) *Graph {
	t.Helper()
	ext, err := DefaultLexicon().Extend(fstest.MapFS{file: {Data: []byte(rows)}})
	if err != nil {
		t.Fatal(err)
	}
	g, err := (&Parser{Lexicon: ext}).Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// relationSet lists a graph's relations as "source type target (modality)" strings,
// sorted, for table tests.
func relationSet(g *Graph) []string {
	var out []string
	for r := range g.Relations(Filter{}) {
		out = append(out, fmt.Sprintf("%s %s %s (%s)", r.Source, r.Type, r.Target, r.Modality))
	}
	return out
}

// roleSet lists a graph's roles as "actor: title of principal" strings, sorted.
func roleSet(g *Graph) []string {
	var out []string
	for a := range g.Actors() {
		for _, r := range a.Roles {
			out = append(out, fmt.Sprintf("%s: %s of %s", a.ID, r.Title, r.Of))
		}
	}
	return out
}

// actorSet lists a graph's actors as "id (kind)" strings, sorted.
func actorSet(g *Graph) []string {
	var out []string
	for a := range g.Actors() {
		out = append(out, fmt.Sprintf("%s (%s)", a.ID, a.Kind))
	}
	return out
}

// containsAll reports the wanted items missing from got.
func missing(got, want []string) []string {
	var out []string
	for _, w := range want {
		if !slices.Contains(got, w) {
			out = append(out, w)
		}
	}
	return out
}

// checkSubset fails the test when want items are not all in got, printing got.
func checkSubset(t *testing.T, what string, got, want []string) {
	t.Helper()
	if m := missing(got, want); len(m) > 0 {
		t.Errorf("%s: missing %q\ngot:\n  %s", what, m, strings.Join(got, "\n  "))
	}
}

// checkNone fails the test when any of the unwanted items is in got.
func checkNone(t *testing.T, what string, got, unwanted []string) {
	t.Helper()
	for _, u := range unwanted {
		if slices.Contains(got, u) {
			t.Errorf("%s: unexpected %q", what, u)
		}
	}
}

// corpusDoc is a document of a test corpus.
type corpusDoc struct{ name, text string }

// corpusDocs returns the bundled and dev corpus articles, each copies times under
// distinct names, so that the same actors and relations recur across documents.
func corpusDocs(t testing.TB, copies int) []corpusDoc {
	t.Helper()
	var docs []corpusDoc
	for c := range copies {
		for _, pattern := range []string{"testdata/*.txt", "testdata/corpus/dev/*.txt"} {
			paths, err := filepath.Glob(pattern)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range paths {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, corpusDoc{fmt.Sprintf("%s#%d", filepath.Base(p), c), string(b)})
			}
		}
	}
	if len(docs) == 0 {
		t.Fatal("no articles")
	}
	return docs
}

// validRuneStart reports whether offset i of s starts a rune (or is the end of s).
func validRuneStart(s string, i int) bool {
	return i == len(s) || i < len(s) && utf8.RuneStart(s[i])
}
