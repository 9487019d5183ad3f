package actorgraph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/actorgraph/actorgraph/internal/fold"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// syllableName returns a distinct capitalized made-up word for each i ("Ba", "Ca", …,
// "Kifusa"), letters only, so that every i names another actor.
func syllableName(i int) string {
	const cons, vows = "bcdfghjklmnprstvz", "aeiou"
	var b []byte
	for n := i + 1; n > 0; n /= len(cons) * len(vows) {
		d := n % (len(cons) * len(vows))
		b = append(b, cons[d%len(cons)], vows[d/len(cons)])
	}
	b[0] -= 'a' - 'A'
	return string(b)
}

// distinctNames returns n sentences, each naming another two-word person.
func distinctNames(n int) string {
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "Zu%s Ko%s met reporters.\n", strings.ToLower(syllableName(i)), strings.ToLower(syllableName(i)))
	}
	return sb.String()
}

// nestedAppositions returns one sentence of n nested appositions: "Donald Trump, the
// special envoy of Ba Da, the special envoy of Ca Fa, …, said."
func nestedAppositions(n int) string {
	var sb strings.Builder
	sb.WriteString("Donald Trump")
	for i := range n {
		fmt.Fprintf(&sb, ", the special envoy of %s %s", syllableName(i), syllableName(i+n))
	}
	sb.WriteString(", said.")
	return sb.String()
}

// randomBytes returns n bytes from a fixed seed.
func randomBytes(n int) string {
	r := rand.New(rand.NewPCG(6, 6))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return string(b)
}

