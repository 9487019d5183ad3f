package actorgraph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestInfer checks each inferred rule on sentences of its own: by default a title
// without a principal takes the one the office-holder lexicon or the setting gives, with
// the relation the title implies and the rule that inferred it; with Parser.Stated the role
// keeps no principal and implies nothing.
func TestInfer(t *testing.T) {
	tests := []struct {
		name, text string
		actor      string
		infer      Role // the role inferred
		rel        *Relation
		noStated   bool // with Parser.Stated, no role at all
	}{{
		name: "office-holder", text: "Prime Minister Ehud Olmert said the cabinet would vote on Sunday.",
		actor: "ehud-olmert", infer: Role{Title: "prime minister", Of: "israel", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: LeaderOf, Source: "ehud-olmert", Target: "israel", Modality: Actual},
	}, {
		name: "office-holder by the name the document ends with", text: "Olmert calls cabinet vote\nPrime Minister Olmert said on Friday that Ehud Olmert's cabinet would vote on Sunday.",
		actor: "ehud-olmert", infer: Role{Title: "prime minister", Of: "israel", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: LeaderOf, Source: "ehud-olmert", Target: "israel", Modality: Actual},
	}, {
		name: "former office-holder: the office, no relation", text: "Former President Juan Manuel Santos urged both sides to return to the table.",
		actor: "juan-manuel-santos", infer: Role{Title: "former president", Of: "colombia", Inferred: RuleOfficeHolder},
	}, {
		name: "office-holder of a transliteration", text: "Rebels forced President Abd Rabu Mansour Hadi to flee.",
		actor: "abd-rabu-mansour-hadi", infer: Role{Title: "president", Of: "yemen", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: LeaderOf, Source: "abd-rabu-mansour-hadi", Target: "yemen", Modality: Actual},
	}, {
		name: "an official of the state the lexicon has him serve, not of the setting", text: "NAIROBI (Reuters) - Army chief Abdel Fattah al-Burhan denounced the plan on Sunday.",
		actor: "abdel-fattah-al-burhan", infer: Role{Title: "army chief", Of: "sudan", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: MemberOf, Source: "abdel-fattah-al-burhan", Target: "sudan", Modality: Actual},
	}, {
		name: "an official in the party of a person of a state", text: "Summit readout\nPresident Tom Baker met Prime Minister Lena Okafor of Ghana. The Prime Minister was accompanied by Foreign Secretary Ama Mensah and two aides.",
		actor: "ama-mensah", infer: Role{Title: "foreign secretary", Of: "ghana", Inferred: RuleSetting},
		rel: &Relation{Type: MemberOf, Source: "ama-mensah", Target: "ghana", Modality: Actual},
	}, {
		name: "an adviser in the party of a person advises the person", text: "Summit readout\nPresident Tom Baker met Prime Minister Lena Okafor of Ghana. The Prime Minister was accompanied by Security Adviser Ama Mensah and two aides.",
		actor: "ama-mensah", infer: Role{Title: "security adviser", Of: "lena-okafor", Inferred: RuleSetting},
		rel: &Relation{Type: AdvisorTo, Source: "ama-mensah", Target: "lena-okafor", Modality: Actual},
	}, {
		name: "an adviser in a party advises its person, whatever the lexicon says", text: "Readout\nPresident Tom Baker met Prime Minister Narendra Modi of India. The Prime Minister was accompanied by National Security Adviser Ajit Doval.",
		actor: "ajit-doval", infer: Role{Title: "national security adviser", Of: "narendra-modi", Inferred: RuleSetting},
		rel: &Relation{Type: AdvisorTo, Source: "ajit-doval", Target: "narendra-modi", Modality: Actual},
	}, {
		name: "office-holder: the relation of the office held", text: "Chancellor Rachel Reeves presented the budget on Wednesday.",
		actor: "rachel-reeves", infer: Role{Title: "chancellor", Of: "united-kingdom", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: MemberOf, Source: "rachel-reeves", Target: "united-kingdom", Modality: Actual},
	}, {
		name: "office-holder: a leader's description is the person the text named", text: "Vladimir Putin did not travel to Istanbul. Donald Trump said he would call the Russian leader soon.",
		actor: "vladimir-putin", infer: Role{Title: "leader", Of: "russia", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: LeaderOf, Source: "vladimir-putin", Target: "russia", Modality: Actual}, noStated: true,
	}, {
		name: "office-holder by the first of two surnames", text: "President Horacio Manuel Cartes Jara spoke to the nation.",
		actor: "horacio-manuel-cartes-jara", infer: Role{Title: "president", Of: "paraguay", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: LeaderOf, Source: "horacio-manuel-cartes-jara", Target: "paraguay", Modality: Actual},
	}, {
		name: "the bare title leader: the office that leads", text: "The death of longtime leader Kim Jong Il was announced on Monday.",
		actor: "kim-jong-il", infer: Role{Title: "leader", Of: "north-korea", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: LeaderOf, Source: "kim-jong-il", Target: "north-korea", Modality: Actual},
	}, {
		name: "the body of an office the text gives as principal", text: "Lena Okafor, Special Representative of the Secretary-General, said the United Nations would stay in Goma.",
		actor: "lena-okafor", infer: Role{Title: "special representative", Of: "united-nations", Inferred: RuleOfficeHolder},
		rel: &Relation{Type: EnvoyFor, Source: "lena-okafor", Target: "united-nations", Modality: Actual},
	}, {
		name: "a head of government who heads a government of its own", text: "Prime Minister Omar Saadi, who heads the Government of National Concord in Tripoli, met the envoy.",
		actor: "omar-saadi", infer: Role{Title: "prime minister", Of: "government-of-national-concord", Inferred: RuleSetting},
	}, {
		name: "an opposition leader leads no state", text: "Opposition leader Imran Khan addressed a rally on Friday.",
		actor: "imran-khan", infer: Role{Title: "opposition leader"},
	}, {
		name: "setting from a dateline", text: "WASHINGTON (Reuters) - Treasury Secretary Janet Morrow said on Monday that new measures were ready.",
		actor: "janet-morrow", infer: Role{Title: "treasury secretary", Of: "united-states", Inferred: RuleSetting},
		rel: &Relation{Type: MemberOf, Source: "janet-morrow", Target: "united-states", Modality: Actual},
	}, {
		name: "setting from the issuing body", text: "Treasury acts on oil network\nThe U.S. Treasury Department on Thursday imposed measures on ten shipping firms. Deputy Secretary Wally Adeyemo said more would follow.",
		actor: "wally-adeyemo", infer: Role{Title: "deputy secretary", Of: "united-states", Inferred: RuleSetting},
		rel: &Relation{Type: MemberOf, Source: "wally-adeyemo", Target: "united-states", Modality: Actual},
	}, {
		name: "no setting for a head of state", text: "WASHINGTON - President Ilham Korvo arrived for talks on Monday.",
		actor: "ilham-korvo", infer: Role{Title: "president"},
	}, {
		name: "no setting for a counterpart", text: "WASHINGTON - Trade Minister Abel Korvin met Commerce Secretary Gina Ravelli on Monday.",
		actor: "abel-korvin", infer: Role{Title: "trade minister"},
	}, {
		name: "no setting from a state acting", text: "Korvia acts on exports\nChina on Tuesday banned exports of two metals. Commerce Secretary Gina Ravelli said the controls would stay.",
		actor: "gina-ravelli", infer: Role{Title: "commerce secretary"},
	}, {
		name: "no setting after another state", text: "DOHA, May 2 - Qatari Foreign Minister Omar Haddad said the talks would resume. The Israeli cabinet has yet to approve the deal. Finance Minister Avi Golan said he would vote against it.",
		actor: "avi-golan", infer: Role{Title: "finance minister"},
	}, {
		name: "no setting: the state the sentence names before the title", text: "Aid talks stall\nThe envoy criticised Khalifa Haftar, who controls eastern Libya, and parliament speaker Omar Zidan for blocking the talks.",
		actor: "omar-zidan", infer: Role{Title: "parliament speaker", Of: "libya", Inferred: RuleSetting},
		rel: &Relation{Type: MemberOf, Source: "omar-zidan", Target: "libya", Modality: Actual},
	}, {
		name: "no setting: not the state that sanctions the official", text: "Travel bans\nBritain imposed travel bans on Ivan Dorokhov, the deputy defence minister, and two generals.",
		actor: "ivan-dorokhov", infer: Role{Title: "deputy defence minister"},
	}, {
		name: "the setting is not the principal of an official it sanctions", text: "LONDON, May 2 - Britain froze the assets of Ivan Dorokhov, the deputy defence minister.",
		actor: "ivan-dorokhov", infer: Role{Title: "deputy defence minister"},
	}, {
		name: "no setting and two states before the title", text: "Aid talks stall\nThe envoy said Egypt and Libya had asked parliament speaker Omar Zidan to wait.",
		actor: "omar-zidan", infer: Role{Title: "parliament speaker"},
	}, {
		name: "no setting: an envoy is sent to the state near him", text: "Envoy returns\nAfter talks in Sudan, special envoy Rob Lenz flew home on Friday.",
		actor: "rob-lenz", infer: Role{Title: "special envoy"},
	}, {
		name: "the place of a visit: the host's office", text: "Trade talks\nU.S. Trade Representative Katherine Tai traveled to Nairobi, where she met Trade Minister Lena Okafor.",
		actor: "lena-okafor", infer: Role{Title: "trade minister", Of: "kenya", Inferred: RuleSetting},
		rel: &Relation{Type: MemberOf, Source: "lena-okafor", Target: "kenya", Modality: Actual},
	}, {
		name: "a neutral venue is no one's office", text: "Peace talks\nIn Addis Ababa, South Sudan's President Salva Kiir met rebel leader Riek Machar.",
		actor: "riek-machar", infer: Role{Title: "rebel leader"},
	}, {
		name: "setting after its own body", text: "WASHINGTON - The State Department said the embassy in Khartoum would stay shut while Sudan and Chad talk. Deputy Secretary Ken Aldo said the decision would be reviewed.",
		actor: "ken-aldo", infer: Role{Title: "deputy secretary", Of: "united-states", Inferred: RuleSetting},
		rel: &Relation{Type: MemberOf, Source: "ken-aldo", Target: "united-states", Modality: Actual},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, infer := range []bool{false, true} {
				g, err := (&Parser{Stated: !infer}).Parse(context.Background(), tt.text)
				if err != nil {
					t.Fatal(err)
				}
				a := g.Actor(tt.actor)
				if a == nil {
					t.Fatalf("Infer %v: no actor %s in %v", infer, tt.actor, g.Actors())
				}
				want := tt.infer
				if !infer {
					want = Role{Title: want.Title}
				}
				if !infer && tt.noStated {
					if len(a.Roles) > 0 {
						t.Errorf("Infer false: roles of %s are %+v, want none", tt.actor, a.Roles)
					}
				} else if !slices.Contains(a.Roles, want) {
					t.Errorf("Infer %v: roles of %s are %+v, want %+v", infer, tt.actor, a.Roles, want)
				}
				inferred := 0
				for r := range g.Relations(Filter{}) {
					if r.Inferred() && r.Type != PartOf && r.Type != MeetsWith { // TestPartOf and TestCompanions check these
						inferred++
						if !infer || tt.rel == nil || r.Type != tt.rel.Type || r.Source != tt.rel.Source || r.Target != tt.rel.Target || r.Modality != tt.rel.Modality {
							t.Errorf("Infer %v: inferred relation %s, want %v", infer, r, tt.rel)
						}
						if r.Evidence[0].Rule != tt.infer.Inferred {
							t.Errorf("Infer %v: %s inferred by %q, want %q", infer, r, r.Evidence[0].Rule, tt.infer.Inferred)
						}
					}
				}
				if want := infer && tt.rel != nil; (inferred == 1) != want {
					t.Errorf("Infer %v: %d inferred relations, want one: %v", infer, inferred, want)
				}
			}
		})
	}
}

