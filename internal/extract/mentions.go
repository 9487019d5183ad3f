package extract

import (
	"slices"
	"strings"
)

// This file is stage 2 of the pipeline: it tags the tokens of a sentence with lexicon
// matches and groups capitalized words into names, producing items.

// itemKind says what an item of a sentence is.
type itemKind uint8

const (
	itWord    itemKind = iota // any other token
	itLexicon                 // a lexicon phrase: entity, title, trigger, cue or place
	itName                    // a run of capitalized words that no lexicon entry covers whole
)

// item is a token or phrase of a sentence. Items cover the sentence's tokens in order.
// It holds no pointers, so that appending items pays no write barriers.
type item struct {
	first, last int // token range [first, last)
	kind        itemKind
	nameKind    guessKind // for itName: the kind the name's shape suggests
	key         keyID     // for a one-token item, its token's keyID, or 0: set where items are made, read by keyAt
	vals        valSpan   // for itLexicon: its values in Lexicon.vals
	// country is for itName organizations: 1 + the index in Lexicon.vals of the entity
	// whose state is named inside it, or 0.
	country uint32
	ref     int // index of the ref the item belongs to, or -1
}

// guessKind is a Kind that the shape of a name suggests, as a number rather than a string.
type guessKind uint8

const (
	guessNone guessKind = iota
	guessPerson
	guessOrganization
)

// kind returns the Kind g stands for, or "".
func (g guessKind) kind() Kind {
	switch g {
	case guessPerson:
		return Person
	case guessOrganization:
		return Organization
	}
	return ""
}

// hasKind reports whether the item carries a lexicon value of kind k, by valSpan.kinds:
// most items carry none, and the loops over an item's values for a kind skip them so.
func (it *item) hasKind(k lexKind) bool { return it.vals.kinds&(1<<k) != 0 }

// has reports whether the item carries a lexicon value of kind k, and returns the first.
func (it *item) has(l *Lexicon, k lexKind) (lexVal, bool) {
	if it.vals.kinds&(1<<k) == 0 { // hasKind, spelled out to keep has cheap enough to inline
		return lexVal{}, false // as for most items: no loop over the values
	}
	// By index: a range over the values copies each, 40 bytes, to test its kind.
	for i := it.vals.start; i < it.vals.end; i++ {
		if l.vals[i].kind == k {
			return l.vals[i], true
		}
	}
	return lexVal{}, false
}

// entity returns the lexicon entity the item names (a country by name, capital or demonym,
// or an organization), preferring organizations and countries named outright.
func (it *item) entity(l *Lexicon) (lexVal, bool) {
	if k := it.entityAt(l); k >= 0 {
		return l.vals[k], true
	}
	return lexVal{}, false
}

// entityAt is entity, returning the index of the value in Lexicon.vals, or -1.
func (it *item) entityAt(l *Lexicon) int {
	if it.vals.kinds&entityKinds == 0 {
		return -1 // as for most items: no loop over the values
	}
	best, rank := -1, noEntity
	for k := it.vals.start; k < it.vals.end; k++ {
		if r := entityRank(l.vals[k].kind); r < rank {
			best, rank = int(k), r
		}
	}
	return best
}

// countryIn returns the state named inside an itName organization, or "".
func (it *item) countryIn(l *Lexicon) string {
	if it.country == 0 {
		return ""
	}
	e := l.vals[it.country-1].entity
	if e.Kind != Country {
		return e.Country
	}
	return e.ID
}

// entityRank orders the kinds of lexicon values that name an entity, the most preferred
// first, for entity's one pass over an item's values; other kinds rank noEntity.
func entityRank(k lexKind) int {
	switch k {
	case lexOrg:
		return 0
	case lexCountry:
		return 1
	case lexCapital:
		return 2
	case lexDemonym:
		return 3
	}
	return noEntity
}

const noEntity = 4

// entityKinds is the set of the kinds that entityRank ranks, as in valSpan.kinds.
const entityKinds = 1<<lexOrg | 1<<lexCountry | 1<<lexCapital | 1<<lexDemonym

// phraseMatches holds, for each token of the sentence being tagged, the longest lexicon
// phrases that start there: the mentions stage finds them once per sentence (find) and
// reads them as it tags (at). Its buffers are reused from sentence to sentence.
type phraseMatches struct {
	buf   []phraseID // the phrases found, token after token
	ends  []int32    // per token of the sentence: end of its phrases in buf
	lens  []int32    // per token of the sentence: length of its phrases in tokens
	first int        // the sentence's first token
}

