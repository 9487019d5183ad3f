package actorgraph

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// day returns the time of a day, YYYY-MM-DD, for the tests.
func testDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// meeting returns the one actual meets-with relation of g between a and b, or fails.
func meeting(t *testing.T, g *Graph, a, b string) *Relation {
	t.Helper()
	var found []*Relation
	for r := range g.Relations(Filter{Types: []RelationType{MeetsWith}, Modalities: []Modality{Actual}, Source: a, Target: b}) {
		found = append(found, r)
	}
	if len(found) != 1 {
		t.Fatalf("%d meets-with relations between %s and %s, want 1: %v", len(found), a, b, found)
	}
	return found[0]
}

// TestDocumentDates checks where evidence takes its dates from: the caller's date,
// else a dated dateline; the date its sentence gives; and that no date is invented.
func TestDocumentDates(t *testing.T) {
	tests := []struct {
		name, text, given string
		wantDoc, wantDate string // of the evidence of the meeting of Kenya and Uganda
	}{
		{"dateline", "NAIROBI, 9 December 2024 (Reuters) - Kenya met Uganda on Friday.", "", "2024-12-09", "2024-12-06"},
		{"the caller's date wins over the dateline", "NAIROBI, 9 December 2024 (Reuters) - Kenya met Uganda on Friday.", "2024-12-20", "2024-12-20", "2024-12-20"},
		{"a dateline without a year gives no date", "NAIROBI, Dec 9 (Reuters) - Kenya met Uganda on Friday.", "", "", ""},
		{"the dateline is no date of the story", "NAIROBI, Dec 9 (Reuters) - Kenya met Uganda.", "2025-01-02", "2025-01-02", ""},
		{"no date: relative dates are unknown", "Kenya met Uganda on Friday.", "", "", ""},
		{"no date: full dates are known", "Kenya met Uganda on November 4, 2019.", "", "", "2019-11-04"},
		{"a year across its end", "Kenya met Uganda on December 30.", "2025-01-02", "2025-01-02", "2024-12-30"},
		{"a date in a relative clause dates the clause only", "Kenya, which hosted talks in 2019, met Uganda on Friday.", "2024-12-09", "2024-12-09", "2024-12-06"},
		{"a date outside a subordinate clause does not date it", "Rwanda will host Kenya next month, after Kenya met Uganda in Kampala.", "2024-12-09", "2024-12-09", ""},
		{"a date in a subordinate clause dates it only", "Kenya met Uganda for the first time since Ruto took office in June.", "2024-12-09", "2024-12-09", ""},
		{"a relation stated in a relative clause takes its date", "Rwanda said Kenya, which met Uganda on November 4, would host talks.", "2024-12-09", "2024-12-09", "2024-11-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Parser
			if tt.given != "" {
				p.Date = testDay(t, tt.given)
			}
			g, err := p.ParseDoc(context.Background(), "a.txt", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			r := meeting(t, g, "kenya", "uganda")
			e := r.Evidence[0]
			if e.DocDate.String() != tt.wantDoc || e.Date.String() != tt.wantDate {
				t.Errorf("doc date %q and date %q, want %q and %q", e.DocDate, e.Date, tt.wantDoc, tt.wantDate)
			}
			want := tt.wantDate
			if want == "" {
				want = tt.wantDoc
			}
			if r.FirstSeen.String() != want || r.LastSeen.String() != want {
				t.Errorf("seen %q to %q, want %q", r.FirstSeen, r.LastSeen, want)
			}
		})
	}
}

// threeDated parses three articles about Kenya and Uganda, written on three days, into
// graphs of their own.
func threeDated(t *testing.T) []*Graph {
	t.Helper()
	var gs []*Graph
	for _, d := range []struct{ doc, date, text string }{
		{"march.txt", "2024-03-04", "Kenya met Uganda in Nairobi on Monday."},
		{"april.txt", "2024-04-10", "Uganda and Kenya met again yesterday in Kampala."},
		{"june.txt", "2024-06-20", "Kenya met Uganda on Wednesday, and the two will meet next month."},
	} {
		g, err := new(Parser).ParseDated(context.Background(), d.doc, d.text, testDay(t, d.date))
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, g)
	}
	return gs
}

