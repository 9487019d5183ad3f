package extract

// This file declares the words the stages and the API share: the kinds of actor, the
// relation types, the modalities and the extraction rules, each in one table. The root
// package's exported types carry the same values (their constants are for users);
// TestVocabularyAgrees there checks that they agree.

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
	PartOf          RelationType = "part-of"
)

// RelationTypes declares every relation type, in the order the root package's
// RelationTypes lists them: a new type is a constant and a row here (and the lexicon
// rows that produce it), and, for users, an exported constant in the root package's
// relations.go. The colour is its DOT edge colour, dark enough for a thin line and its
// label to stand out on white and different in lightness from the rows beside it, so
// that a picture stays readable printed in grey; the label names the type anyway, the
// colour only helps to follow a line.
var RelationTypes = [...]struct {
	Type        RelationType
	Symmetric   bool
	Description string // source → target, or the two ends of a symmetric type
	Colour      string
}{
	{EnvoyFor, false, "envoy → principal", "#6a3d9a"},                            // purple
	{AdvisorTo, false, "advisor → principal", "#1f78b4"},                         // blue
	{SpokespersonFor, false, "spokesperson → person or organization", "#8c510a"}, // brown
	{LeaderOf, false, "head → state or organization", "#08306b"},                 // navy
	{MemberOf, false, "official or member → organization or state", "#4a7aa8"},   // steel blue
	{NegotiatesWith, true, "party ↔ party", "#006d2c"},                           // dark green
	{MeetsWith, true, "participant ↔ participant", "#35978f"},                    // teal
	{Contacts, false, "caller → callee", "#636363"},                              // grey
	{AtWarWith, true, "belligerent ↔ belligerent", "#a50f15"},                    // dark red
	{Sanctions, false, "imposer → target", "#d95f02"},                            // orange
	{Supports, false, "supporter → supported", "#4d9221"},                        // green
	{Opposes, false, "critic → criticised", "#c51b7d"},                           // magenta
	{PartOf, false, "institution → its state", "#969696"},                        // light grey
}

// Row returns the index of t in RelationTypes, or -1 if t is not a relation type. Every
// relation a document records asks (Canonical), so it looks the row up by the type's
// length and first letter (relationRows) and compares one type, not each in turn.
func (t RelationType) Row() int {
	if len(t) > 0 && len(t) < len(relationRows) {
		switch i := relationRows[len(t)][t[0]%32]; {
		case i == noRow:
			return -1
		case i >= 0:
			if RelationTypes[i].Type == t {
				return int(i)
			}
			return -1
		}
	}
	for i := range RelationTypes { // two types alike in length and first letter, or a long one
		if RelationTypes[i].Type == t {
			return i
		}
	}
	return -1
}

// relationRows holds the row of RelationTypes of each length and first letter (modulo 32)
// that one type alone has, noRow where none has them, and sharedRow where two do.
var relationRows = func() (rows [24][32]int8) {
	for l := range rows {
		for c := range rows[l] {
			rows[l][c] = noRow
		}
	}
	for i, r := range RelationTypes {
		if len(r.Type) == 0 || len(r.Type) >= len(rows) {
			continue // never looked up in rows
		}
		p := &rows[len(r.Type)][r.Type[0]%32]
		if *p == noRow {
			*p = int8(i)
		} else {
			*p = sharedRow
		}
	}
	return rows
}()

// The entries of relationRows that are no row.
const (
	noRow     = -1
	sharedRow = -2
)

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool { return t.Row() >= 0 }

