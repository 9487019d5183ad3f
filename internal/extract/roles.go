package extract

// This file is stage 4 of the pipeline: it finds the constructions that give a title to a
// named actor beyond "TITLE NAME" (which refs.go reads): appositives ("Keith Kellogg, the
// special envoy for ..."), possessives ("Michael Waltz, Trump's national security advisor"),
// "X, who serves as Y", "X (Y)", "X was appointed Y by Z", and principals introduced by
// "of", "for" and "to".

// linkRoles links the descriptions of a sentence to the names they describe and the
// principals they are held for. It works on refs in place.
func (ss *sentState) linkRoles() {
	if !ss.ruleEnabled(RuleRole) {
		return
	}
	// The tests of a ref's fields before the calls below are their first: most refs fail
	// them, and spare the calls.
	for i := range ss.refs {
		if ss.refs[i].title != nil {
			ss.spreadPluralTitle(i)
		}
	}
	for i := range ss.refs {
		if ss.refs[i].title != nil {
			ss.attachPrincipal(i)
		}
	}
	// What follows links descriptions (ref.desc) alone: appositiveAfter, descriptionBefore,
	// slashedTitleBefore and holderOfAs find none, and change nothing, in a sentence
	// without one, as most sentences are.
	if !ss.anyDesc() {
		return
	}
	for i := range ss.refs {
		r := &ss.refs[i]
		if r.desc || r.pronoun {
			continue
		}
		if r.kind == Country {
			// A state takes only a description states hold: "Slovenia, an elected member
			// of the council", "Bolivia became a full member of Mercosur".
			if d := ss.appositiveAfter(i); d >= 0 && ss.refs[d].title.Flags&titleState != 0 {
				ss.refs[d].same = int32(i + 1)
			}
			continue
		}
		if d := ss.appositiveAfter(i); d >= 0 {
			ss.refs[d].same = int32(i + 1)
			ss.coordinatedTitles(i, d)
			if ss.itemKey(ss.refs[d].last) == "," {
				// "Mark Rutte, the former Dutch prime minister, will take over as ..."
				if d2 := ss.takeOverAs(ss.refs[d].last + 1); d2 >= 0 && ss.refs[d2].same == 0 {
					ss.refs[d2].same = int32(i + 1)
				}
			}
		}
		if d := ss.descriptionBefore(i); d >= 0 && ss.refs[d].same == 0 && ss.refs[d].title.Flags&titlePlural == 0 {
			ss.refs[d].same = int32(i + 1) // not a plural's: "EU foreign ministers, Kallas said"
		}
		if r.title == nil {
			continue
		}
		if d := ss.slashedTitleBefore(i); d >= 0 {
			ss.refs[d].same = int32(i + 1)
		}
	}
	for d := range ss.refs {
		if !ss.refs[d].desc {
			continue
		}
		if h := ss.holderOfAs(d); h >= 0 {
			ss.refs[d].same = int32(h + 1)
		}
	}
}

// anyDesc reports whether any of the sentence's refs is a description.
func (ss *sentState) anyDesc() bool {
	for i := range ss.refs {
		if ss.refs[i].desc {
			return true
		}
	}
	return false
}