// find replaces the matches with those of the sentence [first, last): once for each
// token, the longest lexicon phrases that start there.
func (m *phraseMatches) find(lex *Lexicon, tk *tokenizer, first, last int) {
	// Appending to a local, stored into m once at the end, spares the per-token stores of
	// its slice header into m the write barrier they pay while the collector marks.
	// Indexed by k over the sentence's tokens, of whose length ends and lens are, the
	// stores below need no bounds checks.
	buf, toks := m.buf[:0], tk.toks[first:last]
	ends := slices.Grow(m.ends[:0], len(toks))[:len(toks)]
	lens := slices.Grow(m.lens[:0], len(toks))[:len(toks)]
	infos := lex.infos
	for k := range toks {
		var n int
		if infos[toks[k].id].flags&keyPhrase != 0 { // most tokens start no phrase: no call
			buf, n = lex.match(buf, tk, first+k, last)
		}
		ends[k] = int32(len(buf))
		lens[k] = int32(n)
	}
	m.buf, m.ends, m.lens, m.first = buf, ends, lens, first
}

// at returns the phrases find found at token i and their length.
func (m *phraseMatches) at(i int) ([]phraseID, int) {
	k := i - m.first
	if k < 0 || k >= len(m.lens) || m.lens[k] == 0 {
		return nil, 0
	}
	start := int32(0)
	if k > 0 {
		start = m.ends[k-1]
	}
	return m.buf[start:m.ends[k]], int(m.lens[k])
}

// articleYields reports whether the phrase of n tokens at token i opens with "the" and a
// longer phrase starts right after it: "the Gulf Clan" is the group, not the place "the
// Gulf" and a word. n is more than 1: tagItems asks only of such phrases.
func (st *Doc) articleYields(i, n int) bool {
	if st.tk.key(i) != "the" {
		return false
	}
	_, m := st.match.at(i + 1)
	return i+1+m > i+n
}

// A tagger splits a sentence into items (tagItems) for the stages after it. It carries the
// span it reads, which the checks of name words consult: a word at its start or in a
// headline is capitalized for position, not as a name. Its methods take it by value, and
// may change their copy to read part of the span on its own terms.
type tagger struct {
	*Doc
	first, last int  // the tokens [first, last): a sentence after its dateline
	headline    bool // the sentence is a headline in title case
}

