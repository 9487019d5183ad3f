package extract

import (
	"bufio"
	"errors"
	"fmt"
	"github.com/actorgraph/actorgraph/internal/fold"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Lexicon is the knowledge the parser matches text against: countries with their aliases,
// demonyms and capitals; organizations and groups; titles and the relation each implies;
// given names and nicknames; abbreviations; relation triggers and modality cues. The files
// and their formats are described in lexicon/README.md. A Lexicon is immutable and safe for
// concurrent use.
type Lexicon struct {
	countries map[string]*lexEntity // by ID
	orgs      map[string]*lexEntity // by ID
	entities  int32                 // how many entities newEntity numbered
	titles    map[string]*titleInfo // by fold key of the title
	maxPhrase int                   // longest phrase in tokens

	// classHeads maps a class noun of words.tsv's class-head rows ("council", "army") to
	// the last words of the names it stands for ("council"; "forces", "army").
	classHeads map[string][]string
	headNouns  map[string]bool // every name-final word of classHeads

	// keys numbers every fold key the lexicon knows something about, and infos holds
	// what it knows, by number: the tokenizer looks each token's key up once, and the
	// parser reads the rest by index.
	keys  keyTable  // by keyID
	infos []keyInfo // by keyID; infos[0] is the zero keyInfo
	// common holds the keys of common-words.txt apart from keys. The tokenizer looks up
	// every token in keys, and the 40,000 common words made that table and infos eight
	// times larger than the rest of the lexicon, too large to stay in cache, for a word
	// class the rules ask about for a few capitalized words a document (isCommon).
	common keyTable

	// phrases holds every phrase, by phraseID, in the order of their first and second
	// tokens' keys and then of their loading: the phrases starting with key id are
	// numbered from phraseStart[id] to phraseStart[id+1]. entries holds what matching
	// reads of each, by the same number: compact arrays, which stay in cache as every
	// token is matched.
	phrases     []phrase
	entries     []phraseEntry
	phraseStart []phraseID // by keyID, and one more
	restKeys    []keyID    // the keys after the second of each phrase of three tokens or more (phraseEntry.rest)
	// holders indexes the terms of officeholders.tsv by the fold key of the holder's
	// surname and of each alias.
	holders map[string][]*officeTerm
	// bodiesOf maps the head of an office to the bodies (not states) of officeholders.tsv
	// with a holder of it ("secretary-general" → united-nations, nato, ...).
	bodiesOf map[string][]string
	// personAliases maps the fold key of each alias of officeholders.tsv and people.tsv
	// to the person's full name, or to "" for an alias two people share (people.go).
	personAliases map[string]string
	// compass maps the ID of each state whose name opens with a compass word of words.tsv
	// ("North Korea") to that word's key ("north"), which stands for it alone.
	compass map[string]string

	// vals holds the phrases' values one after another, so that an item refers to its
	// values by a valSpan, which is no pointer.
	vals []lexVal
}

// keyID numbers a fold key of the lexicon; 0 stands for every key it does not know.
type keyID uint32

// keyInfo is what the lexicon knows about one fold key.
type keyInfo struct {
	class    wordClass
	flags    keyFlag
	sets     wordSet // the built-in word lists the key is in
	nickname keyID   // for given names of nicknames.tsv: the key of the formal name
}

type keyFlag uint16

const (
	keyGiven     keyFlag = 1 << iota // a given name
	keyOrgHead                       // an organization head noun ("agency")
	keyAbbrev                        // the key and a period are an abbreviation ("mr" of "Mr.")
	keyClassHead                     // a class noun of classHeads ("council")
	keyAlias                         // a one-word alias of a person (addPersonAlias: "hemedti")
	keyAliasOpen                     // the first word of an alias of several words ("el" of "El Chapo")
	// keyMayRef marks a word that may start a ref or an unnamed group (markRefWords): a
	// plain word without it starts neither, and buildRefs skips it with this one test.
	keyMayRef
	// keyPhrase marks the first key of a lexicon phrase (indexPhrases): the matcher looks
	// for phrases only at such a word, and tests it in the keyInfo that tagging reads next
	// anyway instead of loading the key's phraseStart, a cache miss of its own.
	keyPhrase
	// keySecond marks the second key of a lexicon phrase (indexPhrases): before any other
	// word the matcher reads only the phrases of one token.
	keySecond
)

// lexEntity is a country or organization of the lexicon.
type lexEntity struct {
	ID      string
	Name    string
	Kind    Kind
	Country string // for organizations: the state it belongs to
	Demonym string // for countries: the first demonym ("Sudanese"), or ""
	Flags   orgFlag
	n       int32 // its number among the lexicon's entities, for Doc.entityActors
}

// newEntity returns e numbered as the lexicon's next entity.
func (l *Lexicon) newEntity(e lexEntity) *lexEntity {
	e.n = l.entities
	l.entities++
	return &e
}

// orgFlag is a set of the flags of an organizations.tsv row.
type orgFlag uint8

// orgMedia: a news agency, broadcaster or newspaper, which reports the news more than it
// acts in it.
const orgMedia orgFlag = 1

// orgArmed: an armed group, militia or movement, which the class nouns of a group ("the
// group", "the militia", "the rebels") refer back to.
const orgArmed orgFlag = 2

// orgState: an organ of its state (a ministry, an army, a legislature, the Kremlin):
// part-of the state (RuleInstitution).
const orgState orgFlag = 4

// orgPeople: a people, whose aliases are its demonyms ("Palestinian" in "Palestinian
// President Mahmoud Abbas" and "Palestinian prisoners" names the people, not a state).
const orgPeople orgFlag = 8

// orgFlags names the flags of organizations.tsv.
var orgFlags = map[string]orgFlag{"media": orgMedia, "armed": orgArmed, "state": orgState, "people": orgPeople}

// trigger is a row of triggers.tsv.
type trigger struct {
	Relation RelationType
	Verb     bool        // verb frame; noun frame otherwise
	State    bool        // state aspect; event otherwise
	Direct   bool        // the object may follow with no preposition
	Preps    [][]string  // fold keys of the words that introduce the object
	prepKeys [][]keyID   // Preps as key numbers, for objects to compare with items' keys
	Modality Modality    // the modality the word itself gives ("left ECOWAS": negated)
	Needs    triggerNeed // what its arguments must be (constraints.go)
}

// stance reports whether the trigger states support or opposition.
func (tr *trigger) stance() bool { return tr.Relation == Supports || tr.Relation == Opposes }

// cue is a row of cues.tsv.
type cue struct {
	Modality Modality
	After    bool
	Event    bool // before an event trigger only: "halted aid to Niger", not "to halt the war"
}

// valSpan is a range [start, end) of Lexicon.vals, with the set of the values' kinds:
// item.has rules out an item without a value of a kind by one test instead of a loop.
type valSpan struct {
	start, end uint32
	kinds      uint16 // bit k is set when a value has lexKind k
}

// valsIn returns the values of span s.
func (l *Lexicon) valsIn(s valSpan) []lexVal { return l.vals[s.start:s.end] }

type lexKind uint8

const (
	lexCountry lexKind = iota + 1 // a country's name or alias
	lexCapital                    // a capital standing for its state, or a seat for its body
	lexDemonym                    // a demonym of a state, or of a people (orgPeople)
	lexOrg                        // an organization or group
	lexTitle                      // a title
	lexTrigger                    // a relation trigger
	lexCue                        // a modality cue
	lexPlace                      // a place that is not an actor
	lexIdiom                      // a phrase that shadows a trigger ("called on")
)

// lexVal is one meaning of a phrase.
type lexVal struct {
	kind    lexKind
	entity  *lexEntity
	title   *titleInfo
	trigger *trigger
	cue     *cue
}

// wordClass is a set of the classes of words.tsv.
type wordClass uint64

const (
	wordFunction wordClass = 1 << iota
	wordParticle
	wordNonActor
	wordPronounM
	wordPronounF
	wordHonorific
	wordAgent
	wordClassGroup
	wordClassOrg
	wordClassCountry
	wordReporting
	wordEvent
	wordSuffix
	wordSupply
	wordVisit
	wordMotion
	wordThanks
	wordLightVerb
	wordTrade
	wordPeople
	wordGroups
	wordGathering
	wordPortfolio
	wordRemote
	wordGovernment
	wordGovernmentModifier
	wordCompass
	wordArmed
	wordJoint
	wordFoe
	wordFriend
	wordThreat
	wordDirective
	wordRegime
	wordRepression
	wordBlacklist
	wordDelegation
	wordOfficials
	wordProposal
	wordImpose
	wordMenace
	wordMeasure
	wordUnnamedGroup
	wordUnnamedModifier
	wordKin
)

// Load returns a Lexicon of the data files under dir of fsys (see lexicon/README.md).
func Load(fsys fs.FS, dir string) (*Lexicon, error) { return loadLexicon(nil, fsys, dir) }

// Extend returns a new Lexicon holding the rows of l and the rows of the data files found
// at the top of fsys. Missing files are skipped, but fsys must hold at least one of them.
// l itself is not changed.
func (l *Lexicon) Extend(fsys fs.FS) (*Lexicon, error) {
	return loadLexicon(l, fsys, ".")
}

// lexiconFiles are the data files in the order they are loaded: countries before
// organizations, which refer to them.
var lexiconFiles = []string{
	"countries.tsv", "organizations.tsv", "titles.tsv", "given-names.txt", "nicknames.tsv",
	"abbreviations.txt", "org-heads.txt", "words.tsv", "triggers.tsv", "cues.tsv",
	"officeholders.tsv", "people.tsv", "common-words.txt",
}

// loadLexicon copies base (if any) and adds the files under dir of fsys.
func loadLexicon(base *Lexicon, fsys fs.FS, dir string) (*Lexicon, error) {
	l := base.clone()
	ld := lexLoader{byFirst: map[keyID][]phraseID{}}
	for id, p := range l.phrases {
		ld.byFirst[p.keys[0]] = append(ld.byFirst[p.keys[0]], phraseID(id))
	}
	found := false
	for _, name := range lexiconFiles {
		path := name
		if dir != "." {
			path = dir + "/" + name
		}
		f, err := fsys.Open(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue // an extension need not have every file
		}
		if err != nil {
			return nil, fmt.Errorf("actorgraph: lexicon: %w", err)
		}
		found = true
		err = readRows(f, func(line int, cols []string) error {
			if err := l.addRow(&ld, name, cols); err != nil {
				return fmt.Errorf("%s:%d: %w", name, line, err)
			}
			return nil
		})
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("actorgraph: lexicon: %w", err)
		}
	}
	if !found {
		return nil, fmt.Errorf("actorgraph: lexicon: no lexicon file found: want one or more of %s", strings.Join(lexiconFiles, ", "))
	}
	l.indexPhrases()
	l.noteCompassNames()
	return l, nil
}