// spreadPluralTitle gives the title of ref i, a plural title before a name ("Presidents
// Ruto of Kenya, Museveni of Uganda and Hassan of Tanzania"), to each name of the list
// that follows it; each takes its own principal after "of" (attachPrincipal).
func (ss *sentState) spreadPluralTitle(i int) {
	r := &ss.refs[i]
	if r.title == nil || r.title.Flags&titlePlural == 0 || r.desc && ss.keyAt(r.last) != kwComma {
		return // a description only before its names: "the two foreign ministers, A and B"
	}
	end, last, names, joined := r.last, i, 0, false
	for k := i + 1; k < len(ss.refs); k++ {
		n := &ss.refs[k]
		if n.inside != 0 {
			continue
		}
		sep := ss.keyAt(end)
		if sep == kwOf && n.first == end+1 || sep == kwOf && n.first == end+2 && ss.keyAt(end+1) == kwThe {
			end = n.last // the principal of the name before
			continue
		}
		if n.first > end+2 || n.first == end || sep != kwComma && sep != kwAnd ||
			n.first == end+2 && ss.keyAt(end+1) != kwAnd {
			break
		}
		if n.desc || n.title != nil || n.pronoun || n.kind != Person && n.kind != "" {
			break
		}
		n.title, n.titleFirst, n.titleLast = r.title, r.titleFirst, r.titleLast
		n.kind = Person
		end = n.last
		joined = joined || names > 0 && (sep == kwAnd || n.first == end+2)
		names++
		last = k
	}
	if r.desc && !joined {
		// "EU foreign ministers, Kallas said": names in apposition to a description are a
		// list joined by "and"; one name after a comma is none.
		for k := i + 1; k <= last; k++ {
			if n := &ss.refs[k]; n.title == r.title && n.inside == 0 {
				n.title = nil
			}
		}
	}
}

// slashedTitleBefore returns the title that a slash joins to the titled name of ref i
// ("Defence Minister/Deputy Prime Minister Lena Okafor"), or -1.
func (ss *sentState) slashedTitleBefore(i int) int {
	r := &ss.refs[i]
	if r.title == nil || r.desc || ss.itemKey(r.first-1) != "/" {
		return -1
	}
	for d := i - 1; d >= 0; d-- {
		if p := &ss.refs[d]; p.inside == 0 {
			if p.desc && p.title != nil && p.same == 0 && p.last == r.first-1 {
				return d
			}
			return -1
		}
	}
	return -1
}

// coordinatedTitles gives the person of ref i each description joined by "and" to the
// appositive d: "Jonathan, Nigeria's President and the leader of ECOWAS". A bare title
// after "and" shares the principal before the first: "Iran's deputy foreign minister and
// chief nuclear negotiator".
func (ss *sentState) coordinatedTitles(i, d int) {
	for n := 0; n < 4; n++ { // a few titles at most
		end := ss.refs[d].last
		if of := ss.refs[d].of; of > int32(d) {
			end = max(end, ss.refs[of].last) // "Special Representative of the Secretary-General"
		}
		next := end + 1
		switch {
		case ss.keyAt(end) == kwAnd:
		case ss.itemKey(end) == "who":
			// "Thaksin, a former Thai prime minister who serves as an adviser to Anwar"
			if next = ss.skipCopula(end + 1); next < 0 {
				return
			}
			next = ss.skipArticle(next)
			for n := 0; n < 2 && ss.descStartingAt(next) < 0 && ss.isLowerWord(next); n++ {
				next++ // "an informal adviser"
			}
		default:
			return
		}
		of := ss.refs[d].of
		if d = ss.descStartingAt(next); d < 0 {
			return
		}
		ss.refs[d].same = int32(i + 1)
		if ss.refs[d].of < 0 && ss.keyAt(end) == kwAnd && ss.refs[d].first == end+1 && ss.keyAt(end+1) != kwThe && of >= 0 && of < int32(d) {
			ss.refs[d].of = of
		}
	}
}

