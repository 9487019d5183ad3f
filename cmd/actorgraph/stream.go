package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// inputFlags say how the documents are read and how much of their evidence the graph
// keeps.
type inputFlags struct {
	ndjson      *bool
	maxEvidence *int
	maxMentions *int
}

func addInputFlags(fs *flag.FlagSet) *inputFlags {
	return &inputFlags{
		ndjson: fs.Bool("ndjson", false,
			`read each FILE, or standard input, as newline-delimited JSON: one document a line, {"doc": NAME, "text": TEXT}`),
		maxEvidence: fs.Int("max-evidence", 0,
			"keep at most `n` pieces of evidence per relation, the first by document and sentence (0: all)"),
		maxMentions: fs.Int("max-mentions", 0,
			"keep at most `n` mentions per actor, the first by document and offset (0: all; -min-mentions counts those kept)"),
	}
}

// isInputFlag reports whether name is one of the flags of addInputFlags, which apply to
// every format.
func isInputFlag(name string) bool {
	return name == "ndjson" || name == "max-evidence" || name == "max-mentions"
}

// check reports a usage error in the flags.
func (f *inputFlags) check() error {
	switch {
	case *f.maxEvidence < 0:
		return usageErr{fmt.Sprintf("-max-evidence %d: want 0 or more", *f.maxEvidence)}
	case *f.maxMentions < 0:
		return usageErr{fmt.Sprintf("-max-mentions %d: want 0 or more", *f.maxMentions)}
	}
	return nil
}

// maxLine bounds a line of NDJSON input: a document as long as the parser accepts, with
// room for its escapes. A longer line is an error, and is never held whole.
const maxLine = 2*actorgraph.DefaultMaxDocumentBytes + 1<<20

// inputDoc is a document read, or the error that ended reading.
type inputDoc struct {
	name, text string
	err        error
}

// parse reads the documents of files ("-" is stdin) one by one and parses them on every
// core as they are read, merging their graphs as they are parsed (actorgraph.Corpus), so
// that only the documents being parsed are in memory, never the whole input. Then it
// joins surnames across the documents (Graph.JoinSurnames) and applies the caps again,
// since joining pools evidence. It stops at the first error, the first in input order,
// so a partial graph is never written.
func (f *inputFlags) parse(ctx context.Context, files []string, stdin io.Reader) (*actorgraph.Graph, error) {
	p := actorgraph.Parser{MaxEvidence: *f.maxEvidence, MaxMentions: *f.maxMentions}
	rctx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	docs := make(chan inputDoc)
	go func() {
		defer close(docs)
		send := func(d inputDoc) bool {
			select {
			case docs <- d:
				return d.err == nil
			case <-rctx.Done():
				return false
			}
		}
		for _, name := range files {
			var err error
			if *f.ndjson {
				err = readNDJSON(rctx, name, stdin, send)
			} else {
				var d inputDoc
				d.name, d.text, d.err = readDoc(rctx, name, stdin)
				err = d.err
				if err == nil && !send(d) {
					return
				}
			}
			if err != nil {
				send(inputDoc{err: err})
				return
			}
		}
	}()

	c := actorgraph.Corpus{Parser: &p, Strict: true}
	var readErr error
read:
	for {
		select {
		case <-ctx.Done():
			break read
		case d, ok := <-docs:
			if !ok {
				break read
			}
			if d.err != nil {
				readErr = d.err
				break read
			}
			if c.Add(ctx, d.name, d.text) != nil {
				break read
			}
		}
	}
	g, err := c.Graph() // documents before a read error may have failed: theirs come first
	switch {
	case ctx.Err() != nil:
		return nil, errInterrupted
	case err != nil:
		return nil, err
	case readErr != nil:
		return nil, readErr
	}
	return g.JoinSurnames().CapEvidence(p.MaxEvidence, p.MaxMentions), nil
}

// readNDJSON reads the file name ("-" is stdin) as newline-delimited JSON and sends each
// document it holds. Blank lines are skipped; every other line must be a JSON object with
// the strings "doc" and "text" (other fields are ignored). Errors name the input and the
// line, as in "stdin:3: bad JSON: ...".
func readNDJSON(ctx context.Context, name string, stdin io.Reader, send func(inputDoc) bool) error {
	input, r := "stdin", stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err // *PathError: "open NAME: reason"
		}
		defer f.Close()
		input, r = name, f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var line []byte
	for n := 1; ; n++ {
		var err error
		line, err = readLine(ctx, br, line[:0])
		switch {
		case errors.Is(err, errLineTooLong):
			return fmt.Errorf("%s:%d: %w", input, n, err)
		case err != nil && err != io.EOF:
			if err == errInterrupted {
				return err
			}
			return fmt.Errorf("read %s: %w", input, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			var d struct {
				Doc  *string `json:"doc"`
				Text *string `json:"text"`
			}
			if jerr := json.Unmarshal(line, &d); jerr != nil {
				return fmt.Errorf("%s:%d: bad JSON: %s", input, n, jsonMessage(jerr))
			}
			switch {
			case d.Doc == nil:
				return fmt.Errorf(`%s:%d: no "doc" string`, input, n)
			case d.Text == nil:
				return fmt.Errorf(`%s:%d: no "text" string`, input, n)
			}
			if !send(inputDoc{name: *d.Doc, text: *d.Text}) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

var errLineTooLong = fmt.Errorf("line longer than %d bytes", maxLine)

// readLine appends the next line of br to line, without its newline, and returns it; at
// the end of the input it returns the last line, possibly empty, and io.EOF. It returns
// errInterrupted once ctx is done.
func readLine(ctx context.Context, br *bufio.Reader, line []byte) ([]byte, error) {
	for {
		if ctx.Err() != nil {
			return line, errInterrupted
		}
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > maxLine {
			return line, errLineTooLong
		}
		line = append(line, chunk...)
		switch err {
		case nil:
			return line[:len(line)-1], nil
		case bufio.ErrBufferFull:
			continue
		}
		return line, err
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
