package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"
)

// oneLineError checks the way every failure must look: exit status want, nothing on
// stdout, and on stderr one line that starts "actorgraph: " and contains each of parts,
// with no trace of a panic.
func oneLineError(t *testing.T, code, want int, stdout, stderr string, parts ...string) {
	t.Helper()
	if code != want {
		t.Errorf("exit status %d, want %d; stderr: %q", code, want, stderr)
	}
	if stdout != "" {
		t.Errorf("output despite the error: %q", stdout)
	}
	checkStderrLine(t, stderr, "actorgraph: ", parts...)
}

// oneSkipLine checks the way a run that skipped one input must look: exit status 3, a
// graph on stdout, and on stderr one line that starts "actorgraph: skipped " and
// contains each of parts, with no trace of a panic.
func oneSkipLine(t *testing.T, code int, stdout, stderr string, parts ...string) {
	t.Helper()
	if code != exitSkipped {
		t.Errorf("exit status %d, want %d; stderr: %q", code, exitSkipped, stderr)
	}
	if stdout == "" {
		t.Errorf("no graph written")
	}
	checkStderrLine(t, stderr, "actorgraph: skipped ", parts...)
}

// checkStderrLine checks that stderr is one line that starts with prefix and contains
// each of parts, in valid UTF-8 without control characters and with no trace of a panic.
func checkStderrLine(t *testing.T, stderr, prefix string, parts ...string) {
	t.Helper()
	if !strings.HasPrefix(stderr, prefix) || !strings.HasSuffix(stderr, "\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr = %q, want one line starting %q", stderr, prefix)
	}
	if !utf8.ValidString(stderr) {
		t.Errorf("stderr is not valid UTF-8: %q", stderr)
	}
	for i, r := range strings.TrimSuffix(stderr, "\n") {
		if r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u202e' {
			t.Errorf("stderr holds %U at %d: %q", r, i, stderr)
		}
	}
	for _, bad := range []string{"panic", "goroutine", ".go:"} {
		if strings.Contains(stderr, bad) {
			t.Errorf("stderr holds %q: %q", bad, stderr)
		}
	}
	for _, p := range parts {
		if !strings.Contains(stderr, p) {
			t.Errorf("stderr = %q, want it to say %q", stderr, p)
		}
	}
}

// TestRunUnreadable covers files the command cannot read beyond a missing file and a
// directory (see TestRun): a path through a regular file, a symbolic link loop and a file
// without read permission, each skipped, or the error with -strict; and -o naming a
// directory, an error either way.
func TestRunUnreadable(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte(article1), 0o644); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte(article1), 0o000); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		parts []string
		fatal bool // whether the error ends the run without -strict
	}{
		{"path through a file", []string{filepath.Join(file, "b.txt")}, []string{filepath.Join(file, "b.txt") + ": not a directory"}, false},
		{"symbolic link loop", []string{loop}, []string{loop + ": too many levels of symbolic links"}, false},
		{"no read permission", []string{secret}, []string{secret + ": permission denied"}, false},
		{"-o a directory", []string{"-o", dir, file}, []string{"open " + dir, "is a directory"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "no read permission" {
				if f, err := os.Open(secret); err == nil {
					f.Close()
					t.Skip("running with privileges that read any file")
				}
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if tt.fatal {
				oneLineError(t, code, 1, stdout.String(), stderr.String(), tt.parts...)
				return
			}
			oneSkipLine(t, code, stdout.String(), stderr.String(), tt.parts...)
			stdout.Reset()
			stderr.Reset()
			code = run(context.Background(), append([]string{"-strict"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
			oneLineError(t, code, 1, stdout.String(), stderr.String(), tt.parts...)
		})
	}
}

// TestRunHostileInput runs the command on input it must take in its stride (a file name
// with a line break and quotes, a sentence over the parser's limit, which the parser cuts)
// and on input it must skip, saying why on one line (binary data, which is not text, and
// a missing file with an odd name), or fail on with -strict.
func TestRunHostileInput(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(1, 1))
	binary := make([]byte, 1<<16)
	for i := range binary {
		binary[i] = byte(r.Uint32())
	}
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	bin := write("binary.bin", binary)
	odd := write("odd\n\"name\".txt", []byte(article1))
	long := write("long.txt", []byte("Trump "+strings.Repeat("said ", 20_000)+"hello."))

	formats := []string{"text", "json", "dot"}
	if _, err := exec.LookPath("dot"); err == nil {
		formats = append(formats, "html")
	}
	for _, format := range formats {
		t.Run("an odd file name and a sentence over the limit as "+format, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), []string{"-format", format, odd, long}, strings.NewReader(""), &stdout, &stderr); code != 0 {
				t.Fatalf("exit status %d; stderr: %q", code, stderr.String())
			}
			if format == "json" && !json.Valid(stdout.Bytes()) {
				t.Errorf("invalid JSON:\n%s", stdout.Bytes())
			}
		})
	}
	missing := filepath.Join(dir, "missing\nfile\x1b[31m\u202e\xff.txt")
	for _, tt := range []struct {
		name  string
		file  string
		parts []string
	}{
		{"binary data", bin, []string{bin, "not text"}},
		{"error about an odd file name", missing, []string{"no such file or directory"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{tt.file}, strings.NewReader(""), &stdout, &stderr)
			oneSkipLine(t, code, stdout.String(), stderr.String(), tt.parts...)
			stdout.Reset()
			stderr.Reset()
			code = run(context.Background(), []string{"-strict", tt.file}, strings.NewReader(""), &stdout, &stderr)
			oneLineError(t, code, 1, stdout.String(), stderr.String(), tt.parts...)
		})
	}
}

// TestMainFailures runs the real main in a child process on bad invocations and wants
// one line of error and the documented status from each, never a stack trace.
func TestMainFailures(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte(article1), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  string
		code  int
		parts []string
	}{
		{"unknown flag", "-nope " + file, 2, []string{"flag provided but not defined: -nope"}},
		{"unknown format", "-format yaml " + file, 2, []string{`unknown format "yaml"`}},
		{"directory", dir, exitSkipped, []string{"skipped", "is a directory"}},
		{"missing file", filepath.Join(dir, "missing.txt"), exitSkipped, []string{"skipped", "no such file or directory"}},
		{"directory, strict", "-strict " + dir, 1, []string{"is a directory"}},
		{"missing file, strict", "-strict " + filepath.Join(dir, "missing.txt"), 1, []string{"no such file or directory"}},
		{"path through a file, strict", "-strict " + filepath.Join(file, "x"), 1, []string{"not a directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "ACTORGRAPH_TEST_MAIN=1", "ACTORGRAPH_TEST_ARGS="+tt.args)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			code := 0
			if errors.As(err, &exit) {
				code = exit.ExitCode()
				if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					t.Fatalf("killed by %v", ws.Signal())
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if tt.code == exitSkipped {
				oneSkipLine(t, code, stdout.String(), stderr.String(), tt.parts...)
				return
			}
			oneLineError(t, code, tt.code, stdout.String(), stderr.String(), tt.parts...)
		})
	}
}
