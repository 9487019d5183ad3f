package actorgraph

import (
	"strings"
	"testing"
)

// TestRoles checks each construction that gives a title to a named actor, with only what
// the text states (inference has its own tests in infer_test.go).
func TestRoles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"title before a name", "Russian President Vladimir Putin spoke.",
			[]string{"vladimir-putin: president of russia"}},
		{"an agency's administrator", "USAID Administrator Maria Lindqvist spoke.",
			[]string{"maria-lindqvist: administrator of usaid"}},
		{"appositive", "Keith Kellogg, the special envoy for Donald Trump, spoke.",
			[]string{"keith-kellogg: special envoy of donald-trump"}},
		{"appositive after a short name in brackets", "Luis Gomez (Gomez), the vice president of Paraguay, spoke.",
			[]string{"luis-gomez: vice president of paraguay"}},
		{"indefinite appositive", "Dmitry Peskov, a spokesman for the Kremlin, said no.",
			[]string{"dmitry-peskov: spokesman of kremlin"}},
		{"an appositive after an adverb of time", "Tony Blair, now an envoy for the Quartet, visited Gaza.",
			[]string{"tony-blair: envoy of quartet"}},
		{"a prince's office, not the prince", "Saudi Defence Minister Prince Khalid bin Salman received them.",
			[]string{"khalid-bin-salman: defence minister of saudi-arabia"}},
		{"who is also", "Assimi Goita, who is also president of the Alliance of Sahel States, spoke.",
			[]string{"assimi-goita: president of alliance-of-sahel-states"}},
		{"the alliance by its head", "Mali formed the Alliance of Sahel States with Niger. Assimi Goita, who is also president of the alliance, spoke.",
			[]string{"assimi-goita: president of alliance-of-sahel-states"}},
		{"portfolio after the title, before a given name", "Minister of Trade Lena Okafor and Foreign Minister Tomas Ferrand met the delegation.",
			[]string{"lena-okafor: minister of trade of ", "tomas-ferrand: foreign minister of "}},
		{"a rank between the office and the name", "Minister for Defence General Amin Wardak spoke.",
			[]string{"amin-wardak: minister for defence of "}},
		{"an honorific after a portfolio", "Minister of Interior Mr Atmar spoke.",
			[]string{"atmar: minister of interior of "}},
		{"a portfolio of several words after the title", "Lena Okafor, High Representative for Foreign Affairs and Security Policy, spoke.",
			[]string{"lena-okafor: high representative for foreign affairs and security policy of "}},
		{"a portfolio before the title", "The deal was signed by Indonesian Justice and Human Rights Minister Hamid Awaluddin.",
			[]string{"hamid-awaluddin: justice and human rights minister of indonesia"}},
		{"a plural title with a principal per name", "Presidents Kofi Mensah of Ghana, Awa Diop of Senegal and Issa Kane of Niger met in Accra.",
			[]string{"kofi-mensah: president of ghana", "awa-diop: president of senegal", "issa-kane: president of niger"}},
		{"a plural title before two names", "Defence Ministers Lena Okafor and Tomas Ferrand spoke.",
			[]string{"lena-okafor: defence minister of ", "tomas-ferrand: defence minister of "}},
		{"titles joined by a slash", "Defence Minister/Deputy Prime Minister Lena Okafor spoke.",
			[]string{"lena-okafor: defence minister of ", "lena-okafor: deputy prime minister of "}},
		{"titles joined by 'and' in an appositive", "Mediators briefed Kofi Mensah, Ghana's President and the leader of the regional bloc ECOWAS, on Monday.",
			[]string{"kofi-mensah: president of ghana", "kofi-mensah: leader of ecowas"}},
		{"a description with its principal before an appositive name", "The Chairperson of the African Union Commission, Amina Bello, welcomed the deal.",
			[]string{"amina-bello: chairperson of african-union-commission"}},
		{"a person named before a spokesman's title", "Salva Kiir met Riek Machar. Kiir spokesman Ateny Wek Ateny said no.",
			[]string{"ateny-wek-ateny: spokesman of salva-kiir"}},
		{"a person named before an aide's title", "Vladimir Putin spoke. Putin aide Yuri Ushakov said no.",
			[]string{"yuri-ushakov: aide of vladimir-putin"}},
		{"an appositive inside a fronted clause", "After Kofi Mensah, Ghana's president, arrived in Lome, talks began.",
			[]string{"kofi-mensah: president of ghana"}},
		{"a nominee for an office", "Trump's pick for commerce secretary, Ken Aldo, has said he favours tariffs.",
			[]string{"ken-aldo: commerce secretary of "}},
		{"the destination between an envoy's title and name", "U.S. special envoy to Sudan Ken Aldo returns on Wednesday.",
			[]string{"ken-aldo: special envoy of united-states"}},
		{"a description of the holder between the principal and the title", "Myanmar's powerful army chief Aung Kyaw Moe met veteran Indonesian diplomat Hassan Wirajuda.",
			[]string{"aung-kyaw-moe: army chief of myanmar", "hassan-wirajuda: diplomat of indonesia"}},
		{"an ousted president is a former one", "Niger's ousted president Mohamed Bazoum stayed in detention.",
			[]string{"mohamed-bazoum: former president of niger"}},
		{"an adviser to a person named by surname", "Supreme Leader Ali Khamenei spoke. Ali Larijani, a senior adviser to Khamenei, met the envoy.",
			[]string{"ali-larijani: senior adviser of ali-khamenei"}},
		{"a description with a destination before the name", "Lena Okafor's envoy to the summit, Tomas Ferrand, met the host.",
			[]string{"tomas-ferrand: envoy of lena-okafor"}},
		{"a bare title after 'and' shares the principal", "Kazem Gharibabadi, Iran's deputy foreign minister and chief nuclear negotiator, met the envoy.",
			[]string{"kazem-gharibabadi: deputy foreign minister of iran", "kazem-gharibabadi: chief nuclear negotiator of iran"}},
		{"a domain before a title", "Iran's nuclear negotiator Ali Bagheri met U.S. climate envoy John Kerry.",
			[]string{"ali-bagheri: nuclear negotiator of iran", "john-kerry: climate envoy of united-states"}},
		{"a bloc is no state's organ", "The European Union met Russia's Foreign Ministry. Kaja Kallas, the bloc's top diplomat, spoke.",
			[]string{"kaja-kallas: top diplomat of european-union"}},
		{"'the country's' is the state the person serves", "Thailand's acting prime minister, Tomas Ferrand, met Cambodian officials. Ferrand, who is also the country's defence minister, left.",
			[]string{"tomas-ferrand: defence minister of thailand"}},
		{"appointed with a time between the verb and 'as'", "Lena Okafor, a Kenyan general whom Nairobi appointed last year as chief mediator, met the rebels.",
			[]string{"lena-okafor: chief mediator of kenya"}},
		{"a spokeswoman for a state's ministry", "Maly Sok, a spokeswoman for Cambodia's Defence Ministry, spoke.",
			[]string{"maly-sok: spokeswoman of cambodian-defence-ministry"}},
		{"an envoy's destination, then the sender", "Ismail Wais, the special envoy for South Sudan of the Intergovernmental Authority on Development, met them.",
			[]string{"ismail-wais: special envoy of igad"}},
		{"two titles joined before one name", "Ghana's Prime Minister and Minister of Foreign Affairs Kofi Mensah met Deputy Prime Minister and Foreign Minister Tomas Ferrand.",
			[]string{"kofi-mensah: prime minister of ghana", "kofi-mensah: minister of foreign affairs of ghana", "tomas-ferrand: deputy prime minister of ", "tomas-ferrand: foreign minister of "}},
		{"an appointer's envoy", "President Lena Okafor spoke. Okafor named Tomas Ferrand as her special envoy, and Okafor appointed Awa Diop special envoy for Sudan.",
			[]string{"tomas-ferrand: special envoy of lena-okafor", "awa-diop: special envoy of lena-okafor"}},
		{"a relative clause after an appositive", "Tomas Ferrand, a former Thai prime minister who serves as an informal adviser to Lena Okafor, spoke.",
			[]string{"tomas-ferrand: former prime minister of thailand", "tomas-ferrand: adviser of lena-okafor"}},
		{"the possessive of a plural name", "The Houthis fired missiles. Mohammed Abdulsalam, the Houthis' chief negotiator, spoke. The 'Talks' went on.",
			[]string{"mohammed-abdulsalam: chief negotiator of houthis"}},
		{"an ambassador to a body", "U.S. Ambassador to the United Nations Lena Okafor spoke.",
			[]string{"lena-okafor: ambassador of united-states"}},
		{"names in apposition to a plural title", "The three presidents, Kofi Mensah, Awa Diop and Issa Kane, met in Accra.",
			[]string{"kofi-mensah: president of ", "awa-diop: president of ", "issa-kane: president of "}},
		{"one of a body's officials, a senior one, its political chief", "Basem Naim, one of Hamas's negotiators, met Omar Haddad, a senior Hamas official, and Sami Musa, Hamas's political chief.",
			[]string{"basem-naim: negotiator of hamas", "omar-haddad: official of hamas", "sami-musa: political chief of hamas"}},
		{"became, re-elected", "Tomas Ferrand became prime minister of Ghana in 2019. Kofi Mensah was re-elected president of Togo in December.",
			[]string{"tomas-ferrand: prime minister of ghana", "kofi-mensah: president of togo"}},
		{"a portfolio that opens with a demonym", "Special Envoy John Kerry, Assistant Secretary for African Affairs Molly Phee and Minister for Kenyan Affairs Lena Okafor joined.",
			[]string{"molly-phee: assistant secretary for african affairs of "}},
		{"a place between the principal and the title", "Hamas's Gaza chief Yahya Sinwar met the envoy. He spoke as the talks ended.",
			[]string{"yahya-sinwar: chief of hamas"}},
		{"a capital's name as a given name after a title", "Paraguayan President Santiago Peña hosted the summit.",
			[]string{"santiago-pena: president of paraguay"}},
		{"an appointer with a time before the verb", "Secretary-General Lena Okafor on Wednesday named Tomas Ferrand as her personal envoy for Western Sahara.",
			[]string{"tomas-ferrand: personal envoy of lena-okafor"}},
		{"a counterpart of a person in an earlier sentence", "Britain's ambassador, Barbara Woodward, condemned the strikes. Her French counterpart, Nicolas de Rivière, agreed.",
			[]string{"nicolas-de-riviere: ambassador of france"}},
		{"a domain word before an official's title", "Reza Karimi, a procurement official of the Islamic Revolutionary Guard Corps, was listed.",
			[]string{"reza-karimi: procurement official of islamic-revolutionary-guard-corps"}},
		{"a counterpart of 'his' person, named after the counterpart", "Turkish Foreign Minister Hakan Fidan spoke. He said he met his Russian counterpart, Sergei Lavrov, in May.",
			[]string{"sergei-lavrov: foreign minister of russia"}},
		{"whose title, then the name", "Sharif joined the Unity Party, whose chairman, Tomas Ferrand, said no.",
			[]string{"tomas-ferrand: chairman of unity-party"}},
		{"a copula in the present", "Lena Okafor is currently the leader of the Unity Party. Tomas Ferrand is a member of the Senate of Bolivia.",
			[]string{"lena-okafor: leader of unity-party", "tomas-ferrand: member of bolivian-senate"}},
		{"a present predicate after a past one", "Lena Okafor was a minister from 2013 to 2018 and is currently the leader of the Unity Party.",
			[]string{"lena-okafor: leader of unity-party"}},
		{"a short name in brackets before the appositive", "The Treasury designated Lena Maria Okafor Diaz (Okafor), the current Vice President of Bolivia.",
			[]string{"lena-maria-okafor-diaz: vice president of bolivia"}},
		{"'Palestinian' names the people, not the state", "Palestinian President Mahmoud Abbas spoke.",
			[]string{"mahmoud-abbas: president of palestinians"}},
		{"a region an envoy is sent to is no principal", "Canadian special envoy to the Horn of Africa Lena Okafor and Danish envoy for the Sahel Tomas Ferrand spoke.",
			[]string{"lena-okafor: special envoy of canada", "tomas-ferrand: envoy of denmark"}},
		{"the state an envoy is sent to is no principal", "Lena Okafor met Cambodia's incoming Myanmar envoy Tep Sokha.",
			[]string{"tep-sokha: envoy of cambodia"}},
		{"a title after 'as' later in the clause", "Lena Okafor arrived in Kabul on her first visit to Afghanistan as NATO Secretary General.",
			[]string{"lena-okafor: secretary general of nato"}},
		{"an appositive title after a possessive office", "Maria Lenz, the Secretary-General's special envoy for Yemen, arrived.",
			[]string{"maria-lenz: special envoy of "}},
		{"portfolio in a list, not an appositive", "He met Foreign Minister Tomas Ferrand, Minister of National Defense Mariusz Blaszczak and others.",
			[]string{"mariusz-blaszczak: minister of national defense of ", "tomas-ferrand: foreign minister of "}},
		{"portfolio between principal and title", "EU Enlargement Commissioner Marta Kos spoke.",
			[]string{"marta-kos: enlargement commissioner of european-union"}},
		{"description with a portfolio before a name", "The EU sent envoys. Borrell met the bloc's special representative for the dialogue, Miroslav Lajcak.",
			[]string{"miroslav-lajcak: special representative of european-union"}},
		{"whom X appointed as", "Bassirou Diomaye Faye, whom ECOWAS appointed as a mediator last year, failed.",
			[]string{"bassirou-diomaye-faye: mediator of ecowas"}},
		{"whom X appointed as its", "Abdoulaye Bathily, whom the United Nations appointed as its special envoy for Libya, spoke.",
			[]string{"abdoulaye-bathily: special envoy of united-nations"}},
		{"an honorific between title and name", "Iran's Supreme Leader Ayatollah Ali Khamenei spoke.",
			[]string{"ali-khamenei: supreme leader of iran"}},
		{"counterpart", "Chinese Foreign Minister Wang Yi met his Japanese counterpart, Takeshi Iwaya.",
			[]string{"takeshi-iwaya: foreign minister of japan"}},
		{"will take over as", "Mark Rutte, the former Dutch prime minister, will take over from Jens Stoltenberg as NATO secretary general.",
			[]string{"mark-rutte: secretary general of nato", "mark-rutte: former prime minister of netherlands"}},
		{"whose", "Brazil, whose special adviser Celso Amorim attended, welcomed the talks.",
			[]string{"celso-amorim: special adviser of brazil"}},
		{"principal after a hyphenated actor", "Yahya Saree, a spokesman for the Iran-backed Houthis, said.",
			[]string{"yahya-saree: spokesman of houthis"}},
		{"possessive appositive", "Donald Trump met aides. Michael Waltz, Trump's national security advisor, spoke.",
			[]string{"michael-waltz: national security advisor of donald-trump"}},
		{"description then name", "Donald Trump spoke. Later the U.S. President-elect, Donald Trump, left.",
			[]string{"donald-trump: president-elect of united-states"}},
		{"who serves as", "Kim Yo Jong, who serves as vice director of the Workers' Party of Korea, spoke.",
			[]string{"kim-yo-jong: vice director of workers-party-of-korea"}},
		{"appointed by", "Tom Perriello was appointed special envoy by Joe Biden last year.",
			[]string{"tom-perriello: special envoy of joe-biden"}},
		{"elected as", "Parliament elected army commander Joseph Aoun as the country's president. Lebanon celebrated.",
			[]string{"joseph-aoun: commander of "}},
		{"titled possessor", "Richard Grenell, U.S. President Donald Trump's envoy for special missions, met Maduro.",
			[]string{"richard-grenell: envoy of donald-trump", "donald-trump: president of united-states"}},
		{"class noun principal", "The Houthis fired missiles. The group's military spokesman, Yahya Saree, spoke.",
			[]string{"yahya-saree: military spokesman of houthis"}},
		{"former holds no relation", "Former President Joe Biden spoke.",
			[]string{"joe-biden: former president of "}},
		{"honorific is no role", "Sheikh Tamim bin Hamad Al Thani, Qatar's emir, spoke.",
			[]string{"tamim-bin-hamad-al-thani: emir of qatar"}},
		{"a junta leader leads the junta the text names", "Myanmar's junta leader, Senior General Aung Kyaw Moe, spoke. The junta kept up air strikes on civilians.",
			[]string{"aung-kyaw-moe: junta leader of myanmar-junta"}},
		{"a junta chief with no state leads the one junta", "The army's crackdown went on in Myanmar, and the junta rejected talks. Lena Okafor visited junta chief Aung Kyaw Moe.",
			[]string{"aung-kyaw-moe: junta chief of myanmar-junta"}},
		{"a junta leader with no junta named is his state's", "Mali's junta leader, Gen. Oumar Diallo, met Russian envoys as the three juntas left the bloc.",
			[]string{"oumar-diallo: junta leader of mali"}},
		{"an opposition leader leads the opposition that acts", "Zimbabwe condemned the opposition. Opposition leader Jane Moyo spoke.",
			[]string{"jane-moyo: opposition leader of opposition"}},
		{"an opposition that only speaks is no principal", "The opposition said it would wait. Opposition leader Jane Moyo spoke.",
			[]string{"jane-moyo: opposition leader of "}},
		{"a spokesman for a regime", "Zaw Tun, a spokesman for Myanmar's military government, denied air strikes on civilians.",
			[]string{"zaw-tun: spokesman of myanmar-junta"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSubset(t, "roles", roleSet(parseStated(t, tt.text)), tt.want)
		})
	}
}

