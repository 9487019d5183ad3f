package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// stage is a stage of the pipeline that reads one sentence, for stagesOf.
type stage int

const (
	stageMentions stage = iota // tagItems: items
	stageRefs                  // buildRefs: refs
	stageRoles                 // linkRoles: appositives and principals
	stageCoref                 // resolveRefs: actors
	stageFrames                // findRelations: relations
)

// readStages reads text with the options of the zero Parser as Doc.Run does, and returns the
// document's state, for the caller to release, with each sentence's String after stage
// upTo. Every stage runs on every sentence, so that what a sentence shows after upTo
// depends on the sentences before it as in a parse. The stages are listed here as run
// lists them; TestStagesReadAsParse checks that the two agree.
func readStages(t *testing.T, text string, upTo stage) (*Doc, []string) {
	t.Helper()
	return readStagesWith(t, text, upTo, defaultOptions)
}

// readStagesWith is readStages with the options opt.
func readStagesWith(t *testing.T, text string, upTo stage, opt Options) (*Doc, []string) {
	t.Helper()
	st := newTestDocWith(text, opt)
	if err := st.segment(context.Background()); err != nil {
		t.Fatal(err)
	}
	ss := &st.sent
	ss.Doc, ss.infos = st, st.lex.infos
	var got []string
	for n, s := range st.sents {
		first := st.skipDateline(s)
		st.match.find(st.lex, &st.tk, s.first, s.last)
		ss.n = n
		ss.keepLastRefs() // as Run; and String shows none of the last sentence's with these items
		ss.items = tagger{Doc: st, first: first, last: s.last, headline: st.headline[n]}.tagItems(ss.items[:0])
		for k, read := range [...]func(){
			stageMentions: func() {},
			stageRefs:     func() { ss.refs = ss.buildRefs(ss.refs[:0]) },
			stageRoles:    ss.linkRoles,
			stageCoref:    func() { ss.resolveRefs(); ss.noteBody(); ss.noteSetting(first) },
			stageFrames:   ss.findRelations,
		} {
			read()
			if stage(k) == upTo {
				got = append(got, ss.String())
			}
		}
	}
	st.collectivePrincipals() // after the last sentence, as Run
	st.inferPrincipals()
	st.inferInstitutions()
	return st, got
}

// stagesOf returns the String of each sentence of text after stage upTo.
func stagesOf(t *testing.T, text string, upTo stage) []string {
	t.Helper()
	st, got := readStages(t, text, upTo)
	st.Forget()
	return got
}

// unmark returns the text an expected String was made from: its first line without the
// marks "⟦", "⟨" and "|LABEL⟧", "|LABEL⟩".
func unmark(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	var b strings.Builder
	inLabel := 0 // how many labels are open: a label holds no marks, so 0 or 1
	for _, r := range s {
		switch {
		case r == '⟦' || r == '⟨':
		case r == '|':
			inLabel++
		case r == '⟧' || r == '⟩':
			inLabel--
		case inLabel == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// checkStage runs the table of one stage: each case is the Strings its sentences should
// have after the stage, and its input is them unmarked, joined by spaces.
func checkStage(t *testing.T, upTo stage, tests []stageTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var text []string
			for _, w := range tt.want {
				text = append(text, unmark(w))
			}
			got := stagesOf(t, strings.Join(text, " "), upTo)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("after stage %d (-want +got):\n%s", upTo, diff)
			}
		})
	}
}

// stageTest is a case of a per-stage table: the sentences as String should show them.
type stageTest struct {
	name string
	want []string
}

// TestStagesReadAsParse checks that readStages reads a document as Run does: the two
// find the same actors, relations, evidence, mentions, aliases and roles for each bundled
// article.
func TestStagesReadAsParse(t *testing.T) {
	for name, text := range bundledArticles(t) {
		for _, opt := range []Options{defaultOptions, inferOptions} {
			t.Run(fmt.Sprintf("%s/infer=%v", name, opt.Disabled == 0), func(t *testing.T) {
				d := newTestDocWith(text, opt)
				defer d.Forget()
				if err := d.Run(context.Background()); err != nil {
					t.Fatal(err)
				}
				st, _ := readStagesWith(t, text, stageFrames, opt)
				defer st.Forget()
				if diff := cmp.Diff(found(d), found(st)); diff != "" {
					t.Errorf("readStages and Run differ (-Run +readStages):\n%s", diff)
				}
			})
		}
	}
}