// tagItems splits the tokens [tg.first, tg.last) into items: lexicon phrases by longest
// match, then names.
func (tg tagger) tagItems(dst []item) []item {
	for i := tg.first; i < tg.last; {
		// A phrase of one token cannot yield to a longer one, nor one of more open a name:
		// each is asked of phrases of its length alone, most of them of one token.
		if ps, n := tg.match.at(i); n > 0 && !(n > 1 && tg.articleYields(i, n)) && !(n == 1 && tg.givenNameAfterTitle(i)) && !tg.barePlural(ps, i+n) {
			it := item{first: i, last: i + n, kind: itLexicon, vals: tg.lex.spanOf(ps), ref: -1}
			if n == 1 {
				it.key = tg.tk.toks[i].id
			}
			// A country or demonym that opens a capitalized organization name belongs to it:
			// "Polish Press Agency", "Russian Foreign Ministry".
			// So does an organization or place that opens a longer one: "AU Commission",
			// "Tigray Interim Administration".
			e := it.entityAt(tg.lex)
			isEntity := e >= 0
			isPlace := it.hasKind(lexPlace)
			if isEntity || isPlace {
				end, ok := tg.orgNameAfter(i + n)
				end = tg.abbrevPeriod(end)
				if k := len(dst) - 1; ok && k >= 0 && dst[k].kind == itName && dst[k].last == i && !tg.tk.toks[i].is(tNewline) {
					// A name that runs on through a state into an organization's head is
					// one company: "Tabacos USA Inc.", not Tabacos and "USA Inc".
					dst[k] = item{first: dst[k].first, last: end, kind: itName, nameKind: guessOrganization, ref: -1}
					i = end
					continue
				}
				if ok {
					dst = append(dst, item{first: i, last: end, kind: itName, nameKind: guessOrganization,
						country: uint32(e + 1), ref: -1})
					i = end
					continue
				}
				if end > i+n && tg.tk.info(end-1).class&wordNonActor != 0 && !(isEntity && tg.lex.vals[e].kind == lexOrg) && !tg.afterHyphen(i) {
					// So does a state or place that opens the name of an event, place or
					// thing, which is no actor: "Malaysia Airlines Flight 17", "the Geneva
					// Peace Conference"; not a body: "the White House Rose Garden".
					dst = append(dst, item{first: i, last: end, kind: itWord, ref: -1})
					i = end
					continue
				}
			}
			if k := len(dst) - 1; isEntity && tg.lex.vals[e].kind == lexOrg && k >= 0 && dst[k].kind == itName && dst[k].last == i &&
				tg.tk.toks[i].is(tCap) && !tg.tk.toks[i].is(tNewline) && tg.tk.info(i+n-1).flags&keyOrgHead != 0 {
				// A name that runs on into a known organization's is another organization:
				// "Social Democratic Party" is not the Democratic Party.
				dst[k] = item{first: dst[k].first, last: i + n, kind: itName, nameKind: guessOrganization, ref: -1}
				i += n
				continue
			}
			if isEntity && tg.lex.vals[e].kind == lexOrg && n > 2 {
				dst = tg.possessorItems(dst, &it) // "Taiwan's Defense Ministry"
			}
			dst = append(dst, it)
			i += n
			continue
		}
		// Only a capitalized word (nameWord, titledFunctionWord) or a particle joined to one
		// (particleHyphen) starts a name: most words are neither, and skip the calls.
		if tg.tk.toks[i].is(tCap) || tg.tk.info(i).class&wordParticle != 0 {
			if end := tg.nameEnd(i); end > i {
				if tg.pairEventName(i, end, dst) {
					// "the U.S.-Iraq Strategic Dialogue": its modifiers are words, and its
					// last word is matched as the trigger it is, as in "the India-Japan Summit".
					for ; i < end-1; i++ {
						dst = append(dst, item{first: i, last: i + 1, kind: itWord, key: tg.tk.toks[i].id, ref: -1})
					}
					continue
				}
				end = tg.abbrevPeriod(end)
				dst = append(dst, tg.classifyName(i, end))
				i = end
				continue
			}
			if tg.titledFunctionWord(i, dst) {
				// "Vice Premier He Lifeng": after a title, "He" starts a name.
				end := tg.nameEnd(i + 1)
				dst = append(dst, tg.classifyName(i, end))
				i = end
				continue
			}
		}
		// Most items are such words: filled in place, an item is not built and then copied.
		dst = append(dst, item{})
		it := &dst[len(dst)-1]
		it.first, it.last, it.kind, it.key, it.ref = i, i+1, itWord, tg.tk.toks[i].id, -1
		i++
	}
	return dst
}

// pairEventName reports whether the capitalized words from i to end name an event of the
// hyphenated pair just before them, a name that ends in a trigger the lexicon knows: "the
// U.S.-Iraq Strategic Dialogue", "the India-Japan Annual Summit".
func (tg tagger) pairEventName(i, end int, dst []item) bool {
	k := len(dst) - 1
	if end-i < 2 || k < 0 || dst[k].last != i || dst[k].kind != itLexicon || !tg.afterHyphen(dst[k].first) ||
		!dst[k].hasKind(lexPlace) && dst[k].entityAt(tg.lex) < 0 {
		return false
	}
	ps, n := tg.match.at(end - 1)
	return n == 1 && tg.lex.spanOf(ps).kinds&(1<<lexTrigger) != 0
}

// afterHyphen reports whether token i follows a hyphen joined to the word before it and
// to i: in "the India-Japan Summit" Japan is a party of the summit, not a word of its name.
func (tg tagger) afterHyphen(i int) bool {
	return i-2 >= tg.first && tg.tk.toks[i-1].id == kwHyphen && tg.tk.toks[i-2].end == tg.tk.toks[i-1].start && tg.tk.toks[i-1].end == tg.tk.toks[i].start
}

