package actorgraph

import (
	"errors"
	"fmt"
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

// ruleTable declares every extraction rule, in the order Rules lists them: a new rule is a
// constant and a row here, and its frames are rows of nounFrames or verbFrames
// (patterns.go), which check ruleEnabled with the constant; each frame passes it to relate.
// The role rule has no frame: roles.go and coref.go check it themselves.
var ruleTable = [...]struct {
	name string
	desc string // RuleDescription
}{
	{RuleRole, `a title and its holder: "Trump's envoy Steve Witkoff", "Keith Kellogg, the special envoy for Donald Trump"`},
	{RuleNounBetween, `"a meeting between X and Y", "the war between X and Y"`},
	{RuleHyphenPair, `"the Putin-Trump meeting", "U.S.-China talks", "the Iran-backed Houthis"`},
	{RulePossessive, `"Russia's war against Ukraine", "EU sanctions on Russia", "X's ally Y"`},
	{RuleNounObject, `"talks with Russia", with the clause's subject as the other end`},
	{RuleVerb, `"Trump met Putin", "X and Y met", "Lee plans to call Kim"`},
	{RulePassive, `"the group, which is armed by Iran", "the RSF, led by Dagalo"`},
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

// checkRules returns an error for the first name of p.DisableRules that is no rule, or nil.
func (p *Parser) checkRules() error {
	for _, name := range p.DisableRules {
		if RuleDescription(name) == "" {
			return fmt.Errorf("actorgraph: DisableRules: %w %q; the rules are %s", ErrUnknownRule, name, strings.Join(Rules(), ", "))
		}
	}
	return nil
}

// ruleEnabled reports whether rule, one of the Rule constants, is not disabled.
func (p *Parser) ruleEnabled(rule string) bool {
	return len(p.DisableRules) == 0 || !slices.Contains(p.DisableRules, rule) // the first test: most parsers disable none
}
