package actorgraph

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract"
)

// TestVocabularyAgrees checks that the kinds, relation types, modalities and rules the
// stages of internal/extract write are the exported ones, by value and in order, so that
// assembly turns one into the other by conversion.
func TestVocabularyAgrees(t *testing.T) {
	kinds := []Kind{Person, Organization, Country, Group}
	for i, k := range extract.Kinds {
		if string(k) != string(kinds[i]) {
			t.Errorf("kind %d: internal/extract has %q, the API %q", i, k, kinds[i])
		}
	}
	types := RelationTypes()
	if len(types) != len(extract.RelationTypes) {
		t.Fatalf("%d relation types, internal/extract has %d", len(types), len(extract.RelationTypes))
	}
	for i, row := range extract.RelationTypes {
		if string(row.Type) != string(types[i]) || row.Symmetric != types[i].Symmetric() {
			t.Errorf("relation type %d: internal/extract has %q (symmetric %v), the API %q (symmetric %v)",
				i, row.Type, row.Symmetric, types[i], types[i].Symmetric())
		}
	}
	ms := Modalities()
	if len(ms) != len(extract.Modalities) {
		t.Fatalf("%d modalities, internal/extract has %d", len(ms), len(extract.Modalities))
	}
	for i, m := range extract.Modalities {
		if string(m) != string(ms[i]) {
			t.Errorf("modality %d: internal/extract has %q, the API %q", i, m, ms[i])
		}
	}
	for i, row := range ruleTable {
		if row.rule != extract.Rule(i) || row.name != extract.Rule(i).String() {
			t.Errorf("rule row %d: %d %q, internal/extract numbers it %d and names it %q", i, row.rule, row.name, i, extract.Rule(i))
		}
	}
}
