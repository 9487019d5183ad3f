package actorgraph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"math"
	"os"

	"github.com/actorgraph/actorgraph/internal/docread"
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
// so are blank lines. A "date" that is no date (YYYY-MM-DD) skips its line; All yields
// names and texts only (the command passes each line's date to Corpus.AddDated). A line
// that holds no document is skipped and named "line N" in the
// error, counting lines from 1; an error reading r skips the rest of it. r can be read
// once: a second range over All yields nothing.
func NDJSON(r io.Reader) *Documents {
	return &Documents{read: func(d *Documents, yield func(name, text string) bool) {
		in, _, err := docread.Gunzip(r)
		if err != nil {
			d.skip("line 1", err)
			return
		}
		for l := range docread.Lines(context.Background(), in, 2*d.maxBytes()+1<<20) {
			if l.Err != nil {
				d.skip(fmt.Sprintf("line %d", l.N), l.Err)
				continue
			}
			d.next++
			if !yield(l.Doc, l.Text) {
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
	return min(d.MaxBytes, math.MaxInt32) // as Parser.maxDocumentBytes; no line bound overflows
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
	r, _, err := docread.Gunzip(f)
	if err != nil {
		return "", readError(path, err)
	}
	max := d.maxBytes()
	text, n, err := docread.ReadDoc(r, max, -1)
	if err != nil {
		return "", readError(path, err)
	}
	if n > int64(max) {
		return "", &LimitError{Doc: path, Limit: "MaxDocumentBytes", Max: max, Got: int(n)}
	}
	return text, nil
}

// readError names the file path in err, unless err names it already, as an
// *fs.PathError from reading a directory does.
func readError(path string, err error) error {
	if _, ok := errors.AsType[*fs.PathError](err); ok {
		return err
	}
	return fmt.Errorf("read %s: %w", path, err)
}