// holderOfAs returns the person who holds the title of the description d that follows
// "as" later in the clause ("Rasmussen arrived on his first visit to Kabul as NATO
// Secretary General"): the last person named before it, when that is the sentence's
// first person, or a pronoun ("his first visit"), which stands for the sentence's first
// person when there is one; or -1.
func (ss *sentState) holderOfAs(d int) int {
	r := &ss.refs[d]
	if !r.desc || r.same != 0 || r.inside != 0 || r.title == nil || r.title.Flags&titleRank != 0 {
		return -1
	}
	if ss.keyAt(r.first-1) != kwAs {
		return -1
	}
	switch ss.itemKey(r.last) {
	case "is", "was", "are", "were", "has", "had":
		return -1 // "Ric Grenell, as the envoy is widely known": a clause
	}
	if ss.pastService(r.first - 2) {
		r.former = true // "Alejos served as chief of staff for the 2008-2012 administration"
	}
	first := -1 // the sentence's first person
	for k := range d {
		if p := &ss.refs[k]; p.kind == Person && p.inside == 0 && !p.desc && first < 0 {
			first = k
		}
	}
	for k := d - 1; k >= 0; k-- {
		p := &ss.refs[k]
		if p.kind != Person || p.inside != 0 || p.desc {
			continue
		}
		switch {
		case k == first:
			return k
		case p.pronoun && first >= 0:
			return first // "Okafor arrived on her first visit ... as": Okafor's
		case p.pronoun:
			return k
		}
		return -1
	}
	return -1
}

// attachPrincipal gives a titled ref with no principal the actor named after "of", "for"
// or "to": "the special envoy for the future U.S. President", "adviser to the prime
// minister", "secretary-general of NATO". An envoy "for" a country is a topic, not a
// principal ("envoy for Ukraine"). Ref i has a title, which linkRoles tests first.
func (ss *sentState) attachPrincipal(i int) {
	r := &ss.refs[i]
	if r.of >= 0 || r.last >= len(ss.items) {
		return
	}
	prep := ss.itemKey(r.last)
	if prep != "of" && prep != "for" && prep != "to" {
		return
	}
	// Up to a few lower-case words may qualify the principal: "of the far-right Jewish
	// Power party", and so may a hyphenated actor: "of the Belgrade-backed Serb List".
	x := -1
	for j := r.last + 1; j < len(ss.items) && j <= r.last+5 && x < 0; j++ {
		if x = ss.refStartingAt(j); x >= 0 {
			if !ss.compoundModifier(ss.refs[x].last) {
				break
			}
			j, x = ss.refs[x].last+1, -1 // "of the Belgrade-backed Serb List": not Belgrade
			continue
		}
		if k := ss.itemKey(j); k != "the" && k != "-" && (ss.items[j].kind != itWord || ss.tk.toks[ss.items[j].first].is(tCap) || !ss.tk.toks[ss.items[j].first].is(tWord)) {
			return
		}
	}
	if x < 0 || ss.refs[x].pronoun && ss.refs[x].last < len(ss.items) && ss.isLowerWord(ss.refs[x].last) {
		return // "thanked the Secretary-General for his support": "his" goes with the noun
	}
	if e := ss.refs[x].last; ss.keyAt(e) == kwPossessive {
		// "a spokeswoman for Cambodia's Defence Ministry": the ministry, not Cambodia.
		if y := ss.outerRef(e + 1); y > x && ss.refs[y].first == e+1 && !ss.refs[y].desc {
			x = y
		}
	}
	xr := &ss.refs[x]
	switch prep {
	case "for":
		if xr.kind == Country && r.title.Relation == EnvoyFor {
			// "the special envoy for South Sudan of IGAD": the destination, then the sender.
			if e := xr.last; ss.itemKey(e) == "of" {
				if y := ss.refStartingAt(e + 1); y > x && ss.refs[y].kind != Person {
					r.of = int32(y)
				}
			}
			return
		}
	case "to":
		// "adviser to Khamenei": a one-word name, of no kind yet, is a person here.
		if xr.kind != Person && !(xr.kind == "" && r.title.Relation == AdvisorTo && xr.last-xr.first == 1) {
			return
		}
	}
	r.of = int32(x)
}

// refStartingAt returns the outermost ref whose phrase starts at item i, or at i+1 after
// "the"; or -1.
func (ss *sentState) refStartingAt(i int) int {
	k := ss.outerRef(i)
	if k < 0 && ss.itemKey(i) == "the" {
		k = ss.outerRef(i + 1)
		i++
	}
	if k < 0 || ss.refs[k].first != i && !(ss.refs[k].first == i-1 && ss.itemKey(i-1) == "the") {
		return -1
	}
	return k
}

