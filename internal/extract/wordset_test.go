package extract

import "testing"

// TestWordSetWords checks that wordSetWords holds every wordSet constant once, in the order
// of their bits, so that markWordSets marks every set.
func TestWordSetWords(t *testing.T) {
	for i, row := range wordSetWords {
		if row.set != 1<<i || len(row.words) == 0 {
			t.Errorf("wordSetWords[%d]: set %#x with %d words, want set %#x with words", i, row.set, len(row.words), uint64(1)<<i)
		}
	}
	if last := wordSetWords[len(wordSetWords)-1].set; last != agentParticiples {
		t.Errorf("the last row of wordSetWords is set %#x, want agentParticiples, the last constant", last)
	}
}
