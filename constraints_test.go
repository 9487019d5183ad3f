package actorgraph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestTriggerConstraints checks each constraint of triggers.tsv's constraints column on a
// sentence that meets it and one that does not.
func TestTriggerConstraints(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // all relations, as relationSet writes them
	}{
		{"person: a person", "Emmanuel Macron welcomed Olaf Scholz in Paris.", []string{"emmanuel-macron meets-with olaf-scholz (actual)"}},
		{"person: an owner; proposal: an owner's decision", "Emmanuel Macron welcomed Germany's decision.", []string{"emmanuel-macron supports germany (actual)"}},
		{"proposal: an owner's event", "Emmanuel Macron welcomed Germany's elections.", nil},
		{"person: troops", "Poland hosts NATO forces.", nil},
		{"person: a delegation", "Egypt hosted a Hamas delegation in Cairo.", []string{"egypt meets-with hamas (actual)"}},
		// "hosted" lacked the constraint that "hosts" had, and hosting troops made a meeting.
		{"person: troops, past", "Japan hosted U.S. forces.", nil},
		{"person: troops, present", "Japan hosts U.S. forces.", nil},
		{"not-country: a person", "Jacinda Ardern visited Sitiveni Rabuka in Suva.", []string{"jacinda-ardern meets-with sitiveni-rabuka (actual)"}},
		{"not-country: a state", "Jacinda Ardern visited Fiji.", nil},
		{"supply: a supply", "Norway sent weapons to Moldova.", []string{"norway supports moldova (actual)"}},
		{"supply: no supply", "Norway sent a delegation to Moldova.", nil},
		{"in-person: talks between people", "William Ruto held talks with Garry Conille.", []string{"garry-conille meets-with william-ruto (actual)", "garry-conille negotiates-with william-ruto (actual)"}},
		{"in-person: virtual talks", "Noeleen Heyzer held virtual talks with Fumio Kishida.", []string{"noeleen-heyzer contacts fumio-kishida (actual)", "fumio-kishida negotiates-with noeleen-heyzer (actual)"}},
		{"in-person: talks between states", "Turkey held talks with Russia.", []string{"russia negotiates-with turkey (actual)"}},
		{"in-person: talks with a delegation", "Kenya will hold talks with the Ugandan delegation.", []string{"kenya meets-with uganda (planned)", "kenya negotiates-with uganda (planned)"}},
		{"in-person: delegations that talk by video", "Kenya held virtual talks with the Ugandan delegation.", []string{"kenya contacts uganda (actual)", "kenya negotiates-with uganda (actual)"}},
		{"reason: thanked for", "Garry Conille thanked Kenya for taking on the mission.", []string{"garry-conille supports kenya (actual)"}},
		{"reason: a bare thanks", "Garry Conille thanked Kenya.", nil},
		{"host: co-mediators relate to the parties, not to each other", "Egypt and Qatar mediated talks between Israel and Hamas.", []string{"egypt negotiates-with hamas (actual)", "egypt negotiates-with israel (actual)", "hamas negotiates-with israel (actual)", "hamas negotiates-with qatar (actual)", "israel negotiates-with qatar (actual)"}},
		{"host: the talks told of before", "Israel and Hamas held talks in Doha. He praised Egypt, which mediated the talks.", []string{"egypt negotiates-with hamas (actual)", "egypt negotiates-with israel (actual)", "hamas negotiates-with israel (actual)"}},
		{"host: every antecedent of 'which', and a co-mediator after 'alongside'", "Israel and Hamas held talks in Doha. He praised Egypt and the United States, which mediated the talks alongside Qatar.", []string{"egypt negotiates-with hamas (actual)", "egypt negotiates-with israel (actual)", "hamas negotiates-with israel (actual)", "hamas negotiates-with qatar (actual)", "hamas negotiates-with united-states (actual)", "israel negotiates-with qatar (actual)", "israel negotiates-with united-states (actual)"}},
		{"armed: soldiers of a state", "JNIM killed dozens of Malian soldiers near Timbuktu.", []string{"jnim at-war-with mali (actual)"}},
		{"armed: a body's militants", "Nigerian troops killed twelve Boko Haram militants.", []string{"boko-haram at-war-with nigeria (actual)"}},
		{"armed: the forces of a state", "The RSF killed the troops of Chad.", []string{"chad at-war-with rapid-support-forces (actual)"}},
		{"armed: a state's war machines shot down", "Ukraine shot down 40 Russian drones overnight.", []string{"russia at-war-with ukraine (actual)"}},
		{"armed: people of a state", "JNIM killed dozens of Malian villagers near Timbuktu.", nil},
		{"armed: a person", "Israel killed Hamas leader Ismail Haniyeh.", []string{"ismail-haniyeh leader-of hamas (actual)"}},
		{"names-foe: a foe", "Congo said it would never negotiate with the M23, which it calls a terrorist movement.", []string{"dr-congo negotiates-with m23 (negated)", "dr-congo opposes m23 (actual)"}},
		{"names-foe: branded", "Beijing branded Lai Ching-te a dangerous separatist.", []string{"china opposes lai-ching-te (actual)"}},
		{"names-foe: held responsible", "Mali holds Algeria fully responsible for the attack.", []string{"mali opposes algeria (actual)"}},
		{"names-foe: called responsible is no call", "Kenya called Ethiopia responsible for the crisis.", []string{"kenya opposes ethiopia (actual)"}},
		{"names-foe: held talks", "Kenya held talks with Ethiopia.", []string{"ethiopia negotiates-with kenya (actual)"}},
		{"names-foe: no actor named", "Benjamin Netanyahu called the operation a threat.", nil},
		{"names-foe: a call", "Ilham Aliyev and Nikol Pashinyan agreed on a text. Marco Rubio called both leaders.", []string{"marco-rubio contacts ilham-aliyev (actual)", "marco-rubio contacts nikol-pashinyan (actual)", "ilham-aliyev negotiates-with nikol-pashinyan (actual)"}},
		{"names-friend: a friend", "Kim Jong Un described Russia as \"the most honest friend\" of his country.", []string{"kim-jong-un supports russia (actual)"}},
		{"names-friend: no friend", "Kim Jong Un described Russia as a large country.", nil},
		{"threat: vowed to", "The Houthis vowed to retaliate against the United States.", []string{"houthis opposes united-states (actual)"}},
		{"threat: would ... if, the speaker's", "Benjamin Netanyahu said Israel would strike Hezbollah if the group violated the truce.", []string{"benjamin-netanyahu opposes hezbollah (actual)"}},
		{"threat: a verb of threat inside a cue", "Iran pledged to retaliate against Israel.", []string{"iran opposes israel (actual)"}},
		{"threat: no threat", "Israel will strike Hezbollah positions tomorrow.", nil},
		{"listed: a blacklist", "Washington added 140 Chinese companies to a trade blacklist.", []string{"united-states sanctions china (actual)"}},
		{"listed: a list named before 'list'", "The Commerce Department put Huawei on the Entity List.", []string{"commerce-department sanctions huawei (actual)"}},
		{"listed: another list", "Kenya added Uganda to the list of its partners.", nil},
		// "them" took no notice of what follows it: a bare thanks was praise.
		{"reason: a bare thanks of a plural", "Garry Conille met Kenya and Jamaica. He thanked them.", []string{"garry-conille meets-with jamaica (actual)", "garry-conille meets-with kenya (actual)"}},
		{"payer: the speaker threatens the one who will pay", "Kim Yo Jong said South Korea would pay a heavy price for the leaflets.", []string{"kim-yo-jong opposes south-korea (actual)"}},
		{"payer: a price paid", "Kim Yo Jong said South Korea had paid a heavy price for the leaflets.", nil},
		{"speaker: the speaker supports the subject", "Poland said Lithuania has every right to defend itself.", []string{"poland supports lithuania (actual)"}},
		{"speaker: the subject supports the owner", "Norway affirmed Estonia's right to self-defence.", []string{"norway supports estonia (actual)"}},
		{"speaker: the subject of a verb of the that-clause", "Poland agreed that Lithuania has the right to defend itself.", []string{"poland supports lithuania (actual)"}},
		{"speaker: a participle of agreement", "Poland raised the border, agreeing that Lithuania has the right to take action to defend itself.", []string{"poland supports lithuania (actual)"}},
		{"speaker: titles sharing 'the'", "President Tom Baker called Prime Minister Lena Okafor. The President and Prime Minister noted that Estonia has the right to defend itself.",
			[]string{"tom-baker contacts lena-okafor (actual)", "lena-okafor supports estonia (actual)", "tom-baker supports estonia (actual)"}},
		{"speaker: no one affirms it", "Estonia has the right to defend itself.", nil},
		{"no-topic: fighting", "Malian troops clashed with the RSF near Kidal.", []string{"mali at-war-with rapid-support-forces (actual)"}},
		{"no-topic: a dispute", "Tokyo and Seoul clashed over history textbooks.", nil},
		{"no-topic: a dispute with an object", "Japan clashed with South Korea over history textbooks.", nil},
		{"subject-head: the body", "The Lake Alliance includes Chad and Niger.", []string{"chad member-of lake-alliance (actual)", "niger member-of lake-alliance (actual)"}},
		{"subject-head: a thing the body's name modifies", "The Lake Alliance charter includes Chad.", nil},
		{"invited: for talks", "Kenya invited the Sudanese Armed Forces for talks.", []string{"kenya negotiates-with sudanese-armed-forces (possible)"}},
		{"invited: to a summit", "Angola invited Paul Kagame to a summit in Luanda.", []string{"angola meets-with paul-kagame (possible)"}},
		{"invited: to a place", "Angola invited Paul Kagame to Luanda.", nil},
		{"each-other", "The United Nations convened Serbia and Kosovo in Geneva.", []string{"kosovo meets-with serbia (actual)", "kosovo meets-with united-nations (actual)", "serbia meets-with united-nations (actual)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := relationSet(parseText(t, tt.text))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtendTrigger checks the worked example of lexicon/README.md: a trigger verb with a
// constraint is one row of an extension's triggers.tsv.
func TestExtendTrigger(t *testing.T) {
	const row = "receives\tmeets-with\tverb\tevent\t-\t-\tperson\n"
	tests := []struct {
		name, row, text string
		want            []string
	}{
		{"built-in", "", "Recep Tayyip Erdogan receives Volodymyr Zelensky in Ankara.", nil},
		{"a person", row, "Recep Tayyip Erdogan receives Volodymyr Zelensky in Ankara.",
			[]string{"recep-tayyip-erdogan meets-with volodymyr-zelensky (actual)"}},
		{"an owner", row, "Recep Tayyip Erdogan receives Ukraine's proposal.", nil},
		{"an owner, no constraint", "receives\tmeets-with\tverb\tevent\t-\n", "Recep Tayyip Erdogan receives Ukraine's proposal.",
			[]string{"recep-tayyip-erdogan meets-with ukraine (actual)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := parseExtended(t, "triggers.tsv", tt.row, tt.text)
			if diff := cmp.Diff(tt.want, relationSet(g), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
