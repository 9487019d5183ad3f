package actorgraph

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestLexiconExtend(t *testing.T) {
	ext, err := DefaultLexicon().Extend(fstest.MapFS{
		"countries.tsv":     {Data: []byte("# a state of our own\nfreedonia\tFreedonia\tRepublic of Freedonia\tFreedonian\tFredville\n")},
		"organizations.tsv": {Data: []byte("liberty-front\tLiberty Front\tgroup\tfreedonia\tLF\n")},
		"titles.tsv":        {Data: []byte("grand vizier\tvizier\tleader-of\tactual\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	p := Parser{Lexicon: ext}
	g, err := p.Parse(context.Background(), "Freedonian Grand Vizier Rufus Firefly met LF commanders in Fredville on Monday.")
	if err != nil {
		t.Fatal(err)
	}
	if a := g.Actor("Rufus Firefly"); a == nil || len(a.Roles) == 0 || a.Roles[0] != (Role{Title: "grand vizier", Of: "freedonia"}) {
		t.Errorf("Rufus Firefly = %+v, want a grand vizier of freedonia", a)
	}
	if a := g.Actor("LF"); a == nil || a.ID != "liberty-front" || a.Kind != Group {
		t.Errorf("LF = %+v, want the group liberty-front", a)
	}
	if _, ok := DefaultLexicon().data().CountryName("freedonia"); ok {
		t.Error("Extend changed the default lexicon")
	}
}

// TestExtendPeople checks that a row of people.tsv added with Extend makes its aliases
// name the person, and that an alias two people share names neither.
func TestExtendPeople(t *testing.T) {
	ext, err := DefaultLexicon().Extend(fstest.MapFS{
		"people.tsv": {Data: []byte("# our own\nRufus T. Firefly\tRufo|The Vizier\tleader of Freedonia\n" +
			"Groucho Ramos\tEl Bigote\nGrucho Ramos\tEl Bigote\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	p := Parser{Lexicon: ext}
	g, err := p.Parse(context.Background(), "Rufo met Antony Blinken in Geneva. El Bigote stayed away.")
	if err != nil {
		t.Fatal(err)
	}
	if a := g.Actor("Rufo"); a == nil || a.ID != "rufus-t-firefly" || a.Name != "Rufus T. Firefly" || a.Kind != Person {
		t.Errorf("Rufo = %+v, want the person rufus-t-firefly", a)
	}
	for _, id := range []string{"groucho-ramos", "grucho-ramos"} {
		if g.Actor(id) != nil {
			t.Errorf("actor %s for an alias two people share", id)
		}
	}
	if g, _ := Parse(context.Background(), "Rufo met Antony Blinken in Geneva."); g.Actor("rufus-t-firefly") != nil {
		t.Error("Extend changed the default lexicon")
	}
}

func TestLexiconErrors(t *testing.T) {
	tests := []struct{ file, data string }{
		{"organizations.tsv", "x\tX\tcompany\t-\n"},
		{"titles.tsv", "boss\tboss\tbosses\tactual\n"},
		{"titles.tsv", "boss\tboss\t-\tactual\tcaptain\n"},
		{"triggers.tsv", "hugged\tsupports\tadverb\tevent\t-\n"},
		{"triggers.tsv", "hugged\tsupports\tverb\tevent\t-\t-\tadult\n"},
		{"cues.tsv", "maybe\tperhaps\tbefore\n"},
		{"words.tsv", "foo\tbar\n"},
		{"people.tsv", "Rufus T. Firefly\n"},
		{"people.tsv", "Rufus T. Firefly\t-\n"},
	}
	for _, tt := range tests {
		_, err := DefaultLexicon().Extend(fstest.MapFS{tt.file: {Data: []byte(tt.data)}})
		if err == nil || !strings.Contains(err.Error(), tt.file+":1") {
			t.Errorf("%s %q: err = %v, want an error naming %s:1", tt.file, tt.data, err, tt.file)
		}
	}
}

// TestTitleFlags checks that a title added with Extend means what its flags say, as the
// built-in titles with those flags do.
func TestTitleFlags(t *testing.T) {
	tests := []struct {
		name, row, text, like string // like: the same text with a built-in title
		want                  []string
	}{
		{"rank", "squadron leader\tsquadron leader\t-\tactual\trank",
			"Squadron Leader Amara Osei spoke in Accra.", "Colonel Amara Osei spoke in Accra.", nil},
		{"no rank", "squadron leader\tsquadron leader\t-\tactual",
			"Squadron Leader Amara Osei spoke in Accra.", "", []string{"amara-osei: squadron leader of "}},
		{"counterpart", "opposite number\topposite number\t-\tactual\tcounterpart",
			"Foreign Minister Penny Wong of Australia met her Indonesian opposite number, Retno Marsudi.",
			"Foreign Minister Penny Wong of Australia met her Indonesian counterpart, Retno Marsudi.",
			[]string{"penny-wong: foreign minister of australia", "retno-marsudi: foreign minister of indonesia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := parseExtended(t, "titles.tsv", tt.row+"\n", tt.text)
			if diff := cmp.Diff(tt.want, roleSet(g), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
			if tt.like == "" {
				return
			}
			if diff := cmp.Diff(tt.want, roleSet(parseText(t, tt.like)), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.like, diff)
			}
		})
	}
}

// TestZeroLexicon checks that a zero Lexicon works as one with no rows: parsing with it
// finds names by their shape only, and Extend adds to it.
func TestZeroLexicon(t *testing.T) {
	text := "Donald Trump met Vladimir Putin in Helsinki. Trump said talks went well."
	g, err := (&Parser{Lexicon: new(Lexicon)}).Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if g.Actor("Donald Trump") == nil || g.Actor("Vladimir Putin") == nil {
		t.Errorf("zero Lexicon: actors %v, want Donald Trump and Vladimir Putin", slices.Collect(g.Actors()))
	}
	ext, err := new(Lexicon).Extend(fstest.MapFS{"countries.tsv": {Data: []byte("finland\tFinland\t-\tFinnish\tHelsinki\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if g, err := (&Parser{Lexicon: ext}).Parse(context.Background(), "Finland sanctioned Narnia."); err != nil || g.Actor("finland") == nil {
		t.Errorf("extended zero Lexicon: no actor finland (err %v)", err)
	}
}
