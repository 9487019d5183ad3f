package dates

import (
	"strings"
	"sync"
	"time"
)

// Mention is a date a text speaks of: the bytes [Start, End) of the text, and the date
// they name, resolved against the document's date.
type Mention struct {
	Start, End int
	Date       Span
	// AsideStart and AsideEnd, when AsideEnd is not 0, are the bytes of the relative
	// clause or brackets the date is in (", who led a coup in 2021,"; "(in 2019)"): a
	// date there speaks of what the aside says, not of the rest of the sentence.
	AsideStart, AsideEnd int
}

// Find appends to dst the dates that text, a sentence of a document written on doc,
// speaks of, in the order of the text, and returns the extended slice:
//
//   - a day, with or without its year: "November 4, 2019", "4 November", "Nov. 4", "2019-11-04";
//   - a run of days: "from November 4 to 7", "November 4-7", "4 to 7 November";
//   - a month: "November 2019", "in November", "early March", "next month", "last month";
//   - a week: "last week", "this week", "next week";
//   - a year: "in 2019", "mid-2019", "last year", "next year";
//   - a day named relative to the document's: "on Monday", "last Friday", "yesterday",
//     "tomorrow", "today", "three days ago".
//
// A day without its year is the one nearest the document's date, and a weekday the last
// one on or before it ("said on Monday"), or the next one after it when the words before
// speak of the future ("will meet on Monday", "next Monday"). A date that needs the
// document's date is left out when doc is unknown: no date is invented.
func Find(dst []Mention, text string, doc Span) []Mention {
	// Most sentences hold no date: the text is tokenized only around the words a date
	// holds one of (anchors), which a scan of its bytes finds.
	var anchors [][2]int
	before, after := windowBefore, windowAfter
	if !doc.Known() { // only a year: at the end of its date ("Monday, November 4, 2019")
		before, after = yearBefore, yearAfter
	}
	for at := 0; at < len(text); {
		a, b, ok := nextAnchor(text, at, doc.Known())
		if !ok {
			break
		}
		// The window: the anchor with the words a date may hold before and after it,
		// and further anchors as long as their windows overlap.
		from, to := wordStart(text, a-before), wordEnd(text, b+after)
		anchors = append(anchors[:0], [2]int{a, b})
		for {
			a2, b2, ok := nextAnchor(text, b, doc.Known())
			if !ok || wordStart(text, a2-before) > to {
				break
			}
			anchors = append(anchors, [2]int{a2, b2})
			b, to = b2, wordEnd(text, b2+after)
		}
		dst = findIn(dst, text, from, to, anchors, doc)
		at = to
	}
	return dst
}

// windowBefore and windowAfter are how many bytes before and after an anchor Find reads:
// enough for the longest date and the words before it that tell its tense.
const (
	windowBefore = 48
	windowAfter  = 16
	// Without the document's date, the anchors are years, which end their dates but
	// for the day and month of "2019-11-04".
	yearBefore = 32
	yearAfter  = 8
)

// findIn appends the dates of text[from:to] that hold one of the anchors.
func findIn(dst []Mention, text string, from, to int, anchors [][2]int, doc Span) []Mention {
	s := scanner{text: text[:to], doc: doc}
	buf := tokens.Get().(*[]token)
	s.toks = tokenize((*buf)[:0], text[from:to])
	for k := range s.toks {
		s.toks[k].start += from
		s.toks[k].end += from
	}
	for i := 0; i < len(s.toks); {
		sp, end, ok := s.date(i)
		if !ok {
			i++
			continue
		}
		start, stop := s.toks[i].start, s.toks[end-1].end
		for _, a := range anchors {
			if a[0] < stop && a[1] > start {
				m := Mention{Start: start, End: stop, Date: sp}
				m.AsideStart, m.AsideEnd = aside(text, start, stop)
				dst = append(dst, m)
				break
			}
		}
		i = end
	}
	*buf = s.toks[:0]
	tokens.Put(buf)
	return dst
}

