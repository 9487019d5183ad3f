package actorgraph

import (
	"cmp"
	"github.com/actorgraph/actorgraph/internal/fold"
	"slices"
	"strings"
)

// Kind says what sort of actor an Actor is. The zero value means the kind is unknown.
type Kind string

// The actor kinds.
const (
	Person       Kind = "person"       // a named individual
	Organization Kind = "organization" // a government organ, international body, party, company or news agency
	Country      Kind = "country"      // a state, also when named by its capital or demonym
	Group        Kind = "group"        // an armed group, militia, movement or other non-state collective
)

// Span is a half-open byte range [Start, End) into the original text of a document.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Mention is one place where an actor is named: the document, the byte span of the
// surface form in that document's original text, and the surface form itself.
type Mention struct {
	Doc string `json:"doc,omitempty"`
	Span
	// Text is the surface form, the document's text in Span, so that a mention can be
	// shown or highlighted without the document. The parser always sets it; it may be
	// empty in a graph read from JSON written without it.
	Text string `json:"text,omitempty"`
}

// Role is a position an actor holds, such as "national security advisor" of donald-trump or
// "spokesperson" of kremlin. Title is lowercase; Of is the ID of the actor the role is held
// for, or empty when neither the text nor an inference says.
type Role struct {
	Title string `json:"title"`
	Of    string `json:"of"`
	// Inferred names the inferred rule that gave Of (RuleOfficeHolder), or is empty when
	// the text states it. Parser.Stated turns inference off.
	Inferred string `json:"inferred,omitempty"`
}

// String returns the role as "title of principal", with "(inferred: rule)" when an
// inference gave the principal, or the title alone when there is no principal.
func (r Role) String() string {
	s := r.Title
	if r.Of != "" {
		s += " of " + r.Of
	}
	if r.Inferred != "" {
		s += " (inferred: " + r.Inferred + ")"
	}
	return s
}

// Actor is a person, organization, country or group found in the text, with every name it
// went by. Actors returned by a Graph are shared and must not be modified.
type Actor struct {
	// ID is a stable slug of the actor's canonical name, such as "donald-trump".
	ID string `json:"id"`
	// Name is the fullest name seen for the actor.
	Name string `json:"name"`
	// Kind is the actor's kind, or "" when unknown.
	Kind Kind `json:"kind"`
	// Country is the ID of the state an organization belongs to ("kremlin" → "russia"),
	// when the lexicon knows it.
	Country string `json:"country,omitempty"`
	// Aliases holds every surface form the actor was named by, sorted.
	Aliases []string `json:"aliases"`
	// Roles holds the positions the actor was said to hold, sorted by title then Of.
	Roles []Role `json:"roles"`
	// Mentions holds the spans where the actor was named, sorted by document and offset.
	Mentions []Mention `json:"mentions"`
}

// HasRole reports whether the actor holds a role whose title equals title, ignoring case
// and diacritics.
func (a *Actor) HasRole(title string) bool {
	k := fold.Key(title)
	return slices.ContainsFunc(a.Roles, func(r Role) bool { return fold.Key(r.Title) == k })
}

// String returns the actor's name, or its ID when it has no name, so that an actor prints
// as itself in fmt verbs such as %s and %v.
func (a *Actor) String() string {
	if a.Name == "" {
		return a.ID
	}
	return a.Name
}

// normalizeActor sorts and de-duplicates the actor's lists so that equal actors are equal
// values whatever order their parts were found in.
func normalizeActor(a *Actor) {
	// A list of one is sorted and compact already: the calls are made only for longer
	// ones, where most of a document's actors have one alias or role, and many one mention.
	if len(a.Aliases) > 1 {
		slices.Sort(a.Aliases)
		a.Aliases = slices.Compact(a.Aliases)
	}
	if len(a.Roles) > 1 {
		a.Roles = compactRoles(a.Roles)
		// A role with an empty Of is dropped when the same title is known with an Of.
		a.Roles = slices.DeleteFunc(a.Roles, func(r Role) bool {
			return r.Of == "" && slices.ContainsFunc(a.Roles, func(o Role) bool { return o.Title == r.Title && o.Of != "" })
		})
	}
	if len(a.Mentions) > 1 {
		slices.SortFunc(a.Mentions, compareMentions)
		a.Mentions = slices.Compact(a.Mentions)
	}
	// Empty lists are empty, never nil, so that a graph equals its JSON round trip.
	a.Aliases = nonNil(a.Aliases)
	a.Roles = nonNil(a.Roles)
	a.Mentions = nonNil(a.Mentions)
}

func nonNil[S ~[]E, E any](s S) S {
	if s == nil {
		return S{}
	}
	return s
}

func compareRoles(a, b Role) int {
	if c := strings.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	if c := strings.Compare(a.Of, b.Of); c != 0 {
		return c
	}
	return strings.Compare(a.Inferred, b.Inferred)
}

// compactRoles sorts roles and keeps one of each title and principal: the stated one when
// the text states a role that is also inferred, as a stated role sorts first.
func compactRoles(roles []Role) []Role {
	slices.SortFunc(roles, compareRoles)
	return slices.CompactFunc(roles, func(a, b Role) bool { return a.Title == b.Title && a.Of == b.Of })
}

// compareMentions orders mentions by document, span and text: two documents may share a
// name, and then the text tells their mentions apart, whatever order they came in.
func compareMentions(a, b Mention) int {
	if c := strings.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	if c := compareSpans(a.Span, b.Span); c != 0 {
		return c
	}
	return strings.Compare(a.Text, b.Text)
}

func compareSpans(a, b Span) int {
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(a.End, b.End)
}

// FoldName returns the key under which the parser compares names: case-folded, without
// diacritics, with typographic apostrophes, quotes and dashes made ASCII and runs of white
// space made one space. Letters of other scripts are kept, so a Cyrillic look-alike never
// equals a Latin name. Graph.Actor looks names up by this key, without a leading "the".
func FoldName(s string) string { return fold.Key(s) }
