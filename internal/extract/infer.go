package extract

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file infers, after the last sentence, the principal of each title the text gave
// without one: from the office-holder lexicon, with the name the document ends up calling
// the holder by ("Santos" in a headline is Juan Manuel Santos by the end), or from the
// document's setting, the state it is written from. What it infers is marked by its rule
// (RuleOfficeHolder, RuleSetting), which Parser.Stated turns off.

// pendingRole is a role given without a principal, for inferPrincipals.
type pendingRole struct {
	role        int // its index in Doc.Roles.vals
	actor       string
	title       *titleInfo
	rel         RelationType // the relation the title implies, or ""
	modality    Modality
	former      bool
	sent        int // the sentence and tokens [first, last) of the title and name
	first, last int
	// near are the states named before the title, in its sentence and the one before, by
	// name, demonym or one of their bodies ("the Israeli cabinet").
	near []string
	here int // how many of near (the first) its own sentence names
	// place is the state of the capital the sentence happens in (placeState), or "".
	place string
	// office is the head of the title of an office that the text gives as the principal
	// and names no holder of ("Special Representative of the Secretary-General"), or "".
	office string
	// party is the person whose party the holder is listed in ("the Prime Minister was
	// accompanied by ..."), or "" (partyOf).
	party string
}

// noteSetting records the setting sentence n gives the document, the state it is written
// from, until a sentence has: a wire dateline ("WASHINGTON (Reuters) -") before token
// body, or the first actor the first sentence of the body names, when it is a state body
// or official ("The U.S. Treasury Department on Thursday ...", "Secretary of Defense
// Lloyd Austin met ..."). It runs after coreference, which resolves the sentence's refs.
func (ss *sentState) noteSetting(body int) {
	if ss.settingDone {
		return
	}
	s := ss.sents[ss.n]
	if body > s.first {
		if c := ss.datelineState(s.first, body); c != "" {
			ss.settingState, ss.settingDone = c, true
			return
		}
	}
	if ss.headline[ss.n] || !endsSentence(ss.tk.key(s.last-1)) {
		return // a headline: the body has not begun
	}
	ss.settingDone = true
	for k := range ss.refs {
		if r := &ss.refs[k]; r.inside == 0 && r.actor != "" && !r.pronoun && !r.class {
			ss.settingActor = r.actor // the first actor of the body
			return
		}
	}
}

// datelineState returns the state a dateline in tokens [first, last) names by its
// capital or its name, or "".
func (st *Doc) datelineState(first, last int) string {
	for i := first; i < last; i++ {
		ids, _ := st.lex.match(nil, &st.tk, i, last)
		for _, p := range ids {
			for _, v := range st.lex.valsIn(st.lex.phrases[p].span) {
				if (v.kind == lexCapital || v.kind == lexCountry) && v.entity.Kind == Country {
					return v.entity.ID
				}
			}
		}
	}
	return ""
}

