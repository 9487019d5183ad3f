package actorgraph

import (
	"slices"
	"testing"
)

// TestOneActorPerEntity checks that the forms a document gives one entity's name make one
// actor: acronyms and short forms in brackets, after ", or" and after "known as", acronyms
// of a body named before, double surnames, names whose family name comes first, a state's
// government written as a name, a body's head noun alone, "the North", and the people the
// lexicon knows by an alias. alias must name the actor want; none of gone may be an actor.
func TestOneActorPerEntity(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		alias, want string
		gone        []string
	}{
		{"acronym in brackets", "Fighters of the Lakeside Liberation Front (LLF) raided a village. The LLF denied it.",
			"LLF", "lakeside-liberation-front", []string{"llf"}},
		{"acronym alone before the brackets", "LLF rejects talks\nThe Lakeside Liberation Front (LLF) said on Monday it would stay away.",
			"LLF", "lakeside-liberation-front", []string{"llf"}},
		{"acronym first, name in square brackets", "We will keep working with the PRM [Popular Renewal Movement] on the census.",
			"PRM", "popular-renewal-movement", []string{"prm"}},
		{"acronym of the initials of a body named before", "The Popular Renewal Movement won the vote. Ethiopia congratulated the PRM.",
			"PRM", "popular-renewal-movement", []string{"prm"}},
		{"acronym in another language after or", "The pact gives amnesty to the Free Highland Movement, or GMB, and ends the war.",
			"GMB", "free-highland-movement", []string{"gmb"}},
		{"a name before a lexicon acronym", "Kenya thanked the Inter-Governmental Authority on Development (IGAD) for its work.",
			"Inter-Governmental Authority on Development", "igad", []string{"inter-governmental-authority"}},
		{"a court with its acronym", "Judges of the Supreme Court of Justice (CSJ) met. The CSJ ruled on Friday.",
			"CSJ", "supreme-court-of-justice", []string{"csj"}},
		{"a surname in brackets", "The Treasury designated Rodrigo Esteban Marquez Olmedo (Marquez) on Tuesday. Marquez denied it.",
			"Marquez", "rodrigo-esteban-marquez-olmedo", []string{"marquez"}},
		{"a suffix with its period", "Philippine President Ferdinand Marcos Jr., the host, spoke. Marcos left.",
			"Ferdinand Marcos Jr.", "ferdinand-marcos-jr", []string{"jr"}},
		{"known as", "Moses Okello, better known as Simba, met the envoy in Juba. Simba said the talks went well.",
			"Simba", "moses-okello", []string{"simba"}},
		{"a body's acronym after known as", "Chad left the Lake Defence Staff Committee, known as LDSC, in May. Niger stays in the LDSC.",
			"LDSC", "lake-defence-staff-committee", []string{"ldsc"}},
		{"first surname alone", "Prosecutors charged Ana Lucia Ferreira Campos with fraud. Ferreira denied the charges.",
			"Ferreira", "ana-lucia-ferreira-campos", []string{"ferreira"}},
		{"given name and first surname", "Prosecutors charged Ana Lucia Ferreira Campos with fraud. Later Ana Ferreira appealed.",
			"Ana Ferreira", "ana-lucia-ferreira-campos", []string{"ana-ferreira"}},
		{"the two surnames", "Mexican President Andrés Manuel López Obrador spoke. López Obrador thanked Canada.",
			"López Obrador", "andres-manuel-lopez-obrador", []string{"lopez-obrador"}},
		{"family name first with an abbreviation's word", "Cambodian Prime Minister Hun Sen met the envoy. Mr Hun Sen thanked her.",
			"Hun Sen", "hun-sen", []string{"hun"}},
		{"a given name that is a month's abbreviation", "Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore.",
			"Dong Jun", "dong-jun", []string{"dong"}},
		{"a month's abbreviation before the full stop", "Lloyd Austin met Chinese Defense Minister Admiral Dong Jun.",
			"Dong Jun", "dong-jun", []string{"dong"}},
		{"a demonym's government", "Talks began between the Colombian Government and the FARC.",
			"Colombian Government", "colombia", []string{"colombian-government"}},
		{"a possessor's government, then alone", "Kenya's Transitional Government signed a deal with Uganda. The Transitional Government thanked Kampala.",
			"Transitional Government", "kenya", []string{"transitional-government"}},
		{"the government of the state named last", "Elections were held in Malawi in May. The new Government took office in June.",
			"Government", "malawi", []string{"government"}},
		{"a head noun for the body", "The Chairperson of the Lake Basin Commission spoke. Sudan thanked the Commission.",
			"Commission", "lake-basin-commission", []string{"commission"}},
		{"a head noun for a lexicon body named in full", "The head of the United Nations Mission in South Sudan spoke. Kenya praised the Mission.",
			"Mission", "unmiss", []string{"mission"}},
		{"the North", "North Korea fired a missile. Japan urged the North to stop.",
			"North", "north-korea", []string{"north"}},
		{"a title and a surname the office-holder lexicon knows", "President Biden spoke with Chancellor Scholz on Monday.",
			"Biden", "joe-biden", []string{"biden"}},
		{"a lexicon alias", "Hemedti met Lula in Brasilia.", "Hemedti", "mohamed-hamdan-dagalo", []string{"hemedti"}},
		{"a people.tsv alias", "Antony Blinken condemned Barbecue on Monday.", "Barbecue", "jimmy-cherizier", []string{"barbecue"}},
		{"a people.tsv nickname of two words", "El Chapo was sentenced in New York.", "El Chapo", "joaquin-guzman", []string{"el-chapo"}},
		{"a spelling the text gives stays the name", "Steven Witkoff met Vladimir Putin.", "Witkoff", "steven-witkoff", []string{"steve-witkoff"}},
		{"a dash written as a hyphen", "The court freed Marta Rivas-as well as two aides-on Friday. Rivas thanked the judges.",
			"Marta Rivas", "marta-rivas", []string{"marta-rivas-as"}},
		{"a regime set against its people is its own body", "Myanmar's military government kept up its air strikes on civilians. The Myanmar regime denied it, and the junta rejected the plan.",
			"the junta", "myanmar-junta", []string{"myanmar-regime"}},
		{"a junta alone, after its state", "Troops kept up the crackdown on protesters in Myanmar. The junta rejected the plan.",
			"junta", "myanmar-junta", nil},
		{"a person's regime", "The EU condemned the repression of civil society by the Lukashenko regime. The regime's airline was banned.",
			"Lukashenko regime", "lukashenko-regime", nil},
		{"a regime with no repression is its state", "Mali's military government signed a mining deal with Russia.",
			"Mali's military government", "mali", []string{"mali-junta"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := parseText(t, tt.text)
			if a := g.Actor(tt.alias); a == nil || a.ID != tt.want {
				t.Errorf("Actor(%q) = %v, want %s; actors %v", tt.alias, a, tt.want, actorSet(g))
			}
			for _, id := range tt.gone {
				if a := g.Actor(id); a != nil && a.ID == id {
					t.Errorf("actor %q, want none; actors %v", id, actorSet(g))
				}
			}
		})
	}
}

