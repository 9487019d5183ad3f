package actorgraph

import (
	"cmp"
	"github.com/actorgraph/actorgraph/internal/extract"
	"slices"
	"strings"
	"unicode/utf8"
)

// RelationType names a kind of relation between two actors.
type RelationType string

// The relation types. Each is directed from Source to Target unless Symmetric says
// otherwise; Description names what each end is.
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

// relationRow returns the index of t in the table of relation types (RelationTypes in
// internal/extract/vocabulary.go, which declares each type's symmetry, description and
// colour), or -1 if t is not a relation type.
func relationRow(t RelationType) int { return extract.RelationType(t).Row() }

// RelationTypes returns every relation type in a fixed order, in a new slice.
func RelationTypes() []RelationType {
	types := make([]RelationType, len(extract.RelationTypes))
	for i, row := range extract.RelationTypes {
		types[i] = RelationType(row.Type)
	}
	return types
}

// Symmetric reports whether the relation holds both ways, so that Source and Target are
// interchangeable. A symmetric relation is stored with the smaller ID as Source.
func (t RelationType) Symmetric() bool {
	i := relationRow(t)
	return i >= 0 && extract.RelationTypes[i].Symmetric
}

// Description says what the ends of a relation of type t are, as in "envoy → principal"
// or, for a symmetric type, "party ↔ party". It is empty when t is not valid.
func (t RelationType) Description() string {
	if i := relationRow(t); i >= 0 {
		return extract.RelationTypes[i].Description
	}
	return ""
}

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool { return relationRow(t) >= 0 }

// Modality says whether a relation holds, is planned, is only possible, or is denied.
type Modality string

// The modalities; Description says what each means.
const (
	Actual   Modality = "actual"
	Planned  Modality = "planned"
	Possible Modality = "possible"
	Negated  Modality = "negated"
)

// modalityRow returns the index of m in the table of modalities (Modalities in
// internal/extract/vocabulary.go, which declares each one's description and line style),
// or -1 if m is not a modality.
func modalityRow(m Modality) int { return extract.Modality(m).Row() }

// Modalities returns every modality in a fixed order, in a new slice.
func Modalities() []Modality {
	ms := make([]Modality, len(extract.Modalities))
	for i, row := range extract.Modalities {
		ms[i] = Modality(row.Modality)
	}
	return ms
}

// Description says what modality m means, as in "announced, intended or expected". It is
// empty when m is not valid.
func (m Modality) Description() string {
	if i := modalityRow(m); i >= 0 {
		return extract.Modalities[i].Description
	}
	return ""
}

// Valid reports whether m is one of Modalities.
func (m Modality) Valid() bool { return modalityRow(m) >= 0 }

// Evidence is the text a relation was read from.
type Evidence struct {
	// Doc names the document, as given to Parser.ParseDoc or the command.
	Doc string `json:"doc"`
	// Sentence is the zero-based index of the sentence in the document.
	Sentence int `json:"sentence"`
	// SentenceStart is the byte offset of the sentence, and so of Text, in the document:
	// the words that state the relation are Text[Start-SentenceStart:End-SentenceStart],
	// as long as the sentence holds no invalid UTF-8 before them (see Text); Words
	// returns them safely.
	SentenceStart int `json:"sentence_start"`
	// Span covers the words that state the relation, as byte offsets into the document.
	Span
	// Text is the whole sentence, with each byte of invalid UTF-8 as U+FFFD. A U+FFFD
	// takes three bytes where the invalid byte took one, so offsets into Text past such
	// a byte are off by two for each.
	Text string `json:"text"`
	// Rule names the extraction rule that produced the relation, one of Rules (RuleRole,
	// RuleNounBetween, ...); Parser.DisableRules turns rules off by these names.
	Rule string `json:"rule"`
	// Date is the date the sentence gives for what it says, nearest the words that state
	// the relation ("met on Monday", "will meet next month", "talks from November 4 to
	// 7"), resolved against DocDate; zero when the sentence gives none, or gives one only
	// relative to a document date that is unknown. No date is invented.
	Date Date `json:"date,omitzero"`
	// DocDate is the date of the document: the one its caller gave (Parser.Date,
	// Parser.ParseDated, Corpus.AddDated), else the one its dateline gives
	// ("MOSCOW, 9 December 2024 /TASS/"); zero when neither does.
	DocDate Date `json:"doc_date,omitzero"`
}

