package eval

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph"
)

// NameKey returns the key under which two names are the same name: case-folded, without
// diacritics, with typographic apostrophes and dashes made ASCII, runs of white space
// made one space, and without a leading "the" or a trailing possessive ("'s", or "'"
// after an s). "The Kremlin's" and "kremlin" have the same key, as have "António" and
// "Antonio".
func NameKey(name string) string {
	k := strings.TrimPrefix(actorgraph.FoldName(name), "the ")
	if t, ok := strings.CutSuffix(k, "'s"); ok && t != "" {
		k = t
	} else if strings.HasSuffix(k, "s'") {
		k = strings.TrimSuffix(k, "'")
	}
	return k
}

// nameKeys returns the distinct keys of an actor's name and aliases, sorted.
func nameKeys(a *actorgraph.Actor) []string {
	keys := make([]string, 0, len(a.Aliases)+1)
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if k := NameKey(n); k != "" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// matching is a one-to-one map between system and gold actors.
type matching struct {
	sysToGold map[string]string // system ID → gold ID
	goldToSys map[string]string // gold ID → system ID
	// splits holds the unmatched system actors that share a name with a matched gold
	// actor, mapped to that gold actor's ID.
	splits map[string]string
}

// matchActors pairs system actors with gold actors that share a name or alias, greedily:
// pairs sharing more name keys first; among pairs sharing as many, those whose canonical
// names have the same key, then those with the same ID (so that when a system splits
// "Debretsion Gebremichael" from "Debretsion", the full name takes the gold actor and the
// fragment is the split); then by gold ID and system ID, so the result does not depend on
// iteration order.
func matchActors(gold, sys []*actorgraph.Actor) matching {
	goldByKey := make(map[string][]string) // name key → gold IDs, in ID order
	goldName := make(map[string]string)    // gold ID → key of its name
	for _, g := range gold {
		goldName[g.ID] = NameKey(g.Name)
		for _, k := range nameKeys(g) {
			goldByKey[k] = append(goldByKey[k], g.ID)
		}
	}
	type pair struct {
		gold, sys        string
		shared           int
		sameName, sameID bool
	}
	var pairs []pair
	for _, s := range sys {
		shared := make(map[string]int)
		for _, k := range nameKeys(s) {
			for _, g := range goldByKey[k] {
				shared[g]++
			}
		}
		name := NameKey(s.Name)
		for g, n := range shared {
			pairs = append(pairs, pair{g, s.ID, n, name == goldName[g], s.ID == g})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(-cmp.Compare(a.shared, b.shared), -compareBool(a.sameName, b.sameName),
			-compareBool(a.sameID, b.sameID), cmp.Compare(a.gold, b.gold), cmp.Compare(a.sys, b.sys))
	})
	m := matching{
		sysToGold: make(map[string]string),
		goldToSys: make(map[string]string),
		splits:    make(map[string]string),
	}
	for _, p := range pairs {
		_, sysDone := m.sysToGold[p.sys]
		_, goldDone := m.goldToSys[p.gold]
		if !sysDone && !goldDone {
			m.sysToGold[p.sys] = p.gold
			m.goldToSys[p.gold] = p.sys
		}
	}
	// A second pass, in the same order, finds the system actors left over whose best gold
	// actor went to another system actor.
	for _, p := range pairs {
		if _, ok := m.sysToGold[p.sys]; ok {
			continue
		}
		if _, ok := m.splits[p.sys]; !ok {
			m.splits[p.sys] = p.gold
		}
	}
	return m
}

// sysPrefix marks, in the gold ID space, a system actor that matched no gold actor, so
// that it can never equal a gold ID.
const sysPrefix = "\x00sys:"

// toGold maps a system actor ID into the gold ID space: the matched gold ID, the empty
// string for the empty string, or a marked ID that equals no gold ID.
func (m matching) toGold(sysID string) string {
	if sysID == "" {
		return ""
	}
	if g, ok := m.sysToGold[sysID]; ok {
		return g
	}
	return sysPrefix + sysID
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