// abbrevPeriod returns end, or end+1 when the name that ends at token end closes with a
// word the lexicon knows as an abbreviation and the period right after it: "Tabacos USA
// Inc." keeps its period, as "S.A." does; a given name that is also a month's ("Dong
// Jun.") does not, unless a number follows (givenNotDate).
func (tg tagger) abbrevPeriod(end int) int {
	if end > tg.first && end < tg.last && tg.tk.toks[end].id == kwPeriod && tg.tk.toks[end].start == tg.tk.toks[end-1].end &&
		tg.tk.info(end-1).flags&keyAbbrev != 0 && tg.tk.toks[end-1].is(tCap) && !tg.givenNotDate(end-1) {
		return end + 1
	}
	return end
}

// possessorItems splits off the state that opens the known organization of item it with a
// possessive ("Taiwan's Defense Ministry", "Iran's foreign ministry"), as GUIDELINES 3.7
// reads it: the state is a mention of its own, and the organ after the "'s" is the
// organization's alias. It appends the state's and the possessive's items to dst and
// starts it after them; it leaves an organization named otherwise as it is.
func (tg tagger) possessorItems(dst []item, it *item) []item {
	for p := it.first + 1; p < it.last-1; p++ {
		if !tg.tk.toks[p].is(tPossessive) {
			continue
		}
		ps, n := tg.lex.match(nil, &tg.tk, it.first, p)
		if n != p-it.first {
			return dst
		}
		state := item{first: it.first, last: p, kind: itLexicon, ref: -1,
			vals: tg.lex.spanOf(ps)}
		if e := state.entityAt(tg.lex); e < 0 || tg.lex.vals[e].entity.Kind != Country {
			return dst
		}
		if n == 1 {
			state.key = tg.tk.toks[it.first].id
		}
		it.first = p + 1
		return append(dst, state, item{first: p, last: p + 1, kind: itWord, key: tg.tk.toks[p].id, ref: -1})
	}
	return dst
}

// titledFunctionWord reports whether token i is a capitalized function word ("He", "An")
// right after a title and before a name word: a family name that looks like a pronoun.
func (tg tagger) titledFunctionWord(i int, done []item) bool {
	if i == tg.first || i+1 >= tg.last || len(done) == 0 || !tg.tk.toks[i].is(tCap) || !tg.tk.toks[i+1].is(tCap) {
		return false
	}
	if !done[len(done)-1].hasKind(lexTitle) || tg.tk.info(i).class&wordFunction == 0 {
		return false
	}
	tg.headline = false // after a title, even a headline capitalizes a name as a name
	return tg.nameWord(i + 1)
}

// orgNameAfter reports whether capitalized words starting at i run to an organization head
// noun or hold one before "of" ("Press Agency", "Foreign Ministry", "Ministry of Defence")
// and returns the end of that run.
func (tg tagger) orgNameAfter(i int) (int, bool) {
	// Small enough to inline: after most states and places comes a word in lower case
	// that is no particle, which neither nameEnd nor the run below reads on from.
	if i >= tg.last || !tg.tk.toks[i].is(tCap) && tg.tk.info(i).class&wordParticle == 0 {
		return i, false
	}
	return tg.orgNameAt(i)
}

// orgNameAt is orgNameAfter past its first test.
func (tg tagger) orgNameAt(i int) (int, bool) {
	tg.first = i // its first word is judged as a sentence's first word is
	end := tg.nameEnd(i)
	if end > i && (tg.tk.info(end-1).flags&keyOrgHead != 0 || tg.headOf(i, end)) {
		return end, true
	}
	// A run of capitalized words that holds a known body's name and ends in an
	// organization's head is one name too: "Myanmar National Liberation Army", not Myanmar
	// and the National Liberation Army.
	for j := i; j < tg.last && j < i+maxOrgRun && tg.tk.toks[j].is(tCap) && tg.tk.toks[j].is(tWord) && !tg.tk.toks[j].is(tNewline); j++ {
		if j > i && tg.tk.info(j).flags&keyOrgHead != 0 && (j+1 >= tg.last || !tg.tk.toks[j+1].is(tCap)) {
			return j + 1, true
		}
	}
	return end, false
}

// maxOrgRun bounds the capitalized words orgNameAfter reads past a state's name.
const maxOrgRun = 6

