package extract

// This file is stage 3 of the pipeline: it groups the items of a sentence into refs, the
// phrases that point at one actor, with any title and modifier before the name ("U.S.
// President-elect Donald Trump", "Kremlin spokesperson Dmitry Peskov", "the
// President-elect", "Trump's national security advisor").

// ref is one mention of an actor in a sentence. Refs are built and appended by value, so
// the token ranges and ref indexes are int32 and the flags come last: 128 bytes, not 168.
type ref struct {
	first, last int      // item range [first, last) of the whole phrase
	alias       [2]int32 // token range of the surface form that names the actor
	titleFirst  int32    // token range of the title, when there is one
	titleLast   int32
	same        int32 // index+1 of a ref in the sentence that names the same actor, or 0
	inside      int32 // index+1 of the ref whose phrase holds this one (its principal), or 0
	of          int32 // ref index of the title's principal, or -1
	deputy      keyID // kwVice, kwDeputy or kwAssistant before a title the lexicon lacks, or 0
	kind        Kind
	entity      *lexEntity // the lexicon entry, when the lexicon knows the actor
	country     string     // for organizations found by shape: the state named in the name
	title       *titleInfo // a title given to the actor in this phrase
	actor       string     // the actor the ref resolves to, set by coreference
	// prep is the key of the preposition (or "by") before the ref, kwDirectObject after a
	// verb that takes one, or 0.
	prep       keyID
	desc       bool // a title-only description such as "the President-elect"
	indefinite bool // a description without "the" or a principal
	weak       bool // a demonym before a noun that is no state collective: no party to relations
	class      bool // "the group", "the bloc", "its": stands for the last such actor; no alias
	collective bool // "a U.S. official": resolved to the principal, which holds no role
	pronoun    bool // he, his, she, her
	former     bool // the title is held no longer ("former President")
	incoming   bool // the title is yet to be taken up ("incoming", "future")
	// portfolio is the token range of "of Trade" in "Minister of Trade Lena Okafor" or of
	// "Justice and Human Rights" before "Minister" (portfolioFirst): the title's domain,
	// part of the role's title, or zero.
	portfolio      [2]int32
	portfolioFirst bool
	byLexicon      bool // a description resolved through the office-holder lexicon (lexiconLeader)
	regime         bool // a regime (regimeEnd) of the state or person of, or with none "the junta"
	unnamed        bool // an unnamed collective (unnamedGroup): a group only while it takes part in a relation
}

// tokenRange returns the token range [first, last) as a ref stores it.
func tokenRange(first, last int) [2]int32 {
	return [2]int32{int32(first), int32(last)}
}

// buildRefs groups the sentence's items into refs, appended to refs (a buffer to reuse),
// and links each item to its ref.
func (ss *sentState) buildRefs(refs []ref) []ref {
	ss.noteClasses()
	items, infos := ss.items, ss.infos
	for i := 0; i < len(items); {
		// Most items are plain words that start nothing: one test of their key skips them,
		// in a loop of its own that keeps what it reads in registers. The kind and the flag
		// are tested as one number (itWord is 0), with one branch that mispredicts less
		// often than the two did.
		for i < len(items) && uint8(items[i].kind)|uint8(infos[items[i].key].flags&keyMayRef) == 0 {
			i++
		}
		if i == len(items) {
			break
		}
		n := len(refs)
		ok := ss.mayStartRef(i) // most items start no ref and need not pay the call of parseRef
		if ok {
			refs, ok = ss.parseRef(i, refs)
		}
		if !ok {
			if ss.classes&wordUnnamedGroup == 0 || ss.classAt(i)&wordUnnamedGroup == 0 {
				i++
				continue
			}
			if refs, n, ok = ss.unnamedGroup(i, refs); !ok {
				i++
				continue
			}
		}
		h := len(refs) - 1 // the head; refs[n:h] are inside it
		head := &refs[h]
		for k := head.first; k < head.last; k++ {
			ss.items[k].ref = h
		}
		for o := n; o < h; o++ {
			p := &refs[o]
			p.inside = int32(h + 1)
			for k := p.first; k < p.last; k++ {
				ss.items[k].ref = o
			}
		}
		head.prep = ss.prepBefore(head.first)
		i = head.last
		// A titled name can itself be a possessor: "U.S. President Donald Trump's envoy".
		if ss.keyAt(i) == kwPossessive && !head.desc {
			if t := ss.titleAt(ss.skipModifiers(i + 1)); t >= 0 {
				first := head.first
				refs = append(refs, ss.possessedTitle(len(refs)-1, refs[len(refs)-1], t))
				refs[len(refs)-2].inside = int32(len(refs))
				for k := first; k <= t; k++ {
					if ss.items[k].ref == len(refs)-2 || ss.items[k].ref < 0 {
						ss.items[k].ref = len(refs) - 1
					}
				}
				i = t + 1
			}
		}
	}
	return refs
}

