package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunLexicon checks -lexicon: the rows of its files join the built-in lexicon, and a
// directory without a lexicon file, or with a bad row, is a usage error.
func TestRunLexicon(t *testing.T) {
	const text = "Recep Tayyip Erdogan receives Volodymyr Zelensky in Ankara.\n"
	const meeting = "recep-tayyip-erdogan —meets-with→ volodymyr-zelensky [actual]"
	mkdir := func(files map[string]string) string {
		dir := t.TempDir()
		for name, data := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	good := mkdir(map[string]string{"triggers.tsv": "receives\tmeets-with\tverb\tevent\t-\t-\tperson\n"})
	empty := mkdir(nil)
	bad := mkdir(map[string]string{"triggers.tsv": "receives\tmeets\n"})
	tests := []struct {
		name        string
		args        []string
		wantMeeting bool
		wantStderr  string // a prefix of the one line wanted; "" means none
		wantCode    int
	}{
		{name: "built-in lexicon", args: nil},
		{name: "user rows", args: []string{"-lexicon", good}, wantMeeting: true},
		{name: "flag after the file", args: []string{"-", "-lexicon=" + good}, wantMeeting: true},
		{name: "empty directory", args: []string{"-lexicon", empty}, wantCode: 2,
			wantStderr: "actorgraph: -lexicon " + empty + ": no lexicon file found: want one or more of countries.tsv, organizations.tsv, "},
		{name: "missing directory", args: []string{"-lexicon", filepath.Join(empty, "missing")}, wantCode: 2,
			wantStderr: "actorgraph: -lexicon " + filepath.Join(empty, "missing") + ": no lexicon file found: "},
		{name: "bad row", args: []string{"-lexicon", bad}, wantCode: 2,
			wantStderr: "actorgraph: -lexicon " + bad + ": triggers.tsv:1: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(text), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr %q", code, tt.wantCode, stderr.String())
			}
			got := stderr.String()
			if tt.wantStderr == "" && got != "" || !strings.HasPrefix(got, tt.wantStderr) || strings.Count(got, "\n") > 1 {
				t.Errorf("stderr = %q, want one line starting %q", got, tt.wantStderr)
			}
			if has := strings.Contains(stdout.String(), meeting); has != tt.wantMeeting {
				t.Errorf("output has %q: %v, want %v; output:\n%s", meeting, has, tt.wantMeeting, stdout.String())
			}
		})
	}
}

// TestBinaryLexicon runs the built command with a lexicon directory of its own.
func TestBinaryLexicon(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "lex"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "lex", "triggers.tsv"), []byte("receives\tmeets-with\tverb\tevent\t-\t-\tperson\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runBinary(t, dir, "Recep Tayyip Erdogan receives Volodymyr Zelensky in Ankara.\n", "-lexicon", "lex")
	if code != 0 || stderr != "" || !strings.Contains(stdout, "—meets-with→") {
		t.Errorf("exit status %d, stderr %q, stdout:\n%s", code, stderr, stdout)
	}
}