// TestInferAmbiguous checks that a surname two holders of one office share resolves only
// with the holder's given name or the document's date.
func TestInferAmbiguous(t *testing.T) {
	rows := "Ilse Vantreck\t-\tpresident\taustria\t2004\t2010\nTomas Vantreck\t-\tpresident\tslovakia\t2009\t2012\n"
	lex, err := DefaultLexicon().Extend(fstest.MapFS{"officeholders.tsv": {Data: []byte(rows)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, date, want string
	}{
		{"President Vantreck spoke to the nation.", "", ""},
		{"President Tomas Vantreck spoke to the nation.", "", "slovakia"},
		{"President Vantreck spoke to the nation.", "2006-03-01", "austria"},
		{"President Vantreck spoke to the nation.", "2011-03-01", "slovakia"},
		{"President Vantreck spoke to the nation.", "2009-03-01", ""},               // both in office
		{"Slovakia votes\nPresident Vantreck spoke to the nation.", "", "slovakia"}, // the state the text names
	} {
		p := Parser{Lexicon: lex}
		if tt.date != "" {
			p.Date, _ = time.Parse(time.DateOnly, tt.date)
		}
		text, want := tt.text, tt.want
		g, err := p.Parse(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for a := range g.Actors() {
			for _, r := range a.Roles {
				got = append(got, r.Of)
			}
		}
		if !slices.Contains(got, want) || len(got) != 1 {
			t.Errorf("%q on %q: principals %q, want only %q", text, tt.date, got, want)
		}
	}
}

// TestInferOff checks that a Parser with both inferred rules disabled parses every bundled
// article as Parser.Stated does, byte for byte: what the inferred rules note on the way
// changes nothing else, and "only what the text states" is exactly that.
func TestInferOff(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bundled articles: %v", err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var want, got bytes.Buffer
		stated, err := (&Parser{Stated: true}).Parse(context.Background(), string(text))
		if err != nil {
			t.Fatal(err)
		}
		if err := stated.WriteJSON(&want); err != nil {
			t.Fatal(err)
		}
		p := Parser{DisableRules: []string{RuleOfficeHolder, RuleSetting, RuleInstitution, RuleCompanion}}
		g, err := p.Parse(context.Background(), string(text))
		if err != nil {
			t.Fatal(err)
		}
		if err := g.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.String(), got.String()); diff != "" {
			t.Errorf("%s: with the inferred rules disabled (-Stated +DisableRules):\n%s", f, diff)
		}
	}
}

// TestFilterStated checks that Filter.Stated keeps the relations and evidence the text
// states and drops the inferred ones.
func TestFilterStated(t *testing.T) {
	g, err := (&Parser{}).Parse(context.Background(), "Prime Minister Ehud Olmert met Israeli Defence Minister Amir Peretz on Sunday.")
	if err != nil {
		t.Fatal(err)
	}
	var all, stated []string
	for r := range g.Relations(Filter{}) {
		all = append(all, r.String())
	}
	for r := range g.Relations(Filter{Stated: true}) {
		stated = append(stated, r.String())
	}
	for _, e := range g.Evidence(Filter{Stated: true}) {
		if e.Inferred() {
			t.Errorf("Evidence with Stated yields inferred evidence %+v", e)
		}
	}
	wantAll := []string{"amir-peretz member-of israel (actual)", "ehud-olmert leader-of israel (actual)", "amir-peretz meets-with ehud-olmert (actual)"}
	if diff := cmp.Diff(wantAll, all, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"amir-peretz member-of israel (actual)", "amir-peretz meets-with ehud-olmert (actual)"}, stated, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("stated relations (-want +got):\n%s", diff)
	}
}

