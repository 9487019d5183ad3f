package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/beam/actorgraphbeam"
	"github.com/actorgraph/actorgraph/beam/internal/beamtest"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func TestMain(m *testing.M) {
	ptest.Main(m) // parses the flags, -runner among them (prism by default), and inits Beam
}

// TestRun runs the program's pipeline on Prism over the README's articles and a file
// that is not text, and checks the graph against the library's, the report, the summary
// and the exit status.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, bytes.Repeat([]byte{0, 1, 2, 3}, 100), 0o644); err != nil {
		t.Fatal(err)
	}
	c := config{
		globs:   []string{"../../../testdata/*.txt", bad},
		out:     filepath.Join(dir, "graph.json"),
		skipped: filepath.Join(dir, "skipped.txt"),
		opts: actorgraphbeam.Options{
			MaxEvidence: actorgraphbeam.DefaultMaxEvidence, MaxMentions: actorgraphbeam.DefaultMaxMentions,
			MaxDocumentBytes: actorgraph.DefaultMaxDocumentBytes, MaxSentenceBytes: actorgraph.DefaultMaxSentenceBytes, MaxActors: actorgraph.DefaultMaxActors,
		},
	}
	if err := c.check(); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if status := run(context.Background(), c, &stderr); status != 3 {
		t.Fatalf("exit status %d, want 3; stderr:\n%s", status, stderr.String())
	}
	if want := "actorgraph-beam: 6 documents in the graph, 1 skipped\n"; stderr.String() != want {
		t.Errorf("stderr = %q, want %q", stderr.String(), want)
	}
	report, err := os.ReadFile(c.skipped)
	if err != nil {
		t.Fatal(err)
	}
	if want := bad + ": not text ("; !strings.HasPrefix(string(report), want) || strings.Count(string(report), "\n") != 1 {
		t.Errorf("skipped report = %q, want one line starting %q", report, want)
	}

	paths, _ := filepath.Glob("../../../testdata/*.txt")
	p := actorgraph.Parser{MaxEvidence: c.opts.MaxEvidence, MaxMentions: c.opts.MaxMentions}
	wantJSON := beamtest.ParseAllJSON(t, p, paths)
	got, err := os.ReadFile(c.out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, wantJSON) {
		t.Errorf("graph.json differs from ParseAll's JSON (%d bytes, want %d)", len(got), len(wantJSON))
	}
}

// TestCheck checks the usage errors.
func TestCheck(t *testing.T) {
	ok := config{globs: []string{"a"}, out: "g.json", opts: actorgraphbeam.Options{MaxDocumentBytes: 1, MaxSentenceBytes: 1, MaxActors: 1}}
	for _, tc := range []struct {
		name string
		edit func(*config)
		want string
	}{
		{"ok", func(*config) {}, ""},
		{"no globs", func(c *config) { c.globs = nil }, "no input"},
		{"no output", func(c *config) { c.out = "" }, "-o PATH"},
		{"negative cap", func(c *config) { c.opts.MaxEvidence = -1 }, "-max-evidence"},
		{"zero limit", func(c *config) { c.opts.MaxActors = 0 }, "-max-actors"},
		{"bad date", func(c *config) { c.opts.Date = "2025-02-30" }, "want YYYY-MM-DD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := ok
			tc.edit(&c)
			err := c.check()
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Errorf("check() = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
