package actorgraph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/actorgraph/actorgraph/internal/safetext"
)

// Default limits of a Parser whose limit fields are zero.
const (
	DefaultMaxDocumentBytes = 64 << 20 // 64 MiB
	DefaultMaxSentenceBytes = 64 << 10 // 64 KiB
	DefaultMaxActors        = 100_000
)

// ErrLimit is wrapped by every *LimitError, so errors.Is(err, ErrLimit) tells that an input
// exceeded one of the Parser's limits.
var ErrLimit = errors.New("actorgraph: limit exceeded")

// LimitError reports a document longer than the Parser's MaxDocumentBytes, which fails
// as a whole: nothing of it is parsed. The other limits cost only the part of a document
// over them, which a Warning reports.
type LimitError struct {
	Doc   string // the document's name
	Limit string // "MaxDocumentBytes"
	Max   int    // the limit in force
	Got   int    // the document's length in bytes
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("actorgraph: document %q: %s exceeded: %d > %d", e.Doc, e.Limit, e.Got, e.Max)
}

// Unwrap returns ErrLimit.
func (e *LimitError) Unwrap() error { return ErrLimit }

// A Warning reports part of a document that a Parser cut or skipped to stay within a
// limit; the rest of the document was parsed. Graph.Warnings lists them.
//
// For MaxSentenceBytes, the sentence at Offset, Got bytes long, was split into pieces of
// at most Max bytes, each parsed as a sentence of its own; a word longer than Max, which
// no cut can shorten, was left out. For MaxActors, the document named Got actors and the
// graph keeps the Max named first; Offset is where the first actor left out is first
// named, and relations and roles that need a left-out actor are left out too.
type Warning struct {
	Doc    string `json:"doc"`    // the document's name
	Limit  string `json:"limit"`  // "MaxSentenceBytes" or "MaxActors"
	Offset int    `json:"offset"` // byte offset in the document where the cut or skipped part starts
	Max    int    `json:"max"`    // the limit in force
	Got    int    `json:"got"`    // the sentence's length in bytes, or the document's number of actors
}

// String describes the warning on one line, as in
// `document "a.txt": sentence at byte 1234 (80000 bytes) split: MaxSentenceBytes is 65536`.
func (w Warning) String() string {
	switch w.Limit {
	case "MaxSentenceBytes":
		return fmt.Sprintf("document %q: sentence at byte %d (%d bytes) split: %s is %d", w.Doc, w.Offset, w.Got, w.Limit, w.Max)
	case "MaxActors":
		return fmt.Sprintf("document %q: actors first named at byte %d or later (of %d actors) left out: %s is %d", w.Doc, w.Offset, w.Got, w.Limit, w.Max)
	}
	return fmt.Sprintf("document %q: at byte %d: %s is %d, got %d", w.Doc, w.Offset, w.Limit, w.Max, w.Got)
}

// compareWarnings orders warnings by document, offset, limit and then the numbers.
func compareWarnings(a, b Warning) int {
	return cmp.Or(strings.Compare(a.Doc, b.Doc), cmp.Compare(a.Offset, b.Offset), strings.Compare(a.Limit, b.Limit),
		cmp.Compare(a.Max, b.Max), cmp.Compare(a.Got, b.Got))
}

// Parser turns text into an actor graph. Its zero value uses the built-in lexicon and the
// default limits. A Parser is safe for concurrent use as long as its fields are not changed
// while it is in use.
type Parser struct {
	// Lexicon holds the countries, organizations, titles and names the parser knows;
	// nil means DefaultLexicon().
	Lexicon *Lexicon
	// DisableRules names extraction rules to switch off, as Evidence.Rule reports them:
	// RuleRole, RuleNounBetween, RuleHyphenPair, RulePossessive, RuleNounObject, RuleVerb,
	// RulePassive, RuleOfficeHolder, RuleSetting, RuleInstitution and RuleCompanion (Rules
	// lists them, RuleDescription says what each reads). A name that is no rule fails every
	// parse with an error that wraps ErrUnknownRule.
	DisableRules []string
	// Stated keeps the graph to what the text states: it turns off the inferred rules,
	// RuleOfficeHolder, RuleSetting, RuleInstitution and RuleCompanion. With them (the zero
	// Parser) a title the text gives without a principal takes the state or body that the
	// office-holder lexicon (lexicon/officeholders.tsv) or the document's setting names,
	// with the relation the title implies, an institution of a state the text names is
	// part-of it, the people in a party meet whom its person met, and what they add says
	// so (Role.Inferred, Evidence.Rule).
	Stated bool
	// Date is the date of the documents the Parser reads, when known: the office-holder
	// lexicon then gives the holder of an office on that day ("President Bush" in 2005),
	// evidence carries it as its DocDate, and the dates the text gives relative to it
	// ("on Monday", "last month") are resolved against it. The zero Date is unknown: a
	// document's dateline then gives its date when it has one with a year ("MOSCOW, 9
	// December 2024 /TASS/"); a dateline never overrides a Date given. With no date,
	// only a name one holder of the office has resolves, and only dates the text gives
	// in full are known.
	Date time.Time
	// MaxDocumentBytes, MaxSentenceBytes and MaxActors bound the work done on one document;
	// zero means the Default constant of the same name (64 MiB, 64 KiB and 100,000). A
	// document over MaxDocumentBytes fails with a *LimitError; MaxDocumentBytes is capped at
	// math.MaxInt32, the most the parser's offsets address. The other two cost only the part
	// of the document over them, and the graph reports it with a Warning: a sentence over
	// MaxSentenceBytes is split at word boundaries into pieces of at most that many bytes,
	// cut after the last comma, semicolon or line break in the second half of a piece when
	// there is one; of more than MaxActors actors the graph keeps the MaxActors first named
	// in the text, with the relations and roles between them.
	MaxDocumentBytes int
	MaxSentenceBytes int
	MaxActors        int
	// MaxEvidence and MaxMentions, when positive, cap the evidence kept per relation and
	// the mentions kept per actor in every graph the Parser returns, keeping the first in
	// sorted order (see Graph.CapEvidence); zero keeps all. Mentions and evidence are what
	// grows with the text of a corpus (see Corpus), so the caps bound ParseAll's memory.
	MaxEvidence int
	MaxMentions int
}

