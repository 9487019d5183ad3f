package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file reads officeholders.tsv, who held which office of which state or body and
// when, and answers whose office a title is when the text does not say: "Prime Minister
// Ehud Olmert" is the prime minister of Israel.

// officeTerm is a row of officeholders.tsv: a person's term in an office.
type officeTerm struct {
	person    string // the full name, as the row writes it
	given     string // fold key of the person's first name ("" for a one-word name)
	names     []string
	head      string       // the head of the office's title ("minister" for "foreign minister")
	rel       RelationType // the relation the office's title implies
	principal string       // the ID of the state or body
	from, to  int          // the term as days since 1970, to inclusive; to is maxDay when open
}

// maxDay stands for "still in office".
const maxDay = 1 << 30

// addOfficeHolder adds a row of officeholders.tsv: person, aliases, office, principal,
// from, to and an optional note.
func (l *Lexicon) addOfficeHolder(cols []string) error {
	if len(cols) < 6 {
		return fmt.Errorf("want at least 6 columns, got %d", len(cols))
	}
	t := l.titles[fold.Key(cols[2])]
	if t == nil {
		return fmt.Errorf("office %q is no title of titles.tsv", cols[2])
	}
	principal := cols[3]
	if l.countries[principal] == nil && l.orgs[principal] == nil {
		return fmt.Errorf("principal %q is in neither countries.tsv nor organizations.tsv", principal)
	}
	from, ok := termDay(cols[4], false)
	if !ok {
		return fmt.Errorf("from %q is no date (YYYY-MM-DD, YYYY-MM or YYYY)", cols[4])
	}
	to := maxDay
	if cols[5] != "-" {
		if to, ok = termDay(cols[5], true); !ok || to < from {
			return fmt.Errorf("to %q is no date (YYYY-MM-DD, YYYY-MM, YYYY or -) on or after from", cols[5])
		}
	}
	term := &officeTerm{person: cols[0], head: t.Head, rel: t.Relation, principal: principal, from: from, to: to}
	words := strings.Fields(fold.Key(cols[0]))
	if len(words) > 1 {
		term.given = words[0]
	}
	if l.orgs[principal] != nil && !slices.Contains(l.bodiesOf[t.Head], principal) {
		if l.bodiesOf == nil {
			l.bodiesOf = map[string][]string{}
		}
		b := l.bodiesOf[t.Head] // copied as it grows, as a Lexicon made by Extend shares it
		l.bodiesOf[t.Head] = append(b[:len(b):len(b)], principal)
	}
	if l.holders == nil {
		l.holders = map[string][]*officeTerm{}
	}
	// By surname (the last word that is no suffix: "Austin" of "Lloyd J. Austin III"),
	// and by every alias, so that "Lula" and "MBS" find their holder too.
	term.names = append(term.names, strings.Join(words, " "))
	l.addHolderKey(l.surnameKey(words), term)
	for _, a := range list(cols, 1) {
		k := fold.Key(a)
		term.names = append(term.names, k)
		l.addHolderKey(k, term)
		l.addPersonAlias(a, cols[0])
	}
	return nil
}

// addHolderKey indexes term under key k. The slice is copied as it grows, as a Lexicon
// made by Extend shares its base's slices.
func (l *Lexicon) addHolderKey(k string, term *officeTerm) {
	s := l.holders[k]
	l.holders[k] = append(s[:len(s):len(s)], term)
}

// surnameKey returns the fold key of the surname of a name given as the fold keys of its
// words: its last word that is no suffix ("Jr.", "III").
func (l *Lexicon) surnameKey(words []string) string {
	n := len(words) - 1
	for n > 0 && l.info(words[n]).class&wordSuffix != 0 {
		n--
	}
	if n < 0 {
		return ""
	}
	return words[n]
}

// termDay reads a date of officeholders.tsv (YYYY-MM-DD, YYYY-MM or YYYY) as days since
// 1970: the first day it may mean, or with last the last.
func termDay(s string, last bool) (int, bool) {
	for _, layout := range [...]string{"2006-01-02", "2006-01", "2006"} {
		if len(s) != len(layout) {
			continue
		}
		d, err := time.Parse(layout, s)
		if err != nil {
			return 0, false
		}
		if last {
			switch layout {
			case "2006-01":
				d = d.AddDate(0, 1, -1)
			case "2006":
				d = d.AddDate(1, 0, -1)
			}
		}
		return int(d.Unix() / 86400), true
	}
	return 0, false
}

// officePrincipal returns the state or body whose office with head head the person named
// name held on day (days since 1970; 0 when the date is unknown), when the office-holder
// lexicon names exactly one; "" otherwise. A one-word name is taken for a surname; a
// longer one must match a holder's given name too (through nicknames: "Mike" is
// "Michael"), one of the holder's names, or the skeleton of one (sameSkeleton). The plain
// title "leader" is any office that leads its state or body ("leader Kim Jong Il").
func (l *Lexicon) officePrincipal(name, head string, day int) string {
	return l.officeHolder(name, head, day, nil).of
}

