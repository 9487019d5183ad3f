package extract

import (
	"github.com/actorgraph/actorgraph/internal/fold"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/safetext"
)

// This file is stage 1 of the pipeline: it splits a document into tokens with byte offsets
// into the original text, and the tokens into sentences.

// tokFlag describes a token's shape and what precedes it.
type tokFlag uint16

const (
	tWord       tokFlag = 1 << iota // letters, digits, internal apostrophes, dotted initialisms
	tNumber                         // starts with a digit
	tCap                            // first letter is upper case
	tUpper                          // two or more letters, all upper case ("ABC", "U.S.")
	tSpace                          // white space precedes the token
	tNewline                        // a line break precedes the token
	tBlankLine                      // an empty line precedes the token
	tDotted                         // ends in a period that belongs to it ("U.S.", "J.")
	tPossessive                     // the possessive "'s", with either apostrophe
)

// token is a word or punctuation mark with its byte span in the original text, its fold
// key as a span of the document's key buffer, so that tokenizing allocates nothing per
// token, and the number the lexicon gives that key.
type token struct {
	start, end int32
	kstart     int32 // key is keyText[kstart:next kstart]: keys are written in order (keyEnd)
	id         keyID
	num        uint32 // the key's number in the text: id, or past the lexicon's when id is 0
	flags      tokFlag
}

func (t *token) is(f tokFlag) bool { return t.flags&f != 0 }

// sentence is a range of tokens [first, last) and the bytes they cover.
type sentence struct {
	first, last int
	start, end  int
}

// tokenizer splits text into tokens. Its zero value is ready; it is not safe for
// concurrent use, and reuses its buffers between calls.
type tokenizer struct {
	// lex, when set, numbers the tokens' keys (token.id), once each; without it every
	// token has id 0.
	lex *Lexicon
	// infos is lex.infos, set by tokenize: info reads it for most tokens the stages test,
	// one load nearer than through lex.
	infos []keyInfo
	toks  []token
	keys  []byte
	// keyText is keys as one string, made once per text, so that key returns substrings
	// of it and map lookups by key allocate nothing.
	keyText string
	// local numbers the keys the lexicon lacks, past its own keyIDs; nums is one more
	// than the highest token.num.
	local keyTable
	nums  uint32
	// done is polled every cancelCheckTokens tokens by the passes over a whole document,
	// which stop early once it is closed (the caller then returns its context's error);
	// nil never closes.
	done <-chan struct{}
}

// cancelled reports whether t.done is closed.
func (t *tokenizer) cancelled() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

// lineBreak returns the flags for the next token and the count of line breaks before it,
// pending and newlines, after one more line break.
func lineBreak(pending tokFlag, newlines int) (tokFlag, int) {
	pending |= tSpace | tNewline
	if newlines++; newlines >= 2 {
		pending |= tBlankLine
	}
	return pending, newlines
}