// noteClasses sets ss.classes and ss.sets from the keys of the sentence's items.
func (ss *sentState) noteClasses() {
	var c wordClass
	var s wordSet
	infos, items := ss.infos, ss.items
	for i := range items {
		info := &infos[items[i].key]
		c |= info.class
		s |= info.sets
	}
	ss.classes, ss.sets = c, s
}

// mayStartRef is a quick test that rules out most plain words as the start of a ref. A
// plain word it may accept needs keyMayRef (markRefWords): buildRefs asks only of those.
func (ss *sentState) mayStartRef(i int) bool {
	switch ss.items[i].kind {
	case itName:
		return true
	case itLexicon:
		// A value of another kind than these may start a mention: the kinds of the values
		// say so without a loop over them.
		if ss.items[i].vals.kinds&^(1<<lexTrigger|1<<lexCue|1<<lexPlace|1<<lexIdiom) != 0 {
			return !ss.verbalPlural(i)
		}
		// A trigger, cue or place starts no mention, except a place before a title.
		place := ss.items[i].hasKind(lexPlace)
		return place && ss.titleAt(ss.skipModifiers(i+1)) >= 0
	}
	k, info := ss.itemInfo(i)
	return k == kwThe || k == kwIts || k == kwTheir || k == kwWhose || info.sets&titleModifiers != 0 ||
		info.class&wordRegime != 0 && ss.classAt(i+1)&(wordAgent|wordOfficials) != 0 ||
		info.class&(wordHonorific|wordPronounM|wordPronounF) != 0 ||
		info.class&wordPortfolio != 0 && ss.titleAt(ss.portfolioRun(i)) >= 0 ||
		isClassNoun(info) && ss.adjectivesBeforeClass(i, info)
}

// adjectivesBeforeClass reports whether item i, whose key has info, is a class noun after
// "the" and adjectives ("the regional body", "the Iran-backed group") that introduces no
// name ("the regional bloc ECOWAS" is ECOWAS).
func (ss *sentState) adjectivesBeforeClass(i int, info *keyInfo) bool {
	if !isClassNoun(info) || ss.keyAt(i-1) == kwThe || !ss.definiteBefore(i) {
		return false
	}
	if i+1 < len(ss.items) {
		if _, ok := ss.items[i+1].entity(ss.lex); ok || ss.items[i+1].kind == itName {
			return false
		}
	}
	return true
}

// possessedTitle makes the description "HOLDER's TITLE" whose principal is the ref at
// index holder and whose title is item t.
func (ss *sentState) possessedTitle(holder int, h ref, t int) ref {
	v, _ := ss.items[t].has(ss.lex, lexTitle)
	d := ref{first: h.first, last: t + 1, of: int32(holder), desc: true, kind: Person, title: v.title,
		alias: tokenRange(ss.items[h.first].first, ss.items[t].last)}
	d.titleFirst, d.titleLast = int32(ss.items[h.last+1].first), int32(ss.items[t].last)
	d.prep = h.prep
	return d
}