// nextAnchor returns the bytes [a, b) of the first word at or after byte at that a date
// may hold and needs: a number (a year of four digits when the document's date is
// unknown, since only a year then makes a date), or, when the document's date is known,
// a word isAnchor takes.
func nextAnchor(text string, at int, docKnown bool) (int, int, bool) {
	if !docKnown {
		return nextYear(text, at)
	}
	for i := at; i < len(text); {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			// A day's number stands beside its month, and a count before its unit
			// ("three days ago"): the numbers that need an anchor of their own are years.
			j := digitsEnd(text, i)
			if j-i == 4 {
				return i, j, true
			}
			i = j
		case isLetter(c):
			j := i + 1
			for j < len(text) && isLetter(text[j]) {
				j++
			}
			if n := j - i; n >= 3 && n <= maxWord && isAnchor(text[i:j]) {
				return i, j, true
			}
			i = j
		default:
			i++
		}
	}
	return 0, 0, false
}

// nextYear returns the bytes [a, b) of the first run of four digits at or after byte at.
func nextYear(text string, at int) (int, int, bool) {
	for i := indexDigit(text, at); i >= 0 && i < len(text); i = indexDigit(text, i+1) {
		j := digitsEnd(text, i)
		if j-i == 4 {
			return i, j, true
		}
		i = j
	}
	return 0, 0, false
}

// digitsEnd returns the end of the run of digits that starts at byte i.
func digitsEnd(text string, i int) int {
	j := i + 1
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	return j
}

// indexDigit returns the index of the first ASCII digit of text at or after byte i, or
// -1. It tests eight bytes at a time (the "hasbetween" of Bit Twiddling Hacks): every
// sentence that states a relation is searched for years.
func indexDigit(text string, i int) int {
	const ones = 0x0101010101010101
	for ; i+8 <= len(text); i += 8 {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		// Some byte is above '0'-1 and below '9'+1, and below 128.
		t := x & (127 * ones)
		if ((127+'9'+1)*ones-t)&^x&(t+(127-('0'-1))*ones)&(128*ones) != 0 {
			break
		}
	}
	for ; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			return i
		}
	}
	return -1
}

// isAnchor reports whether word w is one a date relative to the document's date holds:
// a capitalized month or weekday, or a unit or a relative day.
func isAnchor(w string) bool {
	if !capitalized(w) {
		switch w {
		case "today", "tonight", "yesterday", "tomorrow", "day", "days", "week", "weeks", "month", "months", "year", "years":
			return true
		}
		return false
	}
	var b [maxWord]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	return capitalAnchors[string(b[:len(w)])]
}

// capitalAnchors are the anchors that start with a capital, in lower case: the months and
// weekdays, and the relative days that open a sentence ("Yesterday, ...").
var capitalAnchors = func() map[string]bool {
	a := map[string]bool{"today": true, "tonight": true, "yesterday": true, "tomorrow": true}
	for w := range months {
		a[w] = true
	}
	for w := range weekdays {
		a[w] = true
	}
	return a
}()

// wordStart returns the start of the word at byte i, at least 0.
func wordStart(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
		i--
	}
	return i
}

// wordEnd returns the end of the word at byte i, at most len(text).
func wordEnd(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for i < len(text) && text[i] != ' ' && text[i] != '\n' {
		i++
	}
	return i
}

// Aside returns the bytes of the clause set apart from its sentence that byte at of text
// lies in, or 0, 0 when it lies in none: a relative clause, from ", who" (or which,
// whose, whom, where) to the next comma or semicolon; a subordinate clause, from "when",
// "while", "although", "because" and the like, or "since", "after", "before" or "until"
// before a pronoun or a name, to the next comma, semicolon or bracket; or brackets. A date
// in an aside dates what the aside says ("Trump, who met Kim in 2019,"; "since Lee took
// office in June"), and what is said in one is dated by the dates inside it.
func Aside(text string, at int) (int, int) {
	return aside(text, at, at+1)
}

