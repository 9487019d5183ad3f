package extract

import (
	"slices"
	"testing"
)

// FuzzSentenceLimit checks the cutting of overlong sentences: every sentence that
// limitSentences returns has at most max bytes, lies inside one sentence of the
// segmentation, and follows the one before; and every token that is not longer than max
// on its own lies in one of them, so that cutting loses no word it could keep.
func FuzzSentenceLimit(f *testing.F) {
	f.Add("Talks between Russia and Ukraine resumed. Mr. Putin said so.", uint8(10))
	f.Add("lorem. ipsum. Dolor sit. AMET!) (X \"y.\" Z", uint8(3))
	f.Add("U.S. officials, J. D. Vance\u2026 said; (a) [b]\n\"c\" 'd'\t\x00E\u00a0F", uint8(2))
	f.Fuzz(func(t *testing.T, text string, max uint8) {
		if max == 0 {
			return
		}
		tk := tokenizer{lex: testLexicon()}
		tk.tokenize(text)
		seg := segmenter{starters: sentenceStarters}
		sents := seg.split(&tk, nil)
		limited, _ := limitSentences(&tk, slices.Clone(sents), int(max))
		inSent := 0 // the sentence of sents that holds the current piece
		next := 0   // the first token not yet in a piece
		for _, p := range limited {
			if p.end-p.start > int(max) || p.first >= p.last || p.first < next {
				t.Fatalf("piece %+v of %q: over %d bytes, empty, or before the last piece's end %d", p, text, max, next)
			}
			for inSent < len(sents) && sents[inSent].last <= p.first {
				inSent++
			}
			if s := sents[inSent]; p.first < s.first || p.last > s.last {
				t.Fatalf("piece %+v of %q is not inside sentence %+v", p, text, s)
			}
			for i := next; i < p.first; i++ {
				if tok := tk.toks[i]; tok.end-tok.start <= int32(max) {
					t.Fatalf("token %d %q of %q fits in %d bytes but is in no piece", i, text[tok.start:tok.end], text, max)
				}
			}
			next = p.last
		}
		for i := next; i < len(tk.toks); i++ {
			if tok := tk.toks[i]; tok.end-tok.start <= int32(max) {
				t.Fatalf("token %d %q of %q fits in %d bytes but is in no piece", i, text[tok.start:tok.end], text, max)
			}
		}
	})
}
