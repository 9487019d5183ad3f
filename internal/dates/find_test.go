package dates

import (
	"strings"
	"testing"
)

// TestFind reads the dates of sentences written for the test, resolved against the date
// of their document, across the ends of months and years.
func TestFind(t *testing.T) {
	day := func(s string) Span {
		sp, ok := Parse(s)
		if !ok {
			t.Fatalf("bad day %q", s)
		}
		return sp
	}
	const (
		thu2Jan2025 = "2025-01-02" // a Thursday, just after a year's end
		mon9Dec2024 = "2024-12-09" // a Monday
		fri1Mar2024 = "2024-03-01" // a Friday, after a leap day
	)
	tests := []struct {
		doc  string // "" for an unknown date
		text string // the dates marked ⟦…⟧
		want []string
	}{
		{thu2Jan2025, "The ministers met on ⟦Monday⟧ in Rome.", []string{"2024-12-30"}},
		{thu2Jan2025, "The envoy said on ⟦Thursday⟧ that talks went well.", []string{"2025-01-02"}},
		{thu2Jan2025, "The two leaders will meet on ⟦Monday⟧ in Rome.", []string{"2025-01-06"}},
		{thu2Jan2025, "They are due to meet ⟦Thursday⟧.", []string{"2025-01-09"}},
		{thu2Jan2025, "Kenya said on ⟦Monday⟧ it will host talks.", []string{"2024-12-30"}},
		{thu2Jan2025, "Talks opened ⟦last week⟧ in Doha.", []string{"2024-W52"}},
		{thu2Jan2025, "Talks opened ⟦last month⟧ and will resume ⟦next month⟧.", []string{"2024-12", "2025-02"}},
		{thu2Jan2025, "The pact was signed ⟦last year⟧.", []string{"2024"}},
		{thu2Jan2025, "The envoy arrived ⟦yesterday⟧ and leaves ⟦tomorrow⟧.", []string{"2025-01-01", "2025-01-03"}},
		{thu2Jan2025, "They met on ⟦December 30⟧ in Doha.", []string{"2024-12-30"}},
		{thu2Jan2025, "They first met ⟦three days ago⟧.", []string{"2024-12-30"}},
		{thu2Jan2025, "The summit is planned for ⟦early March⟧.", []string{"2025-03"}},
		{thu2Jan2025, "The talks began ⟦last December⟧.", []string{"2024-12"}},
		{thu2Jan2025, "They will talk ⟦next Tuesday⟧.", []string{"2025-01-07"}},
		{thu2Jan2025, "They spoke ⟦last Thursday⟧.", []string{"2024-12-26"}},
		{thu2Jan2025, "Kenya and Uganda met ⟦earlier this month⟧.", []string{"2025-01"}},
		{mon9Dec2024, "Talks were held ⟦From November 4 to 7⟧ in Cairo.", []string{"2024-11-04/2024-11-07"}},
		{mon9Dec2024, "Talks were held ⟦4-7 November⟧ in Cairo.", []string{"2024-11-04/2024-11-07"}},
		{mon9Dec2024, "Talks were held on ⟦Nov. 4⟧ and again ⟦in 2019⟧.", []string{"2024-11-04", "2019"}},
		{mon9Dec2024, "The truce of ⟦mid-2019⟧ held.", []string{"2019"}},
		{mon9Dec2024, "The truce of ⟦November 2019⟧ held until ⟦March of 2020⟧.", []string{"2019-11", "2020-03"}},
		{mon9Dec2024, "They met on ⟦Friday, November 29⟧.", []string{"2024-11-29"}},
		{mon9Dec2024, "They met on ⟦the 4th of November⟧.", []string{"2024-11-04"}},
		{fri1Mar2024, "The envoy landed ⟦three days ago⟧, on ⟦February 29⟧.", []string{"2024-02-27", "2024-02-29"}},
		{fri1Mar2024, "A deal is expected ⟦next year⟧ or ⟦this week⟧.", []string{"2025", "2024-W09"}},
		// No date is invented: without the document's date only full dates count.
		{"", "The ministers met on Monday and again ⟦on November 4, 2019⟧.", []string{"2019-11-04"}},
		{"", "They met last week, in March, on November 4.", nil},
		// Words that are no dates.
		{mon9Dec2024, "Jan Lipavsky may march with 2019 protesters; the last week of talks that May led.", nil},
		{mon9Dec2024, "The 2019-20 budget grew by 2,019 dollars.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var doc Span
			if tt.doc != "" {
				doc = day(tt.doc)
			}
			plain, marked := unmark(tt.text)
			got := Find(nil, plain, doc)
			var dates, spans []string
			for _, m := range got {
				dates = append(dates, m.Date.String())
				spans = append(spans, plain[m.Start:m.End])
			}
			if strings.Join(dates, " ") != strings.Join(tt.want, " ") {
				t.Errorf("dates %q, want %q", dates, tt.want)
			}
			// The marked words must lie within the span found (the preposition may be
			// in it too: "in 2019").
			for i, w := range marked {
				if i < len(spans) && !strings.Contains(w, spans[i]) && !strings.Contains(spans[i], w) {
					t.Errorf("span %q, want within %q", spans[i], w)
				}
			}
		})
	}
}

