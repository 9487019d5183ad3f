package actorgraph

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCorpus returns the bundled and corpus articles: wire news of many regions.
func benchCorpus(b *testing.B) []string {
	b.Helper()
	var texts []string
	for _, pattern := range []string{"testdata/*.txt", "testdata/corpus/dev/*.txt"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range paths {
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(t))
		}
	}
	if len(texts) == 0 {
		b.Fatal("no articles")
	}
	return texts
}

func totalLen(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return n
}

// BenchmarkParse parses articles of 1-3 KB one by one on one goroutine: the MB/s figure is
// the one-core rate of the whole pipeline, relations, modality and evidence included.
func BenchmarkParse(b *testing.B) {
	texts := benchCorpus(b)
	var p Parser
	ctx := context.Background()
	b.SetBytes(int64(totalLen(texts)))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := p.Parse(ctx, t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseLarge parses one 10 MB document made of the articles repeated: compared
// with BenchmarkParse it shows whether cost grows linearly with document size.
func BenchmarkParseLarge(b *testing.B) {
	texts := benchCorpus(b)
	var sb strings.Builder
	for sb.Len() < 10<<20 {
		for _, t := range texts {
			sb.WriteString(t)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	p := Parser{MaxActors: 1 << 20}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Parse(ctx, text); err != nil {
			b.Fatal(err)
		}
	}
}
