package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/internal/safetext"
)

// This file writes a piece of evidence for a reader: the words that state the relation,
// marked within a window of their sentence, and where they are, as DOC:LINE:COL when the
// command read the document's text, else as DOC sentence N.

// maxKeptText bounds the text docTexts keeps, so that the text summary of an archive
// needs no more memory than that on top of the graph; the evidence of the documents
// past it is located by sentence.
const maxKeptText = 256 << 20

// Marks around the evidence words in a quote.
const (
	markOpen  = "⟦"
	markClose = "⟧"
)

// The runes of context a quote shows on each side of the evidence words, and the most
// of the words themselves it shows: their start and their end, which name the actors,
// and the middle cut out, marked "…".
const (
	quoteContext = 30
	quoteWords   = 80
)

// docTexts keeps the text of the documents the command parsed, by name, for the text
// output to locate evidence in: up to maxKeptText bytes in all. A name two documents
// share locates nothing, since evidence cannot say which of them it is from. Its zero
// value is ready; it is not safe for concurrent use.
type docTexts struct {
	docs map[string]*docText // nil for a name seen twice
	size int
}

// A docText is a document's text and the offsets its lines start at, built on first use.
type docText struct {
	text  string
	lines []int
}

// add keeps the text of the document named doc, while there is room.
func (d *docTexts) add(doc, text string) {
	if d.docs == nil {
		d.docs = make(map[string]*docText)
	}
	if _, seen := d.docs[doc]; seen {
		d.docs[doc] = nil
		return
	}
	if d.size+len(text) > maxKeptText {
		return
	}
	d.size += len(text)
	d.docs[doc] = &docText{text: text}
}

// lookup returns the kept text of the document named doc, or nil. A nil d has none.
func (d *docTexts) lookup(doc string) *docText {
	if d == nil {
		return nil
	}
	return d.docs[doc]
}

// position returns the line and column, both from 1, of byte offset off in the text; the
// column counts bytes, as go/token does.
func (t *docText) position(off int) (line, col int) {
	if t.lines == nil {
		t.lines = []int{0}
		for i := 0; i < len(t.text); i++ {
			if t.text[i] == '\n' {
				t.lines = append(t.lines, i+1)
			}
		}
	}
	i, found := slices.BinarySearch(t.lines, off)
	if !found {
		i-- // the line that starts before off
	}
	return i + 1, off - t.lines[i] + 1
}

// holds reports whether the sentence of evidence e stands in the text where e says it
// starts: then e's offsets are offsets into this text, and not into another document of
// the same name (a graph read from JSON may name one).
func (t *docText) holds(e actorgraph.Evidence) bool {
	return e.SentenceStart >= 0 && e.SentenceStart <= len(t.text) && strings.HasPrefix(t.text[e.SentenceStart:], e.Text)
}

// writeEvidence writes a piece of evidence after a relation: where it is, as DOC:LINE:COL
// when texts holds the document, else as DOC sentence N (numbered from 1), and a quote
// with the evidence words (Evidence.Words) marked,
//
//	a.txt:3:41 "…Zelensky spoke ⟦by phone with⟧ Donald Trump on…"
//
// or, when the evidence cannot say which words of its sentence state the relation (JSON
// written before sentence_start existed), the start of the sentence:
//
//	a.txt sentence 4 "Ukrainian President Volodymyr Zelensky spoke by phone with…"
func writeEvidence(bw *bufio.Writer, e actorgraph.Evidence, texts *docTexts) {
	where := fmt.Sprintf("%s sentence %d", clean(e.Doc), e.Sentence+1)
	if t := texts.lookup(e.Doc); t != nil && t.holds(e) {
		line, col := t.position(e.Start)
		where = fmt.Sprintf("%s:%d:%d", clean(e.Doc), line, col)
	}
	if w := e.Words(); w != "" {
		s := e.Start - e.SentenceStart
		fmt.Fprintf(bw, "  %s \"%s\"", where, markedQuote(e.Text[:s], w, e.Text[s+len(w):]))
		return
	}
	fmt.Fprintf(bw, "  %s \"%s\"", where, quote(e.Text))
}

// markedQuote returns the evidence words, marked and cut to about quoteWords runes,
// with up to quoteContext runes of the sentence on each side, cut at a space and marked
// "…" where the sentence goes on. Everything is cleaned as clean does, keeping a space
// where the parts meet at one.
func markedQuote(before, words, after string) string {
	b := clean(before)
	if b != "" && endsInSeparator(before) {
		b += " "
	}
	if utf8.RuneCountInString(b) > quoteContext {
		b = "…" + tailWords(b, quoteContext)
	}
	a := clean(after)
	if a != "" && startsWithSeparator(after) {
		a = " " + a
	}
	if utf8.RuneCountInString(a) > quoteContext {
		a = headWords(a, quoteContext) + "…"
	}
	w := clean(words)
	if utf8.RuneCountInString(w) > quoteWords {
		w = headWords(w, quoteWords/2) + " … " + tailWords(w, quoteWords/2)
	}
	return b + markOpen + w + markClose + a
}

// headWords returns the first n runes of s, less the word they cut, if any space
// leaves some of them; tailWords the last n, likewise.
func headWords(s string, n int) string {
	h := firstRunes(s, n)
	if len(h) < len(s) && s[len(h)] != ' ' {
		if i := strings.LastIndexByte(h, ' '); i > 0 {
			h = h[:i]
		}
	}
	return strings.TrimRight(h, " ")
}

func tailWords(s string, n int) string {
	t := lastRunes(s, n)
	if len(t) < len(s) && s[len(s)-len(t)-1] != ' ' {
		if i := strings.IndexByte(t, ' '); i >= 0 && i < len(t)-1 {
			t = t[i+1:]
		}
	}
	return strings.TrimLeft(t, " ")
}

func endsInSeparator(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return safetext.Separator(r)
}

func startsWithSeparator(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return safetext.Separator(r)
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n--
		if n == 0 {
			return s[i:]
		}
	}
	return s
}