// inferPrincipals gives each role noted without a principal the one the office-holder
// lexicon or, for an official below the head of state or government, the document's
// setting gives, with the relation the title implies. A head of government the text says
// heads a government of its own takes it (governmentLedBy); a title held for an office
// whose holder the text does not name ("Special Representative of the Secretary-General")
// takes the one body the text names with holders of that office (Lexicon.officeBody). The setting goes to no official whose
// sentence or the one before names other states before the title and not the setting ("the
// Israeli cabinet had yet to approve it. National Security Minister ..." in a story from
// Doha), and to no official who meets, talks with or contacts the setting state, one of its
// officials or another official it would go to: one of them is a counterpart from the
// other side, and the text does not say which. A document with no setting gives an
// official the one state the title's sentence names before it. Each pass is linear in the
// roles and relations of the document.
func (st *Doc) inferPrincipals() {
	if len(st.pending) == 0 {
		return
	}
	for k := range st.pending {
		// "Prime Minister Dbeibah, who heads the Government of National Unity": the
		// government of its own he heads, not the state the lexicon has him lead.
		if p := &st.pending[k]; p.rel == LeaderOf && st.ruleEnabled(RuleSetting) {
			if g := st.governmentLedBy(p.actor); g != "" {
				st.inferRole(p, g, RuleSetting)
			}
		}
	}
	if st.ruleEnabled(RuleSetting) {
		for k := range st.pending {
			// "the President was joined by National Security Adviser Michael Waltz": an
			// adviser in a person's party advises that person, whatever office the
			// lexicon knows him in.
			if p := &st.pending[k]; p.party != "" && p.title.Relation == AdvisorTo && st.Roles.vals[p.role].val.Of == "" {
				st.inferRole(p, p.party, RuleSetting)
			}
		}
	}
	if st.ruleEnabled(RuleOfficeHolder) {
		rename, _ := st.Joins()
		for k := range st.pending {
			p := &st.pending[k]
			if st.Roles.vals[p.role].val.Of != "" {
				continue // given above
			}
			holder := st.actors[p.actor]
			if to, ok := rename[p.actor]; ok && st.actors[to] != nil {
				holder = st.actors[to]
			}
			head := p.title.Head
			if head == "leader" && p.title.Title != "leader" {
				head = p.title.Title // "opposition leader", "party leader": no office of a state
			}
			if h := st.lex.officeHolder(holder.Name, head, st.opt.Day, st.named); h.of != "" && h.of != p.actor && h.of != holder.ID {
				if h.rel != "" && p.rel != "" {
					p.rel = h.rel // the office's, not the title's: a chancellor of the exchequer leads no state
				}
				of, person := h.of, h.person
				st.inferRole(p, of, RuleOfficeHolder)
				if person != "" && holder.Kind != Country && !strings.Contains(holder.Name, " ") {
					// "President Biden", named by surname alone, is Joe Biden.
					if full := st.addPerson(person); full != holder {
						st.coref.joins[holder.ID] = full.ID
					}
				}
			} else if p.office != "" {
				// "Special Representative of the Secretary-General": the body of that office.
				if of := st.lex.officeBody(p.office, st.named); of != "" && of != p.actor {
					st.inferRole(p, of, RuleOfficeHolder)
				}
			} else if p.rel == MemberOf {
				// "Army chief Abdel Fattah al-Burhan": an official of the state the lexicon
				// has him serve in another office, not of the story's setting.
				if of := st.lex.holderState(holder.Name, st.opt.Day); of != "" && of != p.actor {
					st.inferRole(p, of, RuleOfficeHolder)
				}
			}
		}
	}
	if st.ruleEnabled(RuleSetting) {
		st.inferHosts()
		for k := range st.pending {
			// "the Prime Minister was accompanied by Foreign Secretary Vikram Misri": an
			// official of the state of the person whose party he is in.
			if p := &st.pending[k]; p.party != "" && st.Roles.vals[p.role].val.Of == "" && p.title.Relation != LeaderOf {
				if s := st.stateOf(p.party); s != "" && s != p.actor {
					st.inferRole(p, s, RuleSetting)
				}
			}
		}
	}
	// After the office holders, whose offices may give the setting ("Secretary Blinken
	// met ..." first in a readout).
	setting := st.setting()
	if !st.ruleEnabled(RuleSetting) {
		return
	}
	if setting == "" {
		// No setting: an official's title takes the one state its sentence names before it
		// ("Haftar, who controls eastern Libya, and parliament speaker Aguila Saleh"); not
		// the sentence before, which may be the other side's act ("China banned exports.
		// Commerce Secretary ... said"). Not a diplomat's: the state near an envoy or
		// ambassador is where they are sent.
		odds := st.atOdds()
		for k := range st.pending {
			p := &st.pending[k]
			if st.Roles.vals[p.role].val.Of == "" && p.title.Relation != LeaderOf && !p.title.diplomat() &&
				p.here == 1 && p.near[0] != p.actor && !odds[[2]string{p.actor, p.near[0]}] {
				st.inferRole(p, p.near[0], RuleSetting)
			}
		}
		return
	}
	side := map[string]bool{setting: true} // the setting, its officials, and the candidates
	for _, v := range st.Roles.vals {
		if v.val.Of == setting {
			side[v.owner.ID] = true
		}
	}
	official := maps.Clone(side)  // the setting and the officials the text gives it
	var candidates []*pendingRole // the officials the setting may go to
	for k := range st.pending {
		p := &st.pending[k]
		if st.Roles.vals[p.role].val.Of == "" && p.title.Relation != LeaderOf && p.actor != setting &&
			(len(p.near) == 0 || slices.Contains(p.near, setting)) {
			candidates = append(candidates, p)
			side[p.actor] = true
		}
	}
	// A candidate who meets, talks with or contacts someone of the setting's side is a
	// counterpart; which of the two is, the text does not say, so both stay as they are.
	// One the setting or its officials sanction, oppose or fight, or who opposes or fights
	// them, is of the other side (the candidate at one end and the official at the other) ("Britain imposed travel bans on X, the deputy defence
	// minister": not Britain's).
	counterpart := map[string]bool{}
	for _, r := range st.relBuf[:st.nRels] {
		switch r.Type {
		case MeetsWith, NegotiatesWith, Contacts:
			if side[r.Source] && side[r.Target] {
				counterpart[r.Source], counterpart[r.Target] = true, true
			}
		case Sanctions, Opposes, AtWarWith:
			if side[r.Source] && side[r.Target] && official[r.Source] != official[r.Target] {
				counterpart[r.Source], counterpart[r.Target] = true, true
			}
		}
	}
	for _, p := range candidates {
		if !counterpart[p.actor] {
			st.inferRole(p, setting, RuleSetting)
		}
	}
}

