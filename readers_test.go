package actorgraph_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/gziptest"
	"github.com/google/go-cmp/cmp"
)

// readAll ranges over docs and returns "name: text" for each document, and the message
// and Index of each *DocError that Err joins.
func readAll(t *testing.T, docs *actorgraph.Documents) (got, errs []string) {
	t.Helper()
	for name, text := range docs.All() {
		got = append(got, name+": "+text)
	}
	if err := docs.Err(); err != nil {
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var de *actorgraph.DocError
			if !errors.As(e, &de) {
				t.Fatalf("%v is no *DocError", e)
			}
			errs = append(errs, fmt.Sprintf("%d %s", de.Index, de.Error()))
		}
	}
	return got, errs
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a := write("a.txt", "Putin met Trump.")
	gz := write("b.txt.gz", gziptest.Compress(t, "Witkoff met Dmitriev."))
	long := write("long.txt", "0123456789")
	empty := write("empty.txt", "")
	cut := write("cut.txt.gz", gziptest.Compress(t, "Witkoff met Dmitriev.")[:20])
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		name     string
		paths    []string
		maxBytes int
		want     []string
		errs     []string
	}{
		{"none", nil, 0, nil, nil},
		{"files and gzip", []string{a, gz, empty}, 0, []string{a + ": Putin met Trump.", gz + ": Witkoff met Dmitriev.", empty + ": "}, nil},
		{"skips what it cannot read", []string{missing, a, dir, cut}, 0, []string{a + ": Putin met Trump."}, []string{
			fmt.Sprintf(`0 actorgraph: document %q: open %s: no such file or directory`, missing, missing),
			fmt.Sprintf(`2 actorgraph: document %q: read %s: is a directory`, dir, dir),
			fmt.Sprintf(`3 actorgraph: document %q: read %s: unexpected EOF`, cut, cut),
		}},
		{"too long", []string{long, a}, 9, nil, []string{
			fmt.Sprintf(`0 actorgraph: document %q: MaxDocumentBytes exceeded: 10 > 9`, long),
			fmt.Sprintf(`1 actorgraph: document %q: MaxDocumentBytes exceeded: 16 > 9`, a),
		}},
		{"just long enough", []string{long}, 10, []string{long + ": 0123456789"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := actorgraph.Files(tt.paths...)
			docs.MaxBytes = tt.maxBytes
			for range 2 { // a second range reads the files again
				got, errs := readAll(t, docs)
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("documents (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(tt.errs, errs); diff != "" {
					t.Errorf("errors (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestNDJSON(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		maxBytes int
		want     []string
		errs     []string
	}{
		{"empty", "", 0, nil, nil},
		{"documents and blank lines", "{\"doc\": \"a\", \"text\": \"A met B.\"}\n\n  \r\n{\"text\": \"C\", \"doc\": \"c\", \"x\": 1}", 0,
			[]string{"a: A met B.", "c: C"}, nil},
		{"crlf", "{\"doc\": \"a\", \"text\": \"A\"}\r\n{\"doc\": \"b\", \"text\": \"B\"}\r\n", 0, []string{"a: A", "b: B"}, nil},
		{"gzip", gziptest.Compress(t, "{\"doc\": \"a\", \"text\": \"A\"}\n{\"doc\": \"b\", \"text\": \"B\"}\n"), 0, []string{"a: A", "b: B"}, nil},
		{"bad lines", "{\"doc\": \"a\", \"text\": \"A\"}\nnot json\n{\"doc\": \"b\"}\n{\"text\": \"x\"}\n[1]\n{\"doc\": \"c\", \"text\": \"C\"}\n", 0,
			[]string{"a: A", "c: C"}, []string{
				`1 actorgraph: document "line 2": bad JSON: invalid character 'o' in literal null (expecting 'u')`,
				`2 actorgraph: document "line 3": no "text" string`,
				`3 actorgraph: document "line 4": no "doc" string`,
				`4 actorgraph: document "line 5": bad JSON: json: cannot unmarshal array into Go value of type struct { Doc *string "json:\"doc\""; Text *string "json:\"text\""; Date string "json:\"date\"" }`,
			}},
		{"line too long", "{\"doc\": \"a\", \"text\": \"" + strings.Repeat("x", 1<<20) + "\"}\n{\"doc\": \"b\", \"text\": \"B\"}", 1,
			[]string{"b: B"}, []string{`0 actorgraph: document "line 1": line of 1048600 bytes, more than the 1048578 a line may hold`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := actorgraph.NDJSON(strings.NewReader(tt.input))
			docs.MaxBytes = tt.maxBytes
			got, errs := readAll(t, docs)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.errs, errs); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
	// A gzip stream cut short skips the rest, and says so.
	docs := actorgraph.NDJSON(strings.NewReader(gziptest.Compress(t, "{\"doc\": \"a\", \"text\": \"A\"}\n")[:30]))
	if _, errs := readAll(t, docs); len(errs) != 1 || !strings.Contains(errs[0], "the rest of the input is skipped") {
		t.Errorf("errors = %q, want one that skips the rest", errs)
	}
}

// ExampleFiles parses a folder of articles in three lines, with the files that cannot be
// read reported beside the documents that fail to parse.
func ExampleFiles() {
	paths, _ := filepath.Glob("testdata/corpus/dev/*.txt")
	paths = append(paths, "testdata/corpus/dev/missing.txt")
	var p actorgraph.Parser

	docs := actorgraph.Files(paths...)
	g, err := p.ParseAll(context.Background(), docs.All())
	err = errors.Join(err, docs.Err())

	if g == nil {
		log.Fatal(err)
	}
	fmt.Println(g.NumActors() > 100, g.NumRelations() > 100)
	fmt.Println(err)
	// Output:
	// true true
	// actorgraph: document "testdata/corpus/dev/missing.txt": open testdata/corpus/dev/missing.txt: no such file or directory
}

func ExampleNDJSON() {
	feed := `{"doc": "a", "text": "Russian President Vladimir Putin met Donald Trump in Alaska."}
{"doc": "b", "text": "Kremlin spokesman Dmitry Peskov said talks would go on."}
{"text": "a line without a name"}
`
	docs := actorgraph.NDJSON(strings.NewReader(feed))
	var p actorgraph.Parser
	g, err := p.ParseAll(context.Background(), docs.All())
	if err != nil {
		log.Fatal(err)
	}
	for a := range g.Actors(actorgraph.Person) {
		fmt.Println(a)
	}
	fmt.Println(docs.Err())
	// Output:
	// Dmitry Peskov
	// Donald Trump
	// Vladimir Putin
	// actorgraph: document "line 3": no "doc" string
}
