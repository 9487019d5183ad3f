package actorgraph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/safetext"
	"github.com/google/go-cmp/cmp"
)

// fuzzParseSeeds are inputs for FuzzParse besides the bundled articles and the files
// under testdata/fuzz/FuzzParse: the shapes of news text and the bytes that break parsers.
var fuzzParseSeeds = []string{
	"",
	"U.S. President Donald Trump said on Monday he would meet Russian President Vladimir Putin in Budapest.",
	"Kremlin spokesman Dmitry Peskov said preparations had begun. Trump's envoy Steve Witkoff will travel to Moscow.",
	"Michael Waltz, Trump's national security advisor, met Ukrainian President Volodymyr Zelenskiy (the former actor) on Friday.",
	"Talks between Israel, Hamas and Qatar did not resume, a U.S. official said.\n\nNETANYAHU VOWS TO PRESS ON\nJERUSALEM (Reuters) - Netanyahu said.",
	"The Putin-Trump meeting was called off. Russia's war against Ukraine went on. Lee plans to call Kim Jong Un.",
	"Vladimir\u200bPutin met Donald\u202eTrump\u202c. \ufeffSergei Lavrov spoke to Marco\u00adRubio.",
	"\u0420utin met Putin. Р\u0443тин said.",
	"Abdel Fattah al-Sisi met Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, in Doha.",
	"bad\xffutf8 \xe2\x80 Trump\xff met\x00Putin\x01.\r\nNUL\x00 ; Mr. J. D. Vance , the vice president of the U.S., said.",
	"\"Trump,\" he said. 'Putin!' (Zelenskiy?) [Xi] \u2026 Macron\u2026 Merz.",
	"Mr.", "U.S.", "J.", "'s", "’s Trump's", "a.", "1.5 2,000 24-hour 1st",
	`Officials said X" -> "Y met "]; node [label="pwned <b>html</b> \N and Putin.`,
	strings.Repeat("Trump, ", 200) + "met.",
	strings.Repeat("the envoy of ", 50) + "Russia.",
}

// parseOK reports whether err is an acceptable result of parsing hostile input with a
// live context: none, a *LimitError or a *NotTextError.
func parseOK(err error) bool {
	var le *LimitError
	var nt *NotTextError
	return err == nil || errors.As(err, &le) || errors.As(err, &nt)
}

// verifySpans checks the spans of a graph parsed from text: every mention and evidence
// span non-empty, inside the text and on character boundaries; every mention's text one
// of its actor's aliases once white space is collapsed; every evidence span inside its
// sentence, which is evidence's Text; and no alias or name holding a control, format
// (zero-width, bidi, BOM) or invalid UTF-8 character.
func verifySpans(t *testing.T, text string, g *Graph) {
	t.Helper()
	boundary := func(i int) bool { return validRuneStart(text, i) }
	if !utf8.ValidString(text) {
		// A stray continuation byte is a character of its own: boundaries are where
		// decoding steps, as the tokenizer does.
		at := make(map[int]bool)
		for i := 0; i < len(text); {
			at[i] = true
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		at[len(text)] = true
		boundary = func(i int) bool { return at[i] }
	}
	ok := func(s Span) bool {
		return 0 <= s.Start && s.Start < s.End && s.End <= len(text) && boundary(s.Start) && boundary(s.End)
	}
	for a := range g.Actors() {
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			if bad := hiddenRune(s); bad >= 0 {
				t.Errorf("actor %q: name or alias %q holds %U", a.ID, s, bad)
			}
		}
		for _, m := range a.Mentions {
			if !ok(m.Span) {
				t.Errorf("actor %q: bad mention span %v in %d bytes", a.ID, m.Span, len(text))
				continue
			}
			surface := safetext.Line(text[m.Start:m.End])
			if !containsString(a.Aliases, surface) {
				t.Errorf("actor %q: mention %v %q is not among its aliases %q", a.ID, m.Span, surface, a.Aliases)
			}
		}
	}
	for r := range g.Relations(Filter{}) {
		for _, e := range r.Evidence {
			if !ok(e.Span) || !inSentence(text, e) || !utf8.ValidString(e.Text) {
				t.Errorf("%s %s %s: bad evidence span %v (sentence %q) in %d bytes", r.Source, r.Type, r.Target, e.Span, e.Text, len(text))
			}
		}
	}
}

