package actorgraph

import (
	"math"
	"strings"
)

// This file holds the mentions a Corpus collects without a cap in a quarter of the
// memory of a Mention. Without Parser.MaxMentions every mention of the corpus is kept,
// some 20 a KB of news: at 48 bytes a Mention, a byte of memory per byte of input, the
// largest part of a corpus but for its evidence and texts. Their documents and texts
// repeat, and their offsets fit 32 bits (MaxDocumentBytes is at most 2 GiB), so the
// collector keeps each as four numbers and makes the Mentions only for the graph.

// A packedMention is a Mention of a document of the corpus: doc is the document's index
// among those added (Corpus.names), text the index of its text among the collector's
// (collector.texts), start and end its span.
type packedMention struct {
	doc, text, start, end uint32
}

// pack returns m, a mention of document doc of the corpus, named name, packed; ok is
// false if it does not fit, and the caller keeps it as it is.
func (c *collector) pack(m Mention, doc int, name string) (p packedMention, ok bool) {
	if m.Doc != name || uint64(doc) > math.MaxUint32 || m.Start < 0 || m.End < m.Start || uint64(m.End) > math.MaxUint32 {
		return p, false
	}
	id, found := c.textIDs[m.Text]
	if !found {
		if uint64(len(c.texts)) > math.MaxUint32 {
			return p, false
		}
		t := strings.Clone(m.Text) // a substring of its document: a copy keeps none
		id = uint32(len(c.texts))
		c.texts = append(c.texts, t)
		if c.textIDs == nil {
			c.textIDs = make(map[string]uint32)
		}
		c.textIDs[t] = id
	}
	return packedMention{doc: uint32(doc), text: id, start: uint32(m.Start), end: uint32(m.End)}, true
}

// unpack appends the packed mentions of ca to its Mentions, with the documents' names
// from names, and drops the packed ones.
func (c *collector) unpack(ca *collActor, names []string) {
	if len(ca.packed) == 0 {
		return
	}
	ms := make([]Mention, len(ca.Mentions), len(ca.Mentions)+len(ca.packed))
	copy(ms, ca.Mentions)
	for _, p := range ca.packed {
		ms = append(ms, Mention{Doc: names[p.doc], Span: Span{Start: int(p.start), End: int(p.end)}, Text: c.texts[p.text]})
	}
	ca.Mentions, ca.packed = ms, nil
}
