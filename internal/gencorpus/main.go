// Command gencorpus writes a large corpus for measuring actorgraph at scale: the bundled
// articles (testdata/*.txt and testdata/corpus/dev/*.txt) repeated until the text reaches
// -size bytes, each copy under a document name of its own.
//
//	go run ./internal/gencorpus -ndjson /tmp/news.ndjson          # one {"doc","text"} a line
//	go run ./internal/gencorpus -dir /tmp/news -per 102400        # plain files of ~100 KB
//
// Run it from the repository root. Write the output outside the repository: it is large
// and must not be committed.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gencorpus: ")
	size := flag.Int64("size", 1<<30, "stop once the text reaches `bytes`")
	ndjson := flag.String("ndjson", "", "write newline-delimited JSON documents to `file`")
	dir := flag.String("dir", "", "write plain-text files into `directory`, each several articles long")
	per := flag.Int("per", 100<<10, "with -dir, the `bytes` of text per file")
	flag.Parse()
	if *ndjson == "" && *dir == "" {
		log.Fatal("give -ndjson FILE or -dir DIR")
	}
	names, texts := articles()
	if *ndjson != "" {
		n, docs, err := writeNDJSON(*ndjson, names, texts, *size)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d documents, %d bytes of text\n", *ndjson, docs, n)
	}
	if *dir != "" {
		n, files, err := writeFiles(*dir, texts, *size, *per)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d files, %d bytes of text\n", *dir, files, n)
	}
}

// articles returns the names and texts of the bundled articles.
func articles() (names, texts []string) {
	for _, pattern := range []string{"testdata/*.txt", "testdata/corpus/dev/*.txt"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			log.Fatal(err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				log.Fatal(err)
			}
			names = append(names, strings.TrimSuffix(filepath.Base(p), ".txt"))
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		log.Fatal("no articles: run from the repository root")
	}
	return names, texts
}

func writeNDJSON(path string, names, texts []string, size int64) (n int64, docs int, err error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w) // one value and a newline per Encode
	for ; n < size; docs++ {
		i := docs % len(texts)
		doc := struct {
			Doc  string `json:"doc"`
			Text string `json:"text"`
		}{fmt.Sprintf("wire/%07d-%s", docs, names[i]), texts[i]}
		if err := enc.Encode(doc); err != nil {
			f.Close()
			return n, docs, err
		}
		n += int64(len(texts[i]))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return n, docs, err
	}
	return n, docs, f.Close()
}

func writeFiles(dir string, texts []string, size int64, per int) (n int64, files int, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	for ; n < size; files++ {
		var sb strings.Builder
		for i := 0; sb.Len() < per; i++ {
			sb.WriteString(texts[(files+i)%len(texts)])
			sb.WriteString("\n\n")
		}
		path := filepath.Join(dir, fmt.Sprintf("f%06d.txt", files))
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			return n, files, err
		}
		n += int64(sb.Len())
	}
	return n, files, nil
}