// TestDatedCorpus merges three dated articles about one pair of actors: one relation,
// first and last seen exact whatever the order of the merge and the caps, and a window
// that keeps only the later evidence.
func TestDatedCorpus(t *testing.T) {
	gs := threeDated(t)
	g := Merge(gs...)
	r := meeting(t, g, "kenya", "uganda")
	if r.FirstSeen.String() != "2024-03-04" || r.LastSeen.String() != "2024-06-19" || len(r.Evidence) != 3 {
		t.Fatalf("seen %s to %s with %d pieces of evidence, want 2024-03-04 to 2024-06-19 with 3", r.FirstSeen, r.LastSeen, len(r.Evidence))
	}
	planned := g.Relations(Filter{Types: []RelationType{MeetsWith}, Modalities: []Modality{Planned}})
	for p := range planned {
		if p.FirstSeen.String() != "2024-07" {
			t.Errorf("the planned meeting is dated %s, want 2024-07", p.FirstSeen)
		}
	}
	want := corpusJSON(t, g)
	for _, order := range [][]*Graph{{gs[2], gs[0], gs[1]}, {Merge(gs[1], gs[2]), gs[0]}, {gs[0], Merge(gs[2], gs[1]), gs[0]}} {
		if diff := cmp.Diff(want, corpusJSON(t, Merge(order...))); diff != "" {
			t.Errorf("merge depends on order or grouping (-want +got):\n%s", diff)
		}
	}
	capped := meeting(t, g.CapEvidence(1, 0), "kenya", "uganda")
	if capped.FirstSeen != r.FirstSeen || capped.LastSeen != r.LastSeen || len(capped.Evidence) != 1 {
		t.Errorf("capped: seen %s to %s with %d pieces, want the dates of all evidence", capped.FirstSeen, capped.LastSeen, len(capped.Evidence))
	}

	// A window between the first and the second article keeps the later evidence only.
	since := testDay(t, "2024-04-01")
	w := meeting(t, g.Within(since, time.Time{}), "kenya", "uganda")
	var docs []string
	for _, e := range w.Evidence {
		docs = append(docs, e.Doc)
	}
	if strings.Join(docs, " ") != "april.txt june.txt" || w.FirstSeen.String() != "2024-04-09" || w.LastSeen.String() != "2024-06-19" {
		t.Errorf("since April: evidence of %v, seen %s to %s; want april.txt and june.txt, 2024-04-09 to 2024-06-19", docs, w.FirstSeen, w.LastSeen)
	}
	if r.FirstSeen.String() != "2024-03-04" || len(r.Evidence) != 3 {
		t.Error("Within changed the graph it was called on")
	}
	var inWindow []string
	for _, e := range g.Evidence(Filter{Types: []RelationType{MeetsWith}, Modalities: []Modality{Actual}, Since: since, Until: testDay(t, "2024-05-31")}) {
		inWindow = append(inWindow, e.Doc)
	}
	if strings.Join(inWindow, " ") != "april.txt" {
		t.Errorf("Evidence from April to May: %v, want april.txt", inWindow)
	}
	if n := g.Within(testDay(t, "2030-01-01"), time.Time{}).NumRelations(); n != 0 {
		t.Errorf("a window after everything keeps %d relations", n)
	}
	if g.Within(time.Time{}, time.Time{}) != g {
		t.Error("Within with open ends did not return the graph itself")
	}

	// The dates survive JSON.
	back, err := ReadJSON(strings.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, corpusJSON(t, back)); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

// TestTimeline checks the order and the grouping of a timeline.
func TestTimeline(t *testing.T) {
	g := Merge(threeDated(t)...)
	events, err := g.Timeline(Filter{Types: []RelationType{MeetsWith}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range events {
		got = append(got, ev.Date.String()+" "+string(ev.Relation.Modality)+" "+ev.Evidence[0].Doc)
	}
	want := []string{"2024-03-04 actual march.txt", "2024-04-09 actual april.txt", "2024-06-19 actual june.txt", "2024-07 planned june.txt"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
	if _, err := g.Timeline(Filter{Actor: "Nobody"}); err == nil {
		t.Error("Timeline of an unknown actor: no error")
	}
}

// TestDate checks the Date API and its JSON form.
func TestDate(t *testing.T) {
	for _, tt := range []struct {
		s          string
		prec       Precision
		start, end string
	}{
		{"2024-12-09", PrecisionDay, "2024-12-09", "2024-12-09"},
		{"2024-11-04/2024-11-07", PrecisionDay, "2024-11-04", "2024-11-07"},
		{"2024-W01", PrecisionWeek, "2024-01-01", "2024-01-07"},
		{"2024-02", PrecisionMonth, "2024-02-01", "2024-02-29"},
		{"2024", PrecisionYear, "2024-01-01", "2024-12-31"},
	} {
		d, err := ParseDate(tt.s)
		if err != nil {
			t.Fatal(err)
		}
		if d.String() != tt.s || d.Precision() != tt.prec || d.Start().Format(time.DateOnly) != tt.start || d.End().Format(time.DateOnly) != tt.end {
			t.Errorf("%s: %s %s %s to %s", tt.s, d, d.Precision(), d.Start(), d.End())
		}
		b, err := json.Marshal(struct{ D Date }{d})
		if err != nil || string(b) != `{"D":"`+tt.s+`"}` {
			t.Errorf("%s: JSON %s, %v", tt.s, b, err)
		}
	}
	var zero Date
	if !zero.IsZero() || zero.String() != "" || !zero.Start().IsZero() || zero.Precision() != "" {
		t.Error("the zero Date is not unknown")
	}
	if d, err := ParseDate(""); err != nil || !d.IsZero() {
		t.Errorf(`ParseDate("") = %v, %v`, d, err)
	}
	for _, bad := range []string{"2024-02-30", "1900-01-01/2199-12-31", "2024-1-1", "last week"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate took %q", bad)
		}
	}
	if got := DayOf(time.Date(2024, 12, 9, 23, 0, 0, 0, time.FixedZone("X", -5*3600))).String(); got != "2024-12-09" {
		t.Errorf("DayOf a time west of UTC = %s, want its own day", got)
	}
	a, _ := ParseDate("2024-12")
	b, _ := ParseDate("2024-12-09")
	if a.Compare(b) >= 0 || b.Compare(a) <= 0 || zero.Compare(a) >= 0 || a.Compare(a) != 0 {
		t.Error("Compare does not order by first day, then last")
	}
	bad := `{"actors": [{"id": "a", "name": "A", "kind": "country"}], "relations": [{"type": "supports", "source": "a", "target": "a", "modality": "actual", "first_seen": "2024-13"}]}`
	if _, err := ReadJSON(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "2024-13") {
		t.Errorf("ReadJSON of a bad date: %v", err)
	}
}

// TestLargeDocumentDates checks that the sentences of a document large enough for the
// parser to let its tokens go before assembly are dated as a small one's.
func TestLargeDocumentDates(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 6 MB")
	}
	text := strings.Repeat("Nothing happened here today. ", 220_000) + "Kenya met Uganda in 2019."
	g, err := new(Parser).ParseDoc(context.Background(), "large.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if r := meeting(t, g, "kenya", "uganda"); r.Evidence[0].Date.String() != "2019" {
		t.Errorf("the meeting is dated %q, want 2019", r.Evidence[0].Date)
	}
}
