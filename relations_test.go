package actorgraph

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestRelationTypesAndModalities(t *testing.T) {
	for _, tc := range []struct {
		name  string
		list  func() []string
		spoil func() // changes a slice that the function returned
		want  []string
	}{
		{"RelationTypes", func() []string { return strs(RelationTypes()) }, func() { RelationTypes()[0] = "bogus" },
			[]string{"envoy-for", "advisor-to", "spokesperson-for", "leader-of", "member-of", "negotiates-with",
				"meets-with", "contacts", "at-war-with", "sanctions", "supports", "opposes", "part-of"}},
		{"Modalities", func() []string { return strs(Modalities()) }, func() { Modalities()[0] = "bogus" },
			[]string{"actual", "planned", "possible", "negated"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.list()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			tc.spoil()
			if diff := cmp.Diff(tc.want, tc.list()); diff != "" {
				t.Errorf("after changing a returned slice (-want +got)\n%s", diff)
			}
		})
	}
}

// strs converts a list of string-based values to strings.
func strs[S ~[]E, E ~string](s S) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = string(v)
	}
	return out
}

func TestRelationTypeMethods(t *testing.T) {
	type props struct {
		Valid, Symmetric bool
		Description      string
		Colour           string
	}
	for _, tc := range []struct {
		typ  RelationType
		want props
	}{
		{EnvoyFor, props{true, false, "envoy → principal", "#6a3d9a"}},
		{NegotiatesWith, props{true, true, "party ↔ party", "#006d2c"}},
		{MeetsWith, props{true, true, "participant ↔ participant", "#35978f"}},
		{AtWarWith, props{true, true, "belligerent ↔ belligerent", "#a50f15"}},
		{Contacts, props{true, false, "caller → callee", "#636363"}},
		{"", props{false, false, "", "#000000"}},
		{"Meets-With", props{false, false, "", "#000000"}},
	} {
		t.Run(string(tc.typ), func(t *testing.T) {
			got := props{tc.typ.Valid(), tc.typ.Symmetric(), tc.typ.Description(), dotTypeColor(tc.typ)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestModalityMethods(t *testing.T) {
	type props struct {
		Valid       bool
		Description string
		DOTStyle    string
	}
	for _, tc := range []struct {
		m    Modality
		want props
	}{
		{Actual, props{true, "stated as fact", `color="c"`}},
		{Planned, props{true, "announced, intended or expected", `color="c", style=dashed`}},
		{Possible, props{true, "hedged: might, could, does not rule out", `color="c", style=dotted`}},
		{Negated, props{true, "denied, not yet, did not", `color="c:white:c"`}},
		{"maybe", props{false, "", `color="c"`}},
	} {
		t.Run(string(tc.m), func(t *testing.T) {
			got := props{tc.m.Valid(), tc.m.Description(), dotModalityStyle(tc.m, "c")}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestDocsListRelationTypes checks that the README's table of relation types and doc.go's
// lists say what relationTable and modalityTable declare.
func TestDocsListRelationTypes(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, rt := range RelationTypes() {
		want = append(want, "`"+string(rt)+"` | "+rt.Description())
	}
	for _, m := range regexp.MustCompile("(?m)^\\| (`[a-z-]+` \\| [^|]*[^ |]) \\|").FindAllStringSubmatch(string(readme), -1) {
		if RelationType(strings.Trim(strings.Fields(m[1])[0], "`")).Valid() {
			got = append(got, m[1])
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("README.md's relation table: (-want +got)\n%s", diff)
	}

	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for line := range strings.Lines(string(src)) {
		text = append(text, strings.TrimSpace(strings.TrimPrefix(line, "//")))
	}
	doc := strings.Join(text, " ")
	for _, list := range []string{
		"(" + strings.Join(strs(RelationTypes()), ", ") + ")",
		"(" + strings.Join(strs(Modalities()), ", ") + ")",
	} {
		if !strings.Contains(doc, list) {
			t.Errorf("doc.go does not list %s", list)
		}
	}
}

// TestEvidenceWords checks that Words returns the span's words when Text holds them and
// "" when it cannot, as for JSON written before sentence_start existed.
func TestEvidenceWords(t *testing.T) {
	text := "Later, Putin met Trump in Alaska."
	tests := []struct {
		name string
		e    Evidence
		want string
	}{
		{"in the sentence", Evidence{SentenceStart: 100, Span: Span{Start: 107, End: 122}, Text: text}, "Putin met Trump"},
		{"no text", Evidence{SentenceStart: 100, Span: Span{Start: 107, End: 122}}, ""},
		{"no sentence start, span past the text", Evidence{Span: Span{Start: 107, End: 122}, Text: text}, ""},
		{"span before the sentence", Evidence{SentenceStart: 100, Span: Span{Start: 90, End: 122}, Text: text}, ""},
	}
	for _, tt := range tests {
		if got := tt.e.Words(); got != tt.want {
			t.Errorf("%s: Words() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestReadJSONWithoutSentenceStart reads a graph written before "sentence_start"
// existed: its evidence lies past the sentence text from offset 0, and must still read.
func TestReadJSONWithoutSentenceStart(t *testing.T) {
	const old = `{"actors": [{"id": "a", "name": "A", "kind": "person"}, {"id": "b", "name": "B", "kind": "person"}],
"relations": [{"type": "meets-with", "source": "a", "target": "b", "modality": "actual",
"evidence": [{"doc": "x.txt", "sentence": 3, "start": 120, "end": 127, "text": "A met B.", "rule": "verb"}]}]}`
	g, err := ReadJSON(strings.NewReader(old))
	if err != nil {
		t.Fatalf("ReadJSON: %v", err)
	}
	for r := range g.Relations(Filter{}) {
		if w := r.Evidence[0].Words(); w != "" {
			t.Errorf("Words() = %q, want \"\" without a sentence start", w)
		}
	}
}

// TestEvidenceWordsInvalidUTF8 checks that Words gives nothing rather than shifted bytes
// when invalid UTF-8 before the words became U+FFFD in Text, three bytes for one.
func TestEvidenceWordsInvalidUTF8(t *testing.T) {
	g := parseText(t, "On Friday \xff\xfe\xfd President Donald Trump met Russian President Vladimir Putin in Alaska.")
	n := 0
	for r := range g.Relations(Filter{}) {
		for _, e := range r.Evidence {
			n++
			if w := e.Words(); w != "" && !strings.Contains(e.Text, w) {
				t.Errorf("Words() = %q, not in the sentence %q", w, e.Text)
			} else if w != "" && !utf8.ValidString(w) {
				t.Errorf("Words() = %q, invalid UTF-8", w)
			} else if w != "" {
				t.Errorf("Words() = %q after U+FFFD in %q, want \"\"", w, e.Text)
			}
		}
	}
	if n == 0 {
		t.Fatal("no evidence")
	}
}