// TestRoleRelations checks that roles imply their relations, and that former and
// principal-less roles imply none.
func TestRoleRelations(t *testing.T) {
	g := parseStated(t, "Former President Joe Biden met Kremlin spokesperson Dmitry Peskov and President Emmanuel Macron.")
	checkSubset(t, "relations", relationSet(g), []string{"dmitry-peskov spokesperson-for kremlin (actual)"})
	checkNone(t, "relations", relationSet(g), []string{"joe-biden leader-of united-states (actual)"})
	for r := range g.Relations(Filter{Types: []RelationType{LeaderOf}}) {
		t.Errorf("a role without a principal or a former one implied %s %s %s", r.Source, r.Type, r.Target)
	}
	g = parseStated(t, "Myanmar's junta leader, Aung Kyaw Moe, ordered a crackdown. The junta denied it. Mali's junta leader Oumar Diallo spoke.")
	checkSubset(t, "relations", relationSet(g), []string{"aung-kyaw-moe leader-of myanmar-junta (actual)", "oumar-diallo leader-of mali (actual)"})
	checkNone(t, "relations", relationSet(g), []string{"aung-kyaw-moe leader-of myanmar (actual)"})
	// An ambassador is sent by the state, as an envoy is (GUIDELINES 5.1); a diplomat's
	// title without a principal gives way to one with it.
	g = parseStated(t, "U.S. special envoy Lena Okafor arrived in Juba. Ambassador Okafor met the French ambassador, Tomas Ferrand.")
	checkSubset(t, "relations", relationSet(g), []string{"lena-okafor envoy-for united-states (actual)", "tomas-ferrand envoy-for france (actual)"})
	checkSubset(t, "roles", roleSet(g), []string{"lena-okafor: special envoy of united-states"})
	checkNone(t, "roles", roleSet(g), []string{"lena-okafor: ambassador of "})
	// A rank is no role, but one tied to a state makes a member of it (GUIDELINES 5);
	// "ex-" is "former".
	g = parseText(t, "U.S. General Tom Baker met Rwandan Colonel Jean Mugabo. Ex-president Ali Bongo spoke.")
	checkSubset(t, "relations", relationSet(g), []string{"tom-baker member-of united-states (actual)", "jean-mugabo member-of rwanda (actual)"})
	checkSubset(t, "roles", roleSet(g), []string{"ali-bongo: former president of gabon"})
	checkNone(t, "relations", relationSet(g), []string{"ali-bongo leader-of gabon (actual)"})
	g = parseStated(t, "Awa Diop, the head of the Senegalese delegation, arrived.")
	checkSubset(t, "relations", relationSet(g), []string{"awa-diop member-of senegal (actual)"})
	checkNone(t, "relations", relationSet(g), []string{"awa-diop leader-of senegal (actual)"})
	// Service in the past ("served as") is an office held no longer.
	g = parseStated(t, "Tomas Ferrand served as chief of staff for President Lena Okafor. Awa Diop, who served as Senegal's envoy, spoke.")
	checkSubset(t, "roles", roleSet(g), []string{"awa-diop: former envoy of senegal"})
	checkNone(t, "relations", relationSet(g), []string{"tomas-ferrand advisor-to lena-okafor (actual)", "awa-diop envoy-for senegal (actual)"})
	g = parseStated(t, "White House chief of staff Lena Okafor spoke.")
	checkSubset(t, "relations", relationSet(g), []string{"lena-okafor advisor-to white-house (actual)"})
	g = parseStated(t, "The EU condemned the crackdown by the Lukashenko regime.")
	checkSubset(t, "relations", relationSet(g), []string{"lukashenko leader-of lukashenko-regime (actual)"})
	g = parseText(t, "U.S. President-elect Donald Trump spoke.")
	checkSubset(t, "relations", relationSet(g), []string{"donald-trump leader-of united-states (planned)"})
	// States are members without holding an office.
	g = parseText(t, "NATO member Turkey blocked the plan, and EU member state Hungary objected.")
	checkSubset(t, "relations", relationSet(g), []string{"turkey member-of nato (actual)", "hungary member-of european-union (actual)"})
	if r := g.Actor("Turkey").Roles; len(r) != 0 {
		t.Errorf("Turkey holds roles %v, want none", r)
	}
}