// holding is what the office-holder lexicon says of a title and a name: the state or body
// whose office it is, the relation the office implies ("Chancellor Rachel Reeves" holds
// the chancellor of the exchequer's, member-of), and the holder's full name when the
// lexicon names exactly one person ("Joe Biden" for "Biden" and "president"), else "".
type holding struct {
	of, person string
	rel        RelationType
}

// officeHolder is officePrincipal, with the relation and the holder's full name. Of
// holders of two or more states or bodies it takes those whose state or body inText
// reports, when they hold one ("President Santos" in a text that names Colombia and not
// Angola); inText may be nil.
func (l *Lexicon) officeHolder(name, head string, day int, inText func(id string) bool) holding {
	var buf [8]*officeTerm // room for the terms of most names, which then allocate nothing
	found := l.termsOf(buf[:0], name, day, func(t *officeTerm) bool { return t.head == head || head == "leader" && t.rel == LeaderOf })
	if h := oneHolding(found); h.of != "" || inText == nil {
		return h
	}
	found = slices.DeleteFunc(found, func(t *officeTerm) bool { return !inText(t.principal) })
	return oneHolding(found)
}

// holderState returns the one state whose offices the person called name holds in the
// lexicon (on day, when it is not 0), whatever the office: "Army chief Abdel Fattah
// al-Burhan" in a story from Nairobi is Sudan's, whom the lexicon has lead Sudan. It
// returns "" for a name of several people or states, or of none.
func (l *Lexicon) holderState(name string, day int) string {
	var buf [8]*officeTerm
	h := oneHolding(l.termsOf(buf[:0], name, day, func(t *officeTerm) bool { return l.countries[t.principal] != nil }))
	if h.person == "" {
		return ""
	}
	return h.of
}

// termsOf appends to found the terms of the office-holder lexicon that the person called
// name holds (on day, when it is not 0) and that keep reports.
func (l *Lexicon) termsOf(found []*officeTerm, name string, day int, keep func(*officeTerm) bool) []*officeTerm {
	key := fold.Key(name)
	var buf [8]string // room for the words of most names, which strings.Fields would allocate
	words, n := buf[:0], 0
	for w := range strings.FieldsSeq(key) {
		words = append(words, w)
		n += len(w)
	}
	if len(words) == 0 {
		return found
	}
	full := key // the words joined by single spaces, as the key has them when the lengths agree
	if n+len(words)-1 != len(key) {
		full = strings.Join(words, " ")
	}
	// The surname, the full name, and, in a name of three words or more, the word before
	// the last: the first of a Spanish or Portuguese double surname ("Horacio Manuel
	// Cartes Jara" is Horacio Cartes).
	keys := [...]string{l.surnameKey(words), full, ""}
	if len(words) > 2 {
		keys[2] = words[len(words)-2]
	}
	for i, k := range keys {
		if i > 0 && k == keys[0] || k == "" {
			continue // said already (a one-word name is its surname), or none
		}
		for _, t := range l.holders[k] {
			if !keep(t) || day != 0 && (day < t.from || day > t.to) {
				continue
			}
			if len(words) > 1 && !slices.Contains(t.names, full) && (t.given == "" || !l.sameGivenName(words[0], t.given)) &&
				!sameSkeleton(t.names, full) {
				continue
			}
			found = append(found, t)
		}
	}
	return found
}

// oneHolding returns the holding of terms when they are all of one state or body, with
// the holder's name when they are all one person's ("Nawaz and Shehbaz Sharif" are two);
// else none.
func oneHolding(terms []*officeTerm) holding {
	if len(terms) == 0 {
		return holding{}
	}
	h := holding{of: terms[0].principal, person: terms[0].person, rel: terms[0].rel}
	for _, t := range terms[1:] {
		if t.principal != h.of {
			return holding{} // two states or bodies: the text must say which
		}
		if t.person != h.person {
			h.person = ""
		}
	}
	return h
}

// officeBody returns the one body named in the text (inText) with holders of an office
// whose title has the head head ("the Secretary-General" in a text that names the United
// Nations and no other body a secretary-general leads), or "".
func (l *Lexicon) officeBody(head string, inText func(id string) bool) string {
	found := ""
	for _, id := range l.bodiesOf[head] {
		if inText(id) {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// sameSkeleton reports whether the fold key full has the skeleton of one of names, the
// way two transliterations of one name do ("Abdu Rabu Mansour Hadi", "Abd Rabbuh Mansur
// Hadi"). A skeleton of fewer than six letters says too little.
func sameSkeleton(names []string, full string) bool {
	sk := fold.Skeleton(full)
	if len(sk) < 6 {
		return false
	}
	return slices.ContainsFunc(names, func(n string) bool { return fold.Skeleton(n) == sk })
}