// appositiveAfter returns the description that follows ref i as an appositive:
// "NAME, [the] TITLE", "NAME, who serves as TITLE", "NAME (TITLE)", "NAME was appointed
// TITLE by X"; or -1.
func (ss *sentState) appositiveAfter(i int) int {
	if p := ss.refs[i].first - 1; ss.refs[i].kind != Person && ss.itemIn(p, locatives) && ss.keyAt(p) != kwFrom {
		return -1 // "refused to meet Deng in Kunming, a spokesman for the group said": a place
	}
	j := ss.refs[i].last
	if ss.keyAt(j) == kwOpenParen {
		if b := ss.outerRef(j + 1); b >= 0 && ss.refs[b].first == j+1 && !ss.refs[b].desc && ss.keyAt(ss.refs[b].last) == kwCloseParen {
			j = ss.refs[b].last + 1 // a short name in brackets first: "Hugo Velazquez (Velazquez), the vice president"
		}
	}
	if d := ss.takeOverAs(j); d >= 0 {
		return d
	}
	// The keywords first, by number; the verbs, by their words, only when j is one.
	switch ss.keyAt(j) {
	case kwComma:
		if ss.closesSubordinate(j) {
			// "As Washington offered refuge to President Gbagbo, Kenya's Prime Minister -
			// who met the rivals - announced": after a fronted clause, a description not
			// closed by a comma is the main clause's subject.
			if d := ss.descStartingAt(j + 1); d >= 0 && !ss.descClosed(d) {
				return -1
			}
		}
		j = ss.skipArticle(j + 1) // "Peskov, a spokesman for the Kremlin"
		if ss.keyAt(j) == kwOne && ss.keyAt(j+1) == kwOf {
			j += 2 // "Naim, one of Hamas's negotiators"
		}
		if ss.keyAt(j) == kwWhom {
			return ss.appointedBy(j + 1)
		}
		if ss.keyAt(j) == kwWhose {
			return -1 // "the Pakistan Peoples Party, whose chairman, Bilawal Bhutto Zardari": the party's, not the party
		}
		if d := ss.descStartingAt(j); d >= 0 && ss.refs[d].title.Flags&titleRank != 0 && ss.keyAt(ss.refs[d].last) == kwWhom {
			return ss.appointedBy(ss.refs[d].last + 1) // "Sumbeiywo, a Kenyan general whom Nairobi appointed as mediator"
		}
		if ss.keyAt(j) == kwWho {
			past := ss.pastService(j + 1)
			if j = ss.skipCopula(j + 1); j < 0 {
				return -1
			}
			if d := ss.descStartingAt(j); d >= 0 && past {
				ss.refs[d].former = true // "Lenz, who served as envoy to Sudan": no longer
			}
		}
	case kwOpenParen:
		j++
	case kwAs:
		if ss.keyAt(ss.refs[i].first-1) == kwFrom && ss.itemKey(ss.refs[i].first-2) == "over" {
			return -1 // "take over from Stoltenberg as secretary general": not Stoltenberg's
		}
		j++ // "elected Joseph Aoun as the country's president"
		if d := ss.descStartingAt(j); d >= 0 {
			ss.appointerPrincipal(i, d)
		}
		return ss.descStartingAt(j)
	default:
		if ss.itemIn(j, appositiveVerbs) {
			return ss.descAfterVerb(j)
		}
		// "Trump appointed Keith Kellogg special envoy": a bare title right after the name
		// an appointing verb takes.
		if j >= len(ss.items) || ss.items[j].ref < 0 || !ss.appointing(ss.refs[i].first-1) {
			return -1 // most refs: no ref after them, or no appointing verb before
		}
		if d := ss.descStartingAt(j); d >= 0 && ss.refs[d].indefinite {
			ss.appointerPrincipal(i, d)
			return d
		}
		return -1
	}
	return ss.descStartingAt(j)
}