// honorificInName reports whether the honorific at token i sits between two words of a
// name, where it is part of the name: "Hassan Sheikh Mohamud", not "Sheikh Tamim". It
// consults the word before i as look allows.
func (tg tagger) honorificInName(i int, look nameLook) bool {
	if i == tg.first || i+1 >= tg.last || tg.tk.toks[i].is(tNewline) || !tg.tk.toks[i+1].is(tCap) {
		return false
	}
	prev := &tg.tk.toks[i-1]
	return prev.is(tWord) && prev.is(tCap) && prev.end < tg.tk.toks[i].start &&
		tg.tk.info(i-1).class&(wordHonorific|wordPortfolio) == 0 && look.may(i-1) &&
		tg.nameWordLook(i-1, look.from(i))
}

// barePlural reports whether phrases ps are only plural titles and no name follows them at
// token j, or after a comma there: "officials said", "the two leaders" are plain words,
// while "Presidents Ruto and Museveni" and "the two presidents, Ruto and Museveni" hold the
// title each.
func (tg tagger) barePlural(ps []phraseID, j int) bool {
	// Small enough to inline: most phrases are no plural title and stop here.
	return tg.lex.entries[ps[0]].plural && tg.barePluralAt(ps, j)
}

// barePluralAt is barePlural past its first test.
func (tg tagger) barePluralAt(ps []phraseID, j int) bool {
	for _, p := range ps[1:] {
		if !tg.lex.entries[p].plural {
			return false
		}
	}
	if tg.oneOf(j - 1) {
		return false // "Naim, one of Hamas's negotiators": one of them
	}
	if j+1 < tg.last && tg.tk.toks[j].id == kwComma {
		j++ // "the two foreign ministers, Wang Yi and Sergei Lavrov": names in apposition
	}
	return j >= tg.last || !tg.tk.toks[j].is(tCap) || tg.tk.info(j).class&wordFunction != 0
}

// oneOf reports whether "one of" stands a few tokens before the plural title that ends
// at token e, before a principal perhaps ("one of Hamas's negotiators", "one of the
// Houthis' envoys").
func (tg tagger) oneOf(e int) bool {
	for k := e - 1; k > tg.first && k >= e-6; k-- {
		if tg.tk.toks[k].id == kwOf {
			return tg.tk.key(k-1) == "one"
		}
		if tg.tk.toks[k].id == kwComma || tg.tk.toks[k].id == kwPeriod {
			return false
		}
	}
	return false
}

// abbrevInName reports whether the word at token i, which the lexicon knows as an
// abbreviation when a period follows it ("Jun." for June, "Sen." for Senator), is written
// without the period as the last word of a name that starts before it: "Hun Sen", "Dong
// Jun", where the family name comes first. A month's abbreviation (given) must also be a
// known given name, and may open a name before another name word too ("Jun Azumi").
func (tg tagger) abbrevInName(i int, look nameLook, given bool) bool {
	t := &tg.tk
	info := t.info(i)
	if info.flags&keyAbbrev == 0 || given && info.flags&keyGiven == 0 || t.toks[i].is(tNewline) {
		return false
	}
	if i+1 < tg.last && t.key(i+1) == "." && t.toks[i+1].start == t.toks[i].end {
		return false // "Sen. Lindsey Graham", "Jun. 5"
	}
	if i > tg.first && look.may(i-1) {
		prev := &t.toks[i-1]
		if prev.is(tWord) && prev.is(tCap) && prev.end < t.toks[i].start && t.info(i-1).class&(wordHonorific|wordFunction) == 0 &&
			(i+1 >= tg.last || !t.toks[i+1].is(tCap)) && tg.nameWordLook(i-1, look.from(i)) {
			return true
		}
	}
	return given && i+1 < tg.last && t.toks[i+1].is(tCap) && t.info(i+1).class&(wordHonorific|wordFunction) == 0 &&
		look.may(i+1) && tg.nameWordLook(i+1, look.from(i))
}

// givenNameAfterTitle reports whether token i, a one-word lexicon phrase that is also a
// given name or a state's name, opens a name after a title: "Foreign Minister Amir Khan
// Muttaqi", "Defence Minister Israel Katz". A capitalized word must follow that is no
// lexicon phrase itself.
func (tg tagger) givenNameAfterTitle(i int) bool {
	if i+1 >= tg.last || !tg.tk.toks[i+1].is(tCap) || tg.tk.toks[i+1].is(tPossessive) {
		return false
	}
	if _, n := tg.match.at(i + 1); n > 0 {
		return false
	}
	if tg.tk.info(i).flags&keyGiven == 0 && !tg.namesCountry(i) {
		return false
	}
	return tg.titleEndsAt(i)
}

