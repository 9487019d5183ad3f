package actorgraph

import (
	"context"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHonorificAfterCapitalizedWord parses sentences that open with a capitalized word
// followed by an honorific without a full stop. The check of the first word asked whether
// the honorific was a name word, which asked back about the first word, until the stack
// overflowed (issue 12). Their names must be found, and the honorific must not be.
func TestHonorificAfterCapitalizedWord(t *testing.T) {
	tests := []struct {
		text      string
		actors    []string
		relations []string
	}{
		{"Today Mr Zelensky met Mr Trump.", []string{"trump ()", "zelensky ()"},
			[]string{"trump meets-with zelensky (actual)"}},
		{"Afterwards Mr Johnson met Mr Macron in Paris.", []string{"johnson ()", "macron ()"},
			[]string{"johnson meets-with macron (actual)"}},
		{"Yesterday Prince William visited Kyiv.", []string{"william (person)"}, nil},
		{"Instead Mrs May called Mr Putin.", nil, nil},
		// Tedros is the alias officeholders.tsv gives Tedros Adhanom Ghebreyesus.
		{"Hello Dr Tedros, said Mr Guterres.", []string{"tedros-adhanom-ghebreyesus (person)"}, nil},
		{"Then Sheikh Tamim met Lady Ashton. Later Dame Ashton left.", []string{"ashton ()", "tamim (person)"},
			[]string{"ashton meets-with tamim (actual)"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			g := parseText(t, tt.text)
			actors := actorSet(g)
			for _, a := range actors {
				for _, h := range []string{"mr", "mrs", "dr", "prince", "sheikh", "lady", "dame", "today", "yesterday", "instead", "hello"} {
					if strings.HasPrefix(a, h+"-") || strings.HasPrefix(a, h+" ") {
						t.Errorf("actor %q holds the honorific or the opening word %q", a, h)
					}
				}
			}
			checkSubset(t, "actors", actors, tt.actors)
			if diff := cmp.Diff(tt.relations, relationSet(g)); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNameLookBounded parses texts built to make the name-word checks consult their
// neighbours as far as they can: long runs of capitalized words and honorifics, on one
// line and one word a line (where every word is at a line's start and asks about the
// next). With the stack limited to 1 MB, any chain of checks that grew with the text
// would overflow and kill the test binary; the checks consult at most maxNameLook
// neighbours whatever the text.
func TestNameLookBounded(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(1 << 20))
	const n = 3_000 // words of a sentence well under MaxSentenceBytes
	texts := map[string]string{
		"word honorific pairs":        strings.Repeat("Today Mr ", n) + "Zelensky.",
		"honorifics only":             strings.Repeat("Mr Sir Dr ", n) + "Smith.",
		"one capitalized word a line": strings.Repeat("Alpha\n", n),
		"word and honorific a line":   strings.Repeat("Today\nMr\n", n) + "Zelensky",
		"particles and hyphens":       strings.Repeat("Today al-Mr bin Dr ", n),
		"abbreviations as names":      strings.Repeat("Today Jun Sen Mar ", n) + "Hun Sen.",
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse(context.Background(), text); err != nil {
				t.Fatal(err)
			}
		})
	}

}