// descAfterVerb returns the description that the verb of appositiveVerbs at item j, after
// a name, gives the name ("Ferrand became prime minister", "Cartes is currently the
// leader", "Lenz was appointed envoy by Z"), or -1.
func (ss *sentState) descAfterVerb(j int) int {
	switch ss.itemKey(j) {
	case "became", "becomes", "remains":
		return ss.descStartingAt(ss.skipArticle(j + 1)) // "Ferrand became prime minister in 2019"
	default: // "was", "is", "has", "had"
		if k := ss.skipAppointed(j); k >= 0 {
			j = k
		} else if ss.itemKey(j) == "is" {
			// "Cartes is currently the leader of the Colorado Party": what one is now, not
			// what one was.
			return ss.descStartingAt(ss.skipArticle(ss.skipCopula(j)))
		} else if is := ss.andIsAfter(j); is >= 0 {
			// "Cartes was President of Paraguay from 2013 to 2018 and is currently the
			// leader of the Colorado Party": what one is now.
			return ss.descStartingAt(ss.skipArticle(ss.skipCopula(is)))
		} else {
			return -1
		}
		d := ss.descStartingAt(j)
		if d >= 0 && ss.keyAt(ss.refs[d].last) == kwBy {
			if x := ss.refStartingAt(ss.refs[d].last + 1); x >= 0 && ss.refs[d].of < 0 {
				ss.refs[d].of = int32(x)
			}
		}
		return d
	}
}

// andIsAfter returns the "is" of an "and is" that coordinates a second predicate with the
// past one the verb at item j opens, within a few words and no other clause break, or -1.
func (ss *sentState) andIsAfter(j int) int {
	for k := j + 1; k+1 < len(ss.items) && k <= j+14; k++ {
		if ss.keyAt(k) == kwAnd && ss.itemKey(k+1) == "is" {
			return k + 1
		}
		if ss.isClauseBreak(k) || ss.keyAt(k) == kwComma {
			return -1
		}
	}
	return -1
}

// appointing reports whether item v is an active verb of appointing ("appointed",
// "named", "tapped").
func (ss *sentState) appointing(v int) bool {
	switch ss.itemKey(v) {
	case "appointed", "appoints", "named", "names", "nominated", "nominates", "designated", "tapped", "picked", "chose":
		return !ss.itemIn(v-1, beForms) && ss.itemKey(v-1) != "been" // not the passive "was named"
	}
	return false
}

// appointerPrincipal gives the description d of the person of ref i, whom an appointing
// verb before i takes ("Trump named Witkoff as his special envoy", "Trump appointed
// Kellogg special envoy"), the appointer as principal, the subject before the verb, when d
// names none or only a pronoun ("his"), which would find the appointee.
func (ss *sentState) appointerPrincipal(i, d int) {
	v := ss.refs[i].first - 1
	if !ss.appointing(v) {
		return
	}
	if of := ss.refs[d].of; of >= 0 && !ss.refs[of].pronoun && !ss.refs[of].class {
		return
	}
	for k := i - 1; k >= 0; k-- {
		// The subject, perhaps with a time between it and the verb ("Guterres on
		// Wednesday named ...").
		if s := &ss.refs[k]; s.inside == 0 && s.last <= v && s.last >= v-3 && !s.desc && !s.pronoun {
			for b := s.last; b < v; b++ {
				if ss.items[b].ref >= 0 || ss.isClauseBreak(b) {
					return
				}
			}
			ss.refs[d].of = int32(k)
			return
		}
	}
}

// descClosed reports whether the description d, with its "of X", ends the sentence or a
// comma follows it, as an appositive's does.
func (ss *sentState) descClosed(d int) bool {
	end := ss.refs[d].last
	if of := ss.refs[d].of; of > int32(d) {
		end = max(end, ss.refs[of].last)
	}
	return end >= len(ss.items) || ss.keyAt(end) == kwComma || ss.itemKey(end) == "."
}