// titleEndsAt reports whether a lexicon title of the sentence being tagged ends right
// before token i: "Foreign Minister" before "Amir Khan Muttaqi".
func (st *Doc) titleEndsAt(i int) bool {
	for s := i - 1; s >= 0 && s >= i-st.lex.maxPhrase && s >= st.match.first; s-- {
		if ps, n := st.match.at(s); s+n == i {
			for _, p := range ps {
				for _, v := range st.lex.valsIn(st.lex.phrases[p].span) {
					if v.kind == lexTitle {
						return true
					}
				}
			}
		}
	}
	return false
}

// namesCountry reports whether the one-token phrase at token i is a country's or a
// capital's name, which may be a given name after a title ("Israel Katz", "Santiago Peña").
func (st *Doc) namesCountry(i int) bool {
	ps, n := st.match.at(i)
	if n != 1 {
		return false
	}
	for _, p := range ps {
		for _, v := range st.lex.valsIn(st.lex.phrases[p].span) {
			if v.kind == lexCountry || v.kind == lexCapital {
				return true // "Defense Minister Israel Katz", "President Santiago Peña"
			}
		}
	}
	return false
}

// nameWord reports whether token i can be part of a name: a capitalized word that is not a
// function word, not a title or other lexicon phrase, and, in a sentence's first position or
// a headline, a word the document also capitalizes elsewhere or a known given name.
func (tg tagger) nameWord(i int) bool {
	return tg.nameWordLook(i, nameLook{asker: -1})
}

// maxNameLook bounds the chain of neighbours that deciding one name word may consult: a
// word at a sentence's start asks whether the next word is a name word, an honorific asks
// whether the word before it is one, and each of those may ask on. Without a bound and
// without the asker rule of nameLook, "Today Mr Zelensky" made the first two words ask each
// other until the stack overflowed.
const maxNameLook = 4

// A nameLook says which neighbours a name-word check may consult.
type nameLook struct {
	asker int // the token whose check asked for this one, or -1: never consulted back
	depth int // how many checks asked, one after another, to reach this one
}

// may reports whether the check may consult token j.
func (l nameLook) may(j int) bool { return j != l.asker && l.depth < maxNameLook }

// from is the nameLook of a check asked for by the check of token i.
func (l nameLook) from(i int) nameLook { return nameLook{asker: i, depth: l.depth + 1} }

// nameWordLook is nameWord, consulting neighbouring words only as look allows: a word
// asked about by its neighbour does not ask that neighbour back.
func (tg tagger) nameWordLook(i int, look nameLook) bool {
	tok := &tg.tk.toks[i]
	if tok.flags&(tWord|tCap|tNumber) != tWord|tCap { // a capitalized word, not a number: one test
		return false
	}
	k := tg.tk.key(i)
	if tg.tk.info(i).class&wordFunction != 0 && !tok.is(tUpper) && !tg.abbrevInName(i, look, true) && !tg.givenNotDate(i) {
		return false
	}
	if tg.tk.info(i).class&wordHonorific != 0 && !tok.is(tUpper) && !tg.honorificInName(i, look) && !tg.abbrevInName(i, look, false) {
		return false
	}
	if ps, n := tg.match.at(i); n > 0 && !(n == 1 && tg.tk.info(i).flags&keyOrgHead != 0) && !(n == 1 && tg.givenNameAfterTitle(i)) &&
		!(n == 1 && tg.hyphenedSurname(i)) {
		for _, p := range ps {
			for _, v := range tg.lex.valsIn(tg.lex.phrases[p].span) {
				switch v.kind {
				case lexTitle, lexCountry, lexCapital, lexDemonym, lexPlace, lexOrg:
					return false
				}
			}
		}
	}
	if i == tg.first || tg.headline || tg.tk.toks[i-1].is(tNewline) || tg.tk.quoteStarts(tg.first, i) {
		// A capital here may only mark the start of a sentence: trust it when the document
		// capitalizes the word elsewhere, knows it as a given name or a person's alias
		// ("Hemedti"), or a name word follows.
		return tg.seen[tok.num]&seenCapital != 0 || tg.tk.info(i).flags&keyGiven != 0 || tg.coref.surnames[k] != nil ||
			tg.tk.info(i).flags&keyAlias != 0 && tg.lex.personAliases[k] != "" ||
			tg.surnameAfterGiven(i) ||
			!tg.headline && i+1 < tg.last && tg.tk.toks[i+1].is(tPossessive) ||
			!tg.headline && i+1 < tg.last && tg.tk.toks[i+1].is(tCap) && !tg.participle(i) && look.may(i+1) &&
				tg.nameWordLook(i+1, look.from(i))
	}
	return true
}