// aside is Aside for the bytes [start, stop).
func aside(text string, start, stop int) (int, int) {
	i := start - 1
	for i >= 0 && text[i] != ',' && text[i] != ';' && text[i] != '(' && text[i] != ')' {
		i--
	}
	from, closers := -1, ""
	switch {
	case i >= 0 && text[i] == '(':
		from, closers = i, ")"
	case i >= 0 && text[i] == ',' && relativeWords[lookup(firstWord(text[i+1:start]))]:
		from, closers = i, ",;"
	default:
		if k := subordinate(text[i+1 : start]); k >= 0 {
			from, closers = i+1+k, ",;()"
		}
	}
	if from < 0 {
		return 0, 0
	}
	if stop > len(text) {
		stop = len(text)
	}
	if j := strings.IndexAny(text[stop:], closers); j >= 0 {
		return from, stop + j + 1
	}
	return from, len(text)
}

// firstWord returns the letters that s starts with, after spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	k := 0
	for k < len(s) && isLetter(s[k]) {
		k++
	}
	return s[:k]
}

// subordinate returns the offset in s of the last word that opens a subordinate clause,
// or -1: "when", "while", "although", "though", "because", "whereas", or "since", "after",
// "before" or "until" before a pronoun or a capitalized word other than "The" (which
// makes them prepositions: "after the talks").
func subordinate(s string) int {
	last := -1
	for k := 0; k < len(s); {
		if !isLetter(s[k]) {
			k++
			continue
		}
		e := k + 1
		for e < len(s) && isLetter(s[e]) {
			e++
		}
		switch lookup(s[k:e]) {
		case "when", "while", "although", "though", "because", "whereas":
			last = k
		case "since", "after", "before", "until":
			if next := firstWord(s[e:]); subjectWords[lookup(next)] || capitalized(next) && next != "The" {
				last = k
			}
		}
		k = e
	}
	return last
}

// subjectWords are the pronouns that make "since", "after", "before" and "until" open a
// clause.
var subjectWords = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// relativeWords open a relative clause after a comma.
var relativeWords = map[string]bool{"who": true, "which": true, "whose": true, "whom": true, "where": true}

// tokens recycles the token buffers of Find, which reads every sentence that states a
// relation.
var tokens = sync.Pool{New: func() any { b := make([]token, 0, 256); return &b }}

// scanner reads the dates of one text.
type scanner struct {
	text string
	toks []token
	doc  Span
}

// str returns the text of token i.
func (s *scanner) str(i int) string { return s.text[s.toks[i].start:s.toks[i].end] }

// is reports whether token i is the word w, in any case.
func (s *scanner) is(i int, w string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].word == w
}

// lowerAt returns token i in lower case when it is a word of vocabulary, else "".
func (s *scanner) lowerAt(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].word
}

// num returns token i as a number, when it is one of at most maxDigits digits.
func (s *scanner) num(i, maxDigits int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != number || s.toks[i].end-s.toks[i].start > maxDigits {
		return 0, false
	}
	return digits(s.str(i))
}

// dayNum reads a day of the month at token i, with an ordinal suffix written on to it
// ("4th"), and returns it and the token after it.
func (s *scanner) dayNum(i int) (int, int, bool) {
	d, ok := s.num(i, 2)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	if j := i + 1; j < len(s.toks) && !s.toks[j].space {
		switch s.lowerAt(j) {
		case "st", "nd", "rd", "th":
			return d, j + 1, true
		}
		if s.toks[j].kind == word || s.toks[j].kind == number {
			return 0, i, false // "4x", not a day
		}
	}
	return d, i + 1, true
}

// yearNum reads a year of four digits, 1900 to 2199, at token i.
func (s *scanner) yearNum(i int) (int, bool) {
	if i >= len(s.toks) || s.toks[i].end-s.toks[i].start != 4 {
		return 0, false
	}
	y, ok := s.num(i, 4)
	if !ok || y < 1900 || y > 2199 {
		return 0, false
	}
	// "2019" in "2019-20" or "2,019" is no year of its own.
	if j := i + 1; j < len(s.toks) && !s.toks[j].space && (s.toks[j].kind == number || s.toks[j].kind == word) {
		return 0, false
	}
	return y, true
}

