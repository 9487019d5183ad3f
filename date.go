package actorgraph

import (
	"cmp"
	"fmt"
	"math"
	"time"

	"github.com/actorgraph/actorgraph/internal/dates"
)

// Date is a date that a document was written on or that its text speaks of: a day, a run
// of days ("from November 4 to 7"), an ISO week ("last week"), a month ("next month") or
// a year ("in 2019"). Its String and its JSON form are ISO 8601: "2024-12-09",
// "2024-11-04/2024-11-07", "2024-W50", "2024-12", "2024". The zero Date is unknown, and
// is left out of JSON.
type Date struct {
	// The days from and from+days, counted since 1970, and what they are; 8 bytes, for
	// the two dates of every piece of evidence.
	from int32
	days uint16
	prec dates.Precision
}

// dateOf returns the Date of span s. No span of internal/dates is longer than a year.
func dateOf(s dates.Span) Date {
	return Date{s.From, uint16(s.To - s.From), s.Prec}
}

// span returns d as a span of internal/dates.
func (d Date) span() dates.Span {
	return dates.Span{From: d.from, To: d.from + int32(d.days), Prec: d.prec}
}

// Precision says what a Date is: a day (or a run of days), a week, a month or a year.
type Precision string

// The precisions of a Date; an unknown Date has the empty Precision.
const (
	PrecisionDay   Precision = "day"
	PrecisionWeek  Precision = "week"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
)

// DayOf returns the day of t as a Date: its year, month and day where t is. The zero time
// gives the zero Date.
func DayOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.Date()
	return dateOf(dates.OnDay(dates.Days(y, m, d)))
}

// ParseDate reads a Date in the form Date.String writes. The empty string is the zero
// Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	sp, ok := dates.Parse(s)
	if !ok || sp.To-sp.From > math.MaxUint16 {
		return Date{}, fmt.Errorf("actorgraph: bad date %q: want YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY", s)
	}
	return dateOf(sp), nil
}

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d.prec == dates.Unknown }

// Precision returns what d is, or "" when it is unknown.
func (d Date) Precision() Precision { return Precision(d.span().Prec.String()) }

// Start returns the first day of d, at midnight UTC; the zero time when d is unknown.
func (d Date) Start() time.Time { return d.day(d.span().From) }

// End returns the last day of d, at midnight UTC: the same day as Start for a day; the
// zero time when d is unknown.
func (d Date) End() time.Time { return d.day(d.span().To) }

// epochDay returns the first day of d as days since 1970, or 0 when d is unknown (as
// extract.Options.Day wants it).
func (d Date) epochDay() int {
	if d.IsZero() {
		return 0
	}
	return int(d.span().From)
}

func (d Date) day(n int32) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Unix(int64(n)*86400, 0).UTC()
}

// String returns d in ISO 8601, as the Date type says, or "" when it is unknown.
func (d Date) String() string { return d.span().String() }

// MarshalText returns d as String writes it.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a Date as ParseDate does.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Equal reports whether d and e are the same date of the same precision. (go-cmp
// compares Dates with it.)
func (d Date) Equal(e Date) bool { return d == e }

// Compare orders dates by their first day, then their last, then their precision; the
// unknown date comes first. It returns -1, 0 or +1.
func (d Date) Compare(e Date) int {
	if d.IsZero() || e.IsZero() {
		return cmp.Compare(boolInt(!d.IsZero()), boolInt(!e.IsZero()))
	}
	return cmp.Or(cmp.Compare(d.span().From, e.span().From), cmp.Compare(d.span().To, e.span().To), cmp.Compare(d.span().Prec, e.span().Prec))
}

// overlaps reports whether d is known and has a day in [since, until], days since 1970;
// an open end is math.MinInt32 or math.MaxInt32.
func (d Date) overlaps(since, until int32) bool {
	return !d.IsZero() && d.span().To >= since && d.span().From <= until
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// earlier returns the earlier of a and b by their first days (see Date.Compare), the
// known one when the other is unknown.
func earlier(a, b Date) Date {
	if a.IsZero() || !b.IsZero() && b.Compare(a) < 0 {
		return b
	}
	return a
}

// later returns the later of a and b by their last days, then their first, the known one
// when the other is unknown.
func later(a, b Date) Date {
	if a.IsZero() {
		return b
	}
	if b.IsZero() {
		return a
	}
	if c := cmp.Or(cmp.Compare(b.span().To, a.span().To), cmp.Compare(b.span().From, a.span().From), cmp.Compare(b.span().Prec, a.span().Prec)); c > 0 {
		return b
	}
	return a
}