// TestHostileInput feeds the parser input it may meet in scraped pages and archives. Each
// must give a graph with sound spans, and Warnings for the parts over a limit, or a
// *LimitError or *NotTextError, in bounded time.
func TestHostileInput(t *testing.T) {
	DefaultLexicon() // loaded once, outside the timings
	big := 10 << 20
	names, appositions := 100_000, 10_000
	if testing.Short() {
		big, names = 2<<20, 10_000
	}
	tests := []struct {
		name        string
		text        func() string
		parser      Parser
		wantLimit   string                       // the Limit of the *LimitError wanted, or "" for a graph
		wantNotText string                       // what the *NotTextError wanted says, or "" for a graph
		warned      string                       // the Limit of the graph's Warnings, or "" for none
		within      time.Duration                // a generous bound on the time taken, race detector included
		check       func(t *testing.T, g *Graph) // more checks of the graph, if any
	}{
		{name: "empty", text: func() string { return "" }, check: wantActors(0)},
		{name: "white space and BOMs only", text: func() string { return " \n\t\r\ufeff\u200b\u00a0\n\n" }, check: wantActors(0)},
		{
			name: "invalid UTF-8 around and inside names",
			text: func() string {
				return "Donald Trump\xff met\xfe Vladimir Pu\xc3tin in Budapest. \xe2\x80Sergei Lavrov\xed\xa0\x80 spoke."
			},
			check: wantIDs("donald-trump", "sergei-lavrov", "vladimir-pu"),
		},
		{
			name:  "NUL and control bytes",
			text:  func() string { return "Donald\x00Trump met\x01Vladimir Putin\x1b[31m in\x7fBudapest.\x00" },
			check: wantIDs("donald-trump", "vladimir-putin"),
		},
		{
			name: "BOM at the start and inside",
			text: func() string { return "\ufeffDonald Trump met Vladimir\ufeffPutin." },
			check: func(t *testing.T, g *Graph) {
				wantIDs("donald-trump", "vladimir-putin")(t, g)
				if a := g.Actor("donald-trump"); a == nil || a.Mentions[0].Start != len("\ufeff") {
					t.Errorf("mention after a BOM: %+v", a)
				}
				if a := g.Actor("vladimir-putin"); a == nil || !containsString(a.Aliases, "Vladimir Putin") {
					t.Errorf("BOM inside a name is no separator: %+v", a)
				}
			},
		},
		{
			// Format characters inside a name separate its words: they never end up in an
			// alias, where they would hide from readers or reorder the text around them.
			name: "bidi overrides and zero-width characters inside names",
			text: func() string {
				return "Donald\u202eTrump\u202c met Vladimir\u200bPutin and Sergei\u200d\u2066Lavrov\u2069 spoke to Marco\u2060Rubio."
			},
			check: wantIDs("donald-trump", "marco-rubio", "sergei-lavrov", "vladimir-putin"),
		},
		{
			// Cyrillic "Р" (U+0420) looks like Latin "P": "Рutin" is another name than
			// "Putin", and nothing folds one script into the other (see doc.go).
			name: "Cyrillic look-alike is not the Latin name",
			text: func() string {
				return "Russian President Vladimir Putin met Donald Trump. Officials said \u0420utin would call Trump."
			},
			check: func(t *testing.T, g *Graph) {
				putin := g.Actor("Putin")
				if putin == nil || putin.ID != "vladimir-putin" {
					t.Fatalf(`Actor("Putin") = %+v, want vladimir-putin`, putin)
				}
				if a := g.Actor("\u0420utin"); a == nil || a.ID == putin.ID {
					t.Errorf(`Actor("\u0420utin") = %+v, want an actor of its own`, a)
				}
				for _, al := range putin.Aliases {
					if strings.ContainsRune(al, '\u0420') {
						t.Errorf("Putin has the look-alike alias %q", al)
					}
				}
				for r := range g.Relations(Filter{Actor: "vladimir-putin"}) {
					if r.Type == Contacts {
						t.Errorf("the look-alike's call was given to Putin: %+v", r)
					}
				}
			},
		},
		{
			name:  "Cyrillic look-alike alone finds no Latin name",
			text:  func() string { return "\u0420utin met Donald Trump in \u041coscow." },
			check: func(t *testing.T, g *Graph) { wantNoActor(t, g, "Putin", "putin", "Moscow", "russia") },
		},
		{
			name:        "binary data",
			text:        func() string { return randomBytes(1 << 20) },
			wantNotText: "% of the first 8192 bytes are control bytes or invalid UTF-8",
			within:      time.Second,
		},
		{
			name:   "binary data with long sentences",
			text:   func() string { return strings.Map(func(r rune) rune { return r &^ 0x0e }, randomBytes(1<<20)) },
			within: 20 * time.Second,
		},
		{
			name:   fmt.Sprintf("%d MB without punctuation or newline", big>>20),
			text:   func() string { return strings.Repeat("lorem ipsum Donald Trump dolor ", big/31+1) },
			parser: Parser{MaxDocumentBytes: 1 << 30},
			warned: "MaxSentenceBytes",
			within: 20 * time.Second,
			check:  wantIDs("donald-trump"),
		},
		{
			name:   "one 1 MB word",
			text:   func() string { return "A" + strings.Repeat("b", 1<<20) },
			warned: "MaxSentenceBytes",
			within: time.Second,
			check:  wantActors(0), // the word is longer than any piece: it is left out
		},
		{
			name:      "document over the default limit",
			text:      func() string { return strings.Repeat("Trump met Putin. ", DefaultMaxDocumentBytes/17+1) },
			wantLimit: "MaxDocumentBytes",
			within:    time.Second,
		},
		{
			name: "sentence over a raised limit",
			text: func() string {
				return "Donald Trump met Vladimir Putin. Trump " + strings.Repeat("x ", 600) + "met Putin."
			},
			parser: Parser{MaxSentenceBytes: 1000},
			warned: "MaxSentenceBytes",
			check: func(t *testing.T, g *Graph) {
				// The first sentence keeps its meeting; the second, cut between its
				// subject and its verb, adds none.
				if n := len(slices.Collect(g.Relations(Filter{Types: []RelationType{MeetsWith}}))); n != 1 {
					t.Errorf("%d meetings, want the first sentence's", n)
				}
			},
		},
		{
			name:   fmt.Sprintf("%d distinct names", names),
			text:   func() string { return distinctNames(names) },
			within: 20 * time.Second,
			check:  wantActors(names),
		},
		{
			name:   fmt.Sprintf("%d distinct names over MaxActors", names),
			text:   func() string { return distinctNames(names) },
			parser: Parser{MaxActors: names / 10},
			warned: "MaxActors",
			within: 20 * time.Second,
			check: func(t *testing.T, g *Graph) {
				wantActors(names/10)(t, g)
				first, next := syllableName(names/10-1), syllableName(names/10)
				wantIDs(fold.Slug("zu"+strings.ToLower(first)+" ko"+strings.ToLower(first)))(t, g)
				wantNoActor(t, g, "Zu"+strings.ToLower(next)+" Ko"+strings.ToLower(next))
			},
		},
		{
			name:   fmt.Sprintf("%d nested appositions", appositions),
			text:   func() string { return nestedAppositions(appositions) },
			warned: "MaxSentenceBytes",
			within: 5 * time.Second,
			check: func(t *testing.T, g *Graph) {
				// Cut into pieces, the chain keeps most of its envoys.
				if g.NumActors() < appositions/2 || g.NumRelations() < appositions/2 {
					t.Errorf("%d actors and %d relations, want at least %d of each", g.NumActors(), g.NumRelations(), appositions/2)
				}
			},
		},
		{
			name:   fmt.Sprintf("%d nested appositions under a raised sentence limit", appositions),
			text:   func() string { return nestedAppositions(appositions) },
			parser: Parser{MaxSentenceBytes: 1 << 20},
			within: 20 * time.Second,
			check: func(t *testing.T, g *Graph) {
				if g.NumActors() < appositions || g.NumRelations() < appositions*9/10 {
					t.Errorf("%d actors and %d relations, want at least %d and %d", g.NumActors(), g.NumRelations(), appositions, appositions*9/10)
				}
			},
		},
		{
			name: fmt.Sprintf("%d nested parenthetical appositions", appositions),
			text: func() string {
				var sb strings.Builder
				sb.WriteString("Donald Trump")
				for i := range appositions {
					fmt.Fprintf(&sb, " (the aide to %s %s", syllableName(i), syllableName(i+appositions))
				}
				return sb.String() + strings.Repeat(")", appositions) + " said."
			},
			parser: Parser{MaxSentenceBytes: 1 << 20},
			within: 20 * time.Second,
		},
		{
			name: "deep brackets and quotes",
			text: func() string {
				return strings.Repeat("(\"['", 5_000) + "Trump met Putin." + strings.Repeat("'])\"", 5_000)
			},
			within: 10 * time.Second,
		},
		{name: "10 MB of newlines", text: func() string { return strings.Repeat("\n", 10<<20) }, check: wantActors(0), within: 5 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text()
			within := tt.within
			if within == 0 {
				within = 10 * time.Second
			}
			start := time.Now()
			g, err := tt.parser.ParseDoc(context.Background(), "hostile.txt", text)
			took := time.Since(start)
			t.Logf("%d bytes in %v", len(text), took)
			if took > within {
				t.Errorf("took %v, want at most %v", took, within)
			}
			if tt.wantLimit != "" {
				checkLimitError(t, err, tt.wantLimit, &tt.parser)
				return
			}
			if tt.wantNotText != "" {
				var nt *NotTextError
				if !errors.As(err, &nt) || !strings.Contains(nt.What, tt.wantNotText) || !errors.Is(err, ErrNotText) {
					t.Fatalf("err = %v, want a *NotTextError saying %q", err, tt.wantNotText)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDoc: %v", err)
			}
			checkWarnings(t, g, tt.warned, &tt.parser)
			verifySpans(t, text, g)
			if tt.check != nil {
				tt.check(t, g)
			}
		})
	}
}

