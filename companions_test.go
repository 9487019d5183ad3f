package actorgraph

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCompanions checks RuleCompanion: the people listed in someone's party meet whom that
// person met, and the other party's people, but not each other; with the meeting's
// modality, only near the meeting, never after a negated one, and not with Parser.Stated.
func TestCompanions(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		stated     bool
		want       []string // the inferred meets-with, "source target modality"
	}{{
		name: "two parties",
		text: "President Lena Okafor met Prime Minister Tom Baker in Accra on Monday. Okafor was accompanied by Trade Minister Ama Mensah and Foreign Minister Kofi Asante, while Baker was joined by Finance Minister Rita Owusu.",
		want: []string{
			"ama-mensah rita-owusu actual", "ama-mensah tom-baker actual", "kofi-asante rita-owusu actual",
			"kofi-asante tom-baker actual", "lena-okafor rita-owusu actual",
		},
	}, {
		name: "in a relative clause",
		text: "President Lena Okafor met Prime Minister Tom Baker in Accra on Monday. Okafor, who was joined by Trade Minister Ama Mensah, called the talks useful.",
		want: []string{"ama-mensah tom-baker actual"},
	}, {
		name: "the meeting's modality",
		text: "President Lena Okafor plans to meet Prime Minister Tom Baker in Accra next week. Okafor is accompanied by Trade Minister Ama Mensah.",
		want: []string{"ama-mensah tom-baker planned"},
	}, {
		name: "no party at a meeting that did not happen",
		text: "President Lena Okafor did not meet Prime Minister Tom Baker in Accra. Okafor was accompanied by Trade Minister Ama Mensah.",
	}, {
		name: "too far from the meeting",
		text: "President Lena Okafor met Prime Minister Tom Baker in Accra. The talks covered trade. They also covered fishing. Both sides praised the mood. Okafor was accompanied by Trade Minister Ama Mensah.",
	}, {
		name:   "stated only",
		text:   "President Lena Okafor met Prime Minister Tom Baker in Accra on Monday. Okafor was accompanied by Trade Minister Ama Mensah.",
		stated: true,
	}} {
		t.Run(tt.name, func(t *testing.T) {
			g, err := (&Parser{Stated: tt.stated}).Parse(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for r := range g.Relations(Filter{}) {
				for _, e := range r.Evidence {
					if e.Rule == RuleCompanion {
						got = append(got, fmt.Sprintf("%s %s %s", r.Source, r.Target, r.Modality))
						if r.Type != MeetsWith || !r.Inferred() {
							t.Errorf("%s: want an inferred meets-with", r)
						}
						break
					}
				}
				if r.Type == MemberOf && g.Actor(r.Target).Kind == Person {
					t.Errorf("%s: a member of a person", r)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("companion meetings (-want +got):\n%s", diff)
			}
		})
	}
}