// tokenize scans text into t.toks and t.keys, and numbers the tokens' keys.
func (t *tokenizer) tokenize(text string) {
	t.local.reset()
	if t.lex != nil {
		t.infos = t.lex.infos
	}
	// Appending to locals, stored into t once at the end, spares the per-token stores of
	// slice headers into t the write barrier they pay while the collector marks.
	toks, keys := t.toks[:0], t.keys[:0]
	var pending tokFlag // space and newline flags for the next token
	newlines := 0
	for i := 0; i < len(text); {
		if text[i] == ' ' { // the commonest separator, before the tests below
			pending |= tSpace
			i++
			continue
		}
		// Most tokens open with an ASCII letter or digit, which needs none of the tests
		// below; other ASCII, most of the rest, needs no decoding.
		r := rune(text[i])
		if asciiClass[text[i]] == 0 {
			size := 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			switch {
			case r == '\n':
				pending, newlines = lineBreak(pending, newlines)
				i++
				continue
			case r == utf8.RuneError && size == 1:
				// An invalid byte is punctuation of its own; it never joins a word.
			case r < utf8.RuneSelf:
				if r <= ' ' || r == 0x7f { // white space and control characters
					pending |= tSpace
					if r == '\r' && (i+1 == len(text) || text[i+1] != '\n') {
						// A lone carriage return is a line break, as in old Mac text; before a
						// line feed it is white space, so that CRLF is one break.
						pending, newlines = lineBreak(pending, newlines)
					}
					i++
					continue
				}
			case safetext.Separator(r):
				// Invisible characters (zero-width spaces and joiners, bidi controls, the BOM)
				// separate tokens like white space, so that they never hide inside a name.
				pending |= tSpace
				i += size
				continue
			}
		}
		newlines = 0
		tok := token{start: int32(i), flags: pending, kstart: int32(len(keys))}
		var (
			end   int
			flags tokFlag
			h     uint32
			keyed bool
		)
		end, flags, keys, h, keyed = scanToken(text, i, keys) // not :=, which would shadow keys
		tok.end, tok.flags = int32(end), tok.flags|flags
		switch {
		case keyed: // an ASCII word: scanToken wrote and hashed its key
		case flags&tWord != 0:
			keys = fold.AppendWord(keys, text[i:end])
		case flags&tPossessive != 0:
			keys = append(keys, "'s"...)
		case (r >= utf8.RuneSelf || r == '`') && fold.Letter(r) != "":
			keys = append(keys, fold.Letter(r)...)
		default:
			keys = append(keys, text[i:end]...)
		}
		if t.lex != nil {
			// Number the key: equal keys get equal numbers, the lexicon's keyID for the
			// keys it knows, as most are, and numbers past those for the others
			// (localNum), so that a document's words can be marked in a slice instead of
			// a map. The lexicon's lookup is inline: a call for every token cost more.
			k := keys[tok.kstart:]
			if !keyed {
				h = hashKey(k)
			}
			if tok.id = keyID(findKeyBytes(&t.lex.keys, k, h)); tok.id != 0 {
				tok.num = uint32(tok.id)
			} else {
				tok.num = t.localNum(k, h)
			}
		}
		toks = append(toks, tok)
		if len(toks)%cancelCheckTokens == 0 && t.cancelled() {
			t.toks, t.keys = endKeys(toks, keys), keys
			return
		}
		pending = 0
		i = end
	}
	t.toks, t.keys = endKeys(toks, keys), keys
	t.keyText = string(keys)
	if cap(keys) > largeKeys {
		t.keys = nil // the stages read keyText: a long text's keys need not stay twice
	}
	if t.lex != nil {
		t.nums = uint32(len(t.lex.infos) + t.local.len())
	}
}

// largeTokens is the most tokens whose buffers a Doc keeps for the next document: about
// 5 MB of text, 24 MB of tokens.
const largeTokens = 1 << 20

// largeKeys is the most bytes of keys whose buffer the tokenizer keeps for the next text.
const largeKeys = 4 << 20

// endKeys returns toks with, past its length, a token whose key starts at the end of
// keys, for keyEnd to read as the end of the last token's key.
func endKeys(toks []token, keys []byte) []token {
	return append(toks, token{kstart: int32(len(keys))})[:len(toks)]
}

// keyEnd returns the end of token i's key in keyText: where the next token's starts, or
// the end of keyText for the last (endKeys). A token holds no end of its own: 4 of its 28
// bytes, for a 50 MB document 38 MB.
func (t *tokenizer) keyEnd(i int) int32 { return t.toks[:i+2][i+1].kstart }

// localNum returns the number of key k, whose hashKey is h and which the lexicon lacks:
// past the lexicon's keyIDs, the same for equal keys of the document.
func (t *tokenizer) localNum(k []byte, h uint32) uint32 {
	n := findKeyBytes(&t.local, k, h)
	if n == 0 {
		n = addKey(&t.local, k, h)
	}
	return uint32(len(t.lex.infos)) + n - 1
}

// key returns the fold key of token i.
func (t *tokenizer) key(i int) string {
	return t.keyText[t.toks[i].kstart:t.keyEnd(i)]
}

// info returns what the lexicon knows about the key of token i.
func (t *tokenizer) info(i int) *keyInfo { return &t.infos[t.toks[i].id] }