// month reads the name of a month at token i, capitalized, with the full stop of an
// abbreviation ("Nov."), and returns it, the token after it, and whether it is the full
// name.
func (s *scanner) month(i int) (time.Month, int, bool, bool) {
	if i >= len(s.toks) || s.toks[i].word == "" || !capitalized(s.str(i)) {
		return 0, i, false, false
	}
	w := s.toks[i].word
	m, ok := months[w]
	if !ok {
		return 0, i, false, false
	}
	full := len(w) > 4 || w == "may" || w == "june" || w == "july"
	j := i + 1
	if !full && j < len(s.toks) && !s.toks[j].space && s.str(j) == "." {
		j++
	}
	return m, j, full, true
}

// date reads a date starting at token i, and returns it and the token after it.
func (s *scanner) date(i int) (Span, int, bool) {
	t := s.toks[i]
	switch t.kind {
	case number:
		if sp, end, ok := s.iso(i); ok {
			return sp, end, true
		}
		return s.dayFirst(i)
	case word:
		if t.word == "" { // most words: none of a date
			return Span{}, i, false
		}
		if sp, end, ok := s.monthFirst(i); ok {
			return sp, end, true
		}
		if sp, end, ok := s.weekday(i); ok {
			return sp, end, true
		}
		if sp, end, ok := s.relative(i); ok {
			return sp, end, true
		}
		return s.year(i)
	}
	return Span{}, i, false
}

// iso reads 2019-11-04.
func (s *scanner) iso(i int) (Span, int, bool) {
	if i+4 >= len(s.toks) {
		return Span{}, i, false
	}
	for k := i + 1; k <= i+4; k++ {
		if s.toks[k].space {
			return Span{}, i, false
		}
	}
	if s.str(i+1) != "-" || s.str(i+3) != "-" || s.toks[i].end-s.toks[i].start != 4 ||
		s.toks[i+2].end-s.toks[i+2].start != 2 || s.toks[i+4].end-s.toks[i+4].start != 2 {
		return Span{}, i, false
	}
	n, ok := parseDay(s.text[s.toks[i].start:s.toks[i+4].end])
	if !ok {
		return Span{}, i, false
	}
	return OnDay(n), i + 5, true
}

// dayFirst reads "4 November 2019", "4 November", "4th of November" and "4-7 November".
func (s *scanner) dayFirst(i int) (Span, int, bool) {
	d, j, ok := s.dayNum(i)
	if !ok {
		return Span{}, i, false
	}
	d2 := d
	if k, ok := s.rangeTo(j); ok {
		if e, after, ok := s.dayNum(k); ok && e > d {
			d2, j = e, after
		}
	}
	if s.is(j, "of") {
		j++
	}
	m, j, _, ok := s.month(j)
	if !ok {
		return Span{}, i, false
	}
	y, j, hasYear := s.optYear(j)
	return s.days(y, hasYear, m, d, d2, j, i)
}

// monthFirst reads "November 4, 2019", "Nov. 4", "November 4-7", "November 4th",
// "November 2019", "November of 2019", and a month alone after a word that makes it one
// ("in November", "early March", "last December").
func (s *scanner) monthFirst(i int) (Span, int, bool) {
	m, j, full, ok := s.month(i)
	if !ok {
		return Span{}, i, false
	}
	if d, after, ok := s.dayNum(j); ok {
		d2 := d
		if k, ok := s.rangeTo(after); ok {
			if e, next, ok := s.dayNum(k); ok && e > d {
				d2, after = e, next
			}
		}
		y, end, hasYear := s.optYear(after)
		return s.days(y, hasYear, m, d, d2, end, i)
	}
	k := j
	if s.is(k, "of") {
		k++
	}
	if y, ok := s.yearNum(k); ok {
		return InMonth(y, m), k + 1, true
	}
	if !full {
		return Span{}, i, false
	}
	switch s.cueBefore(i) {
	case "in", "during", "early", "late", "mid", "this":
		return s.nearestMonth(m, 0, j, i)
	case "last":
		return s.nearestMonth(m, -1, j, i)
	case "next":
		return s.nearestMonth(m, 1, j, i)
	}
	return Span{}, i, false
}