// appointedBy reads "X appointed as [a|its] TITLE" after "whom" at item j ("Faye, whom
// ECOWAS appointed as a mediator"): the description, held for X unless it names its own
// principal; or -1.
func (ss *sentState) appointedBy(j int) int {
	x := ss.refStartingAt(j)
	if x < 0 {
		return -1
	}
	k := ss.refs[x].last
	switch ss.itemKey(k) {
	case "appointed", "named", "nominated", "designated", "chose", "picked", "tapped", "elected":
	default:
		return -1
	}
	k++
	e := k
	for n := 0; n < 3 && ss.itemKey(e) != "as" && ss.isLowerWord(e); n++ {
		e++ // "whom Nairobi appointed last year as chief mediator": a time between
	}
	if ss.itemKey(e) == "as" {
		k = e
	}
	if ss.itemKey(k) == "as" {
		k++
	}
	d := ss.descStartingAt(ss.skipArticle(k))
	if d < 0 {
		return -1
	}
	if p := ss.refs[d].of; p < 0 || ss.refs[p].class {
		ss.refs[d].of = int32(x) // "its special envoy": the appointer's
	}
	return d
}

// takeOverAs reads "[will] take over [from X] as TITLE" at item j ("Rutte will take over
// from Stoltenberg as NATO secretary general"): the description, incoming when the
// taking over is to come; or -1.
func (ss *sentState) takeOverAs(j int) int {
	if ss.sets&takeOverVerbs == 0 {
		return -1 // most sentences take nothing over: small enough to inline, they skip the call
	}
	return ss.takeOverAt(j)
}

// takeOverAt is takeOverAs past its first test.
func (ss *sentState) takeOverAt(j int) int {
	future := false
	switch ss.itemKey(j) {
	case "will":
		future = true
		j++
	case "took", "takes":
	default:
		return -1
	}
	if k := ss.itemKey(j); k != "take" && k != "took" && k != "takes" || ss.itemKey(j+1) != "over" {
		return -1
	}
	j += 2
	if ss.itemKey(j) == "from" {
		x := ss.refStartingAt(j + 1)
		if x < 0 {
			return -1
		}
		j = ss.refs[x].last
	}
	if ss.itemKey(j) != "as" {
		return -1
	}
	d := ss.descStartingAt(j + 1)
	if d >= 0 && future {
		ss.refs[d].incoming = true
	}
	return d
}

// descStartingAt returns the description ref starting at item i, or -1; of "the
// Secretary-General's special envoy", the envoy.
func (ss *sentState) descStartingAt(i int) int {
	k := ss.refStartingAt(i)
	if k < 0 || !ss.refs[k].desc || ss.refs[k].same != 0 {
		return -1
	}
	// "Heyzer, the Secretary-General's special envoy": the envoy, whose principal is the
	// office before the "'s".
	if ss.keyAt(ss.refs[k].last) == kwPossessive {
		if d := ss.outerRef(ss.refs[k].last + 1); d > k && ss.refs[d].first == ss.refs[k].last+1 &&
			ss.refs[d].desc && ss.refs[d].same == 0 {
			if ss.refs[d].of < 0 {
				ss.refs[d].of = int32(k)
			}
			return d
		}
	}
	return k
}

// skipCopula reads "serves as", "is", "was", "has been", "became" after "who" and returns
// the item after it, or -1.
func (ss *sentState) skipCopula(j int) int {
	switch ss.itemKey(j) {
	case "serves", "served", "works", "worked", "acts", "acted":
		if ss.itemKey(j+1) == "as" {
			return j + 2
		}
	case "is", "was", "became", "becomes", "remains":
		j++
		for k := ss.itemKey(j); k == "also" || k == "now" || k == "still" || k == "currently"; k = ss.itemKey(j) {
			j++ // "who is also president of the alliance"
		}
		return j
	case "has", "had":
		if ss.itemKey(j+1) == "been" {
			return j + 2
		}
	}
	return -1
}