// scanToken returns the end of the token starting at i and its shape flags. For an ASCII
// word, whose fold key is its bytes lower-cased, it writes the key after keys as it reads
// the bytes, when the key fits their spare capacity, and returns keys with it, the key's
// hashKey and true: copying or folding the word after, and hashing its key, cost the
// tokenizer a call and a loop per token, each with a mispredicted exit. For any other
// token it returns keys as they were and false, and the tokenizer makes the key.
func scanToken(text string, i int, keys []byte) (int, tokFlag, []byte, uint32, bool) {
	var flags tokFlag = tWord
	size := 1
	if f := asciiClass[text[i]]; f&asciiLetter != 0 {
		// An ASCII letter, as most tokens open with: no rune to decode, no apostrophe or
		// digit to test for.
		if f&asciiUpper != 0 {
			flags |= tCap
		}
	} else {
		r := rune(text[i])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isApostrophe(r) && i+size < len(text) && i > 0 {
			if next, nsize := utf8.DecodeRuneInString(text[i+size:]); isPossessiveS(text, i+size, next, nsize) {
				return i + size + nsize, tPossessive, keys, 0, false
			}
			if pluralPossessive(text, i, size) {
				return i + size, tPossessive, keys, 0, false
			}
		}
		if !isWordRune(r) {
			if r == utf8.RuneError && size <= 1 {
				return i + 1, 0, keys, 0, false
			}
			return i + size, 0, keys, 0, false
		}
		if unicode.IsDigit(r) {
			flags |= tNumber
			return scanNumber(text, i), flags, keys, 0, false
		}
		if unicode.IsUpper(r) {
			flags |= tCap
		}
	}
	// Dotted initialisms: "U.S.", "U.N.", "J." — single letters each followed by a period;
	// the period after the first is looked for before the call.
	if i+size < len(text) && text[i+size] == '.' {
		if j, n := scanInitialism(text, i); n > 0 {
			flags |= tDotted
			if n >= 2 && flags&tCap != 0 {
				flags |= tUpper
			}
			return j, flags, keys, 0, false
		}
	}
	// The word runs on over ASCII letters and digits (asciiRun), and in wordTail over the
	// runes of other words and inner apostrophes. An ASCII word's key, its bytes
	// lower-cased, has a byte for each of its bytes, at the same index from i: it is
	// written into the spare capacity of keys while it fits, and hashed.
	s, buf := text[i:], keys[len(keys):cap(keys)]
	k, h, seen := asciiRun(s, 0, buf, hashSeed, 0)
	ascii := true
	if k < len(s) && (s[k] >= utf8.RuneSelf || s[k] == '\'') { // wordTail stops at once at other bytes
		k, h, seen, ascii = wordTail(text, i, k, buf, h, seen)
	}
	j := i + k
	if seen&asciiLower == 0 && countLetters(text[i:j]) >= 2 {
		flags |= tUpper // two letters or more, all capitals: "NATO", "UN"
	}
	if !ascii || k > len(buf) {
		return j, flags, keys, 0, false
	}
	return j, flags, keys[:len(keys)+k], h, true
}

// asciiRun reads the ASCII letters and digits of word s from k on, and returns the index
// after them, the hash h of the key's bytes before k continued over theirs, and seen, the
// or of the asciiClass bits of the bytes, with theirs. It writes their keys into buf at
// their indexes while they fit.
//
// It is kept out of line so that its loop has the registers to itself: inlined into
// scanToken, or with an append per byte, the loop kept its variables on the stack, and
// cost a third more instructions.
//
//go:noinline
func asciiRun(s string, k int, buf []byte, h uint32, seen uint16) (int, uint32, uint16) {
	for ; uint(k) < uint(len(s)); k++ { // unsigned: no bounds check on s[k]
		f := asciiClass[s[k]]
		if f == 0 {
			break
		}
		key := byte(f >> 8)
		seen |= f
		if k < len(buf) {
			buf[k] = key
		}
		h = hashByte(h, key)
	}
	return k, h, seen
}