// cueBefore returns the word before token i in lower case, over the hyphen of "mid-".
func (s *scanner) cueBefore(i int) string {
	if i >= 2 && s.str(i-1) == "-" && !s.toks[i-1].space && !s.toks[i].space {
		return s.lowerAt(i - 2)
	}
	return s.lowerAt(i - 1)
}

// rangeTo reads the word or dash between the two days of a run ("4-7", "4 to 7", "4
// and 7") at token j, and returns the token after it.
func (s *scanner) rangeTo(j int) (int, bool) {
	if j >= len(s.toks) {
		return j, false
	}
	switch s.str(j) {
	case "-", "\u2013", "to", "and", "through", "until":
		return j + 1, true
	}
	return j, false
}

// optYear reads the year after a day, after a comma or not, and returns the token after
// it.
func (s *scanner) optYear(j int) (int, int, bool) {
	k := j
	if k < len(s.toks) && s.str(k) == "," {
		k++
	}
	if y, ok := s.yearNum(k); ok {
		return y, k + 1, true
	}
	return 0, j, false
}

// days returns the run of days d to d2 of month m, of year y or else of the year that
// puts it nearest the document's date.
func (s *scanner) days(y int, hasYear bool, m time.Month, d, d2, end, start int) (Span, int, bool) {
	if !hasYear {
		if !s.doc.Known() {
			return Span{}, start, false
		}
		y = s.nearestYear(m, d)
	}
	if d2 > daysIn(y, m) {
		return Span{}, start, false
	}
	return Span{Days(y, m, d), Days(y, m, d2), Day}, end, true
}

