package actorgraph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode"

	"github.com/actorgraph/actorgraph/internal/safetext"
)

// The JSON form of a Graph is one object with two arrays, written with two-space
// indentation and a trailing newline:
//
//	{
//	  "actors": [
//	    {"id", "name", "kind", "country" (omitted when empty), "aliases", "roles", "mentions"}, ...
//	  ],
//	  "relations": [
//	    {"type", "source", "target", "modality", "first_seen", "last_seen" (both omitted
//	     when unknown), "evidence"}, ...
//	  ],
//	  "warnings": [
//	    {"doc", "limit", "offset", "max", "got"}, ...
//	  ]
//	}
//
// A mention is {"doc", "start", "end", "text"} and a piece of evidence {"doc", "sentence",
// "sentence_start", "start", "end", "text", "rule", "date", "doc_date"} (the dates
// omitted when unknown; see Date for their form): the words that state a relation are
// text[start-sentence_start : end-sentence_start], and a mention's text is the document's
// text[start:end], so a reader can highlight both without the documents. A mention's
// text may be left out (the parser always writes it), so may mentions and evidence
// altogether, as in the eval package's gold files.
//
// The field names are the json tags of Actor, Role, Mention, Relation, Evidence and
// Warning. Actors are sorted by ID, relations by type, source, target and modality, and
// warnings as Graph.Warnings returns them; empty lists are written as [] rather than
// null, except warnings, which are left out when there are none.

// WriteJSON writes the graph to w as JSON. It streams: each actor and each relation is
// encoded on its own, so the whole document is never held in memory, and a large graph
// is encoded on runtime.GOMAXPROCS(0) goroutines. The output is byte-for-byte
// deterministic, whatever the number of goroutines, and ReadJSON reads it back into an
// equal graph. Strings are not HTML-escaped. A nil graph is written as an empty one.
func (g *Graph) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{\n  \"actors\": [")
	var actors []*Actor
	var relations []*Relation
	if g != nil {
		actors, relations = g.actors, g.rels
	}
	// The weights count the lines of an element's lists: 4 for a role, 6 for a mention,
	// 9 for a piece of evidence.
	err := writeElements(bw, jsonArray{
		n:      len(actors),
		value:  func(i int) any { return jsonActor(actors[i]) },
		weight: func(i int) int { a := actors[i]; return 1 + len(a.Aliases) + 4*len(a.Roles) + 6*len(a.Mentions) },
		errOf: func(i int, err error) error {
			return fmt.Errorf("actorgraph: write JSON: actor %q: %w", actors[i].ID, err)
		},
	})
	if err != nil {
		return err
	}
	if len(actors) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"relations\": [")
	err = writeElements(bw, jsonArray{
		n:      len(relations),
		value:  func(i int) any { return jsonRelation(relations[i]) },
		weight: func(i int) int { return 1 + 9*len(relations[i].Evidence) },
		errOf: func(i int, err error) error {
			return fmt.Errorf("actorgraph: write JSON: relation %s: %w", relations[i].Type, err)
		},
	})
	if err != nil {
		return err
	}
	if len(relations) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]")
	if g != nil && len(g.warnings) > 0 {
		bw.WriteString(",\n  \"warnings\": [")
		err := writeElements(bw, jsonArray{
			n:      len(g.warnings),
			value:  func(i int) any { return g.warnings[i] },
			weight: func(int) int { return 1 },
			errOf:  func(_ int, err error) error { return fmt.Errorf("actorgraph: write JSON: warning: %w", err) },
		})
		if err != nil {
			return err
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	// bufio.Writer remembers the first write error, so checking Flush is enough.
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("actorgraph: write JSON: %w", err)
	}
	return nil
}

// jsonActor returns a shallow copy of a whose nil lists are empty, so that they encode as
// [] rather than null.
func jsonActor(a *Actor) *Actor {
	c := *a
	if c.Aliases == nil {
		c.Aliases = []string{}
	}
	if c.Roles == nil {
		c.Roles = []Role{}
	}
	if c.Mentions == nil {
		c.Mentions = []Mention{}
	}
	return &c
}

// jsonRelation is jsonActor for relations.
func jsonRelation(r *Relation) *Relation {
	c := *r
	if c.Evidence == nil {
		c.Evidence = []Evidence{}
	}
	return &c
}

// ReadJSON reads a graph in the form WriteJSON writes. It validates what it reads: every
// actor needs a unique, non-empty ID and a known kind (or none); every relation a known
// type and modality and two ends that are actors in the document; every span a
// non-negative start and an end not before it; every warning a known limit and a
// non-negative offset. IDs, and so relation ends, may not hold control characters, format
// characters (bidi controls, zero-width characters, the BOM), line or paragraph
// separators, or the noncharacters U+FFFE and U+FFFF: the writers could not keep two IDs
// apart that differ only by one of them (GraphML turns control characters into U+FFFD,
// the Neo4j CSV into spaces, and the drawing and the command's text leave format
// characters out). The parser never makes such IDs. Unknown fields and trailing data are
// errors. Errors name the offending element by its zero-based index, as in
// `actorgraph: read JSON: relation 3: unknown type "x"`.
//
// The graph is normalized as Merge normalizes: lists are sorted and de-duplicated,
// symmetric relations are oriented, and relations with equal type, ends and modality are
// pooled. Actors are never joined (see Graph.JoinSurnames): every actor read is an actor of
// the graph. Output of WriteJSON is already normal, so it reads back unchanged.
func ReadJSON(r io.Reader) (*Graph, error) {
	g, err := readJSON(json.NewDecoder(r))
	if err != nil {
		return nil, fmt.Errorf("actorgraph: read JSON: %w", err)
	}
	return g, nil
}