// checkWarnings checks that the graph has Warnings for the named limit of p, and only
// for it, each in range and sorted; or none when limit is "".
func checkWarnings(t *testing.T, g *Graph, limit string, p *Parser) {
	t.Helper()
	ws := g.Warnings()
	if limit == "" {
		if ws != nil {
			t.Errorf("Warnings = %v, want none", ws)
		}
		return
	}
	if len(ws) == 0 {
		t.Fatalf("no Warnings, want some for %s", limit)
	}
	max := map[string]int{
		"MaxSentenceBytes": p.limit(p.MaxSentenceBytes, DefaultMaxSentenceBytes),
		"MaxActors":        p.limit(p.MaxActors, DefaultMaxActors),
	}[limit]
	for _, w := range ws {
		if w.Limit != limit || w.Max != max || w.Got <= w.Max || w.Doc != "hostile.txt" || w.Offset < 0 {
			t.Errorf("Warning %+v, want Limit %s, Max %d, Got > Max, Doc hostile.txt", w, limit, max)
		}
	}
	if !slices.IsSortedFunc(ws, compareWarnings) {
		t.Errorf("Warnings not sorted: %v", ws)
	}
}

// checkLimitError checks that err is a *LimitError for the named limit of p, that it
// wraps ErrLimit and says which limit it is.
func checkLimitError(t *testing.T, err error, limit string, p *Parser) {
	t.Helper()
	var le *LimitError
	if !errors.As(err, &le) {
		t.Fatalf("err = %v, want a *LimitError for %s", err, limit)
	}
	max := map[string]int{
		"MaxDocumentBytes": p.limit(p.MaxDocumentBytes, DefaultMaxDocumentBytes),
	}[limit]
	if le.Limit != limit || le.Max != max || le.Got <= le.Max || le.Doc != "hostile.txt" {
		t.Errorf("LimitError = %+v, want Limit %s, Max %d, Got > Max, Doc hostile.txt", le, limit, max)
	}
	if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), limit) {
		t.Errorf("error %q does not wrap ErrLimit or name %s", err, limit)
	}
}