// noteCompassNames fills l.compass from the states' names and the compass words.
func (l *Lexicon) noteCompassNames() {
	l.compass = map[string]string{}
	for id, c := range l.countries {
		first, _, ok := strings.Cut(c.Name, " ")
		if k := fold.Key(first); ok && l.info(k).class&wordCompass != 0 {
			l.compass[id] = k
		}
	}
}

// lexLoader is what loading rows into a Lexicon needs besides the Lexicon.
type lexLoader struct {
	tk      tokenizer
	byFirst map[keyID][]phraseID // the phrases by the key of their first token
}

// readRows calls fn with the tab-separated columns of every line that is neither empty nor
// a comment.
func readRows(f fs.File, fn func(line int, cols []string) error) error {
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := fn(n, cols); err != nil {
			return err
		}
	}
	return sc.Err()
}

// clone returns a copy of l, or an empty Lexicon when l has no rows, to add rows to. Its
// phrase index is not ready until indexPhrases runs, as loadLexicon and emptyLexicon do
// once they have added theirs: matching with it before would read a stale index.
func (l *Lexicon) clone() *Lexicon {
	c := &Lexicon{
		countries: map[string]*lexEntity{}, orgs: map[string]*lexEntity{},
		titles: map[string]*titleInfo{}, classHeads: map[string][]string{}, headNouns: map[string]bool{},
		infos: make([]keyInfo, 1),
	}
	if l == nil || l.infos == nil { // nil or the zero Lexicon: no rows
		c.numberKeywords()
		c.markWordSets()
		return c
	}
	maps.Copy(c.countries, l.countries)
	maps.Copy(c.orgs, l.orgs)
	c.entities = l.entities
	maps.Copy(c.titles, l.titles)
	c.keys = l.keys.clone()
	c.infos = slices.Clone(l.infos)
	c.common = l.common.clone()
	c.phrases = slices.Clone(l.phrases)
	for i := range c.phrases {
		c.phrases[i].vals = slices.Clone(c.phrases[i].vals) // addPhrase appends to them
	}
	c.maxPhrase = l.maxPhrase
	maps.Copy(c.classHeads, l.classHeads)
	maps.Copy(c.headNouns, l.headNouns)
	c.holders = maps.Clone(l.holders)
	c.bodiesOf = maps.Clone(l.bodiesOf)
	c.personAliases = maps.Clone(l.personAliases)
	return c
}

