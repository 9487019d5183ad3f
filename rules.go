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
// each reads.
const (
	RuleRole        = "role"
	RuleNounBetween = "noun-between"
	RuleHyphenPair  = "hyphen-pair"
	RulePossessive  = "possessive"
	RuleNounObject  = "noun-object"
	RuleVerb        = "verb"
	RulePassive     = "passive"
)

// ruleTable names every extraction rule, in the order Rules lists them, which is the order
// internal/extract numbers them in (model.go): a new rule is a constant there and here and
// a row here, and its frames are rows of nounFrames or verbFrames (internal/extract/
// patterns.go), which check ruleEnabled with the rule; each frame passes it to relate. The
// role rule has no frame: roles.go and coref.go there check it themselves.
var ruleTable = [extract.NumRules]ruleRow{
	{extract.RuleRole, RuleRole, `a title and its holder: "Trump's envoy Steve Witkoff", "Keith Kellogg, the special envoy for Donald Trump"`},
	{extract.RuleNounBetween, RuleNounBetween, `"a meeting between X and Y", "the war between X and Y"`},
	{extract.RuleHyphenPair, RuleHyphenPair, `"the Putin-Trump meeting", "U.S.-China talks", "the Iran-backed Houthis"`},
	{extract.RulePossessive, RulePossessive, `"Russia's war against Ukraine", "EU sanctions on Russia", "X's ally Y"`},
	{extract.RuleNounObject, RuleNounObject, `"talks with Russia", with the clause's subject as the other end`},
	{extract.RuleVerb, RuleVerb, `"Trump met Putin", "X and Y met", "Lee plans to call Kim"`},
	{extract.RulePassive, RulePassive, `"the group, which is armed by Iran", "the RSF, led by Dagalo"`},
}

// ruleRow is a row of ruleTable: the rule as the stages number it, its name and its
// description.
type ruleRow struct {
	rule extract.Rule
	name string
	desc string // RuleDescription
}

// Rules returns the names of every extraction rule in a fixed order, in a new slice.
func Rules() []string {
	names := make([]string, len(ruleTable))
	for i, row := range ruleTable {
		names[i] = row.name
	}
	return names
}

// RuleDescription says what the extraction rule named rule reads, with examples. It is
// empty when rule names no rule.
func RuleDescription(rule string) string {
	for _, row := range ruleTable {
		if row.name == rule {
			return row.desc
		}
	}
	return ""
}

// ErrUnknownRule is wrapped by the error of a parse whose Parser.DisableRules names no rule
// of Rules; the error's text lists the rules.
var ErrUnknownRule = errors.New("unknown rule")

// disabledRules returns the set of rules p.DisableRules turns off, or an error for the
// first name that is no rule.
func (p *Parser) disabledRules() (extract.Rules, error) {
	var set extract.Rules
	for _, name := range p.DisableRules {
		i := slices.IndexFunc(ruleTable[:], func(row ruleRow) bool { return row.name == name })
		if i < 0 {
			return 0, fmt.Errorf("actorgraph: DisableRules: %w %q; the rules are %s", ErrUnknownRule, name, strings.Join(Rules(), ", "))
		}
		set |= 1 << ruleTable[i].rule
	}
	return set, nil
}
