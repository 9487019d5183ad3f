package extract

import "strings"

// This file reads the unnamed collectives that act (GUIDELINES 3.9): "ethnic armed
// groups", "the opposition", "Russian-supported separatists" are group actors of their
// own, kept only when they take part in a relation.

// unnamedGroup reads an unnamed collective (guidelines 3.9) whose head, a collective word
// of words.tsv, is item h: [determiner] modifiers HEAD, with at least one modifier
// (unnamedModifiers), or "the" and a head that is a modifier too ("the opposition"), and no
// name after it ("the opposition National Unity Government"). The demonyms and names among
// the modifiers are refs already built, the last of refs, which the new ref holds. It
// returns refs with the new ref appended, the index of the first ref it holds, and true; or
// refs, len(refs) and false.
func (ss *sentState) unnamedGroup(h int, refs []ref) ([]ref, int, bool) {
	if ss.items[h].kind != itWord || h+1 < len(ss.items) && !ss.unnamedEnds(h+1) {
		return refs, len(refs), false
	}
	m, inner := ss.unnamedModifiers(h, refs)
	if m == h && (ss.keyAt(h-1) != kwThe || ss.classAt(h)&wordUnnamedModifier == 0) {
		return refs, len(refs), false
	}
	first := m
	if k := ss.keyAt(m - 1); (k == kwThe || k == kwA || k == kwAn || ss.itemIn(m-1, quantifiers)) && ss.items[m-1].ref < 0 {
		first = m - 1 // "the", "several": not part of the name
	}
	r := ref{first: first, last: h + 1, of: -1, kind: Group, unnamed: true,
		alias: tokenRange(ss.items[m].first, ss.items[h].last)}
	if inner < len(refs) {
		r.first = min(first, refs[inner].first)
	}
	return append(refs, r), inner, true
}

// unnamedEnds reports whether item i, right after the head of an unnamed collective,
// ends its phrase: it is no name, no entity, no other unnamed-group word ("opposition
// parties") and no plain word before a name ("the opposition candidate Edmundo
// González").
func (ss *sentState) unnamedEnds(i int) bool {
	it := &ss.items[i]
	switch it.kind {
	case itName:
		return false
	case itLexicon:
		_, ok := it.entity(ss.lex)
		return !ok
	}
	if i+1 < len(ss.items) && ss.items[i+1].kind == itName && ss.isLowerWord(i) {
		return false
	}
	return ss.classAt(i)&wordUnnamedGroup == 0
}

// unnamedModifiers returns the first item of the modifiers before the head of an unnamed
// collective at item h, or h when there is none: collective-modifier words ("ethnic armed
// groups"), a demonym ("the South Sudanese parties"), a ref, a hyphen and a participle
// ("Iran-backed", "the Saudi-led coalition"), "anti-" or "pro-" and a word or ref
// ("anti-government militias"). It returns too the index of the first of refs they hold,
// or len(refs).
func (ss *sentState) unnamedModifiers(h int, refs []ref) (m, inner int) {
	m, inner = h, len(refs)
	for m > 0 {
		j := m - 1
		prev := -1 // the ref that ends at j, if it is the last one built
		if inner > 0 && refs[inner-1].last == m && ss.items[j].ref == inner-1 {
			prev = inner - 1
		}
		switch {
		case ss.classAt(j)&wordUnnamedModifier != 0 && ss.items[j].kind != itName && prev < 0:
			// "armed", a trigger too, is a modifier here
			m = j
		case j >= 2 && ss.compoundModifier(j-1) && (ss.itemKey(j-2) == "anti" || ss.itemKey(j-2) == "pro"):
			m = j - 2
			if prev >= 0 {
				inner = prev
			}
		case prev >= 0 && refs[prev].entity != nil && ss.isDemonym(j) && refs[prev].title == nil:
			m, inner = refs[prev].first, prev
			if ss.keyAt(m) == kwThe {
				m++
			}
		case j >= 2 && ss.isLowerWord(j) && strings.HasSuffix(ss.itemKey(j), "ed") && ss.compoundModifier(j-1) &&
			ss.items[j-2].ref == inner-1 && inner > 0 && refs[inner-1].last == j-1 && refs[inner-1].title == nil:
			// "Iran-backed", "Russian-supported"
			m, inner = refs[inner-1].first, inner-1
			if ss.keyAt(m) == kwThe {
				m++
			}
		default:
			return m, inner
		}
	}
	return m, inner
}
