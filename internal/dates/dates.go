// Package dates reads the dates of news text: the date a document gives itself in its
// dateline or under its title, and the dates its sentences speak of ("on Monday", "last
// week", "on November 4", "from November 4 to 7", "next month", "in 2019"), resolved
// against the document's date. Everything is counted in days since 1970-01-01; a Span is
// a day, a run of days, an ISO week, a month or a year. Nothing here guesses: a date
// that needs the document's date ("on Monday") is left out when it is unknown, and a
// dateline without a year gives no date.
package dates

import (
	"strconv"
	"time"
)

// Precision says what a Span is: one or more days, a week, a month or a year. The zero
// Precision is an unknown date.
type Precision uint8

// The precisions, from the finest.
const (
	Unknown Precision = iota
	Day               // one day, or a run of days ("from November 4 to 7")
	Week              // an ISO week, Monday to Sunday
	Month
	Year
)

// String returns "day", "week", "month", "year", or "" for Unknown.
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return ""
}

// Span is a date: the days From to To, both included, counted since 1970-01-01, and
// what they are. The zero Span is unknown.
type Span struct {
	From, To int32
	Prec     Precision
}

// Known reports whether s is a date.
func (s Span) Known() bool { return s.Prec != Unknown }

// Days returns the day y-m-d as days since 1970-01-01; time.Date normalizes a day out of
// its month.
func Days(y int, m time.Month, d int) int32 {
	return int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Civil returns the year, month and day of day n.
func Civil(n int32) (int, time.Month, int) {
	return time.Unix(int64(n)*86400, 0).UTC().Date()
}

// OnDay returns the Span of one day.
func OnDay(n int32) Span { return Span{n, n, Day} }

// InMonth returns the Span of a month.
func InMonth(y int, m time.Month) Span {
	return Span{Days(y, m, 1), Days(y, m+1, 1) - 1, Month}
}

// InYear returns the Span of a year.
func InYear(y int) Span { return Span{Days(y, 1, 1), Days(y+1, 1, 1) - 1, Year} }

// InWeek returns the Span of the ISO week (Monday to Sunday) that holds day n.
func InWeek(n int32) Span {
	// 1970-01-01 was a Thursday: day n is a Monday when (n+3) % 7 == 0.
	monday := n - (n+3)%7
	if (n+3)%7 < 0 {
		monday -= 7
	}
	return Span{monday, monday + 6, Week}
}

// Weekday returns the day of the week of day n.
func Weekday(n int32) time.Weekday { return time.Weekday(((n+4)%7 + 7) % 7) }

// String returns s in ISO 8601: "2024-12-09" for a day, "2024-12-09/2024-12-11" for a
// run of days, "2024-W50" for a week, "2024-12" for a month, "2024" for a year, and ""
// for an unknown date.
func (s Span) String() string {
	y, m, d := Civil(s.From)
	switch s.Prec {
	case Day:
		day := func(y int, m time.Month, d int) string {
			return pad(y, 4) + "-" + pad(int(m), 2) + "-" + pad(d, 2)
		}
		if s.To == s.From {
			return day(y, m, d)
		}
		y2, m2, d2 := Civil(s.To)
		return day(y, m, d) + "/" + day(y2, m2, d2)
	case Week:
		wy, w := time.Unix(int64(s.From)*86400, 0).UTC().ISOWeek()
		return pad(wy, 4) + "-W" + pad(w, 2)
	case Month:
		return pad(y, 4) + "-" + pad(int(m), 2)
	case Year:
		return pad(y, 4)
	}
	return ""
}

// pad writes n in decimal with at least width digits.
func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// Parse reads a Span in the form String writes. It reports false for anything else, and
// for the empty string.
func Parse(s string) (Span, bool) {
	if from, to, ok := cut(s, '/'); ok {
		a, okA := parseDay(from)
		b, okB := parseDay(to)
		if !okA || !okB || b < a {
			return Span{}, false
		}
		return Span{a, b, Day}, true
	}
	switch {
	case len(s) == 10:
		if n, ok := parseDay(s); ok {
			return OnDay(n), true
		}
	case len(s) == 8 && s[4] == '-' && s[5] == 'W':
		y, okY := digits(s[:4])
		w, okW := digits(s[6:])
		if okY && okW && w >= 1 && w <= 53 {
			// The week that holds January 4 is week 1.
			sp := InWeek(Days(y, 1, 4) + int32(7*(w-1)))
			if wy, _ := time.Unix(int64(sp.From)*86400, 0).UTC().ISOWeek(); wy == y {
				return sp, true
			}
		}
	case len(s) == 7 && s[4] == '-':
		y, okY := digits(s[:4])
		m, okM := digits(s[5:])
		if okY && okM && m >= 1 && m <= 12 {
			return InMonth(y, time.Month(m)), true
		}
	case len(s) == 4:
		if y, ok := digits(s); ok {
			return InYear(y), true
		}
	}
	return Span{}, false
}

// cut splits s at its one sep.
func cut(s string, sep byte) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// parseDay reads YYYY-MM-DD, a real day.
func parseDay(s string) (int32, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, okY := digits(s[:4])
	m, okM := digits(s[5:7])
	d, okD := digits(s[8:])
	if !okY || !okM || !okD || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, false
	}
	return Days(y, time.Month(m), d), true
}

// digits reads a run of ASCII digits.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = 10*n + int(s[i]-'0')
	}
	return n, true
}

// daysIn returns the number of days of month m of year y.
func daysIn(y int, m time.Month) int {
	return int(Days(y, m+1, 1) - Days(y, m, 1))
}