// hyphenedSurname reports whether token i, a word the lexicon knows (a title: "Amir"),
// opens a hyphenated surname after a given name: "Hossein Amir-Abdollahian".
func (tg tagger) hyphenedSurname(i int) bool {
	t := &tg.tk
	if i == tg.first || i+2 >= tg.last || t.info(i-1).flags&keyGiven == 0 || !t.toks[i-1].is(tCap) {
		return false
	}
	h, next := &t.toks[i+1], &t.toks[i+2]
	return h.id == kwHyphen && h.start == t.toks[i].end && next.start == h.end && next.is(tCap) && next.is(tWord)
}

// participle reports whether token i is a common English word ending in "-ing" or "-ly",
// a participle or adverb that opens a sentence before a name ("Echoing Bayramov, ...",
// "Separately Blinken ...") and is no part of it.
func (st *Doc) participle(i int) bool {
	k := st.tk.key(i)
	return (strings.HasSuffix(k, "ing") || strings.HasSuffix(k, "ly")) && st.tk.common(i)
}

// givenNotDate reports whether token i, a function word that is also a given name ("Jan",
// "Jun"), is the name: no number follows it, nor a period and a number ("Admiral Dong
// Jun", "Jan Egeland", "met Dong Jun."; not "Jan 5" or "Jun. 5").
func (tg tagger) givenNotDate(i int) bool {
	if tg.tk.info(i).flags&keyGiven == 0 || tg.tk.toks[i].is(tDotted) {
		return false
	}
	if i+1 < tg.last && tg.tk.key(i+1) == "." {
		i++
	}
	return i+1 >= tg.last || !tg.tk.toks[i+1].is(tNumber)
}

// surnameAfterGiven reports whether token i, a capitalized word that is no common English
// word, follows a known given name: in a headline, "Hans Grundberg" is a name even when the
// text does not repeat the surname, and "Mitchell Presses" is none.
func (tg tagger) surnameAfterGiven(i int) bool {
	if i == tg.first || tg.tk.toks[i].is(tNewline) {
		return false
	}
	prev := &tg.tk.toks[i-1]
	return prev.is(tWord) && prev.is(tCap) && prev.end < tg.tk.toks[i].start && tg.tk.info(i-1).flags&keyGiven != 0 &&
		!tg.tk.common(i)
}