// Symmetric reports whether the relation holds both ways.
func (t RelationType) Symmetric() bool {
	i := t.Row()
	return i >= 0 && RelationTypes[i].Symmetric
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

// The modalities.
const (
	Actual   Modality = "actual"
	Planned  Modality = "planned"
	Possible Modality = "possible"
	Negated  Modality = "negated"
)

// Modalities declares every modality, in the order the root package's Modalities lists
// them, which is also the order relations with the same type and ends sort in. The line is
// the style of its DOT edges and legend sample: solid, dashed, dotted, or a double line
// that reads as struck out in colour and in grey alike.
var Modalities = [...]struct {
	Modality    Modality
	Description string
	Line        string // "" (solid), "dashed", "dotted" or "double"
}{
	{Actual, "stated as fact", ""},
	{Planned, "announced, intended or expected", "dashed"},
	{Possible, "hedged: might, could, does not rule out", "dotted"},
	{Negated, "denied, not yet, did not", "double"},
}

// Row returns the index of m in Modalities, or -1 if m is not a modality.
func (m Modality) Row() int {
	for i := range Modalities {
		if Modalities[i].Modality == m {
			return i
		}
	}
	return -1
}

// Valid reports whether m is one of Modalities.
func (m Modality) Valid() bool { return m.Row() >= 0 }

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
	RuleOfficeHolder
	RuleSetting
	RuleInstitution
	RuleCompanion
	NumRules // how many rules there are
)

// Rules declares every rule, in the order of the Rule constants, with its name (the
// root package's Rule constants, Evidence.Rule and Parser.DisableRules use it) and what it
// reads: a new rule is a constant and a row here, and its frames are rows of nounFrames or
// verbFrames (patterns.go), which check ruleEnabled with the constant; each frame passes
// it to relate. The role rule has no frame: roles.go and coref.go check it themselves.
// An inferred rule states what the text does not: a principal from the office-holder
// lexicon or the document's setting. Parser.Stated turns the inferred rules off.
var Rules = [NumRules]struct {
	Name        string
	Inferred    bool
	Description string
}{
	{"role", false, `a title and its holder: "Trump's envoy Steve Witkoff", "Keith Kellogg, the special envoy for Donald Trump"`},
	{"noun-between", false, `"a meeting between X and Y", "the war between X and Y"`},
	{"hyphen-pair", false, `"the Putin-Trump meeting", "U.S.-China talks", "the Iran-backed Houthis"`},
	{"possessive", false, `"Russia's war against Ukraine", "EU sanctions on Russia", "X's ally Y"`},
	{"noun-object", false, `"talks with Russia", with the clause's subject as the other end`},
	{"verb", false, `"Trump met Putin", "X and Y met", "Lee plans to call Kim"`},
	{"passive", false, `"the group, which is armed by Iran", "the RSF, led by Dagalo"`},
	{"office-holder", true, `a title whose holder the office-holder lexicon knows: "Prime Minister Ehud Olmert" → of israel, inferred`},
	{"setting", true, `an official's title without a principal in a document written from a state (its dateline, or a state body or official first in its body), or else the one state its sentence names before it, or the state whose capital a visitor from another met it in: "Treasury Secretary Janet Yellen" in a Treasury release → of united-states, inferred`},
	{"institution", true, `an institution of a state the text names, by the lexicon ("Kremlin" → russia) or by its name ("Sudan's Foreign Ministry", "the Chadian Defence Ministry"): part-of the state, and the sanctions it imposes the state's too, inferred`},
	{"companion", true, `the people listed in someone's party ("Ruto met Mahama. Ruto was accompanied by Foreign Minister Mudavadi") meet whom that person met, and that one's party: Mudavadi meets Mahama, inferred`},
}

// Inferred returns the set of the inferred rules.
func Inferred() RuleSet {
	var s RuleSet
	for i, row := range Rules {
		if row.Inferred {
			s |= 1 << i
		}
	}
	return s
}

// String returns the rule's name.
func (r Rule) String() string {
	if r < NumRules {
		return Rules[r].Name
	}
	return ""
}

// RuleSet is a set of rules, one bit each.
type RuleSet uint32

// Has reports whether r is in the set.
func (s RuleSet) Has(r Rule) bool { return s&(1<<r) != 0 }
