package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// summary is what the example prints about its four bundled articles: the actors the
// stories share, and who links them.
const summary = `caucasus-peace.txt            14 actors,  18 relations
gaza-ceasefire.txt            19 actors,  19 relations
sudan-talks.txt               14 actors,  20 relations
venezuela-sanctions.txt       12 actors,  16 relations
merged                        49 actors,  69 relations
In several articles:
  Donald Trump                 4 articles
  Egypt                        2 articles
  Joe Biden                    2 articles
  United States                4 articles
  White House                  3 articles
Most connected:
  United States                17 actors
  Sudanese Armed Forces        6 actors
  Donald Trump                 5 actors
  Joe Biden                    5 actors
  Ilham Aliyev                 4 actors
9 connected groups; the largest has 39 actors
`

func TestRun(t *testing.T) {
	for _, graphviz := range []bool{true, false} {
		t.Run(fmt.Sprintf("graphviz=%v", graphviz), func(t *testing.T) {
			dir := t.TempDir()
			if !graphviz {
				t.Setenv("PATH", dir)
			} else if _, err := exec.LookPath("dot"); err != nil {
				t.Skip("no dot on PATH")
			}
			var out bytes.Buffer
			if err := run(context.Background(), []string{"-o", filepath.Join(dir, "corpus.svg")}, &out); err != nil {
				t.Fatal(err)
			}
			want := filepath.Join(dir, "corpus.svg")
			if !graphviz {
				want = filepath.Join(dir, "corpus.dot")
			}
			if diff := cmp.Diff(summary+"wrote "+want+"\n", out.String()); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
			b, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(b, []byte("United States")) || graphviz != bytes.Contains(b, []byte("<svg")) {
				t.Errorf("%s does not hold the picture: %.200s", want, b)
			}
		})
	}
}

func TestRunFiles(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news.txt")
	if err := os.WriteFile(news, []byte("Russian President Vladimir Putin met Donald Trump in Alaska.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir) // no Graphviz: the DOT source
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-o", filepath.Join(dir, "x.svg"), news}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), news) || !strings.HasSuffix(out.String(), "wrote "+filepath.Join(dir, "x.dot")+"\n") {
		t.Errorf("output:\n%s", out.String())
	}
}