// TestNoActorFor checks names that only look like another name of an actor: a government
// with its own name, "North" and "South" with no state named with them, a title's
// parenthesis, a middle name that is a given name.
func TestNoActorFor(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		notIn     string // an actor that must not have alias
		alias     string
		notActors []string
	}{
		{"a regional government is a body", "Iraq met the Kurdistan Regional Government in Baghdad.",
			"iraq", "Kurdistan Regional Government", nil},
		{"north and south with no state", "The envoy mediated between North and South on Monday.", "", "", []string{"north", "south"}},
		{"a state in brackets after a person", "Prime Minister Ana Ruiz (Spain) met Kenya's envoy.", "", "", []string{"spain-ruiz"}},
		{"a middle name that is a given name", "Ali Abdullah Saleh spoke. Abdullah left.", "ali-abdullah-saleh", "Abdullah", nil},
		{"family name first has no second surname", "Kim Jong Un met Kim Yo Jong.", "kim-jong-un", "Kim Yo Jong", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := parseText(t, tt.text)
			if tt.notIn != "" {
				if a := g.Actor(tt.notIn); a != nil && slices.Contains(a.Aliases, tt.alias) {
					t.Errorf("%s has alias %q; actors %v", tt.notIn, tt.alias, actorSet(g))
				}
			}
			checkNone(t, "actors", actorSet(g), tt.notActors)
			for _, id := range tt.notActors {
				if a := g.Actor(id); a != nil && a.ID == id {
					t.Errorf("actor %q, want none", id)
				}
			}
		})
	}
}

// TestJoinShortFormsAcrossDocuments checks that JoinSurnames joins a short form of a full
// name with two surnames that another document gives ("Ferreira", "Ana Ferreira", "Ferreira
// Campos" for Ana Lucia Ferreira Campos), and not a surname someone else's name ends in.
func TestJoinShortFormsAcrossDocuments(t *testing.T) {
	full := parseText(t, "Prosecutors charged Ana Lucia Ferreira Campos with fraud in Brazil.")
	for _, text := range []string{
		"The court heard Ferreira on Monday. Ferreira said she met Lula.",
		"Ana Ferreira met Lula on Monday.",
		"Ferreira Campos met Lula on Monday.",
	} {
		j := Merge(full, parseText(t, text)).JoinSurnames()
		var people []string
		for a := range j.Actors() {
			if a.Kind == Person && a.ID != "luiz-inacio-lula-da-silva" {
				people = append(people, a.ID)
			}
		}
		if !slices.Equal(people, []string{"ana-lucia-ferreira-campos"}) {
			t.Errorf("%q: people %q, want ana-lucia-ferreira-campos alone", text, people)
		}
	}
	other := Merge(full, parseText(t, "Judge Carlos Ferreira met Lula."), parseText(t, "Ferreira left.")).JoinSurnames()
	if a := other.Actor("ferreira"); a != nil && a.ID == "ana-lucia-ferreira-campos" {
		t.Errorf("Ferreira joined Ana Lucia Ferreira Campos though Carlos Ferreira's name ends in it")
	}
}
