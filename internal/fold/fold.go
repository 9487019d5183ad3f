// Package fold turns names and words into the keys under which actorgraph compares them,
// names into actor IDs, and chooses between two names of one actor.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/safetext"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// folder is shared: a cases.Caser made by cases.Fold keeps no state between calls that
// matters for String, and norm.Form values are stateless. Transform chains are never shared.
var folder = cases.Fold()

// Key returns the matching key of s: case-folded, without diacritics, with typographic
// apostrophes and quotes mapped to ASCII and runs of white space turned into one space.
// Letters of other scripts are kept as they are: Cyrillic "Р" does not fold to Latin "P",
// so a look-alike name never matches a lexicon entry by accident.
func Key(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	if k, ok := foldLatin(s); ok {
		return k
	}
	return foldUnicode(s)
}

// foldUnicode is Key for any text, by case folding and normalization.
func foldUnicode(s string) string {
	s = folder.String(s)
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading space
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		if m, ok := letterFolds[r]; ok {
			b.WriteString(m)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(strings.TrimSuffix(b.String(), " "))
}

// letterFolds maps letters that NFD does not decompose, and typographic punctuation, to the
// ASCII text that stands for them in keys.
var letterFolds = map[rune]string{
	'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'ı': "i", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ħ': "h",
	'\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201b': "'", '`': "'", '\u00b4': "'",
	'\u201c': "\"", '\u201d': "\"", '\u201e': "\"",
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-",
}

func foldASCII(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
			c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			if !space {
				b = append(b, ' ')
			}
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		space = false
		b = append(b, c)
	}
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return string(b)
}

// AppendWord appends the key of one word (no white space inside) to dst. ASCII
// letters are lowercased in place and Latin letters and marks take their runeKey, without
// allocating; any other rune sends the whole word through foldUnicode.
func AppendWord(dst []byte, w string) []byte {
	start := len(dst)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		k, ok := runeKey(r)
		if !ok {
			return append(dst[:start], foldUnicode(w)...)
		}
		dst = append(dst, k...)
		i += size
	}
	return dst
}

// runeKey returns the key of a rune that is not ASCII when the rune folds on its own to
// ASCII: from latinFolds below U+0370, and the typographic marks of letterFolds above.
func runeKey(r rune) (string, bool) {
	if folds := latinFolds(); r < rune(len(folds)) {
		return folds[r].key, folds[r].ok
	}
	k, ok := letterFolds[r]
	return k, ok
}

// foldLatin is Key for text whose runes are ASCII or have a runeKey: it
// folds them one by one, and turns runs of white space into single spaces; ok is false
// when s has any other rune.
func foldLatin(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	space := true // drop leading space
	for _, r := range s {
		switch {
		case r == ' ' || '\t' <= r && r <= '\r':
			if !space {
				b = append(b, ' ')
			}
			space = true
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			space = false
		default:
			k, ok := runeKey(r)
			if !ok {
				return "", false
			}
			if k != "" { // a combining mark leaves nothing, and no space behind
				b = append(b, k...)
				space = false
			}
		}
	}
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1]
	}
	return string(b), true
}

// latinFold is the key of one rune, when it is ASCII.
type latinFold struct {
	key string
	ok  bool
}

// latinFolds returns the key of each rune below U+0370 (Latin-1, Latin Extended-A and -B,
// IPA and spacing modifiers, combining diacritics) that Key turns into ASCII, which
// is all of them but a few. Folding such a rune depends on the rune alone: case folding
// and decomposition look at one rune, combining marks are dropped, and NFC leaves ASCII
// as it is; so a word of such runes folds rune by rune to what foldUnicode makes of it.
var latinFolds = sync.OnceValue(func() []latinFold {
	folds := make([]latinFold, 0x370)
	for r := rune(utf8.RuneSelf); r < rune(len(folds)); r++ {
		if k := foldUnicode(string(r)); isASCII(k) && !strings.Contains(k, " ") && !safetext.Separator(r) {
			folds[r] = latinFold{key: k, ok: true}
		}
	}
	return folds
})

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AliasKey is the key under which a name or alias is looked up: its fold key without a
// leading article, so "the Kremlin" finds "Kremlin" and "the President-elect" finds
// "President-elect".
func AliasKey(s string) string {
	k := Key(s)
	return strings.TrimPrefix(k, "the ")
}

// Slug turns a name into an actor ID: folded, ASCII letters and digits, words joined by "-".
func Slug(name string) string {
	if isASCII(name) {
		return slugASCII(name)
	}
	k := Key(name)
	b := make([]byte, 0, len(k))
	dash := true
	for _, r := range k {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			b = append(b, byte(r))
			dash = false
		case r == '\'' || r == '.':
			// "O'Brien" → "obrien", "U.S." → "us"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b = utf8.AppendRune(b, r)
			dash = false
		default:
			if !dash {
				b = append(b, '-')
			}
			dash = true
		}
	}
	return strings.TrimSuffix(string(b), "-")
}

// slugASCII is Slug for ASCII names, in one pass: folding an ASCII name only lowercases it
// and turns its white space into the single spaces that Slug turns into dashes.
func slugASCII(name string) string {
	var buf [64]byte
	b := buf[:0]
	dash := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			b = append(b, c)
			dash = false
		case c == '\'' || c == '.':
		default:
			if !dash {
				b = append(b, '-')
			}
			dash = true
		}
	}
	if n := len(b); n > 0 && b[n-1] == '-' {
		b = b[:n-1]
	}
	return string(b)
}

// Letter returns the key text of a letter that NFD does not decompose or of a typographic
// mark ("ł" → "l", "’" → "'"), or "" when r has none of its own.
func Letter(r rune) string { return letterFolds[r] }

// BetterName reports whether name a is a better canonical name than b: more words, then
// longer, then lexically smaller, so the choice does not depend on the order names were seen.
func BetterName(a, b string) bool {
	wa, wb := CountWords(a), CountWords(b)
	if wa != wb {
		return wa > wb
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}

// CountWords returns the number of words of s, separated by spaces. It looks for the
// spaces with strings.IndexByte rather than decoding every rune: a space is one byte,
// which no other rune's encoding holds.
func CountWords(s string) int {
	n := 0
	for s != "" {
		if s[0] == ' ' {
			s = s[1:]
			continue
		}
		n++
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			break
		}
		s = s[i+1:]
	}
	return n
}

// Skeleton returns the consonants of the fold key k, without h, w and y, each run of one
// letter kept once, and nothing else: the part of a name that English transliterations
// of Arabic, Persian and other scripts keep ("abdu rabu mansour hadi" and "abd rabbuh
// mansur hadi" are both "bdrbmnsrd").
func Skeleton(k string) string {
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c < 'a' || c > 'z' || strings.IndexByte("aeiouhwy", c) >= 0 {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
