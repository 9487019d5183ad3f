package extract

import (
	"cmp"
	"slices"
	"unicode"
)

// This file is the lexicon's phrase index and matcher: every lexicon phrase (a title, a
// trigger, a cue, a name) is indexed by its first key, and match finds the phrases that
// start at a token, longest first.

// phraseEntry is what matching needs of a phrase besides its first key, so that it rules
// out most phrases without reading them: its length, the key of its second token, and
// which token must have which shape.
type phraseEntry struct {
	second keyID   // keys[1], or 0 for a phrase of one token
	n      uint16  // len(keys)
	shape  tokFlag // the token at capAt must have one of these flags, unless 0
	capAt  uint8   // 1 for a proper phrase of several tokens that opens with "the": "The Hague"
	plural bool    // every value is a plural title ("foreign ministers"): see barePlural
	rest   uint32  // where keys[2:] start in Lexicon.restKeys, for a phrase of three tokens or more
}

// phraseID numbers a phrase: it indexes Lexicon.phrases and Lexicon.entries.
type phraseID uint32

// phrase is a multi-token lexicon entry and what it stands for.
type phrase struct {
	keys    []keyID // the keys of its tokens
	article bool    // its first token is "the"
	// upper is set for an all-capitals form such as "WHO" or "US": the text must be in
	// capitals too, so "who" and "us" never match. proper is set for names: the text must
	// start with an upper-case letter.
	upper, proper bool
	vals          []lexVal // its values, kept for Extend to copy; matching reads Lexicon.vals at span
	span          valSpan
}

// indexPhrases orders the phrases by the keys of their first and second tokens (a phrase
// of one token first), once the rows are loaded, and makes their entries.
func (l *Lexicon) indexPhrases() {
	second := func(p phrase) keyID {
		if len(p.keys) > 1 {
			return p.keys[1]
		}
		return 0
	}
	slices.SortStableFunc(l.phrases, func(a, b phrase) int {
		return cmp.Or(cmp.Compare(a.keys[0], b.keys[0]), cmp.Compare(second(a), second(b)))
	})
	l.markRefWords()
	l.phraseStart = make([]phraseID, len(l.infos)+1)
	l.entries = make([]phraseEntry, len(l.phrases))
	l.restKeys = l.restKeys[:0]
	for i, p := range l.phrases {
		l.phraseStart[p.keys[0]+1]++
		l.infos[p.keys[0]].flags |= keyPhrase
		e := &l.entries[i]
		e.n = uint16(len(p.keys))
		if len(p.keys) > 2 {
			e.rest = uint32(len(l.restKeys))
			l.restKeys = append(l.restKeys, p.keys[2:]...)
		}
		if len(p.keys) > 1 {
			e.second = p.keys[1]
			l.infos[e.second].flags |= keySecond
		}
		switch {
		case p.upper && len(p.keys) == 1 && l.titleCaseAcronym(p.keys[0]):
			e.shape = tCap // "NATO" and "Nato", "ASEAN" and "Asean"
		case p.upper:
			e.shape = tUpper | tDotted
		case p.proper:
			e.shape = tCap
		}
		if p.proper && len(p.keys) > 1 && p.article {
			e.capAt = 1 // "The Hague", "the Hague"
		}
		e.plural = len(p.vals) > 0 && !slices.ContainsFunc(p.vals, func(v lexVal) bool {
			return v.kind != lexTitle || v.title.Flags&titlePlural == 0
		})
	}
	for id := 1; id < len(l.phraseStart); id++ {
		l.phraseStart[id] += l.phraseStart[id-1]
	}
	// The phrases that match at a token with the same length have the same keys, so they
	// differ only in case; laid out together, in order, their values make one span.
	l.vals = nil
	placed := make([]bool, len(l.phrases))
	for i, p := range l.phrases {
		for j := i; j < len(l.phrases) && l.phrases[j].keys[0] == p.keys[0]; j++ {
			if q := &l.phrases[j]; !placed[j] && slices.Equal(q.keys, p.keys) {
				q.span = valSpan{start: uint32(len(l.vals))}
				for _, v := range q.vals {
					q.span.kinds |= 1 << v.kind
				}
				l.vals = append(l.vals, q.vals...)
				q.span.end, placed[j] = uint32(len(l.vals)), true
			}
		}
	}
}