// nameEnd returns the end of the name starting at token i, or i when none starts there.
// A name is a run of name words, joined by hyphens without spaces ("el-Sisi"), by
// particles ("bin", "al") followed by another name word, and, after an organization head
// noun, by "of", "for" or "on" ("Ministry of Foreign Affairs", "Authority on Development")
// or "of the" ("Office of the Central Foreign Affairs Commission").
func (tg tagger) nameEnd(i int) int {
	if i >= tg.last {
		return i
	}
	t := &tg.tk
	j := i + 1
	if !tg.nameWord(i) {
		if !tg.particleHyphen(i) {
			return i
		}
		j = i + 3 // "al-Burhan" on its own
	}
	portfolio := tg.afterTitleOf(i) // "Minister of Trade Lena Okafor": the portfolio ends at a given name
	for j < tg.last {
		tok := &t.toks[j]
		k := t.key(j)
		switch {
		case portfolio && t.info(j).flags&keyGiven != 0 && t.info(j-1).flags&keyGiven == 0 && tg.nameWord(j):
			return j
		case portfolio && t.info(j-1).class&wordPortfolio != 0 && t.info(j).class&wordPortfolio == 0:
			return j // "Minister of Interior Mr Atmar": the portfolio ends at its last word
		case tg.nameWord(j) && !tok.is(tNewline):
			j++
		case t.info(i).flags&keyGiven != 0 && tg.orgWordInName(j) && !tok.is(tNewline):
			j++ // "Thérèse Kayikwamba Wagner": a surname that is also a group's name
		case k == "-" && tok.start == t.toks[j-1].end && j+1 < tg.last &&
			t.toks[j+1].start == tok.end && t.toks[j+1].is(tWord) && !tg.hyphenPair(j) && !tg.dashBefore(j):
			j += 2
		case tg.particleHyphen(j):
			j += 3 // "el-Sisi", "al-Burhan"
		case tg.tk.info(j).class&wordParticle != 0 && !tok.is(tCap):
			// "bin", "von der": particles count only when a name word follows them.
			p := j
			for p < tg.last && tg.tk.info(p).class&wordParticle != 0 && !t.toks[p].is(tCap) {
				p++
			}
			if p >= tg.last || !tg.nameWord(p) {
				return j
			}
			j = p + 1
		case (k == "of" || k == "for" || k == "on") && t.info(j-1).flags&keyOrgHead != 0 && j+1 < tg.last && tg.nameWord(j+1):
			j += 2
		case k == "." && tok.start == t.toks[j-1].end && t.info(j-1).class&wordSuffix != 0 && len(t.key(j-1)) == 2:
			return j + 1 // "Ferdinand Marcos Jr.": the suffix's period is the name's
		case k == "of" && t.info(j-1).flags&keyOrgHead != 0 && j+2 < tg.last && t.key(j+1) == "the" && tg.nameWord(j+2):
			j += 3 // "Office of the Central Foreign Affairs Commission"; not "of the Russian Federation", no name word
		default:
			return j
		}
	}
	return j
}

// dashBefore reports whether the hyphen at token j stands for a dash before a lower-case
// word that starts no part of a name: a function word after a name the text writes on its
// own ("Alejos-as well as", not "Moon Jae-in"), or a participle ("Shakespeare-themed",
// "Kremlin-linked"; in "-ing" only a common one: not "Hsiao-ping").
func (tg tagger) dashBefore(j int) bool {
	t := &tg.tk
	if t.toks[j+1].is(tCap) {
		return false
	}
	if t.info(j+1).class&wordFunction != 0 {
		return tg.seen[t.toks[j-1].num]&seenSolo != 0
	}
	k := t.key(j + 1)
	return strings.HasSuffix(k, "ed") || strings.HasSuffix(k, "ing") && t.common(j+1)
}

// afterTitleOf reports whether token i follows a title and "of" or "for" ("Minister of
// Trade ..."), where a run of capitalized words may be a portfolio and then a name.
func (tg tagger) afterTitleOf(i int) bool {
	if i < 2 || i-2 < tg.match.first {
		return false
	}
	if _, n := tg.match.at(i - 1); n == 1 && i >= 3 && i-3 >= tg.match.first && tg.tk.toks[i-1].is(tCap) && tg.demonymAt(i-1) {
		i-- // "Assistant Secretary for African Affairs Molly Phee": a demonym opens the portfolio
	}
	if k := tg.tk.key(i - 1); k != "of" && k != "for" {
		return false
	}
	return tg.titleEndsAt(i - 1)
}

// demonymAt reports whether token i is a one-word demonym or place adjective of the
// lexicon ("Kenyan", "African").
func (tg tagger) demonymAt(i int) bool {
	ps, n := tg.match.at(i)
	for _, p := range ps {
		for _, v := range tg.lex.valsIn(tg.lex.phrases[p].span) {
			if (v.kind == lexDemonym || v.kind == lexPlace) && n == 1 {
				return true
			}
		}
	}
	return false
}

// particleHyphen reports whether token i starts a particle joined to a name word by a
// hyphen with no spaces: "el-Sisi", "al-Burhan", "bin-Salman".
func (tg tagger) particleHyphen(i int) bool {
	t := &tg.tk
	if i+2 >= tg.last || t.toks[i].is(tCap) || tg.tk.info(i).class&wordParticle == 0 {
		return false
	}
	return t.key(i+1) == "-" && t.toks[i+1].start == t.toks[i].end && t.toks[i+2].start == t.toks[i+1].end &&
		t.toks[i+2].is(tCap) && (tg.nameWord(i+2) || tg.orgWordInName(i+2))
}