// wordTail reads on the word of scanToken at text[i:] from index k, where asciiRun
// stopped at a rune that is not ASCII or an apostrophe, and returns what scanToken
// needs as asciiRun does, and whether the word is still all ASCII.
func wordTail(text string, i, k int, buf []byte, h uint32, seen uint16) (int, uint32, uint16, bool) {
	s, ascii := text[i:], true
	for k < len(s) {
		c := s[k]
		if asciiClass[c] != 0 {
			k, h, seen = asciiRun(s, k, buf, h, seen)
			continue
		}
		if c < utf8.RuneSelf && c != '\'' {
			break // ASCII, and neither a word rune nor an apostrophe
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if isWordRune(r) {
			ascii = false // ASCII word runes take asciiRun
			if unicode.IsLetter(r) && !unicode.IsUpper(r) {
				seen |= asciiLower // a letter that is no capital
			}
			k += size
			continue
		}
		// An apostrophe between letters stays in the word ("O'Brien", "hasn't"),
		// except the possessive "'s", which becomes a token of its own.
		if isApostrophe(r) && k > 0 {
			next, nsize := utf8.DecodeRuneInString(s[k+size:])
			if isWordRune(next) && !isPossessiveS(text, i+k+size, next, nsize) {
				ascii = ascii && r == '\''
				if k < len(buf) { // what it writes and hashes matters only while ascii holds
					buf[k] = '\''
				}
				h = hashByte(h, '\'')
				k += size
				continue
			}
		}
		break
	}
	return k, h, seen, ascii
}

// countLetters returns how many letters w has, for scanToken, which needs the count only
// for a word without a lower-case letter.
func countLetters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// pluralPossessive reports whether the apostrophe of size bytes at i ends the possessive of
// a capitalized name in -s ("the Houthis' chief negotiator", "the United States' envoy"):
// right after the "s", before a space and a letter. A lower-case word before it is left
// alone, as the closing quote it more often is ("the 'talks' went on").
func pluralPossessive(text string, i, size int) bool {
	if c := text[i-1]; c != 's' && c != 'S' || i+size+1 >= len(text) || text[i+size] != ' ' {
		return false
	}
	if c := text[i+size+1]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
		return false
	}
	j := i - 1
	for j > 0 && ('a' <= text[j-1] && text[j-1] <= 'z' || 'A' <= text[j-1] && text[j-1] <= 'Z') {
		j--
	}
	if j > 0 && isApostrophe(rune(text[j-1])) {
		return false // "'Talks' went on": a quote opened before the word
	}
	return 'A' <= text[j] && text[j] <= 'Z'
}

// isPossessiveS reports whether the "s" at i ends a possessive ("Russia's"): an "s" not
// followed by another word rune.
func isPossessiveS(text string, i int, r rune, size int) bool {
	if r != 's' && r != 'S' {
		return false
	}
	after, _ := utf8.DecodeRuneInString(text[i+size:])
	return i+size >= len(text) || !isWordRune(after)
}

// scanInitialism recognises a run of single letters each followed by a period ("U.S.",
// "J.") starting at i, and returns its end and the number of letters; n is 0 when there is
// none. A single lower-case letter and a period is not an initialism.
func scanInitialism(text string, i int) (end, n int) {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) || j+size >= len(text) || text[j+size] != '.' {
			break
		}
		if n == 0 && !unicode.IsUpper(r) {
			if after := j + size + 1; after >= len(text) || !unicode.IsLetter(rune(text[after])) {
				return i, 0 // "a." ending a word is not an initialism; "a.m." is
			}
		}
		n++
		j += size + 1
	}
	return j, n
}

func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		switch {
		case c >= '0' && c <= '9':
			j++
		case (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9':
			j++
		default:
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += size // "24-hour" stops at '-', "1st" continues
				continue
			}
			return j
		}
	}
	return j
}

// The bits of asciiClass, for the tokenizer's fast paths: a byte with none is not an
// ASCII word rune. They stay in the low byte: the high byte is the byte's fold key.
const (
	asciiWord   = 1 << iota // a letter or digit
	asciiLetter             // a letter
	asciiUpper              // an upper-case letter
	asciiLower              // a lower-case letter
)

// asciiClass holds the bits of every byte value, so that indexing it needs no bounds
// check; bytes of multi-byte runes have none. A word byte's high byte is its key, the
// letter lower-cased, which scanToken hashes without a test.
var asciiClass = func() (c [256]uint16) {
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = uint16(b)<<8|asciiWord|asciiLetter|asciiLower, uint16(b)<<8|asciiWord|asciiLetter|asciiUpper
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = uint16(b)<<8 | asciiWord
	}
	return c
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] != 0
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// segmenter splits a token stream into sentences. It finds abbreviations through the
// tokenizer's lexicon.
type segmenter struct {
	starters wordSet // words that may start a sentence after "U.S."
	// lower says whether the text is written in lower case (see lowerCase), once known:
	// 0 before split asks, then 1 for no and 2 for yes. Most texts never need to know.
	lower uint8
}

