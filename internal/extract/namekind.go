package extract

// This file is the part of stage 2 that decides what a name the tagger grouped is: the
// kind a capitalized name's words, shape and context give it (classifyName), and the tests
// it reads them with.

// orgWordInName reports whether token i is a capitalized word that the lexicon knows only
// as the one-word name of an organization or group ("Wagner", "Houthi"): inside a person's
// name it is a surname.
func (st *Doc) orgWordInName(i int) bool {
	if !st.tk.toks[i].is(tCap) {
		return false
	}
	ps, n := st.match.at(i)
	if n != 1 {
		return false
	}
	for _, p := range ps {
		for _, v := range st.lex.valsIn(st.lex.phrases[p].span) {
			if v.kind != lexOrg {
				return false
			}
		}
	}
	return true
}

// hyphenPair reports whether the hyphen at token j joins two separate actors ("Putin-Trump",
// "U.S.-China") rather than the parts of one name ("el-Sisi"): both sides are known on their
// own, as lexicon entities or as names the document has already met.
func (st *Doc) hyphenPair(j int) bool {
	known := func(i int) bool {
		var buf [4]phraseID
		ps, _ := st.lex.match(buf[:0], &st.tk, i, i+1) // the phrases of token i alone
		for _, p := range ps {
			if _, ok := (&item{vals: st.lex.phrases[p].span}).entity(st.lex); ok {
				return true
			}
		}
		return st.seen[st.tk.toks[i].num]&seenSolo != 0
	}
	return known(j-1) && known(j+1)
}

// acronym reports whether the name [i, end) is an acronym: capitals only, perhaps joined by
// hyphens ("ASML", "SPLM-IO"), with no dots.
func (st *Doc) acronym(i, end int) bool {
	for k := i; k < end; k++ {
		tok := st.tk.toks[k]
		if k > i && tok.start != st.tk.toks[k-1].end || tok.is(tDotted) {
			return false
		}
		if (k-i)%2 == 0 && !tok.is(tUpper) || (k-i)%2 == 1 && st.tk.key(k) != "-" {
			return false
		}
	}
	return (end-i)%2 == 1
}

// headBeforeOf reports whether the name [i, end) has an organization head noun before
// "of", "for" or "on" inside it, the only way nameEnd lets those words into a name.
func (st *Doc) headBeforeOf(i, end int) bool {
	for k := i + 1; k < end-1; k++ {
		if key := st.tk.key(k); (key == "of" || key == "for" || key == "on") && st.tk.info(k-1).flags&keyOrgHead != 0 {
			return true
		}
	}
	return false
}

// hasNumber reports whether a token of [i, end) is a number or has a digit: unknown
// names with digits name equipment and models, not actors ("F-16", "M1A2 Abrams"; known
// ones, "M23", "G7", are in the lexicon).
func (st *Doc) hasNumber(i, end int) bool {
	for k := i; k < end; k++ {
		if st.tk.toks[k].is(tNumber) {
			return true
		}
		for _, c := range []byte(st.tk.key(k)) {
			if '0' <= c && c <= '9' {
				return true
			}
		}
	}
	return false
}

// commonWords reports whether the name [i, end) is made only of common English words
// (common-words.txt), perhaps joined by hyphens, none of them a given name.
func (st *Doc) commonWords(i, end int) bool {
	for k := i; k < end; k++ {
		if st.tk.key(k) == "-" {
			continue
		}
		tok := &st.tk.toks[k]
		if !tok.is(tWord) || tok.is(tDotted|tNumber) || st.tk.info(k).flags&keyGiven != 0 || !st.tk.common(k) {
			return false
		}
	}
	return true
}

// personCue reports whether what stands around the name [i, end) says it is a person's:
// a title or courtesy title before it ("Minister", "Mr"), a verb of saying after it.
func (st *Doc) personCue(i, end int) bool {
	if i > 0 && st.tk.info(i-1).class&wordHonorific != 0 || st.titleEndsAt(i) {
		return true
	}
	return end < len(st.tk.toks) && st.tk.info(end).class&wordReporting != 0
}