// inSentence reports whether e.Text occurs in text at an offset where it covers e.Span;
// for text that is not valid UTF-8, in which evidence holds U+FFFD for each bad byte,
// whether e.Text holds the span's text so repaired.
func inSentence(text string, e Evidence) bool {
	if e.Text == "" {
		return false
	}
	if !utf8.ValidString(text) {
		return strings.Contains(e.Text, safetext.ValidUTF8(text[e.Start:e.End]))
	}
	for off := 0; ; {
		i := strings.Index(text[off:], e.Text)
		if i < 0 {
			return false
		}
		start := off + i
		if start <= e.Start && e.End <= start+len(e.Text) {
			return true
		}
		off = start + 1
		if start >= e.Start {
			return false
		}
	}
}

// hiddenRune returns the first control, format or invalid character of s, or -1.
func hiddenRune(s string) rune {
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return r
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return r
		}
	}
	return -1
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// FuzzParse checks that no input makes the parser panic or fail with anything but a
// limit error, that every span it reports is sound, that its JSON reads back to an equal
// graph and that parsing twice gives the same bytes.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzParseSeeds {
		f.Add(s)
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	var p Parser
	f.Fuzz(func(t *testing.T, text string) {
		ctx := context.Background()
		g, err := p.ParseDoc(ctx, "fuzz.txt", text)
		if !parseOK(err) {
			t.Fatalf("ParseDoc: %v", err)
		}
		if err != nil {
			return
		}
		verifySpans(t, text, g)

		js := writeJSON(t, g)
		back, err := ReadJSON(bytes.NewReader(js))
		if err != nil {
			t.Fatalf("ReadJSON of WriteJSON: %v\n%s", err, js)
		}
		if diff := cmp.Diff(snap(g), snap(back), equateEmpty); diff != "" {
			t.Fatalf("JSON round trip changed the graph (-parsed +reread):\n%s", diff)
		}
		if again := writeJSON(t, back); !bytes.Equal(js, again) {
			t.Fatalf("JSON round trip changed the bytes:\n%s", cmp.Diff(string(js), string(again)))
		}

		g2, err := p.ParseDoc(ctx, "fuzz.txt", text)
		if err != nil {
			t.Fatalf("second ParseDoc: %v", err)
		}
		if js2 := writeJSON(t, g2); !bytes.Equal(js, js2) {
			t.Fatalf("a second parse gave other JSON:\n%s", cmp.Diff(string(js), string(js2)))
		}
		checkDOTShape(t, writeDOT(t, g), g)
	})
}

// FuzzWriteDOT builds graphs whose names, roles, countries, documents and sentences are
// fuzzed and checks that WriteDOT keeps its structure: the statements, attributes and
// nesting are those of the same graph with harmless placeholders for the fuzzed strings;
// there is one node statement per actor and one edge per relation; every string is closed;
// and a second write gives the same bytes. Whether Graphviz agrees is checked by
// TestWriteDOTFuzzSeeds, with dot.
func FuzzWriteDOT(f *testing.F) {
	for i, s := range hostileNames {
		f.Add(s, hostileNames[(i+1)%len(hostileNames)], "Said: "+s)
	}
	f.Add("Donald Trump", "president", "U.S. President Donald Trump met Putin.")
	f.Fuzz(func(t *testing.T, name, title, sentence string) {
		g := fuzzDOTGraph(name, title, sentence)
		out := writeDOT(t, g)
		checkDOTShape(t, out, g)
		if again := writeDOT(t, g); !bytes.Equal(out, again) {
			t.Fatalf("second WriteDOT differs")
		}
		got, err := dotSkeleton(out)
		if err != nil {
			t.Fatal(err)
		}
		want, err := dotSkeleton(writeDOT(t, fuzzDOTGraph(placeholders(name, title, sentence))))
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("fuzzed strings changed the DOT structure (-placeholders +fuzzed):\n%s\n%s", cmp.Diff(want, got), out)
		}
	})
}

