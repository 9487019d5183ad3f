package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSentencePieces checks where an overlong sentence is cut: after the last comma,
// semicolon or before the last line break in the second half of a piece, else at the last
// word that fits; and that a word longer than a piece is left out.
func TestSentencePieces(t *testing.T) {
	tests := []struct {
		name string
		text string
		max  int
		want []string
	}{
		{"short sentences stay", "The envoy left. Talks resumed.", 16, []string{"The envoy left.", "Talks resumed."}},
		{"at words", "aa bb cc dd ee ff gg", 8, []string{"aa bb cc", "dd ee ff", "gg"}},
		{"after a comma", "aa bb, cc dd ee ff", 12, []string{"aa bb,", "cc dd ee ff"}},
		{"after a semicolon", "aa bb; cc dd ee ff", 12, []string{"aa bb;", "cc dd ee ff"}},
		{"before a line break", "aaa bbb\ncc dd ee", 12, []string{"aaa bbb", "cc dd ee"}},
		{"not a comma in the first half", "a, bb cc dd ee ff", 12, []string{"a, bb cc dd", "ee ff"}},
		{"a word too long for a piece", "aa bbbbbbbbbbbb cc", 8, []string{"aa", "cc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := tokenizer{lex: testLexicon()}
			tk.tokenize(tt.text)
			seg := segmenter{starters: sentenceStarters}
			sents, _ := limitSentences(&tk, seg.split(&tk, nil), tt.max)
			var got []string
			for _, s := range sents {
				got = append(got, tt.text[s.start:s.end])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("pieces (-want +got):\n%s", diff)
			}
		})
	}
}