// MarshalJSON implements json.Marshaler, so that a *Graph inside a value given to
// json.Marshal is encoded in the form WriteJSON writes (json.Marshal then compacts it).
// It holds the whole document in memory: to write a large graph, use WriteJSON.
func (g *Graph) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	if err := g.WriteJSON(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// UnmarshalJSON implements json.Unmarshaler: it reads data as ReadJSON does, with the
// same validation and normalization, and replaces the contents of g with the graph read,
// so that json.Unmarshal fills a zero Graph or a *Graph inside a larger value. On error g
// is left unchanged. Unlike the other methods, it changes g: it must not be called while
// g is in use.
func (g *Graph) UnmarshalJSON(data []byte) error {
	read, err := ReadJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	// The fields newGraph and ReadJSON set, with the indexes and their sync.Once fields
	// zero, to be built again on use. A composite literal copies no lock.
	*g = Graph{actors: read.actors, rels: read.rels, warnings: read.warnings, lex: read.lex}
	return nil
}

func readJSON(dec *json.Decoder) (*Graph, error) {
	dec.DisallowUnknownFields()
	if err := expectDelim(dec, '{', "document"); err != nil {
		return nil, err
	}
	var (
		b            builder
		ids          = make(map[string]bool)
		rels         []*Relation
		seenActors   bool
		seenRelation bool
		seenWarnings bool
	)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, syntaxError(dec, err)
		}
		switch key, _ := tok.(string); key {
		case "actors":
			if seenActors {
				return nil, errors.New(`duplicate key "actors"`)
			}
			seenActors = true
			err = readArray(dec, "actors", func(i int) error {
				var a Actor
				if err := dec.Decode(&a); err != nil {
					return fmt.Errorf("actor %d: %w", i, syntaxError(dec, err))
				}
				if err := validateActor(&a, ids); err != nil {
					if a.ID != "" {
						return fmt.Errorf("actor %d (%q): %w", i, a.ID, err)
					}
					return fmt.Errorf("actor %d: %w", i, err)
				}
				ids[a.ID] = true
				b.addActor(&a)
				return nil
			})
		case "relations":
			if seenRelation {
				return nil, errors.New(`duplicate key "relations"`)
			}
			seenRelation = true
			err = readArray(dec, "relations", func(i int) error {
				var r Relation
				if err := dec.Decode(&r); err != nil {
					return fmt.Errorf("relation %d: %w", i, syntaxError(dec, err))
				}
				if err := validateRelation(&r); err != nil {
					return fmt.Errorf("relation %d: %w", i, err)
				}
				rels = append(rels, &r)
				return nil
			})
		case "warnings":
			if seenWarnings {
				return nil, errors.New(`duplicate key "warnings"`)
			}
			seenWarnings = true
			err = readArray(dec, "warnings", func(i int) error {
				var w Warning
				if err := dec.Decode(&w); err != nil {
					return fmt.Errorf("warning %d: %w", i, syntaxError(dec, err))
				}
				if err := validateWarning(w); err != nil {
					return fmt.Errorf("warning %d: %w", i, err)
				}
				b.warnings = append(b.warnings, w)
				return nil
			})
		default:
			err = fmt.Errorf("unknown key %q", key)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := expectDelim(dec, '}', "document"); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("unexpected data after the document")
	}
	// Relations may come before actors in hand-written input, so ends are checked last.
	for i, r := range rels {
		switch {
		case !ids[r.Source]:
			return nil, fmt.Errorf("relation %d: source %q is not an actor", i, r.Source)
		case !ids[r.Target]:
			return nil, fmt.Errorf("relation %d: target %q is not an actor", i, r.Target)
		}
		b.addRelation(r)
	}
	return b.graph(), nil
}

// readArray reads a JSON array (null counts as empty), calling elem for each element with
// its index; elem must consume exactly one value.
func readArray(dec *json.Decoder, what string, elem func(i int) error) error {
	tok, err := dec.Token()
	if err != nil {
		return syntaxError(dec, err)
	}
	if tok == nil {
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return fmt.Errorf("%s: want an array, got %s", what, describeToken(tok))
	}
	for i := 0; dec.More(); i++ {
		if err := elem(i); err != nil {
			return err
		}
	}
	return expectDelim(dec, ']', what)
}

