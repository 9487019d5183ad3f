// Package docread holds what the library's document readers (actorgraph.Files and
// actorgraph.NDJSON) and the command's input share: gzip detected by its magic bytes,
// a document read whole up to a maximum, and newline-delimited JSON read a bounded line
// at a time, each line decoded into a document or the reason it holds none.
//
// It says what went wrong with errors of its own types, in the library's words; the
// command rewords some of them for its messages.
package docread

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"
)

// bufSize is the size of the buffers input is read through.
const bufSize = 64 << 10

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// Gunzip returns r buffered, and decompressed when it starts with the gzip magic bytes,
// which zipped reports. Its errors are those of peeking at r (such as "read DIR: is a
// directory") and of reading the gzip header, and name no file.
func Gunzip(r io.Reader) (rd io.Reader, zipped bool, err error) {
	br := bufio.NewReaderSize(r, bufSize)
	magic, err := br.Peek(len(gzipMagic))
	if err != nil && err != io.EOF {
		return nil, false, err
	}
	if !bytes.Equal(magic, gzipMagic) {
		return br, false, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, false, err
	}
	return zr, true, nil
}

// ReadDoc reads r to the end as one document of at most max bytes, and returns it with
// the bytes it took. A longer document is read no further than max+1 bytes and the rest
// is discarded as it is counted: ReadDoc then returns "" and the whole length, which is
// over max. size is r's length when it is known before reading (else -1): a size over
// max is returned at once, without reading r. After an error n is what was read.
func ReadDoc(r io.Reader, max int, size int64) (text string, n int64, err error) {
	if size > int64(max) {
		return "", size, nil
	}
	var b strings.Builder // its String makes no copy of a text that may be 64 MB
	if size >= 0 {
		b.Grow(int(size))
	}
	n, err = io.Copy(&b, io.LimitReader(r, int64(max)+1))
	if err != nil {
		return "", n, err
	}
	if n > int64(max) {
		rest, err := io.Copy(io.Discard, r)
		return "", n + rest, err
	}
	return b.String(), n, nil
}

// A Line is a line of NDJSON input that is not blank: the document it holds, or why it
// holds none.
type Line struct {
	N         int // its number, counting lines from 1
	Size      int // its length in bytes, without the newline
	Doc, Text string
	Date      time.Time // the line's "date", or the zero time when it has none
	// Err is nil for a document; else a *LineError for a line that holds none, a
	// *LongLineError for a line over the maximum, or a *ReadError when reading the input
	// failed on this line, which is then the last.
	Err error
}

// Lines reads r as newline-delimited JSON and yields each line that is not blank, with
// the document it holds or why it holds none. A line longer than max bytes is discarded
// as it is read, never held whole. After a read error (a *ReadError) Lines yields
// nothing more, and nothing once ctx is done, which it checks inside long lines too.
func Lines(ctx context.Context, r io.Reader, max int) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		br := bufio.NewReaderSize(r, bufSize)
		var buf []byte
		for n := 1; ; n++ {
			line, size, err := readLine(ctx, br, buf[:0], max)
			buf = line
			l := Line{N: n, Size: size}
			switch {
			case err == errInterrupted:
				return
			case err != nil && err != io.EOF:
				l.Err = &ReadError{Err: err}
			case size > max:
				l.Err = &LongLineError{Size: size, Max: max}
			case len(bytes.TrimSpace(line)) == 0:
				if err == io.EOF {
					return
				}
				continue
			default:
				l.Doc, l.Text, l.Date, l.Err = DecodeLine(line)
			}
			if !yield(l) || err != nil {
				return
			}
		}
	}
}

// A LineError says why a line of NDJSON holds no document.
type LineError struct {
	// JSON is the error decoding the line, or nil when it is a JSON object without the
	// string Missing.
	JSON    error
	Missing string // "doc" or "text"
	BadDate string // the "date" that is no date
}

// Error says what the line lacks, or why it is not JSON.
func (e *LineError) Error() string {
	if e.JSON != nil {
		return "bad JSON: " + e.JSON.Error()
	}
	if e.BadDate != "" {
		return fmt.Sprintf(`"date" %q is no date (YYYY-MM-DD)`, e.BadDate)
	}
	return `no "` + e.Missing + `" string`
}

// Unwrap returns the JSON decoding error, if any.
func (e *LineError) Unwrap() error { return e.JSON }

// A LongLineError reports a line of NDJSON longer than the maximum.
type LongLineError struct {
	Size, Max int // the line's length and the maximum, in bytes
}

// Error gives the line's length and the maximum.
func (e *LongLineError) Error() string {
	return fmt.Sprintf("line of %d bytes, more than the %d a line may hold", e.Size, e.Max)
}

// A ReadError reports that reading NDJSON input failed, and so skips the rest of it.
type ReadError struct {
	Err error
}

// Error gives the read error and says that the rest of the input is skipped.
func (e *ReadError) Error() string {
	return e.Err.Error() + " (the rest of the input is skipped)"
}

// Unwrap returns the error reading the input.
func (e *ReadError) Unwrap() error { return e.Err }

// DecodeLine returns the document of an NDJSON line: an object with the strings "doc"
// (its name) and "text", and optionally "date" (YYYY-MM-DD, or an RFC 3339 time of which
// the day counts); other fields are ignored. When the line holds no document, the error
// is a *LineError.
func DecodeLine(line []byte) (doc, text string, date time.Time, err error) {
	var d struct {
		Doc  *string `json:"doc"`
		Text *string `json:"text"`
		Date string  `json:"date"`
	}
	if err := json.Unmarshal(line, &d); err != nil {
		return "", "", time.Time{}, &LineError{JSON: err}
	}
	switch {
	case d.Doc == nil:
		return "", "", time.Time{}, &LineError{Missing: "doc"}
	case d.Text == nil:
		return "", "", time.Time{}, &LineError{Missing: "text"}
	}
	if d.Date != "" {
		if date, err = ParseDate(d.Date); err != nil {
			return "", "", time.Time{}, &LineError{BadDate: d.Date}
		}
	}
	return *d.Doc, *d.Text, date, nil
}

// ParseDate reads a document's date: YYYY-MM-DD, or an RFC 3339 time, of which the day
// counts.
func ParseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is no date (YYYY-MM-DD)", s)
	}
	y, m, dd := t.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), nil
}

// errInterrupted is what readLine returns once ctx is done.
var errInterrupted = errors.New("interrupted")

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