// Empty returns a Lexicon with no rows, which parses as the zero Lexicon should:
// it has the record of unknown keys and the built-in word lists that every Lexicon made
// by DefaultLexicon or Extend has.
var Empty = sync.OnceValue(func() *Lexicon {
	l := (*Lexicon)(nil).clone()
	l.indexPhrases()
	return l
})

// intern returns the number of key k, numbering it if it is new. Only loading calls it:
// a Lexicon is immutable once loaded.
func (l *Lexicon) intern(k string) keyID {
	h := hashKey(k)
	if id := findKey(&l.keys, k, h); id != 0 {
		return keyID(id)
	}
	l.infos = append(l.infos, keyInfo{})
	return keyID(addKey(&l.keys, k, h))
}

// record returns the keyInfo of key k to fill in, numbering k if it is new. The pointer
// is good until the next key is numbered. Only loading calls it.
func (l *Lexicon) record(k string) *keyInfo {
	id := l.intern(k)
	return &l.infos[id]
}

// info returns what the lexicon knows about key k; for a key it does not know, the zero
// keyInfo.
func (l *Lexicon) info(k string) *keyInfo { return &l.infos[findKey(&l.keys, k, hashKey(k))] }

// column returns cols[i], or "" when the row is short or the column is "-".
func column(cols []string, i int) string {
	if i >= len(cols) || cols[i] == "-" {
		return ""
	}
	return cols[i]
}

