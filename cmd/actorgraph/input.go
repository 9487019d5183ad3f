package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/docread"
)

// This file reads the input: each FILE as one document, or with -ndjson as one document a
// line, decompressing gzip on the way. What it cannot read it hands on as a skipped item,
// never as an error that ends the run: one bad file or line costs only itself.

// An item is what the input holds next: a document to parse, or a document or line that
// could not be read, and why.
type item struct {
	input string // where it was read: a file's path, or "stdin"
	line  int    // with -ndjson, the line of input it was on, from 1; else 0
	doc   string // the document's name: input, or the line's "doc"
	text  string
	date  time.Time // with -ndjson, the line's "date", or the zero time
	size  int64     // the bytes of input it took, decompressed
	err   error     // why it is skipped; nil for a document to parse
}

// loc says where the item was read: the input, or INPUT:LINE.
func (it *item) loc() string {
	if it.line == 0 {
		return it.input
	}
	return fmt.Sprintf("%s:%d", it.input, it.line)
}

// An input is a file, or standard input, open for reading.
type input struct {
	name string    // the path, or "stdin"
	r    io.Reader // the content, decompressed
	// size is the content's size when it is known before reading it (a regular file that
	// is not compressed), else -1.
	size  int64
	close func() error
}

// openInput opens the file path ("-" is stdin). Content that starts with the gzip magic
// bytes is decompressed as it is read, so that archives (.txt.gz, .ndjson.gz) need no
// step of their own. The errors name no file: the caller says which.
func openInput(path string, stdin io.Reader) (*input, error) {
	in := &input{name: "stdin", r: stdin, size: -1, close: func() error { return nil }}
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		in.name, in.r, in.close = path, f, f.Close
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			in.size = fi.Size()
		}
	}
	r, zipped, err := docread.Gunzip(in.r)
	if err != nil {
		in.close()
		return nil, err // such as "read DIR: is a directory"
	}
	in.r = r
	if zipped {
		in.size = -1
	}
	return in, nil
}

// readInputs reads the files ("-" is stdin) one after another and sends each document
// they hold, and each document or line it skips, as an item. It stops when send returns
// false or ctx is done.
func readInputs(ctx context.Context, files []string, stdin io.Reader, ndjson bool, maxDoc int, send func(item) bool) {
	for i := 0; i < len(files); i++ {
		path := files[i]
		if !ndjson && path != "-" {
			j := i + 1 // the files up to the next "-", read ahead (readFiles)
			for j < len(files) && files[j] != "-" {
				j++
			}
			if !readFiles(ctx, files[i:j], maxDoc, send) {
				return
			}
			i = j - 1
			continue
		}
		in, err := openInput(path, stdin)
		if err != nil {
			name := "stdin"
			if path != "-" {
				name = path
			}
			if !send(item{input: name, err: err}) {
				return
			}
			continue
		}
		var ok bool
		if ndjson {
			ok = readNDJSON(ctx, in, maxLine(maxDoc), send)
		} else {
			it := item{input: in.name, doc: in.name}
			it.text, it.size, it.err = readDoc(in, maxDoc)
			ok = send(it)
		}
		in.close()
		if !ok || ctx.Err() != nil {
			return
		}
	}
}

// readDoc reads in to the end as one document. A document over max bytes is read no
// further than max+1 bytes and discarded as it is counted (a regular file is not read at
// all), and fails with a *actorgraph.LimitError that gives its real size.
func readDoc(in *input, max int) (text string, size int64, err error) {
	text, size, err = docread.ReadDoc(in.r, max, in.size)
	if err == nil && size > int64(max) {
		err = &actorgraph.LimitError{Doc: in.name, Limit: "MaxDocumentBytes", Max: max, Got: int(size)}
	}
	return text, size, err
}

// maxLine bounds a line of NDJSON input: a document of maxDoc bytes, with room for its
// escapes. A longer line is skipped, and never held whole.
func maxLine(maxDoc int) int { return 2*maxDoc + 1<<20 }

// readNDJSON reads in as newline-delimited JSON and sends each document it holds. Blank
// lines are ignored; every other line must be a JSON object with the strings "doc" and
// "text" and optionally "date" (other fields are ignored), no longer than max bytes, or it
// is skipped. A read
// error, such as a gzip stream cut short, skips the rest of the input. It returns false
// when send did or ctx is done.
func readNDJSON(ctx context.Context, in *input, max int, send func(item) bool) bool {
	for l := range docread.Lines(ctx, in.r, max) {
		it := item{input: in.name, line: l.N, size: int64(l.Size) + 1, doc: l.Doc, text: l.Text, date: l.Date, err: l.Err}
		switch err := l.Err.(type) {
		case *docread.ReadError:
			it.err = fmt.Errorf("%s (the rest of the input is skipped)", reason(err.Err))
		case *docread.LongLineError:
			it.err = fmt.Errorf("%v (see -max-document-bytes)", err)
		case *docread.LineError:
			if err.JSON != nil {
				it.err = errors.New("bad JSON: " + jsonMessage(err.JSON))
			}
			if err.BadDate != "" {
				it.err = fmt.Errorf(`"date" %q: want YYYY-MM-DD`, err.BadDate)
			}
		}
		if !send(it) {
			return false
		}
	}
	return ctx.Err() == nil
}

// jsonMessage is the message of a JSON decoding error without the package's prefix,
// with the field of a type error named plainly.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Sprintf("%q is a JSON %s, want a string", te.Field, te.Value)
		}
		return fmt.Sprintf("a JSON %s, want an object", te.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// reason says why an item was skipped, without the place, which the caller gives: the
// error of a file without the path (open and read errors name it), and a limit with
// the flag that lifts it.
func reason(err error) string {
	var le *actorgraph.LimitError
	var nt *actorgraph.NotTextError
	var pe *fs.PathError
	switch {
	case errors.As(err, &le):
		return fmt.Sprintf("%s exceeded: %d > %d (see -%s)", le.Limit, le.Got, le.Max, limitFlags[le.Limit])
	case errors.As(err, &nt):
		return "not text (" + nt.What + ")"
	case errors.As(err, &pe):
		return pe.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), "actorgraph: ")
}

// limitFlags maps each limit of actorgraph.Parser to the flag that sets it.
var limitFlags = map[string]string{
	"MaxDocumentBytes": "max-document-bytes",
	"MaxSentenceBytes": "max-sentence-bytes",
	"MaxActors":        "max-actors",
}
