package actorgraph

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"strings"
)

// This file reads documents for Parser.ParseAll and Corpus: files, and newline-delimited
// JSON.

// Documents is a source of named documents, read from files (Files) or a stream of
// newline-delimited JSON (NDJSON), for Parser.ParseAll, Corpus.Add or a loop of one's
// own. Range over All to read them:
//
//	docs := actorgraph.Files(paths...)
//	g, err := p.ParseAll(ctx, docs.All())
//	err = errors.Join(err, docs.Err())
//
// Like a bufio.Scanner, it reports what it could not read once the loop is done: a file
// that cannot be opened or read, a document longer than MaxBytes, an NDJSON line that
// holds no document. Each costs only itself: All skips it and goes on, and Err lists it.
// Input that starts with the gzip magic bytes is decompressed as it is read, so .txt.gz
// and .ndjson.gz files need no step of their own.
//
// A Documents is not safe for concurrent use. The zero value yields nothing.
type Documents struct {
	// MaxBytes bounds a document, decompressed: a longer one is skipped, read no further
	// than its length needs counting, with a *LimitError. It bounds an NDJSON line to twice
	// that and a megabyte more, room for the escapes of a document of MaxBytes. Zero or
	// less means DefaultMaxDocumentBytes; set it to the Parser's MaxDocumentBytes.
	MaxBytes int

	read func(d *Documents, yield func(name, text string) bool)
	next int     // the Index of the next document or skipped item
	errs []error // *DocError, in input order
}

// Files returns the documents of the named files, one document each, named by its path
// as given, in the order given.
func Files(paths ...string) *Documents {
	return &Documents{read: func(d *Documents, yield func(name, text string) bool) {
		for _, path := range paths {
			text, err := d.readFile(path)
			if err != nil {
				d.skip(path, err)
				continue
			}
			d.next++
			if !yield(path, text) {
				return
			}
		}
	}}
}

// NDJSON returns the documents of r read as newline-delimited JSON: one document a line,
// as an object with the strings "doc" (its name) and "text"; other fields are ignored, and
// so are blank lines. A line that holds no document is skipped and named "line N" in the
// error, counting lines from 1; an error reading r skips the rest of it. r can be read
// once: a second range over All yields nothing.
func NDJSON(r io.Reader) *Documents {
	return &Documents{read: func(d *Documents, yield func(name, text string) bool) {
		in, err := gunzip(r)
		if err != nil {
			d.skip("line 1", err)
			return
		}
		br := bufio.NewReaderSize(in, 64<<10)
		max := 2*d.maxBytes() + 1<<20
		var line []byte
		for n := 1; ; n++ {
			var size int
			line, size, err = readLine(br, line[:0], max)
			name := fmt.Sprintf("line %d", n)
			switch {
			case err != nil && err != io.EOF:
				d.skip(name, fmt.Errorf("%w (the rest of the input is skipped)", err))
				return
			case size > max:
				d.skip(name, fmt.Errorf("line of %d bytes, more than the %d a line may hold", size, max))
			case len(bytes.TrimSpace(line)) > 0:
				doc, text, lerr := decodeLine(line)
				if lerr != nil {
					d.skip(name, lerr)
					break
				}
				d.next++
				if !yield(doc, text) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}}
}

// All yields each document the source holds, by name and text, in input order, and skips
// what it cannot read: see Err. Each range over All starts again, and so reads the files
// again, and Err then reports that range.
func (d *Documents) All() iter.Seq2[string, string] {
	return func(yield func(name, text string) bool) {
		d.next, d.errs = 0, nil
		if d.read != nil {
			d.read(d, yield)
		}
	}
}

// Err returns nil when the last range over All skipped nothing, and otherwise an error
// joining a *DocError for each document or line it skipped, in input order: Doc is the
// file's path, or "line N" of NDJSON input, and Index its position among the documents
// and skipped items. Use errors.As to get the first, or Unwrap() []error for them all.
func (d *Documents) Err() error {
	return errors.Join(d.errs...)
}

// skip records that the item named name could not be read.
func (d *Documents) skip(name string, err error) {
	d.errs = append(d.errs, &DocError{Doc: name, Index: d.next, Err: err})
	d.next++
}

func (d *Documents) maxBytes() int {
	if d.MaxBytes <= 0 {
		return DefaultMaxDocumentBytes
	}
	return d.MaxBytes
}

// readFile reads the file at path as one document, decompressing it when it is gzip. A
// document over MaxBytes is read no further than MaxBytes+1 bytes and counted to the end,
// and fails with a *LimitError that gives its length.
func (d *Documents) readFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	r, err := gunzip(f)
	if err != nil {
		return "", readError(path, err)
	}
	max := d.maxBytes()
	var b strings.Builder
	n, err := io.Copy(&b, io.LimitReader(r, int64(max)+1))
	if err == nil && n > int64(max) {
		var rest int64
		rest, err = io.Copy(io.Discard, r)
		if err == nil {
			return "", &LimitError{Doc: path, Limit: "MaxDocumentBytes", Max: max, Got: int(n + rest)}
		}
	}
	if err != nil {
		return "", readError(path, err)
	}
	return b.String(), nil
}

// readError names the file path in err, unless err names it already, as an
// *fs.PathError from reading a directory does.
func readError(path string, err error) error {
	if _, ok := errors.AsType[*fs.PathError](err); ok {
		return err
	}
	return fmt.Errorf("read %s: %w", path, err)
}

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// gunzip returns r, decompressed when it starts with the gzip magic bytes.
func gunzip(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	magic, err := br.Peek(len(gzipMagic))
	if err != nil && err != io.EOF {
		return nil, err // such as "read DIR: is a directory"
	}
	if !bytes.Equal(magic, gzipMagic) {
		return br, nil
	}
	return gzip.NewReader(br)
}

// decodeLine returns the document of an NDJSON line, or why the line holds none.
func decodeLine(line []byte) (doc, text string, err error) {
	var d struct {
		Doc  *string `json:"doc"`
		Text *string `json:"text"`
	}
	if err := json.Unmarshal(line, &d); err != nil {
		return "", "", fmt.Errorf("bad JSON: %w", err)
	}
	switch {
	case d.Doc == nil:
		return "", "", errors.New(`no "doc" string`)
	case d.Text == nil:
		return "", "", errors.New(`no "text" string`)
	}
	return *d.Doc, *d.Text, nil
}

// readLine reads the next line of br, without its newline, appending it to buf, and
// returns it with its length. A line longer than max is discarded as it is read: its
// length is then over max and the line returned empty. At the end of the input it returns
// the last line, possibly empty, and io.EOF.
func readLine(br *bufio.Reader, buf []byte, max int) (line []byte, n int, err error) {
	line = buf
	for {
		chunk, err := br.ReadSlice('\n')
		if err == nil {
			chunk = chunk[:len(chunk)-1]
		}
		n += len(chunk)
		if n <= max {
			line = append(line, chunk...)
		} else {
			line = buf[:0]
		}
		if err != bufio.ErrBufferFull {
			return line, n, err
		}
	}
}
