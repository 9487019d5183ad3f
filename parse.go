package actorgraph

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
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
	Got   int    // the size seen (for a sentence found before tokenizing, a lower bound)
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
	// zero means the Default constant of the same name. A document over a limit fails with
	// a *LimitError; nothing is truncated. MaxDocumentBytes is capped at math.MaxInt32, the
	// most the parser's offsets address.
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
// ctx.Err() if ctx is cancelled, a *LimitError if the text exceeds a limit, and a
// *NotTextError if it is not text: if it starts like a known binary format (gzip, zip,
// PDF, PNG, JPEG, GIF, ELF, Mach-O, Windows executables, Office documents) or UTF-16, or if
// more than a quarter of its first 8 KiB are control bytes other than white space or bytes
// of invalid UTF-8.
func (p *Parser) ParseDoc(ctx context.Context, doc, text string) (*Graph, error) {
	st, err := p.parseDoc(ctx, doc, text)
	if err != nil {
		return nil, err
	}
	defer st.release()
	return st.b.graph().CapEvidence(p.MaxEvidence, p.MaxMentions), nil
}

// parseDoc reads a document as ParseDoc does, and returns its state with the document's
// actors and relations in its builder (see docState.assemble), for the caller to make a
// graph of or merge, and then release. It releases the state itself when it fails.
func (p *Parser) parseDoc(ctx context.Context, doc, text string) (*docState, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc = validUTF8(doc)
	if what := notText(text); what != "" {
		return nil, &NotTextError{Doc: doc, What: what}
	}
	if max := p.maxDocumentBytes(); len(text) > max {
		return nil, &LimitError{Doc: doc, Limit: "MaxDocumentBytes", Max: max, Got: len(text)}
	}
	// A sentence too long for the limit is caught here, before the document is tokenized
	// (some 20 bytes of memory per token); the pipeline checks sentences exactly later.
	maxSent := p.limit(p.MaxSentenceBytes, DefaultMaxSentenceBytes)
	if n := longestUnbroken(ctx.Done(), text, maxSent); n > maxSent {
		return nil, &LimitError{Doc: doc, Limit: "MaxSentenceBytes", Max: maxSent, Got: n}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	st := newDocState(p, doc, text)
	if err := st.run(ctx); err != nil {
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

// breakClass classifies the bytes of a text for longestUnbroken: 1 for ASCII letters and
// digits, which are always inside a token; 2 for the bytes at which a sentence may end
// ('\n', '.', '!', '?', and any that folds to another mark); 3 for the first byte of '…'
// (U+2026); 0 for the rest.
var breakClass = func() (c [256]uint8) {
	for b := '0'; b <= '9'; b++ {
		c[b] = 1
	}
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = 1, 1
	}
	c['\n'], c['.'], c['!'], c['?'] = 2, 2, 2, 2
	for r := range letterFolds {
		if r < utf8.RuneSelf {
			c[r] = 2 // folds to another mark, which might end a sentence
		}
	}
	c[0xe2] = 3
	return c
}()

// longestUnbroken returns the length of the first stretch of text longer than max in which
// no sentence may end, measured from its first to its last ASCII letter or digit; or 0
// when there is none. It is a cheap, sound test for an overlong sentence: segment.go ends
// sentences only at line breaks, and at '.', '!', '?', '…' or an initialism (which ends in
// '.') followed, across closing quotes and brackets, by white space and a word or mark
// that may start a sentence (mayStartAfter); so the tokens holding the two characters lie
// in one sentence at least that long. It gives up, returning 0, once done is closed.
func longestUnbroken(done <-chan struct{}, text string, max int) int {
	if len(text) <= max {
		return 0 // no stretch is longer than the text: most documents need no scan
	}
	first, last := -1, -1 // the first and last letter or digit since the last break
	for i := 0; i < len(text); i++ {
		if i&(1<<20-1) == 0 {
			select {
			case <-done:
				return 0
			default:
			}
		}
		switch breakClass[text[i]] {
		case 1:
			if first < 0 {
				first = i
			}
			last = i
			continue
		case 2:
			if text[i] != '\n' && !mayStartAfter(text, i+1) {
				continue
			}
		case 3:
			if !strings.HasPrefix(text[i:], "\u2026") || !mayStartAfter(text, i+len("\u2026")) {
				continue
			}
		default:
			continue
		}
		if first >= 0 && last-first+1 > max {
			return last - first + 1
		}
		first, last = -1, -1
	}
	if first >= 0 && last-first+1 > max {
		return last - first + 1
	}
	return 0
}

// mayStartAfter reports whether a sentence may start after a terminal mark that ends at
// offset i of text: whether closing quotes and brackets and white space follow, and then,
// after white space, a capital, a digit or an opening quote or bracket (see
// segmenter.endsBefore and startsSentence). A byte that is not ASCII may be any of those, and a line
// break ends a sentence anyway, so both count as yes.
func mayStartAfter(text string, i int) bool {
	space := false
	for ; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || c == '\n' {
			return true
		}
		switch afterMark[c] {
		case markSpace:
			space = true
		case markStarter:
			return space
		case markQuote: // opens a sentence after white space, else closes one
			if space {
				return true
			}
		case markCloser:
			space = false // the token after it needs white space of its own
		default:
			return false
		}
	}
	return false
}

// The classes of ASCII bytes after a terminal mark, for mayStartAfter.
const (
	markOther   = iota
	markSpace   // white space and control characters, which separate tokens
	markStarter // a capital, a digit, '(' or '[': may start a sentence
	markQuote   // '"' or '\'', or a byte that folds to a mark (letterFolds): may open or close
	markCloser  // ')' or ']'
)

var afterMark = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		switch {
		case b <= ' ' || b == 0x7f:
			c[b] = markSpace
		case 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '(' || b == '[':
			c[b] = markStarter
		case b == '"' || b == '\'':
			c[b] = markQuote
		case b == ')' || b == ']':
			c[b] = markCloser
		}
	}
	for r := range letterFolds {
		if r < utf8.RuneSelf {
			c[r] = markQuote // "`" is "'" to the segmenter
		}
	}
	return c
}()

// validUTF8 returns s with each byte that is not valid UTF-8 replaced by U+FFFD, as
// encoding/json writes it.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s { // an invalid byte ranges as one utf8.RuneError
		b.WriteRune(r)
	}
	return b.String()
}

func (p *Parser) lexicon() *Lexicon {
	switch {
	case p.Lexicon == nil:
		return DefaultLexicon()
	case p.Lexicon.infos == nil:
		return emptyLexicon() // the zero Lexicon knows no words
	}
	return p.Lexicon
}

func (p *Parser) ruleEnabled(rule string) bool { return !slices.Contains(p.DisableRules, rule) }
