package actorgraph

// This file is stage 4 of the pipeline: it finds the constructions that give a title to a
// named actor beyond "TITLE NAME" (which refs.go reads): appositives ("Keith Kellogg, the
// special envoy for ..."), possessives ("Michael Waltz, Trump's national security advisor"),
// "X, who serves as Y", "X (Y)", "X was appointed Y by Z", and principals introduced by
// "of", "for" and "to".

// linkRoles links the descriptions of a sentence to the names they describe and the
// principals they are held for. It works on refs in place.
func (st *docState) linkRoles(items []item, refs []ref) {
	if !st.p.ruleEnabled(RuleRole) {
		return
	}
	for i := range refs {
		st.attachPrincipal(items, refs, i)
	}
	for i := range refs {
		r := &refs[i]
		if r.desc || r.pronoun || r.kind == Country {
			continue
		}
		if d := st.appositiveAfter(items, refs, i); d >= 0 {
			refs[d].same = int32(i + 1)
			if st.itemKey(items, refs[d].last) == "," {
				// "Mark Rutte, the former Dutch prime minister, will take over as ..."
				if d2 := st.takeOverAs(items, refs, refs[d].last+1); d2 >= 0 && refs[d2].same == 0 {
					refs[d2].same = int32(i + 1)
				}
			}
		}
		if d := st.descriptionBefore(items, refs, i); d >= 0 && refs[d].same == 0 {
			refs[d].same = int32(i + 1)
		}
	}
}

// attachPrincipal gives a titled ref with no principal the actor named after "of", "for"
// or "to": "the special envoy for the future U.S. President", "adviser to the prime
// minister", "secretary-general of NATO". An envoy "for" a country is a topic, not a
// principal ("envoy for Ukraine").
func (st *docState) attachPrincipal(items []item, refs []ref, i int) {
	r := &refs[i]
	if r.title == nil || r.of >= 0 || r.last >= len(items) {
		return
	}
	prep := st.itemKey(items, r.last)
	if prep != "of" && prep != "for" && prep != "to" {
		return
	}
	// Up to a few lower-case words may qualify the principal: "of the far-right Jewish
	// Power party", and so may a hyphenated actor: "of the Belgrade-backed Serb List".
	x := -1
	for j := r.last + 1; j < len(items) && j <= r.last+5 && x < 0; j++ {
		if x = st.refStartingAt(items, refs, j); x >= 0 {
			if !st.compoundModifier(items, refs[x].last) {
				break
			}
			j, x = refs[x].last+1, -1 // "of the Belgrade-backed Serb List": not Belgrade
			continue
		}
		if k := st.itemKey(items, j); k != "the" && k != "-" && (items[j].kind != itWord || st.tk.toks[items[j].first].is(tCap) || !st.tk.toks[items[j].first].is(tWord)) {
			return
		}
	}
	if x < 0 {
		return
	}
	xr := &refs[x]
	switch prep {
	case "for":
		if xr.kind == Country && r.title.Relation == EnvoyFor {
			return
		}
	case "to":
		if xr.kind != Person {
			return
		}
	}
	r.of = int32(x)
}

// refStartingAt returns the outermost ref whose phrase starts at item i, or at i+1 after
// "the"; or -1.
func (st *docState) refStartingAt(items []item, refs []ref, i int) int {
	k := st.outerRef(items, refs, i)
	if k < 0 && st.itemKey(items, i) == "the" {
		k = st.outerRef(items, refs, i+1)
		i++
	}
	if k < 0 || refs[k].first != i && !(refs[k].first == i-1 && st.itemKey(items, i-1) == "the") {
		return -1
	}
	return k
}

// appositiveAfter returns the description that follows ref i as an appositive:
// "NAME, [the] TITLE", "NAME, who serves as TITLE", "NAME (TITLE)", "NAME was appointed
// TITLE by X"; or -1.
func (st *docState) appositiveAfter(items []item, refs []ref, i int) int {
	j := refs[i].last
	if d := st.takeOverAs(items, refs, j); d >= 0 {
		return d
	}
	switch st.itemKey(items, j) {
	case ",":
		j++
		if k := st.itemKey(items, j); k == "a" || k == "an" {
			j++ // "Peskov, a spokesman for the Kremlin"
		}
		if st.itemKey(items, j) == "whom" {
			return st.appointedBy(items, refs, j+1)
		}
		if st.itemKey(items, j) == "who" {
			j = st.skipCopula(items, j+1)
			if j < 0 {
				return -1
			}
		}
	case "(":
		j++
	case "as":
		if st.itemKey(items, refs[i].first-1) == "from" && st.itemKey(items, refs[i].first-2) == "over" {
			return -1 // "take over from Stoltenberg as secretary general": not Stoltenberg's
		}
		j++ // "elected Joseph Aoun as the country's president"
	case "was", "is", "has", "had":
		j = st.skipAppointed(items, j)
		if j < 0 {
			return -1
		}
		d := st.descStartingAt(items, refs, j)
		if d >= 0 && st.itemKey(items, refs[d].last) == "by" {
			if x := st.refStartingAt(items, refs, refs[d].last+1); x >= 0 && refs[d].of < 0 {
				refs[d].of = int32(x)
			}
		}
		return d
	default:
		return -1
	}
	return st.descStartingAt(items, refs, j)
}

