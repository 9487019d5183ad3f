package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"sync"

	"github.com/actorgraph/actorgraph"
)

// This file reads the FILEs that are one document each, the common case of many small
// files. The general path (openInput, readDoc) reads through a 64 KB buffer of its own
// and copies through 32 KB more, both new for each file: on a corpus of articles of 2 KB
// that was twenty times the text in allocations, and clearing them and collecting them a
// tenth of the command's work. And files are read several at a time, ahead of the
// parse, so that the parse never waits for a file the system reads slowly.

// fileReaders is how many files readFiles reads at once: each may wait for the disk.
const fileReaders = 4

// readFiles reads the files at paths, each as one document of at most max bytes, on
// fileReaders goroutines, and sends their items in the order of paths. It returns false
// when send did or ctx is done, and waits for its goroutines before it returns.
func readFiles(ctx context.Context, paths []string, max int, send func(item) bool) bool {
	if len(paths) == 1 {
		var fr fileReader
		return send(fr.readFile(paths[0], max)) && ctx.Err() == nil
	}
	type slot struct {
		path string
		it   item
		done chan struct{}
	}
	stop := make(chan struct{})
	jobs := make(chan *slot)
	queue := make(chan *slot, fileReaders) // the files being read, in order
	var wg sync.WaitGroup
	wg.Add(fileReaders + 1)
	go func() {
		defer wg.Done()
		defer close(jobs)
		defer close(queue)
		for _, p := range paths {
			s := &slot{path: p, done: make(chan struct{})}
			select {
			case queue <- s:
			case <-stop:
				return
			}
			select {
			case jobs <- s:
			case <-stop:
				return
			}
		}
	}()
	for range fileReaders {
		go func() {
			defer wg.Done()
			var fr fileReader
			for s := range jobs {
				s.it = fr.readFile(s.path, max)
				close(s.done)
			}
		}()
	}
	ok := true
	for s := range queue {
		<-s.done // every slot queued goes to a reader, unless stop is closed
		if !send(s.it) || ctx.Err() != nil {
			ok = false
			break
		}
	}
	close(stop)
	wg.Wait()
	return ok
}

// fileReader reads regular files into a buffer it reuses.
type fileReader struct {
	buf []byte
}

// maxKeptBuffer is the largest buffer a fileReader keeps for the next file.
const maxKeptBuffer = 1 << 20

// readFile reads the file at path as one document of at most max bytes, as openInput
// and readDoc do: the item it returns is the same. A file that is not regular, or that
// starts with the gzip magic bytes, takes the general path.
func (fr *fileReader) readFile(path string, max int) item {
	f, err := os.Open(path)
	if err != nil {
		return item{input: path, err: err}
	}
	defer f.Close()
	it := item{input: path, doc: path}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return readGeneral(path, max)
	}
	if size := fi.Size(); size > int64(max) {
		var magic [2]byte
		if n, _ := f.Read(magic[:]); bytes.Equal(magic[:n], gzipMagic) {
			return readGeneral(path, max) // its size is what it holds decompressed
		}
		it.size = size
		it.err = &actorgraph.LimitError{Doc: path, Limit: "MaxDocumentBytes", Max: max, Got: int(size)}
		return it
	}
	// Room for the whole file and one byte more, so that the end of a file read whole is
	// the one read that returns nothing; a file that grew since Stat grows the buffer.
	want := int(fi.Size()) + 1
	if cap(fr.buf) < want {
		fr.buf = make([]byte, 0, want)
	}
	b := fr.buf[:0]
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			it.size, it.err = int64(len(b)), err
			return it
		}
		if len(b) > max {
			rest, err := io.Copy(io.Discard, f)
			it.size, it.err = int64(len(b))+rest, err
			if err == nil {
				it.err = &actorgraph.LimitError{Doc: path, Limit: "MaxDocumentBytes", Max: max, Got: int(it.size)}
			}
			return it
		}
	}
	if cap(b) <= maxKeptBuffer {
		fr.buf = b
	} else {
		fr.buf = nil
	}
	if bytes.HasPrefix(b, gzipMagic) {
		return readGeneral(path, max)
	}
	it.text, it.size = string(b), int64(len(b))
	return it
}

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// readGeneral reads the file at path as one document through openInput and readDoc.
func readGeneral(path string, max int) item {
	in, err := openInput(path, nil)
	if err != nil {
		return item{input: path, err: err}
	}
	defer in.close()
	it := item{input: in.name, doc: in.name}
	it.text, it.size, it.err = readDoc(in, max)
	return it
}