// Parse reads one document with the zero Parser. It is shorthand for
// (&Parser{}).ParseDoc(ctx, "", text).
func Parse(ctx context.Context, text string) (*Graph, error) {
	var p Parser
	return p.ParseDoc(ctx, "", text)
}

// Parse reads one unnamed document.
func (p *Parser) Parse(ctx context.Context, text string) (*Graph, error) {
	return p.ParseDoc(ctx, "", text)
}

// ParseDoc reads one document named doc (the name is recorded in mentions and evidence)
// and returns its actor graph. Invalid UTF-8 is tolerated: bad bytes are treated as
// punctuation and never appear inside a name, and in evidence text and the document name
// each becomes U+FFFD, so that every string of the graph survives JSON. ParseDoc returns
// ctx.Err() if ctx is cancelled, an error wrapping ErrUnknownRule if DisableRules names no
// rule, a *LimitError if the text exceeds MaxDocumentBytes, and a *NotTextError if it is
// not text: if it starts like a known binary format (gzip, zip, PDF, PNG, JPEG, GIF, ELF,
// Mach-O, Windows executables, Office documents) or UTF-16, or if more than a quarter of
// its first 8 KiB are control bytes other than white space or bytes of invalid UTF-8. Parts of the text over the other limits are cut, as the Parser's
// fields say, and reported by the graph's Warnings.
func (p *Parser) ParseDoc(ctx context.Context, doc, text string) (*Graph, error) {
	return p.ParseDated(ctx, doc, text, time.Time{})
}

// ParseDated is ParseDoc for a document written on date, which stands for Parser.Date
// in this document (the office holders of that day); the zero date leaves Parser.Date.
func (p *Parser) ParseDated(ctx context.Context, doc, text string, date time.Time) (*Graph, error) {
	st, err := p.parseDoc(ctx, doc, text, date)
	if err != nil {
		return nil, err
	}
	defer st.release()
	g := st.b.graph()
	g.lex = st.lex
	return g.CapEvidence(p.MaxEvidence, p.MaxMentions), nil
}

// parseDoc reads a document as ParseDoc does, and returns its assembly with the
// document's actors and relations in its builder, for the caller to make a graph of or
// merge, and then release. It releases the assembly itself when it fails. A non-zero
// date stands for p.Date.
func (p *Parser) parseDoc(ctx context.Context, doc, text string, date time.Time) (*assembly, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	disabled, err := p.disabledRules()
	if err != nil {
		return nil, err
	}
	if p.Stated {
		disabled |= extract.Inferred()
	}
	doc = safetext.ValidUTF8(doc)
	if what := notText(text); what != "" {
		return nil, &NotTextError{Doc: doc, What: what}
	}
	if max := p.maxDocumentBytes(); len(text) > max {
		return nil, &LimitError{Doc: doc, Limit: "MaxDocumentBytes", Max: max, Got: len(text)}
	}
	lex := p.lexicon()
	st := newAssembly(p, lex, doc, text)
	given := cmp.Or(date, p.Date)
	st.date, st.datelineEnd = documentDate(DayOf(given), text)
	st.x.Reset(lex.data(), extract.Options{
		MaxSentenceBytes: p.limit(p.MaxSentenceBytes, DefaultMaxSentenceBytes),
		Disabled:         disabled,
		Day:              st.date.epochDay(),
	}, text)
	if err := st.x.Run(ctx); err != nil {
		st.release()
		return nil, err
	}
	st.assemble()
	return st, nil
}

func (p *Parser) limit(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

// maxDocumentBytes is the document limit in force: MaxDocumentBytes, but never more than
// the 2 GiB that the pipeline's 32-bit token offsets can address.
func (p *Parser) maxDocumentBytes() int {
	return min(p.limit(p.MaxDocumentBytes, DefaultMaxDocumentBytes), math.MaxInt32)
}

func (p *Parser) lexicon() *Lexicon {
	if p.Lexicon == nil {
		return DefaultLexicon()
	}
	return p.Lexicon
}
