package actorgraph

import "testing"

// TestMentions checks which phrases become actors and of what kind: lexicon entries,
// names found by their shape, and the words that must not become actors.
func TestMentions(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title before a name", "Kremlin spokesperson Dmitry Peskov spoke on Monday.",
			[]string{"dmitry-peskov (person)", "kremlin (organization)"}, []string{"monday ()"}},
		{"organization by its head noun", "As the Polish Press Agency reported, talks resumed.",
			[]string{"polish-press-agency (organization)"}, []string{"poland (country)"}},
		{"org name after an organization", "AU Commission Chairperson Moussa Faki Mahamat met Abiy Ahmed.",
			[]string{"au-commission (organization)", "moussa-faki-mahamat (person)"}, nil},
		{"particle surnames", "Egyptian President Abdel Fattah el-Sisi met Ursula von der Leyen.",
			[]string{"abdel-fattah-el-sisi (person)", "ursula-von-der-leyen (person)", "egypt (country)"}, nil},
		{"capital as a place", "Talks in Doha ended as Washington imposed new sanctions on Caracas.",
			[]string{"united-states (country)", "venezuela (country)"}, []string{"qatar (country)"}},
		{"capital naming a deal or talks", "Ethiopia and the TPLF reviewed the Pretoria agreement after the Doha talks.",
			[]string{"ethiopia (country)"}, []string{"south-africa (country)", "qatar (country)"}},
		{"capital before a noun that may be a verb", "Washington sanctions Burhan\nMoscow-Kyiv talks resumed.",
			[]string{"united-states (country)", "russia (country)", "ukraine (country)"}, nil},
		{"honorific inside a name", "Somali President Hassan Sheikh Mohamud met Qatar's Sheikh Tamim and Mullah Mohammad Yaqoob.",
			[]string{"hassan-sheikh-mohamud (person)", "tamim (person)", "mohammad-yaqoob (person)"}, []string{"hassan (person)"}},
		{"a state's generic institution", "Sudan's Foreign Ministry protested. The Ministry of Foreign Affairs of Ethiopia replied, and Kenya's Foreign Ministry agreed.",
			[]string{"sudanese-foreign-ministry (organization)", "ethiopian-ministry-of-foreign-affairs (organization)", "kenyan-foreign-ministry (organization)"},
			[]string{"foreign-ministry (organization)", "ministry-of-foreign-affairs (organization)"}},
		{"an organization's name with 'of the' inside", "Wang Yi, director of the Office of the Central Foreign Affairs Commission, met the Minister of Foreign Affairs of the Russian Federation.",
			[]string{"office-of-the-central-foreign-affairs-commission (organization)", "russia (country)"}, []string{"office (organization)"}},
		{"a longer name after 'the'", "Petro offered talks to the Gulf Clan.",
			[]string{"clan-del-golfo (organization)"}, []string{"clan (person)"}},
		{"regions, shoals and rank titles are no people", "Leaders of Southeast Asian nations met near Second Thomas Shoal. Senior General Min Aung Hlaing stayed away.",
			[]string{"min-aung-hlaing (person)"}, []string{"southeast-asian (person)", "second-thomas-shoal (person)", "senior (person)"}},
		{"an unknown acronym is an organization", "The Netherlands, home to lithography giant ASML, restricted sales. Machar's party, the SPLM-IO, objected.",
			[]string{"asml (organization)", "netherlands (country)", "splm-io (organization)"}, nil},
		{"a title that is also a given name, after a title", "Hakan Fidan called Taliban Foreign Minister Amir Khan Muttaqi. Qatar Emir Tamim bin Hamad spoke.",
			[]string{"amir-khan-muttaqi (person)", "tamim-bin-hamad (person)"}, []string{"khan-muttaqi (person)"}},
		{"a state's name as a given name after a title", "Defence Minister Israel Katz said Israel would strike.",
			[]string{"israel-katz (person)", "israel (country)"}, []string{"katz (person)"}},
		{"a name running into a known organization's", "Hackers attacked the Social Democratic Party of Chancellor Olaf Scholz.",
			[]string{"social-democratic-party (organization)"}, []string{"democratic-party (organization)"}},
		{"programmes and equipment are no actors", "Turkey played a role in the Black Sea Grain Initiative and will modernize its F-16 fleet.",
			[]string{"turkey (country)"}, []string{"black-sea-grain-initiative (organization)", "f-16 (organization)", "f-16 (person)"}},
		{"names opened by an event or place noun", "Israel launched Operation Rising Lion. Joe Biden hosted them at Camp David.",
			[]string{"israel (country)", "joe-biden (person)"}, []string{"operation-rising-lion (person)", "rising-lion (person)", "camp-david (person)"}},
		{"a body's seat", "Brussels imposed new sanctions on Moscow.\nOfficials met in Brussels.",
			[]string{"european-union (organization)", "russia (country)"}, []string{"belgium (country)"}},
		{"dateline", "KYIV, March 3 — Ukraine said Russia had attacked overnight.",
			[]string{"ukraine (country)", "russia (country)"}, nil},
		{"a press release's dateline of place and date", "Nairobi, 12 May 2024: Ethiopia welcomed the deal.\nAdmiral Kofi Mensah, 61, said: Ghana agreed.",
			[]string{"ethiopia (country)", "kofi-mensah (person)", "ghana (country)"}, []string{"kenya (country)"}},
		{"title case headline", "Trump Says Talks With Putin Are Going Well\nDonald Trump met Vladimir Putin.",
			[]string{"donald-trump (person)", "vladimir-putin (person)"}, []string{"talks ()", "going-well ()"}},
		{"a title-case line of its own is a headline", "Whitcombe Presses Rivals to Resolve Border Issue\nEnvoy Dana Whitcombe met both sides.",
			[]string{"dana-whitcombe (person)"}, []string{"whitcombe-presses-rivals (person)", "resolve-border-issue (person)"}},
		{"a headline names a person by given name and surname", "Remarks By Lars Brekkevold On Talks\nHis remarks on the talks were brief.",
			[]string{"lars-brekkevold (person)"}, []string{"lars (person)"}},
		{"events and places are no actors", "The Woodside Summit took place near the Gaza Strip.",
			nil, []string{"woodside-summit (person)", "gaza-strip (person)"}},
		{"runs of common words are no people", "The sanctions follow Executive Order 14024. Ana Ruiz, Minister for Foreign Affairs, met the Strategic Partnership Council.",
			[]string{"ana-ruiz (person)", "strategic-partnership-council (organization)"}, []string{"executive-order (person)", "foreign-affairs (person)"}},
		{"common words are a name after a title or before a verb of saying", "Ambassador Summer Rain arrived. Bright Future said it would run.",
			[]string{"summer-rain (person)", "bright-future (person)"}, nil},
		{"an organization head before 'of' makes an organization", "Delegates from the Court of Appeals and the Ministry of Health met.",
			[]string{"court-of-appeals (organization)", "ministry-of-health (organization)"}, []string{"court-of-appeals (person)", "ministry-of-health (person)"}},
		{"a capital after an opening quote starts the quoted sentence", "\"Wonderful things happened here,\" he said. She added: \"Every country agreed.\"",
			nil, []string{"wonderful (person)", "every (person)"}},
		{"a name after a preposition is no speaker", "Troops left the base of Kalunga. \"We are leaving,\" she said.",
			nil, []string{"kalunga (person)"}},
		{"dialogues, forums, holidays, flights and times are no actors", "Kenya spoke at the Raisina Dialogue and the Lisbon Trade Forum. Families marked Eid al-Fitr; Flight 52 left at 0400 GMT.",
			[]string{"kenya (country)"}, []string{"raisina-dialogue (person)", "lisbon-trade-forum (organization)", "eid-al-fitr (person)", "gmt (organization)"}},
		{"number words and regions are no names", "Three African presidents met. Britain drew on its experience in Northern Ireland and South-east Asian trade.",
			[]string{"united-kingdom (country)"}, []string{"three-african (person)", "ireland (country)", "south-east-asian (person)"}},
		{"models with digits are no actors", "Poland ordered K2A1 Panther tanks.",
			[]string{"poland (country)"}, []string{"k2a1-panther (person)"}},
		{"a participle opening a sentence is no part of the name after it", "Mia Halvorsen spoke first. Echoing Halvorsen, Dana Ruiz said the deal would hold.",
			[]string{"mia-halvorsen (person)", "dana-ruiz (person)"}, []string{"echoing-halvorsen (person)"}},
		{"bodies the lexicon knows by a longer name", "The Sudan People's Liberation Movement thanked the Inter-Governmental Authority on Development.",
			[]string{"splm (organization)", "igad (organization)"}, []string{"liberation-movement (organization)", "inter-governmental-authority (organization)"}},
		{"a state or place opening the name of a thing is no actor", "Investigators studied Norway Air Flight 88 and shelling near Taizz port. Biden spoke at the White House Rose Garden.",
			[]string{"white-house (organization)"}, []string{"norway (country)", "taizz ()", "air-flight (person)"}},
		{"a state before a ministry of a portfolio", "Officials met the Danish Ministry of Defence.",
			[]string{"danish-ministry-of-defence (organization)"}, []string{"ministry-of-defence (organization)"}},
		{"a given name that is also a month's abbreviation", "Admiral Lin Jun spoke on Jun 5. Jan Kowalski met him.",
			[]string{"lin-jun (person)", "jan-kowalski (person)"}, []string{"lin (person)"}},
		{"a hyphen before a function word or a participle is a dash", "Prosecutors charged Tomas Vidal. The rules protect Tomas Vidal-as well as his aides. Moon Jae-in attended a Tolstoy-themed dinner.",
			[]string{"tomas-vidal (person)", "moon-jae-in (person)"}, []string{"tomas-vidal-as (person)", "tolstoy-themed (person)"}},
		{"a letter alone and a kind of body are no actors", "The report (document S/2025/17) named UN and NGO staff.",
			[]string{"united-nations (organization)"}, []string{"s (person)", "ngo (organization)"}},
		{"look-alike letters are not folded", "Vladimir \u0420utin met Xi Jinping.",
			[]string{"xi-jinping (person)"}, []string{"vladimir-putin (person)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actorSet(parseText(t, tt.text))
			checkSubset(t, "actors", got, tt.want)
			checkNone(t, "actors", got, tt.not)
		})
	}
}
