package actorgraph

// This file turns the parser's built-in word lists (prepositions, title modifiers,
// determiners, ...) into bits that the lexicon sets on the keys it numbers, so that testing
// a token against a list reads what the tokenizer looked up anyway instead of hashing the
// key into a map once more.

// A wordSet is one built-in word list, as a bit of keyInfo.sets.
type wordSet uint64

// wordSetWords holds the words of each wordSet, by bit, for the lexicon to mark.
var wordSetWords []map[string]bool

// newWordSet returns the wordSet of words, which are fold keys. It is called only to
// initialize package variables.
func newWordSet(words map[string]bool) wordSet {
	if len(wordSetWords) == 64 {
		panic("actorgraph: more than 64 word sets")
	}
	wordSetWords = append(wordSetWords, words)
	return 1 << (len(wordSetWords) - 1)
}

// markWordSets sets the bits of every wordSet on the keys of its words.
func (l *Lexicon) markWordSets() {
	for bit, words := range wordSetWords {
		for w := range words {
			l.record(w).sets |= 1 << bit
		}
	}
}

// inSet reports whether key k is in s. It looks k up: for a token use tokenizer.in.
func (l *Lexicon) inSet(k string, s wordSet) bool { return l.info(k).sets&s != 0 }

// in reports whether the key of token i is in s.
func (t *tokenizer) in(i int, s wordSet) bool { return t.info(i).sets&s != 0 }

// itemIn reports whether item i is one token whose key is in s.
func (st *docState) itemIn(items []item, i int, s wordSet) bool {
	return i >= 0 && i < len(items) && items[i].last-items[i].first == 1 && st.tk.in(items[i].first, s)
}
