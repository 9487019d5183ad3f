package extract

// This file holds what the stages write: the document's actors, their mentions, aliases
// and roles, and relations with their evidence, in the words of vocabulary.go. The root
// package turns them into its public Graph (assemble.go there).

// Options are the settings of a parse that the stages read.
type Options struct {
	MaxSentenceBytes int     // the longest sentence read whole; longer ones are split
	Disabled         RuleSet // the rules turned off
	Day              int     // the document's date as days since 1970, or 0 when unknown
}

// Actor is an actor of the document as the stages know it: the root package gives it
// its mentions, aliases and roles at assembly.
type Actor struct {
	ID      string
	Name    string
	Kind    Kind
	Country string // the state an organization belongs to, when the lexicon knows it
	// Unnamed marks a group the text names by an unnamed collective ("ethnic armed
	// groups", guidelines 3.9): an actor only while it takes part in a relation.
	Unnamed bool
	N       int // the actor's number in the document, from 0, for tables by actor
}

// Relation is a relation of the document, one for each type, ends and modality; its
// evidence is in Doc.Evidence.
type Relation struct {
	Type           RelationType
	Source, Target string
	Modality       Modality
	N              int // the relation's number in the document, from 0
}

// otherEnd returns the end of r that is not id, or "" when id is neither end.
func (r *Relation) otherEnd(id string) string {
	switch id {
	case r.Source:
		return r.Target
	case r.Target:
		return r.Source
	}
	return ""
}

// relKey identifies a relation of the document.
type relKey struct {
	Type           RelationType
	Source, Target string
	Modality       Modality
}

// Role is a position an actor holds: a lowercase title, the ID of the actor it is held
// for, or "", and the rule that gave that principal.
type Role struct {
	Title string
	Of    string
	By    Rule // the rule that gave Of: RuleRole when the text states it (or Of is "")
}

// Mention is a place where an actor is named: the byte span [Start, End) of the
// document's text. Its text is the document's there, which assembly takes: a string
// header more per mention made a large document's mentions 40 bytes each instead of 24.
type Mention struct {
	Start, End int
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