// parseRef reads [the] [PRINCIPAL | POSSESSOR 's] [modifiers] [TITLE] [NAME] at item i
// and appends it to refs, the refs already built: the principal as a ref of its own, and
// then the head. It returns refs as they were when there is no ref at i. Item i passed
// mayStartRef, which buildRefs tests first.
func (ss *sentState) parseRef(i int, refs []ref) ([]ref, bool) {
	base := len(refs)
	j := i
	if ss.keyAt(j) == kwThe {
		j++
	}
	head := ref{first: i, of: -1}
	j = ss.skipHonorifics(j)
	if j >= len(ss.items) {
		return refs, false // "the" at the end of a sentence
	}
	if j == i && ss.classes&wordRegime != 0 && ss.classAt(i+1)&(wordAgent|wordOfficials) != 0 {
		if e := ss.regimeEnd(i); e == i+1 {
			// "junta officials", "junta forces": the regime's men, with no "the".
			head.last, head.kind, head.regime = e, Organization, true
			head.alias = tokenRange(ss.items[i].first, ss.items[i].last)
			return pushRef(refs, &head), true
		}
	}
	if j == i+1 && ss.keyAt(i) == kwThe {
		if e := ss.regimeEnd(j); e > j {
			// "the junta": the last regime named (regimes.go).
			head.last, head.kind, head.regime = e, Organization, true
			head.alias = tokenRange(ss.items[i].first, ss.items[e-1].last)
			return pushRef(refs, &head), true
		}
	}
	if j == i+1 && ss.items[j].kind == itWord && ss.classAt(j)&(wordUnnamedModifier|wordClassGroup) != 0 {
		// "the opposition National Unity Government", "the rebel M23": a name after words
		// that say what it is.
		if n, ok := ss.describedName(j); ok {
			n.first = i
			return pushRef(refs, &n), true
		}
	}
	if ss.items[j].hasKind(lexPlace) && ss.titleAt(ss.skipModifiers(j+1)) >= 0 {
		j++ // a community or region, no principal: "Turkish Cypriot leader Ersin Tatar"
	}
	mods := j
	j = ss.skipModifiers(j)
	if ss.portfolioWord(j) {
		if e := ss.portfolioRun(j); e > j && ss.titleAt(e) == e {
			// "Justice and Human Rights Minister Hamid Awaluddin": part of the title.
			head.portfolio, head.portfolioFirst = tokenRange(ss.items[j].first, ss.items[e-1].last), true
			j = e
		}
	}
	// The name at nameAt is read once, for the principal and for the head.
	nameAt, name, named := -1, ref{}, false
	// A principal: an entity or organization name, or a possessive, followed by a title.
	if a := base - 1; j == i && ss.keyAt(j) == kwWhose && a >= 0 && refs[a].last == j-1 &&
		ss.keyAt(j-1) == kwComma && ss.titleAt(ss.skipModifiers(j+1)) >= 0 {
		// "Brazil, whose special adviser Celso Amorim": the principal is the ref before the
		// comma; it takes that ref's actor (same) and adds no alias (indefinite).
		head.of = int32(base)
		refs = pushRef(refs, &ref{first: j, last: j + 1, of: -1, same: int32(a + 1), indefinite: true, kind: refs[a].kind})
		j = ss.skipModifiers(j + 1)
	} else if j < len(ss.items) {
		nameAt = j
		named = ss.nameRef(j, &name)
		var p ref
		if next := ss.principal(j, &name, named, &p); next >= 0 {
			if next < len(ss.items) && (p.pronoun || p.class) && ss.isDemonym(next) &&
				ss.titleAt(ss.skipModifiers(next+1)) >= 0 {
				// "his Turkish counterpart": the demonym names the principal.
				ss.nameRef(next, &p)
				next++
			}
			p.prep = ss.prepBefore(p.first)
			if !p.pronoun && !p.class && p.kind != Organization && p.kind != Group {
				if e := ss.regimeEnd(next); e > next {
					// "Myanmar's military government", "the Lukashenko regime": a regime of
					// its own, named with its state or leader.
					head.last, head.of, head.kind, head.regime = e, int32(base), Organization, true
					head.alias = tokenRange(ss.items[p.first].first, ss.items[e-1].last)
					return pushRef(pushRef(refs, &p), &head), true
				}
				if p.kind == Country { // before organEnd: most principals are no state
					if e := ss.organEnd(next); e > next {
						// "Algeria's foreign ministry": the state's institution (stateInstitution).
						o := ref{first: next, last: e, of: -1, kind: Organization}
						o.alias = tokenRange(ss.items[next].first, ss.items[e-1].last)
						return pushRef(pushRef(refs, &p), &o), true
					}
				}
			}
			at := ss.skipModifiers(next)
			e := at
			if ss.portfolioWord(at) {
				e = ss.portfolioRun(at)
			}
			if e > at && ss.titleAt(e) == e {
				// "Indonesian Justice and Human Rights Minister": part of the title.
				head.portfolio, head.portfolioFirst = tokenRange(ss.items[at].first, ss.items[e-1].last), true
				at = e
			} else if ss.titleAt(at) < 0 && at+1 < len(ss.items) && ss.items[at].kind == itName &&
				ss.items[at].last-ss.items[at].first == 1 && ss.titleAt(at+1) >= 0 {
				at++ // a portfolio: "EU Enlargement Commissioner Marta Kos"
			} else if d := ss.skipModifiers(at + 1); ss.titleAt(at) < 0 && ss.stateAt(at) && ss.titleAt(d) == d {
				if v, _ := ss.items[d].has(ss.lex, lexTitle); v.title.diplomat() {
					at = d // "Cambodia's Myanmar envoy": the state it is sent to
				}
			} else if d := ss.skipModifiers(at + 1); ss.titleAt(at) < 0 && ss.placeAt(at) && ss.titleAt(d) == d {
				at = d // "Hamas's Gaza chief": the place the office is for
			}
			if ss.titleAt(at) >= 0 {
				head.of = int32(base)
				refs = append(refs, p)
				j = at
			} else if ss.isDemonym(p.first) {
				// "the Palestinian militant group Hamas": the state is mentioned, the
				// group is the head.
				if n, ok := ss.describedName(next); ok {
					n.first = i
					return pushRef(pushRef(refs, &p), &n), true
				}
			}
		}
	}
	if t := ss.titleAt(j); t >= 0 {
		v, _ := ss.items[t].has(ss.lex, lexTitle)
		head.title = v.title
		head.titleFirst, head.titleLast = int32(ss.items[mods].first), int32(ss.items[t].last)
		if ss.itemKey(mods-1) == "-" && ss.itemKey(mods-2) == "ex" {
			head.former = true // "Ex-president Ali Bongo"
		}
		for m := mods; m < t; m++ {
			if k := ss.itemKey(m); k == "ousted" || k == "deposed" {
				head.former = true // "ousted president Mohamed Bazoum" holds the office no longer
			}
			switch ss.keyAt(m) {
			case kwFormer:
				head.former = true
			case kwIncoming, kwFuture:
				head.incoming = true
			case kwVice, kwDeputy, kwAssistant:
				head.deputy = ss.keyAt(m) // "vice director" is a member, not the head
			}
		}
		j = t + 1
		if d := ss.destinationEnd(j); d > j && head.title.diplomat() && d < len(ss.items) && ss.items[d].kind == itName {
			j = d // "Special Envoy for Sudan Tom Perriello": the state or region he is sent to
		} else if p := ss.portfolioAt(j); p > j {
			// "Minister of Trade Lena Okafor": the portfolio is part of the title.
			head.portfolio = tokenRange(ss.items[j].first, ss.items[p-1].last)
			head.titleLast = int32(ss.items[p-1].last)
			j = p
		}
	} else if head.of >= 0 || j > mods {
		return refs[:base], false
	}
	if head.title != nil && ss.keyAt(j) == kwAnd && !ss.joining && ss.keyAt(i) != kwThe {
		if out, ok := ss.titlesJoined(i, j, refs, head); ok {
			return out, true // "Deputy Prime Minister and Foreign Minister Ishaq Dar"
		}
	}
	// The name, after a rank, which is no office ("Minister for Defence General Wardak").
	if head.title != nil {
		j = ss.skipRank(j)
	}
	j = ss.skipHonorifics(j)
	if j < len(ss.items) {
		if j != nameAt {
			named = ss.nameRef(j, &name)
		}
		// A title is held by a person, except membership, which states hold too ("NATO
		// member Turkey").
		if n := &name; named && (head.title == nil || n.kind != Country && n.kind != Organization ||
			head.title.Flags&titleState != 0 && n.kind == Country) {
			n.first, n.of, n.title, n.former, n.incoming, n.deputy = head.first, head.of, head.title, head.former, head.incoming, head.deputy
			n.titleFirst, n.titleLast, n.portfolio, n.portfolioFirst = head.titleFirst, head.titleLast, head.portfolio, head.portfolioFirst
			if head.title != nil && n.kind == "" {
				n.kind = Person
			}
			return append(refs, *n), true
		}
	}
	if head.title == nil || head.of < 0 && j < len(ss.items) && ss.isNoun(j) {
		return refs[:base], false // "an official visit": the title word qualifies a noun of an event
	}
	// A title with no name is a description. It refers back to a known actor only when it
	// is definite ("the President-elect", "Russia's foreign minister"); an indefinite one
	// ("special envoy", "an official") can still name someone through an appositive.
	head.indefinite = ss.keyAt(i) != kwThe && head.of < 0 && !ss.sharedThe(i, refs)
	head.desc = true
	head.kind = Person
	head.last = j
	head.alias = tokenRange(ss.items[i].first, ss.items[j-1].last)
	return append(refs, head), true
}

