package extract

// This file reads the portfolio a title may carry, in stage 3: "Minister of Trade",
// "Assistant Secretary for African Affairs", "Justice and Human Rights Minister"; the
// words of a portfolio are words.tsv class portfolio.

// portfolioAt returns the item after a portfolio that starts at item i: "of" or "for" and
// the words of portfolioRun ("for Foreign Affairs and Security Policy"), or a name or,
// made of common words, a plain word (classifyName) that runs to a person's name ("of
// Trade" in "Minister of Trade Lena Okafor", which the tagger split before the given
// name: afterTitleOf); or i when there is none.
func (ss *sentState) portfolioAt(i int) int {
	if k := ss.keyAt(i); k != kwOf && k != kwFor || i+1 >= len(ss.items) {
		return i
	}
	if e := ss.portfolioRun(i + 1); e > i+1 {
		return e
	}
	if i+2 >= len(ss.items) {
		return i
	}
	if ss.isDemonym(i+1) || ss.placeAt(i+1) {
		if e := ss.portfolioRun(i + 2); e > i+2 {
			return e // "Assistant Secretary for African Affairs Molly Phee"
		}
	}
	p, n := &ss.items[i+1], &ss.items[i+2]
	if p.kind == itLexicon || !ss.tk.toks[p.first].is(tCap) || n.kind != itName || p.last != n.first || ss.tk.info(n.first).flags&keyGiven == 0 {
		return i
	}
	return i + 2
}

// portfolioWord reports whether item i opens with a portfolio word: small enough to
// inline, it spares most items the call to portfolioRun.
func (ss *sentState) portfolioWord(i int) bool {
	return i < len(ss.items) && ss.tk.info(ss.items[i].first).class&wordPortfolio != 0
}

// portfolioRun returns the item after a run of portfolio words that starts at item i,
// items of nothing but such words joined by "and" ("Justice and Human Rights", "foreign
// affairs"); or i when there is none.
func (ss *sentState) portfolioRun(i int) int {
	if !ss.portfolioWord(i) {
		return i
	}
	e := i
	for k := i; k < len(ss.items); k++ {
		it := &ss.items[k]
		if it.kind != itName && it.kind != itWord {
			break
		}
		if k > i && ss.keyAt(k) == kwAnd && k+1 < len(ss.items) {
			continue // checked with the item after it
		}
		ok := true
		for t := it.first; t < it.last && ok; t++ {
			ok = ss.tk.info(t).class&wordPortfolio != 0
		}
		if !ok {
			break
		}
		e = k + 1
	}
	return e
}

// organEnd returns the item after a state organ written in lower case at item i, a run
// of portfolio words and "ministry" or "department" ("foreign ministry", "defence
// ministry", "foreign affairs ministry"), or -1.
func (ss *sentState) organEnd(i int) int {
	if !ss.isLowerWord(i) || !ss.portfolioWord(i) {
		return -1 // most words after a possessive are neither
	}
	e := i
	for e < len(ss.items) && e < i+3 && ss.isLowerWord(e) && ss.portfolioWord(e) {
		e++
	}
	if k := ss.itemKey(e); ss.isLowerWord(e) && (k == "ministry" || k == "department") {
		return e + 1
	}
	return -1
}
