package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// benchCorpus writes the bundled and corpus articles, copies times over under distinct
// names, to dir as one file per article and as one NDJSON file, and returns the paths
// of the articles, the NDJSON file's and the bytes of text.
func benchCorpus(b *testing.B, dir string, copies int) (files []string, ndjson string, size int64) {
	b.Helper()
	var texts []string
	for _, pattern := range []string{"../../testdata/*.txt", "../../testdata/corpus/dev/*.txt"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(text))
		}
	}
	ndjson = filepath.Join(dir, "news.ndjson")
	f, err := os.Create(ndjson)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for c := range copies {
		for i, text := range texts {
			name := fmt.Sprintf("%04d-%02d.txt", c, i)
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
			files = append(files, path)
			if err := enc.Encode(map[string]string{"doc": name, "text": text}); err != nil {
				b.Fatal(err)
			}
			size += int64(len(text))
		}
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return files, ndjson, size
}

// BenchmarkCommand runs the command on some 6 MB of articles, as files and as NDJSON,
// writing JSON to a file; MB/s is in bytes of text. Run -cpu 1 and -cpu 2 as separate
// commands (docs/benchmarks.md) to compare one core with two; docs/bench-command.sh
// times the built command on larger corpora.
func BenchmarkCommand(b *testing.B) {
	dir := b.TempDir()
	files, ndjson, size := benchCorpus(b, dir, 100)
	out := filepath.Join(dir, "out.json")
	for _, bc := range []struct {
		name string
		args []string
	}{
		{"files", files},
		{"ndjson", []string{"-ndjson", ndjson}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			args := append([]string{"-q", "-format", "json", "-o", out}, bc.args...)
			b.SetBytes(size)
			for b.Loop() {
				os.Remove(out) // a new file each time, as a user's would be
				if code := run(context.Background(), args, nil, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit status %d", code)
				}
			}
		})
	}
}
