package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		operands []string
		format   string
		out      string
		quiet    bool
		err      string
	}{
		{name: "flags first", args: []string{"-format", "json", "a.txt"}, operands: []string{"a.txt"}, format: "json"},
		{name: "flags after files", args: []string{"a.txt", "-format", "json", "b.txt"}, operands: []string{"a.txt", "b.txt"}, format: "json"},
		{name: "flags last", args: []string{"a.txt", "b.txt", "-q", "--format=dot"}, operands: []string{"a.txt", "b.txt"}, format: "dot", quiet: true},
		{name: "stdin operand", args: []string{"-", "-o", "-"}, operands: []string{"-"}, out: "-"},
		{name: "value that looks like a flag", args: []string{"-o", "-format", "a.txt"}, operands: []string{"a.txt"}, out: "-format"},
		{name: "value --", args: []string{"-o", "--", "-q"}, operands: nil, out: "--", quiet: true},
		{name: "-- ends flags", args: []string{"-q", "--", "-format", "json", "--"}, operands: []string{"-format", "json", "--"}, quiet: true},
		{name: "bool flag takes no value", args: []string{"-q", "a.txt"}, operands: []string{"a.txt"}, quiet: true},
		{name: "missing value", args: []string{"a.txt", "-format"}, err: "flag needs an argument: -format"},
		{name: "unknown flag", args: []string{"a.txt", "-x"}, err: "flag provided but not defined: -x"},
		{name: "help", args: []string{"a.txt", "-h"}, err: flag.ErrHelp.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			format := fs.String("format", "text", "")
			out := fs.String("o", "", "")
			quiet := fs.Bool("q", false, "")
			operands, err := parseArgs(fs, tt.args)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("parseArgs(%q) error = %v, want %s", tt.args, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.operands, operands); diff != "" {
				t.Errorf("operands (-want +got):\n%s", diff)
			}
			want := tt.format
			if want == "" {
				want = "text"
			}
			if *format != want || *out != tt.out || *quiet != tt.quiet {
				t.Errorf("-format %q -o %q -q %v, want %q %q %v", *format, *out, *quiet, want, tt.out, tt.quiet)
			}
		})
	}
}

// builtBinary builds the command once for the tests that run it as a user would, and
// returns its path. It skips the test with -short.
func builtBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	build.Do(func() {
		dir, err := os.MkdirTemp("", "actorgraph-test")
		if err != nil {
			build.err = err
			return
		}
		build.dir = dir
		build.path = filepath.Join(dir, "actorgraph")
		out, err := exec.Command("go", "build", "-o", build.path, ".").CombinedOutput()
		if err != nil {
			build.err = errors.New(string(out))
		}
	})
	if build.err != nil {
		t.Fatalf("go build: %v", build.err)
	}
	return build.path
}

// build holds the command builtBinary built; TestMain removes its directory.
var build struct {
	sync.Once
	dir, path string
	err       error
}

// runBinary runs the built command in dir with args and stdin, and returns its
// standard output, standard error and exit status.
func runBinary(t *testing.T, dir string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.CommandContext(context.Background(), builtBinary(t), args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

// runBinaryOK runs the built command as runBinary does and returns its standard output,
// failing the test unless it exits 0 with nothing on standard error.
func runBinaryOK(t *testing.T, dir string, args ...string) string {
	t.Helper()
	stdout, stderr, code := runBinary(t, dir, "", args...)
	if code != 0 || stderr != "" {
		t.Fatalf("%q: exit status %d, stderr %q", args, code, stderr)
	}
	return stdout
}

// TestBinaryFlagsAnywhere runs the built command with flags after the files, and with a
// file named like a flag after --.
func TestBinaryFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": article1, "-format": article2} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		args []string
		docs [][2]string
	}{
		{"flags after files", []string{"a.txt", "-format", "json"}, [][2]string{{"a.txt", article1}}},
		{"file named -format after --", []string{"-format", "json", "a.txt", "--", "-format"}, [][2]string{{"a.txt", article1}, {"-format", article2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runBinary(t, dir, "", tt.args...)
			if code != 0 || stderr != "" {
				t.Fatalf("exit status %d, stderr %q", code, stderr)
			}
			if diff := cmp.Diff(expectJSON(t, tt.docs...), stdout); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
		})
	}
}