// placeholders returns a harmless stand-in for each string: "" for "", and otherwise
// "p0", "p1", … with equal strings getting equal stand-ins.
func placeholders(ss ...string) (string, string, string) {
	seen := map[string]string{"": ""}
	out := make([]string, len(ss))
	for i, s := range ss {
		if _, ok := seen[s]; !ok {
			seen[s] = fmt.Sprintf("p%d", len(seen)-1)
		}
		out[i] = seen[s]
	}
	return out[0], out[1], out[2]
}

// fuzzDOTGraph puts fuzzed strings everywhere WriteDOT writes text: names (also empty,
// so that the ID is the label), roles and their principals, countries, and evidence
// sentences. IDs are fixed so that the order of nodes does not depend on the strings.
func fuzzDOTGraph(name, title, sentence string) *Graph {
	return buildGraph([]*Actor{
		{ID: "a", Name: name, Kind: Person, Roles: []Role{{Title: title, Of: "b"}, {Title: name, Of: name}}},
		{ID: "b", Name: "B " + title, Kind: Organization, Country: name},
		{ID: "e", Name: "", Kind: Group, Country: sentence},
		{ID: "c", Name: sentence, Kind: Country},
		{ID: "d", Name: name + title},
	}, []*Relation{
		{Type: MemberOf, Source: "a", Target: "b", Modality: Actual, Evidence: []Evidence{{Doc: name, Text: sentence}}},
		{Type: MeetsWith, Source: "c", Target: "a", Modality: Negated, Evidence: []Evidence{{Text: name}, {Text: title, Sentence: 1}}},
		{Type: Opposes, Source: "e", Target: "c", Modality: Planned},
		{Type: Supports, Source: "d", Target: "d", Modality: Possible, Evidence: []Evidence{{Text: title}}},
	})
}

// dotSkeleton returns the tokens of DOT source, one a line, with every quoted string
// replaced by "S": the structure that strings must not change.
func dotSkeleton(src []byte) (string, error) {
	toks, err := lexDOT(string(src))
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, tok := range toks {
		if tok.quoted {
			sb.WriteString(`"S"`)
		} else {
			sb.WriteString(tok.text)
		}
		sb.WriteByte('\n')
	}
	return sb.String(), nil
}

// dotToken is a token of the DOT language as Graphviz reads it: an ID, a double-quoted
// string (with its quotes), an HTML string, "->" or one of { } [ ] ; , =.
type dotToken struct {
	text   string
	quoted bool // a double-quoted or HTML string
}

// lexDOT splits DOT source into tokens as Graphviz's scanner does, for the subset WriteDOT
// writes: IDs of letters, digits, '_' and '.', quoted strings in which a backslash escapes
// the next byte, HTML strings in balanced angle brackets, "->" and punctuation. Any other
// byte outside a string, or a string that does not end, is an error.
func lexDOT(src string) ([]dotToken, error) {
	var toks []dotToken
	isID := func(c byte) bool {
		return c == '_' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case strings.IndexByte("{}[];,=", c) >= 0:
			toks = append(toks, dotToken{text: src[i : i+1]})
			i++
		case strings.HasPrefix(src[i:], "->"):
			toks = append(toks, dotToken{text: "->"})
			i += 2
		case isID(c):
			j := i
			for j < len(src) && isID(src[j]) {
				j++
			}
			toks = append(toks, dotToken{text: src[i:j]})
			i = j
		case c == '"':
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\\' {
					j++
				}
			}
			if j >= len(src) {
				return nil, fmt.Errorf("string at %d does not end", i)
			}
			toks = append(toks, dotToken{text: src[i : j+1], quoted: true})
			i = j + 1
		case c == '<':
			depth, j := 0, i
			for ; j < len(src); j++ {
				if src[j] == '<' {
					depth++
				} else if src[j] == '>' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if j >= len(src) {
				return nil, fmt.Errorf("HTML string at %d does not end", i)
			}
			toks = append(toks, dotToken{text: src[i : j+1], quoted: true})
			i = j + 1
		default:
			return nil, fmt.Errorf("unexpected byte %q at %d", c, i)
		}
	}
	return toks, nil
}

