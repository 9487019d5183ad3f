package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file is the part of stage 5 that keeps one actor for each entity a document names
// in several ways: a name and the short form or acronym the text gives for it in brackets
// ("the Allied Democratic Forces (ADF)", "Horacio Cartes Jara (Cartes)", "the NCP [National
// Congress Party]"), after ", or" ("the Free Aceh Movement, or GAM") or after "known as"
// ("Jimmy Chérizier, better known as Barbecue", "the Joint Staff Committee, known as
// CEMOC"); a state's government written as a name
// ("the Colombian Government", "the Interim Government"); a body's head noun alone for the
// body named before ("the Commission" after the African Union Commission, "the Mission"
// after a UN mission's full name); "the North" for North Korea; the short forms of a double
// surname ("Felipe Alejos" for Felipe Alejos Lorenzana); and the people the lexicon knows
// by an alias ("Hemedti", "MBS"). Acronyms whose letters are the initials of a body the
// document names join it at assembly (Doc.Joins).

// A name link says which ref of a sentence is another name of which: nameFor[j] = i+1
// when ref j names the actor of ref i, which comes before it ("ADF" after "the Allied
// Democratic Forces"); -(i+1) when ref i comes after it ("NCP [National Congress Party]":
// the acronym names the actor of the full name that follows).

// linkNames fills ss.nameFor for the refs of the sentence: each pair of a name and another
// name of the same actor that the text gives in brackets, after ", or", or after "known
// as". A name before the acronym of a lexicon entity takes that entity ("the
// Inter-Governmental Authority on Development (IGAD)").
func (ss *sentState) linkNames() {
	ss.nameFor = append(ss.nameFor[:0], make([]int32, len(ss.refs))...) // zeroed in place, not allocated
	if ss.sets&nameLinkers == 0 {
		return // most sentences give no name two ways
	}
	for j := 1; j < len(ss.refs); j++ {
		i := j - 1
		a, b := &ss.refs[i], &ss.refs[j]
		if !ss.plainName(a) || !ss.plainName(b) || b.title != nil {
			continue
		}
		switch {
		case ss.bracketed(i, j):
		case (ss.orAcronym(i, j) || ss.knownAs(i, j)) && a.kind != Person && a.kind != Country && ss.isAcronym(b):
			// "the Free Aceh Movement, or GAM", "the Joint Staff Committee, known as CEMOC"
		case a.kind == Person && b.entity == nil && ss.knownAs(i, j):
			ss.nameFor[j] = int32(i + 1)
			continue
		default:
			continue
		}
		acronymB, acronymA := ss.isAcronym(b), ss.isAcronym(a)
		switch {
		case a.entity != nil && b.entity != nil:
			continue // two names the lexicon knows: "the European Union (EU)"
		case a.entity != nil && b.kind == Person || b.entity != nil && a.kind == Person && a.title != nil:
			continue // "Li Qiang (China)", "President X (AU)": no other name of one actor
		case (a.entity != nil && a.kind == Country) != (b.entity != nil && b.kind == Country):
			continue // a state and something else: "Kenyan troops (Kenya)"
		case b.entity != nil:
			// "the Inter-Governmental Authority on Development (IGAD)": the name is the
			// entity's.
			a.entity, a.kind = b.entity, b.entity.Kind
			continue
		case a.kind == Person && a.title == nil && acronymB:
			// "the Supreme Court of Justice (CSJ)": a name with an acronym is a body's.
			a.kind = Organization
		case a.kind == Person && b.kind != Person && b.kind != "" || a.kind != Person && b.kind == Person:
			continue
		}
		if acronymA && !acronymB && a.entity == nil && b.entity == nil {
			// "the NCP [National Congress Party]": the acronym names the full name's actor.
			b.kind = a.kind
			ss.nameFor[i] = int32(-(j + 1))
			continue
		}
		ss.nameFor[j] = int32(i + 1)
	}
}