// nearestYear returns the year in which day d of month m is nearest the document's date.
func (s *scanner) nearestYear(m time.Month, d int) int {
	y0, _, _ := Civil(s.doc.From)
	best, bestGap := y0, int32(1<<30)
	for y := y0 - 1; y <= y0+1; y++ {
		gap := Days(y, m, d) - s.doc.From
		if gap < 0 {
			gap = -gap
		}
		if gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best
}

// nearestMonth returns month m nearest the document's date (dir 0), or the last one
// before its month (dir -1), or the next one after (dir 1).
func (s *scanner) nearestMonth(m time.Month, dir, end, start int) (Span, int, bool) {
	if !s.doc.Known() {
		return Span{}, start, false
	}
	y, dm, _ := Civil(s.doc.From)
	here := y*12 + int(dm) - 1
	best := 0
	for _, c := range []int{(y-1)*12 + int(m) - 1, y*12 + int(m) - 1, (y+1)*12 + int(m) - 1} {
		switch {
		case dir < 0 && c >= here, dir > 0 && c <= here:
			continue
		case best == 0, dir < 0 && c > best, dir > 0 && c < best, dir == 0 && abs(c-here) < abs(best-here):
			best = c
		}
	}
	return InMonth(best/12, time.Month(best%12+1)), end, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// weekday reads "Monday", "on Monday", "last Friday", "next Tuesday", and a weekday
// before a date ("Monday, November 4"), which the date stands for.
func (s *scanner) weekday(i int) (Span, int, bool) {
	if !capitalized(s.str(i)) {
		return Span{}, i, false
	}
	w, ok := weekdays[s.toks[i].word]
	if !ok || len(s.str(i)) < 6 { // the full names only: "Sun" and "Wed" are words too
		return Span{}, i, false
	}
	j := i + 1
	if j < len(s.toks) && s.str(j) == "," {
		j++
	}
	if j < len(s.toks) {
		if sp, end, ok := s.monthFirst(j); ok && sp.Prec == Day {
			return sp, end, true
		}
		if sp, end, ok := s.dayFirst(j); ok {
			return sp, end, true
		}
	}
	if !s.doc.Known() {
		return Span{}, i, false
	}
	here := Weekday(s.doc.From)
	back := int32((int(here) - int(w) + 7) % 7)
	ahead := int32((int(w) - int(here) + 7) % 7)
	if ahead == 0 {
		ahead = 7
	}
	switch s.lowerAt(i - 1) {
	case "last":
		if back == 0 {
			back = 7
		}
		return OnDay(s.doc.From - back), i + 1, true
	case "next":
		return OnDay(s.doc.From + ahead), i + 1, true
	}
	if s.future(i) {
		return OnDay(s.doc.From + ahead), i + 1, true
	}
	return OnDay(s.doc.From - back), i + 1, true
}

// future reports whether the words before token i speak of the future: "will", "is due
// to", "is scheduled to" come before it, nearer than any verb of saying ("said on Monday
// it will").
func (s *scanner) future(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.lowerAt(k)
		switch w {
		case "said", "says", "told", "announced", "added", "reported", "stated", "confirmed", "noted", "met", "held", "spoke", "signed", "was", "were":
			return false
		case "will", "shall", "due", "scheduled", "expected", "slated", "planned", "plans", "plan", "upcoming", "set":
			return true
		}
		if n := len(w); n > 3 && (w[n-3:] == "'ll" || n > 5 && w[n-5:] == "\u2019ll") {
			return true
		}
		if s.toks[k].kind == punct && (s.str(k) == ";" || s.str(k) == ":") {
			return false
		}
	}
	return false
}

// relative reads "today", "yesterday", "tomorrow", "last week", "this month", "next
// year", "earlier this month", "three days ago".
func (s *scanner) relative(i int) (Span, int, bool) {
	if !s.doc.Known() {
		return Span{}, i, false
	}
	doc := s.doc.From
	switch w := s.lowerAt(i); w {
	case "today", "tonight":
		return OnDay(doc), i + 1, true
	case "yesterday":
		return OnDay(doc - 1), i + 1, true
	case "tomorrow":
		return OnDay(doc + 1), i + 1, true
	case "last", "this", "next":
		if s.lowerAt(i-1) == "the" {
			return Span{}, i, false // "the last week of the talks"
		}
		step := map[string]int{"last": -1, "this": 0, "next": 1}[w]
		if sp, ok := s.unit(s.lowerAt(i+1), step); ok {
			return sp, i + 2, true
		}
	default:
		if n, ok := counts[w]; ok {
			return s.ago(i, n)
		}
	}
	if n, ok := s.num(i, 2); ok {
		return s.ago(i, n)
	}
	return Span{}, i, false
}

// ago reads "three days ago", "two weeks ago", "a year ago" from the count at token i.
func (s *scanner) ago(i, n int) (Span, int, bool) {
	if !s.is(i+2, "ago") {
		return Span{}, i, false
	}
	doc := s.doc.From
	switch s.lowerAt(i + 1) {
	case "day", "days":
		return OnDay(doc - int32(n)), i + 3, true
	case "week", "weeks":
		return InWeek(doc - int32(7*n)), i + 3, true
	}
	unit := s.lowerAt(i + 1)
	if unit == "month" || unit == "months" || unit == "year" || unit == "years" {
		if sp, ok := s.unit(unit, -n); ok {
			return sp, i + 3, true
		}
	}
	return Span{}, i, false
}

// unit returns the week, month or year step units from the document's ("month", -1:
// last month).
func (s *scanner) unit(u string, step int) (Span, bool) {
	doc := s.doc.From
	y, m, _ := Civil(doc)
	switch u {
	case "week":
		return InWeek(doc + int32(7*step)), true
	case "month", "months":
		return InMonth(y, m+time.Month(step)), true // time.Date turns month 13 into January
	case "year", "years":
		return InYear(y + step), true
	}
	return Span{}, false
}

// year reads "in 2019", "during 2019", "early 2019", "mid-2019", "in the 2019".
func (s *scanner) year(i int) (Span, int, bool) {
	switch s.lowerAt(i) {
	case "in", "during", "early", "late", "mid", "throughout":
	default:
		return Span{}, i, false
	}
	j := i + 1
	if j < len(s.toks) && s.str(j) == "-" && !s.toks[j].space {
		j++
	}
	if s.is(j, "early") || s.is(j, "late") {
		j++
	}
	y, ok := s.yearNum(j)
	if !ok {
		return Span{}, i, false
	}
	return InYear(y), j + 1, true
}
