package actorgraph

import "testing"

// TestModality checks the cues that make a relation planned, possible or negated, and
// their scope.
func TestModality(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Egypt met Qatar.", "egypt meets-with qatar (actual)"},
		{"Egypt plans to meet Qatar.", "egypt meets-with qatar (planned)"},
		{"Egypt denied that it had armed the Houthis.", "egypt supports houthis (negated)"},                      // a denial reaches into its that-clause
		{"Talks between Egypt and Qatar were postponed until Tuesday.", "egypt negotiates-with qatar (planned)"}, // put off, not called off
		{"Egypt said that it had armed the Houthis.", "egypt supports houthis (actual)"},
		{"Ali Musa travels to Doha for talks with Omar Haddad.", "ali-musa negotiates-with omar-haddad (planned)"}, // present-tense travel
		{"Ali Musa heads to Qatar for talks with Omar Haddad.", "ali-musa negotiates-with omar-haddad (planned)"},  // the state after the cue is no subject
		{"Ali Musa is due in Doha on Monday for talks with Omar Haddad.", "ali-musa negotiates-with omar-haddad (planned)"},
		{"Ali Musa leaves for Doha on Sunday to meet Omar Haddad.", "ali-musa meets-with omar-haddad (planned)"},
		{"Egypt to meet Qatar in Cairo\nThe talks open on Monday.", "egypt meets-with qatar (planned)"}, // a headline's infinitive
		{"Egypt to hold talks with Qatar\nThe talks open on Monday.", "egypt negotiates-with qatar (planned)"},
		{"Egypt is working to meet Qatar.", "egypt meets-with qatar (planned)"},
		{"A meeting between Egypt and Qatar is in the works.", "egypt meets-with qatar (planned)"},
		{"Egypt might meet Qatar.", "egypt meets-with qatar (possible)"},
		{"Egypt left without agreeing on how to implement a deal between Egypt and Qatar.", "egypt negotiates-with qatar (actual)"},
		{"Egypt and Qatar agreed to meet again in Cairo.", "egypt meets-with qatar (planned)"},
		{"Egypt and Qatar agreed to meet again in Cairo.", "egypt negotiates-with qatar (actual)"},
		{"A MEETING between Egypt and Qatar could take place in May.", "egypt meets-with qatar (possible)"},
		{"Egypt does not rule out a meeting with Qatar.", "egypt meets-with qatar (possible)"},
		{"In May Egypt condemned Israel.", "egypt opposes israel (actual)"}, // the month, not the modal
		{"Egypt has yet to meet Qatar.", "egypt meets-with qatar (negated)"},
		{"Egypt did not meet Qatar.", "egypt meets-with qatar (negated)"},
		{"No meeting between Egypt and Qatar has been scheduled.", "egypt meets-with qatar (negated)"},
		{"Egypt would meet Qatar if Israel agreed.", "egypt meets-with qatar (possible)"},
		{"Egypt is scheduled to meet Qatar on Friday.", "egypt meets-with qatar (planned)"},
		{"Egypt is expected to meet Qatar.", "egypt meets-with qatar (planned)"},
		{"Egypt pledged military aid to Sudan.", "egypt supports sudan (planned)"},
		{"Egypt left ECOWAS.", "egypt member-of ecowas (negated)"},
		// Scope: the cue of another clause does not reach the trigger.
		{"Egypt met Qatar, although no date for talks has been set.", "egypt meets-with qatar (actual)"},
		// A state is not planned because ending it is.
		{"Egypt promised to end Russia's war against Ukraine.", "russia at-war-with ukraine (actual)"},
		// Reported content keeps its own modality.
		{"Egypt did not say whether it would meet Qatar.", "egypt meets-with qatar (possible)"},
		// What was suspended or halted does not go on; a war someone means to halt does.
		{"Egypt suspended budget support to Sudan.", "egypt supports sudan (negated)"},
		{"Japan lifted its sanctions on Syria.", "japan sanctions syria (negated)"},
		{"Egypt halted military aid to Sudan.", "egypt supports sudan (negated)"},
		{"Egypt pushed to halt the war between Israel and Hamas.", "hamas at-war-with israel (actual)"},
		{"Egypt rejected any talks with Sudan.", "egypt negotiates-with sudan (negated)"},
		{"Egypt refused talks with Sudan.", "egypt negotiates-with sudan (negated)"},
		// What is called or pushed for is proposed, not done (GUIDELINES 7.3).
		{"Egypt called for talks between Sudan and Chad.", "chad negotiates-with sudan (possible)"},
		{"Egypt pushed for talks with Sudan.", "egypt negotiates-with sudan (possible)"},
		// What is announced is the act, when the trigger is the verb's object.
		{"Egypt is expected to announce new sanctions on Sudan.", "egypt sanctions sudan (planned)"},
		{"Egypt did not announce sanctions on Sudan.", "egypt sanctions sudan (negated)"},
		{"Egypt announced sanctions on Sudan.", "egypt sanctions sudan (actual)"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkSubset(t, "relations", relationSet(parseText(t, tt.text)), []string{tt.want})
		})
	}
}