// TestDOTDrawsInferredLighter checks that the line of an inferred relation has its type's
// colour at half opacity, and that a stated relation of the same type keeps it whole.
func TestDOTDrawsInferredLighter(t *testing.T) {
	g, err := (&Parser{}).Parse(context.Background(), "Prime Minister Ehud Olmert spoke. Russian President Vladimir Putin spoke.")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := g.WriteDOT(&b); err != nil {
		t.Fatal(err)
	}
	colour := dotTypeColor(LeaderOf)
	if n := strings.Count(b.String(), ` color="`+colour+dotInferredAlpha+`"`); n != 1 {
		t.Errorf("%d lighter leader-of lines, want 1 (Olmert's, inferred):\n%s", n, b.String())
	}
	if n := strings.Count(b.String(), ` color="`+colour+`"`); n != 1 {
		t.Errorf("%d full-colour leader-of lines, want 1 (Putin's, stated):\n%s", n, b.String())
	}
}

// TestPartOf checks RuleInstitution: an institution of a state the text names is part-of
// it, by the lexicon or by its name, with its first mention as the inferred evidence; a
// state the text does not name gets no relation and no actor, and Parser.Stated none.
func TestPartOf(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // "source part-of target"
	}{
		{"Kremlin spokesman Dmitry Peskov said Russia was ready.", []string{"kremlin part-of russia"}},
		{"Kremlin spokesman Dmitry Peskov said talks were possible.", nil},
		{"Sudan's Foreign Ministry condemned the attack, and the Chadian Defence Ministry said Chad was ready.",
			[]string{"chadian-defence-ministry part-of chad", "sudanese-foreign-ministry part-of sudan"}},
	} {
		for _, stated := range []bool{false, true} {
			g, err := (&Parser{Stated: stated}).Parse(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for r := range g.Relations(Filter{Types: []RelationType{PartOf}}) {
				got = append(got, fmt.Sprintf("%s part-of %s", r.Source, r.Target))
				if !r.Inferred() || r.Evidence[0].Rule != RuleInstitution {
					t.Errorf("%q: %s is not inferred by %s: %+v", tt.text, r, RuleInstitution, r.Evidence)
				}
			}
			want := tt.want
			if stated {
				want = nil
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%q (Stated %v): part-of (-want +got):\n%s", tt.text, stated, diff)
			}
			if g.Actor("russia") != nil && !strings.Contains(tt.text, "Russia") {
				t.Errorf("%q: an actor russia the text does not name", tt.text)
			}
		}
	}
}

