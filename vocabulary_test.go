package actorgraph

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract"
	"github.com/google/go-cmp/cmp"
)

// TestVocabularyAgrees checks that the exported constants of kinds, relation types,
// modalities and rules are the values internal/extract declares, in its order, so that
// assembly turns one into the other by conversion and the lists of this package are the
// constants.
func TestVocabularyAgrees(t *testing.T) {
	var kinds []Kind
	for _, k := range extract.Kinds {
		kinds = append(kinds, Kind(k))
	}
	if diff := cmp.Diff([]Kind{Person, Organization, Country, Group}, kinds); diff != "" {
		t.Errorf("kind constants and internal/extract's kinds differ (-constants +extract):\n%s", diff)
	}
	types := []RelationType{EnvoyFor, AdvisorTo, SpokespersonFor, LeaderOf, MemberOf, NegotiatesWith, MeetsWith, Contacts, AtWarWith, Sanctions, Supports, Opposes, PartOf}
	if diff := cmp.Diff(types, RelationTypes()); diff != "" {
		t.Errorf("relation type constants and internal/extract's types differ (-constants +RelationTypes):\n%s", diff)
	}
	if diff := cmp.Diff([]Modality{Actual, Planned, Possible, Negated}, Modalities()); diff != "" {
		t.Errorf("modality constants and internal/extract's modalities differ (-constants +Modalities):\n%s", diff)
	}
	rules := []string{RuleRole, RuleNounBetween, RuleHyphenPair, RulePossessive, RuleNounObject, RuleVerb, RulePassive, RuleOfficeHolder, RuleSetting, RuleInstitution, RuleCompanion}
	if diff := cmp.Diff(rules, Rules()); diff != "" {
		t.Errorf("rule constants and internal/extract's rules differ (-constants +Rules):\n%s", diff)
	}
}
