package actorgraph

import (
	"context"
	"slices"
	"testing"
)

// A wire story written for this test, using the constructions of the kind of article the
// library exists for: titles before names, appositives, possessive roles, nicknames,
// title-only descriptions, capitals for states, hyphenated pairs and modality cues.
const wireStory = `Lavrov-Rubio call in the works as envoys trade proposals
MOSCOW, March 3 — The Kremlin said on Monday that a telephone call between Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio was being prepared, although no date has been set.
Kremlin spokesperson Dmitry Peskov told reporters that Moscow was open to talks with Washington and Kyiv. As the Interfax news agency reported, Peskov added that no decision on a prisoner exchange has been taken.
Steven Witkoff, the special envoy for President Donald Trump, said he plans to meet Putin in St. Petersburg. Michael Waltz, Trump's national security advisor, said the President does not rule out new sanctions to force Moscow to negotiate.
National security advisor Mike Waltz told ABC News that Russia's war against Ukraine must end. Waltz said Washington had backed Kyiv.
`

func TestExtractWireStory(t *testing.T) {
	g, err := Parse(context.Background(), wireStory)
	if err != nil {
		t.Fatal(err)
	}
	actors := []struct {
		alias string
		id    string
		kind  Kind
	}{
		{"Sergei Lavrov", "sergei-lavrov", Person},
		{"Lavrov", "sergei-lavrov", Person},
		{"Marco Rubio", "marco-rubio", Person},
		{"Peskov", "dmitry-peskov", Person},
		{"Mike Waltz", "michael-waltz", Person},
		{"Waltz", "michael-waltz", Person},
		{"Trump's national security advisor", "michael-waltz", Person},
		{"Witkoff", "steven-witkoff", Person},
		{"Trump", "donald-trump", Person},
		{"the President", "donald-trump", Person},
		{"the Kremlin", "kremlin", Organization},
		{"Moscow", "russia", Country},
		{"Kyiv", "ukraine", Country},
		{"Washington", "united-states", Country},
		{"U.S.", "united-states", Country},
		{"Interfax", "interfax", Organization},
		{"ABC News", "abc-news", Organization},
	}
	for _, tt := range actors {
		a := g.Actor(tt.alias)
		if a == nil || a.ID != tt.id || a.Kind != tt.kind {
			t.Errorf("Actor(%q) = %+v, want %s (%s)", tt.alias, a, tt.id, tt.kind)
		}
	}
	// No actor is split in two, and places are no actors.
	for _, id := range []string{"waltz", "mike-waltz", "lavrov", "peskov", "st-petersburg", "march"} {
		if g.Actor(id) != nil && g.Actor(id).ID == id {
			t.Errorf("unexpected actor %q", id)
		}
	}
	roles := []struct {
		actor string
		role  Role
	}{
		{"sergei-lavrov", Role{Title: "foreign minister", Of: "russia"}},
		{"marco-rubio", Role{Title: "secretary of state", Of: "united-states"}},
		{"dmitry-peskov", Role{Title: "spokesperson", Of: "kremlin"}},
		{"michael-waltz", Role{Title: "national security advisor", Of: "donald-trump"}},
		{"steven-witkoff", Role{Title: "special envoy", Of: "donald-trump"}},
	}
	for _, tt := range roles {
		if a := g.Actor(tt.actor); a == nil || !slices.Contains(a.Roles, tt.role) {
			t.Errorf("%s: roles %v, want %v among them", tt.actor, a.Roles, tt.role)
		}
	}
	relations := []struct {
		typ      RelationType
		src, dst string
		modality Modality
		rule     string
	}{
		{SpokespersonFor, "dmitry-peskov", "kremlin", Actual, "role"},
		{AdvisorTo, "michael-waltz", "donald-trump", Actual, "role"},
		{EnvoyFor, "steven-witkoff", "donald-trump", Actual, "role"},
		{MeetsWith, "putin", "steven-witkoff", Planned, "verb"},
		{MemberOf, "sergei-lavrov", "russia", Actual, "role"},
		{Contacts, "sergei-lavrov", "marco-rubio", Planned, "hyphen-pair"},
		{NegotiatesWith, "russia", "ukraine", Possible, "noun-object"},
		{NegotiatesWith, "russia", "united-states", Possible, "noun-object"},
		{Sanctions, "donald-trump", "russia", Possible, "noun-object"},
		{AtWarWith, "russia", "ukraine", Actual, "possessive"},
		{Supports, "united-states", "ukraine", Actual, "verb"},
	}
	for _, tt := range relations {
		found := false
		for r := range g.Relations(Filter{Types: []RelationType{tt.typ}, Source: tt.src, Target: tt.dst, Modalities: []Modality{tt.modality}}) {
			found = found || slices.ContainsFunc(r.Evidence, func(e Evidence) bool { return e.Rule == tt.rule })
		}
		if !found {
			t.Errorf("missing %s %s %s (%s) by rule %s", tt.src, tt.typ, tt.dst, tt.modality, tt.rule)
		}
	}
	for r := range g.Relations(Filter{}) {
		if r.Type == MeetsWith && r.Modality == Actual {
			t.Errorf("no meeting happened, got %+v", r)
		}
	}
}

func TestDisableRules(t *testing.T) {
	p := Parser{DisableRules: []string{"role", "hyphen-pair"}}
	g, err := p.Parse(context.Background(), wireStory)
	if err != nil {
		t.Fatal(err)
	}
	for r := range g.Relations(Filter{}) {
		for _, e := range r.Evidence {
			if e.Rule == "role" || e.Rule == "hyphen-pair" {
				t.Errorf("disabled rule %s produced %s %s %s", e.Rule, r.Source, r.Type, r.Target)
			}
		}
	}
	if g.NumRelations() == 0 {
		t.Error("disabling two rules removed every relation")
	}
}
