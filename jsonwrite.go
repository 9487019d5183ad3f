package actorgraph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"runtime"
	"sync"
)

// This file encodes the elements of the JSON form's arrays for Graph.WriteJSON: each
// actor, relation or warning with encoding/json, so that every field of the public
// structs is written by its json tag, then indented as an element of a top-level array.
//
// A graph of many elements is encoded on every core, a chunk of elements per goroutine,
// and written in order, so the output is the same bytes whatever the number of cores:
// with every mention and piece of evidence kept, the command writes some 9 bytes of JSON
// per byte of input, and on one goroutine that was a third of its time on two cores.
// The indented output goes from the goroutines to the writer in blocks of a fixed size
// from a fixed set, so that writing takes the same memory however large an element:
// buffers that grow to the largest element, tens of megabytes when every mention is
// kept, were garbage as large as the graph, and let the collector double the heap.

// blockSize is the size of the blocks the indented output is handed on in.
const blockSize = 64 << 10

// blockPool holds blocks for the next write: a program that writes many small graphs
// would otherwise make a dozen for each.
var blockPool = sync.Pool{New: func() any { return new([blockSize]byte) }}

// newBlock returns an empty block.
func newBlock() []byte { return blockPool.Get().(*[blockSize]byte)[:0] }

// freeBlock gives back a block newBlock returned, for another write.
func freeBlock(b []byte) {
	if cap(b) >= blockSize {
		blockPool.Put((*[blockSize]byte)(b[:blockSize]))
	}
}

// An indenter lays out the compact JSON encoding/json writes to it as json.Indent would
// with the prefix "    " and the indent "  ", the layout of an element of a top-level
// array of the JSON form, and hands its output on in blocks. It is json.Indent without
// the scanner, which validates each byte through a function call of its own and took
// some two thirds of WriteJSON's time: encoding/json's output holds no white space outside
// strings, and a string ends at the first quote that an even number of backslashes
// precede, so the punctuation outside strings is all there is to lay out. It keeps its
// place between writes, so a value may come in pieces. On anything but encoding/json's
// output it is undefined (TestIndenter compares it with json.Indent).
type indenter struct {
	depth    int
	open     bool // after [ or {: indent once the array or object proves not empty
	inString bool
	escaped  bool // in a string, after an odd run of backslashes
	// pending is written before the next value: the separator before an element, which
	// a value that fails to encode (and so is never written) does not leave behind.
	pending string
	out     []byte                // the block being filled, of capacity blockSize
	flush   func(b []byte) []byte // hands on a block and returns an empty one
}

const (
	elementPrefix = "    "
	elementIndent = "  "
)

