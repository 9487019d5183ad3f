package actorgraph

import (
	"cmp"
	"slices"
	"strings"
)

// RelationType names a kind of relation between two actors.
type RelationType string

// The relation types. Each is directed from Source to Target unless Symmetric says otherwise.
const (
	EnvoyFor        RelationType = "envoy-for"        // envoy → principal
	AdvisorTo       RelationType = "advisor-to"       // advisor → principal
	SpokespersonFor RelationType = "spokesperson-for" // spokesperson → person or organization
	LeaderOf        RelationType = "leader-of"        // head of state, government or organization → it
	MemberOf        RelationType = "member-of"        // official or member → organization or country
	NegotiatesWith  RelationType = "negotiates-with"  // symmetric
	MeetsWith       RelationType = "meets-with"       // symmetric
	Contacts        RelationType = "contacts"         // caller → callee
	AtWarWith       RelationType = "at-war-with"      // symmetric
	Sanctions       RelationType = "sanctions"        // imposer → target
	Supports        RelationType = "supports"         // supporter → supported
	Opposes         RelationType = "opposes"          // critic → criticised
)

// RelationTypes lists every relation type in a fixed order.
var RelationTypes = []RelationType{
	EnvoyFor, AdvisorTo, SpokespersonFor, LeaderOf, MemberOf, NegotiatesWith,
	MeetsWith, Contacts, AtWarWith, Sanctions, Supports, Opposes,
}

// Symmetric reports whether the relation holds both ways, so that Source and Target are
// interchangeable. A symmetric relation is stored with the smaller ID as Source.
func (t RelationType) Symmetric() bool {
	return t == NegotiatesWith || t == MeetsWith || t == AtWarWith
}

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool { return slices.Contains(RelationTypes, t) }

// Modality says whether a relation holds, is planned, is only possible, or is denied.
type Modality string

// The modalities.
const (
	Actual   Modality = "actual"   // stated as fact
	Planned  Modality = "planned"  // announced, intended or expected
	Possible Modality = "possible" // hedged: might, could, does not rule out
	Negated  Modality = "negated"  // denied, not yet, did not
)

// Modalities lists every modality in a fixed order.
var Modalities = []Modality{Actual, Planned, Possible, Negated}

// Valid reports whether m is one of Modalities.
func (m Modality) Valid() bool { return slices.Contains(Modalities, m) }

// Evidence is the text a relation was read from.
type Evidence struct {
	// Doc names the document, as given to Parser.ParseDoc or the command.
	Doc string `json:"doc"`
	// Sentence is the zero-based index of the sentence in the document.
	Sentence int `json:"sentence"`
	// Span covers the words that state the relation, as byte offsets into the document.
	Span
	// Text is the whole sentence, with each byte of invalid UTF-8 as U+FFFD.
	Text string `json:"text"`
	// Rule names the extraction rule that produced the relation, such as "role" or
	// "noun-between"; Parser.DisableRules turns rules off by these names.
	Rule string `json:"rule"`
}

// Relation is a typed, directed (or symmetric) link between two actors with its modality
// and every piece of evidence for it. Relations returned by a Graph are shared and must not
// be modified.
type Relation struct {
	Type     RelationType `json:"type"`
	Source   string       `json:"source"`
	Target   string       `json:"target"`
	Modality Modality     `json:"modality"`
	Evidence []Evidence   `json:"evidence"`
}

// relKey identifies a relation: two relations with equal keys are merged and their evidence
// pooled.
type relKey struct {
	Type           RelationType
	Source, Target string
	Modality       Modality
}

// The compare functions of this file and actors.go return at the first field that
// differs: cmp.Or would compare every field first, and sorts call them n log n times.

// compareRelations orders relations by type, source, target and modality. It reads the
// fields in place: sorting a document's relations was 2% of a parse when each comparison
// first copied them into two relKeys.
func compareRelations(a, b *Relation) int {
	if c := strings.Compare(string(a.Type), string(b.Type)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Source, b.Source); c != 0 {
		return c
	}
	if c := strings.Compare(a.Target, b.Target); c != 0 {
		return c
	}
	return cmp.Compare(modalityRank(a.Modality), modalityRank(b.Modality))
}

func modalityRank(m Modality) int { return slices.Index(Modalities, m) }

func compareEvidence(a, b Evidence) int {
	if c := strings.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	if a.Sentence != b.Sentence {
		return cmp.Compare(a.Sentence, b.Sentence)
	}
	if a.Span != b.Span {
		return compareSpans(a.Span, b.Span)
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	return strings.Compare(a.Text, b.Text)
}

// canonical orients a symmetric relation so that Source <= Target.
func canonical(t RelationType, src, dst string) (string, string) {
	if t.Symmetric() && dst < src {
		return dst, src
	}
	return src, dst
}