func expectDelim(dec *json.Decoder, want json.Delim, what string) error {
	tok, err := dec.Token()
	if err == io.EOF {
		return fmt.Errorf("%s: unexpected end of input", what)
	}
	if err != nil {
		return syntaxError(dec, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("%s: want %q, got %s", what, string(want), describeToken(tok))
	}
	return nil
}

func describeToken(tok json.Token) string {
	switch t := tok.(type) {
	case nil:
		return "null"
	case json.Delim:
		return fmt.Sprintf("%q", string(t))
	case string:
		return "a string"
	case bool:
		return "a boolean"
	default:
		return "a number"
	}
}

// syntaxError adds to JSON syntax errors the input offset of the value that failed to
// parse (json.SyntaxError.Offset is not relative to the input start when a Decoder reads
// values one by one), and turns a bare EOF into io.ErrUnexpectedEOF, since EOF inside a
// document means the input was cut short.
func syntaxError(dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("value at offset %d: %w", dec.InputOffset(), err)
	case errors.Is(err, io.EOF):
		return io.ErrUnexpectedEOF
	}
	return err
}

func validateActor(a *Actor, ids map[string]bool) error {
	switch {
	case a.ID == "":
		return errors.New("empty id")
	case ids[a.ID]:
		return errors.New("duplicate id")
	}
	if err := checkIDRunes(a.ID); err != nil {
		return fmt.Errorf("id %w", err)
	}
	switch a.Kind {
	case "", Person, Organization, Country, Group:
	default:
		return fmt.Errorf("unknown kind %q", a.Kind)
	}
	for j, m := range a.Mentions {
		if err := validateSpan(m.Span); err != nil {
			return fmt.Errorf("mention %d: %w", j, err)
		}
		if m.Text != "" && len(m.Text) != m.Len() {
			return fmt.Errorf("mention %d: text of %d bytes for a span of %d", j, len(m.Text), m.Len())
		}
	}
	return nil
}

func validateRelation(r *Relation) error {
	if !r.Type.Valid() {
		return fmt.Errorf("unknown type %q", r.Type)
	}
	if !r.Modality.Valid() {
		return fmt.Errorf("unknown modality %q", r.Modality)
	}
	// An empty or unknown end is reported once all actors are read.
	if err := checkIDRunes(r.Source); err != nil {
		return fmt.Errorf("source %q %w", r.Source, err)
	}
	if err := checkIDRunes(r.Target); err != nil {
		return fmt.Errorf("target %q %w", r.Target, err)
	}
	for j, e := range r.Evidence {
		if e.Sentence < 0 {
			return fmt.Errorf("evidence %d: negative sentence index %d", j, e.Sentence)
		}
		if err := validateSpan(e.Span); err != nil {
			return fmt.Errorf("evidence %d: %w", j, err)
		}
		if err := validateSentence(e); err != nil {
			return fmt.Errorf("evidence %d: %w", j, err)
		}
	}
	return nil
}

// checkIDRunes returns an error naming the first character of id that an ID may not hold
// (see ReadJSON), as "holds control character U+0001 at byte 3".
func checkIDRunes(id string) error {
	for i, r := range id {
		what := ""
		switch {
		case unicode.IsControl(r):
			what = "control character"
		case safetext.Invisible(r):
			what = "format character"
		case r == '\u2028':
			what = "line separator"
		case r == '\u2029':
			what = "paragraph separator"
		case r == '\uFFFE' || r == '\uFFFF':
			what = "noncharacter"
		default:
			continue
		}
		return fmt.Errorf("holds %s %U at byte %d", what, r, i)
	}
	return nil
}

// validateWarning checks a warning read back: a known limit and a non-negative offset.
func validateWarning(w Warning) error {
	switch {
	case w.Limit != "MaxSentenceBytes" && w.Limit != "MaxActors":
		return fmt.Errorf("unknown limit %q", w.Limit)
	case w.Offset < 0:
		return fmt.Errorf("negative offset %d", w.Offset)
	}
	return nil
}

// validateSentence checks that the sentence of a piece of evidence starts at a
// non-negative offset and holds its span. Evidence without text is not checked against it,
// and neither is evidence without a sentence start: JSON written before "sentence_start"
// existed reads as start 0, so its span may lie past the text (Evidence.Words is then
// empty). Text may be longer than the sentence (see Evidence.Text), never shorter.
func validateSentence(e Evidence) error {
	switch {
	case e.SentenceStart < 0:
		return fmt.Errorf("negative sentence start %d", e.SentenceStart)
	case e.Text == "" || e.SentenceStart == 0 && e.End > len(e.Text):
		return nil
	case e.Start < e.SentenceStart || e.End > e.SentenceStart+len(e.Text):
		return fmt.Errorf("span [%d, %d) outside the sentence at %d of %d bytes", e.Start, e.End, e.SentenceStart, len(e.Text))
	}
	return nil
}

func validateSpan(s Span) error {
	switch {
	case s.Start < 0:
		return fmt.Errorf("negative span start %d", s.Start)
	case s.End < s.Start:
		return fmt.Errorf("span end %d before start %d", s.End, s.Start)
	}
	return nil
}
