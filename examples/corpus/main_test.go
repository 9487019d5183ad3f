package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	for _, graphviz := range []bool{true, false} {
		dir := t.TempDir()
		if !graphviz {
			t.Setenv("PATH", dir)
		} else if _, err := exec.LookPath("dot"); err != nil {
			continue
		}
		var out bytes.Buffer
		if err := run(context.Background(), []string{"-o", filepath.Join(dir, "corpus.svg")}, &out); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"gaza-ceasefire.txt", "sudan-talks.txt", "merged", "In several articles:\n  ", "Most connected:\n"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("output lacks %q:\n%s", want, out.String())
			}
		}
		name := "corpus.svg"
		if !graphviz {
			name = "corpus.dot"
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte("United States")) || graphviz != bytes.Contains(b, []byte("<svg")) {
			t.Errorf("%s does not hold the picture: %.200s", name, b)
		}
	}
}
