package actorgraph

import (
	"slices"
	"testing"
)

// TestCoreference checks that the forms of one actor's name make one actor.
func TestCoreference(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		alias, want string
	}{
		{"surname", "Vladimir Putin spoke. Putin left.", "Putin", "vladimir-putin"},
		{"surname before full name", "Putin speaks\nVladimir Putin spoke on Monday.", "Putin", "vladimir-putin"},
		{"nickname", "Michael Waltz spoke. Later Mike Waltz left.", "Mike Waltz", "michael-waltz"},
		{"description", "U.S. President-elect Donald Trump spoke. Then the President-elect left.", "the President-elect", "donald-trump"},
		{"the Secretary is the one the text is about", "Secretary of State Antony Blinken spoke with Philippine Secretary of Foreign Affairs Enrique Manalo. The Secretary condemned the attack.", "The Secretary", "antony-blinken"},
		{"generational suffix", "President Joseph R. Biden Jr. met Erdogan. Biden left.", "Biden", "joseph-r-biden-jr"},
		{"the President is the text's own", "President Joe Biden welcomed President Yoon Suk Yeol. Yoon thanked him. The President praised Yoon.", "The President", "joe-biden"},
		{"leader by any title", "Russian President Vladimir Putin spoke. Trump said he would call the Russian leader soon.", "the Russian leader", "vladimir-putin"},
		{"a description whose principal follows it", "Ana Duarte, Foreign Minister of Portugal, arrived. The Foreign Minister of Portugal met the press.", "The Foreign Minister", "ana-duarte"},
		{"a description whose body follows it", "Mira Castell, head of the Andean Commission, arrived. The head of the Commission left.", "The head", "mira-castell"},
		{"the Assembly after the General Assembly", "The UN General Assembly met. Tom Baker briefed the Assembly.", "the Assembly", "un-general-assembly"},
		{"the Treasury after its department", "The U.S. Treasury Department designated two firms. The Treasury said more would follow.", "The Treasury", "treasury-department"},
		{"capital", "Russia and Ukraine talked. Kyiv said Moscow lied.", "Kyiv", "ukraine"},
		{"demonym", "Russian forces attacked.", "Russian", "russia"},
		{"family name first", "Kim Jong Un met Lee Jae-myung. Kim left before Lee did.", "Kim", "kim-jong-un"},
		{"particle surname", "Abdel Fattah al-Burhan spoke. Burhan left.", "Burhan", "abdel-fattah-al-burhan"},
		{"first-word repeat", "Debretsion Gebremichael spoke. Debretsion said he would stay.", "Debretsion", "debretsion-gebremichael"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := parseText(t, tt.text)
			if a := g.Actor(tt.alias); a == nil || a.ID != tt.want {
				t.Errorf("Actor(%q) = %v, want %s; actors %v", tt.alias, a, tt.want, actorSet(g))
			}
		})
	}
}

