package actorgraph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// referenceJSON is WriteJSON as it was before it encoded on several cores: one encoder
// with SetIndent, one element after another.
func referenceJSON(g *Graph) []byte {
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	element := func(sep string, v any) {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			panic(err)
		}
		bw.WriteString(sep)
		bw.WriteString("    ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	bw.WriteString("{\n  \"actors\": [")
	sep := "\n"
	for a := range g.Actors() {
		element(sep, jsonActor(a))
		sep = ",\n"
	}
	if sep != "\n" {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"relations\": [")
	sep = "\n"
	for r := range g.Relations(Filter{}) {
		element(sep, jsonRelation(r))
		sep = ",\n"
	}
	if sep != "\n" {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]")
	if len(g.Warnings()) > 0 {
		bw.WriteString(",\n  \"warnings\": [")
		sep = "\n"
		for _, w := range g.Warnings() {
			element(sep, w)
			sep = ",\n"
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	bw.Flush()
	return out.Bytes()
}

// TestWriteJSONParallel checks that WriteJSON writes the bytes of one encoder working
// through the elements in order, whatever the number of cores and the size of chunks.
func TestWriteJSONParallel(t *testing.T) {
	docs := corpusDocs(t, 3)
	p := Parser{MaxSentenceBytes: 200} // a few warnings too
	g, err := p.ParseAll(context.Background(), func(yield func(string, string) bool) {
		for _, d := range docs {
			if !yield(d.name, d.text) {
				return
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Warnings()) == 0 {
		t.Fatal("no warnings: the test covers less than it should")
	}
	graphs := map[string]*Graph{"corpus": g, "test": testGraph(), "empty": new(Graph), "nil": nil}
	defer func(procs, weight int) {
		runtime.GOMAXPROCS(procs)
		chunkWeight = weight
	}(runtime.GOMAXPROCS(0), chunkWeight)
	for name, g := range graphs {
		want := referenceJSON(g)
		if g == nil {
			want = referenceJSON(new(Graph))
		}
		for _, procs := range []int{1, 2, 5} {
			for _, weight := range []int{1, 7, 100, 2000} {
				runtime.GOMAXPROCS(procs)
				chunkWeight = weight
				var got bytes.Buffer
				if err := g.WriteJSON(&got); err != nil {
					t.Fatalf("%s: GOMAXPROCS %d, chunks of %d: %v", name, procs, weight, err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					i := 0
					for i < min(got.Len(), len(want)) && got.Bytes()[i] == want[i] {
						i++
					}
					t.Errorf("%s: GOMAXPROCS %d, chunks of %d: output differs from byte %d: got %q, want %q",
						name, procs, weight, i, excerpt(got.Bytes(), i), excerpt(want, i))
				}
			}
		}
	}
}

func excerpt(b []byte, i int) string {
	return string(b[max(0, i-40):min(len(b), i+40)])
}

// TestWriteJSONParallelError checks that a writer that fails midway fails a write on
// several cores, as on one.
func TestWriteJSONParallelError(t *testing.T) {
	defer func(procs, weight int) {
		runtime.GOMAXPROCS(procs)
		chunkWeight = weight
	}(runtime.GOMAXPROCS(2), chunkWeight)
	chunkWeight = 1
	g := testGraph()
	size := len(writeJSON(t, g))
	for _, after := range []int{0, 1, size / 3, size / 2, size - 1} {
		if err := g.WriteJSON(&failWriter{after: after}); !errors.Is(err, errWrite) {
			t.Errorf("WriteJSON to a writer failing after %d bytes = %v, want %v", after, err, errWrite)
		}
	}
}

// indent lays out compact with an indenter, written in the pieces splits cuts it into
// (each a length; what they leave is the last piece), with blocks of blockSize.
func indent(compact []byte, splits ...int) string {
	var out []byte
	d := indenter{out: make([]byte, 0, blockSize), flush: func(b []byte) []byte {
		if len(b) > blockSize {
			panic("a block over blockSize")
		}
		out = append(out, b...)
		return b[:0]
	}}
	for _, n := range splits {
		n = min(n, len(compact))
		d.Write(compact[:n])
		compact = compact[n:]
	}
	d.Write(compact)
	return string(append(out, d.out...))
}

// TestIndenter compares the indenter with json.Indent on what encoding/json writes:
// strings with quotes, backslashes and escapes in every position, empty and nested
// arrays and objects, numbers and literals, values larger than a block, whole and cut
// into pieces anywhere.
func TestIndenter(t *testing.T) {
	strs := []string{"", `"`, `\`, `\\`, `\"`, `"\`, `a"b\"c\\`, "\\\\\"", "line\nbreak\ttab",
		"\x00\x1f", "<&>", "\u2028\u2029", "é ⟦x⟧", "\xff", "{[,:]}", `{"a": [1, 2]}`, " ", "\\u0022",
		strings.Repeat(`x\"`, blockSize/2)}
	values := []any{
		nil, true, false, 0, -1.5e-7, "", []int{}, map[string]int{}, []any{[]any{}, map[string]any{}},
		map[string]any{"a": []any{1, "x", nil, []any{map[string]any{}}}, "b": map[string]any{"c": "d"}},
		testGraph().actors[0], testGraph().rels, make([][]int, blockSize/4),
	}
	for _, s := range strs {
		values = append(values, s, []string{s, s}, map[string]string{s: s}, Mention{Doc: s, Text: s})
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		values = append(values, randomValue(r, 4))
	}
	for _, v := range values {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		compact := buf.Bytes() // with the newline Encode ends it with
		var want bytes.Buffer
		if err := json.Indent(&want, bytes.TrimSuffix(compact, []byte("\n")), elementPrefix, elementIndent); err != nil {
			t.Fatal(err)
		}
		if got := indent(compact); got != want.String() {
			t.Errorf("indent(%.200s) =\n%.300s\nwant\n%.300s", compact, got, want.String())
			continue
		}
		for range 5 {
			var splits []int
			for range r.IntN(4) + 1 {
				splits = append(splits, r.IntN(len(compact)+1))
			}
			if got := indent(compact, splits...); got != want.String() {
				t.Errorf("indent(%.200s) in pieces %v =\n%.300s\nwant\n%.300s", compact, splits, got, want.String())
				break
			}
		}
		for i := range min(len(compact), 64) { // every cut of the first bytes
			if got := indent(compact, i); got != want.String() {
				t.Errorf("indent(%.200s) cut at %d =\n%.300s\nwant\n%.300s", compact, i, got, want.String())
				break
			}
		}
	}
}

// randomValue returns a random JSON value nested at most depth deep, of strings made of
// the characters that matter to appendIndent.
func randomValue(r *rand.Rand, depth int) any {
	k := r.IntN(6)
	if depth == 0 {
		k = r.IntN(3)
	}
	switch k {
	case 0:
		const chars = `"\{}[],: ab` + "\n\x01é"
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteByte(chars[r.IntN(len(chars))])
		}
		return b.String()
	case 1:
		return r.IntN(2000) - 1000
	case 2:
		return []any{nil, true, false}[r.IntN(3)]
	case 3, 4:
		s := make([]any, r.IntN(4))
		for i := range s {
			s[i] = randomValue(r, depth-1)
		}
		return s
	default:
		m := map[string]any{}
		for i := range r.IntN(4) {
			m[fmt.Sprint(randomValue(r, 0), i)] = randomValue(r, depth-1)
		}
		return m
	}
}

// FuzzIndenter compares the indenter with json.Indent on the JSON of any string, and of
// any valid JSON value read and written again by encoding/json, whole and in two pieces.
func FuzzIndenter(f *testing.F) {
	f.Add(`{"a":"\"\\","b":[[],{}]}`, 3)
	f.Add(`"\\\""`, 2)
	f.Fuzz(func(t *testing.T, s string, cut int) {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			v = []any{s, map[string]any{s: s}}
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if enc.Encode(v) != nil {
			return
		}
		compact := buf.Bytes()
		var want bytes.Buffer
		if err := json.Indent(&want, bytes.TrimSuffix(compact, []byte("\n")), elementPrefix, elementIndent); err != nil {
			t.Fatal(err)
		}
		if got := indent(compact); got != want.String() {
			t.Errorf("indent(%s) =\n%s\nwant\n%s", compact, got, want.String())
		}
		cut = max(0, min(cut, len(compact)))
		if got := indent(compact, cut); got != want.String() {
			t.Errorf("indent(%s) cut at %d =\n%s\nwant\n%s", compact, cut, got, want.String())
		}
	})
}
