package actorgraph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"
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

// LimitError reports which limit of a Parser an input exceeded. Input is never truncated
// silently: exceeding a limit fails the whole document.
type LimitError struct {
	Doc   string // the document's name
	Limit string // "MaxDocumentBytes", "MaxSentenceBytes" or "MaxActors"
	Max   int    // the limit in force
	Got   int    // the size seen
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("actorgraph: document %q: %s exceeded: %d > %d", e.Doc, e.Limit, e.Got, e.Max)
}

// Unwrap returns ErrLimit.
func (e *LimitError) Unwrap() error { return ErrLimit }

// Parser turns text into an actor graph. Its zero value uses the built-in lexicon and the
// default limits. A Parser is safe for concurrent use as long as its fields are not changed
// while it is in use.
type Parser struct {
	// Lexicon holds the countries, organizations, titles and names the parser knows;
	// nil means DefaultLexicon().
	Lexicon *Lexicon
	// DisableRules names extraction rules to switch off, as reported in Evidence.Rule.
	DisableRules []string
	// MaxDocumentBytes, MaxSentenceBytes and MaxActors bound the work done on one document;
	// zero means the Default constant of the same name.
	MaxDocumentBytes int
	MaxSentenceBytes int
	MaxActors        int
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
// punctuation and never appear inside a name. ParseDoc returns ctx.Err() if ctx is
// cancelled, and a *LimitError if the text exceeds a limit.
func (p *Parser) ParseDoc(ctx context.Context, doc, text string) (*Graph, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if max := p.limit(p.MaxDocumentBytes, DefaultMaxDocumentBytes); len(text) > max {
		return nil, &LimitError{Doc: doc, Limit: "MaxDocumentBytes", Max: max, Got: len(text)}
	}
	st := newDocState(p, doc, text)
	defer st.release()
	if err := st.run(ctx); err != nil {
		return nil, err
	}
	return st.graph(), nil
}

func (p *Parser) limit(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

func (p *Parser) lexicon() *Lexicon {
	if p.Lexicon != nil {
		return p.Lexicon
	}
	return DefaultLexicon()
}

func (p *Parser) ruleEnabled(rule string) bool { return !slices.Contains(p.DisableRules, rule) }

// validRuneStart reports whether offset i of s starts a rune (or is the end of s).
func validRuneStart(s string, i int) bool {
	return i == len(s) || i < len(s) && utf8.RuneStart(s[i])
}