// split returns the sentences of the tokens. A sentence ends at ".", "!" or "?" (with any
// closing quotes and brackets) before a word that may start a sentence, unless the period
// ends an abbreviation; it also ends at a line break, unless the line plainly goes on
// (it ends in a comma, hyphen or a word such as "the" or "and", or the next line starts in
// lower case). In text written in lower case (see lowerCase), a word in lower case right
// after the mark may start a sentence too.
func (s *segmenter) split(t *tokenizer, dst []sentence) []sentence {
	toks := t.toks
	s.lower = 0
	start := 0
	for i := 1; i <= len(toks); i++ {
		// Most tokens start no sentence, as their flags alone tell (the first and last
		// cases of the switch below): a mark with no space before it, a word in lower case
		// after a word. A loop of its own skips them, keeping what it reads in registers.
		for i < len(toks) && i%cancelCheckTokens != 0 && (toks[i].flags&(tSpace|tNewline|tBlankLine) == 0 ||
			toks[i].flags&(tNewline|tBlankLine|tWord|tCap|tNumber) == tWord && toks[i-1].is(tWord)) {
			i++
		}
		if i%cancelCheckTokens == 0 && t.cancelled() {
			return dst
		}
		// Does a sentence start at token i? The tests of the flags, which rule most tokens
		// out, are inline: a call for every token cost more than the tests.
		if i < len(toks) {
			switch cur := &toks[i]; {
			case cur.is(tBlankLine):
			case cur.is(tNewline):
				if s.continues(t, i) && !(s.endsBefore(t, i) && s.lowerText(t)) {
					continue
				}
			case !cur.is(tSpace):
				continue
			case startsSentence(t, i):
				if !s.endsBefore(t, i) {
					continue
				}
			case !cur.is(tWord) || toks[i-1].is(tWord) || !s.lowerStart(t, i):
				// Most words follow a word: only a word after a mark may start a sentence
				// in lower case.
				continue
			}
		}
		if i > start {
			dst = append(dst, sentence{first: start, last: i, start: int(toks[start].start), end: int(toks[i-1].end)})
		}
		start = i
	}
	return dst
}

// lowerStart reports whether the word at token i, which follows white space and a mark
// and does not start with a capital, starts a sentence: right after a terminal mark in
// text written in lower case.
func (s *segmenter) lowerStart(t *tokenizer, i int) bool {
	return !isCloser(t.key(i-1)) && s.endsBefore(t, i) && s.lowerText(t)
}

// lowerText reports whether the text of t is written in lower case, working it out with
// lowerCase on the first call of each split.
func (s *segmenter) lowerText(t *tokenizer) bool {
	if s.lower == 0 {
		s.lower = 1
		if s.lowerCase(t) {
			s.lower = 2
		}
	}
	return s.lower == 2
}

// lowerCase reports whether the text starts its sentences in lower case ("the envoy left.
// talks resumed."): whether more words in lower case than capitalized ones follow a
// terminal mark and white space, leaving out the marks that end an abbreviation, and
// numbers. News starts nearly every sentence with a capital, and a lower
// case word after a terminal mark is rare there, and then mostly after closing quotes
// (`"Why?" he asked`), which do not count; so normal text is never taken for lower case.
func (s *segmenter) lowerCase(t *tokenizer) bool {
	toks := t.toks
	lower, upper := 0, 0
	for i := 1; i < len(toks); i++ {
		if i%cancelCheckTokens == 0 && t.cancelled() {
			return false
		}
		tok := &toks[i]
		if tok.flags&(tWord|tSpace|tNumber) != tWord|tSpace {
			continue
		}
		switch k := t.key(i - 1); {
		case len(k) == 1 && k[0] == '.':
			if i >= 2 && toks[i-1].start == toks[i-2].end && toks[i-2].is(tWord) && t.info(i-2).flags&keyAbbrev != 0 {
				continue
			}
		case len(k) == 1 && (k[0] == '!' || k[0] == '?'), k == "\u2026":
		default:
			continue
		}
		if tok.is(tCap) {
			upper++
		} else {
			lower++
		}
	}
	return lower > upper
}

// limitSentences returns sents with each sentence longer than max bytes replaced by
// pieces of at most max bytes (see appendPieces), and the sentences it split; it returns
// sents itself when none is too long.
func limitSentences(t *tokenizer, sents []sentence, max int) (limited, split []sentence) {
	long := slices.IndexFunc(sents, func(s sentence) bool { return s.end-s.start > max })
	if long < 0 {
		return sents, nil
	}
	limited = slices.Clip(sents[:long])
	for _, s := range sents[long:] {
		if s.end-s.start <= max {
			limited = append(limited, s)
			continue
		}
		split = append(split, s)
		limited = appendPieces(t, limited, s, max)
	}
	return limited, split
}

