package actorgraph

import (
	"slices"

	"github.com/actorgraph/actorgraph/internal/dates"
)

// This file dates a document's evidence, in stage 7 (assembly): each piece takes its
// document's date and the date its sentence gives (internal/dates).

// documentDate returns the date of a document: the day its caller gave, else the one
// its dateline gives; and the offset where its dateline ends (0 without one), before
// which no date is one the story speaks of.
func documentDate(given Date, text string) (Date, int) {
	sp, end := dates.Dateline(text)
	if !given.IsZero() {
		return given, end
	}
	return dateOf(sp), end
}

// dateEvidence gives each piece of the document's evidence the document's date, and the
// date its sentence gives nearest the words that state it, then widens each relation's
// FirstSeen and LastSeen to them. Each sentence is read once, however many relations it
// states.
func (st *assembly) dateEvidence() {
	for _, r := range st.relationOf {
		dated := false
		for i := range r.Evidence {
			e := &r.Evidence[i]
			e.DocDate = st.date
			e.Date = dateOf(nearest(st.sentenceDates(e), e))
			dated = dated || !e.When().IsZero()
		}
		if dated {
			r.seen()
		}
	}
}

// sentenceDates returns the dates the sentence of evidence e speaks of, with offsets
// into the document, leaving out the dateline.
func (st *assembly) sentenceDates(e *Evidence) []dates.Mention {
	if n, old := e.Sentence+1, len(st.dates); n > old {
		st.dates = slices.Grow(st.dates, n-old)[:n]
		clear(st.dates[old:])
		st.datesRead = slices.Grow(st.datesRead, n-old)[:n]
		clear(st.datesRead[old:])
	}
	if st.datesRead[e.Sentence] {
		return st.dates[e.Sentence]
	}
	var ms []dates.Mention
	if st.date.IsZero() && !st.x.HasNumber(e.Sentence) {
		// Without the document's date only a year makes a date: most sentences have no
		// number, and their bytes need no reading.
		st.datesRead[e.Sentence] = true
		return nil
	}
	for _, m := range dates.Find(nil, e.Text, st.date.span()) {
		m.Start += e.SentenceStart
		m.End += e.SentenceStart
		if m.AsideEnd > 0 {
			m.AsideStart += e.SentenceStart
			m.AsideEnd += e.SentenceStart
		}
		if m.Start >= st.datelineEnd {
			ms = append(ms, m)
		}
	}
	st.dates[e.Sentence], st.datesRead[e.Sentence] = ms, true
	return ms
}

// nearest returns the date of the mention nearest the words of evidence e, the first of
// two as near, or the unknown date when there is none. A date counts only when it lies in
// the aside (see dates.Aside) the words end in, or in none when they end in none: "Trump,
// who spoke with Putin on June 14," dates the call; "Burhan and Dagalo, who led a coup
// in 2021, have not met" does not date the meeting, nor "this year" the talks in "he would
// like to meet Kim this year, after he held talks with Lee".
func nearest(ms []dates.Mention, e *Evidence) dates.Span {
	if len(ms) == 0 {
		return dates.Span{}
	}
	sp := e.Span
	var asideStart, asideEnd int
	if end := sp.End - e.SentenceStart; end > 0 && end <= len(e.Text) {
		asideStart, asideEnd = dates.Aside(e.Text, end-1)
		if asideEnd > 0 {
			asideStart, asideEnd = asideStart+e.SentenceStart, asideEnd+e.SentenceStart
		}
	}
	var best dates.Span
	bestGap := -1
	for _, m := range ms {
		if m.AsideStart != asideStart || m.AsideEnd != asideEnd {
			continue
		}
		gap := 0
		switch {
		case m.End <= sp.Start:
			gap = sp.Start - m.End
		case m.Start >= sp.End:
			gap = m.Start - sp.End
		}
		if bestGap < 0 || gap < bestGap {
			best, bestGap = m.Date, gap
		}
	}
	return best
}