// list splits a |-separated column.
func list(cols []string, i int) []string {
	c := column(cols, i)
	if c == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(c, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (l *Lexicon) addRow(ld *lexLoader, file string, cols []string) error {
	need := map[string]int{"countries.tsv": 2, "organizations.tsv": 3, "titles.tsv": 3,
		"nicknames.tsv": 2, "words.tsv": 2, "triggers.tsv": 5, "cues.tsv": 3}[file]
	if len(cols) < need || cols[0] == "" {
		return fmt.Errorf("want at least %d columns, got %d", need, len(cols))
	}
	switch file {
	case "officeholders.tsv":
		return l.addOfficeHolder(cols)
	case "people.tsv":
		return l.addPerson(cols)
	case "countries.tsv":
		e := l.newEntity(lexEntity{ID: cols[0], Name: cols[1], Kind: Country})
		if d := list(cols, 3); len(d) > 0 {
			e.Demonym = d[0]
		}
		l.countries[e.ID] = e
		for _, n := range append([]string{e.Name}, list(cols, 2)...) {
			l.addPhrase(ld, n, true, lexVal{kind: lexCountry, entity: e})
		}
		for _, n := range list(cols, 3) {
			l.addPhrase(ld, n, true, lexVal{kind: lexDemonym, entity: e})
		}
		for _, n := range list(cols, 4) {
			l.addPhrase(ld, n, true, lexVal{kind: lexCapital, entity: e})
		}
	case "organizations.tsv":
		kind := Kind(cols[2])
		if kind != Organization && kind != Group {
			return fmt.Errorf("kind %q is neither organization nor group", cols[2])
		}
		flags, err := parseFlags(list(cols, 6), orgFlags, "organization flag")
		if err != nil {
			return err
		}
		e := l.newEntity(lexEntity{ID: cols[0], Name: cols[1], Kind: kind, Country: column(cols, 3), Flags: flags})
		if e.Country != "" && l.countries[e.Country] == nil {
			return fmt.Errorf("unknown country %q", e.Country)
		}
		l.orgs[e.ID] = e
		l.addPhrase(ld, e.Name, true, lexVal{kind: lexOrg, entity: e})
		for _, n := range list(cols, 4) {
			if flags&orgPeople != 0 {
				l.addPhrase(ld, n, true, lexVal{kind: lexDemonym, entity: e})
			} else {
				l.addPhrase(ld, n, true, lexVal{kind: lexOrg, entity: e})
			}
		}
		for _, n := range list(cols, 5) {
			// a seat standing for the body ("Brussels"), read like a capital
			l.addPhrase(ld, n, true, lexVal{kind: lexCapital, entity: e})
		}
	case "titles.tsv":
		return l.addTitle(ld, cols)
	case "given-names.txt":
		l.record(fold.Key(cols[0])).flags |= keyGiven
	case "nicknames.tsv":
		formal := l.intern(fold.Key(cols[0]))
		for _, n := range append([]string{cols[0]}, list(cols, 1)...) {
			info := l.record(fold.Key(n))
			info.nickname = formal
			info.flags |= keyGiven
		}
	case "abbreviations.txt":
		// The segmenter looks up the word before a period.
		if k, ok := strings.CutSuffix(fold.Key(cols[0]), "."); ok {
			l.record(k).flags |= keyAbbrev
		}
	case "org-heads.txt":
		l.record(fold.Key(cols[0])).flags |= keyOrgHead
	case "common-words.txt":
		l.addCommon(fold.Key(cols[0]))
	case "words.tsv":
		if cols[1] == "class-head" {
			k := fold.Key(cols[0])
			l.record(k).flags |= keyClassHead
			l.classHeads[k] = append([]string{k}, foldKeys(list(cols, 2))...)
			for _, h := range l.classHeads[k] {
				l.headNouns[h] = true
			}
			return nil
		}
		return l.addWord(ld, cols[0], cols[1])
	case "triggers.tsv":
		t := &trigger{Relation: RelationType(cols[1]), Verb: cols[2] == "verb", State: cols[3] == "state",
			Modality: Modality(column(cols, 5))}
		if t.Modality == "" {
			t.Modality = Actual
		}
		if !t.Relation.Valid() || !t.Modality.Valid() || cols[2] != "verb" && cols[2] != "noun" || cols[3] != "event" && cols[3] != "state" {
			return fmt.Errorf("bad trigger row %q", strings.Join(cols, " "))
		}
		needs, err := parseFlags(list(cols, 6), triggerNeeds, "trigger constraint")
		if err != nil {
			return err
		}
		t.Needs = needs
		for _, p := range strings.Split(cols[4], "|") {
			if p = strings.TrimSpace(p); p == "-" {
				t.Direct = true
			} else if p != "" {
				words := strings.Fields(fold.Key(p))
				keys := make([]keyID, len(words))
				for i, w := range words {
					keys[i] = l.intern(w)
				}
				t.Preps, t.prepKeys = append(t.Preps, words), append(t.prepKeys, keys)
			}
		}
		l.addPhrase(ld, cols[0], false, lexVal{kind: lexTrigger, trigger: t})
	case "cues.tsv":
		c := &cue{Modality: Modality(cols[1]), After: cols[2] == "after", Event: cols[2] == "before-event"}
		if !c.Modality.Valid() || cols[2] != "before" && cols[2] != "after" && cols[2] != "before-event" {
			return fmt.Errorf("bad cue row %q", strings.Join(cols, " "))
		}
		l.addPhrase(ld, cols[0], false, lexVal{kind: lexCue, cue: c})
	}
	return nil
}

func (l *Lexicon) addWord(ld *lexLoader, word, class string) error {
	classes := map[string]wordClass{"function": wordFunction, "particle": wordParticle,
		"nonactor": wordNonActor, "honorific": wordHonorific, "agent": wordAgent,
		"class-group": wordClassGroup, "class-org": wordClassOrg, "class-country": wordClassCountry,
		"reporting": wordReporting, "event": wordEvent, "suffix": wordSuffix, "supply": wordSupply, "visit": wordVisit, "motion": wordMotion,
		"thanks": wordThanks, "light-verb": wordLightVerb, "trade": wordTrade, "people": wordPeople, "groups": wordGroups, "gathering": wordGathering,
		"portfolio": wordPortfolio, "remote": wordRemote,
		"government": wordGovernment, "government-modifier": wordGovernmentModifier, "compass": wordCompass, "armed": wordArmed, "joint": wordJoint, "foe": wordFoe, "friend": wordFriend, "threat": wordThreat, "directive": wordDirective, "regime": wordRegime, "repression": wordRepression, "blacklist": wordBlacklist, "delegation": wordDelegation, "officials": wordOfficials, "proposal": wordProposal, "impose": wordImpose, "menace": wordMenace, "measure": wordMeasure,
		"unnamed-group": wordUnnamedGroup, "unnamed-modifier": wordUnnamedModifier, "kin": wordKin,
		"pronoun-m": wordPronounM, "pronoun-f": wordPronounF}
	switch class {
	case "place":
		l.addPhrase(ld, word, false, lexVal{kind: lexPlace})
		return nil
	case "idiom":
		l.addPhrase(ld, word, false, lexVal{kind: lexIdiom})
		return nil
	}
	c, ok := classes[class]
	if !ok {
		return fmt.Errorf("unknown word class %q", class)
	}
	l.record(fold.Key(word)).class |= c
	return nil
}

// parseFlags returns the flags that names, a |-separated column, name in known; what
// says what they are, for the error that lists the known names when one is not.
func parseFlags[F ~uint8 | ~uint16 | ~uint32](names []string, known map[string]F, what string) (F, error) {
	var f F
	for _, name := range names {
		b, ok := known[name]
		if !ok {
			return 0, fmt.Errorf("unknown %s %q (known: %s)", what, name, strings.Join(slices.Sorted(maps.Keys(known)), ", "))
		}
		f |= b
	}
	return f, nil
}

// foldKeys returns the fold keys of words.
func foldKeys(words []string) []string {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = fold.Key(w)
	}
	return keys
}

// SameGivenName reports whether two given names (fold keys) name the same person: equal,
// linked through nicknames.tsv, or one is the initial of the other.
func (l *Lexicon) SameGivenName(a, b string) bool { return l.sameGivenName(a, b) }

// sameGivenName is SameGivenName.
func (l *Lexicon) sameGivenName(a, b string) bool {
	if a == b {
		return true
	}
	if fa, fb := l.info(a).nickname, l.info(b).nickname; fa != 0 && fa == fb {
		return true
	}
	ia, ib := strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	return len(ia) == 1 && strings.HasPrefix(b, ia) || len(ib) == 1 && strings.HasPrefix(a, ib)
}

// TitleHead returns the head of the title with fold key k ("kremlin spokesman" →
// "spokesperson"), and whether the lexicon knows the title.
func (l *Lexicon) TitleHead(k string) (string, bool) {
	if t := l.titles[k]; t != nil {
		return t.Head, true
	}
	return "", false
}

// TitleSends reports whether the title with fold key k is a diplomat's, one that makes its
// holder envoy-for its principal ("ambassador", "special envoy").
func (l *Lexicon) TitleSends(k string) bool {
	t := l.titles[k]
	return t != nil && t.Relation == EnvoyFor
}

// IsMedia reports whether the organization with ID id is a news agency, broadcaster or
// newspaper.
func (l *Lexicon) IsMedia(id string) bool {
	e := l.orgs[id]
	return e != nil && e.Flags&orgMedia != 0
}

// CountryName returns the name of the state with ID id, and whether the lexicon knows it.
func (l *Lexicon) CountryName(id string) (string, bool) {
	if c, ok := l.countries[id]; ok {
		return c.Name, true
	}
	return "", false
}
