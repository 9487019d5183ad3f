package extract

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// This file reads the names people go by besides their full name: the aliases column of
// officeholders.tsv and of people.tsv, a short list of people who hold none of the offices
// that file covers ("Barbecue" for Jimmy Chérizier). A name the text uses alone that is one
// person's alias names that person: "Hemedti met ..." is Mohamed Hamdan Dagalo.

// addPerson adds a row of people.tsv: person, aliases and an optional note.
func (l *Lexicon) addPerson(cols []string) error {
	if len(cols) < 2 || len(cols) > 3 {
		return fmt.Errorf("want 2 or 3 columns (person, aliases, note), got %d", len(cols))
	}
	if strings.Fields(cols[0]) == nil {
		return fmt.Errorf("no person")
	}
	aliases := list(cols, 1)
	if len(aliases) == 0 {
		return fmt.Errorf("no alias for %q", cols[0])
	}
	for _, a := range aliases {
		l.addPersonAlias(a, cols[0])
	}
	return nil
}

// addPersonAlias records that alias names the person with the full name person. An alias
// two people share names neither, and is kept as such ("" in the map): a later row cannot
// make it one person's again.
func (l *Lexicon) addPersonAlias(alias, person string) {
	k := fold.Key(alias)
	if k == "" || k == fold.Key(person) {
		return
	}
	if l.personAliases == nil {
		l.personAliases = map[string]string{}
	}
	if cur, ok := l.personAliases[k]; ok && fold.Key(cur) != fold.Key(person) {
		l.personAliases[k] = ""
		return
	}
	l.personAliases[k] = person
	if first, _, several := strings.Cut(k, " "); !several {
		l.record(k).flags |= keyAlias
	} else {
		l.record(first).flags |= keyAliasOpen
	}
}

// personByAlias returns the full name of the one person the lexicon knows by alias (a fold
// key), and whether there is one.
func (l *Lexicon) personByAlias(alias string) (string, bool) {
	p := l.personAliases[alias]
	return p, p != ""
}