// TestRolesNot checks words before names that are no offices.
func TestRolesNot(t *testing.T) {
	tests := []struct {
		name, text string
		not        []string
	}{
		{"a rank", "Senior General Min Aung Hlaing and General Abdel Fattah al-Burhan spoke.",
			[]string{"min-aung-hlaing: senior general of ", "abdel-fattah-al-burhan: general of "}},
		{"a community is no state", "Turkish Cypriot leader Ersin Tatar spoke.",
			[]string{"ersin-tatar: leader of cyprus"}},
		{"an honorific", "Prince Faisal bin Farhan and Ayatollah Ali Khamenei spoke.",
			[]string{"faisal-bin-farhan: prince of ", "ali-khamenei: ayatollah of "}},
		{"a description and a titled name are two people", "The president and Foreign Minister Tomas Ferrand met the envoy.",
			[]string{"tomas-ferrand: president of "}},
		{"one name after a plural title and a comma", "The envoy met EU foreign ministers, Okafor said.",
			[]string{"okafor: foreign minister of european-union"}},
		{"a titled name after a comma is no appositive title", "Special Envoy John Kerry, Assistant Secretary for African Affairs Molly Phee and others joined.",
			[]string{"john-kerry: assistant secretary for african affairs of ", "john-kerry: assistant secretary of "}},
		{"a place before an appositive title", "The Arakan Army refused to meet Lena Okafor in Kunming, a spokesman for the group said.",
			[]string{"kunming: spokesman of arakan-army"}},
		{"a religious calling is no office", "Hardline Iranian cleric Ahmad Jannati and Imam Mahmoud Dicko spoke.",
			[]string{"ahmad-jannati: cleric of iran", "mahmoud-dicko: imam of "}},
		{"the office whose envoy she is", "Maria Lenz, the Secretary-General's special envoy for Yemen, arrived.",
			[]string{"maria-lenz: secretary-general of "}},
		{"a plural title without a name", "Foreign ministers Lena Okafor and Tomas Ferrand met. The ministers agreed.",
			[]string{"lena-okafor: minister of ", "tomas-ferrand: minister of "}},
		{"a fronted adverbial's last name is no appositive's", "Following dinner with President Tomas Ferrand, the Secretary General travelled to the base.",
			[]string{"tomas-ferrand: secretary general of "}},
		{"'as' opening a clause", "Rob Lenz, as the envoy is widely known, flew home.",
			[]string{"rob-lenz: envoy of "}},
		{"the subject after a fronted clause is no appositive", "As Paris offered refuge to President Omar Haddad, Ghana's foreign minister - who met the rivals on Monday - announced a deal.",
			[]string{"omar-haddad: foreign minister of ghana"}},
		{"the subject of a verb after a fronted clause", "When Russia threatened Kofi Mensah, Ghana's president condemned it.",
			[]string{"kofi-mensah: president of ghana"}},
		{"the subject after a fronted participle is no appositive", "Speaking for the Arab Group, the representative of Egypt condemned the blockade.",
			[]string{"arab-group: representative of egypt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := parseText(t, tt.text)
			if len(g.actors) == 0 {
				t.Fatalf("no actors in %q", tt.text)
			}
			checkNone(t, "roles", roleSet(g), tt.not)
		})
	}
}

// TestTitlesJoinedBounded checks that titles joined by "and" before a name are read two at
// a time (parseRef calls titlesJoined, which calls parseRef once more and no further),
// however long the chain.
func TestTitlesJoinedBounded(t *testing.T) {
	chain := strings.Repeat("Foreign Minister and ", 5000) + "Defence Minister Lena Okafor spoke."
	g := parseStated(t, chain)
	checkSubset(t, "roles", roleSet(g), []string{"lena-okafor: defence minister of ", "lena-okafor: foreign minister of "})
}
