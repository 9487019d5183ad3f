package extract

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/internal/fold"
)

// titleInfo is a row of titles.tsv.
type titleInfo struct {
	Title    string
	Head     string
	Relation RelationType // "" when the title implies none
	Modality Modality
	Flags    titleFlag
}

// titleFlag is a set of the flags of a titles.tsv row, which say what the title means
// besides a role.
type titleFlag uint8

const (
	// titleRank: a military rank, which shows that a name is a person's but is no office
	// ("Senior General Min Aung Hlaing").
	titleRank titleFlag = 1 << iota
	// titleCounterpart: the title stands for the office of the last titled person named
	// before it in the sentence ("Wang Yi and his Japanese counterpart, Takeshi Iwaya");
	// unnamed, it stands for its side ("called its Indian counterpart").
	titleCounterpart
	// titleState: states hold it too, not only people ("NATO member Turkey").
	titleState
	// titlePlural: the plural of the title, which the lexicon adds for each row: each
	// name of the list after it holds the title ("Presidents A of Ghana and B of Niger").
	titlePlural
	// titleCollective: the title's first word names the collective it is held in ("junta
	// leader", "opposition leader"): the actor of that name the document names ("the
	// junta", "Myanmar's military government", "the opposition") is its principal, which
	// its holder leads; failing one, the principal the text gives.
	titleCollective
	// titleSpeaksFor: unnamed, even with "the", the holder speaks for its principal in
	// relations, as a state's delegate does at the UN ("the representative of Egypt
	// criticised Israel" is Egypt's criticism).
	titleSpeaksFor
)

// titleFlags names the flags as the flags column of titles.tsv writes them.
var titleFlags = map[string]titleFlag{"rank": titleRank, "counterpart": titleCounterpart, "state": titleState,
	"collective": titleCollective, "speaks-for": titleSpeaksFor}

// diplomat reports whether the title is an envoy's or an ambassador's, whose principal
// sends them to the states named around them.
func (t *titleInfo) diplomat() bool { return t.Relation == EnvoyFor || t.Head == "ambassador" }

// addTitle adds a row of titles.tsv, and its plural ("foreign ministers") with the flag
// titlePlural, unless a row has that text.
func (l *Lexicon) addTitle(ld *lexLoader, cols []string) error {
	t := &titleInfo{Title: fold.Key(cols[0]), Head: fold.Key(cols[1]),
		Relation: RelationType(column(cols, 2)), Modality: Modality(column(cols, 3))}
	if t.Relation != "" && !t.Relation.Valid() {
		return fmt.Errorf("unknown relation %q", t.Relation)
	}
	if t.Modality == "" {
		t.Modality = Actual
	}
	if !t.Modality.Valid() {
		return fmt.Errorf("unknown modality %q", t.Modality)
	}
	flags, err := parseFlags(list(cols, 4), titleFlags, "title flag")
	if err != nil {
		return err
	}
	t.Flags = flags
	l.titles[t.Title] = t
	l.addPhrase(ld, cols[0], false, lexVal{kind: lexTitle, title: t})
	if p := pluralTitle(t.Title); p != "" && l.titles[p] == nil && t.Flags&titleRank == 0 {
		pt := *t
		pt.Flags |= titlePlural
		l.addPhrase(ld, p, false, lexVal{kind: lexTitle, title: &pt})
	}
	return nil
}

// pluralTitle returns the plural of the title with fold key k, by its last word
// ("foreign ministers", "spokesmen", "deputy secretaries"), or "" for a title whose last
// word is plural already, hyphenated or no noun English pluralizes so.
func pluralTitle(k string) string {
	sp := strings.LastIndexByte(k, ' ') + 1
	w := k[sp:]
	switch {
	case len(w) < 3 || strings.ContainsAny(w, "-.") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "elect"):
		return ""
	case strings.HasSuffix(w, "man"):
		return k[:len(k)-2] + "en" // spokesman, chairman
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return k[:len(k)-1] + "ies" // secretary
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		return k + "es"
	}
	return k + "s"
}