// pushRef appends *r to refs, for parseRef's rare outcomes: an append of a 128-byte ref,
// inlined, takes 300-450 bytes of code, and parseRef's common paths ran over more cache
// lines with a dozen of them between.
//
//go:noinline
func pushRef(refs []ref, r *ref) []ref {
	return append(refs, *r)
}

// sharedThe reports whether a bare title at item i follows "and" after a definite title
// with no name, whose "the" it shares: "The President and Prime Minister discussed Gaza".
func (ss *sentState) sharedThe(i int, refs []ref) bool {
	k := len(refs) - 1
	return k >= 0 && ss.keyAt(i-1) == kwAnd && refs[k].last == i-1 && refs[k].desc && !refs[k].indefinite && refs[k].title != nil
}

// titlesJoined reads a second title and a name after the title of head, which ends at
// the "and" at item and: "Qatar's Prime Minister and Minister of Foreign Affairs Sheikh
// Mohammed". The first title becomes a description of the same person (ref.same), inside
// the name's ref, and the principal before the first serves the second when it has none.
// It returns refs with both appended and true, or refs and false.
func (ss *sentState) titlesJoined(i, and int, refs []ref, head ref) ([]ref, bool) {
	if and+1 >= len(ss.items) || !ss.mayStartRef(and+1) {
		return refs, false
	}
	d := len(refs)
	head.desc, head.kind, head.last = true, Person, and
	head.alias = tokenRange(ss.items[i].first, ss.items[and-1].last)
	ss.joining = true
	out, ok := ss.parseRef(and+1, append(refs, head))
	ss.joining = false
	n := &out[len(out)-1]
	if !ok || n.desc || n.title == nil || n.kind != Person {
		return refs, false
	}
	out[d].same = int32(len(out)) // the name's index + 1
	if n.of < 0 {
		n.of = head.of
	}
	n.first = i
	return out, true
}