// headOf reports whether the name [i, end) has an organization head noun followed by
// "of" or "for" inside it, as only an organization's name has: "Court of Appeals",
// "Ministry of Defence".
func (st *Doc) headOf(i, end int) bool {
	for k := i; k+1 < end; k++ {
		if st.tk.info(k).flags&keyOrgHead != 0 {
			if n := st.tk.key(k + 1); n == "of" || n == "for" {
				return true
			}
		}
	}
	return false
}

// classifyName makes an item of the name [i, end) and guesses its kind from its shape:
// an organization head noun at the end or an acronym, a known given name at the start, or
// a nonactor head ("Summit", "Strait") that rules it out.
func (st *Doc) classifyName(i, end int) item {
	it := item{first: i, last: end, kind: itName, ref: -1}
	t := &st.tk
	if end-i == 1 {
		it.key = t.toks[i].id
	}
	// What the lexicon knows of the name's first and last words and of the word after it
	// (the zero keyInfo of key 0 at the end of the text), each looked up once: the cases
	// below test them a dozen times, and each lookup inlined took its own bounds checks.
	first, last, after := t.info(i), t.info(end-1), &t.infos[0]
	lowerAfter := false // a word in lower case follows the name
	if end < len(t.toks) {
		after, lowerAfter = t.info(end), !t.toks[end].is(tCap)
	}
	switch {
	case last.flags&keyOrgHead != 0 || st.headOf(i, end):
		it.nameKind = guessOrganization
	case lowerAfter && after.sets&governmentNouns != 0 &&
		(st.coref.surnames[t.key(end-1)] != nil || len(st.lex.holders[t.key(end-1)]) > 0):
		it.nameKind = guessPerson // "the Biden administration": a leader's, named before or known to hold an office
	case lowerAfter && after.flags&keyOrgHead != 0:
		it.nameKind = guessOrganization // "the Jewish Power party"
	case last.class&wordNonActor != 0 || end-i > 1 && first.class&wordNonActor != 0 || st.hasNumber(i, end) ||
		end-i == 1 && len(t.key(i)) == 1 && !t.toks[i].is(tDotted):
		// an event, place or document ("Operation Rising Lion", "Camp David", "F-16"), or
		// a letter alone ("document S/2024/251"): not an actor
		it.kind = itWord
	case end-i == 2 && first.class&wordCompass != 0:
		// "South Kordofan", "North Darfur": a region; the states named so are the lexicon's
		it.kind = itWord
	case st.acronym(i, end):
		it.nameKind = guessOrganization // an unknown acronym: "ASML", "SPLM-IO"
	case st.headBeforeOf(i, end):
		it.nameKind = guessOrganization // "Supreme Court of Justice", "Court of Appeals"
	case i > 0 && t.toks[i-1].is(tWord) && !t.toks[i-1].is(tCap) && t.info(i-1).class&(wordClassGroup|wordClassOrg) != 0:
		it.nameKind = guessOrganization // a class noun introduces it: "the settler group Lehava"
	case first.flags&keyGiven != 0 || t.toks[i].is(tDotted) && end-i > 1:
		it.nameKind = guessPerson
	case lowerAfter && after.class&wordNonActor != 0 &&
		!(i > 0 && t.key(i-1) == "-") && st.coref.surnames[t.key(end-1)] == nil:
		// the place or thing it names, "Hudaydah port", "Aceh province"; not the people of
		// "the Trump-Lee summit" or a person named before
		it.kind = itWord
	case end-i >= 2 && st.commonWords(i, end) && !st.personCue(i, end):
		// "Executive Order", "Foreign Affairs", "Strategic Dialogue": ordinary words,
		// capitalized as a document's or a portfolio's name is
		it.kind = itWord
	case end-i >= 2:
		it.nameKind = guessPerson
	case after.class&wordReporting != 0:
		it.nameKind = guessPerson // "Erdogan said", "Zelensky told reporters"
	}
	return it
}
