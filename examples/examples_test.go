// Package examples_test builds every example program and runs it as a user would.
package examples_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestExamplesRun builds each example with the go command, as go run does, and runs it
// with no arguments in a temporary directory, so that the pictures it writes stay out of
// the tree. Each must succeed and print something.
func TestExamplesRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs every example")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "internal" {
			continue // internal holds code the examples share, not an example
		}
		t.Run(e.Name(), func(t *testing.T) {
			tmp := t.TempDir()
			prog := filepath.Join(tmp, e.Name())
			build := exec.Command(gobin, "build", "-o", prog, "./"+e.Name())
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go build ./examples/%s: %v\n%s", e.Name(), err, out)
			}
			cmd := exec.Command(prog)
			cmd.Dir = tmp
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("examples/%s: %v\n%s", e.Name(), err, out)
			}
			if len(out) == 0 {
				t.Errorf("examples/%s printed nothing", e.Name())
			}
		})
	}
}