// atOdds returns the pairs of actors one of whom sanctions, opposes or fights the other,
// in both orders: the sides of a conflict, whose officials serve neither the other side nor
// its setting.
func (st *Doc) atOdds() map[[2]string]bool {
	odds := map[[2]string]bool{}
	for _, r := range st.relBuf[:st.nRels] {
		if r.Type == Sanctions || r.Type == Opposes || r.Type == AtWarWith {
			odds[[2]string{r.Source, r.Target}], odds[[2]string{r.Target, r.Source}] = true, true
		}
	}
	return odds
}

// collectivePrincipals gives each role of a collective title ("junta leader", "opposition
// leader") its principal, after the last sentence, when the document has named the
// collective: the actor that collectiveOf finds, which the holder leads ("Myanmar's junta
// leader" with "the junta" elsewhere is the Myanmar junta's). Failing one, the role keeps
// the principal the text gave it, with the relation of its title ("Mali's junta leader" in
// a story of three juntas is Mali's), or waits for inferPrincipals like any other.
func (st *Doc) collectivePrincipals() {
	for k := range st.collective {
		p := &st.collective[k]
		v := &st.Roles.vals[p.role].val
		if id := st.collectiveOf(p.title, v.Of); id != "" && id != p.actor {
			p.rel = LeaderOf
			st.inferRole(p, id, RuleRole)
			continue
		}
		switch {
		case v.Of != "":
			if !p.former && p.rel != "" && st.ruleEnabled(RuleRole) {
				st.addRelation(p.rel, p.actor, v.Of, p.modality, p.sent, p.first, p.last, RuleRole)
			}
		case st.inferring():
			st.pending = append(st.pending, *p)
		}
	}
}

// collectiveOf returns the collective that the first word of the collective title t names
// and that belongs to of, the principal the text gave the title, if any: for a regime word
// ("junta"), the regime named with of, or the one regime the document names; for another
// word ("opposition"), the one organization or group that the document names by it, alone
// or last ("the opposition"), of no state or of of. It returns "" when there is none, or
// several.
func (st *Doc) collectiveOf(t *titleInfo, of string) string {
	word, _, _ := strings.Cut(t.Title, " ")
	if st.lex.info(word).class&wordRegime != 0 {
		if of != "" {
			return st.coref.regimes[of]
		}
		found := ""
		for _, id := range st.coref.regimes {
			if found != "" && found != id {
				return ""
			}
			found = id
		}
		return found
	}
	found := ""
	for _, a := range st.actorBuf[:st.nActors] {
		if a.Kind != Organization && a.Kind != Group || st.actors[a.ID] != a || a.Country != "" && a.Country != of {
			continue
		}
		if name := fold.Key(a.Name); name != word && !strings.HasSuffix(name, " "+word) {
			continue
		}
		if a.Unnamed && !st.takesPart(a.ID) {
			continue // "the opposition said": no actor (guidelines 3.9), so no principal
		}
		if found != "" {
			return ""
		}
		found = a.ID
	}
	return found
}

// takesPart reports whether actor id is an end of one of the document's relations.
func (st *Doc) takesPart(id string) bool {
	for _, r := range st.relBuf[:st.nRels] {
		if r.Source == id || r.Target == id {
			return true
		}
	}
	return false
}

// inferRole gives the pending role p the principal of, inferred by rule by, and records
// the relation its title implies.
func (st *Doc) inferRole(p *pendingRole, of string, by Rule) {
	st.principalActor(of)
	v := &st.Roles.vals[p.role].val
	v.Of, v.By = of, by
	if !p.former && p.rel != "" && st.ruleEnabled(RuleRole) {
		st.addRelation(p.rel, p.actor, of, p.modality, p.sent, p.first, p.last, by)
	}
}

