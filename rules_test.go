package actorgraph

import (
	"context"
	"errors"
	"maps"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRules(t *testing.T) {
	want := []string{RuleRole, RuleNounBetween, RuleHyphenPair, RulePossessive, RuleNounObject, RuleVerb, RulePassive, RuleOfficeHolder, RuleSetting, RuleInstitution, RuleCompanion}
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

func TestDisableRulesUnknown(t *testing.T) {
	const known = "the rules are role, noun-between, hyphen-pair, possessive, noun-object, verb, passive, office-holder, setting, institution, companion"
	ctx := context.Background()
	docs := maps.All(map[string]string{"a.txt": "Egypt condemned Israel."})
	for _, tc := range []struct {
		name    string
		disable []string
		wantErr string // "" for none
	}{
		{"none", nil, ""},
		{"known", []string{RuleVerb, RuleRole}, ""},
		{"misspelled", []string{"verbs"}, `actorgraph: DisableRules: unknown rule "verbs"; ` + known},
		{"after a known one", []string{RulePassive, "hyphen"}, `actorgraph: DisableRules: unknown rule "hyphen"; ` + known},
		{"empty", []string{""}, `actorgraph: DisableRules: unknown rule ""; ` + known},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Parser{DisableRules: tc.disable}
			check := func(what string, g *Graph, err error) {
				t.Helper()
				if tc.wantErr == "" {
					if err != nil || g == nil {
						t.Errorf("%s: got graph %v and error %v, want a graph", what, g != nil, err)
					}
					return
				}
				if g != nil || !errors.Is(err, ErrUnknownRule) {
					t.Errorf("%s: got graph %v and error %v, want no graph and ErrUnknownRule", what, g != nil, err)
				}
				if err != nil {
					if diff := cmp.Diff(tc.wantErr, err.Error()); diff != "" {
						t.Errorf("%s: error (-want +got):\n%s", what, diff)
					}
				}
			}
			g, err := p.ParseDoc(ctx, "a.txt", "Egypt condemned Israel.")
			check("ParseDoc", g, err)
			g, err = p.ParseAll(ctx, docs)
			check("ParseAll", g, err)
			c := Corpus{Parser: &p}
			if err := c.Add(ctx, "a.txt", "Egypt condemned Israel."); (err != nil) != (tc.wantErr != "") {
				t.Errorf("Corpus.Add: got error %v, want one: %v", err, tc.wantErr != "")
			}
			g, err = c.Graph()
			check("Corpus.Graph", g, err)
		})
	}
}
