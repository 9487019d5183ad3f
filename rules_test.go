package actorgraph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRules(t *testing.T) {
	want := []string{RuleRole, RuleNounBetween, RuleHyphenPair, RulePossessive, RuleNounObject, RuleVerb, RulePassive}
	if diff := cmp.Diff(want, Rules()); diff != "" {
		t.Errorf("Rules() (-want +got):\n%s", diff)
	}
	Rules()[0] = "bogus"
	if got := Rules()[0]; got != RuleRole {
		t.Errorf("changing a slice Rules returned changed the next one: got %q", got)
	}
	for _, tc := range []struct {
		rule    string
		wantSet bool
	}{
		{RuleRole, true}, {RuleNounBetween, true}, {RuleHyphenPair, true}, {RulePossessive, true},
		{RuleNounObject, true}, {RuleVerb, true}, {RulePassive, true}, {"", false}, {"verbs", false},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			if got := RuleDescription(tc.rule) != ""; got != tc.wantSet {
				t.Errorf("RuleDescription(%q) set = %v, want %v", tc.rule, got, tc.wantSet)
			}
		})
	}
}