// found returns what the stages found in d, one sorted line each.
func found(d *Doc) []string {
	var lines []string
	for id, a := range d.actors {
		lines = append(lines, fmt.Sprintf("actor %s %+v", id, *a))
	}
	for _, r := range d.Relations() {
		lines = append(lines, "relation "+r.String())
	}
	for _, v := range d.Evidence.vals {
		lines = append(lines, fmt.Sprintf("evidence %s %+v", v.owner, v.val))
	}
	for _, v := range d.Mentions.vals {
		lines = append(lines, fmt.Sprintf("mention %s %+v", v.owner.ID, v.val))
	}
	for _, v := range d.Aliases.vals {
		lines = append(lines, fmt.Sprintf("alias %s %q", v.owner.ID, v.val))
	}
	for _, v := range d.Roles.vals {
		lines = append(lines, fmt.Sprintf("role %s %+v", v.owner.ID, v.val))
	}
	slices.Sort(lines)
	return lines
}

// TestUnmark checks that unmark undoes String's marks and keeps the text between them.
func TestUnmark(t *testing.T) {
	tests := []struct{ in, want string }{
		{"⟦⟦Kremlin|#0 organization⟧ spokesman Dmitry Peskov|#1 person of=#0⟧ said.\n  a b c", "Kremlin spokesman Dmitry Peskov said."},
		{"⟦Russia|#0 country⟧'s ⟨envoy|title=\"envoy\"⟩ (left)", "Russia's envoy (left)"},
	}
	for _, tt := range tests {
		if got := unmark(tt.in); got != tt.want {
			t.Errorf("unmark(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStageMentions checks the items of the mentions stage: lexicon phrases with their
// values (entities, titles, triggers, cues), and names found by their shape.
func TestStageMentions(t *testing.T) {
	checkStage(t, stageMentions, []stageTest{
		{"a title before a name", []string{
			`⟨Kremlin|org=kremlin⟩ ⟨spokesman|title="spokesman"⟩ ⟨Dmitry Peskov|name=person⟩ said ⟨Russia|country=russia⟩ ⟨would|cue=planned⟩ respond.`,
		}},
		{"demonym, capitals and cues", []string{
			`⟨Chinese|demonym=china⟩ officials said ⟨Beijing|capital=china⟩ ⟨would|cue=planned⟩ ⟨not|cue=negated⟩ attend the ⟨Doha|capital=qatar⟩ ⟨talks|noun=negotiates-with⟩.`,
		}},
		{"a trigger both noun and verb", []string{
			`The ⟨sanctions|noun=sanctions verb=sanctions⟩ were imposed by the ⟨European Union|org=european-union⟩ on ⟨Iran|country=iran⟩.`,
		}},
		{"an organization by its shape, naming its state", []string{
			`Leaders of the ⟨Moldovan Workers Party|name=organization in=moldova⟩ ⟨met|verb=meets-with⟩ ⟨Kaja Kallas|name=person⟩.`,
		}},
	})
}

// TestStageRefs checks how the refs stage groups items into refs: a title with its
// principal and name, possessives, "whose", former and deputy titles, class nouns.
func TestStageRefs(t *testing.T) {
	checkStage(t, stageRefs, []stageTest{
		{"a principal, a title and a name", []string{
			`⟦⟦Kremlin|#0 organization =kremlin⟧ spokesman Dmitry Peskov|#1 person title="spokesman" of=#0 alias="Dmitry Peskov"⟧ said ⟦Russia|#2 country =russia⟧ ⟨would|cue=planned⟩ respond.`,
		}},
		{"a possessive description", []string{
			`⟦⟦Russia|#0 country =russia⟧'s foreign minister|#1 person title="foreign minister" of=#0 desc⟧ arrived in ⟨Ankara|capital=turkey⟩.`,
		}},
		{"former and deputy", []string{
			`⟦Former President Donald Trump|#0 person title="president" former alias="Donald Trump"⟧ ⟨called|verb=contacts verb=opposes verb=supports⟩ ⟦Deputy Prime Minister Yulia Svyrydenko|#1 person title="deputy prime minister" alias="Yulia Svyrydenko"⟧.`,
		}},
		{"whose names the principal", []string{
			`⟦Germany|#0 country =germany⟧, ⟦⟦whose|#1 country same=#0 indefinite⟧ foreign minister Annalena Baerbock|#2 person title="foreign minister" of=#1 alias="Annalena Baerbock"⟧ arrived later, ⟨pledged|cue=planned⟩ ⟨aid|noun=supports⟩.`,
		}},
		{"a class noun", []string{
			`⟦Hamas|#0 organization =hamas⟧ said its fighters ⟨would|cue=planned⟩ leave.`,
			`⟦The group|#0 group class alias="group"⟧ made ⟨no|cue=negated⟩ other comment.`,
		}},
		{"unnamed collectives: modifiers and a head", []string{
			`⟦Several ethnic armed groups|#0 group unnamed alias="ethnic armed groups"⟧ ⟨met|verb=meets-with⟩ ⟦⟦Thai|#1 country =thailand⟧-backed rebels|#2 group unnamed⟧.`,
		}},
		{"an unnamed collective alone after the, and one that describes a name", []string{
			`⟦Chad|#0 country =chad⟧ ⟨met|verb=meets-with⟩ ⟦the opposition|#1 group unnamed alias="opposition"⟧ and ⟦the opposition Union Party|#2 organization alias="Union Party"⟧.`,
		}},
	})
}

// TestStageRoles checks what the roles stage adds to refs: the name an appositive or a
// relative clause describes (same) and the principal after "of" or "for" (of).
func TestStageRoles(t *testing.T) {
	checkStage(t, stageRoles, []stageTest{
		{"an appositive with a topic, not a principal", []string{
			`⟦Keith Kellogg|#0 person⟧, ⟦the special envoy|#1 person title="special envoy" same=#0 desc⟧ for ⟦Ukraine|#2 country =ukraine prep=for⟧, ⟨met|verb=meets-with⟩ ⟦Andriy Yermak|#3 person⟧.`,
		}},
		{"a possessive appositive", []string{
			`⟦Michael Waltz|#0 person⟧, ⟦⟦Trump|#1⟧'s national security advisor|#2 person title="national security advisor" of=#1 same=#0 desc⟧, ⟨praised|verb=supports⟩ ⟦him|#3 person pronoun⟧.`,
		}},
		{"who serves as", []string{
			`⟦Mark Rutte|#0 person⟧, who serves as ⟦⟦NATO|#1 organization =nato prep=as⟧ secretary general|#2 person title="secretary general" of=#1 same=#0 prep=as desc⟧, ⟨visited|verb=meets-with⟩ ⟨Kyiv|capital=ukraine⟩.`,
		}},
		{"a principal after of", []string{
			`⟦Antonio Guterres|#0 person⟧, ⟦the secretary-general|#1 person title="secretary-general" of=#2 same=#0 desc⟧ of ⟦the United Nations|#2 organization =united-nations prep=of alias="United Nations"⟧, ⟨spoke|verb=contacts⟩.`,
		}},
	})
}

// TestStageCoref checks the actors coreference gives refs, across sentences: pronouns,
// surnames, descriptions and class nouns, and the roles it records as relations.
func TestStageCoref(t *testing.T) {
	checkStage(t, stageCoref, []stageTest{
		{"a pronoun in the next sentence", []string{
			`⟦⟦Kremlin|#0 organization =kremlin →kremlin⟧ spokesman Dmitry Peskov|#1 person title="spokesman" of=#0 alias="Dmitry Peskov" →dmitry-peskov⟧ ⟨spoke|verb=contacts⟩ to reporters.
  dmitry-peskov spokesperson-for kremlin (actual) by role: "Kremlin spokesman Dmitry Peskov"`,
			`⟦He|#0 person pronoun →dmitry-peskov⟧ said ⟦Russia|#1 country =russia →russia⟧ ⟨would|cue=planned⟩ respond.`,
		}},
		{"a surname alone", []string{
			`⟦Emmanuel Macron|#0 person →emmanuel-macron⟧ ⟨met|verb=meets-with⟩ ⟦Olaf Scholz|#1 person →olaf-scholz⟧.`,
			`⟦Macron|#0 →emmanuel-macron⟧ later ⟨called|verb=contacts verb=opposes verb=supports⟩ ⟦Joe Biden|#1 person →joe-biden⟧.`,
		}},
		{"a description of the title's last holder", []string{
			`⟦President-elect Donald Trump|#0 person title="president-elect" alias="Donald Trump" →donald-trump⟧ won the vote.`,
			`⟦The President-elect|#0 person title="president-elect" desc →donald-trump⟧ named ⟦Marco Rubio|#1 person →marco-rubio⟧.`,
		}},
		{"a description nobody held is left alone", []string{
			`⟦Donald Trump|#0 person →donald-trump⟧ won the vote.`,
			`⟦The President-elect|#0 person title="president-elect" desc⟧ named ⟦Marco Rubio|#1 person →marco-rubio⟧.`,
		}},
		{"a class noun", []string{
			`⟦Hamas|#0 organization =hamas →hamas⟧ said its fighters ⟨would|cue=planned⟩ leave.`,
			`⟦The group|#0 group class alias="group" →hamas⟧ made ⟨no|cue=negated⟩ other comment.`,
		}},
	})
}

// TestStageFrames checks the relations the frames stage reads: verbs with their objects,
// plural subjects ("the two leaders", "they"), the passive, negation, relative clauses.
func TestStageFrames(t *testing.T) {
	checkStage(t, stageFrames, []stageTest{
		{"the two leaders, and they", []string{
			`⟦Xi Jinping|#0 person →xi-jinping⟧ ⟨met|verb=meets-with⟩ ⟦Vladimir Putin|#1 person prep=(object) →vladimir-putin⟧ in ⟨Moscow|capital=russia⟩.
  vladimir-putin meets-with xi-jinping (actual) by verb: "Xi Jinping met Vladimir Putin"`,
			`The two leaders ⟨signed|verb=negotiates-with⟩ a trade pact.
  vladimir-putin negotiates-with xi-jinping (actual) by verb: "signed"`,
			`They also ⟨condemned|verb=opposes⟩ ⟦NATO|#0 organization =nato prep=(object) →nato⟧.
  xi-jinping opposes nato (actual) by verb: "condemned NATO"
  vladimir-putin opposes nato (actual) by verb: "condemned NATO"`,
		}},
		{"the passive", []string{
			`⟦Israel|#0 country =israel →israel⟧ was ⟨attacked|verb=at-war-with⟩ by ⟦Hamas|#1 organization =hamas prep=by →hamas⟧.
  hamas at-war-with israel (actual) by passive: "Israel was attacked by Hamas"`,
		}},
		{"negation", []string{
			`⟦Iran|#0 country =iran →iran⟧ did ⟨not|cue=negated⟩ ⟨meet|verb=meets-with⟩ ⟦the United States|#1 country =united-states prep=(object) alias="United States" →united-states⟧.
  iran meets-with united-states (negated) by verb: "Iran did not meet the United States"`,
		}},
		{"a relative clause and the main clause", []string{
			`⟦Iran|#0 country =iran →iran⟧, which ⟨backs|verb=supports⟩ ⟦Hezbollah|#1 organization =hezbollah prep=(object) →hezbollah⟧, ⟨condemned|verb=opposes⟩ ⟦Israel|#2 country =israel prep=(object) →israel⟧.
  iran supports hezbollah (actual) by verb: "Iran, which backs Hezbollah"
  iran opposes israel (actual) by verb: "Iran, which backs Hezbollah, condemned Israel"`,
		}},
		{"an appositive's actor, and a pronoun object", []string{
			`⟦Michael Waltz|#0 person →michael-waltz⟧, ⟦⟦Trump|#1 →trump⟧'s national security advisor|#2 person title="national security advisor" of=#1 same=#0 desc →michael-waltz⟧, ⟨praised|verb=supports⟩ ⟦him|#3 person prep=(object) pronoun →trump⟧.
  michael-waltz advisor-to trump (actual) by role: "Michael Waltz, Trump's national security advisor"
  michael-waltz supports trump (actual) by verb: "Trump's national security advisor, praised him"`,
		}},
	})
}
