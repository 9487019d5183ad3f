package actorgraphbeam

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/beam/internal/beamtest"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func TestMain(m *testing.M) {
	ptest.Main(m) // parses the flags, -runner among them (prism by default), and inits Beam
}

// articleGlobs match every article bundled with the repository: the README's, the
// examples' and the annotated corpus.
var articleGlobs = []string{
	"../../testdata/*.txt",
	"../../examples/*/*.txt",
	"../../examples/*/articles/*.txt",
	"../../testdata/corpus/*/*.txt",
}

// articles returns the paths articleGlobs match, as Read names them.
func articles(t *testing.T) []string {
	t.Helper()
	var paths []string
	for _, g := range articleGlobs {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) < 80 {
		t.Fatalf("found %d articles, want the 85 or so bundled ones", len(paths))
	}
	return paths
}

// caps are the cap settings the tests compare: none, the command's defaults, and caps
// low enough that the bundled articles reach them.
var caps = []struct {
	name                     string
	maxEvidence, maxMentions int
}{
	{"nocaps", 0, 0},
	{"defaultcaps", DefaultMaxEvidence, DefaultMaxMentions},
	{"lowcaps", 2, 3},
}

// TestGraphMatchesParseAll runs the pipeline on Prism over every bundled article and
// checks that its graph is byte for byte, in JSON and GraphML, the one the library path
// of the command (Parser.ParseAll) makes of them, with and without caps.
func TestGraphMatchesParseAll(t *testing.T) {
	paths := articles(t)
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	docs, unread := Read(s, articleGlobs, ReadOptions{})
	WriteSkipped(s, unread, filepath.Join(dir, "unread.txt"))
	for _, c := range caps {
		graph, skipped := Graph(s, docs, Options{MaxEvidence: c.maxEvidence, MaxMentions: c.maxMentions})
		WriteGraph(s, graph, filepath.Join(dir, c.name+".json"))
		WriteGraph(s, graph, filepath.Join(dir, c.name+".graphml"))
		WriteSkipped(s, skipped, filepath.Join(dir, c.name+".skipped.txt"))
	}
	run(t, p)

	for _, c := range caps {
		parser := actorgraph.Parser{MaxEvidence: c.maxEvidence, MaxMentions: c.maxMentions}
		want := beamtest.ParseAll(t, parser, paths)
		checkFile(t, filepath.Join(dir, c.name+".json"), want.WriteJSON)
		checkFile(t, filepath.Join(dir, c.name+".graphml"), want.WriteGraphML)
		checkFile(t, filepath.Join(dir, c.name+".skipped.txt"), nil)
	}
	checkFile(t, filepath.Join(dir, "unread.txt"), nil)
}

// TestGraphMatchesCommand checks the pipeline's graph against the actorgraph command's
// own JSON output on the same files, with its default caps and with none.
func TestGraphMatchesCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the actorgraph command")
	}
	paths := articles(t)
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	docs, _ := Read(s, articleGlobs, ReadOptions{})
	for _, c := range caps {
		graph, _ := Graph(s, docs, Options{MaxEvidence: c.maxEvidence, MaxMentions: c.maxMentions})
		WriteGraph(s, graph, filepath.Join(dir, c.name+".json"))
	}
	run(t, p)
	for _, c := range caps {
		args := []string{"run", "github.com/actorgraph/actorgraph/cmd/actorgraph", "-q", "-format", "json",
			"-max-evidence", strconv.Itoa(c.maxEvidence), "-max-mentions", strconv.Itoa(c.maxMentions)}
		cmd := exec.Command("go", append(args, paths...)...)
		cmd.Stderr = os.Stderr
		want, err := cmd.Output()
		if err != nil {
			t.Fatalf("go %s: %v", strings.Join(args, " "), err)
		}
		checkFile(t, filepath.Join(dir, c.name+".json"), func(w io.Writer) error {
			_, err := w.Write(want)
			return err
		})
	}
}

