package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// String returns the canonical text form of the sentence as the stages have read it so
// far, in the manner of text/template/parse's Tree.String: the per-stage tests compare it
// with the form they expect, and a debugger can print it. The form is
//
//	TEXT
//	  RELATION by RULE: "WORDS"
//	  ...
//
// TEXT is the sentence's tokens as written, one space between tokens that had any space
// between them, with two kinds of mark at token boundaries:
//
//	⟦WORDS|LABEL⟧  a ref; the refs inside it (its principal) nest
//	⟨WORDS|LABEL⟩  an item outside every ref that is no plain word: a lexicon phrase or a name
//
// so that deleting "⟦", "⟨" and every "|LABEL⟧" or "|LABEL⟩" gives back the sentence (the
// tests write their input this way). A ref's LABEL is its fields, separated by spaces, in
// this order, each left out when it is empty:
//
//	#I            its index among the sentence's refs (always there)
//	KIND          person, organization, country or group
//	=ID           the lexicon entity it names
//	in=ID         for an organization found by its shape: the state its name names
//	title="T"     the title, as titles.tsv names it
//	of=#J         the ref of the title's principal
//	same=#J       the ref of the name it describes (an appositive) or stands for
//	deputy=KEY    "vice", "deputy" or "assistant" before a title the lexicon lacks
//	prep=KEY      the preposition before it, or "(object)" for a verb's object
//	FLAGS         any of desc indefinite weak class collective pronoun former incoming
//	alias="A"     the words that name the actor, when they are not the whole ref
//	→ACTOR        the actor coreference resolved it to
//
// An item's LABEL is its lexicon values in order, separated by spaces: country=ID,
// capital=ID, demonym=ID, org=ID, title="T", verb=RELATION or noun=RELATION for a trigger,
// cue=MODALITY (cue-after=MODALITY for a cue that follows its verb), place, idiom; or for a
// name, name, name=person or name=organization, then in=ID for the state named inside it.
//
// Below TEXT comes one line for each relation the sentence states, in the order found,
// with the rule that found it and the words that state it.
func (ss *sentState) String() string {
	s := ss.sents[ss.n]
	var marks []sentMark
	for i := range ss.refs {
		r := &ss.refs[i]
		marks = append(marks, sentMark{
			first: ss.items[r.first].first, last: ss.items[r.last-1].last, ref: i,
			open: "⟦", close: "|" + ss.refLabel(i) + "⟧",
		})
	}
	for i := range ss.items {
		if it := &ss.items[i]; it.ref < 0 && it.kind != itWord {
			marks = append(marks, sentMark{first: it.first, last: it.last, ref: -1, open: "⟨", close: "|" + ss.itemLabel(it) + "⟩"})
		}
	}
	// Outer marks open first: by start, then the longer first, then the later ref (a
	// head follows the refs inside it).
	slices.SortFunc(marks, func(a, b sentMark) int {
		return cmp.Or(cmp.Compare(a.first, b.first), cmp.Compare(b.last, a.last), cmp.Compare(b.ref, a.ref))
	})
	var b strings.Builder
	var open []sentMark // the marks open at the token being written, innermost last
	next := 0           // the next mark to open
	t := &ss.tk
	for i := s.first; i <= s.last; i++ {
		for n := len(open); n > 0 && open[n-1].last <= i; n = len(open) {
			b.WriteString(open[n-1].close)
			open = open[:n-1]
		}
		if i == s.last {
			break
		}
		if i > s.first && t.toks[i].start > t.toks[i-1].end {
			b.WriteByte(' ')
		}
		for ; next < len(marks) && marks[next].first == i; next++ {
			b.WriteString(marks[next].open)
			open = append(open, marks[next])
		}
		b.WriteString(ss.text[t.toks[i].start:t.toks[i].end])
	}
	for _, ov := range ss.Evidence.vals {
		if ev := &ov.val; ev.Sentence == ss.n {
			b.WriteString("\n  " + ov.owner.String() + " by " + ev.Rule.String() + ": " + strconv.Quote(ss.text[ev.Start:ev.End]))
		}
	}
	return b.String()
}

// sentMark is a ref or item that sentState.String marks, over tokens [first, last).
type sentMark struct {
	first, last int
	ref         int // the ref's index, or -1 for an item
	open, close string
}

// refLabel returns the label of ref i for String.
func (ss *sentState) refLabel(i int) string {
	r := &ss.refs[i]
	f := []string{"#" + strconv.Itoa(i)}
	if r.kind != "" {
		f = append(f, string(r.kind))
	}
	if r.entity != nil {
		f = append(f, "="+r.entity.ID)
	}
	if r.country != "" {
		f = append(f, "in="+r.country)
	}
	if r.title != nil {
		f = append(f, "title="+strconv.Quote(r.title.Title))
	}
	if r.of >= 0 {
		f = append(f, "of=#"+strconv.Itoa(int(r.of)))
	}
	if r.same > 0 {
		f = append(f, "same=#"+strconv.Itoa(int(r.same)-1))
	}
	if r.deputy != 0 {
		f = append(f, "deputy="+string(ss.lex.keys.key(uint32(r.deputy))))
	}
	if r.prep != 0 {
		f = append(f, "prep="+string(ss.lex.keys.key(uint32(r.prep))))
	}
	for _, fl := range [...]struct {
		on   bool
		name string
	}{
		{r.desc, "desc"}, {r.indefinite, "indefinite"}, {r.weak, "weak"}, {r.class, "class"},
		{r.collective, "collective"}, {r.pronoun, "pronoun"}, {r.former, "former"}, {r.incoming, "incoming"},
		{r.unnamed, "unnamed"},
	} {
		if fl.on {
			f = append(f, fl.name)
		}
	}
	first, last := int32(ss.items[r.first].first), int32(ss.items[r.last-1].last)
	if r.alias[1] > r.alias[0] && r.alias != [2]int32{first, last} {
		f = append(f, "alias="+strconv.Quote(ss.spanText(r.alias)))
	}
	if r.actor != "" {
		f = append(f, "→"+r.actor)
	}
	return strings.Join(f, " ")
}

// itemLabel returns the label of an item for String.
func (ss *sentState) itemLabel(it *item) string {
	var f []string
	if it.kind == itName {
		name := "name"
		if k := it.nameKind.kind(); k != "" {
			name += "=" + string(k)
		}
		f = append(f, name)
		if it.country > 0 {
			f = append(f, "in="+entityID(ss.lex.vals[it.country-1].entity))
		}
		return strings.Join(f, " ")
	}
	for _, v := range ss.lex.valsIn(it.vals) {
		switch v.kind {
		case lexCountry:
			f = append(f, "country="+entityID(v.entity))
		case lexCapital:
			f = append(f, "capital="+entityID(v.entity))
		case lexDemonym:
			f = append(f, "demonym="+entityID(v.entity))
		case lexOrg:
			f = append(f, "org="+entityID(v.entity))
		case lexTitle:
			f = append(f, "title="+strconv.Quote(v.title.Title))
		case lexTrigger:
			kind := "noun="
			if v.trigger.Verb {
				kind = "verb="
			}
			f = append(f, kind+string(v.trigger.Relation))
		case lexCue:
			kind := "cue="
			if v.cue.After {
				kind = "cue-after="
			}
			f = append(f, kind+string(v.cue.Modality))
		case lexPlace:
			f = append(f, "place")
		case lexIdiom:
			f = append(f, "idiom")
		}
	}
	return strings.Join(f, " ")
}

// entityID returns the ID of a lexicon entity, or "?" for none.
func entityID(e *lexEntity) string {
	if e == nil {
		return "?"
	}
	return e.ID
}