func wantActors(n int) func(*testing.T, *Graph) {
	return func(t *testing.T, g *Graph) {
		t.Helper()
		if g.NumActors() != n {
			t.Errorf("%d actors, want %d", g.NumActors(), n)
		}
	}
}

// wantIDs checks that the graph has an actor with each ID.
func wantIDs(ids ...string) func(*testing.T, *Graph) {
	return func(t *testing.T, g *Graph) {
		t.Helper()
		for _, id := range ids {
			if g.actorByID(id) == nil {
				var got []string
				for a := range g.Actors() {
					got = append(got, a.ID)
				}
				t.Errorf("no actor %q among %q", id, got)
			}
		}
	}
}

// wantNoActor checks that no actor goes by any of the names.
func wantNoActor(t *testing.T, g *Graph, names ...string) {
	t.Helper()
	for _, n := range names {
		if a := g.Actor(n); a != nil {
			t.Errorf("Actor(%q) = %q (aliases %q), want none", n, a.ID, a.Aliases)
		}
	}
}

// TestOverlongSentenceMemory checks that a run of text longer than MaxSentenceBytes
// without a sentence end costs what any text of its length does: it is cut into pieces,
// parsed in linear time, and allocates in proportion to its length (some 40 bytes a byte
// here, and 60 for the text of six-byte sentences; news takes 6). (Before pieces, such
// a document failed: a pre-scan found the run and rejected it before tokenizing.) In the
// second text, written in lower case, every period ends a sentence, so nothing is cut.
func TestOverlongSentenceMemory(t *testing.T) {
	DefaultLexicon()
	for _, tt := range []struct {
		unit   string
		warned string
	}{
		{"lorem ipsum Donald Trump dolor ", "MaxSentenceBytes"},
		{"lorem. ipsum! dolor? sit) amet\u2026 consectetur, u.s. -- no sentence ends here. ", ""},
	} {
		t.Run(tt.unit, func(t *testing.T) {
			text := strings.Repeat(tt.unit, (4<<20)/len(tt.unit)+1)
			p := Parser{MaxDocumentBytes: 1 << 30}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			g, err := p.ParseDoc(context.Background(), "hostile.txt", text)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatalf("ParseDoc: %v", err)
			}
			checkWarnings(t, g, tt.warned, &p)
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("%d bytes parsed in %v, allocating %d bytes, with %d warnings", len(text), took, alloc, len(g.Warnings()))
			if alloc > 100*uint64(len(text)) {
				t.Errorf("allocated %d bytes, %d times the text; want under 100 times", alloc, alloc/uint64(len(text)))
			}
			if took > 20*time.Second {
				t.Errorf("took %v to parse the document", took)
			}
		})
	}
}