// TestPronouns checks that pronouns give relations to the right person.
func TestPronouns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"he is the subject", "Donald Trump said on Monday he would meet Kim Jong Un, after he held talks with Lee Jae-myung.",
			[]string{"donald-trump meets-with kim-jong-un (planned)", "donald-trump negotiates-with lee-jae-myung (actual)"}},
		{"she after he", "Kim Jong Un spoke of his sister. Kim Yo Jong listened. She criticised Seoul.",
			[]string{"kim-yo-jong opposes south-korea (actual)"}},
		{"him is not the subject", "Edmundo Gonzalez Urrutia won. Former President Joe Biden met him in Washington.",
			[]string{"edmundo-gonzalez-urrutia meets-with joe-biden (actual)"}},
		{"him is not the subject of its own clause", "Omar Haddad said he had met Ali Musa and that Youssef Karim planned to host him in Doha.",
			[]string{"ali-musa meets-with youssef-karim (planned)"}},
		{"him after a new clause may be the sentence's subject", "Omar Haddad was not invited to Doha, and no meeting between him and Ali Musa is planned.",
			[]string{"ali-musa meets-with omar-haddad (negated)"}},
		{"him in a subordinate clause with its own subject may be the sentence's subject", "Omar Haddad was jailed after Chad accused him of fraud.",
			[]string{"chad opposes omar-haddad (actual)"}},
		{"him is not the subject of a clause after ', and'", "Tom Baker arrives on Monday, and Lena Okafor will host him.",
			[]string{"lena-okafor meets-with tom-baker (planned)"}},
		{"him after a person who is no subject", "Chad sanctioned Ali Musa, accusing him of fraud.",
			[]string{"chad opposes ali-musa (actual)"}},
		{"the rivals are the last two people named together", "Omar Haddad and Ali Musa refused to compromise. Youssef Karim, who met the rivals on Monday, said talks would go on.",
			[]string{"ali-musa meets-with youssef-karim (actual)", "omar-haddad meets-with youssef-karim (actual)"}},
		{"the country in an owner's phrase is another state", "Omar Haddad arrived in Chad to stress Niger's support for the country's peace process.",
			[]string{"niger supports chad (actual)"}},
		{"the island after a state's modifier is another state", "Cuba condemned the US embargo against the island.",
			[]string{"united-states sanctions cuba (actual)"}},
		{"a subject pronoun carries the subject on", "Scott Gration flew to Juba. He will also talk with General Omar Haddad. In Khartoum, he plans to meet Thabo Mbeki.",
			[]string{"scott-gration meets-with thabo-mbeki (planned)"}},
		{"they is the last list", "Australia, Canada and the Netherlands said they supported Britain.",
			[]string{"australia supports united-kingdom (actual)", "canada supports united-kingdom (actual)", "netherlands supports united-kingdom (actual)"}},
		{"them", "Ilham Aliyev spoke. Aliyev and Nikol Pashinyan met in Munich, where Chancellor Olaf Scholz hosted them.",
			[]string{"ilham-aliyev meets-with olaf-scholz (actual)", "nikol-pashinyan meets-with olaf-scholz (actual)"}},
		{"the group", "The Houthis attacked ships. Iran has armed the group for years.",
			[]string{"iran supports houthis (actual)"}},
		{"the army is the armed forces, not any forces", "The Sudanese Armed Forces fought the Rapid Support Forces. Mohamed Hamdan Dagalo accused the army of prolonging the war.",
			[]string{"mohamed-hamdan-dagalo opposes sudanese-armed-forces (actual)"}},
		{"the council", "William Ruto met the Transitional Presidential Council in Port-au-Prince. Kenya has backed the council since April.",
			[]string{"kenya supports transitional-presidential-council (actual)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSubset(t, "relations", relationSet(parseText(t, tt.text)), tt.want)
		})
	}
}

// TestUnnamedGroups checks that an unnamed collective is a group actor when it takes part
// in a relation, and no actor when it only speaks (guidelines 3.9).
func TestUnnamedGroups(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string // actors as "id (kind)"
	}{
		{"a collective that acts", "Opposition parties criticised Gabon.", []string{"opposition-parties (group)"}, nil},
		{"a collective that speaks", "Analysts and rights groups said the vote in Chad was flawed.", nil, []string{"rights-groups (group)"}},
		{"the international community", "The international community condemned Eritrea.", []string{"international-community (group)"}, nil},
		{"a demonym and a head", "Rwanda backed the Congolese parties.", []string{"congolese-parties (group)", "dr-congo (country)"}, nil},
		{"pro- and anti-", "Pro-government militias attacked Laos. Chad backed anti-Hamas militias.",
			[]string{"pro-government-militias (group)", "anti-hamas-militias (group)", "hamas (organization)"}, nil},
		{"the rebels with no group named", "Uganda backed the rebels.", []string{"rebels (group)"}, nil},
		{"the rebels after a group named", "The M23 seized Goma. Uganda backed the rebels.", []string{"m23 (organization)"}, []string{"rebels (group)"}},
		{"a state's agents stay the state", "Russian forces attacked Ukraine.", []string{"russia (country)"}, []string{"russian-forces (group)"}},
		{"a descriptor before a name", "Israel fought the Palestinian militant group Hamas.", []string{"hamas (organization)"}, []string{"palestinian-militant-group (group)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actorSet(parseText(t, tt.text))
			if m := missing(got, tt.want); len(m) > 0 {
				t.Errorf("missing %q; actors %q", m, got)
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("want no %s; actors %q", n, got)
				}
			}
		})
	}
}