// regimeEnd returns the item after a regime noun of words.tsv at item i, in the singular
// and in lower case ("junta", "regime"), after "military" or not, or after a government
// noun after "military" ("military government"); or -1.
func (ss *sentState) regimeEnd(i int) int {
	if ss.classes&wordRegime == 0 && ss.sets&governmentNouns == 0 {
		return -1 // no regime noun, and no government for "military government"
	}
	return ss.regimeEndAt(i) // apart, so that the test above inlines: most sentences end there
}

// regimeEndAt is regimeEnd in a sentence with a regime or government noun.
func (ss *sentState) regimeEndAt(i int) int {
	if !ss.isLowerWord(i) {
		return -1 // both tests below want a lower-case word at i
	}
	if ss.itemKey(i) == "military" {
		i++
		if ss.itemIn(i, governmentNouns) {
			return i + 1
		}
	}
	if i < len(ss.items) && ss.items[i].kind == itWord && ss.isLowerWord(i) && ss.classAt(i)&wordRegime != 0 {
		return i + 1
	}
	return -1
}

// stateAt reports whether item i names a state, by its name or a demonym.
func (ss *sentState) stateAt(i int) bool { return ss.entityAt(i, Country) }

// bodyAt reports whether item i names an organization the lexicon knows.
func (ss *sentState) bodyAt(i int) bool { return ss.entityAt(i, Organization) }

// entityAt reports whether item i names an entity of the lexicon of kind k.
func (ss *sentState) entityAt(i int, k Kind) bool {
	if i >= len(ss.items) || ss.items[i].kind != itLexicon {
		return false
	}
	e := ss.items[i].entityAt(ss.lex)
	return e >= 0 && ss.lex.vals[e].entity != nil && ss.lex.vals[e].entity.Kind == k
}

