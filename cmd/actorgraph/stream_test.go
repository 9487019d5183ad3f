package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/google/go-cmp/cmp"
)

// ndjsonLine returns the NDJSON line of one document.
func ndjsonLine(t *testing.T, doc, text string) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"doc": doc, "text": text})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

func TestRunNDJSON(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "more.ndjson")
	if err := os.WriteFile(file, []byte(ndjsonLine(t, "wire/2", article2)), 0o644); err != nil {
		t.Fatal(err)
	}
	stdin := "\n" + ndjsonLine(t, "wire/1", article1) + "  \r\n" +
		`{"doc": "wire/3", "text": "The Pentagon said on Tuesday it had no comment.", "url": "https://example.com"}` // no final newline

	tests := []struct {
		name string
		args []string
		want [][2]string // the documents whose merged graph is wanted
	}{
		{"stdin", []string{"-ndjson", "-format", "json"},
			[][2]string{{"wire/1", article1}, {"wire/3", "The Pentagon said on Tuesday it had no comment."}}},
		{"stdin and a file", []string{"-ndjson", "-format", "json", "-", file},
			[][2]string{{"wire/1", article1}, {"wire/3", "The Pentagon said on Tuesday it had no comment."}, {"wire/2", article2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), tt.args, strings.NewReader(stdin), &stdout, &stderr); code != 0 {
				t.Fatalf("exit status %d; stderr: %s", code, stderr.String())
			}
			if diff := cmp.Diff(expectJSON(t, tt.want...), stdout.String()); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRunNDJSONSkips checks that each kind of bad line is skipped, reported on one line
// with its input and line number, and costs only itself: the graph of the other lines is
// written and the exit status is 3. With -strict the same line is the error, with status
// 1 and no graph.
func TestRunNDJSONSkips(t *testing.T) {
	good1, good2 := ndjsonLine(t, "wire/1", article1), ndjsonLine(t, "wire/2", article2)
	dir := t.TempDir()
	file := filepath.Join(dir, "bad.ndjson")
	if err := os.WriteFile(file, []byte(good1+"{\"doc\": 1, \"text\": \"x\"}\n"+good2), 0o644); err != nil {
		t.Fatal(err)
	}
	// With -max-document-bytes 1000 a line may hold 2*1000 bytes and 1 MiB.
	const maxLine = 2*1000 + 1<<20
	longLine := `{"doc": "long", "text": "` + strings.Repeat("Putin ", maxLine/6) + `"}` + "\n"
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string // the report, after "actorgraph: skipped " or, with -strict, "actorgraph: "
	}{
		{"not JSON", nil, good1 + "\n" + "hello\n" + good2,
			"stdin:3: bad JSON: invalid character 'h' looking for beginning of value"},
		{"cut short", nil, good1 + good2 + `{"doc": "a", "text": "Putin`,
			"stdin:3: bad JSON: unexpected end of JSON input"},
		{"no doc", nil, good1 + `{"text": "Putin met Trump."}` + "\n" + good2,
			`stdin:2: no "doc" string`},
		{"no text", nil, good1 + `{"doc": "a"}` + "\n" + good2,
			`stdin:2: no "text" string`},
		{"null text", nil, good1 + `{"doc": "a", "text": null}` + "\n" + good2,
			`stdin:2: no "text" string`},
		{"text a number", nil, good1 + `{"doc": "a", "text": 12}` + "\n" + good2,
			`stdin:2: bad JSON: "text" is a JSON number, want a string`},
		{"not an object", nil, good1 + good2 + `["a", "b"]` + "\n",
			"stdin:3: bad JSON: a JSON array, want an object"},
		{"doc a number, in a file", []string{file}, "",
			file + `:2: bad JSON: "doc" is a JSON number, want a string`},
		{"line over the max", []string{"-max-document-bytes", "1000"}, good1 + longLine + good2,
			fmt.Sprintf("stdin:2: line of %d bytes, more than the %d a line may hold (see -max-document-bytes)", len(longLine)-1, maxLine)},
		{"text over the document limit", []string{"-max-document-bytes", "1000"}, good1 + ndjsonLine(t, "big", strings.Repeat("Putin met Trump. ", 100)) + good2,
			`stdin:2 (document "big"): MaxDocumentBytes exceeded: 1700 > 1000 (see -max-document-bytes)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"-ndjson", "-format", "json"}, tt.args...)
			code := run(context.Background(), args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != exitSkipped {
				t.Errorf("exit status %d, want %d", code, exitSkipped)
			}
			if diff := cmp.Diff("actorgraph: skipped "+tt.want+"\n", stderr.String()); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
			want := expectJSON(t, [2]string{"wire/1", article1}, [2]string{"wire/2", article2})
			if diff := cmp.Diff(want, stdout.String()); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}

			stdout.Reset()
			stderr.Reset()
			code = run(context.Background(), append([]string{"-strict"}, args...), strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != 1 {
				t.Errorf("-strict: exit status %d, want 1", code)
			}
			if diff := cmp.Diff("actorgraph: "+tt.want+"\n", stderr.String()); diff != "" {
				t.Errorf("-strict: stderr mismatch (-want +got):\n%s", diff)
			}
			if stdout.Len() != 0 {
				t.Errorf("-strict: output despite the error:\n%s", stdout.String())
			}
		})
	}
}

func TestRunMaxEvidence(t *testing.T) {
	// The same article under three names: every relation has three pieces of evidence
	// and every actor three mentions or more.
	var stdin strings.Builder
	var docs [][2]string
	for _, name := range []string{"c", "a", "b"} {
		stdin.WriteString(ndjsonLine(t, name, article1))
		docs = append(docs, [2]string{name, article1})
	}
	var stdout, stderr bytes.Buffer
	args := []string{"-ndjson", "-format", "json", "-max-evidence", "2", "-max-mentions", "1"}
	if code := run(context.Background(), args, strings.NewReader(stdin.String()), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d; stderr: %s", code, stderr.String())
	}
	full, err := actorgraph.ReadJSON(strings.NewReader(expectJSON(t, docs...)))
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := full.CapEvidence(2, 1).WriteJSON(&want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), stdout.String()); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
	if !strings.Contains(stdout.String(), `"doc": "a"`) || strings.Contains(stdout.String(), `"doc": "c"`) {
		t.Errorf("the caps did not keep the first documents by name:\n%s", stdout.String())
	}

	stderr.Reset()
	if code := run(context.Background(), []string{"-max-evidence", "-1"}, strings.NewReader(""), &stdout, &stderr); code != 2 {
		t.Errorf("-max-evidence -1: exit status %d, want 2", code)
	}
	if got, want := stderr.String(), "actorgraph: -max-evidence -1: want 0 or more (see actorgraph -h)\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
}

// TestRunFirstErrorInInputOrder checks that of two failing inputs -strict reports the
// first, on one line, although the second (a bad line) is found sooner; and that without
// -strict both are reported, the line as soon as it is read and the document once all
// are parsed.
func TestRunFirstErrorInInputOrder(t *testing.T) {
	huge := "%PDF-1.7\n" + strings.Repeat("word ", 1000) // not text
	_, err := (&actorgraph.Parser{}).ParseDoc(context.Background(), "first\nline", huge)
	var nt *actorgraph.NotTextError
	if !errors.As(err, &nt) {
		t.Fatalf("the PDF parsed: %v", err)
	}
	failure := fmt.Sprintf(`stdin:1 (document "first\nline"): not text (%s)`, nt.What)
	stdin := ndjsonLine(t, "first\nline", huge) + ndjsonLine(t, "ok", article1) + "bad line\n"
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"strict", []string{"-strict"}, 1, "actorgraph: " + failure + "\n"},
		{"skipping", nil, exitSkipped, "actorgraph: skipped stdin:3: bad JSON: invalid character 'b' looking for beginning of value\n" +
			"actorgraph: skipped " + failure + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), append([]string{"-ndjson"}, tt.args...), strings.NewReader(stdin), &stdout, &stderr); code != tt.wantCode {
				t.Errorf("exit status %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.wantStderr, stderr.String()); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRunNDJSONDate checks that an NDJSON line's "date" picks the office holders of its
// day, over -date, and that a line whose "date" is no date is skipped and reported.
func TestRunNDJSONDate(t *testing.T) {
	lex := t.TempDir()
	rows := "Ilse Vantreck\t-\tpresident\taustria\t2004\t2008\nTomas Vantreck\t-\tpresident\tslovakia\t2009\t2012\n"
	if err := os.WriteFile(filepath.Join(lex, "officeholders.tsv"), []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "President Vantreck spoke to the nation."
	in := `{"doc": "a", "text": "` + text + `", "date": "2006-03-01"}` + "\n" +
		`{"doc": "b", "text": "` + text + `", "date": "2011-03-01T09:30:00Z"}` + "\n" +
		`{"doc": "c", "text": "` + text + `"}` + "\n" +
		`{"doc": "d", "text": "` + text + `", "date": "March 2011"}` + "\n"
	var stdout, stderr bytes.Buffer
	args := []string{"-ndjson", "-lexicon", lex, "-date", "2006-01-01", "-format", "text"}
	if code := run(context.Background(), args, strings.NewReader(in), &stdout, &stderr); code != 3 {
		t.Fatalf("exit status %d, want 3; stderr: %s", code, stderr.String())
	}
	if want := `stdin:4: "date" "March 2011": want YYYY-MM-DD`; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr does not report %q:\n%s", want, stderr.String())
	}
	// Two holders of one surname: by its own date, a is Austria's president and b
	// Slovakia's (-date would have made both Austria's).
	for _, want := range []string{"president of austria (inferred: office-holder)", "president of slovakia (inferred: office-holder)"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout.String())
		}
	}
}
