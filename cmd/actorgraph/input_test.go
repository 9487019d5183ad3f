package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/gziptest"
	"github.com/google/go-cmp/cmp"
)

// writeFile writes data to the file name in dir and returns its path.
func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestRunSkipsBadDocument runs the command on 50 good articles and one bad one: the
// graph of the 50 is written, the bad one is reported on one line, and the status is 3;
// with -strict the bad one is the error, with status 1 and no graph.
func TestRunSkipsBadDocument(t *testing.T) {
	dir := t.TempDir()
	var files []string
	var good [][2]string
	for i := range 50 {
		text := []string{article1, article2}[i%2]
		path := writeFile(t, dir, fmt.Sprintf("a%02d.txt", i), text)
		files = append(files, path)
		good = append(good, [2]string{path, text})
		if i == 24 {
			files = append(files, writeFile(t, dir, "bad.txt", "%PDF-1.7\n"+strings.Repeat("word ", 20_000)))
		}
	}
	bad := filepath.Join(dir, "bad.txt")
	const why = ": not text (PDF document)\n"
	tests := []struct {
		name       string
		strict     bool
		wantCode   int
		wantStderr string
		wantStdout func(t *testing.T) string
	}{
		{"skipping", false, exitSkipped, "actorgraph: skipped " + bad + why, func(t *testing.T) string { return expectJSON(t, good...) }},
		{"strict", true, 1, "actorgraph: " + bad + why, func(*testing.T) string { return "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"-format", "json"}
			if tt.strict {
				args = append(args, "-strict")
			}
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), append(args, files...), strings.NewReader(""), &stdout, &stderr); code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.wantStderr, stderr.String()); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantStdout(t), stdout.String()); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRunGzip checks that files and standard input that start with the gzip magic bytes
// are decompressed, as text and as NDJSON, that a document over the limit once
// decompressed is skipped with its decompressed size, and that a stream cut short costs
// only what it lost.
func TestRunGzip(t *testing.T) {
	dir := t.TempDir()
	textGz := writeFile(t, dir, "a.txt.gz", gziptest.Compress(t, article1))
	lines := ndjsonLine(t, "wire/1", article1) + ndjsonLine(t, "wire/2", article2)
	linesGz := gziptest.Compress(t, lines)
	ndjsonGz := writeFile(t, dir, "news.ndjson.gz", linesGz)
	big := strings.Repeat("Putin met Trump. ", 100) // 1700 bytes
	bigGz := writeFile(t, dir, "big.txt.gz", gziptest.Compress(t, big))
	// A stream cut short in its third line: the first two are read, the rest skipped.
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(lines))
	zw.Flush() // the two lines can be decompressed from what is written so far
	whole := buf.Len()
	zw.Write([]byte(ndjsonLine(t, "wire/3", big)))
	zw.Close()
	cutGz := buf.String()[:whole+5]

	tests := []struct {
		name       string
		args       []string
		stdin      string
		want       [][2]string // the documents whose merged graph is wanted
		wantStderr string
	}{
		{"text file", []string{textGz}, "", [][2]string{{textGz, article1}}, ""},
		{"text on stdin", nil, gziptest.Compress(t, article2), [][2]string{{"stdin", article2}}, ""},
		{"NDJSON file", []string{"-ndjson", ndjsonGz}, "", [][2]string{{"wire/1", article1}, {"wire/2", article2}}, ""},
		{"NDJSON on stdin", []string{"-ndjson"}, linesGz, [][2]string{{"wire/1", article1}, {"wire/2", article2}}, ""},
		{"over the limit decompressed", []string{"-max-document-bytes", "1000", textGz, bigGz}, "", [][2]string{{textGz, article1}},
			"actorgraph: skipped " + bigGz + ": MaxDocumentBytes exceeded: 1700 > 1000 (see -max-document-bytes)\n"},
		{"NDJSON cut short", []string{"-ndjson"}, cutGz, [][2]string{{"wire/1", article1}, {"wire/2", article2}},
			"actorgraph: skipped stdin:3: unexpected EOF (the rest of the input is skipped)\n"},
		{"text cut short", []string{textGz, "-"}, gziptest.Compress(t, article2)[:40], [][2]string{{textGz, article1}},
			"actorgraph: skipped stdin: unexpected EOF\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout := runWant(t, append([]string{"-format", "json"}, tt.args...), tt.stdin, tt.wantStderr)
			if diff := cmp.Diff(expectJSON(t, tt.want...), stdout); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRunDocumentOverLimit checks that a document over -max-document-bytes is skipped
// with its real size, whether the size is known from the file or counted as the rest is
// discarded, and that the other limit flags reach the parser, which cuts a sentence over
// -max-sentence-bytes and leaves out the actors past -max-actors: the command warns and
// writes the rest of the document's graph, with status 0.
func TestRunDocumentOverLimit(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("Putin met Trump. ", 100) // 1700 bytes
	bigFile := writeFile(t, dir, "big.txt", big)
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantStderr string
	}{
		{"regular file", []string{"-max-document-bytes", "1000", bigFile}, "",
			"actorgraph: skipped " + bigFile + ": MaxDocumentBytes exceeded: 1700 > 1000 (see -max-document-bytes)\n"},
		{"stdin", []string{"-max-document-bytes", "1000"}, big,
			"actorgraph: skipped stdin: MaxDocumentBytes exceeded: 1700 > 1000 (see -max-document-bytes)\n"},
		{"stdin one byte over", []string{"-max-document-bytes", "1699"}, big,
			"actorgraph: skipped stdin: MaxDocumentBytes exceeded: 1700 > 1699 (see -max-document-bytes)\n"},
		{"stdin at the limit", []string{"-max-document-bytes", "1700"}, big, ""},
		{"-max-sentence-bytes", []string{"-max-sentence-bytes", "50"}, article1,
			`actorgraph: warning: document "stdin": sentence at byte 0 (102 bytes) split: MaxSentenceBytes is 50 (see -max-sentence-bytes)` + "\n" +
				`actorgraph: warning: document "stdin": sentence at byte 103 (60 bytes) split: MaxSentenceBytes is 50 (see -max-sentence-bytes)` + "\n"},
		{"-max-actors", []string{"-max-actors", "2"}, article1,
			`actorgraph: warning: document "stdin": actors first named at byte 57 or later (of 6 actors) left out: MaxActors is 2 (see -max-actors)` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runWant(t, tt.args, tt.stdin, tt.wantStderr)
		})
	}
}