// isDemonym reports whether item i is a demonym ("Palestinian").
func (ss *sentState) isDemonym(i int) bool {
	if i >= len(ss.items) {
		return false
	}
	ok := ss.items[i].hasKind(lexDemonym)
	return ok && ss.items[i].kind == itLexicon
}

// describedName reads one to three lower-case words and then a name that is not a
// country ("militant group Hamas", "armed group Hezbollah", "opposition figure X").
func (ss *sentState) describedName(i int) (ref, bool) {
	j := i
	for j < len(ss.items) && j < i+3 && ss.items[j].kind == itWord {
		tok := &ss.tk.toks[ss.items[j].first]
		if !tok.is(tWord) || tok.is(tCap) || ss.itemIn(j, prepositions|locatives) || ss.classAt(j)&wordFunction != 0 {
			break
		}
		j++
	}
	if j == i || j >= len(ss.items) {
		return ref{}, false
	}
	var n ref
	ok := ss.nameRef(j, &n)
	if !ok || n.pronoun || n.kind == Country {
		return ref{}, false
	}
	// The descriptor may say what kind of actor it is: "gang coalition Viv Ansanm".
	for k := i; k < j; k++ {
		switch c := ss.classAt(k); {
		case c&wordClassGroup != 0:
			n.kind = Group
		case c&wordClassOrg != 0 && n.kind != Group:
			n.kind = Organization
		}
	}
	return n, true
}

// skipHonorifics returns the first item at or after i that is not a courtesy title ("Mr.",
// "Sheikh") or its period.
func (ss *sentState) skipHonorifics(i int) int {
	if ss.classes&wordHonorific == 0 {
		return i // apart, so that this test inlines: most sentences have no courtesy title
	}
	return ss.skipHonorificsAt(i)
}

// skipHonorificsAt is skipHonorifics in a sentence with a courtesy title.
func (ss *sentState) skipHonorificsAt(i int) int {
	for i < len(ss.items) && ss.classAt(i)&wordHonorific != 0 {
		i++
		if ss.keyAt(i) == kwPeriod {
			i++
		}
	}
	return i
}

// skipRank returns the item after a military rank at item i that a name follows, or i.
func (ss *sentState) skipRank(i int) int {
	if i+1 < len(ss.items) && ss.items[i+1].kind == itName {
		if v, ok := ss.items[i].has(ss.lex, lexTitle); ok && v.title.Flags&titleRank != 0 {
			return i + 1
		}
	}
	return i
}

// skipModifiers returns the first item at or after i that is not a title modifier.
func (ss *sentState) skipModifiers(i int) int {
	for i < len(ss.items) && ss.itemIn(i, titleModifiers) {
		i++
	}
	return i
}

// principal reads the actor a title is held for into p: a country, capital, demonym or
// organization, or a possessive ("Trump's", "his") at item i. name and named are what
// nameRef read at i. It returns the item after the principal, or -1 when there is none.
// The refs go by pointer: parseRef tries most of its items as principals, and copying them
// in and out cost more than reading them.
func (ss *sentState) principal(i int, name *ref, named bool, p *ref) int {
	switch ss.keyAt(i) {
	case kwHis, kwHer:
		*p = ref{first: i, last: i + 1, of: -1, pronoun: true, kind: Person,
			alias: tokenRange(ss.items[i].first, ss.items[i].last)}
		return i + 1
	case kwIts, kwTheir:
		*p = ref{first: i, last: i + 1, of: -1, class: true,
			alias: tokenRange(ss.items[i].first, ss.items[i].last)}
		return i + 1
	}
	if !named {
		return -1
	}
	next := name.last
	switch {
	case next < len(ss.items) && ss.keyAt(next) == kwPossessive:
		next++
	case name.kind == Country || name.kind == Organization || name.kind == Group:
		if ss.keyAt(next) == kwOpenParen && ss.keyAt(next+2) == kwCloseParen && ss.items[next+1].kind != itWord &&
			ss.titleAt(ss.skipModifiers(next+3)) >= 0 {
			next += 3 // "People's Republic of China (PRC) Minister of National Defense Dong Jun"
		}
	case (name.kind == Person || name.kind == "") && ss.regimeEnd(next) > next:
		// "the Lukashenko regime": a person named before a regime noun.
	case ss.personalTitleAt(next) && (name.kind == Person || ss.coref.surnames[ss.itemKey(name.last-1)] != nil) &&
		(ss.nameAfterTitle(next) || ss.keyAt(i-1) == kwA || ss.keyAt(i-1) == kwAn):
		// "Kiir spokesman Ateny Wek Ateny", "a Putin aide": a person named before the title
		// of one who speaks for, advises or is sent by a person; not "appointed Kellogg
		// special envoy", where the title is Kellogg's.
	default:
		if v, ok := ss.items[i].has(ss.lex, lexDemonym); !ok || v.entity == nil {
			return -1
		}
	}
	*p = *name
	return next
}