// When returns the date the evidence speaks of: Date when the text gives one, else
// DocDate; zero when neither is known.
func (e Evidence) When() Date {
	if !e.Date.IsZero() {
		return e.Date
	}
	return e.DocDate
}

// Words returns the words that state the relation, the part of Text that Span covers, or
// "" when Text does not hold the span: evidence without text, JSON written before
// "sentence_start" existed, or a sentence whose invalid UTF-8 shifted the offsets.
func (e Evidence) Words() string {
	i, j := e.Start-e.SentenceStart, e.End-e.SentenceStart
	if i < 0 || i > j || j > len(e.Text) || strings.ContainsRune(e.Text[:j], utf8.RuneError) {
		return "" // a U+FFFD before the end may have stood for one invalid byte
	}
	return e.Text[i:j]
}

// Relation is a typed, directed (or symmetric) link between two actors with its modality
// and every piece of evidence for it. Relations returned by a Graph are shared and must not
// be modified.
type Relation struct {
	Type     RelationType `json:"type"`
	Source   string       `json:"source"`
	Target   string       `json:"target"`
	Modality Modality     `json:"modality"`
	// FirstSeen and LastSeen are the earliest and the latest date of the evidence (the
	// When of each piece: the date its sentence gives, else its document's), by first and
	// by last day; zero when no piece has a date. They cover all the evidence the graph
	// was made of, even when CapEvidence has since dropped some; Graph.Within gives a
	// graph whose relations keep only the evidence of a window, and dates of that.
	FirstSeen Date       `json:"first_seen,omitzero"`
	LastSeen  Date       `json:"last_seen,omitzero"`
	Evidence  []Evidence `json:"evidence"`
}

// String returns the relation as "source type target (modality)", with the ends by ID,
// as in "steve-witkoff envoy-for donald-trump (actual)". Graph.Ends gives the end actors,
// to print them by name.
func (r *Relation) String() string {
	return r.Source + " " + string(r.Type) + " " + r.Target + " (" + string(r.Modality) + ")"
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
	return cmp.Compare(modalityRow(a.Modality), modalityRow(b.Modality))
}

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
	if c := strings.Compare(a.Text, b.Text); c != 0 {
		return c
	}
	return cmp.Or(a.Date.Compare(b.Date), a.DocDate.Compare(b.DocDate))
}

// widen widens the relation's FirstSeen and LastSeen to those of o.
func (r *Relation) widen(o *Relation) {
	r.FirstSeen, r.LastSeen = earlier(r.FirstSeen, o.FirstSeen), later(r.LastSeen, o.LastSeen)
}

// seen widens the relation's FirstSeen and LastSeen to the dates of its evidence.
func (r *Relation) seen() {
	for _, e := range r.Evidence {
		if w := e.When(); !w.IsZero() {
			r.FirstSeen, r.LastSeen = earlier(r.FirstSeen, w), later(r.LastSeen, w)
		}
	}
}

// canonical orients a symmetric relation so that Source <= Target.
func canonical(t RelationType, src, dst string) (string, string) {
	if t.Symmetric() && dst < src {
		return dst, src
	}
	return src, dst
}

// Inferred reports whether the evidence comes from an inferred rule (RuleOfficeHolder,
// RuleSetting, RuleInstitution): the text gives the holder and the title, an inference
// the principal (or the state an institution is part of).
func (e Evidence) Inferred() bool { return ruleInferred(e.Rule) }

// Inferred reports whether every piece of the relation's evidence is inferred, so that
// the text states none of it (see Parser.Stated). A relation without evidence is not.
func (r *Relation) Inferred() bool {
	return len(r.Evidence) > 0 && !slices.ContainsFunc(r.Evidence, func(e Evidence) bool { return !e.Inferred() })
}

// ruleInferred reports whether the rule named rule is an inferred rule.
func ruleInferred(rule string) bool {
	for _, row := range extract.Rules {
		if row.Name == rule {
			return row.Inferred
		}
	}
	return false
}
