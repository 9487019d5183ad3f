package dates

import (
	"time"
	"unicode/utf8"
)

// kind tells the tokens of a text apart.
type kind uint8

const (
	word   kind = iota + 1 // letters, with the apostrophes inside them ("we'll")
	number                 // ASCII digits
	punct                  // any other character but a space
)

// token is a word, a number or a punctuation mark of a text, by byte offsets.
type token struct {
	start, end int
	// word is the word in lower case when it is one of vocabulary, else "": the words of
	// dates are looked up once, as the text is split.
	word    string
	kind    kind
	space   bool // a space comes right before it
	newline bool // a line break comes before it, since the token before
}

// maxTokens bounds the tokens read of one text: a sentence is cut at MaxSentenceBytes
// (64 KiB by default), and dates are read from the first words of it that far.
const maxTokens = 4096

// tokenize splits text into tokens, appending them to dst.
func tokenize(dst []token, text string) []token {
	space, newline := false, false
	for i := 0; i < len(text) && len(dst) < maxTokens; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v':
			space = true
			newline = newline || c == '\n'
			i++
			continue
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			dst = append(dst, token{start: i, end: j, kind: number, space: space, newline: newline})
			i = j
		case isLetter(c):
			j := i + 1
			for j < len(text) {
				if isLetter(text[j]) {
					j++
					continue
				}
				// An apostrophe between letters: "we'll", "Sunday's".
				if n := apostrophe(text[j:]); n > 0 && j+n < len(text) && isLetter(text[j+n]) {
					j += n
					continue
				}
				break
			}
			dst = append(dst, token{start: i, end: j, word: lookup(text[i:j]), kind: word, space: space, newline: newline})
			i = j
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '\u00a0' || r == '\u2009' || r == '\u202f' {
				space = true
				i += n
				continue
			}
			dst = append(dst, token{start: i, end: i + n, kind: punct, space: space, newline: newline})
			i += n
		}
		space, newline = false, false
	}
	return dst
}

// isLetter reports whether c is an ASCII letter: the words of dates are all ASCII, and
// any other letter ends a word as punctuation does.
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// apostrophe returns the length of the apostrophe s starts with, ' or ’, or 0.
func apostrophe(s string) int {
	switch {
	case len(s) > 0 && s[0] == '\'':
		return 1
	case len(s) >= 3 && s[:3] == "\u2019":
		return 3
	}
	return 0
}

// lookup returns the ASCII word w in lower case when it is in vocabulary, else "". It
// allocates nothing: the map is indexed by the bytes themselves.
func lookup(w string) string {
	if len(w) > maxWord {
		return ""
	}
	var b [maxWord]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	return vocabulary[string(b[:len(w)])]
}

// maxWord is the length of the longest word of vocabulary.
const maxWord = 10

// vocabulary maps every word the dates are read by, in lower case, to itself: the
// months, the weekdays, the counts and cueWords.
var vocabulary = func() map[string]string {
	v := make(map[string]string)
	for w := range months {
		v[w] = w
	}
	for w := range weekdays {
		v[w] = w
	}
	for w := range counts {
		v[w] = w
	}
	for _, w := range cueWords {
		v[w] = w
	}
	return v
}()

// cueWords are the other words the scanner reads: prepositions and adverbs before dates,
// units, ordinal suffixes, relative pronouns, and the verbs that tell past from future.
var cueWords = []string{
	"of", "in", "during", "early", "late", "mid", "this", "last", "next", "the", "throughout",
	"st", "nd", "rd", "th",
	"today", "tonight", "yesterday", "tomorrow", "ago",
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	"who", "which", "whose", "whom", "where",
	"when", "while", "although", "though", "because", "whereas", "since", "after", "before", "until",
	"he", "she", "they", "it", "we", "i", "you",
	"said", "says", "told", "announced", "added", "reported", "stated", "confirmed", "noted", "met", "held", "spoke", "signed", "was", "were",
	"will", "shall", "due", "scheduled", "expected", "slated", "planned", "plans", "plan", "upcoming", "set",
}

// capitalized reports whether the word w starts with a capital letter.
func capitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// months maps the names of the months and their abbreviations, in lower case, to the
// months; full tells the full names, which alone may stand for a month without a day or
// a year ("in March", where "Jan" could be a name).
var months = map[string]time.Month{
	"january": time.January, "jan": time.January,
	"february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March,
	"april": time.April, "apr": time.April,
	"may":  time.May,
	"june": time.June, "jun": time.June,
	"july": time.July, "jul": time.July,
	"august": time.August, "aug": time.August,
	"september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October,
	"november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
}

// weekdays maps the names of the days of the week, and their abbreviations, to them.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
	"sunday": time.Sunday, "sun": time.Sunday,
}

// counts are the numbers written as words before "days ago" and the like.
var counts = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