// runWant runs the command with args on stdin and checks that it writes wantStderr and
// exits with status 3 when that reports skipped input, else 0. It returns the output.
func runWant(t *testing.T, args []string, stdin, wantStderr string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr)
	wantCode := 0
	if strings.Contains(wantStderr, "actorgraph: skipped ") {
		wantCode = exitSkipped
	}
	if code != wantCode {
		t.Errorf("exit status %d, want %d", code, wantCode)
	}
	if diff := cmp.Diff(wantStderr, stderr.String()); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
	return stdout.String()
}

// TestRunLimitFlags checks the usage errors of the limit flags.
func TestRunLimitFlags(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-max-document-bytes", "0"}, "-max-document-bytes 0: want 1 or more"},
		{[]string{"-max-document-bytes", "3000000000"}, "-max-document-bytes 3000000000: want at most 2147483647"},
		{[]string{"-max-sentence-bytes", "-5"}, "-max-sentence-bytes -5: want 1 or more"},
		{[]string{"-max-actors", "0"}, "-max-actors 0: want 1 or more"},
		{[]string{"-max-mentions", "-1"}, "-max-mentions -1: want 0 or more"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), tt.args, strings.NewReader(article1), &stdout, &stderr); code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			if got, want := stderr.String(), "actorgraph: "+tt.want+" (see actorgraph -h)\n"; got != want {
				t.Errorf("stderr = %q, want %q", got, want)
			}
		})
	}
}

// TestRunDefaultCaps checks the caps the command applies by default, and that 0 lifts
// them: 101 documents state the same meeting, and one document names Trump 1001 times.
func TestRunDefaultCaps(t *testing.T) {
	var meetings strings.Builder
	for i := range defaultMaxEvidence + 1 {
		meetings.WriteString(ndjsonLine(t, fmt.Sprintf("wire/%03d", i), "Donald Trump met Vladimir Putin in Budapest on Monday."))
	}
	trump := ndjsonLine(t, "trump", strings.Repeat("Donald Trump spoke. ", defaultMaxMentions+1))
	tests := []struct {
		name         string
		args         []string
		stdin        string
		wantEvidence int // of the relation of Trump and Putin
		wantMentions int // of Trump
	}{
		{"evidence capped", nil, meetings.String(), defaultMaxEvidence, defaultMaxEvidence + 1},
		{"evidence kept", []string{"-max-evidence", "0"}, meetings.String(), defaultMaxEvidence + 1, defaultMaxEvidence + 1},
		{"mentions capped", nil, trump, 0, defaultMaxMentions},
		{"mentions kept", []string{"-max-mentions", "0"}, trump, 0, defaultMaxMentions + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"-ndjson", "-format", "json"}, tt.args...)
			if code := run(context.Background(), args, strings.NewReader(tt.stdin), &stdout, &stderr); code != 0 {
				t.Fatalf("exit status %d; stderr: %s", code, stderr.String())
			}
			var g struct {
				Actors []struct {
					ID       string
					Mentions []json.RawMessage
				}
				Relations []struct {
					Evidence []json.RawMessage
				}
			}
			if err := json.Unmarshal(stdout.Bytes(), &g); err != nil {
				t.Fatal(err)
			}
			evidence, mentions := 0, 0
			for _, r := range g.Relations {
				evidence = max(evidence, len(r.Evidence))
			}
			for _, a := range g.Actors {
				if a.ID == "donald-trump" {
					mentions = len(a.Mentions)
				}
			}
			if evidence != tt.wantEvidence || mentions != tt.wantMentions {
				t.Errorf("%d evidence, %d mentions of Trump; want %d, %d", evidence, mentions, tt.wantEvidence, tt.wantMentions)
			}
		})
	}
}

// TestHelpShowsDefaults checks that -h gives the exit statuses and the defaults of the
// caps and limits.
func TestHelpShowsDefaults(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-h"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	for _, want := range []string{
		"0 success, 1 a fatal error, 2 bad usage, 3 some input skipped",
		"(default 100)\n", "(default 1000)\n", "(default 67108864)\n", "(default 65536)\n", "(default 100000)\n",
		"-strict", "-q",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("-h does not say %q:\n%s", want, stdout.String())
		}
	}
}