// plainName reports whether r names an actor by name: no description, pronoun or class
// noun, and part of no other ref.
func (ss *sentState) plainName(r *ref) bool {
	return !r.desc && !r.pronoun && !r.class && r.same == 0 && r.inside == 0 && r.alias[1] > r.alias[0]
}

// isAcronym reports whether r is named by one word in capitals, without dots ("ADF").
func (ss *sentState) isAcronym(r *ref) bool {
	return r.alias[1]-r.alias[0] == 1 && ss.tk.toks[r.alias[0]].is(tUpper) && !ss.tk.toks[r.alias[0]].is(tDotted)
}

// bracketed reports whether ref j is all that stands in brackets right after ref i: "the
// Allied Democratic Forces (ADF)", "the NCP [National Congress Party]".
func (ss *sentState) bracketed(i, j int) bool {
	a, b := &ss.refs[i], &ss.refs[j]
	if b.first != a.last+1 {
		return false
	}
	if ss.keyAt(a.last) == kwOpenParen {
		return ss.keyAt(b.last) == kwCloseParen
	}
	return ss.itemKey(a.last) == "[" && ss.itemKey(b.last) == "]"
}

// orAcronym reports whether ref j follows ref i after ", or" and ends a clause: "the Free
// Aceh Movement, or GAM, ...".
func (ss *sentState) orAcronym(i, j int) bool {
	a, b := &ss.refs[i], &ss.refs[j]
	if b.first != a.last+2 || ss.keyAt(a.last) != kwComma || ss.keyAt(a.last+1) != kwOr {
		return false
	}
	switch ss.itemKey(b.last) {
	case "", ",", ".", ";", ":", ")":
		return true
	}
	return false
}

// knownAs reports whether ref j follows ref i after "known as", perhaps with a comma, an
// adverb ("widely", "better", "also") and a quotation mark between: "Jimmy Chérizier,
// better known as Barbecue".
func (ss *sentState) knownAs(i, j int) bool {
	a, b := &ss.refs[i], &ss.refs[j]
	k := a.last
	if ss.keyAt(k) == kwComma {
		k++
	}
	if k+1 < b.first && ss.isLowerWord(k) && ss.itemKey(k+1) == "known" {
		k++ // "widely", "better", "also", "popularly"
	}
	if ss.itemKey(k) != "known" || ss.keyAt(k+1) != kwAs {
		return false
	}
	k += 2
	if ss.keyAt(k) == kwQuote {
		k++
	}
	return k == b.first
}

// resolveLinked returns the actor of ref i, which linkNames found to be another name of
// another ref's actor, and records the name for the rest of the document. It returns nil
// when that actor is unknown.
func (ss *sentState) resolveLinked(i int) *Actor {
	r := &ss.refs[i]
	var a *Actor
	if k := ss.nameFor[i]; k > 0 {
		a = ss.actors[ss.refs[k-1].actor]
	} else {
		o := &ss.refs[-k-1]
		if o.entity != nil {
			a = ss.addEntity(o.entity)
		} else {
			a = ss.resolveName(o)
		}
	}
	if a == nil {
		return nil
	}
	words := ss.nameWords(r.alias)
	if len(words) == 0 {
		return a
	}
	key := ss.nameKey(words)
	if old := ss.actors[fold.Slug(ss.spanText(r.alias))]; old != nil && old != a &&
		ss.lex.orgs[old.ID] == nil && ss.lex.countries[old.ID] == nil {
		// The document used the name alone before ("NCP" in a headline): it joins too.
		ss.coref.joins[old.ID] = a.ID
	}
	ss.coref.named[string(key)] = a
	if a.Kind == Person && len(words) == 1 {
		ss.coref.surnames[ss.coref.words[0]] = a // "Cartes" alone later
	}
	return a
}