// Write lays out src, the next bytes of compact JSON, but for the newline that
// json.Encoder ends a value with.
func (d *indenter) Write(src []byte) (int, error) {
	if d.pending != "" {
		put(d, d.pending)
		d.pending = ""
	}
	// The state is in locals, and the block is checked for room once a byte: this loop
	// was half of WriteJSON's time.
	out, depth, open := d.out, d.depth, d.open
	for i := 0; i < len(src); {
		if d.inString {
			end := d.stringEnd(src, i)
			d.out = out
			put(d, src[i:end])
			out = d.out
			i = end
			continue
		}
		c := src[i]
		i++
		if c == '\n' {
			continue // the end of a value: compact JSON has no other white space
		}
		if cap(out)-len(out) < punctRoom {
			out = d.flush(out)
		}
		if open && c != ']' && c != '}' {
			open = false
			depth++
			out = appendNewline(out, depth)
		}
		switch c {
		case '"':
			d.inString = true
			out = append(out, c)
		case '[', '{':
			open = true
			out = append(out, c)
		case ',':
			out = append(out, c)
			out = appendNewline(out, depth)
		case ':':
			out = append(out, ':', ' ')
		case ']', '}':
			if open {
				open = false // [] or {}
			} else {
				depth--
				out = appendNewline(out, depth)
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	d.out, d.depth, d.open = out, depth, open
	return len(src), nil
}

// newlines holds a new line, the prefix and the indents of the levels up to 16, so that
// one copy starts a line.
const newlines = "\n" + elementPrefix + elementIndent + elementIndent + elementIndent + elementIndent +
	elementIndent + elementIndent + elementIndent + elementIndent + elementIndent + elementIndent +
	elementIndent + elementIndent + elementIndent + elementIndent + elementIndent + elementIndent

// punctRoom is the room Write makes in a block before a byte outside strings: enough for
// two new lines as deep as newlines holds and three bytes, the most one byte adds.
const punctRoom = 2*len(newlines) + 3

// appendNewline appends a new line, the prefix and the indents of depth levels to out.
// Deeper than newlines holds, out may grow beyond blockSize: the block is then larger.
func appendNewline(out []byte, depth int) []byte {
	if n := 1 + len(elementPrefix) + depth*len(elementIndent); n <= len(newlines) {
		return append(out, newlines[:n]...)
	}
	out = append(out, newlines...)
	for range depth - (len(newlines)-1-len(elementPrefix))/len(elementIndent) {
		out = append(out, elementIndent...)
	}
	return out
}

// stringEnd returns the index in src, from i, just past the quote that ends the string
// the indenter is in, or len(src) if the string goes on; it updates inString and
// escaped to match. It reads the first bytes one by one, which is quicker for the keys
// and names that most strings are, and looks for the quote that ends a longer string
// with bytes.IndexByte.
func (d *indenter) stringEnd(src []byte, i int) int {
	j := i
	if d.escaped { // the last write ended with the backslash that escapes src[i]
		j++
		d.escaped = false
	}
	for stop := min(len(src), j+16); j < stop; {
		switch src[j] {
		case '"':
			d.inString = false
			return j + 1
		case '\\':
			if j+1 == len(src) {
				d.escaped = true
				return len(src)
			}
			j += 2
		default:
			j++
		}
	}
	// Here src[j] is escaped by no backslash before it: a run of backslashes that ends
	// just before a quote escapes it if it is odd.
	for k := j; ; {
		q := bytes.IndexByte(src[k:], '"')
		if q < 0 {
			d.escaped = oddBackslashes(src, j, len(src))
			return len(src)
		}
		q += k
		if !oddBackslashes(src, j, q) {
			d.inString = false
			return q + 1
		}
		k = q + 1
	}
}

// oddBackslashes reports whether src[i:end] ends with an odd run of backslashes, not
// counting those before i.
func oddBackslashes(src []byte, i, end int) bool {
	n := 0
	for end-n > i && src[end-n-1] == '\\' {
		n++
	}
	return n%2 == 1
}

// put writes b, bytes or a string, to the output, flushing each full block.
func put[T []byte | string](d *indenter, b T) {
	if len(b) < cap(d.out)-len(d.out) { // the common case: room to spare
		d.out = append(d.out, b...)
		return
	}
	for len(b) > 0 {
		n := copy(d.out[len(d.out):cap(d.out)], b)
		d.out = d.out[:len(d.out)+n]
		b = b[n:]
		if len(d.out) == cap(d.out) {
			d.out = d.flush(d.out)
		}
	}
}

// An elementEncoder encodes the elements of an array into an indenter. It is not safe
// for concurrent use: each goroutine has its own.
type elementEncoder struct {
	ind indenter
	enc *json.Encoder
}

func newElementEncoder(flush func([]byte) []byte) *elementEncoder {
	e := &elementEncoder{ind: indenter{out: newBlock(), flush: flush}}
	e.enc = json.NewEncoder(&e.ind)
	e.enc.SetEscapeHTML(false)
	return e
}

// encode writes element i of an array, v: the separator, four spaces, and v indented,
// without a newline after it. Of a value that fails to encode, nothing is written.
func (e *elementEncoder) encode(i int, v any) error {
	e.ind.pending = "\n" + elementPrefix
	if i > 0 {
		e.ind.pending = ",\n" + elementPrefix
	}
	err := e.enc.Encode(v)
	e.ind.pending = ""
	return err
}

// finish hands on what the last block holds.
func (e *elementEncoder) finish() {
	if len(e.ind.out) > 0 {
		e.ind.out = e.ind.flush(e.ind.out)
	}
}

// close gives back the encoder's block.
func (e *elementEncoder) close() {
	freeBlock(e.ind.out)
	e.ind.out = nil
}

// A jsonArray is the elements of one array of the JSON form, for writeElements.
type jsonArray struct {
	n      int                          // how many
	value  func(i int) any              // the value to encode as element i
	weight func(i int) int              // about how many lines element i takes, at least 1
	errOf  func(i int, err error) error // the error to return when element i fails
}

// chunkWeight is about how many lines of JSON writeElements gives a goroutine at a
// time: some 100 KB of output, enough to cost little to hand over, few enough to keep
// both cores busy to the end.
var chunkWeight = 2000

// A jsonChunk is elements lo to hi of an array, encoded by a goroutine that sends the
// output on blocks and closes it when done, with the index and error of the element
// that failed, if one did.
type jsonChunk struct {
	lo, hi int
	blocks chan []byte
	failed int
	err    error
}

// chunkBlocks is how many blocks of its output a chunk holds before the writer takes
// them: a chunk that fits goes on to the next without waiting for the writer.
const chunkBlocks = 4

// writeElements writes the elements of a to bw, each after ",\n" but the first after
// "\n". An array of many lines is encoded on runtime.GOMAXPROCS(0) goroutines, a chunk
// at a time, and written in order; the bytes are those of encoding one element after
// another. It returns the error of the first element that fails, and writes nothing of
// it or after it.
func writeElements(bw *bufio.Writer, a jsonArray) error {
	workers := runtime.GOMAXPROCS(0)
	total := 0
	for i := 0; i < a.n && total <= chunkWeight; i++ {
		total += a.weight(i)
	}
	if workers < 2 || total <= chunkWeight {
		e := newElementEncoder(func(b []byte) []byte {
			bw.Write(b)
			return b[:0]
		})
		defer e.close()
		for i := range a.n {
			if err := e.encode(i, a.value(i)); err != nil {
				e.finish()
				return a.errOf(i, err)
			}
		}
		e.finish()
		return nil
	}

	// The dispatcher queues at most queued chunks ahead of the one being written, each
	// with at most chunkBlocks blocks waiting and one being filled, so blocks blocks are
	// enough for every chunk the writer waits for to get the blocks it needs.
	queued := workers + 1
	blocks := (queued+1)*(chunkBlocks+1) + 1
	pool := make(chan []byte, blocks)
	for range blocks {
		pool <- nil // made when first needed: a small graph needs few
	}
	stop := make(chan struct{})
	jobs := make(chan *jsonChunk)
	queue := make(chan *jsonChunk, queued) // in order, for the writer
	var wg sync.WaitGroup
	wg.Add(workers + 1)
	go func() { // the dispatcher
		defer wg.Done()
		defer close(jobs)
		defer close(queue)
		for lo := 0; lo < a.n; {
			hi, w := lo, 0
			for hi < a.n && w < chunkWeight {
				w += a.weight(hi)
				hi++
			}
			c := &jsonChunk{lo: lo, hi: hi, blocks: make(chan []byte, chunkBlocks)}
			select {
			case queue <- c:
			case <-stop:
				return
			}
			select {
			case jobs <- c:
			case <-stop:
				return
			}
			lo = hi
		}
	}()
	for range workers {
		go func() {
			defer wg.Done()
			var c *jsonChunk
			e := newElementEncoder(func(b []byte) []byte {
				select {
				case c.blocks <- b:
				case <-stop:
					return b[:0] // nothing more is written: the block is scrap
				}
				select {
				case b = <-pool:
				case <-stop:
					b = nil
				}
				if b == nil {
					b = newBlock()
				}
				return b
			})
			defer e.close()
			for c = range jobs {
				for i := c.lo; i < c.hi && !stopped(stop); i++ {
					if err := e.encode(i, a.value(i)); err != nil {
						c.failed, c.err = i, err
						break
					}
				}
				e.finish()
				close(c.blocks)
			}
		}()
	}
	// write writes the blocks of c as they come, and reports whether it wrote them all.
	write := func(c *jsonChunk) bool {
		for b := range c.blocks {
			_, err := bw.Write(b)
			pool <- b[:0]
			if err != nil {
				return false // bw keeps the error for the caller's Flush
			}
		}
		return true
	}
	var err error
	for c := range queue {
		if !write(c) {
			break
		}
		if c.err != nil {
			err = a.errOf(c.failed, c.err)
			break
		}
	}
	close(stop) // after an error, stops the goroutines; else they are done already
	wg.Wait()
	close(pool)
	for b := range pool {
		if b != nil {
			freeBlock(b)
		}
	}
	return err
}

// stopped reports whether stop is closed.
func stopped(stop chan struct{}) bool {
	select {
	case <-stop:
		return true
	default:
		return false
	}
}
