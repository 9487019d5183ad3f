package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestReadFiles checks that files read several at a time come as they would one by one
// through openInput and readDoc, in order: text, size and error alike, for files of
// every size about the limit and the buffer kept, empty, compressed, missing, a
// directory and not text.
func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	const max = 3000
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(strings.Repeat("Compressed text. ", 10)))
	zw.Close()
	var bigZipped bytes.Buffer // over max compressed: its size is what it holds decompressed
	zw = gzip.NewWriter(&bigZipped)
	for i := range 5 * max {
		fmt.Fprintf(zw, "%d", i*7919%10007) // little to compress
	}
	zw.Close()
	if bigZipped.Len() <= max {
		t.Fatalf("bigzip.gz is %d bytes, want over %d", bigZipped.Len(), max)
	}
	contents := map[string]string{
		"empty.txt":  "",
		"one.txt":    "a",
		"max.txt":    strings.Repeat("m", max),
		"over.txt":   strings.Repeat("o", max+1),
		"big.txt":    strings.Repeat("b", 5*max),
		"kept.txt":   strings.Repeat("k", maxKeptBuffer+10), // a buffer too large to keep
		"zipped.gz":  zipped.String(),
		"bigzip.gz":  bigZipped.String(),
		"magic.txt":  "\x1f",
		"pdf.txt":    "%PDF-1.7\n",
		"bad.gz":     "\x1f\x8bnot gzip",
		"line.ndjs":  `{"doc":"x","text":"y"}`,
		"utf8.txt":   "Zelensky ⟦met⟧ Trump.",
		"spaces.txt": "\n\n\n",
	}
	var paths []string
	for i := range 3 { // more files than readers, and each kind again after others
		for name, data := range contents {
			paths = append(paths, writeFile(t, dir, fmt.Sprintf("%d-%s", i, name), data))
		}
		paths = append(paths, filepath.Join(dir, "missing.txt"), dir)
	}
	var want []item
	for _, p := range paths {
		want = append(want, readGeneral(p, max))
	}
	var got []item
	if !readFiles(context.Background(), paths, max, func(it item) bool {
		got = append(got, it)
		return true
	}) {
		t.Fatal("readFiles returned false")
	}
	if len(got) != len(want) {
		t.Fatalf("%d items, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.input != w.input || g.doc != w.doc || g.text != w.text || g.size != w.size || g.line != w.line ||
			fmt.Sprint(g.err) != fmt.Sprint(w.err) || reflect.TypeOf(g.err) != reflect.TypeOf(w.err) {
			t.Errorf("item %d (%s):\ngot  %+v\nwant %+v", i, paths[i], short(g), short(w))
		}
	}
}

// short is an item with its text cut, for messages.
func short(it item) item {
	if len(it.text) > 20 {
		it.text = it.text[:20] + "…"
	}
	return it
}

// TestReadFilesStops checks that readFiles stops reading when send refuses an item or
// the context is done, and returns once its goroutines are done.
func TestReadFilesStops(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 100 {
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("a%03d.txt", i), fmt.Sprint("document ", i)))
	}
	n := 0
	if readFiles(context.Background(), paths, 1000, func(it item) bool {
		n++
		return n < 7
	}) {
		t.Error("readFiles returned true after send refused an item")
	}
	if n != 7 {
		t.Errorf("send called %d times, want 7", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	ok := readFiles(ctx, paths, 1000, func(it item) bool {
		if n++; n == 3 {
			cancel()
		}
		return true
	})
	if ok || n != 3 {
		t.Errorf("readFiles with the context cancelled at the third item: %v after %d items, want false after 3", ok, n)
	}
}

// TestReadFileUnreadable checks that a file that cannot be opened is skipped with the
// error of opening it.
func TestReadFileUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := t.TempDir()
	path := writeFile(t, dir, "secret.txt", "text")
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	var fr fileReader
	if it := fr.readFile(path, 100); !errors.Is(it.err, os.ErrPermission) {
		t.Errorf("readFile of an unreadable file: error %v, want a permission error", it.err)
	}
}
