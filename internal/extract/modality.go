package extract

// This file decides the modality of a relation from the cues of cues.tsv around its trigger.

// cueWindow bounds how far a cue may stand from a verb trigger, and nounCueWindow before a
// noun trigger, in items.
const (
	cueWindow     = 12
	nounCueWindow = 8
)

// modality returns the modality of the relation stated by the trigger at item t: the
// strongest cue in the trigger's clause (negated over possible over planned), or actual.
// A state ("Russia's war against Ukraine") takes only a cue right before the trigger, so
// "promised to end Russia's war" does not make the war planned.
func (ss *sentState) modality(t int, tr *trigger) Modality {
	best := tr.Modality
	take := func(m Modality) {
		if modalityStrength(m) > modalityStrength(best) {
			best = m
		}
	}
	from := max(0, t-cueWindow)
	if tr.State {
		from = max(0, t-2)
	}
	for i := t - 1; i >= from; i-- {
		if ss.isCueBoundary(i) || ss.classAt(i)&wordReporting != 0 && !ss.reportedObject(i, t, tr) {
			// A reporting verb opens the reported content: in "did not say whether he
			// would call Kim" the negation is of the saying.
			break
		}
		if !ss.items[i].hasKind(lexCue) {
			continue // no cue, as most words have none: no test of case
		}
		vals := ss.lex.valsIn(ss.items[i].vals)
		if i > 0 && !ss.headline[ss.n] && ss.tk.toks[ss.items[i].first].is(tCap) {
			continue // "In May Egypt condemned Israel": a capitalized word inside a sentence is a name
		}
		for _, v := range vals {
			if v.kind == lexCue && !v.cue.After && !(v.cue.Event && tr.State) {
				take(v.cue.Modality)
			}
		}
	}
	if ss.headlineInfinitive(t) {
		take(Planned)
	}
	if !tr.State {
		for i := t + 1; i < len(ss.items) && i <= t+cueWindow; i++ {
			if ss.isCueBoundary(i) && !ss.joinsActors(i) {
				break
			}
			if !ss.items[i].hasKind(lexCue) {
				continue
			}
			for _, v := range ss.lex.valsIn(ss.items[i].vals) {
				if v.kind == lexCue && v.cue.After {
					take(v.cue.Modality)
				}
			}
		}
	}
	return best
}

// reportedObject reports whether the noun trigger tr at item t heads the object of the
// reporting verb at item r, with at most a few words between and no actor: what is
// announced is then the act itself, not a clause ("did not say whether talks would
// resume"), and the verb's cues are its cues ("will announce new
// sanctions on Russia" is planned, "did not announce sanctions" negated).
func (ss *sentState) reportedObject(r, t int, tr *trigger) bool {
	if tr.Verb || t-r > 4 {
		return false
	}
	for i := r + 1; i < t; i++ {
		if ss.items[i].ref >= 0 || ss.isCueBoundary(i) || ss.itemIn(i, subordinators) ||
			ss.itemKey(i) == "whether" || ss.keyAt(i) == kwTo || ss.keyAt(i) == kwWhat {
			return false
		}
	}
	return true
}

// joinsActors reports whether item i is "and" or a comma inside a list of actors ("a
// meeting between Egypt and Qatar is in the works"), which does not end a clause.
func (ss *sentState) joinsActors(i int) bool {
	k := ss.keyAt(i)
	return (k == kwAnd || k == kwComma) && i+1 < len(ss.items) && ss.items[i-1].ref >= 0 &&
		(ss.items[i+1].ref >= 0 || ss.keyAt(i+1) == kwThe && i+2 < len(ss.items) && ss.items[i+2].ref >= 0)
}

func modalityStrength(m Modality) int {
	switch m {
	case Negated:
		return 3
	case Possible:
		return 2
	case Planned:
		return 1
	}
	return 0
}

// isCueBoundary reports the items that end a cue's scope: clause punctuation and the
// conjunctions that open a new clause.
func (ss *sentState) isCueBoundary(i int) bool {
	return ss.itemIn(i, cueBoundaries)
}

// cueBoundaries are the clause punctuation and conjunctions that end a cue's scope.
var cueBoundariesWords = map[string]bool{
	",": true, ";": true, ":": true, "(": true, ")": true, "\u2014": true, "\u2013": true,
	"but": true, "although": true, "though": true, "while": true, "whereas": true,
	"because": true, "and": true, "which": true, "who": true, "after": true, "as": true,
	"since": true, "that": true, "how": true, "why": true,
}

// headlineInfinitive reports whether the trigger at item t is the infinitive of a headline,
// a line with no final punctuation, right after its subject: "Blinken to meet Wang Yi in
// Beijing", "Kenya to hold talks with Ethiopia" tell of what is to come.
func (ss *sentState) headlineInfinitive(t int) bool {
	s := ss.sents[ss.n]
	if endsSentence(ss.tk.key(s.last - 1)) {
		return false
	}
	to := t - 1
	if ss.classAt(to)&wordLightVerb != 0 {
		to-- // "to hold talks"
	}
	if ss.keyAt(to) != kwTo {
		return false
	}
	r := ss.outerRef(to - 1)
	return r >= 0 && ss.refs[r].last == to
}
