package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph"
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
	size  int64 // the bytes of input it took, decompressed
	err   error // why it is skipped; nil for a document to parse
}

// loc says where the item was read: the input, or INPUT:LINE.
func (it *item) loc() string {
	if it.line == 0 {
		return it.input
	}
	return fmt.Sprintf("%s:%d", it.input, it.line)
}

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

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
	br := bufio.NewReaderSize(in.r, 64<<10)
	in.r = br
	magic, err := br.Peek(len(gzipMagic))
	if err != nil && err != io.EOF {
		in.close()
		return nil, err // such as "read DIR: is a directory"
	}
	if bytes.Equal(magic, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			in.close()
			return nil, err
		}
		in.r, in.size = zr, -1
	}
	return in, nil
}

// readInputs reads the files ("-" is stdin) one after another and sends each document
// they hold, and each document or line it skips, as an item. It stops when send returns
// false or ctx is done.
func readInputs(ctx context.Context, files []string, stdin io.Reader, ndjson bool, maxDoc int, send func(item) bool) {
	for _, path := range files {
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
	tooLong := func(size int64) error {
		return &actorgraph.LimitError{Doc: in.name, Limit: "MaxDocumentBytes", Max: max, Got: int(size)}
	}
	if in.size > int64(max) {
		return "", in.size, tooLong(in.size)
	}
	var b strings.Builder // its String makes no copy of a text that may be 64 MB
	if in.size >= 0 {
		b.Grow(int(in.size))
	}
	n, err := io.Copy(&b, io.LimitReader(in.r, int64(max)+1))
	if err != nil {
		return "", n, err
	}
	if n > int64(max) {
		rest, err := io.Copy(io.Discard, in.r)
		if err != nil {
			return "", n + rest, err
		}
		return "", n + rest, tooLong(n + rest)
	}
	return b.String(), n, nil
}

// maxLine bounds a line of NDJSON input: a document of maxDoc bytes, with room for its
// escapes. A longer line is skipped, and never held whole.
func maxLine(maxDoc int) int { return 2*maxDoc + 1<<20 }

// readNDJSON reads in as newline-delimited JSON and sends each document it holds. Blank
// lines are ignored; every other line must be a JSON object with the strings "doc" and
// "text" (other fields are ignored), no longer than max bytes, or it is skipped. A read
// error, such as a gzip stream cut short, skips the rest of the input. It returns false
// when send did.
func readNDJSON(ctx context.Context, in *input, max int, send func(item) bool) bool {
	br := bufio.NewReaderSize(in.r, 64<<10)
	var line []byte
	for n := 1; ; n++ {
		var size int
		var err error
		line, size, err = readLine(ctx, br, line[:0], max)
		it := item{input: in.name, line: n, size: int64(size) + 1}
		switch {
		case err == errInterrupted:
			return false
		case err != nil && err != io.EOF:
			it.err = fmt.Errorf("%s (the rest of the input is skipped)", reason(err))
		case size > max:
			it.err = fmt.Errorf("line of %d bytes, more than the %d a line may hold (see -max-document-bytes)", size, max)
		case len(bytes.TrimSpace(line)) == 0:
			if err == io.EOF {
				return true
			}
			continue
		default:
			it.doc, it.text, it.err = decodeLine(line)
		}
		if !send(it) {
			return false
		}
		if err != nil {
			return true
		}
	}
}

// decodeLine returns the document of an NDJSON line, or why the line holds none.
func decodeLine(line []byte) (doc, text string, err error) {
	var d struct {
		Doc  *string `json:"doc"`
		Text *string `json:"text"`
	}
	if err := json.Unmarshal(line, &d); err != nil {
		return "", "", errors.New("bad JSON: " + jsonMessage(err))
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
// the last line, possibly empty, and io.EOF. It returns errInterrupted once ctx is done.
func readLine(ctx context.Context, br *bufio.Reader, buf []byte, max int) (line []byte, n int, err error) {
	line = buf
	for {
		if ctx.Err() != nil {
			return buf[:0], n, errInterrupted
		}
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