// spanOf returns the span of the values of phrases ps, which match at one token with one
// length: indexPhrases laid their values out together.
func (l *Lexicon) spanOf(ps []phraseID) valSpan {
	s := valSpan{start: l.phrases[ps[0]].span.start, end: l.phrases[ps[len(ps)-1]].span.end}
	for _, p := range ps {
		s.kinds |= l.phrases[p].span.kinds
	}
	return s
}

// addPhrase adds the phrase of text with value v, or v to the phrase when the lexicon
// has it already; indexPhrases then lists the phrases by first key for matching.
func (l *Lexicon) addPhrase(ld *lexLoader, text string, proper bool, v lexVal) {
	tk := &ld.tk
	tk.tokenize(text)
	if len(tk.toks) == 0 {
		return
	}
	keys := make([]keyID, len(tk.toks))
	for i := range tk.toks {
		keys[i] = l.intern(tk.key(i))
	}
	upper := false
	if proper {
		letters, caps := 0, 0
		for _, r := range text {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					caps++
				}
			}
		}
		upper = letters >= 2 && letters == caps && letters <= 5
	}
	for _, id := range ld.byFirst[keys[0]] {
		if p := &l.phrases[id]; slices.Equal(p.keys, keys) && p.upper == upper {
			p.proper = p.proper || proper
			p.vals = append(p.vals, v)
			return
		}
	}
	ld.byFirst[keys[0]] = append(ld.byFirst[keys[0]], phraseID(len(l.phrases)))
	l.phrases = append(l.phrases, phrase{keys: keys, article: tk.key(0) == "the", upper: upper,
		proper: proper, vals: []lexVal{v}})
	l.maxPhrase = max(l.maxPhrase, len(keys))
}

// titleCaseAcronym reports whether the acronym with key k may be written in title case,
// as some outlets write "Nato" and "Asean": it has four letters or more and is no common
// English word ("CARE", "HOPE" are written in capitals when they are names).
func (l *Lexicon) titleCaseAcronym(k keyID) bool {
	key := l.keys.key(uint32(k))
	return len(key) >= 4 && !l.isCommon(key)
}

// match appends to dst the longest lexicon phrases starting at token i of the sentence
// ending at last, and returns them with their length in tokens; phrases of equal length
// are all returned. A phrase matches when the tokens have its keys, with no line break
// inside, and the capitalization a name requires. The checks are inline, and only a
// phrase of three or more tokens costs a call: a call in the loop made the compiler
// spill its registers on every phrase.
func (l *Lexicon) match(dst []phraseID, t *tokenizer, i, last int) ([]phraseID, int) {
	start := len(dst)
	bestLen := 0
	id := t.toks[i].id
	first, end := l.phraseStart[id], l.phraseStart[id+1]
	if first == end {
		return dst, 0 // most tokens start no phrase: return before the loop's setup
	}
	// The second key a phrase of several tokens needs here, or 0 for none, as before a
	// word that is no phrase's second (keySecond, in the keyInfo find reads next anyway);
	// the entries are in the order of their second keys, 0 for a phrase of one token
	// first, so the loop stops past those that fit.
	next := keyID(0)
	if i+1 < last && !t.toks[i+1].is(tNewline) {
		// With no branch: whether the word is a second key is a coin toss to the predictor.
		next = t.toks[i+1].id
		next &= -keyID(l.infos[next].flags / keySecond & 1)
	}
	ents := l.entries[first:end]
	for k := range ents {
		e := &ents[k] // not a copy of each entry: most are ruled out by their second key
		if e.second != next && e.second != 0 {
			if e.second > next {
				break
			}
			continue
		}
		n := int(e.n)
		if n < bestLen || i+n > last || e.shape != 0 && !t.toks[i+int(e.capAt)].is(e.shape) {
			continue
		}
		p := first + phraseID(k)
		if n > 2 && !l.restAt(t, e, i) {
			continue
		}
		if n > bestLen {
			dst, bestLen = dst[:start], n
		}
		dst = append(dst, p)
	}
	return dst, bestLen
}

// restAt reports whether the tokens after the second at i have the keys of the phrase of
// entry e, with no line break before them. The keys lie in one array, restKeys, which
// stays in cache better than each phrase's own.
func (l *Lexicon) restAt(t *tokenizer, e *phraseEntry, i int) bool {
	for j, k := range l.restKeys[e.rest : e.rest+uint32(e.n)-2] {
		if tok := &t.toks[i+2+j]; tok.is(tNewline) || tok.id != k {
			return false
		}
	}
	return true
}