// nameAfterTitle reports whether a title, after modifiers, starts at item i and a name
// follows it.
func (ss *sentState) nameAfterTitle(i int) bool {
	t := ss.titleAt(ss.skipModifiers(i))
	return t >= 0 && t+1 < len(ss.items) && ss.items[t+1].kind == itName
}

// personalTitleAt reports whether item i is a title held for a person as often as for a
// state: a spokesperson's, an adviser's or an envoy's.
func (ss *sentState) personalTitleAt(i int) bool {
	if i >= len(ss.items) {
		return false
	}
	v, ok := ss.items[i].has(ss.lex, lexTitle)
	if !ok || v.title == nil {
		return false
	}
	switch v.title.Relation {
	case SpokespersonFor, AdvisorTo, EnvoyFor:
		return v.title.Flags&titlePlural == 0
	}
	return false
}

// definiteBefore reports whether item i follows "the", perhaps across adjectives and a
// hyphenated modifier: "the group", "the Iran-backed group", "the regional body".
func (ss *sentState) definiteBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch k := ss.keyAt(j); {
		case k == kwThe:
			return true
		case k == kwHyphen || ss.isLowerWord(j) && !ss.itemIn(j, prepositions) && ss.classAt(j)&wordFunction == 0:
		case ss.items[j].kind != itWord && j+1 < len(ss.items) && ss.keyAt(j+1) == kwHyphen:
			// the actor in "Iran-backed"
		default:
			return false
		}
	}
	return false
}

// classNoun reads "the group", "the bloc", "the island" at item i (after "the") or "the
// group's": a class noun that stands for the last actor of its kind. It fills r as nameRef
// does.
func (ss *sentState) classNoun(i int, r *ref) bool {
	// The word's class first: most words that reach here are no class noun, and need not
	// look back for "the".
	_, info := ss.itemInfo(i)
	if ss.items[i].kind != itWord || info.flags&keyClassHead == 0 && info.class&(wordClassGroup|wordClassOrg|wordClassCountry) == 0 ||
		!ss.definiteBefore(i) {
		*r = ref{}
		return false
	}

	*r = ref{first: i, last: i + 1, of: -1, class: true, alias: tokenRange(ss.items[i].first, ss.items[i].last)}
	if info.flags&keyClassHead != 0 { // the flag spares the map lookup for other words
		for _, h := range ss.lex.classHeads[ss.itemKey(i)] {
			// "the council": the last organization or group named "... Council"
			if id := ss.coref.lastByHead[h]; id != "" {
				r.actor, r.kind = id, ss.actors[id].Kind
				return true
			}
		}
	}
	switch c := info.class; {
	case c&wordClassGroup != 0:
		r.kind = Group
	case c&wordClassOrg != 0:
		r.kind = Organization
	case c&wordClassCountry != 0:
		r.kind = Country
	default:
		*r = ref{}
		return false
	}
	return true
}

// nameRef reads a single named actor at item i into r: a lexicon entity or a name, or a
// pronoun. It reports whether there is one, and leaves r zero when there is none. The ref
// goes by pointer: parseRef reads a name at most of its items, and returning it by value
// copied it twice.
func (ss *sentState) nameRef(i int, r *ref) bool {
	it := &ss.items[i]
	*r = ref{first: i, last: i + 1, of: -1, alias: tokenRange(it.first, it.last)}
	switch it.kind {
	case itLexicon:
		v, ok := it.entity(ss.lex)
		if !ok {
			if ss.classAt(i)&(wordPronounM|wordPronounF) != 0 {
				r.pronoun, r.kind = true, Person
				return true
			}
			*r = ref{}
			return false
		}
		if v.kind == lexCapital && ss.isPlace(i) {
			// "talks in Doha", "flew to Beijing": the city, not the state.
			*r = ref{}
			return false
		}
		r.entity = v.entity
		r.kind = v.entity.Kind
		if v.kind == lexDemonym {
			r.weak = ss.demonymIsModifier(i)
		}
		return true
	case itName:
		if it.nameKind == guessNone && (ss.keyAt(i-1) == kwThe || ss.isNumber(i-1)) && (ss.eventAt(i+1) || ss.nounTriggerAt(i+1, AtWarWith)) {
			// "the 2008 Mumbai attacks", "the Garissa attack": a name that says nothing of
			// what it names, before an event noun, is the event's place or name.
			*r = ref{}
			return false
		}
		r.kind = it.nameKind.kind()
		r.country = it.countryIn(ss.lex)
		return true
	}
	if ss.classAt(i)&(wordPronounM|wordPronounF) != 0 {
		r.pronoun, r.kind = true, Person
		return true
	}
	return ss.classNoun(i, r)
}