// TestParseTimeIsLinear parses 128 KB and 2 MB of news that repeat titled names and
// descriptions, and wants the larger to take about 16 times as long, not 256: work that
// grew with the square of the mentions (each description scanned every earlier holder
// of a title) made the larger take 81 times as long, and 50 MB 95 s.
func TestParseTimeIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times 2 MB of parsing")
	}
	const unit = "President Donald Trump, President Vladimir Putin, President Xi Jinping and President Lee Jae-myung met. " +
		"The foreign minister said. The defence minister said. The finance minister said. The interior minister said.\n"
	DefaultLexicon()
	fastest := func(n int) time.Duration {
		text := strings.Repeat(unit, n/len(unit))
		best := time.Duration(1<<63 - 1)
		for range 2 {
			start := time.Now()
			if _, err := Parse(context.Background(), text); err != nil {
				t.Fatal(err)
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := fastest(128<<10), fastest(2<<20)
	ratio := float64(large) / float64(small)
	t.Logf("128 KB in %v, 2 MB in %v: %.1f times as long", small, large, ratio)
	if ratio > 40 {
		t.Errorf("16 times the text took %.1f times as long: parsing is not linear", ratio)
	}
}

// TestLimitErrorMessage pins the message of a LimitError: it names the document and the
// limit with both numbers.
func TestLimitErrorMessage(t *testing.T) {
	err := error(&LimitError{Doc: "a.txt", Limit: "MaxDocumentBytes", Max: 10, Got: 12345})
	const want = `actorgraph: document "a.txt": MaxDocumentBytes exceeded: 12345 > 10`
	if err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	if !errors.Is(err, ErrLimit) {
		t.Error("LimitError does not wrap ErrLimit")
	}
}

// TestHostileTextOutput parses sentences holding DOT and HTML syntax, escapes and line
// breaks through the whole pipeline, under hostile document names, and checks that the
// JSON reads back to the same graph and that Graphviz sees one node per actor and one edge
// per relation.
func TestHostileTextOutput(t *testing.T) {
	texts := []string{
		`U.S. President Donald Trump said X" -> "Y he would meet Russian President Vladimir Putin in Budapest.`,
		`Kremlin spokesman Dmitry Peskov said "]; node [label="pwned Trump would meet Putin.`,
		"Trump met Putin <b>html</b> on Friday, and Xi Jinping called Putin \\N \\G \\E \\ on Monday.",
		"Trump said he would meet\nPutin \\\n and \"Lavrov\\\" -> \\\"Rubio\" met Xi\r\nJinping.",
		"Ukrainian President Volodymyr Zelenskiy met \"X\\\" -> \\\"Y\" Macron }\ndigraph evil { Merz.",
		"Talks between Hamas and Israel </text><script>alert(1)</script> & Egypt &lt;b&gt; did not resume.",
	}
	docs := []string{`X" -> "Y`, `"]; node [label="pwned`, `<b>html</b>`, `\N`, `\`, "line\nbreak"}
	var p Parser
	var graphs []*Graph
	for i, text := range texts {
		g, err := p.ParseDoc(context.Background(), docs[i], text)
		if err != nil {
			t.Fatalf("ParseDoc(%q): %v", text, err)
		}
		if g.NumRelations() == 0 {
			t.Errorf("no relations in %q: the test would not test edges", text)
		}
		verifySpans(t, text, g)
		graphs = append(graphs, g)
	}
	for i, g := range append(graphs, Merge(graphs...)) {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			js := writeJSON(t, g)
			back, err := ReadJSON(bytes.NewReader(js))
			if err != nil {
				t.Fatalf("ReadJSON: %v\n%s", err, js)
			}
			if diff := cmp.Diff(snap(g), snap(back), equateEmpty); diff != "" {
				t.Errorf("JSON round trip (-parsed +reread):\n%s", diff)
			}
			dot := writeDOT(t, g)
			checkDOTShape(t, dot, g)
			checkDOT(t, dot, g.NumActors(), g.NumRelations())
		})
	}
}