// setting returns the state the document is written from, or "": the dateline's, else
// the state the first actor of the body is or belongs to.
func (st *Doc) setting() string {
	if st.settingState != "" || st.settingActor == "" {
		return st.settingState
	}
	a := st.actors[st.settingActor]
	switch {
	case a == nil:
		return ""
	case a.Kind == Country:
		return "" // "China on Tuesday banned ...": a state acting, not writing
	case a.Kind == Organization:
		return a.Country
	}
	// A titled official: the state of the office.
	for _, v := range st.Roles.vals {
		if v.owner == a && v.val.Of != "" && st.actors[v.val.Of] != nil && st.actors[v.val.Of].Kind == Country {
			return v.val.Of
		}
	}
	return ""
}

// principalActor makes sure the document has the state or body with ID id as an actor.
func (st *Doc) principalActor(id string) {
	if st.actors[id] != nil {
		return
	}
	e := st.lex.countries[id]
	if e == nil {
		e = st.lex.orgs[id]
	}
	if e != nil {
		st.addEntity(e)
	}
}

// inferInstitutions records that each organ of a state the document names is part-of
// that state (RuleInstitution), with its first mention as the evidence: an organization
// the lexicon flags state ("Kremlin" → russia), or one whose name is a state's generic
// institution ("Sudan's Foreign Ministry", "the Chadian Defence Ministry"). A party, a
// militia or a company of a state is none of its organs. A state the text does not name gets none: the
// graph holds no actor the text does not name for it.
func (st *Doc) inferInstitutions() {
	if !st.ruleEnabled(RuleInstitution) {
		return
	}
	for _, a := range st.actorBuf[:st.nActors] {
		if a.Kind != Organization || a.Country == "" || a.Country == a.ID || !st.stateOrgan(a) {
			continue
		}
		if c := st.actors[a.Country]; c == nil || c.Kind != Country {
			continue
		}
		i := slices.IndexFunc(st.Mentions.vals, func(m ownedValue[*Actor, Mention]) bool { return m.owner == a })
		if i < 0 {
			continue // named by no mention of its own
		}
		m := st.Mentions.vals[i].val
		sent, found := slices.BinarySearchFunc(st.sents, m.Start, func(s sentence, off int) int { return cmp.Compare(s.start, off) })
		if !found {
			sent--
		}
		s := st.sents[sent]
		st.Evidence.add(st.relation(PartOf, a.ID, a.Country, Actual), Evidence{
			Sentence: sent, SentenceStart: s.start, Start: m.Start, End: m.End,
			Text: st.evidenceText(s), Rule: RuleInstitution,
		})
	}
	st.inferStateSanctions()
}

// inferStateSanctions gives each sanction an organ of a state imposes to that state as
// well, when the document names the state (GUIDELINES 6: "the U.S. Treasury Department
// imposed sanctions on X", with the United States named, is the United States' sanction
// too), with the organ's evidence under RuleInstitution.
func (st *Doc) inferStateSanctions() {
	for i, n := 0, len(st.Evidence.vals); i < n; i++ {
		r, e := st.Evidence.vals[i].owner, st.Evidence.vals[i].val
		if r.Type != Sanctions {
			continue
		}
		a := st.actors[r.Source]
		if a == nil || a.Kind != Organization || a.Country == "" || a.Country == r.Target || !st.stateOrgan(a) {
			continue
		}
		if c := st.actors[a.Country]; c == nil || c.Kind != Country {
			continue
		}
		e.Rule = RuleInstitution
		st.Evidence.add(st.relation(Sanctions, a.Country, r.Target, r.Modality), e)
	}
}

// named reports whether the document names the actor with ID id.
func (st *Doc) named(id string) bool { return st.actors[id] != nil }

// inferHosts gives the principal of the place where a meeting happens to an official who
// meets or talks there with someone of another state: "In Amman, Secretary Blinken met
// Foreign Minister Ayman Safadi" makes Safadi Jordan's, "travelled to Nairobi, where she
// met President Ruto" Ruto Kenya's. Between two officials of no known state the text does
// not say who is the host, and neither gets it.
func (st *Doc) inferHosts() {
	for k := range st.pending {
		p := &st.pending[k]
		if p.place == "" || st.Roles.vals[p.role].val.Of != "" || p.actor == p.place {
			continue
		}
		for i := range st.Evidence.vals {
			e := &st.Evidence.vals[i]
			r := e.owner
			if e.val.Sentence != p.sent || r.Type != MeetsWith && r.Type != NegotiatesWith {
				continue
			}
			other := r.otherEnd(p.actor)
			if other == "" {
				continue
			}
			if s := st.stateOf(other); s != "" && s != p.place {
				st.inferRole(p, p.place, RuleSetting)
				break
			}
		}
	}
}