// pastService reports whether item i is a verb of service in the past before "as"
// ("served as", "worked as", "acted as"): the office is held no longer.
func (ss *sentState) pastService(i int) bool {
	switch ss.itemKey(i) {
	case "served", "worked", "acted":
		return ss.itemKey(i+1) == "as"
	}
	return false
}

// skipArticle returns the item after an indefinite article at item j ("a spokesman",
// "an adviser"), or j; an adverb of time before it goes too ("now an envoy for the
// Quartet", "currently the bloc's chair").
func (ss *sentState) skipArticle(j int) int {
	if ss.itemKey(j) == "now" || ss.isAdverb(j) {
		j++
	}
	if k := ss.keyAt(j); k == kwA || k == kwAn {
		return j + 1
	}
	return j
}

// skipAppointed reads "was appointed [as]", "was named", "has been appointed" and returns
// the item after it, or -1.
func (ss *sentState) skipAppointed(j int) int {
	if k := ss.itemKey(j); k == "has" || k == "had" {
		if ss.itemKey(j+1) != "been" {
			return -1
		}
		j++
	}
	if ss.itemKey(j+1) == "re" && ss.keyAt(j+2) == kwHyphen {
		j += 2 // "was re-elected president"
	}
	switch ss.itemKey(j + 1) {
	case "appointed", "named", "nominated", "designated", "chosen", "picked", "tapped", "elected", "reelected":
	case "sworn":
		if ss.itemKey(j+2) != "in" {
			return -1
		}
		j++ // "was sworn in as the island's president"
	default:
		return -1
	}
	j += 2
	if ss.itemKey(j) == "as" {
		j++
	} else if d := ss.outerRef(j - 1); d >= 0 && ss.refs[d].first == j-1 {
		return j - 1 // "was re-elected president": "elected" may open the description
	}
	return j
}

// descriptionBefore returns the description that ref i follows as an appositive:
// "[the] TITLE, NAME" ("the U.S. President-elect, Donald Trump"); or -1.
func (ss *sentState) descriptionBefore(i int) int {
	j := ss.refs[i].first - 1
	if ss.itemKey(j) != "," {
		return -1
	}
	// The description may end in a portfolio of lower-case words: "Trump's envoy for
	// special missions, Richard Grenell".
	end := j
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if ss.items[k].ref >= 0 {
			// "The U.N. special envoy for Yemen, Hans Grundberg": a destination may end it,
			// and so may its principal: "The Chairperson of the AU Commission, Moussa Faki".
			if r := ss.outerRef(k); r >= 0 && ss.refs[r].last == k+1 {
				if w := ss.itemKey(ss.refs[r].first - 1); w == "for" || w == "to" || w == "of" {
					end = ss.refs[r].first - 1
				}
			}
			break
		}
		if w := ss.itemKey(k); w == "for" || w == "of" || w == "on" || w == "to" {
			end = k // "Lai Ching-te's envoy to the summit, Lin Hsin-i"
			break
		}
		if tok := &ss.tk.toks[ss.items[k].first]; ss.items[k].last-ss.items[k].first != 1 || ss.items[k].ref >= 0 || !tok.is(tWord) || tok.is(tCap) {
			break // lower-case words only, triggers too: "special representative for the dialogue"
		}
	}
	for d := range ss.refs {
		if r := &ss.refs[d]; r.desc && (r.last == j || r.last == end) && (!r.indefinite || ss.nominee(d)) {
			return d
		}
	}
	return -1
}

// nominee reports whether the description d follows "pick", "nominee" or "choice" and
// "for" ("Trump's pick for commerce secretary, Howard Lutnick"), and marks it incoming:
// the nominee is to hold the office.
func (ss *sentState) nominee(d int) bool {
	r := &ss.refs[d]
	if ss.keyAt(r.first-1) != kwFor {
		return false
	}
	switch ss.itemKey(r.first - 2) {
	case "pick", "nominee", "choice":
		r.incoming = true
		return true
	}
	return false
}