// demonymIsModifier reports whether the demonym at item i modifies a noun that is no
// collective of its state: "Russian forces" and "Russian and Ukrainian delegations" stand
// for the states; "the Palestinian militant group" and "the Russian economy" only mention
// them.
func (ss *sentState) demonymIsModifier(i int) bool {
	j := i + 1
	for j < len(ss.items) {
		k := ss.keyAt(j)
		if k == kwAnd || k == kwOr || k == kwComma || ss.isDemonym(j) {
			j++
			continue
		}
		break
	}
	if j >= len(ss.items) || ss.items[j].kind != itWord && !ss.participleAdjective(j) {
		return false
	}
	// Adjectives may come between: "Ethiopian federal forces", "Israeli security forces".
	for k := j; k < len(ss.items) && k < j+3 && ss.isLowerWord(k); k++ {
		if ss.classAt(k)&wordAgent != 0 {
			return false
		}
	}
	tok := &ss.tk.toks[ss.items[j].first]
	return tok.is(tWord) && !tok.is(tCap)
}

// nounTriggerAt reports whether item i is a noun trigger of relation rel, or of any
// relation when rel is "": "criticism", "talks", and "attacks", a noun of violence
// (AtWarWith).
func (ss *sentState) nounTriggerAt(i int, rel RelationType) bool {
	if i < 0 || i >= len(ss.items) || ss.items[i].kind != itLexicon {
		return false
	}
	for _, v := range ss.lex.valsIn(ss.items[i].vals) {
		if v.kind == lexTrigger && !v.trigger.Verb && (rel == "" || v.trigger.Relation == rel) {
			return true
		}
	}
	return false
}

// titleAt returns i if item i is a title, or -1.
func (ss *sentState) titleAt(i int) int {
	if i < len(ss.items) {
		if ss.items[i].hasKind(lexTitle) {
			return i
		}
	}
	return -1
}

// prepBefore returns the key of the preposition before item i, skipping an article, or 0.
func (ss *sentState) prepBefore(i int) keyID {
	j := i - 1
	if ss.itemIn(j, regionAdjectives) {
		j-- // "at northern Israel"
	}
	if k := ss.keyAt(j); k == kwThe || k == kwA || k == kwAn {
		j--
	}
	if ss.itemIn(j, prepositions) || ss.keyAt(j) == kwBy {
		return ss.keyAt(j)
	}
	return ss.cuePrep(j) // "heads to China"
}

// verbalPlural reports whether item i, a plural title right after a person's name or "who"
// and before a preposition or an article, is a verb: "Blinken heads to Beijing", "Ruto
// chairs the summit", "who heads the delegation"; not "Biden aides said".
func (ss *sentState) verbalPlural(i int) bool {
	if i == 0 || ss.items[i].last-ss.items[i].first != 1 {
		return false
	}
	// The word before first: most titles follow no name, and need not be looked up.
	if n := &ss.items[i-1]; ss.keyAt(i-1) != kwWho && (n.kind != itName || n.nameKind == guessOrganization) {
		return false // a name or "who" before it: "Blinken, who heads the delegation"
	}
	v, ok := ss.items[i].has(ss.lex, lexTitle)
	if !ok || v.title == nil || v.title.Flags&titlePlural == 0 {
		return false
	}
	k := ss.keyAt(i + 1)
	return ss.itemIn(i+1, prepositions) || k == kwThe || k == kwA || k == kwAn
}