// unmark removes the ⟦…⟧ marks from s, and returns the marked words.
func unmark(s string) (string, []string) {
	var marked []string
	for {
		i := strings.Index(s, "⟦")
		j := strings.Index(s, "⟧")
		if i < 0 || j < i {
			return s, marked
		}
		marked = append(marked, s[i+len("⟦"):j])
		s = s[:i] + s[i+len("⟦"):j] + s[j+len("⟧"):]
	}
}

// TestParse checks that Parse reads what String writes, and refuses what is no date.
func TestParse(t *testing.T) {
	for _, s := range []string{"2024-12-09", "2024-02-29", "2024-11-04/2024-11-07", "2024-W01", "2020-W53", "2024-12", "2024"} {
		sp, ok := Parse(s)
		if !ok || sp.String() != s {
			t.Errorf("Parse(%q) = %v %v, String %q", s, sp, ok, sp.String())
		}
	}
	for _, s := range []string{"", "2023-02-29", "2024-13", "2024-W54", "2021-W53", "2024-11-07/2024-11-04", "24", "2024-1-1", "x024"} {
		if sp, ok := Parse(s); ok {
			t.Errorf("Parse(%q) = %v, want no date", s, sp)
		}
	}
	if got := InWeek(Days(2024, 12, 29)).String(); got != "2024-W52" {
		t.Errorf("the week of Sunday 29 December 2024 is %s, want 2024-W52", got)
	}
	if got := InWeek(Days(1969, 12, 31)); Weekday(got.From) != 1 || got.To-got.From != 6 {
		t.Errorf("the week of 31 December 1969 is %v", got)
	}
}

// FuzzFind checks that no text makes Find or Dateline fail, that spans lie within the
// text in order, and that every date is known and round-trips through its String.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"WASHINGTON, Dec 9, 2024 (Reuters) - They met on Monday.", "From November 4 to 7, 2019-11-04, mid-2019, three days ago", "Nov. 31, 2021", "Monday, 99 December 9999"} {
		f.Add(s)
	}
	doc := OnDay(Days(2025, 1, 2))
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range Find(nil, s, doc) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("bad span [%d, %d) after %d in %d bytes", m.Start, m.End, last, len(s))
			}
			last = m.End
			if back, ok := Parse(m.Date.String()); !ok || back != m.Date {
				t.Fatalf("date %v does not round-trip through %q", m.Date, m.Date.String())
			}
		}
		if sp, end := Dateline(s); end < 0 || end > len(s) || sp.Known() && end == 0 {
			t.Fatalf("dateline %v ending at %d of %d bytes", sp, end, len(s))
		}
	})
}

// TestIndexDigit checks the eight-bytes-at-a-time search for digits against a plain one.
func TestIndexDigit(t *testing.T) {
	plain := func(s string, i int) int {
		for ; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' {
				return i
			}
		}
		return -1
	}
	texts := []string{"", "7", "no digits at all in this sentence", "/:/:/:/:/:/:/:/:9", "\xff\xb0\xb9\x80\x2f\x3a\xb5 in 2019", "abcdefgh0", "ab\u00e99cdefghijk", "0123456789"}
	for c := 0; c < 256; c++ {
		texts = append(texts, strings.Repeat(string([]byte{byte(c)}), 17))
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := indexDigit(s, i), plain(s, i); got != want {
				t.Fatalf("indexDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestAside finds the clauses set apart from their sentence, by a byte of them.
func TestAside(t *testing.T) {
	for _, tt := range []struct{ text, at, want string }{
		{"Burhan and Dagalo, who led a coup in 2021, have not met.", "2021", ", who led a coup in 2021,"},
		{"Burhan and Dagalo, who led a coup in 2021, have not met.", "met", ""},
		{"Trump will meet Kim this year, after he held talks with Lee.", "talks", "after he held talks with Lee."},
		{"Trump will meet Kim this year, after he held talks with Lee.", "this", ""},
		{"It was their first meeting since Lee took office in June.", "June", "since Lee took office in June."},
		{"They met after the talks in June.", "June", ""},
		{"They met again (the first time in 2019) in Rome.", "2019", "(the first time in 2019)"},
		{"Kenya met Uganda when Ruto visited Kampala, and Rwanda met Burundi.", "Kampala", "when Ruto visited Kampala,"},
	} {
		at := strings.Index(tt.text, tt.at)
		from, to := Aside(tt.text, at)
		if got := tt.text[from:to]; got != tt.want {
			t.Errorf("Aside(%q at %q) = %q, want %q", tt.text, tt.at, got, tt.want)
		}
	}
}
