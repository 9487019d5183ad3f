package extract

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph/internal/fold"
)

func TestDefaultLexicon(t *testing.T) {
	l := testLexicon()
	flagged := func(f keyFlag) int {
		n := 0
		for _, info := range l.infos {
			if info.flags&f != 0 {
				n++
			}
		}
		return n
	}
	for name, n := range map[string]int{
		"countries": len(l.countries), "organizations": len(l.orgs), "titles": len(l.titles),
		"given names": flagged(keyGiven), "abbreviations": flagged(keyAbbrev), "org heads": flagged(keyOrgHead),
	} {
		if n == 0 {
			t.Errorf("built-in lexicon has no %s", name)
		}
	}
	for _, org := range l.orgs {
		if org.Country != "" && l.countries[org.Country] == nil {
			t.Errorf("organization %s names unknown country %q", org.ID, org.Country)
		}
	}
}

// TestOrganizationIDs checks that an organization's ID is no abbreviation of a longer
// name: IDs are full-name slugs and abbreviations aliases ("tigray-peoples-liberation-front",
// TPLF), unless the body's name is the abbreviation itself ("nato", NATO).
func TestOrganizationIDs(t *testing.T) {
	for _, org := range testLexicon().orgs {
		if !strings.Contains(org.ID, "-") && strings.Contains(org.Name, " ") && fold.Slug(org.Name) != org.ID {
			t.Errorf("organization %s is an abbreviation of its name %q: use %s", org.ID, org.Name, fold.Slug(org.Name))
		}
	}
}

// TestKeywordIDs checks that every lexicon numbers the keywords first, so that the
// constants kwThe, kwComma, ... are their keyIDs.
func TestKeywordIDs(t *testing.T) {
	ext, err := testLexicon().Extend(fstest.MapFS{"words.tsv": {Data: []byte("zyzzyva\tfunction\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []*Lexicon{testLexicon(), Empty(), ext} {
		for id, k := range keywords {
			if id > 0 && findKey(&l.keys, k, hashKey(k)) != uint32(id) {
				t.Errorf("keyword %q has keyID %d, want %d", k, findKey(&l.keys, k, hashKey(k)), id)
			}
		}
	}
}
