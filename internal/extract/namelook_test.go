package extract

import "testing"

// TestNameLookBound checks that the checks of a chain of capitalized words stop after
// maxNameLook: a document of honorifics and capitals cannot make them recurse without end.
func TestNameLookBound(t *testing.T) {
	if l := (nameLook{asker: -1}); !l.may(0) || l.from(0).may(0) {
		t.Errorf("a check consults the word that asked it")
	}
	l := nameLook{asker: -1}
	for range maxNameLook {
		l = l.from(100)
	}
	if l.may(0) {
		t.Errorf("after %d checks in a chain, a check may still consult another", maxNameLook)
	}
}
