package dates

import (
	"strings"
	"time"
)

// maxDatelineBytes is how far into a document Dateline looks: past a headline and a
// standfirst, not into the story.
const maxDatelineBytes = 1500

// maxDatelineLines is how many lines, not counting blank ones, Dateline reads.
const maxDatelineLines = 6

// Dateline returns the date a document gives itself at its top, and the byte offset
// where that date ends (0 when there is none):
//
//   - a wire dateline, a place and a date before the agency or a dash:
//     "WASHINGTON, Dec 9, 2024 (Reuters) -", "MOSCOW, 9 December 2024 /TASS/",
//     "BEIJING, Dec. 9, 2024 (Xinhua) --", "Addis Ababa, 7 August 2018:";
//   - a line that is a date, under a title or above the story, after words such as
//     "Published" or a weekday, before a time: "November 8, 2021",
//     "Monday 9 December 2024 14.30 GMT", "Published On 9 Dec 2024", "2024-12-09".
//
// A dateline without a year ("WASHINGTON, Dec 9 (Reuters) -") gives no date, since the
// year cannot be known from it, but its end is still returned: the words are the
// document's date, not a date its story speaks of.
func Dateline(text string) (Span, int) {
	if len(text) > maxDatelineBytes {
		text = text[:maxDatelineBytes]
	}
	for start, lines := 0, 0; start < len(text) && lines < maxDatelineLines; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:min(end, start+maxDatelineLineBytes)]
		if strings.TrimSpace(line) != "" {
			lines++
			if sp, at, ok := datelineOf(text, start, line); ok {
				return sp, at
			}
		}
		start = end + 1
	}
	return Span{}, 0
}

// maxDatelineLineBytes is how much of a line Dateline reads: a dateline's date comes
// within its first ten words.
const maxDatelineLineBytes = 120

// datelineOf reads the dateline a line holds, which starts at byte start of text, and
// returns its date and the offset in text where it ends. Only a line with a digit can
// hold one; most lines, headlines and stories, are not split into words at all.
func datelineOf(text string, start int, line string) (Span, int, bool) {
	if indexDigit(line, 0) < 0 {
		return Span{}, 0, false
	}
	s := scanner{text: text[:start+len(line)]}
	s.toks = tokenize(make([]token, 0, 32), line)
	for k := range s.toks {
		s.toks[k].start += start
		s.toks[k].end += start
	}
	if sp, after, ok := s.datelineIn(0, len(s.toks)); ok {
		return sp, s.toks[after-1].end, true
	}
	return Span{}, 0, false
}

// datelineIn reads a dateline in the line of tokens [first, last): a date within its
// first ten tokens, after only capitalized words (the place, "Published On", a weekday)
// and punctuation, that ends the line or comes before a mark of a dateline (a dash, a
// colon, a slash, the agency in brackets, a time). It returns the date, unknown when it
// has no year, and the token after it.
func (s *scanner) datelineIn(first, last int) (Span, int, bool) {
	for i := first; i < last && i < first+10; i++ {
		t := s.toks[i]
		if t.kind == word && !capitalized(s.str(i)) {
			return Span{}, 0, false // a sentence, not a dateline
		}
		sp, after, ok := s.datelineDate(i, last)
		if !ok {
			continue
		}
		if after == last || s.datelineMark(after) {
			return sp, after, true
		}
		return Span{}, 0, false
	}
	return Span{}, 0, false
}

// datelineDate reads a day at token i of a line that ends at last, with its year or
// without one, and returns it (unknown without a year) and the token after it.
func (s *scanner) datelineDate(i, last int) (Span, int, bool) {
	line := scanner{text: s.text, toks: s.toks[:last]}
	if sp, after, ok := line.iso(i); ok {
		return sp, after, true
	}
	var m time.Month
	var d, j int
	if mo, k, _, ok := line.month(i); ok {
		day, after, ok := line.dayNum(k)
		if !ok {
			return Span{}, i, false
		}
		m, d, j = mo, day, after
	} else if day, k, ok := line.dayNum(i); ok {
		mo, after, _, ok := line.month(k)
		if !ok {
			return Span{}, i, false
		}
		m, d, j = mo, day, after
	} else {
		return Span{}, i, false
	}
	y, after, ok := line.optYear(j)
	if !ok {
		if j < last && s.str(j) == "." { // "MOSCOW, December 9. /TASS/."
			j++
		}
		return Span{}, j, true
	}
	if d > daysIn(y, m) {
		return Span{}, i, false
	}
	return OnDay(Days(y, m, d)), after, true
}

// datelineMark reports whether token i marks the end of a dateline: a dash, a colon, a
// slash, a bracket, a full stop, a vertical bar, or the hour of a time ("15:30", "14.30").
func (s *scanner) datelineMark(i int) bool {
	switch s.str(i) {
	case "-", "\u2013", "\u2014", ":", "/", "(", "[", "|", ".", "\u2015":
		return true
	}
	if _, ok := s.num(i, 2); ok && i+1 < len(s.toks) && (s.str(i+1) == ":" || s.str(i+1) == ".") {
		return true
	}
	return false
}
