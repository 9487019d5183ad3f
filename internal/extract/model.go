package extract

// This file holds what the stages write: the document's actors, their mentions, aliases
// and roles, and relations with their evidence, in the vocabulary of kinds, relation
// types, modalities and rules. The root package turns them into its public Graph
// (assemble.go there); its exported types carry the same names and values, and
// TestVocabularyAgrees (in the root package) keeps the two in step.

// Kind says what sort of actor an Actor is; "" is unknown.
type Kind string

// The actor kinds.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Country      Kind = "country"
	Group        Kind = "group"
)

// Kinds lists the kinds, in the order of kindSlot.
var Kinds = [...]Kind{Person, Organization, Country, Group}

// numKinds counts the kinds, the unknown kind "" included: kindSlot numbers them.
const numKinds = len(Kinds) + 1

// kindSlot returns a number below numKinds for k, for tables by kind that need no map.
func kindSlot(k Kind) int {
	switch k {
	case Person:
		return 1
	case Organization:
		return 2
	case Country:
		return 3
	case Group:
		return 4
	}
	return 0
}

// RelationType names a kind of relation between two actors.
type RelationType string

// The relation types.
const (
	EnvoyFor        RelationType = "envoy-for"
	AdvisorTo       RelationType = "advisor-to"
	SpokespersonFor RelationType = "spokesperson-for"
	LeaderOf        RelationType = "leader-of"
	MemberOf        RelationType = "member-of"
	NegotiatesWith  RelationType = "negotiates-with"
	MeetsWith       RelationType = "meets-with"
	Contacts        RelationType = "contacts"
	AtWarWith       RelationType = "at-war-with"
	Sanctions       RelationType = "sanctions"
	Supports        RelationType = "supports"
	Opposes         RelationType = "opposes"
)

// RelationTypes lists the relation types with whether each is symmetric, in the order
// of the root package's RelationTypes.
var RelationTypes = [...]struct {
	Type      RelationType
	Symmetric bool
}{
	{EnvoyFor, false}, {AdvisorTo, false}, {SpokespersonFor, false}, {LeaderOf, false},
	{MemberOf, false}, {NegotiatesWith, true}, {MeetsWith, true}, {Contacts, false},
	{AtWarWith, true}, {Sanctions, false}, {Supports, false}, {Opposes, false},
}

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool {
	for _, row := range RelationTypes {
		if row.Type == t {
			return true
		}
	}
	return false
}

// Symmetric reports whether the relation holds both ways.
func (t RelationType) Symmetric() bool {
	for _, row := range RelationTypes {
		if row.Type == t {
			return row.Symmetric
		}
	}
	return false
}

// Canonical returns the ends of a relation of type t in the order it is stored in: a
// symmetric relation with the smaller ID first.
func Canonical(t RelationType, src, dst string) (string, string) {
	if t.Symmetric() && dst < src {
		return dst, src
	}
	return src, dst
}

// Modality says whether a relation holds, is planned, is only possible, or is denied.
type Modality string

// The modalities, in the order of the root package's Modalities.
const (
	Actual   Modality = "actual"
	Planned  Modality = "planned"
	Possible Modality = "possible"
	Negated  Modality = "negated"
)

// Modalities lists the modalities.
var Modalities = [...]Modality{Actual, Planned, Possible, Negated}

// Valid reports whether m is one of Modalities.
func (m Modality) Valid() bool {
	switch m {
	case Actual, Planned, Possible, Negated:
		return true
	}
	return false
}

// Rule numbers an extraction rule; the root package names them (Evidence.Rule).
type Rule uint8

// The extraction rules, in the order of the root package's Rules.
const (
	RuleRole Rule = iota
	RuleNounBetween
	RuleHyphenPair
	RulePossessive
	RuleNounObject
	RuleVerb
	RulePassive
	NumRules // how many rules there are
)

// ruleNames are the rules' names, as the root package's Rule constants spell them.
var ruleNames = [NumRules]string{"role", "noun-between", "hyphen-pair", "possessive", "noun-object", "verb", "passive"}

// String returns the rule's name.
func (r Rule) String() string {
	if r < NumRules {
		return ruleNames[r]
	}
	return ""
}

// Rules is a set of rules, one bit each.
type Rules uint32

// Has reports whether r is in the set.
func (s Rules) Has(r Rule) bool { return s&(1<<r) != 0 }

// Options are the settings of a parse that the stages read.
type Options struct {
	MaxSentenceBytes int   // the longest sentence read whole; longer ones are split
	Disabled         Rules // the rules turned off
}

// Actor is an actor of the document as the stages know it: the root package gives it
// its mentions, aliases and roles at assembly.
type Actor struct {
	ID      string
	Name    string
	Kind    Kind
	Country string // the state an organization belongs to, when the lexicon knows it
	N       int    // the actor's number in the document, from 0, for tables by actor
}

// Relation is a relation of the document, one for each type, ends and modality; its
// evidence is in Doc.Evidence.
type Relation struct {
	Type           RelationType
	Source, Target string
	Modality       Modality
	N              int // the relation's number in the document, from 0
}

// relKey identifies a relation of the document.
type relKey struct {
	Type           RelationType
	Source, Target string
	Modality       Modality
}

// Role is a position an actor holds: a lowercase title, and the ID of the actor it is
// held for, or "".
type Role struct {
	Title string
	Of    string
}

// Mention is a place where an actor is named: the byte span [Start, End) of the
// document's text, and the text there.
type Mention struct {
	Start, End int
	Text       string
}

// Evidence is the text a relation was read from: the sentence (its index, its offset and
// its text, valid UTF-8), the span [Start, End) of the words that state it, and the rule.
type Evidence struct {
	Sentence      int
	SentenceStart int
	Start, End    int
	Text          string
	Rule          Rule
}

// Warning records a limit the document met without failing: a sentence longer than
// Options.MaxSentenceBytes, split at Offset.
type Warning struct {
	Limit    string
	Offset   int
	Max, Got int
}

// String returns the relation as "source type target (modality)".
func (r *Relation) String() string {
	return r.Source + " " + string(r.Type) + " " + r.Target + " (" + string(r.Modality) + ")"
}
