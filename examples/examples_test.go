// Package examples_test builds every example program and runs it as a user would.
package examples_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestExamplesRun builds each example with the go command, as go run does, and runs it
// with no arguments in an empty directory. Each must succeed, print something and leave
// the directory empty: a picture goes to a temporary directory of its own, or to stdout.
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
			prog := filepath.Join(t.TempDir(), e.Name())
			build := exec.Command(gobin, "build", "-o", prog, "./"+e.Name())
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go build ./examples/%s: %v\n%s", e.Name(), err, out)
			}
			cwd := t.TempDir()
			cmd := exec.Command(prog)
			cmd.Dir = cwd
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("examples/%s: %v\n%s", e.Name(), err, out)
			}
			if len(out) == 0 {
				t.Errorf("examples/%s printed nothing", e.Name())
			}
			if left, err := os.ReadDir(cwd); err != nil || len(left) > 0 {
				t.Errorf("examples/%s wrote into the working directory: %v %v", e.Name(), left, err)
			}
		})
	}
}
