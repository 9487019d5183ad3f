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

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // the output before its last line, "wrote PATH"
	}{
		{"Trump, one step", nil, `Donald Trump and the actors within 1 step(s) (←: the relation runs towards Donald Trump):
  Kim Jong Un              meets-with (actual), meets-with (possible)
  Lee Jae-myung            contacts (actual), meets-with (actual), negotiates-with (actual)
  United States            leader-of (actual)
`},
		{"Lee, two steps", []string{"-actor", "Lee", "-depth", "2"}, `Lee Jae-myung and the actors within 2 step(s) (←: the relation runs towards Lee Jae-myung):
  Donald Trump             meets-with (actual), negotiates-with (actual), ← contacts (actual)
  Japan                    through Shigeru Ishiba
  Kim Jong Un              through Donald Trump
  Kim Yo Jong              through South Korea
  Shigeru Ishiba           meets-with (actual), negotiates-with (actual)
  South Korea              leader-of (actual)
  United States            through Donald Trump
  Wi Sung-lac              ← advisor-to (actual)
`},
	}
	for _, tt := range tests {
		for _, graphviz := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/graphviz=%v", tt.name, graphviz), func(t *testing.T) {
				if !graphviz {
					t.Setenv("PATH", t.TempDir())
				} else if _, err := exec.LookPath("dot"); err != nil {
					t.Skip("no dot on PATH")
				}
				var out bytes.Buffer
				if err := run(context.Background(), tt.args, &out); err != nil {
					t.Fatal(err)
				}
				text, wrote, ok := strings.Cut(out.String(), "wrote ")
				if diff := cmp.Diff(tt.want, text); diff != "" {
					t.Errorf("output (-want +got):\n%s", diff)
				}
				path := strings.TrimSuffix(wrote, "\n")
				if !ok || filepath.Dir(filepath.Dir(path)) != os.TempDir() {
					t.Fatalf("output does not end with the picture in a temporary directory: %q", wrote)
				}
				defer os.RemoveAll(filepath.Dir(path))
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				given := strings.Fields(tt.want)[0] // the centre's given name; SVG escapes hyphens
				if !bytes.Contains(b, []byte(given)) || graphviz != bytes.Contains(b, []byte("<svg")) {
					t.Errorf("%s does not hold the picture: %.200s", path, b)
				}
			})
		}
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-actor", "Nobody"}, &out); err == nil {
		t.Errorf("no error for an unknown actor")
	}
}