// TestStateSanctions checks that the sanctions an organ of a state imposes are the state's
// too when the text names the state (GUIDELINES 6), inferred by RuleInstitution, and only
// the organ's with Parser.Stated or with the state unnamed.
func TestStateSanctions(t *testing.T) {
	for _, tt := range []struct {
		text   string
		stated bool
		want   []string // "source sanctions target (rule)"
	}{
		{"The United States warned Caracas. The Treasury Department imposed sanctions on Venezuela's oil minister, Tareck El Aissami.", false,
			[]string{"treasury-department sanctions tareck-el-aissami (noun-object)", "united-states sanctions tareck-el-aissami (institution)"}},
		{"The United States warned Caracas. The Treasury Department imposed sanctions on Venezuela's oil minister, Tareck El Aissami.", true,
			[]string{"treasury-department sanctions tareck-el-aissami (noun-object)"}},
		{"The Treasury Department imposed sanctions on Venezuela's oil minister, Tareck El Aissami.", false,
			[]string{"treasury-department sanctions tareck-el-aissami (noun-object)"}},
	} {
		g, err := (&Parser{Stated: tt.stated}).Parse(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for r := range g.Relations(Filter{Types: []RelationType{Sanctions}}) {
			got = append(got, fmt.Sprintf("%s sanctions %s (%s)", r.Source, r.Target, r.Evidence[0].Rule))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (Stated %v): sanctions (-want +got):\n%s", tt.text, tt.stated, diff)
		}
	}
}

// TestPartOfPath checks that part-of links an institution's people to its state's: in a
// story of the seed article's shape, the Kremlin's spokesperson and a U.S. envoy are
// connected through the Kremlin's part in Russia.
func TestPartOfPath(t *testing.T) {
	text := "The Kremlin wants a summit. Kremlin spokesperson Dmitry Peskov said on Monday that no date had been set.\n" +
		"Keith Kellogg, the special envoy for the future U.S. President Donald Trump, said Trump was ready to hold talks with Russia."
	g, err := Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	path, err := g.Path("Kellogg", "Peskov", Filter{})
	if err != nil {
		t.Fatalf("Path(Kellogg, Peskov): %v", err)
	}
	var hops []string
	for _, h := range path {
		hops = append(hops, h.To.ID)
	}
	if !slices.Contains(hops, "kremlin") || !slices.Contains(hops, "russia") {
		t.Errorf("path %v does not run through the Kremlin and Russia", hops)
	}
	// Only what the text states has no part-of, and so no path.
	stated, err := (&Parser{Stated: true}).Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stated.Path("Kellogg", "Peskov", Filter{}); !errors.Is(err, ErrNoPath) {
		t.Errorf("Stated: Path(Kellogg, Peskov) error %v, want ErrNoPath", err)
	}
}