// appointedBy reads "X appointed as [a|its] TITLE" after "whom" at item j ("Faye, whom
// ECOWAS appointed as a mediator"): the description, held for X unless it names its own
// principal; or -1.
func (st *docState) appointedBy(items []item, refs []ref, j int) int {
	x := st.refStartingAt(items, refs, j)
	if x < 0 {
		return -1
	}
	k := refs[x].last
	switch st.itemKey(items, k) {
	case "appointed", "named", "nominated", "designated", "chose", "picked", "tapped", "elected":
	default:
		return -1
	}
	k++
	if st.itemKey(items, k) == "as" {
		k++
	}
	if w := st.itemKey(items, k); w == "a" || w == "an" {
		k++
	}
	d := st.descStartingAt(items, refs, k)
	if d < 0 {
		return -1
	}
	if p := refs[d].of; p < 0 || refs[p].class {
		refs[d].of = int32(x) // "its special envoy": the appointer's
	}
	return d
}

// takeOverAs reads "[will] take over [from X] as TITLE" at item j ("Rutte will take over
// from Stoltenberg as NATO secretary general"): the description, incoming when the
// taking over is to come; or -1.
func (st *docState) takeOverAs(items []item, refs []ref, j int) int {
	future := false
	switch st.itemKey(items, j) {
	case "will":
		future = true
		j++
	case "took", "takes":
	default:
		return -1
	}
	if k := st.itemKey(items, j); k != "take" && k != "took" && k != "takes" || st.itemKey(items, j+1) != "over" {
		return -1
	}
	j += 2
	if st.itemKey(items, j) == "from" {
		x := st.refStartingAt(items, refs, j+1)
		if x < 0 {
			return -1
		}
		j = refs[x].last
	}
	if st.itemKey(items, j) != "as" {
		return -1
	}
	d := st.descStartingAt(items, refs, j+1)
	if d >= 0 && future {
		refs[d].incoming = true
	}
	return d
}

// descStartingAt returns the description ref starting at item i, or -1.
func (st *docState) descStartingAt(items []item, refs []ref, i int) int {
	k := st.refStartingAt(items, refs, i)
	if k >= 0 && refs[k].desc && refs[k].same == 0 {
		return k
	}
	return -1
}

// skipCopula reads "serves as", "is", "was", "has been", "became" after "who" and returns
// the item after it, or -1.
func (st *docState) skipCopula(items []item, j int) int {
	switch st.itemKey(items, j) {
	case "serves", "served", "works", "worked", "acts", "acted":
		if st.itemKey(items, j+1) == "as" {
			return j + 2
		}
	case "is", "was", "became", "becomes", "remains":
		j++
		for k := st.itemKey(items, j); k == "also" || k == "now" || k == "still" || k == "currently"; k = st.itemKey(items, j) {
			j++ // "who is also president of the alliance"
		}
		return j
	case "has", "had":
		if st.itemKey(items, j+1) == "been" {
			return j + 2
		}
	}
	return -1
}

// skipAppointed reads "was appointed [as]", "was named", "has been appointed" and returns
// the item after it, or -1.
func (st *docState) skipAppointed(items []item, j int) int {
	if k := st.itemKey(items, j); k == "has" || k == "had" {
		if st.itemKey(items, j+1) != "been" {
			return -1
		}
		j++
	}
	switch st.itemKey(items, j+1) {
	case "appointed", "named", "nominated", "designated", "chosen", "picked", "tapped", "elected":
	case "sworn":
		if st.itemKey(items, j+2) != "in" {
			return -1
		}
		j++ // "was sworn in as the island's president"
	default:
		return -1
	}
	j += 2
	if st.itemKey(items, j) == "as" {
		j++
	}
	return j
}

// descriptionBefore returns the description that ref i follows as an appositive:
// "[the] TITLE, NAME" ("the U.S. President-elect, Donald Trump"); or -1.
func (st *docState) descriptionBefore(items []item, refs []ref, i int) int {
	j := refs[i].first - 1
	if st.itemKey(items, j) != "," {
		return -1
	}
	// The description may end in a portfolio of lower-case words: "Trump's envoy for
	// special missions, Richard Grenell".
	end := j
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if items[k].ref >= 0 {
			// "The U.N. special envoy for Yemen, Hans Grundberg": a destination may end it.
			if r := st.outerRef(items, refs, k); r >= 0 && refs[r].last == k+1 {
				if w := st.itemKey(items, refs[r].first-1); w == "for" || w == "to" {
					end = refs[r].first - 1
				}
			}
			break
		}
		if w := st.itemKey(items, k); w == "for" || w == "of" || w == "on" {
			end = k
			break
		}
		if tok := &st.tk.toks[items[k].first]; items[k].last-items[k].first != 1 || items[k].ref >= 0 || !tok.is(tWord) || tok.is(tCap) {
			break // lower-case words only, triggers too: "special representative for the dialogue"
		}
	}
	for d := range refs {
		if refs[d].desc && (refs[d].last == j || refs[d].last == end) && !refs[d].indefinite {
			return d
		}
	}
	return -1
}