// dotActorNode matches the node IDs WriteDOT gives actors.
var dotActorNode = regexp.MustCompile(`^n[0-9]+$`)

// checkDOTShape checks the structure of WriteDOT's output without Graphviz: valid UTF-8,
// no control bytes but newlines and tabs, every string closed, and statements that declare
// exactly the nodes n0 … n(N-1), once each with no attribute given twice, and one edge
// between such nodes per relation. Text that escaped its string would add tokens, and so
// statements, nodes, edges or attributes.
func checkDOTShape(t *testing.T, out []byte, g *Graph) {
	t.Helper()
	if err := dotShapeError(out, g.NumActors(), g.NumRelations()); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// dotShapeError does the checks of checkDOTShape, for a graph of the given size.
func dotShapeError(out []byte, actors, relations int) error {
	if !utf8.Valid(out) {
		return errors.New("DOT is not valid UTF-8")
	}
	for i, c := range out {
		if c < ' ' && c != '\n' && c != '\t' || c == 0x7f {
			return fmt.Errorf("DOT has control byte %#x at %d", c, i)
		}
	}
	toks, err := lexDOT(string(out))
	if err != nil {
		return fmt.Errorf("DOT does not scan: %v", err)
	}
	if len(toks) < 4 || toks[0].text != "digraph" || toks[2].text != "{" || toks[len(toks)-1].text != "}" {
		return errors.New("DOT is not one digraph")
	}
	nodes := make(map[string]bool)
	edges, depth := 0, 0
	for i := 3; i < len(toks)-1; {
		// One statement: tokens up to ';', '{' or '}', with attribute lists in brackets.
		j := i
		for j < len(toks)-1 && toks[j].text != ";" && toks[j].text != "{" && toks[j].text != "}" {
			if toks[j].text == "[" {
				attrs := map[string]bool{}
				for j++; j < len(toks) && toks[j].text != "]"; j++ {
					if toks[j].quoted || toks[j].text == "[" || toks[j].text == "{" || toks[j].text == "}" || toks[j].text == ";" {
						return fmt.Errorf("attribute list broken at token %d %q", j, toks[j].text)
					}
					if j+2 < len(toks) && toks[j+1].text == "=" {
						if attrs[toks[j].text] {
							return fmt.Errorf("attribute %s given twice in one list", toks[j].text)
						}
						attrs[toks[j].text] = true
						j += 2 // the value: an ID or a string
						if t2 := toks[j].text; !toks[j].quoted && (t2 == "," || t2 == "]" || t2 == "=" || t2 == "->") {
							return fmt.Errorf("attribute %s without a value", toks[j-2].text)
						}
						continue
					}
					if toks[j].text != "," {
						return fmt.Errorf("stray token %q in an attribute list", toks[j].text)
					}
				}
			}
			j++
		}
		stmt := toks[i:j]
		switch {
		case len(stmt) >= 3 && stmt[1].text == "->":
			if len(stmt) > 3 && stmt[3].text != "[" || stmt[0].quoted || stmt[2].quoted {
				return fmt.Errorf("edge statement %v is malformed", stmt)
			}
			if dotActorNode.MatchString(stmt[0].text) && dotActorNode.MatchString(stmt[2].text) {
				for _, n := range []string{stmt[0].text, stmt[2].text} {
					if !nodes[n] {
						return fmt.Errorf("edge to undeclared node %s", n)
					}
				}
				edges++
			}
		case len(stmt) >= 1 && dotActorNode.MatchString(stmt[0].text):
			if len(stmt) > 1 && stmt[1].text != "[" {
				return fmt.Errorf("node statement %v is malformed", stmt)
			}
			if nodes[stmt[0].text] {
				return fmt.Errorf("node %s declared twice", stmt[0].text)
			}
			nodes[stmt[0].text] = true
		}
		if j < len(toks)-1 {
			switch toks[j].text {
			case "{":
				depth++
			case "}":
				if depth--; depth < 0 {
					return errors.New("unbalanced braces")
				}
			}
		}
		i = j + 1
	}
	if depth != 0 {
		return errors.New("unbalanced braces")
	}
	for i := range actors {
		if !nodes[fmt.Sprintf("n%d", i)] {
			return fmt.Errorf("no node n%d for actor %d", i, i)
		}
	}
	if len(nodes) != actors || edges != relations {
		return fmt.Errorf("DOT has %d actor nodes and %d edges, want %d and %d", len(nodes), edges, actors, relations)
	}
	return nil
}

// TestDOTShapeErrors checks that checkDOTShape catches the damage a name that escaped its
// string would do.
func TestDOTShapeErrors(t *testing.T) {
	const head = "digraph actorgraph {\n\tgraph [rankdir=LR];\n"
	good := head + "\tn0 [label=\"A\", tooltip=\"a\"];\n\tn1 [label=\"B\"];\n\tn0 -> n1 [label=\"x\"];\n}\n"
	if err := dotShapeError([]byte(good), 2, 1); err != nil {
		t.Fatalf("good DOT rejected: %v", err)
	}
	bad := map[string]string{
		"new node":          `"];\n\tn2 [label="pwned`,
		"new edge":          `"]; n1 -> n0 [label="`,
		"unclosed string":   `\`,
		"comment":           `"]; // [label="`,
		"new graph":         "\"]; }\ndigraph evil { n0 [label=\"",
		"html label":        `", label=<<b>x</b>>, x="`,
		"escaped backslash": `\\"]; n3 [label="`,
	}
	for name, inject := range bad {
		t.Run(name, func(t *testing.T) {
			src := strings.Replace(good, `label="A"`, `label="A`+inject+`"`, 1)
			if err := dotShapeError([]byte(src), 2, 1); err == nil {
				t.Errorf("injection not caught:\n%s", src)
			}
		})
	}
	// A new attribute keeps the shape; the skeleton shows it.
	evil := strings.Replace(good, `label="A"`, `label="A", URL="http://evil"`, 1)
	if a, _ := dotSkeleton([]byte(good)); a == mustSkeleton(t, evil) {
		t.Errorf("a new attribute leaves the skeleton as it was")
	}
	for name, src := range map[string]string{
		"missing node":  head + "\tn0 [label=\"A\"];\n}\n",
		"control byte":  head + "\tn0 [label=\"A\x01\"];\n\tn1;\n\tn0 -> n1;\n}\n",
		"invalid UTF-8": head + "\tn0 [label=\"A\xff\"];\n\tn1;\n\tn0 -> n1;\n}\n",
		"no digraph":    "graph g {\n\tn0;\n\tn1;\n\tn0 -> n1;\n}\n",
	} {
		t.Run(name, func(t *testing.T) {
			if err := dotShapeError([]byte(src), 2, 1); err == nil {
				t.Errorf("not caught:\n%s", src)
			}
		})
	}
}

func mustSkeleton(t *testing.T, src string) string {
	t.Helper()
	s, err := dotSkeleton([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestWriteDOTFuzzSeeds runs the graphs of FuzzWriteDOT's seeds through Graphviz, which
// must see exactly one node per actor and one edge per relation.
func TestWriteDOTFuzzSeeds(t *testing.T) {
	lookDot(t)
	for i, s := range hostileNames {
		g := fuzzDOTGraph(s, hostileNames[(i+1)%len(hostileNames)], "Said: "+s)
		t.Run(fmt.Sprintf("%d_%q", i, s), func(t *testing.T) {
			out := writeDOT(t, g)
			checkDOTShape(t, out, g)
			checkDOT(t, out, g.NumActors(), g.NumRelations())
		})
	}
}