// appendPieces appends to dst sentence s cut at token boundaries into pieces of at most
// max bytes: each ends after the last comma or semicolon, or before the last line break,
// in its second half, or else at the last token that fits. A token longer than max, which
// no cut can shorten, is in no piece.
func appendPieces(t *tokenizer, dst []sentence, s sentence, max int) []sentence {
	toks := t.toks
	for i := s.first; i < s.last; {
		start := int(toks[i].start)
		if int(toks[i].end)-start > max {
			i++
			continue
		}
		end, cut := i+1, 0 // the piece is tokens [i, end); cut is a better end, if any
		for ; end < s.last && int(toks[end].end)-start <= max; end++ {
			if int(toks[end-1].end)-start < max/2 {
				continue
			}
			if k := t.key(end - 1); toks[end].is(tNewline) || len(k) == 1 && (k[0] == ',' || k[0] == ';') {
				cut = end
			}
		}
		if end < s.last && cut > 0 {
			end = cut
		}
		dst = append(dst, sentence{first: i, last: end, start: start, end: int(toks[end-1].end)})
		i = end
	}
	return dst
}

// endsBefore reports whether a sentence ends before token i (i > 0), which follows white
// space on the same line and may start a sentence: at a terminal mark, perhaps followed by
// closing quotes and brackets.
func (s *segmenter) endsBefore(t *tokenizer, i int) bool {
	toks := t.toks
	// Walk back over closing quotes and brackets to the terminal mark.
	j := i - 1
	for j > 0 && isCloser(t.key(j)) {
		j--
	}
	k := t.key(j)
	switch {
	case len(k) == 1 && (k[0] == '!' || k[0] == '?'):
		return true
	case k == "\u2026":
		return true
	case len(k) == 1 && k[0] == '.':
		if j == 0 || toks[j].start != toks[j-1].end || !toks[j-1].is(tWord) {
			return true
		}
		return t.info(j-1).flags&keyAbbrev == 0
	case toks[j].is(tDotted):
		// "U.S." or "J." ends a sentence only before a word that usually starts one.
		if toks[j].end-toks[j].start <= 2 {
			return false // a lone initial: "J. D. Vance"
		}
		return t.in(i, s.starters)
	}
	return false
}

// continues reports whether the line break before token i falls inside a sentence.
func (s *segmenter) continues(t *tokenizer, i int) bool {
	prev := t.key(i - 1)
	if len(prev) == 1 && (prev[0] == ',' || prev[0] == '-' || prev[0] == '(') {
		return true
	}
	if t.toks[i].is(tWord) && !t.toks[i].is(tCap) && !t.toks[i].is(tNumber) {
		return true // the next line starts in lower case
	}
	return t.toks[i-1].is(tWord) && !t.toks[i-1].is(tCap) && t.in(i-1, lineContinuers)
}

// startsSentence reports whether token i can begin a sentence: an upper-case word, a
// number, or an opening quote or bracket. It is small enough to be inlined in split's
// loop, which asks it of most tokens.
func startsSentence(t *tokenizer, i int) bool {
	if tok := &t.toks[i]; tok.is(tWord) {
		return tok.is(tCap | tNumber)
	}
	return isOpener(t.key(i))
}

// quoteStarts reports whether token i opens a quotation that starts the sentence at
// token first or follows a comma or colon ("Very serious matters," he said; she said:
// "Every package ..."), where a capital marks the quoted sentence's start, not a name.
func (t *tokenizer) quoteStarts(first, i int) bool {
	q := i - 1
	if q < first || t.toks[q].end != t.toks[i].start || t.toks[q].id != kwQuote {
		return false
	}
	if q == first || t.toks[q].is(tNewline) {
		return true
	}
	k := t.toks[q-1].id
	return k == kwComma || k == kwColon
}

// isOpener reports whether key k is an opening quote or bracket.
func isOpener(k string) bool {
	return len(k) == 1 && (k[0] == '"' || k[0] == '(' || k[0] == '\'' || k[0] == '[')
}

func isCloser(k string) bool {
	return len(k) == 1 && (k[0] == '"' || k[0] == ')' || k[0] == '\'' || k[0] == ']')
}

// endsSentence reports whether a token with key k ends a sentence with punctuation.
func endsSentence(k string) bool {
	switch k {
	case ".", "!", "?", "\"", "'", "\u2026":
		return true
	}
	return false
}