// TestSkipped checks that the documents the parser rejects, the files that cannot be
// read and the NDJSON lines that hold no document land in the skipped outputs, and that
// the other documents merge into the graph ParseAll makes of them alone.
func TestSkipped(t *testing.T) {
	dir := t.TempDir()
	good := articles(t)[:4]
	var ndjson bytes.Buffer
	for i, path := range good {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		line, _ := json.Marshal(map[string]string{"doc": path, "text": string(text), "date": "2025-0" + string(rune('1'+i)) + "-15"})
		ndjson.Write(line)
		ndjson.WriteString("\n")
		if i == 1 {
			ndjson.WriteString(`{"doc": "no-text"}` + "\n")                                                        // holds no document: skipped by Read
			ndjson.WriteString(`{"doc": "controls", "text": "` + strings.Repeat(`\u0001\u0002`, 50) + `"}` + "\n") // not text: skipped by Graph
			ndjson.WriteString(`{"doc": "bad-date", "text": "Putin met Trump.", "date": "15/01/2025"}` + "\n")     // skipped by Read
		}
	}
	mustWrite(t, filepath.Join(dir, "in", "docs.ndjson"), ndjson.Bytes())
	mustWrite(t, filepath.Join(dir, "bin", "binary.txt"), []byte("\x1f\x8b\x08\x00garbage"))

	p, s := beam.NewPipelineWithRoot()
	docs, unread := Read(s, []string{filepath.Join(dir, "in", "*.ndjson")}, ReadOptions{NDJSON: true})
	files, unreadFiles := Read(s, []string{filepath.Join(dir, "bin", "*.txt")}, ReadOptions{})
	extra := beam.Create(s,
		Document{Name: "invalid-utf8", Text: strings.Repeat("\xff\xfe\x00\x01", 100)},
		Document{Name: "bad-date", Text: "Putin met Trump.", Date: "2025-13-01"})
	graph, skipped := Graph(s, beam.Flatten(s, docs, files, extra), Options{})
	WriteGraph(s, graph, filepath.Join(dir, "graph.json"))
	WriteSkipped(s, beam.Flatten(s, unread, unreadFiles, skipped), filepath.Join(dir, "skipped.txt"))
	run(t, p)

	report, err := os.ReadFile(filepath.Join(dir, "skipped.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(report), "\n"), "\n")
	wantPrefixes := []string{
		filepath.Join(dir, "bin", "binary.txt") + ": ",
		filepath.Join(dir, "in", "docs.ndjson") + ":3: ",
		filepath.Join(dir, "in", "docs.ndjson") + ":5: ",
		`bad-date: "date" "2025-13-01": want YYYY-MM-DD`,
		"controls: not text",
		"invalid-utf8: not text",
	}
	slices.Sort(wantPrefixes)
	if len(lines) != len(wantPrefixes) {
		t.Fatalf("skipped report:\n%s\nwant %d lines starting %q", report, len(wantPrefixes), wantPrefixes)
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, wantPrefixes[i]) {
			t.Errorf("skipped line %d = %q, want it to start with %q", i, l, wantPrefixes[i])
		}
	}

	c := actorgraph.Corpus{}
	for i, path := range good {
		text, _ := os.ReadFile(path)
		day, _ := parseDate("2025-0" + string(rune('1'+i)) + "-15")
		if err := c.AddDated(context.Background(), path, string(text), day); err != nil {
			t.Fatal(err)
		}
	}
	want, err := c.Graph()
	if err != nil {
		t.Fatal(err)
	}
	checkFile(t, filepath.Join(dir, "graph.json"), want.WriteJSON)
}

// run runs p on the test runner (prism by default), and skips the test if the runner
// cannot run even an empty pipeline.
func run(t *testing.T, p *beam.Pipeline) {
	t.Helper()
	if err := ptest.Run(p); err != nil {
		if probeErr := probe(); probeErr != nil {
			t.Skipf("the %s runner cannot start here: %v", ptest.DefaultRunner(), probeErr)
		}
		t.Fatalf("pipeline failed: %v", err)
	}
}

// probe runs a pipeline of one element, once, and returns its error.
var probe = sync.OnceValue(func() error {
	p, s := beam.NewPipelineWithRoot()
	beam.Create(s, "probe")
	return ptest.Run(p)
})

// checkFile fails t unless the file at path holds what write writes, or is empty when
// write is nil.
func checkFile(t *testing.T, path string, write func(io.Writer) error) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if write != nil {
		if err := write(&want); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(got, want.Bytes()) {
		i := 0
		for i < min(len(got), want.Len()) && got[i] == want.Bytes()[i] {
			i++
		}
		t.Errorf("%s differs from the library's output at byte %d (%d bytes, want %d):\ngot  ...%q\nwant ...%q",
			filepath.Base(path), i, len(got), want.Len(), excerpt(got, i), excerpt(want.Bytes(), i))
	}
}

// excerpt returns the bytes of b around offset i.
func excerpt(b []byte, i int) []byte {
	return b[max(0, i-80):min(len(b), i+80)]
}

// mustWrite writes a file, making its directory.
func mustWrite(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
