package actorgraph_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeCommand is how the README runs the command; TestREADMECommands runs the built
// binary in its place.
const readmeCommand = "go run ./cmd/actorgraph"

// needsDot matches a command line that draws: Graphviz's dot must be on PATH.
var needsDot = regexp.MustCompile(`\| *dot |-format (svg|png|pdf|html)\b|-o [^ ]+\.(svg|png|pdf|html)\b`)

// shellLines returns the lines of the README's ```sh code blocks.
func shellLines(readme string) []string {
	var lines []string
	in := false
	for line := range strings.Lines(readme) {
		line = strings.TrimRight(line, "\n")
		switch {
		case line == "```sh":
			in = true
		case line == "```":
			in = false
		case in:
			lines = append(lines, line)
		}
	}
	return lines
}

// TestREADMECommands runs every `go run ./cmd/actorgraph ...` line of the README's shell
// blocks with the built command, in a directory where testdata is the repository's, so
// that the README cannot promise what the command does not do. Lines that draw are
// skipped when Graphviz is not installed.
func TestREADMECommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	lines := shellLines(string(b))
	if len(lines) < 2 || lines[0] != "go run ./cmd/actorgraph testdata/korea-summit.txt    # parse a bundled article, print its graph" ||
		!strings.HasPrefix(lines[1], "go test ./...") {
		t.Errorf("the README does not open with the two commands a reader runs first: %q", lines[:min(2, len(lines))])
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	_, dotErr := exec.LookPath("dot")
	bin := filepath.Join(t.TempDir(), "actorgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/actorgraph").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, line := range lines {
		if !strings.HasPrefix(line, readmeCommand+" ") {
			continue
		}
		ran++
		name, _, _ := strings.Cut(line, "#")
		t.Run(strings.TrimSpace(name), func(t *testing.T) {
			if dotErr != nil && needsDot.MatchString(line) {
				t.Skip("needs Graphviz's dot")
			}
			dir := t.TempDir()
			if err := os.Symlink(testdata, filepath.Join(dir, "testdata")); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bash, "-o", "pipefail", "-c", bin+strings.TrimPrefix(line, readmeCommand))
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			written, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) == 0 && len(written) < 2 { // testdata and what the command wrote
				t.Errorf("printed nothing and wrote nothing")
			}
			for _, e := range written {
				if info, err := e.Info(); err == nil && info.Mode().IsRegular() && info.Size() == 0 {
					t.Errorf("wrote an empty %s", e.Name())
				}
			}
		})
	}
	if ran < 5 {
		t.Errorf("ran %d of the README's commands; are they still written %q?", ran, readmeCommand)
	}
}
