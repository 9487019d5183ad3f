package actorgraph

import (
	"errors"
	"fmt"
	"github.com/actorgraph/actorgraph/internal/extract"
	"slices"
	"strings"
)

// The extraction rules, as Evidence.Rule and Parser.DisableRules name them. Every relation
// comes from one of them; Rules lists them in this order and RuleDescription says what
// each reads. (The rules are declared in internal/extract/vocabulary.go; these constants
// name them for users.)
const (
	RuleRole        = "role"
	RuleNounBetween = "noun-between"
	RuleHyphenPair  = "hyphen-pair"
	RulePossessive  = "possessive"
	RuleNounObject  = "noun-object"
	RuleVerb        = "verb"
	RulePassive     = "passive"

	// RuleOfficeHolder infers a role's principal from the office-holder lexicon
	// (lexicon/officeholders.tsv): "Prime Minister Ehud Olmert" holds the office of
	// israel. Its roles and relations are inferred, not stated; Parser.Stated turns it off.
	RuleOfficeHolder = "office-holder"

	// RuleSetting infers the principal of an official's title from the state the document
	// is written from (its dateline, or a state body or official first in its body):
	// "Treasury Secretary Janet Yellen" in a Treasury release holds an office of
	// united-states. Not for heads of state or government, nor for someone who meets or
	// talks with that state's officials (a counterpart). A document with no such state
	// gives an official the one state the title's sentence names before it. An official
	// met on a visit to a state's capital by someone of another state holds an office of
	// the state visited. Inferred; Parser.Stated turns it off.
	RuleSetting = "setting"

	// RuleInstitution infers that an institution is part of its state, when the text
	// names both: the Kremlin (by the lexicon's country column) or "Sudan's Foreign
	// Ministry" (by its name) is part-of that state. Inferred; Parser.Stated turns it off.
	RuleInstitution = "institution"

	// RuleCompanion infers that the people listed in someone's party ("Ruto met Mahama.
	// Ruto was accompanied by Foreign Minister Mudavadi") meet whom that person met, in
	// that sentence or the two before, and the people of the other's party: Mudavadi meets
	// Mahama. Not each other, and nothing after a negated meeting. Inferred;
	// Parser.Stated turns it off.
	RuleCompanion = "companion"
)

// Rules returns the names of every extraction rule in a fixed order, in a new slice.
func Rules() []string {
	names := make([]string, len(extract.Rules))
	for i, row := range extract.Rules {
		names[i] = row.Name
	}
	return names
}

// RuleDescription says what the extraction rule named rule reads, with examples. It is
// empty when rule names no rule.
func RuleDescription(rule string) string {
	for _, row := range extract.Rules {
		if row.Name == rule {
			return row.Description
		}
	}
	return ""
}

// ErrUnknownRule is wrapped by the error of a parse whose Parser.DisableRules names no rule
// of Rules; the error's text lists the rules.
var ErrUnknownRule = errors.New("unknown rule")

// disabledRules returns the set of rules p.DisableRules turns off, or an error for the
// first name that is no rule.
func (p *Parser) disabledRules() (extract.RuleSet, error) {
	var set extract.RuleSet
	for _, name := range p.DisableRules {
		i := slices.Index(Rules(), name)
		if i < 0 {
			return 0, fmt.Errorf("actorgraph: DisableRules: %w %q; the rules are %s", ErrUnknownRule, name, strings.Join(Rules(), ", "))
		}
		set |= 1 << i
	}
	return set, nil
}
