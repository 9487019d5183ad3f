package extract

import (
	"github.com/actorgraph/actorgraph/internal/fold"
	"github.com/google/go-cmp/cmp"
	"maps"
	"slices"
	"strings"
	"testing"
)

// splitSentences returns the text of each sentence the segmenter finds in text.
func splitSentences(text string) []string {
	tk := tokenizer{lex: testLexicon()}
	tk.tokenize(text)
	seg := segmenter{starters: sentenceStarters}
	var out []string
	for _, s := range seg.split(&tk, nil) {
		out = append(out, text[s.start:s.end])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations", "Mr. Smith met Gen. Jones on Jan. 5 in the U.S. capital. He left.",
			[]string{"Mr. Smith met Gen. Jones on Jan. 5 in the U.S. capital.", "He left."}},
		{"initialism ends sentence", "Talks resumed in the U.S. The envoy left.",
			[]string{"Talks resumed in the U.S.", "The envoy left."}},
		{"headline line", "Putin-Trump meeting in the works\nThe Kremlin said so.",
			[]string{"Putin-Trump meeting in the works", "The Kremlin said so."}},
		{"wrapped line continues", "talks between\nRussia and Ukraine resumed.",
			[]string{"talks between\nRussia and Ukraine resumed."}},
		{"quote after period", "\u201cWe will meet.\u201d The envoy left.",
			[]string{"\u201cWe will meet.\u201d", "The envoy left."}},
		{"question and exclamation", "Talks with Putin? Yes! Soon.",
			[]string{"Talks with Putin?", "Yes!", "Soon."}},
		{"initials", "J. D. Vance met Volodymyr Zelensky.",
			[]string{"J. D. Vance met Volodymyr Zelensky."}},
		{"decimal", "Growth fell to 1.5 percent. Prices rose.",
			[]string{"Growth fell to 1.5 percent.", "Prices rose."}},
		{"empty", "", nil},
		{"blank lines", "\n\n\n", nil},
		{"lone carriage returns", "The envoy arrived\rThe minister left.\rTalks resumed.",
			[]string{"The envoy arrived", "The minister left.", "Talks resumed."}},
		{"carriage return and line feed are one break", "talks between\r\nRussia and Ukraine resumed.\r\nThe envoy left.",
			[]string{"talks between\r\nRussia and Ukraine resumed.", "The envoy left."}},
		{"lone carriage return in a wrapped line", "talks between\rRussia and Ukraine resumed.",
			[]string{"talks between\rRussia and Ukraine resumed."}},
		{"lower case", "the envoy met the minister. they talked! would talks resume? nobody knew\u2026 officials waited.",
			[]string{"the envoy met the minister.", "they talked!", "would talks resume?", "nobody knew\u2026", "officials waited."}},
		{"lower case with names and an abbreviation", "the envoy met gen. smith and Vladimir Putin. they talked. Putin left. talks resumed.",
			[]string{"the envoy met gen. smith and Vladimir Putin.", "they talked.", "Putin left.", "talks resumed."}},
		{"lower case over lines", "the envoy met the minister.\nthey talked\nfor hours.",
			[]string{"the envoy met the minister.", "they talked\nfor hours."}},
		{"lower case after a quote is no sentence", "\"Why?\" she asked. The envoy left. \"Now!\" he said.",
			[]string{"\"Why?\" she asked.", "The envoy left.", "\"Now!\" he said."}},
		{"capitals outnumber lower case", "The envoy met approx. five ministers. Talks resumed. The envoy left. she said no.",
			[]string{"The envoy met approx. five ministers.", "Talks resumed.", "The envoy left. she said no."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitSentences(tt.text)); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string // keys
	}{
		{"Russia's war", []string{"russia", "'s", "war"}},
		{"Russia\u2019s war", []string{"russia", "'s", "war"}},
		{"O'Brien hasn't", []string{"o'brien", "hasn't"}},
		{"U.S.-China talks", []string{"u.s.", "-", "china", "talks"}},
		{"President-elect", []string{"president", "-", "elect"}},
		{"Zełensky KYIV", []string{"zelensky", "kyiv"}},
		{"a\u200bb", []string{"a", "b"}},
		{"24-hour 1,000", []string{"24", "-", "hour", "1,000"}},
		{"bad\xffbyte", []string{"bad", "\xff", "byte"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var tk tokenizer
			tk.tokenize(tt.text)
			var got []string
			for i, tok := range tk.toks {
				if !validRuneStart(tt.text, int(tok.start)) || !validRuneStart(tt.text, int(tok.end)) {
					t.Errorf("token %d [%d,%d) not on rune boundaries", i, tok.start, tok.end)
				}
				got = append(got, tk.key(i))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTokenizeAllocations holds the tokenizer to its allocation budget: with its buffers
// grown by a first run, tokenizing a document and looking its keys up in the lexicon
// allocates only the document's key text, however many tokens it has.
func TestTokenizeAllocations(t *testing.T) {
	var text strings.Builder
	for _, name := range slices.Sorted(maps.Keys(bundledArticles(t))) {
		text.WriteString(bundledArticles(t)[name])
	}
	tk := tokenizer{lex: testLexicon()}
	tk.tokenize(text.String())
	if n := testing.AllocsPerRun(5, func() { tk.tokenize(text.String()) }); n > 1 {
		t.Errorf("tokenize allocates %v times per run of %d tokens, want 1 (the key text)", n, len(tk.toks))
	}
}

// TestScanTokenKey checks the key scanToken writes for an ASCII word, and its hash,
// against fold.AppendWord and hashKey, which the tokenizer would otherwise use: a
// mismatch would number known words as unknown. A key that does not fit the spare
// capacity of the keys, like any token but an ASCII word, is left to the tokenizer.
func TestScanTokenKey(t *testing.T) {
	for _, w := range []string{"talks", "Putin", "NATO", "iPhone", "hasn't", "O'Brien", "G7", "x"} {
		end, _, k, h, keyed := scanToken(w, 0, append(make([]byte, 0, 64), "prefix"...))
		want := fold.AppendWord([]byte("prefix"), w)
		if end != len(w) || !keyed || string(k) != string(want) || h != hashKey(want[len("prefix"):]) {
			t.Errorf("%q: end %d key %q hash %d keyed %v, want %d %q %d true", w, end, k, h, keyed, len(w), want, hashKey(want[len("prefix"):]))
		}
		if _, _, k, _, keyed := scanToken(w, 0, append(make([]byte, 0, 6+len(w)-1), "prefix"...)); keyed || string(k) != "prefix" {
			t.Errorf("%q without room for its key: key %q keyed %v, want the keys as they were and false", w, k, keyed)
		}
	}
	for _, w := range []string{"Zürich", "U.S.", "2024", "—"} {
		if _, _, k, _, keyed := scanToken(w, 0, append(make([]byte, 0, 64), "prefix"...)); keyed || string(k) != "prefix" {
			t.Errorf("%q: key %q keyed %v, want the keys as they were and false", w, k, keyed)
		}
	}
}

// TestPluralPossessive checks which apostrophes after an "s" end a possessive: after a
// capitalized name, not after a lower-case word or inside single quotes.
func TestPluralPossessive(t *testing.T) {
	tests := []struct {
		text string
		at   int // the apostrophe
		want bool
	}{
		{"the Houthis' chief negotiator", 11, true},
		{"the United States' envoy", 17, true},
		{"the rebels' demands", 10, false},
		{"the 'Talks' went on", 10, false},
		{"the Houthis'", 11, false},
		{"the Houthis' 2024 plan", 11, false},
	}
	for _, tt := range tests {
		_, flags, _, _, _ := scanToken(tt.text, tt.at, nil)
		if got := flags&tPossessive != 0; got != tt.want {
			t.Errorf("%q at %d: possessive %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