// nameKey returns the fold keys of words joined by spaces, in a buffer good until the next
// call: a map lookup with string(key) allocates nothing.
func (st *Doc) nameKey(words []string) []byte {
	b := st.coref.keyBuf[:0]
	for n, w := range words {
		if n > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	st.coref.keyBuf = b
	return b
}

// namedActor returns the actor the document gave the name of words (see corefMemory.named),
// or nil.
func (st *Doc) namedActor(words []string) *Actor {
	if len(st.coref.named) == 0 {
		return nil
	}
	if len(words) == 1 {
		return st.coref.named[words[0]]
	}
	return st.coref.named[string(st.nameKey(words))]
}

// lexiconPerson returns the person the lexicon knows by the name of words, an alias of
// officeholders.tsv or people.tsv ("Hemedti", "MBS", "El Chapo"): the person of the
// document with that full name, or a new one; or nil. An alias of several words that
// shares a word with the full name is another spelling of it ("Mohammad bin Salman",
// "Steven Witkoff"): the text's own form names the person, unless the document has named
// the person in full already. words are those of the last nameWords.
func (st *Doc) lexiconPerson(words []string) *Actor {
	if len(st.lex.personAliases) == 0 {
		return nil
	}
	// The lexicon marks the key of every one-word alias and the first word of every other:
	// most names are neither, and need no lookup.
	if len(words) == 1 {
		if st.wordInfo(0).flags&keyAlias == 0 {
			return nil
		}
		if full, ok := st.lex.personByAlias(words[0]); ok {
			return st.addPerson(full)
		}
		return nil
	}
	if st.wordInfo(0).flags&keyAliasOpen == 0 {
		return nil
	}
	key := st.nameKey(words)
	full, ok := st.lex.personByAlias(string(key))
	if !ok {
		return nil
	}
	fullWords := strings.Fields(fold.Key(full))
	for _, w := range words {
		if slices.Contains(fullWords, w) {
			return st.knownPerson(full, fullWords) // a spelling: the text's own, if new
		}
	}
	return st.addPerson(full)
}

// knownPerson returns the person of the document with the full name full, whose fold keys
// are words: the one with its ID, or the last person with its surname and given name, as
// resolveName finds them; or nil.
func (st *Doc) knownPerson(full string, words []string) *Actor {
	if a := st.actors[fold.Slug(full)]; a != nil {
		return a
	}
	if k, ok := st.coref.personOf(st.coref.surnames[st.lex.surnameKey(words)]); ok && len(words) > 1 &&
		st.lex.sameGivenName(words[0], st.coref.people[k].given) {
		return st.coref.people[k].actor
	}
	return nil
}

// addPerson returns the person of the document with the full name full (knownPerson),
// which it adds, with its surname and given name for later mentions, if there is none yet.
func (st *Doc) addPerson(full string) *Actor {
	words := strings.Fields(fold.Key(full))
	if a := st.knownPerson(full, words); a != nil {
		return a
	}
	id := fold.Slug(full)
	a := st.newActor(Actor{ID: id, Name: full, Kind: Person})
	st.actors[id] = a
	if len(words) > 1 {
		st.coref.addPersonName(personName{actor: a, given: words[0], tokens: len(words)})
	}
	if s := st.lex.surnameKey(words); s != "" {
		if _, taken := st.coref.surnames[s]; !taken {
			st.coref.surnames[s] = a
		}
	}
	return a
}

// noteDoubleSurname records the short forms of a person's name that has a given name and
// two surnames (doubleSurname) for later mentions: the first surname alone ("Cartes"), after
// the given name ("Felipe Alejos"), and the two surnames without it ("Cartes Jara"). words
// are the name's fold keys (nameWords), sn the index of its last surname.
func (st *Doc) noteDoubleSurname(a *Actor, words []string, sn int) {
	if !st.lex.doubleSurname(words, sn) {
		return
	}
	first := words[sn-1]
	if _, taken := st.coref.surnames[first]; !taken {
		st.coref.surnames[first] = a
	}
	for _, short := range [...]string{words[0] + " " + first, first + " " + words[sn]} {
		if _, taken := st.coref.named[short]; !taken {
			st.coref.named[short] = a
		}
	}
}

// doubleSurname reports whether a person's name, as the fold keys of its words with its
// last surname at sn, is a given name and two surnames, as Spanish and Portuguese names are
// ("Felipe Alejos Lorenzana", "Horacio Manuel Cartes Jara"). The name must open with a
// known given name: "Kim Jong Un", whose family name comes first, has no second surname,
// and "Kim Yo Jong" is someone else. A first surname that is a given name ("Ali Abdullah
// Saleh"), an initial or a particle is no surname.
func (l *Lexicon) doubleSurname(words []string, sn int) bool {
	if sn < 2 || sn >= len(words) || l.info(words[0]).flags&keyGiven == 0 {
		return false
	}
	w := words[sn-1]
	info := l.info(w)
	return info.flags&keyGiven == 0 && info.class&(wordParticle|wordSuffix) == 0 &&
		!strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 1
}

// ShortForms returns the fold keys of the short forms of the full name name when it is a
// given name and two surnames (see doubleSurname): the first surname alone, the given name
// and the first surname, and the two surnames ("cartes", "horacio cartes", "cartes jara"
// for Horacio Manuel Cartes Jara); nil for other names.
func (l *Lexicon) ShortForms(name string) []string {
	words := strings.Fields(fold.Key(name))
	sn := len(words) - 1
	if len(words) > 3 && l.info(words[sn]).class&wordSuffix != 0 {
		sn--
	}
	if !l.doubleSurname(words, sn) {
		return nil
	}
	first := words[sn-1]
	return []string{first, words[0] + " " + first, first + " " + words[sn]}
}

// nameItem returns the item of the name of ref r: the item whose first token opens its
// alias, or -1.
func (ss *sentState) nameItem(r *ref) int {
	for k := r.first; k < r.last && k < len(ss.items); k++ {
		if int32(ss.items[k].first) == r.alias[0] {
			return k
		}
	}
	return -1
}

// stateGovernment returns the state whose government ref i names by a name that ends in a
// government word of words.tsv: "the Colombian Government" (the state in the name),
// "Bangladesh's Interim Government" (the possessor), "the Interim Government" (the state
// the document gave the name before), "the new Government" (the last state named). It
// returns nil for other names, and for a government with its own name ("Kurdistan Regional
// Government", "Government of National Unity").
func (ss *sentState) stateGovernment(i int) *Actor {
	r := &ss.refs[i]
	if r.entity != nil || r.title != nil || r.kind == Person {
		return nil
	}
	// Most names end in a word of one token, not joined to the token before, that is no
	// government noun: its key number says so without the words of the name.
	if first, last := r.alias[0], r.alias[1]-1; last >= first && (last == first || ss.tk.toks[last].start != ss.tk.toks[last-1].end) &&
		ss.tk.info(int(last)).class&wordGovernment == 0 {
		return nil
	}
	words := ss.nameWords(r.alias)
	n := len(words)
	if n == 0 || ss.wordInfo(n-1).class&wordGovernment == 0 {
		return nil
	}
	k := n - 1
	for k > 0 && ss.wordInfo(k-1).class&wordGovernmentModifier != 0 {
		k--
	}
	state := ""
	if k > 0 {
		// The words before are the state's name or demonym: "Colombian Government".
		it := ss.nameItem(r)
		if it < 0 || ss.items[it].country == 0 || ss.lex.vals[ss.items[it].country-1].kind == lexOrg {
			return nil
		}
		state = r.country
	} else if a := ss.namedActor(words); a != nil {
		return a
	} else if p := i - 1; p >= 0 && ss.refs[p].last+1 == r.first && ss.keyAt(ss.refs[p].last) == kwPossessive {
		if o := ss.actors[ss.refs[p].actor]; o != nil && o.Kind == Country {
			state = o.ID // "Bangladesh's Interim Government"
		}
	} else if n == 1 || ss.itemKey(r.first) == "the" {
		state = ss.coref.lastOfKind[kindSlot(Country)]
	}
	e := ss.lex.countries[state]
	if e == nil {
		return nil
	}
	a := ss.addEntity(e)
	if n > 1 {
		ss.coref.named[string(ss.nameKey(words))] = a
	}
	return a
}

// headAlias returns the organization or group that a one-word name of a body's head noun
// after "the" or "this" stands for: "the Commission" after the African Union Commission,
// "the Mission" after the United Nations Organization Stabilization Mission in the
// Democratic Republic of the Congo, "this Council" after the Security Council. The head
// is a class-head noun of words.tsv, and the body the last one named with it (noteHead).
func (ss *sentState) headAlias(i int) *Actor {
	r := &ss.refs[i]
	if r.entity != nil || r.title != nil || r.alias[1]-r.alias[0] != 1 {
		return nil
	}
	tok := r.alias[0]
	if ss.tk.info(int(tok)).flags&keyClassHead == 0 || !ss.tk.toks[tok].is(tCap) {
		return nil
	}
	it := ss.nameItem(r)
	if k := ss.keyAt(it - 1); k != kwThe && k != kwThat && ss.itemKey(it-1) != "this" {
		return nil
	}
	for _, h := range ss.lex.classHeads[ss.tk.key(int(tok))] {
		if id := ss.coref.lastByHead[h]; id != "" {
			return ss.actors[id]
		}
	}
	return nil
}

// noteDelegations records, for "the delegation" in later sentences (a class-head row of
// words.tsv), the state or body whose delegation the sentence names: "the Houthi
// delegation", "Ukraine's delegation", "a delegation from Yemen's Houthi movement".
// resolveRefs calls it only for a sentence with a delegation word (ss.classes).
func (ss *sentState) noteDelegations() {
	for i := range ss.items {
		_, info := ss.itemInfo(i)
		if info.class&wordDelegation == 0 || info.flags&keyClassHead == 0 {
			continue
		}
		r := -1
		if n := ss.keyAt(i + 1); n == kwFrom || n == kwOf { // "a delegation from X"
			j := i + 2
			if ss.keyAt(j) == kwThe {
				j++
			}
			if r = ss.outerRef(j); r >= 0 && ss.possessed(r) >= 0 {
				r = ss.possessed(r) // "Yemen's Houthi movement"
			}
		} else {
			for j := i - 1; j >= 0 && j >= i-3; j-- { // "the Houthi delegation"
				if q := ss.outerRef(j); q >= 0 {
					if ss.collectiveEnd(ss.refs[q].last) == i+1 {
						r = q
					}
					break
				}
			}
		}
		if r >= 0 && ss.refs[r].actor != "" && !ss.isPerson(ss.refs[r].actor) {
			ss.coref.lastByHead[ss.itemKey(i)] = ss.refs[r].actor
		}
	}
}

// noteCompass records that "North" or "South" alone stands for the state a, when its name
// opens with that word ("North Korea").
func (st *Doc) noteCompass(a *Actor) {
	if k := st.lexOf(a).compass; k != "" {
		st.coref.named[k] = a
	}
}

// appendInitials appends to dst the capital initials of the words of name, skipping the
// lower-case ones ("of", "the"), and with parts joined by a hyphen counted as words when
// hyphens is set: "Sudan People's Liberation Movement" is "SPLM", "Inter-Governmental
// Authority on Development" "IGAD" with hyphens and "IAD" without. It appends none for a
// name of one word. Into a buffer of the caller's, which a comparison of its string
// reads in place, the initials allocate nothing.
func appendInitials(dst []byte, name string, hyphens bool) []byte {
	start, words := len(dst), 0
	for w := range strings.FieldsSeq(name) {
		for parts := w; parts != ""; {
			p := parts
			parts = ""
			if hyphens {
				p, parts, _ = strings.Cut(p, "-")
			}
			r, _ := utf8.DecodeRuneInString(p)
			if !unicode.IsUpper(r) {
				continue
			}
			words++
			if 'A' <= r && r <= 'Z' {
				dst = append(dst, byte(r)) // its own fold, upper-cased
			} else {
				dst = append(dst, strings.ToUpper(fold.Key(string(r)))...)
			}
		}
	}
	if words < 2 {
		return dst[:start]
	}
	return dst
}
