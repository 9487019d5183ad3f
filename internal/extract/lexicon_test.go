package extract

import (
	"testing"
	"testing/fstest"
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
