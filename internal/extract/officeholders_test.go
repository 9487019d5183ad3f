package extract

import (
	"testing"
	"testing/fstest"
)

// TestOfficePrincipal checks whose office a title is, by the holder's name, the title's
// head and the date, on rows of its own: a full name must agree in its given name
// (nicknames count), a surname alone is enough when one holder has it, two holders of
// the same surname and office are told apart only by the date, and aliases find their
// holder.
func TestOfficePrincipal(t *testing.T) {
	rows := "Jonas Quillon\tJo Quillon\tforeign minister\tgermany\t2001-03-01\t2005-06-30\n" +
		"Ilse Vantreck\t-\tpresident\taustria\t2004\t2010\n" +
		"Tomas Vantreck\t-\tpresident\tslovakia\t2009-06\t2012\n" +
		"Michael Osterholm\tThe Osprey\tsecretary of state\tunited-states\t2001\t2003\n" +
		"Rafa Ulmstead\t-\tpresident\tchile\t2014\t-\n"
	lex, err := testLexicon().Extend(fstest.MapFS{"officeholders.tsv": {Data: []byte(rows)}})
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) int {
		d, ok := termDay(s, false)
		if !ok {
			t.Fatalf("bad date %q", s)
		}
		return d
	}
	tests := []struct {
		name, head string
		day        int
		want       string
	}{
		{"Jonas Quillon", "minister", 0, "germany"},
		{"Quillon", "minister", 0, "germany"},
		{"Jo Quillon", "minister", 0, "germany"},             // an alias
		{"Anna Quillon", "minister", 0, ""},                  // another given name: another person
		{"Jonas Quillon", "president", 0, ""},                // not his office
		{"Jonas Quillon", "minister", day("2007-01-01"), ""}, // not then
		{"Jonas Quillon", "minister", day("2003-05-02"), "germany"},
		{"Vantreck", "president", 0, ""}, // two states: the text must say
		{"Vantreck", "president", day("2006-01-01"), "austria"},
		{"Vantreck", "president", day("2011-01-01"), "slovakia"},
		{"Vantreck", "president", day("2009-09-01"), ""}, // both in office
		{"Tomas Vantreck", "president", 0, "slovakia"},   // the given name tells them apart
		{"Mike Osterholm", "secretary", 0, "united-states"},
		{"Michael R. Osterholm", "secretary", 0, "united-states"},
		{"The Osprey", "secretary", 0, "united-states"},            // the alias as written
		{"Osprey", "secretary", 0, ""},                             // a word of an alias is none
		{"Rafa Ulmstead", "president", day("2026-11-30"), "chile"}, // still in office
		{"", "president", 0, ""},
	}
	for _, tt := range tests {
		if got := lex.officePrincipal(tt.name, tt.head, tt.day); got != tt.want {
			t.Errorf("officePrincipal(%q, %q, %d) = %q, want %q", tt.name, tt.head, tt.day, got, tt.want)
		}
	}
}

// TestOfficeHolderErrors checks that a bad row of officeholders.tsv fails the load with
// what is wrong.
func TestOfficeHolderErrors(t *testing.T) {
	for _, row := range []string{
		"A Person\t-\tpresident\tfrance\t2001",                  // five columns
		"A Person\t-\tgrand vizier\tfrance\t2001\t-",            // no such title
		"A Person\t-\tpresident\tfreedonia\t2001\t-",            // no such state or body
		"A Person\t-\tpresident\tfrance\t2001-13\t-",            // no such month
		"A Person\t-\tpresident\tfrance\t2005\t2001",            // ends before it begins
		"A Person\t-\tpresident\tfrance\tlast year\t-",          // no date
		"A Person\t-\tpresident\tfrance\t2001-02-03\t2004-5-06", // no date either
	} {
		if _, err := testLexicon().Extend(fstest.MapFS{"officeholders.tsv": {Data: []byte(row + "\n")}}); err == nil {
			t.Errorf("row %q loaded without error", row)
		}
	}
}
